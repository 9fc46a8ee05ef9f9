// Addresses and derivation paths. Expected values: the test vectors of BIP49, BIP84 and BIP86
// copied from their texts (bitcoin/bips bip-0049/0084/0086.mediawiki, "Test vectors"); the EIP-55
// examples from EIP-55's "Test Cases"; Ethereum, TRON and Litecoin addresses of the "abandon ...
// about" phrase from tests/wallet/data/reference-vectors.json (tests/wallet/reference/make_vectors.py:
// python3-ecdsa, hashlib, python3-base58, python3-pycryptodome), where the Ethereum and TRON
// addresses are also the ones wallets commonly show for that phrase.
#include "walletvectors.h"

#include "wallet/addresses.h"
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/derivation.h"

#include "codecs/bech32.h"
#include "codecs/evmaddress.h"

#include <gtest/gtest.h>

using namespace cca::wallet;
using bip32::Hardened;

namespace {

bip32::ExtendedKey abandonAboutMaster()
{
    const auto master = bip32::masterKey(bip39::mnemonicToSeed(cca::test::abandonAbout()));
    EXPECT_TRUE(master.has_value());
    return *master;
}

DerivedAddress derive(const char *path, std::optional<Coin> coin = std::nullopt, std::optional<Script> script = std::nullopt)
{
    QString error;
    const auto steps = bip32::parsePath(QString::fromLatin1(path), &error);
    EXPECT_TRUE(steps.has_value()) << error.toStdString();
    const auto choice = chooseForPath(*steps, coin, script, &error);
    EXPECT_TRUE(choice.has_value()) << error.toStdString();
    const auto derived = deriveAddress(abandonAboutMaster(), *steps, *choice, &error);
    EXPECT_TRUE(derived.has_value()) << error.toStdString();
    return derived.value_or(DerivedAddress{});
}

QString referenceAddress(const char *path)
{
    return cca::test::walletReferenceVectors().value(QLatin1String("abandon_about_addresses")).toObject().value(QLatin1String(path)).toString();
}

} // namespace

TEST(Bip84, TestVectors)
{
    bip32::ExtendedKey root = abandonAboutMaster();
    root.format = bip32::Format::Bip84;
    EXPECT_EQ(root.toBase58(), QStringLiteral("zprvAWgYBBk7JR8Gjrh4UJQ2uJdG1r3WNRRfURiABBE3RvMXYSrRJL62XuezvGdPvG6GFBZduosCc1YP5wixPox7zhZLfiUm8aunE96BBa4Kei5"));
    const auto account = bip32::derivePath(root, {84 | Hardened, 0 | Hardened, 0 | Hardened});
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->toBase58(), QStringLiteral("zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yYNZKEm7z6qUWCroSQnE"));

    const struct
    {
        const char *path, *wif, *pub, *address;
    } expected[] = {
        {"m/84'/0'/0'/0/0", "KyZpNDKnfs94vbrwhJneDi77V6jF64PWPF8x5cdJb8ifgg2DUc9d", "0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c",
         "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"},
        {"m/84'/0'/0'/0/1", "Kxpf5b8p3qX56DKEe5NqWbNUP9MnqoRFzZwHRtsFqhzuvUJsYZCy", "03e775fd51f0dfb8cd865d9ff1cca2a158cf651fe997fdc9fee9c1d3b5e995ea77",
         "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g"},
        {"m/84'/0'/0'/1/0", "KxuoxufJL5csa1Wieb2kp29VNdn92Us8CoaUG3aGtPtcF3AzeXvF", "03025324888e429ab8e3dbaf1f7802648b9cd01e9b418485c5fa4c1b9b5700e1a6",
         "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"},
    };
    for (const auto &e : expected) {
        SCOPED_TRACE(e.path);
        const DerivedAddress d = derive(e.path);
        EXPECT_EQ(d.address, QLatin1String(e.address));
        EXPECT_EQ(d.publicKey.toHex(), QByteArray(e.pub));
        EXPECT_EQ(d.choice.script, Script::P2wpkh);
        EXPECT_TRUE(d.xprv.startsWith(QLatin1String("zprv")));
        EXPECT_TRUE(d.xpub.startsWith(QLatin1String("zpub")));
        const auto key = bip32::parse(d.xprv);
        ASSERT_TRUE(key.has_value());
        EXPECT_EQ(bip32::toWif(key->privateKey, bip32::Network::Mainnet), QLatin1String(e.wif));
    }
}

