#pragma once

#include <QString>
#include <QStringList>

namespace cca::wallet {

// The wallet lab's scored exercises. A module declares one as an activity of type
// "wallet-exercise" with "exercise": <id>; the lab records its result under the same id.
namespace LabExercises {
inline const QString RestoreDrill = QStringLiteral("restore-drill");           // restore the wallet of a photographed seed card
inline const QString MissingWord = QStringLiteral("missing-word");             // find the missing twelfth word by its checksum
inline const QString MatchThePath = QStringLiteral("match-the-path");          // match derivation paths to address types
inline const QString SpotInvalidPhrase = QStringLiteral("spot-invalid-phrase"); // spot the phrases that are not valid
inline const QString CustodyCases = QStringLiteral("custody-cases");           // custodial or self-custody, from case texts

inline QStringList all()
{
    return {RestoreDrill, MissingWord, MatchThePath, SpotInvalidPhrase, CustodyCases};
}
} // namespace LabExercises

} // namespace cca::wallet
