// 'ccacademy-cli wallet ...', run as a separate process. Expected values: BIP39's vectors
// (trezor/python-mnemonic vectors.json), BIP32's vector 1 and BIP84's vector (their texts), the
// Chinese phrase from python3-mnemonic (see bip39_test.cpp).
#include "walletvectors.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace cca;

namespace {

QJsonObject runJson(const QStringList &args, int expectedExit = 0)
{
    const test::ProcessResult r = test::run(test::cliPath(), QStringList{QStringLiteral("wallet")} + args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    EXPECT_TRUE(doc.isObject()) << parseError.errorString().toStdString() << r.out.toStdString();
    return doc.object();
}

test::ProcessResult runText(const QStringList &args)
{
    return test::run(test::cliPath(), QStringList{QStringLiteral("wallet")} + args);
}

} // namespace

TEST(WalletCli, EntropyToMnemonic)
{
    const QJsonObject o = runJson({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")});
    EXPECT_EQ(o.value(QStringLiteral("mnemonic")).toString(),
              QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow"));
    const QJsonObject zh = runJson({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("00000000000000000000000000000000"),
                                    QStringLiteral("--language"), QStringLiteral("zh-Hant")});
    EXPECT_EQ(zh.value(QStringLiteral("mnemonic")).toString(), QStringLiteral("的 的 的 的 的 的 的 的 的 的 的 在"));
    const test::ProcessResult text = runText({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("ffffffffffffffffffffffffffffffff")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_EQ(text.out.trimmed(), QStringLiteral("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"));

    const test::ProcessResult bad = runText({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("abc")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QLatin1String("entropy: "))) << bad.err.toStdString();
    const test::ProcessResult shortEntropy = runText({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("0000")});
    EXPECT_EQ(shortEntropy.exitCode, 1);
    EXPECT_TRUE(shortEntropy.err.contains(QLatin1String("entropy: 2 bytes"))) << shortEntropy.err.toStdString();
    const test::ProcessResult badLanguage = runText({QStringLiteral("entropy-to-mnemonic"), QStringLiteral("00000000000000000000000000000000"),
                                                     QStringLiteral("--language"), QStringLiteral("klingon")});
    EXPECT_EQ(badLanguage.exitCode, 1);
    EXPECT_TRUE(badLanguage.err.contains(QLatin1String("language: "))) << badLanguage.err.toStdString();
}

TEST(WalletCli, MnemonicToSeed)
{
    const QJsonObject o = runJson({QStringLiteral("mnemonic-to-seed"), QStringLiteral("--mnemonic"), test::abandonAbout(),
                                   QStringLiteral("--passphrase"), QStringLiteral("TREZOR")});
    EXPECT_EQ(o.value(QStringLiteral("seed")).toString(),
              QStringLiteral("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"));

    // Standard input keeps the phrase out of the process list.
    QProcess p;
    p.start(test::cliPath(), {QStringLiteral("wallet"), QStringLiteral("mnemonic-to-seed"), QStringLiteral("--mnemonic"), QStringLiteral("-"),
                              QStringLiteral("--passphrase"), QStringLiteral("TREZOR")});
    ASSERT_TRUE(p.waitForStarted());
    p.write(test::abandonAbout().toUtf8() + '\n');
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QLatin1String("c55257c360c07c72")));
}

TEST(WalletCli, InvalidMnemonicExitsOneWithTheReason)
{
    const test::ProcessResult unknown = runText({QStringLiteral("mnemonic-to-seed"), QStringLiteral("--mnemonic"),
                                                 QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abuot")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QLatin1String("mnemonic: word 12 \"abuot\" is not in the English BIP39 word list"))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QLatin1String("about")));

    const test::ProcessResult checksum = runText({QStringLiteral("mnemonic-to-seed"), QStringLiteral("--mnemonic"),
                                                  QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")});
    EXPECT_EQ(checksum.exitCode, 1);
    EXPECT_TRUE(checksum.err.contains(QLatin1String("mnemonic: the checksum does not match"))) << checksum.err.toStdString();

    const test::ProcessResult length = runText({QStringLiteral("mnemonic-to-seed"), QStringLiteral("--mnemonic"), QStringLiteral("abandon about")});
    EXPECT_EQ(length.exitCode, 1);
    EXPECT_TRUE(length.err.contains(QLatin1String("mnemonic: 2 words"))) << length.err.toStdString();

    const test::ProcessResult derive = runText({QStringLiteral("derive"), QStringLiteral("--mnemonic"), QStringLiteral("abandon about"),
                                                QStringLiteral("--path"), QStringLiteral("m/84'/0'/0'/0/0")});
    EXPECT_EQ(derive.exitCode, 1);
    EXPECT_TRUE(derive.err.contains(QLatin1String("mnemonic: 2 words"))) << derive.err.toStdString();
}

TEST(WalletCli, DeriveFromMnemonic)
{
    const QJsonObject o = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                   QStringLiteral("m/84'/0'/0'/0/0")});
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), QStringLiteral("m/84'/0'/0'/0/0"));
    EXPECT_EQ(o.value(QStringLiteral("address")).toString(), QStringLiteral("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"));
    EXPECT_EQ(o.value(QStringLiteral("public_key")).toString(), QStringLiteral("0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c"));
    EXPECT_EQ(o.value(QStringLiteral("script")).toString(), QStringLiteral("p2wpkh"));
    EXPECT_TRUE(o.value(QStringLiteral("xprv")).toString().startsWith(QLatin1String("zprv")));
    EXPECT_TRUE(o.value(QStringLiteral("xpub")).toString().startsWith(QLatin1String("zpub")));