TEST(Bip86, TestVectors)
{
    const bip32::ExtendedKey root = abandonAboutMaster();
    EXPECT_EQ(root.toBase58(), QStringLiteral("xprv9s21ZrQH143K3GJpoapnV8SFfukcVBSfeCficPSGfubmSFDxo1kuHnLisriDvSnRRuL2Qrg5ggqHKNVpxR86QEC8w35uxmGoggxtQTPvfUu"));
    EXPECT_EQ(root.toPublicBase58(), QStringLiteral("xpub661MyMwAqRbcFkPHucMnrGNzDwb6teAX1RbKQmqtEF8kK3Z7LZ59qafCjB9eCRLiTVG3uxBxgKvRgbubRhqSKXnGGb1aoaqLrpMBDrVxga8"));
    const DerivedAddress account = derive("m/86'/0'/0'");
    EXPECT_EQ(account.xprv, QStringLiteral("xprv9xgqHN7yz9MwCkxsBPN5qetuNdQSUttZNKw1dcYTV4mkaAFiBVGQziHs3NRSWMkCzvgjEe3n9xV8oYywvM8at9yRqyaZVz6TYYhX98VjsUk"));
    EXPECT_EQ(account.xpub, QStringLiteral("xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ"));

    const struct
    {
        const char *path, *xprv, *xpub, *internal, *output, *address;
    } expected[] = {
        {"m/86'/0'/0'/0/0", "xprvA449goEeU9okwCzzZaxiy475EQGQzBkc65su82nXEvcwzfSskb2hAt2WymrjyRL6kpbVTGL3cKtp9herYXSjjQ1j4stsXXiRF7kXkCacK3T",
         "xpub6H3W6JmYJXN49h5TfcVjLC3onS6uPeUTTJoVvRC8oG9vsTn2J8LwigLzq5tHbrwAzH9DGo6ThGUdWsqce8dGfwHVBxSbixjDADGGdzF7t2B",
         "cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115", "a60869f0dbcf1dc659c9cecbaf8050135ea9e8cdc487053f1dc6880949dc684c",
         "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"},
        {"m/86'/0'/0'/0/1", "xprvA449goEeU9okyiF1LmKiDaTgeXvmh87DVyRd35VPbsSop8n8uALpbtrUhUXByPFKK7C2yuqrB1FrhiDkEMC4RGmA5KTwsE1aB5jRu9zHsuQ",
         "xpub6H3W6JmYJXN4CCKUSnriaiQRCZmG6aq4sCMDqTu1ACyngw7HShf59hAxYjXgKDuuHThVEUzdHrc3aXCr9kfvQvZPit5dnD3K9xVRBzjK3rX",
         "83dfe85a3151d2517290da461fe2815591ef69f2b18a2ce63f01697a8b313145", "a82f29944d65b86ae6b5e5cc75e294ead6c59391a1edc5e016e3498c67fc7bbb",
         "bc1p4qhjn9zdvkux4e44uhx8tc55attvtyu358kutcqkudyccelu0was9fqzwh"},
        {"m/86'/0'/0'/1/0", "xprvA3Ln3Gt3aphvUgzgEDT8vE2cYqb4PjFfpmbiFKphxLg1FjXQpkAk5M1ZKDY15bmCAHA35jTiawbFuwGtbDZogKF1WfjwxML4gK7WfYW5JRP",
         "xpub6GL8SnQwRCGDhB59LEz9HMyM6sRYoByXBzXK3iEKWgCz8XrZNHUzd9L3AUBELW5NzA7dEFvMas1F84TuPH3xqdUA5tumaGWFgihJzWytXe3",
         "399f1b2f4393f29a18c937859c5dd8a77350103157eb880f02e8c08214277cef", "882d74e5d0572d5a816cef0041a96b6c1de832f6f9676d9605c44d5e9a97d3dc",
         "bc1p3qkhfews2uk44qtvauqyr2ttdsw7svhkl9nkm9s9c3x4ax5h60wqwruhk7"},
    };
    for (const auto &e : expected) {
        SCOPED_TRACE(e.path);
        const DerivedAddress d = derive(e.path);
        EXPECT_EQ(d.xprv, QLatin1String(e.xprv));
        EXPECT_EQ(d.xpub, QLatin1String(e.xpub));
        EXPECT_EQ(address::taprootInternalKey(d.publicKey).toHex(), QByteArray(e.internal));
        EXPECT_EQ(address::taprootOutputKey(d.publicKey).toHex(), QByteArray(e.output));
        EXPECT_EQ(d.address, QLatin1String(e.address));
        EXPECT_EQ(d.choice.script, Script::P2tr);
    }
}

