#include "reference/similarity.h"

#include "reference/addresses.h"
#include "reference/domains.h"

#include <QCoreApplication>

namespace cca::reference {

namespace {

QString commonAddressPrefix(const QString &a, const QString &b)
{
    if (a.startsWith(QLatin1String("0x")) && b.startsWith(QLatin1String("0x")))
        return QStringLiteral("0x");
    for (const char *p : {"bitcoincash:", "bc1", "tb1", "ltc1"}) {
        const QLatin1StringView prefix(p);
        if (a.startsWith(prefix) && b.startsWith(prefix))
            return prefix.toString();
    }
    return {};
}

} // namespace

AddressComparison compareAddresses(QStringView firstView, QStringView secondView)
{
    AddressComparison c;
    c.first = canonicalAddress(firstView);
    c.second = canonicalAddress(secondView);
    c.prefix = commonAddressPrefix(c.first, c.second);
    const QStringView a = QStringView(c.first).mid(c.prefix.size());
    const QStringView b = QStringView(c.second).mid(c.prefix.size());
    c.identical = c.first == c.second;
    c.lengthsDiffer = c.first.size() != c.second.size();
    const qsizetype shorter = std::min(a.size(), b.size());
    while (c.leadingMatch < shorter && a[c.leadingMatch] == b[c.leadingMatch])
        ++c.leadingMatch;
    while (c.trailingMatch < shorter - c.leadingMatch && a[a.size() - 1 - c.trailingMatch] == b[b.size() - 1 - c.trailingMatch])
        ++c.trailingMatch;
    const qsizetype longer = std::max(a.size(), b.size());
    c.similarity = longer == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longer);
    const qsizetype common = std::min(c.first.size(), c.second.size());
    for (qsizetype i = 0; i < common; ++i)
        if (c.first[i] != c.second[i])
            c.differingPositions << int(i + 1);
    for (qsizetype i = common; i < std::max(c.first.size(), c.second.size()); ++i)
        c.differingPositions << int(i + 1);

    if (c.identical) {
        const bool caseOnly = firstView.trimmed() != secondView.trimmed();
        c.verdict = caseOnly ? QCoreApplication::translate("cca::reference::Indicators",
                                                           "same address: they differ only in letter case, which does not change "
                                                           "the destination")
                             : QCoreApplication::translate("cca::reference::Indicators", "same address");
        return c;
    }
    c.lookAlike = c.leadingMatch >= 2 && c.trailingMatch >= 2 && c.leadingMatch + c.trailingMatch >= 5;
    const QString after = c.prefix.isEmpty() ? QString()
                                             : QCoreApplication::translate("cca::reference::Indicators", " (after %1)").arg(c.prefix);
    if (c.lookAlike)
        c.verdict = QCoreApplication::translate("cca::reference::Indicators",
                                                "look-alike: the first %1 and last %2 characters%3 match but the addresses "
                                                "differ; this is how address poisoning tricks people who check only the ends")
                        .arg(c.leadingMatch)
                        .arg(c.trailingMatch)
                        .arg(after);
    else
        c.verdict = QCoreApplication::translate("cca::reference::Indicators",
                                                "different addresses: only the first %1 and last %2 characters%3 match, which is "
                                                "not a look-alike pattern")
                        .arg(c.leadingMatch)
                        .arg(c.trailingMatch)
                        .arg(after);
    return c;
}

} // namespace cca::reference
