// TRON, XRP Ledger, Monero and Solana addresses: known addresses from their own documentation.
#include "reference/addresses.h"
#include "codecs/base58.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::reference;
using namespace cca::codecs;

TEST(Tron, DocumentedAddresses)
{
    // TRON developer documentation ("Account"): the same account in hex and in Base58Check.
    const AddressInfo info = classifyAddress(u"TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL");
    ASSERT_TRUE(info.valid) << info.reason.toStdString();
    EXPECT_EQ(info.chains, QStringList{QStringLiteral("tron")});
    EXPECT_EQ(info.format, QStringLiteral("base58check"));
    EXPECT_EQ(info.details.value(QStringLiteral("hex_address")).toString(), QStringLiteral("418840E6C55B9ADA326D211D818C34A994AECED808"));
    // Tether's published USDT (TRC-20) contract address.
    EXPECT_TRUE(classifyAddress(u"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").valid);
    // A changed character fails the checksum.
    const AddressInfo typo = classifyAddress(u"TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeM");
    EXPECT_TRUE(typo.recognised);
    EXPECT_FALSE(typo.valid);
    EXPECT_EQ(typo.chains, QStringList{QStringLiteral("tron")});
}

TEST(Xrp, DocumentedClassicAddresses)
{
    // XRP Ledger documentation: the genesis account and the special addresses ACCOUNT_ZERO and ACCOUNT_ONE.
    const AddressInfo genesis = classifyAddress(u"rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh");
    ASSERT_TRUE(genesis.valid);
    EXPECT_EQ(genesis.chains, QStringList{QStringLiteral("xrp")});
    EXPECT_EQ(genesis.format, QStringLiteral("xrp-classic"));
    const AddressInfo zero = classifyAddress(u"rrrrrrrrrrrrrrrrrrrrrhoLvTp");
    ASSERT_TRUE(zero.valid);
    EXPECT_EQ(zero.details.value(QStringLiteral("account_id")).toString(), QString(40, QLatin1Char('0')));
    const AddressInfo one = classifyAddress(u"rrrrrrrrrrrrrrrrrrrrBZbvji");
    ASSERT_TRUE(one.valid);
    EXPECT_EQ(one.details.value(QStringLiteral("account_id")).toString(), QString(39, QLatin1Char('0')) + QLatin1Char('1'));
    const AddressInfo typo = classifyAddress(u"rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj");
    EXPECT_TRUE(typo.recognised);
    EXPECT_FALSE(typo.valid);
}