// BIP49's vector is on testnet (coin type 1', uprv/upub, 2... address).
TEST(Bip49, TestVector)
{
    bip32::ExtendedKey root = abandonAboutMaster();
    root.network = bip32::Network::Testnet;
    root.format = bip32::Format::Bip49;
    EXPECT_EQ(root.toBase58(), QStringLiteral("uprv8tXDerPXZ1QsVNjUJWTurs9kA1KGfKUAts74GCkcXtU8GwnH33GDRbNJpEqTvipfCyycARtQJhmdfWf8oKt41X9LL1zeD2pLsWmxEk3VAwd"));
    const DerivedAddress account = derive("m/49'/1'/0'");
    EXPECT_EQ(account.xprv, QStringLiteral("uprv91G7gZkzehuMVxDJTYE6tLivdF8e4rvzSu1LFfKw3b2Qx1Aj8vpoFnHdfUZ3hmi9jsvPifmZ24RTN2KhwB8BfMLTVqaBReibyaFFcTP1s9n"));
    EXPECT_EQ(account.xpub, QStringLiteral("upub5EFU65HtV5TeiSHmZZm7FUffBGy8UKeqp7vw43jYbvZPpoVsgU93oac7Wk3u6moKegAEWtGNF8DehrnHtv21XXEMYRUocHqguyjknFHYfgY"));
    const DerivedAddress first = derive("m/49'/1'/0'/0/0");
    EXPECT_EQ(first.choice.coin, Coin::BitcoinTestnet);
    EXPECT_EQ(first.publicKey.toHex(), QByteArray("03a1af804ac108a8a51782198c2d034b28bf90c8803f5a53f76276fa69a4eae77f"));
    const auto key = bip32::parse(first.xprv);
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(key->privateKey.toHex(), QByteArray("c9bdb49cfbaedca21c4b1f3a7803c34636b1d7dc55a717132443fc3f4c5867e8"));
    EXPECT_EQ(bip32::toWif(key->privateKey, bip32::Network::Testnet), QStringLiteral("cULrpoZGXiuC19Uhvykx7NugygA3k86b3hmdCeyvHYQZSxojGyXJ"));
    EXPECT_EQ(first.address, QStringLiteral("2Mww8dCYPUpKHofjgcXcBCEGmniw9CoaiD2"));
}

