// The codecs against the published test vectors of their standards, copied from the standards' texts.
#include "reference/addresses.h"
#include "codecs/base58.h"
#include "codecs/bech32.h"
#include "codecs/cashaddr.h"
#include "codecs/evmaddress.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::codecs;
using namespace cca::reference;

namespace {

QString withPrefix(char16_t first, const char *rest)
{
    return QString(QChar(first)) + QLatin1String(rest);
}

// scriptPubKey of a segwit output: OP_n (0x00, or 0x50 + n), push of the program.
QString scriptPubKey(const bech32::SegwitAddress &a)
{
    QByteArray s;
    s.append(static_cast<char>(a.version == 0 ? 0 : 0x50 + a.version));
    s.append(static_cast<char>(a.program.size()));
    s.append(a.program);
    return QString::fromLatin1(s.toHex());
}

// What a segwit decoder for Bitcoin accepts: a valid address with the bc or tb prefix.
bool validBitcoinSegwit(const QString &address, QString *spk = nullptr)
{
    const bech32::SegwitAddress a = bech32::decodeSegwit(address);
    if (!a.valid || (a.hrp != QLatin1String("bc") && a.hrp != QLatin1String("tb")))
        return false;
    if (spk)
        *spk = scriptPubKey(a);
    return true;
}

} // namespace

// ---- BIP173 (https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki, "Test vectors") ----

TEST(Bech32, Bip173ValidStrings)
{
    const QStringList valid{
        QStringLiteral("A12UEL5L"),
        QStringLiteral("a12uel5l"),
        QStringLiteral("an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs"),
        QStringLiteral("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"),
        QStringLiteral("11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j"),
        QStringLiteral("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"),
        QStringLiteral("?1ezyfcl"),
    };
    for (const QString &s : valid) {
        const bech32::Decoded d = bech32::decode(s);
        EXPECT_EQ(d.encoding, bech32::Encoding::Bech32) << s.toStdString() << ": " << d.error.toStdString();
        // Re-encoding gives the same string (in lower case).
        EXPECT_EQ(bech32::encode(d.hrp, d.data, bech32::Encoding::Bech32), s.toLower());
    }
}

TEST(Bech32, Bip173InvalidStrings)
{
    const QStringList invalid{
        withPrefix(0x20, "1nwldj5"),  // HRP character out of range
        withPrefix(0x7F, "1axkwrx"),  // HRP character out of range
        withPrefix(0x80, "1eym55h"),  // HRP character out of range
        QStringLiteral("an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"), // too long
        QStringLiteral("pzry9x0s0muk"),  // no separator
        QStringLiteral("1pzry9x0s0muk"), // empty HRP
        QStringLiteral("x1b4n0q5v"),     // invalid data character
        QStringLiteral("li1dgmt3"),      // too short checksum
        QStringLiteral("de1lg7wt") + QChar(0xFF), // invalid character in checksum
        QStringLiteral("A1G7SGD8"),      // checksum calculated with uppercase form of HRP
        QStringLiteral("10a06t8"),       // empty HRP
        QStringLiteral("1qzzfhee"),      // empty HRP
    };
    for (const QString &s : invalid)
        EXPECT_EQ(bech32::decode(s).encoding, bech32::Encoding::Invalid) << s.toStdString();
}

