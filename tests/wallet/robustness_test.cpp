// Wrong input never crashes and always comes back with a reason that names the field: random
// strings and one-character changes of valid keys and phrases (fixed seed, so failures repeat).
#include "walletvectors.h"

#include "wallet/bip32.h"
#include "wallet/bip39.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace cca::wallet;

namespace {

QString randomText(QRandomGenerator &random, int maxLength)
{
    static const QString alphabet = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0OIl/'h m\t的在\u3000");
    QString out;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        out += alphabet[random.bounded(static_cast<int>(alphabet.size()))];
    return out;
}

} // namespace

TEST(WalletRobustness, RandomInput)
{
    QRandomGenerator random(20261127);
    for (int i = 0; i < 3000; ++i) {
        const QString text = randomText(random, 120);
        QString error;
        if (!bip32::parse(text, &error)) {
            EXPECT_TRUE(error.startsWith(QLatin1String("extended key: "))) << text.toStdString();
        }
        error.clear();
        if (!bip32::parsePath(text, &error)) {
            EXPECT_TRUE(error.startsWith(QLatin1String("path: "))) << text.toStdString();
        }
        const bip39::Check check = bip39::checkMnemonic(text);
        if (!check.ok()) {
            EXPECT_TRUE(check.message.startsWith(QLatin1String("mnemonic: "))) << text.toStdString();
        }
    }
}

TEST(WalletRobustness, OneCharacterChanges)
{
    // BIP32 test vector 1's master xprv (from the BIP's text): every single-character change is
    // caught by the checksum or another check.
    const QString xprv = QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi");
    const QString alphabet = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    QRandomGenerator random(7);
    for (qsizetype i = 0; i < xprv.size(); ++i) {
        QString changed = xprv;
        QChar c;
        do
            c = alphabet[random.bounded(static_cast<int>(alphabet.size()))];
        while (c == xprv[i]);
        changed[i] = c;
        QString error;
        EXPECT_FALSE(bip32::parse(changed, &error).has_value()) << changed.toStdString();
        EXPECT_TRUE(error.startsWith(QLatin1String("extended key: "))) << error.toStdString();
    }
    // Each word of the phrase swapped for another list word: with a 4-bit checksum, most such
    // changes are caught; the ones that pass are other valid phrases, never a crash.
    const QStringList words = cca::test::abandonAbout().split(QLatin1Char(' '));
    int caught = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringList changed = words;
        changed[i] = bip39::wordlist(bip39::Language::English)[random.bounded(2048)];
        const bip39::Check check = bip39::checkMnemonic(changed.join(QLatin1Char(' ')));
        if (!check.ok()) {
            ++caught;
            EXPECT_EQ(check.problem, bip39::Problem::BadChecksum);
        }
    }
    EXPECT_GT(caught, 0);
}