TEST(Eip55, PublishedExamplesThroughTheSharedCodec)
{
    const char *examples[] = {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"};
    for (const char *e : examples)
        EXPECT_EQ(cca::codecs::evm::toChecksumAddress(QLatin1String(e).toString().toLower()), QLatin1String(e));
}

TEST(OtherChains, AbandonAboutAddresses)
{
    const DerivedAddress eth = derive("m/44'/60'/0'/0/0");
    EXPECT_EQ(eth.address, QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    EXPECT_EQ(eth.address, referenceAddress("m/44'/60'/0'/0/0"));
    EXPECT_EQ(eth.choice.coin, Coin::Ethereum);
    EXPECT_TRUE(eth.xprv.startsWith(QLatin1String("xprv")));

    const DerivedAddress trx = derive("m/44'/195'/0'/0/0");
    EXPECT_EQ(trx.address, QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH"));
    EXPECT_EQ(trx.address, referenceAddress("m/44'/195'/0'/0/0"));

    const DerivedAddress ltc = derive("m/44'/2'/0'/0/0");
    EXPECT_EQ(ltc.address, referenceAddress("m/44'/2'/0'/0/0"));
    EXPECT_TRUE(ltc.address.startsWith(QLatin1Char('L')));
    const DerivedAddress ltc49 = derive("m/49'/2'/0'/0/0");
    EXPECT_EQ(ltc49.address, referenceAddress("m/49'/2'/0'/0/0"));
    EXPECT_TRUE(ltc49.address.startsWith(QLatin1Char('M')));

    const DerivedAddress btc44 = derive("m/44'/0'/0'/0/0");
    EXPECT_EQ(btc44.address, referenceAddress("m/44'/0'/0'/0/0"));

    // Litecoin BIP84: the same key hash as ltc1 Bech32 (the hash is checked through BIP84's own
    // vector above; only the human-readable part differs).
    const DerivedAddress ltc84 = derive("m/84'/2'/0'/0/0");
    EXPECT_TRUE(ltc84.address.startsWith(QLatin1String("ltc1q"))) << ltc84.address.toStdString();
    const auto ltcProgram = cca::codecs::bech32::decodeSegwit(ltc84.address);
    ASSERT_TRUE(ltcProgram.valid) << ltcProgram.error.toStdString();
    EXPECT_EQ(ltcProgram.hrp, QStringLiteral("ltc"));
    EXPECT_EQ(ltcProgram.program, cca::codecs::bech32::decodeSegwit(address::p2wpkh(ltc84.publicKey, Coin::Bitcoin)).program);
}

TEST(AddressChoice, FromPathAndOverrides)
{
    QString error;
    // An explicit script overrides the purpose: BIP84's key as P2PKH and as P2TR.
    const DerivedAddress asP2pkh = derive("m/84'/0'/0'/0/0", std::nullopt, Script::P2pkh);
    EXPECT_EQ(asP2pkh.address, address::p2pkh(QByteArray::fromHex("0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c"), Coin::Bitcoin));
    EXPECT_TRUE(asP2pkh.xprv.startsWith(QLatin1String("zprv"))); // the purpose's version bytes
    // An explicit coin overrides the coin type.
    const DerivedAddress asEth = derive("m/44'/0'/0'/0/0", Coin::Ethereum);
    EXPECT_TRUE(asEth.address.startsWith(QLatin1String("0x")));
    // A path without a known purpose: Bitcoin P2PKH.
    const DerivedAddress plain = derive("m/0/1");
    EXPECT_EQ(plain.choice.coin, Coin::Bitcoin);
    EXPECT_EQ(plain.choice.script, Script::P2pkh);

    EXPECT_FALSE(chooseForPath({44 | Hardened, 5 | Hardened}, std::nullopt, std::nullopt, &error).has_value());
    EXPECT_TRUE(error.startsWith(QLatin1String("path: coin type 5'"))) << error.toStdString();
    EXPECT_FALSE(chooseForPath({86 | Hardened, 2 | Hardened}, std::nullopt, std::nullopt, &error).has_value());
    EXPECT_TRUE(error.startsWith(QLatin1String("script: p2tr is not used on Litecoin"))) << error.toStdString();
    EXPECT_FALSE(chooseForPath({44 | Hardened, 60 | Hardened}, std::nullopt, Script::P2wpkh, &error).has_value());
    EXPECT_TRUE(error.startsWith(QLatin1String("script: p2wpkh does not apply to Ethereum"))) << error.toStdString();

    // From an extended key: its version decides.
    // BIP84's account key (its text gives the zprv), made public-only and written as a zpub.
    const auto zprv = bip32::parse(u"zprvAdG4iTXWBoARxkkzNpNh8r6Qag3irQB8PzEMkAFeTRXxHpbF9z4QgEvBRmfvqWvGp42t42nvgGpNgYSJA9iefm1yYNZKEm7z6qUWCroSQnE");
    ASSERT_TRUE(zprv.has_value());
    const auto zpub = bip32::parse(zprv->toPublicBase58());
    ASSERT_TRUE(zpub.has_value());
    EXPECT_TRUE(zprv->toPublicBase58().startsWith(QLatin1String("zpub")));
    const auto choice = chooseForKey(*zpub, std::nullopt, std::nullopt, &error);
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->script, Script::P2wpkh);
    const auto first = deriveAddress(*zpub, {0, 0}, *choice, &error);
    ASSERT_TRUE(first.has_value()) << error.toStdString();
    EXPECT_EQ(first->address, QStringLiteral("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"));
    EXPECT_TRUE(first->xprv.isEmpty());
    EXPECT_FALSE(chooseForKey(*zpub, Coin::BitcoinTestnet, std::nullopt, &error).has_value());
    EXPECT_TRUE(error.startsWith(QLatin1String("coin: "))) << error.toStdString();
    EXPECT_FALSE(deriveAddress(*zpub, {0 | Hardened}, *choice, &error).has_value());
    EXPECT_TRUE(error.startsWith(QLatin1String("path: "))) << error.toStdString();

    // Not a point on the curve: the public key of BIP32 test vector 5.
    const QByteArray offCurve = QByteArray::fromHex("020000000000000000000000000000000000000000000000000000000000000007");
    EXPECT_TRUE(address::forCoin(Coin::Bitcoin, Script::P2pkh, offCurve, &error).isEmpty());
    EXPECT_TRUE(error.startsWith(QLatin1String("public key: "))) << error.toStdString();
}