TEST(Bech32, Bip173SegwitAddressesV0)
{
    struct V { const char *address; const char *script; };
    const V valid[] = {
        {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"},
        {"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
         "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"},
        {"tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
         "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"},
    };
    for (const V &v : valid) {
        QString spk;
        EXPECT_TRUE(validBitcoinSegwit(QLatin1String(v.address), &spk)) << v.address;
        EXPECT_EQ(spk, QLatin1String(v.script)) << v.address;
    }
}

TEST(Bech32, Bip173VersionOneAndAboveAreBech32StringsButNotAddressesUnderBip350)
{
    // BIP173 listed these as valid; BIP350 ("Bech32m") replaced the checksum for versions 1 to 16, so
    // they are valid Bech32 strings and invalid addresses today.
    const QStringList old{QStringLiteral("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx"),
                          QStringLiteral("BC1SW50QA3JX3S"), QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj")};
    for (const QString &s : old) {
        EXPECT_EQ(bech32::decode(s).encoding, bech32::Encoding::Bech32) << s.toStdString();
        EXPECT_FALSE(validBitcoinSegwit(s)) << s.toStdString();
    }
}

TEST(Bech32, Bip173InvalidSegwitAddresses)
{
    const QStringList invalid{
        QStringLiteral("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty"), // invalid human-readable part
        QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"), // invalid checksum
        QStringLiteral("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2"), // invalid witness version
        QStringLiteral("bc1rw5uspcuh"),                               // invalid program length
        QStringLiteral("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90"), // program length
        QStringLiteral("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"),       // program length for v0 (BIP141)
        QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7"), // mixed case
        QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du"),      // zero padding of more than 4 bits
        QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv"), // non-zero padding
        QStringLiteral("bc1gmk9yu"),                                  // empty data section
    };
    for (const QString &s : invalid)
        EXPECT_FALSE(validBitcoinSegwit(s)) << s.toStdString();
}

// ---- BIP350 (https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki, "Test vectors") ----

TEST(Bech32m, Bip350ValidStrings)
{
    const QStringList valid{
        QStringLiteral("A1LQFN3A"),
        QStringLiteral("a1lqfn3a"),
        QStringLiteral("an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6"),
        QStringLiteral("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx"),
        QStringLiteral("11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8"),
        QStringLiteral("split1checkupstagehandshakeupstreamerranterredcaperredlc445v"),
        QStringLiteral("?1v759aa"),
    };
    for (const QString &s : valid) {
        const bech32::Decoded d = bech32::decode(s);
        EXPECT_EQ(d.encoding, bech32::Encoding::Bech32m) << s.toStdString() << ": " << d.error.toStdString();
        EXPECT_EQ(bech32::encode(d.hrp, d.data, bech32::Encoding::Bech32m), s.toLower());
    }
}

TEST(Bech32m, Bip350InvalidStrings)
{
    const QStringList invalid{
        withPrefix(0x20, "1xj0phk"), withPrefix(0x7F, "1g6xzxy"), withPrefix(0x80, "1vctc34"),
        QStringLiteral("an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4"),
        QStringLiteral("qyrz8wqd2c9m"), QStringLiteral("1qyrz8wqd2c9m"), QStringLiteral("y1b0jsk6g"), QStringLiteral("lt1igcx5c0"),
        QStringLiteral("in1muywd"), QStringLiteral("mm1crxm3i"), QStringLiteral("au1s5cgom"), QStringLiteral("M1VUXWEZ"),
        QStringLiteral("16plkw9"), QStringLiteral("1p2gdwpf"),
    };
    for (const QString &s : invalid)
        EXPECT_NE(bech32::decode(s).encoding, bech32::Encoding::Bech32m) << s.toStdString();
}

TEST(Bech32m, Bip350ValidSegwitAddresses)
{
    struct V { const char *address; const char *script; };
    const V valid[] = {
        {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"},
        {"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
         "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"},
        {"bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
         "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"},
        {"BC1SW50QGDZ25J", "6002751e"},
        {"bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"},
        {"tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
         "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"},
        {"tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
         "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"},
        {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
         "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"},
    };
    for (const V &v : valid) {
        QString spk;
        EXPECT_TRUE(validBitcoinSegwit(QLatin1String(v.address), &spk)) << v.address;
        EXPECT_EQ(spk, QLatin1String(v.script)) << v.address;
        const AddressInfo info = classifyAddress(QString::fromLatin1(v.address));
        EXPECT_TRUE(info.recognised && info.valid) << v.address << ": " << info.reason.toStdString();
    }
    // Formats as an officer reads them.
    EXPECT_EQ(classifyAddress(u"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4").format, QStringLiteral("p2wpkh"));
    EXPECT_EQ(classifyAddress(u"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7").format, QStringLiteral("p2wsh"));
    EXPECT_EQ(classifyAddress(u"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7").network, QStringLiteral("testnet"));
    EXPECT_EQ(classifyAddress(u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0").format, QStringLiteral("p2tr"));
    EXPECT_EQ(classifyAddress(u"BC1SW50QGDZ25J").format, QStringLiteral("segwit-v16"));
}

TEST(Bech32m, Bip350InvalidSegwitAddresses)
{
    const QStringList invalid{
        QStringLiteral("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut"), // invalid human-readable part
        QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"), // Bech32 instead of Bech32m
        QStringLiteral("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf"), // Bech32 instead of Bech32m
        QStringLiteral("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL"), // Bech32 instead of Bech32m
        QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"),                     // Bech32m instead of Bech32
        QStringLiteral("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47"), // Bech32m instead of Bech32
        QStringLiteral("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4"), // invalid character in checksum
        QStringLiteral("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R"), // invalid witness version
        QStringLiteral("bc1pw5dgrnzv"),                                                   // program length (1 byte)
        QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav"), // 41 bytes
        QStringLiteral("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"),                           // v0 program length (BIP141)
        QStringLiteral("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq"), // mixed case
        QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf"), // zero padding > 4 bits
        QStringLiteral("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j"), // non-zero padding
        QStringLiteral("bc1gmk9yu"),                                                      // empty data section
    };
    for (const QString &s : invalid) {
        EXPECT_FALSE(validBitcoinSegwit(s)) << s.toStdString();
        const AddressInfo info = classifyAddress(s);
        EXPECT_FALSE(info.valid) << s.toStdString();
    }
    // The checker explains the BIP350 variant mistake in words.
    const AddressInfo wrongVariant = classifyAddress(u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd");
    EXPECT_TRUE(wrongVariant.recognised);
    EXPECT_TRUE(wrongVariant.reason.contains(QLatin1String("Bech32m"))) << wrongVariant.reason.toStdString();
}

// ---- Base58 (Bitcoin Core src/test/data/base58_encode_decode.json) ----

TEST(Base58, BitcoinCoreEncodeDecodeVectors)
{
    struct V { const char *hex; const char *b58; };
    const V vectors[] = {
        {"", ""},
        {"61", "2g"},
        {"626262", "a3gV"},
        {"636363", "aPEr"},
        {"73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"},
        {"00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"},
        {"516b6fcd0f", "ABnLTmg"},
        {"bf4f89001e670274dd", "3SEo3LWLoPntC"},
        {"572e4794", "3EFU7m"},
        {"ecac89cad93923c02321", "EJDM8drfXA6uyA"},
        {"10c8511e", "Rt5zm"},
        {"00000000000000000000", "1111111111"},
        {"000111d38e5fc9071ffcd20b4a763cc9ae4f252bb4e48fd66a835e252ada93ff480d6dd43dc62a641155a5",
         "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"},
        {"271F359E", "zzzzy"},
        {"271F359F", "zzzzz"},
        {"271F35A0", "211111"},
        {"271F35A1", "211112"},
    };
    for (const V &v : vectors) {
        const QByteArray bytes = QByteArray::fromHex(v.hex);
        EXPECT_EQ(base58::encode(bytes), QByteArray(v.b58)) << v.hex;
        const auto decoded = base58::decode(QString::fromLatin1(v.b58));
        ASSERT_TRUE(decoded.has_value()) << v.b58;
        EXPECT_EQ(decoded->toHex(), QByteArray::fromHex(v.hex).toHex()) << v.b58;
    }
    EXPECT_FALSE(base58::decode(u"0OIl").has_value()); // characters Base58 leaves out
}

// Bitcoin Core src/test/data/key_io_valid.json: base58 entries with their scriptPubKey.
TEST(Base58Check, BitcoinCoreKeyIoVectors)
{
    struct V { const char *address; const char *script; const char *format; const char *network; };
    const V vectors[] = {
        {"1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo", "76a914a31c06bd463e3923bc1aadbde48b16976c08071788ac", "p2pkh", "mainnet"},
        {"36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm", "a914373b819a068f32b7a6b38b6b38729647cfde01c287", "p2sh", "mainnet"},
        {"mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ", "76a914ce28b26c57472737f5c3561a1761185bd8589a4388ac", "p2pkh", "testnet"},
        {"2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK", "a914ce0bba75891ff9ec60148d4bd4a09ee2dc5c933187", "p2sh", "testnet"},
        {"1FjL87pn8ky6Vbavd1ZHeChRXtoxwRGCRd", "76a914a19331b7b2627e663e25a7b001e4c0dcc5e21bc788ac", "p2pkh", "mainnet"},
        {"3BZECeAH8gSKkjrTx8PwMrNQBLG18yHpvf", "a9146c382dcdf5b284760c8e3fead91f7422cd76aa8787", "p2sh", "mainnet"},
        {"n4YNbYuFdPwFrxSP8sjHFbAhUbLMUiY9jE", "76a914fc8f9851f3c1e4719cd0b8e4816dd4e88c72e52888ac", "p2pkh", "testnet"},
    };
    for (const V &v : vectors) {
        const AddressInfo info = classifyAddress(QString::fromLatin1(v.address));
        ASSERT_TRUE(info.recognised && info.valid) << v.address;
        const QString hash = info.details.value(QStringLiteral("hash160")).toString();
        const QString script = QLatin1String(v.format) == QLatin1String("p2pkh") ? QStringLiteral("76a914") + hash + QStringLiteral("88ac")
                                                                                  : QStringLiteral("a914") + hash + QStringLiteral("87");
        EXPECT_EQ(script, QLatin1String(v.script)) << v.address;
        EXPECT_EQ(info.format, QLatin1String(v.format)) << v.address;
        EXPECT_EQ(info.network, QLatin1String(v.network)) << v.address;
    }
    // "3…" is P2SH on Bitcoin and on Litecoin alike: the chain is ambiguous.
    EXPECT_EQ(classifyAddress(u"36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm").chains,
              (QStringList{QStringLiteral("bitcoin"), QStringLiteral("litecoin")}));
    // One changed character breaks the checksum (derived from the first vector).
    const AddressInfo typo = classifyAddress(u"1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp");
    EXPECT_TRUE(typo.recognised);
    EXPECT_FALSE(typo.valid);
    EXPECT_FALSE(typo.reason.isEmpty());
    // A character Base58 never uses.
    const AddressInfo zero = classifyAddress(u"1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2m0");
    EXPECT_TRUE(zero.recognised);
    EXPECT_FALSE(zero.valid);
    EXPECT_TRUE(zero.reason.contains(QLatin1Char('0'))) << zero.reason.toStdString();
}

// Litecoin Core src/test/data/key_io_valid.json (litecoin-project/litecoin), base58 entries.
TEST(Base58Check, LitecoinVectors)
{
    struct V { const char *address; const char *script; const char *format; const char *network; };
    const V vectors[] = {
        {"LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA", "76a914558dbca7118cd5894502767c7b2ffc21a22f54db88ac", "p2pkh", "mainnet"},
        {"MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2", "a9146d328a5b2a20d943a641c8d29b6cc3c2d2df85d387", "p2sh", "mainnet"},
        {"LbfVMz974gbbGFqXF7FZUpSBWSbwBHDwR5", "76a914b4565f467408e9e1c1d2a3b0ccdeff84db3a3b9388ac", "p2pkh", "mainnet"},
        {"QXaUgLHkZcbJb2j5XgMYzY8cF9YM48Y81Z", "a9147860667e60a6545e18e541984094b29c9c46991b87", "p2sh", "testnet"},
    };
    for (const V &v : vectors) {
        const AddressInfo info = classifyAddress(QString::fromLatin1(v.address));
        ASSERT_TRUE(info.recognised && info.valid) << v.address;
        EXPECT_EQ(info.chains, QStringList{QStringLiteral("litecoin")}) << v.address;
        const QString hash = info.details.value(QStringLiteral("hash160")).toString();
        const QString script = QLatin1String(v.format) == QLatin1String("p2pkh") ? QStringLiteral("76a914") + hash + QStringLiteral("88ac")
                                                                                  : QStringLiteral("a914") + hash + QStringLiteral("87");
        EXPECT_EQ(script, QLatin1String(v.script)) << v.address;
        EXPECT_EQ(info.network, QLatin1String(v.network)) << v.address;
    }
    // ltc1: Bech32 with Litecoin's registered prefix (SLIP-0173). Vector from the blockchain_utils
    // project's P2WPKH test vectors (mrtnetwork/blockchain_utils, test/address/p2wpkh/test_vector.dart).
    const AddressInfo segwit = classifyAddress(u"ltc1qx88q7zjd74lxwgkjmmwlqv5pd3vujuehexfttt");
    ASSERT_TRUE(segwit.valid) << segwit.reason.toStdString();
    EXPECT_EQ(segwit.chains, QStringList{QStringLiteral("litecoin")});
    EXPECT_EQ(segwit.format, QStringLiteral("p2wpkh"));
    EXPECT_EQ(segwit.details.value(QStringLiteral("witness_program")).toString(), QStringLiteral("31ce0f0a4df57e6722d2deddf032816c59c97337"));
}

// Dogecoin Core src/test/data/base58_keys_valid.json (dogecoin/dogecoin).
TEST(Base58Check, DogecoinVectors)
{
    struct V { const char *address; const char *hash; const char *format; const char *network; };
    const V vectors[] = {
        {"DD4KSSuBJqcjuTcvUg1CgUKeurPUFeEZkE", "56d9b1d684d5abef32134ebc6883d75d3a53e9be", "p2pkh", "mainnet"},
        {"A7HRQk3GFCW2QasvdZxXuYj8kkQK5QrYLs", "a2dd71f34fe73314d6e37c44035513f203aa400b", "p2sh", "mainnet"},
        {"9zYnVRaekPtdKBYuPw5QiBtv3NNrzD2LLW", "58fc66bf64b3c8d8accd80110bb6df6c13735937", "p2sh", "mainnet"},
        {"nhRsrUaxZou6sewjqaS37cJrMRJRgwVXdk", "9131c29384f000c0d651660eefaf1717c8ca1855", "p2pkh", "testnet"},
    };
    for (const V &v : vectors) {
        const AddressInfo info = classifyAddress(QString::fromLatin1(v.address));
        ASSERT_TRUE(info.recognised && info.valid) << v.address;
        EXPECT_EQ(info.chains, QStringList{QStringLiteral("dogecoin")}) << v.address;
        EXPECT_EQ(info.details.value(QStringLiteral("hash160")).toString(), QLatin1String(v.hash)) << v.address;
        EXPECT_EQ(info.format, QLatin1String(v.format)) << v.address;
        EXPECT_EQ(info.network, QLatin1String(v.network)) << v.address;
    }
}

// ---- CashAddr (Bitcoin Cash "Address format for Bitcoin Cash" v1.1, spec/cashaddr.md) ----

TEST(CashAddr, SpecChecksumVectors)
{
    const QStringList vectors{QStringLiteral("prefix:x64nx6hz"), QStringLiteral("p:gpf8m4h7"),
                              QStringLiteral("bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn"),
                              QStringLiteral("bchtest:spectestnetaddressrealrealaddressqpan2k9lh"),
                              QStringLiteral("bchreg:555555555555555555555555555555555555555555555udxmlmrz")};
    for (const QString &v : vectors) {
        EXPECT_TRUE(cashaddr::verifyChecksum(v)) << v.toStdString();
        QString broken = v;
        broken[broken.size() - 1] = broken.back() == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        EXPECT_FALSE(cashaddr::verifyChecksum(broken)) << broken.toStdString();
    }
}

TEST(CashAddr, SpecLegacyTranslations)
{
    struct V { const char *legacy; const char *cash; };
    const V vectors[] = {
        {"1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu", "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"},
        {"1KXrWXciRDZUpQwQmuM1DbwsKDLYAYsVLR", "bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy"},
        {"16w1D5WRVKJuZUsSRzdLp9w3YGcgoxDXb", "bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r"},
        {"3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq"},
        {"3LDsS579y7sruadqu11beEJoTjdFiFCdX4", "bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e"},
        {"31nwvkZwyPdgzjBJZXfDmSWsC4ZLKpYyUw", "bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37"},
    };
    for (const V &v : vectors) {
        QByteArray payload;
        ASSERT_EQ(base58::decodeCheck(QString::fromLatin1(v.legacy), &payload), base58::CheckResult::Ok) << v.legacy;
        const int type = payload[0] == 0 ? 0 : 1;
        const cashaddr::Address a = cashaddr::decode(QString::fromLatin1(v.cash));
        ASSERT_TRUE(a.valid) << v.cash << ": " << a.error.toStdString();
        EXPECT_EQ(a.type, type) << v.cash;
        EXPECT_EQ(a.hash.toHex(), payload.mid(1).toHex()) << v.cash;
        EXPECT_EQ(cashaddr::encode(QStringLiteral("bitcoincash"), type, payload.mid(1)), QLatin1String(v.cash));
        // Without the prefix (as wallets often show it) and in upper case, too.
        const QString bare = QString::fromLatin1(v.cash).mid(12);
        EXPECT_TRUE(cashaddr::decode(bare).valid) << v.cash;
        EXPECT_TRUE(cashaddr::decode(QString::fromLatin1(v.cash).toUpper()).valid) << v.cash;
        const AddressInfo info = classifyAddress(bare);
        EXPECT_TRUE(info.valid && info.chains == QStringList{QStringLiteral("bitcoin-cash")}) << v.cash;
        EXPECT_EQ(info.canonical, QLatin1String(v.cash));
    }
    // Mixed case must be rejected (spec, "Uppercase/lowercase").
    EXPECT_FALSE(cashaddr::decode(u"bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6A").valid);
}

TEST(CashAddr, SpecLargerVectors)
{
    struct V { int size; int type; const char *address; const char *hex; };
    const V vectors[] = {
        {20, 0, "bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"},
        {20, 1, "bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"},
        {20, 1, "pref:pr6m7j9njldwwzlg9v7v53unlr4jkmx6ey65nvtks5", "F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9"},
        {24, 0, "bitcoincash:q9adhakpwzztepkpwp5z0dq62m6u5v5xtyj7j3h2ws4mr9g0", "7ADBF6C17084BC86C1706827B41A56F5CA32865925E946EA"},
        {28, 1, "bchtest:pgagf7w02x4wnz3mkwnchut2vxphjzccwxgjvvjmlsxqwkcvs7md7wt",
         "3A84F9CF51AAE98A3BB3A78BF16A6183790B18719126325BFC0C075B"},
        {32, 0, "bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake",
         "3173EF6623C6B48FFD1A3DCC0CC6489B0A07BB47A37F47CFEF4FE69DE825C060"},
        {40, 1, "pref:pnq8zwpj8cq05n7pytfmskuk9r4gzzel8qtsvwz79zdskftrzxtar994cgutavfklv0vx5z0w3",
         "C07138323E00FA4FC122D3B85B9628EA810B3F381706385E289B0B25631197D194B5C238BEB136FB"},
        {64, 0,
         "bitcoincash:qlg0x333p4238k0qrc5ej7rzfw5g8e4a4r6vvzyrcy8j3s5k0en7calvclhw46hudk5flttj6ydvjc0pv3nchp52amk97tqa5zygg96mtky5sv5w",
         "D0F346310D5513D9E01E299978624BA883E6BDA8F4C60883C10F28C2967E67EC77ECC7EEEAEAFC6DA89FAD72D11AC961E164678B868AEEEC5F2C1DA08884175B"},
    };
    for (const V &v : vectors) {
        const cashaddr::Address a = cashaddr::decode(QString::fromLatin1(v.address));
        ASSERT_TRUE(a.valid) << v.address << ": " << a.error.toStdString();
        EXPECT_EQ(a.type, v.type) << v.address;
        EXPECT_EQ(a.hash.size(), v.size) << v.address;
        EXPECT_EQ(a.hash.toHex().toUpper(), QByteArray(v.hex)) << v.address;
        const QString prefix = QString::fromLatin1(v.address).section(QLatin1Char(':'), 0, 0);
        EXPECT_EQ(cashaddr::encode(prefix, v.type, a.hash), QLatin1String(v.address));
    }
}

// ---- EIP-55 (https://eips.ethereum.org/EIPS/eip-55, "Test Cases"; now ERC-55) ----

TEST(Eip55, PublishedTestCases)
{
    const QStringList normal{QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
                             QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"),
                             QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
                             QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")};
    for (const QString &a : normal) {
        EXPECT_EQ(evm::checkEip55(a), evm::Checksum::Valid) << a.toStdString();
        EXPECT_EQ(evm::toChecksumAddress(a.toLower()), a);
        const AddressInfo info = classifyAddress(a);
        EXPECT_TRUE(info.valid);
        EXPECT_EQ(info.format, QStringLiteral("eip55"));
        EXPECT_EQ(info.canonical, a.toLower());
    }
    const QStringList allCaps{QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"),
                              QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D")};
    const QStringList allLower{QStringLiteral("0xde709f2102306220921060314715629080e2fb77"),
                               QStringLiteral("0x27b1fdb04752bbc536007a920d24acb045561c26")};
    for (const QString &a : allCaps + allLower) {
        EXPECT_EQ(evm::checkEip55(a), evm::Checksum::None) << a.toStdString();
        const AddressInfo info = classifyAddress(a);
        EXPECT_TRUE(info.valid);
        EXPECT_EQ(info.details.value(QStringLiteral("checksum")).toString(), QStringLiteral("none"));
    }
    // One letter's case flipped in a published address: a likely typo.
    QString typo = normal.first();
    typo[4] = QLatin1Char('a'); // 0x5aAeb… -> 0x5aaeb…
    EXPECT_EQ(evm::checkEip55(typo), evm::Checksum::Invalid);
    const AddressInfo info = classifyAddress(typo);
    EXPECT_TRUE(info.recognised);
    EXPECT_FALSE(info.valid);
    EXPECT_EQ(info.details.value(QStringLiteral("checksummed_form")).toString(), normal.first());
    // Lost digits.
    const AddressInfo shortOne = classifyAddress(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA");
    EXPECT_TRUE(shortOne.recognised);
    EXPECT_FALSE(shortOne.valid);
}
