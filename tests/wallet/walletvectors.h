#pragma once

#include <QJsonObject>
#include <QString>

namespace cca::test {

// tests/wallet/data/reference-vectors.json: made by tests/wallet/reference/make_vectors.py with
// Debian's python3-mnemonic and other independent reference implementations (see that script).
const QJsonObject &walletReferenceVectors();

// BIP39's own example phrase, used by the BIP49, BIP84 and BIP86 test vectors.
inline QString abandonAbout()
{
    return QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
}

} // namespace cca::test
