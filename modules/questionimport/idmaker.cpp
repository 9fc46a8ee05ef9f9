#include "questionimport/idmaker.h"

#include <QHash>

namespace cca::questionimport {

namespace {

// Latin letters that do not decompose into an ASCII letter and an accent.
const QHash<QChar, QString> &transliterations()
{
    static const QHash<QChar, QString> table{
        {QChar(0xDF), QStringLiteral("ss")},  {QChar(0xE6), QStringLiteral("ae")}, {QChar(0xC6), QStringLiteral("ae")},
        {QChar(0xF8), QStringLiteral("o")},   {QChar(0xD8), QStringLiteral("o")},  {QChar(0x153), QStringLiteral("oe")},
        {QChar(0x152), QStringLiteral("oe")}, {QChar(0x111), QStringLiteral("d")}, {QChar(0x110), QStringLiteral("d")},
        {QChar(0x142), QStringLiteral("l")},  {QChar(0x141), QStringLiteral("l")}, {QChar(0xFE), QStringLiteral("th")},
        {QChar(0xDE), QStringLiteral("th")},  {QChar(0xF0), QStringLiteral("d")},  {QChar(0xD0), QStringLiteral("d")},
        {QChar(0x131), QStringLiteral("i")},
    };
    return table;
}

} // namespace

QString IdMaker::slugify(const QString &text, int maxLength)
{
    QString latin;
    for (const QChar c : text)
        latin += transliterations().value(c, QString(c));
    const QString decomposed = latin.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // accents of decomposed letters
        const char16_t u = c.toLower().unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!keep) {
            pendingHyphen = !slug.isEmpty();
            continue;
        }
        if (pendingHyphen)
            slug += QLatin1Char('-');
        pendingHyphen = false;
        slug += QChar(u);
    }
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype hyphen = slug.lastIndexOf(QLatin1Char('-'));
        if (hyphen > maxLength / 2)
            slug.truncate(hyphen);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug;
}

QString IdMaker::make(const QString &title, const QString &fallback)
{
    QString base = slugify(title);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; m_used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    m_used.insert(id);
    return id;
}

} // namespace cca::questionimport