TEST(Xrp, XAddressVectors)
{
    // ripple-address-codec test vectors published with the X-address format (xrpaddress.info).
    struct V { const char *x; const char *classic; const char *tag; const char *network; };
    const V vectors[] = {
        {"X7AcgcsBL6XDcUb289X4mJ8djcdyKaB5hJDWMArnXr61cqZ", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", "", "mainnet"},
        {"X7AcgcsBL6XDcUb289X4mJ8djcdyKaGZMhc9YTE92ehJ2Fu", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", "1", "mainnet"},
        {"X7AcgcsBL6XDcUb289X4mJ8djcdyKaGo2K5VpXpmCqbV2gS", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", "14", "mainnet"},
        {"X7AcgcsBL6XDcUb289X4mJ8djcdyKaLFuhLRuNXPrDeJd9A", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", "11747", "mainnet"},
        {"T719a5UwUCnEs54UsxG9CJYYDhwmFCqkr7wxCcNcfZ6p5GZ", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", "", "testnet"},
        {"XVLhHMPHU98es4dbozjVtdWzVrDjtV8AqEL4xcZj5whKbmc", "rGWrZyQqhTp9Xu7G5Pkayo7bXjH4k4QYpf", "0", "mainnet"},
    };
    for (const V &v : vectors) {
        const AddressInfo info = classifyAddress(QString::fromLatin1(v.x));
        ASSERT_TRUE(info.valid) << v.x << ": " << info.reason.toStdString();
        EXPECT_EQ(info.format, QStringLiteral("x-address"));
        EXPECT_EQ(info.network, QLatin1String(v.network)) << v.x;
        EXPECT_EQ(info.details.value(QStringLiteral("classic_address")).toString(), QLatin1String(v.classic)) << v.x;
        EXPECT_EQ(info.details.value(QStringLiteral("destination_tag")).toString(), QLatin1String(v.tag)) << v.x;
        EXPECT_TRUE(classifyAddress(QString::fromLatin1(v.classic)).valid) << v.classic;
    }
}

TEST(Monero, PublishedAddressesAndChecksum)
{
    // The Monero General Fund's donation address, published by the Monero Project (getmonero.org).
    const QString fund = QStringLiteral("44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A");
    const AddressInfo info = classifyAddress(fund);
    ASSERT_TRUE(info.valid) << info.reason.toStdString();
    EXPECT_EQ(info.chains, QStringList{QStringLiteral("monero")});
    EXPECT_EQ(info.format, QStringLiteral("monero-standard"));
    EXPECT_EQ(info.network, QStringLiteral("mainnet"));
    EXPECT_EQ(info.details.value(QStringLiteral("public_spend_key")).toString().size(), 64);
    // Monero's block-wise Base58 round-trips.
    const auto raw = base58::moneroDecode(fund);
    ASSERT_TRUE(raw.has_value());
    EXPECT_EQ(raw->size(), 69);
    EXPECT_EQ(QString::fromLatin1(base58::moneroEncode(*raw)), fund);
    // One character changed: the Keccak-256 checksum no longer matches.
    QString typo = fund;
    typo[50] = typo[50] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    const AddressInfo bad = classifyAddress(typo);
    EXPECT_TRUE(bad.recognised);
    EXPECT_FALSE(bad.valid);

    // A subaddress and an integrated address derived from one seed, from the blockchain_utils
    // project's Monero test vectors (mrtnetwork/blockchain_utils, test/monero/test_vector.dart).
    const AddressInfo sub = classifyAddress(u"85cqdW5fHGvUQzGXzrRUHf6P6AJjJrYxa25v351wNJCrS3p1g8wL1gk35HjxyQGGJPY3SygtnFxKjHtVcA7rAM1JBHukQod");
    EXPECT_TRUE(sub.valid) << sub.reason.toStdString();
    EXPECT_EQ(sub.format, QStringLiteral("monero-subaddress"));
    const AddressInfo integrated = classifyAddress(
        u"4KEMxkrvHF13ZMEVyrUNuUMzgQ1WHjkWL5T6Xk7QaTszggbtPbRPEkZQau9yACYEmUCHPNrU2MBdnJf4s4xLK5AyVTr66Q8LFefPwwfA1t");
    EXPECT_TRUE(integrated.valid) << integrated.reason.toStdString();
    EXPECT_EQ(integrated.format, QStringLiteral("monero-integrated"));
    EXPECT_EQ(integrated.details.value(QStringLiteral("payment_id")).toString(), QStringLiteral("2b1a3c54591708cb"));
}

TEST(Solana, OnlyWithContext)
{
    // Solana documentation and Circle's published USDC mint address.
    const QString usdcMint = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
    EXPECT_FALSE(classifyAddress(usdcMint).recognised); // no checksum: not without context
    const AddressInfo info = classifyAddress(usdcMint, AddressContext{true});
    ASSERT_TRUE(info.valid);
    EXPECT_EQ(info.chains, QStringList{QStringLiteral("solana")});
    EXPECT_EQ(info.details.value(QStringLiteral("checksum")).toString(), QStringLiteral("none"));
    // The System Program's address is 32 zero bytes.
    const AddressInfo system = classifyAddress(u"11111111111111111111111111111111", AddressContext{true});
    ASSERT_TRUE(system.valid);
    EXPECT_EQ(system.details.value(QStringLiteral("public_key")).toString(), QString(64, QLatin1Char('0')));
    // A Bitcoin address is never taken for a Solana key (it decodes to 25 bytes).
    EXPECT_EQ(classifyAddress(u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", AddressContext{true}).chains, QStringList{QStringLiteral("bitcoin")});
}

TEST(Addresses, OrdinaryWordsAreNotAddresses)
{
    for (const char *word : {"Thisisaverylongwordwithoutspaces", "internationalization", "Supercalifragilisticexpialidocious",
                             "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"})
        EXPECT_FALSE(classifyAddress(QString::fromLatin1(word)).recognised) << word;
}
