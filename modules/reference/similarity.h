#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Address poisoning: an attacker sends dust from an address whose first and last characters match
// one the victim uses, hoping the victim copies it from the history next time.
namespace cca::reference {

struct AddressComparison
{
    QString first;             // canonical forms compared (EVM lower case, Bech32 lower case)
    QString second;
    QString prefix;            // common prefix left out of the counts ("0x", "bc1"), may be empty
    bool identical = false;
    int leadingMatch = 0;      // characters after the prefix that match from the start
    int trailingMatch = 0;     // characters that match from the end (not overlapping the leading run)
    double similarity = 0.0;   // 1 - edit distance / longer length, over the compared parts
    QList<int> differingPositions; // 1-based positions in the full canonical strings
    bool lengthsDiffer = false;
    bool lookAlike = false;
    QString verdict;           // translated sentence
};

AddressComparison compareAddresses(QStringView first, QStringView second);

} // namespace cca::reference