    const QJsonObject taproot = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                         QStringLiteral("m/86'/0'/0'/0/0")});
    EXPECT_EQ(taproot.value(QStringLiteral("address")).toString(), QStringLiteral("bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"));
    EXPECT_EQ(taproot.value(QStringLiteral("xprv")).toString(),
              QStringLiteral("xprvA449goEeU9okwCzzZaxiy475EQGQzBkc65su82nXEvcwzfSskb2hAt2WymrjyRL6kpbVTGL3cKtp9herYXSjjQ1j4stsXXiRF7kXkCacK3T"));

    const QJsonObject eth = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                     QStringLiteral("m/44'/60'/0'/0/0")});
    EXPECT_EQ(eth.value(QStringLiteral("address")).toString(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    EXPECT_EQ(eth.value(QStringLiteral("coin")).toString(), QStringLiteral("eth"));
    EXPECT_FALSE(eth.contains(QStringLiteral("script")));

    const QJsonObject trx = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                     QStringLiteral("m/44'/195'/0'/0/0")});
    EXPECT_EQ(trx.value(QStringLiteral("address")).toString(), QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"));

    // --script overrides the purpose; the passphrase gives a different wallet.
    const QJsonObject p2pkh = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                       QStringLiteral("m/84'/0'/0'/0/0"), QStringLiteral("--script"), QStringLiteral("p2pkh")});
    EXPECT_TRUE(p2pkh.value(QStringLiteral("address")).toString().startsWith(QLatin1Char('1')));
    EXPECT_EQ(p2pkh.value(QStringLiteral("public_key")), o.value(QStringLiteral("public_key")));
    const QJsonObject withPassphrase = runJson({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--passphrase"),
                                                QStringLiteral("TREZOR"), QStringLiteral("--path"), QStringLiteral("m/84'/0'/0'/0/0")});
    EXPECT_NE(withPassphrase.value(QStringLiteral("address")), o.value(QStringLiteral("address")));

    const test::ProcessResult text = runText({QStringLiteral("derive"), QStringLiteral("--mnemonic"), test::abandonAbout(), QStringLiteral("--path"),
                                              QStringLiteral("m/44'/2'/0'/0/0")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("coin:       Litecoin (p2pkh)"))) << text.out.toStdString();
    const QString ltc = test::walletReferenceVectors().value(QLatin1String("abandon_about_addresses")).toObject().value(QLatin1String("m/44'/2'/0'/0/0")).toString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("address:    ") + ltc)) << text.out.toStdString();
}

