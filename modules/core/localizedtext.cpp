#include "core/localizedtext.h"

namespace cca {

QString LocalizedText::text(const QString &language) const
{
    auto it = m_texts.constFind(language);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    return english();
}

} // namespace cca
