#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace cca::demo {

// Plausible names and postings for synthetic officers (Hong Kong Police style, with the
// city's other communities). Data, not interface text.
class DemoNames
{
public:
    static QString personName(QRandomGenerator &random);
    static QString unit(QRandomGenerator &random);
    static QStringList units();
};

} // namespace cca::demo