TEST(WalletCli, DeriveFromSeedAndErrors)
{
    // BIP32 test vector 1, chain m/0H/1.
    const QJsonObject o = runJson({QStringLiteral("derive"), QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"),
                                   QStringLiteral("--path"), QStringLiteral("m/0H/1")});
    EXPECT_EQ(o.value(QStringLiteral("xprv")).toString(),
              QStringLiteral("xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs"));
    EXPECT_EQ(o.value(QStringLiteral("xpub")).toString(),
              QStringLiteral("xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ"));

    const struct
    {
        QStringList args;
        const char *field;
    } bad[] = {
        {{QStringLiteral("--seed"), QStringLiteral("00zz"), QStringLiteral("--path"), QStringLiteral("m/0")}, "seed: "},
        {{QStringLiteral("--seed"), QStringLiteral("0001"), QStringLiteral("--path"), QStringLiteral("m/0")}, "seed: 2 bytes"},
        {{QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"), QStringLiteral("--path"), QStringLiteral("84'/0'")}, "path: "},
        {{QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"), QStringLiteral("--path"), QStringLiteral("m/44'/7'/0'/0/0")}, "path: coin type 7'"},
        {{QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"), QStringLiteral("--path"), QStringLiteral("m/0"),
          QStringLiteral("--coin"), QStringLiteral("doge")}, "coin: "},
        {{QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"), QStringLiteral("--path"), QStringLiteral("m/0"),
          QStringLiteral("--script"), QStringLiteral("p2sh")}, "script: "},
        {{QStringLiteral("--seed"), QStringLiteral("000102030405060708090a0b0c0d0e0f"), QStringLiteral("--path"), QStringLiteral("m/86'/2'/0'/0/0")}, "script: p2tr"},
    };
    for (const auto &b : bad) {
        const test::ProcessResult r = runText(QStringList{QStringLiteral("derive")} + b.args);
        EXPECT_EQ(r.exitCode, 1) << b.field;
        EXPECT_TRUE(r.err.contains(QLatin1String(b.field))) << b.field << ": " << r.err.toStdString();
    }
    // Usage errors (both or neither source) exit 2.
    EXPECT_EQ(runText({QStringLiteral("derive"), QStringLiteral("--path"), QStringLiteral("m/0")}).exitCode, 2);
}

TEST(WalletCli, Xkey)
{
    // BIP32 vector 1: from m/0H/1/2H's xpub, m/2/1000000000 is m/0H/1/2H/2/1000000000.
    const QJsonObject o = runJson({QStringLiteral("xkey"),
                                   QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"),
                                   QStringLiteral("--path"), QStringLiteral("m/2/1000000000")});
    EXPECT_EQ(o.value(QStringLiteral("xpub")).toString(),
              QStringLiteral("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"));
    EXPECT_FALSE(o.contains(QStringLiteral("xprv")));
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), QStringLiteral("m/2/1000000000"));

    // From a private key, hardened steps work: m/0H/1/2H's xprv, then 2 -> vector 1's m/0H/1/2H/2.
    const QJsonObject prv = runJson({QStringLiteral("xkey"),
                                     QStringLiteral("xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM"),
                                     QStringLiteral("--path"), QStringLiteral("m/2")});
    EXPECT_EQ(prv.value(QStringLiteral("xprv")).toString(),
              QStringLiteral("xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334"));

    const test::ProcessResult hardened = runText({QStringLiteral("xkey"),
                                                  QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"),
                                                  QStringLiteral("--path"), QStringLiteral("m/0'/1")});
    EXPECT_EQ(hardened.exitCode, 1);
    EXPECT_TRUE(hardened.err.contains(QLatin1String("path: step 0' is hardened"))) << hardened.err.toStdString();

    const test::ProcessResult invalid = runText({QStringLiteral("xkey"),
                                                 QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHL"),
                                                 QStringLiteral("--path"), QStringLiteral("m/0")});
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_TRUE(invalid.err.contains(QLatin1String("extended key: the checksum does not match"))) << invalid.err.toStdString();

    const test::ProcessResult text = runText({QStringLiteral("xkey"),
                                              QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"),
                                              QStringLiteral("--path"), QStringLiteral("m/2")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("xpub:       xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV")))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QLatin1String("xprv")));
}
