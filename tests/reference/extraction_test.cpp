// Extraction from free text: punctuation around indicators, English and Chinese, phones and
// e-mails without amounts or dates, destination tags, the Solana rule.
#include "reference/indicators.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::reference;

namespace {

const Indicator *find(const QList<Indicator> &list, const QString &value)
{
    for (const Indicator &i : list)
        if (i.value == value)
            return &i;
    return nullptr;
}

QStringList values(const QList<Indicator> &list, IndicatorKind kind)
{
    QStringList out;
    for (const Indicator &i : list)
        if (i.kind == kind)
            out << i.value;
    return out;
}

} // namespace

TEST(Extraction, EnglishMessageWithPunctuation)
{
    const QString text = QStringLiteral(
        "Hi dear, the platform wallet is \"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4\". For USDT use (TRC20): "
        "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL, or ERC20 [0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed].\n"
        "Old BTC address: 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo.\n"
        "Proof: tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060; login at https://www.binance-support.com/verify?id=7.\n"
        "Questions? Mail support@coinbase-help.net or WhatsApp +852 9123 4567.");
    const QList<Indicator> found = extractIndicators(text);
    const Indicator *bech = find(found, QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
    ASSERT_NE(bech, nullptr);
    EXPECT_EQ(bech->kind, IndicatorKind::Address);
    EXPECT_EQ(bech->format, QStringLiteral("p2wpkh"));
    EXPECT_TRUE(bech->valid);
    const Indicator *tron = find(found, QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"));
    ASSERT_NE(tron, nullptr);
    EXPECT_EQ(tron->chains, QStringList{QStringLiteral("tron")});
    EXPECT_FALSE(tron->freezeIssuers.isEmpty());
    EXPECT_TRUE(tron->freezeIssuers.first().contains(QLatin1String("Tether")));
    const Indicator *evm = find(found, QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
    ASSERT_NE(evm, nullptr);
    EXPECT_EQ(evm->format, QStringLiteral("eip55"));
    EXPECT_TRUE(evm->explanation.contains(QLatin1String("every EVM chain")));
    ASSERT_NE(find(found, QStringLiteral("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo")), nullptr);
    const Indicator *hash = find(found, QStringLiteral("0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"));
    ASSERT_NE(hash, nullptr);
    EXPECT_EQ(hash->kind, IndicatorKind::TxHash);
    EXPECT_EQ(values(found, IndicatorKind::Url), QStringList{QStringLiteral("https://www.binance-support.com/verify?id=7")});
    const Indicator *url = find(found, QStringLiteral("https://www.binance-support.com/verify?id=7"));
    ASSERT_TRUE(url->lookalike.has_value());
    EXPECT_EQ(url->lookalike->target, QStringLiteral("binance.com"));
    EXPECT_EQ(values(found, IndicatorKind::Email), QStringList{QStringLiteral("support@coinbase-help.net")});
    EXPECT_TRUE(find(found, QStringLiteral("support@coinbase-help.net"))->lookalike.has_value());
    EXPECT_EQ(values(found, IndicatorKind::Phone), QStringList{QStringLiteral("+852 9123 4567")});
    EXPECT_EQ(find(found, QStringLiteral("+852 9123 4567"))->canonical, QStringLiteral("+85291234567"));
    // Sorted by position, nothing else found (no stray domains from the URL or the e-mail).
    EXPECT_EQ(found.size(), 8);
    for (int k = 1; k < found.size(); ++k)
        EXPECT_LT(found[k - 1].offset, found[k].offset);
    // Every indicator explains itself and says what to do.
    for (const Indicator &i : found) {
        EXPECT_FALSE(i.explanation.isEmpty()) << i.value.toStdString();
        EXPECT_FALSE(i.nextSteps.isEmpty()) << i.value.toStdString();
    }
}

TEST(Extraction, ChineseMessageWithChinesePunctuation)
{
    const QString text = QStringLiteral(
        "你好！請將USDT轉到這個地址：TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL，然後截圖。\n"
        "比特幣地址「bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0」。"
        "以太坊：0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359。網站：https://okx-hk.com/app。"
        "聯絡電話：6123 4567，或電郵 agent@hashkey-vip.com。");
    const QList<Indicator> found = extractIndicators(text);
    QStringList addresses = values(found, IndicatorKind::Address);
    EXPECT_EQ(addresses, (QStringList{QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"),
                                      QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"),
                                      QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")}));
    EXPECT_EQ(find(found, QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"))->format, QStringLiteral("p2tr"));
    EXPECT_EQ(values(found, IndicatorKind::Url), QStringList{QStringLiteral("https://okx-hk.com/app")});
    EXPECT_EQ(find(found, QStringLiteral("https://okx-hk.com/app"))->lookalike->target, QStringLiteral("okx.com"));
    EXPECT_EQ(values(found, IndicatorKind::Phone), QStringList{QStringLiteral("6123 4567")});
    EXPECT_EQ(find(found, QStringLiteral("6123 4567"))->details.value(QStringLiteral("line_type")).toString(), QStringLiteral("mobile"));
    EXPECT_EQ(values(found, IndicatorKind::Email), QStringList{QStringLiteral("agent@hashkey-vip.com")});
}

TEST(Extraction, InvalidAddressesAreReportedWithReasons)
{
    const QList<Indicator> found = extractIndicators(QStringLiteral(
        "Send to 0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed or 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp or "
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5 thanks"));
    ASSERT_EQ(found.size(), 3);
    for (const Indicator &i : found) {
        EXPECT_EQ(i.kind, IndicatorKind::Address);
        EXPECT_FALSE(i.valid) << i.value.toStdString();
        EXPECT_FALSE(i.reason.isEmpty());
    }
    EXPECT_EQ(found[0].details.value(QStringLiteral("checksum")).toString(), QStringLiteral("invalid"));
}

TEST(Extraction, LitecoinBitcoinAmbiguityAndTestnet)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("P2SH: 36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm; test coins: mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ, "
                       "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].chains, (QStringList{QStringLiteral("bitcoin"), QStringLiteral("litecoin")}));
    EXPECT_EQ(found[1].network, QStringLiteral("testnet"));
    EXPECT_EQ(found[2].network, QStringLiteral("testnet"));
    EXPECT_TRUE(toJson(found[0]).value(QStringLiteral("chain")).isArray());
}

TEST(Extraction, BitcoinCashWithAndWithoutPrefix)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("Pay bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a or qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy."));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].value, QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"));
    EXPECT_EQ(found[1].canonical, QStringLiteral("bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy"));
    for (const Indicator &i : found) {
        EXPECT_TRUE(i.valid);
        EXPECT_EQ(i.format, QStringLiteral("cashaddr"));
    }
}

TEST(Extraction, XrpDestinationTags)
{
    const QStringList forms{QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh dt:123456"),
                            QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, tag 123456"),
                            QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh (destination tag: 123456)"),
                            QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh，標籤：123456"),
                            QStringLiteral("ripple:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh?dt=123456")};
    for (const QString &text : forms) {
        const QList<Indicator> found = extractIndicators(QStringLiteral("XRP deposit ") + text + QStringLiteral(" please."));
        ASSERT_EQ(found.size(), 1) << text.toStdString();
        EXPECT_EQ(found[0].destinationTag, QStringLiteral("123456")) << text.toStdString();
    }
    const QList<Indicator> none = extractIndicators(QStringLiteral("XRP to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh today"));
    ASSERT_EQ(none.size(), 1);
    EXPECT_TRUE(none[0].destinationTag.isEmpty());
    EXPECT_TRUE(none[0].nextSteps.join(QLatin1Char(' ')).contains(QLatin1String("destination tag")));
    // An eight-digit tag is not a phone number.
    const QList<Indicator> tagged = extractIndicators(QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh tag 91234567"));
    ASSERT_EQ(tagged.size(), 1);
    EXPECT_EQ(tagged[0].destinationTag, QStringLiteral("91234567"));
}

TEST(Extraction, SolanaOnlyWhenTheTextNamesIt)
{
    const QString key = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
    EXPECT_TRUE(extractIndicators(QStringLiteral("Reference code ") + key + QStringLiteral(" for your order")).isEmpty());
    for (const QString &context : {QStringLiteral("Send SOL to %1 now"), QStringLiteral("my Phantom wallet: %1"),
                                   QStringLiteral("索拉納地址：%1。"), QStringLiteral("solana:%1?amount=1")}) {
        const QList<Indicator> found = extractIndicators(context.arg(key));
        ASSERT_EQ(found.size(), 1) << context.toStdString();
        EXPECT_EQ(found[0].chains, QStringList{QStringLiteral("solana")});
        EXPECT_EQ(found[0].value, key);
    }
    // "sol" inside another word is not a mention.
    EXPECT_TRUE(extractIndicators(QStringLiteral("consolidated ") + key).isEmpty());
}

TEST(Extraction, MoneroExplainsPrivacy)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("Ransom: 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A."));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].chains, QStringList{QStringLiteral("monero")});
    EXPECT_TRUE(found[0].explanation.contains(QLatin1String("privacy coin")));
}

TEST(Extraction, PhonesWithoutAmountsDatesOrReferences)
{
    const QString text = QStringLiteral(
        "Deposit 12345678 USDT by 2024-03-15 (ref 20240315). Balance: HK$ 98765432, total $23456789.50, "
        "order no. 91234567, fee 5,000,000 HKD, 50000000元, rate 3.14159265. "
        "Call 9876 5432 or 2345-6789 or +852 6123 4567 or +86 138 0013 8000 or (852) 5123 4567.");
    const QList<Indicator> found = extractIndicators(text);
    EXPECT_EQ(values(found, IndicatorKind::Phone),
              (QStringList{QStringLiteral("9876 5432"), QStringLiteral("2345-6789"), QStringLiteral("+852 6123 4567"),
                           QStringLiteral("+86 138 0013 8000"), QStringLiteral("(852) 5123 4567")}));
    EXPECT_EQ(find(found, QStringLiteral("2345-6789"))->details.value(QStringLiteral("line_type")).toString(), QStringLiteral("fixed"));
    EXPECT_EQ(find(found, QStringLiteral("(852) 5123 4567"))->canonical, QStringLiteral("+85251234567"));
    EXPECT_TRUE(values(found, IndicatorKind::Domain).isEmpty()) << values(found, IndicatorKind::Domain).join(QLatin1Char(',')).toStdString();
}

TEST(Extraction, EmailsAndEnsNames)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("Contact <Refund.Desk@kraken-recovery.com>, pay to vitalik.eth, not v@x or @telegram_handle; "
                       "price was 1.5@2024.03.15."));
    EXPECT_EQ(values(found, IndicatorKind::Email), QStringList{QStringLiteral("Refund.Desk@kraken-recovery.com")});
    EXPECT_EQ(find(found, QStringLiteral("Refund.Desk@kraken-recovery.com"))->canonical, QStringLiteral("refund.desk@kraken-recovery.com"));
    EXPECT_EQ(values(found, IndicatorKind::Ens), QStringList{QStringLiteral("vitalik.eth")});
    EXPECT_EQ(found.size(), 2);
}

TEST(Extraction, RepeatedIndicatorsAreCountedOnce)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed and again 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].occurrences, 2);
}

TEST(Extraction, LookAlikeAddressesInOneMessage)
{
    // Same first 4 and last 4 hex digits, different middle: address poisoning.
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("My address 0xd8da6bf26964af9d7eed9e03e53415d37aa96045, your history shows 0xd8da0000000000000000000000000000aaa96045"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_TRUE(found[0].details.contains(QStringLiteral("lookalike_addresses")));
    EXPECT_TRUE(found[1].details.contains(QStringLiteral("lookalike_addresses")));
}

TEST(Extraction, JsonShape)
{
    const QList<Indicator> found = extractIndicators(QStringLiteral("to 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp"));
    ASSERT_EQ(found.size(), 1);
    const QJsonObject o = toJson(found[0]);
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("address"));
    EXPECT_EQ(o.value(QStringLiteral("chain")).toString(), QStringLiteral("bitcoin"));
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("p2pkh"));
    EXPECT_EQ(o.value(QStringLiteral("network")).toString(), QStringLiteral("mainnet"));
    EXPECT_FALSE(o.value(QStringLiteral("valid")).toBool(true));
    EXPECT_FALSE(o.value(QStringLiteral("reason")).toString().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("next_steps")).isArray());
    EXPECT_TRUE(o.value(QStringLiteral("watchlist")).isArray());
    EXPECT_FALSE(o.value(QStringLiteral("explanation")).toString().isEmpty());
}

TEST(Extraction, PaymentLinksAndWebAddressForms)
{
    const QList<Indicator> found = extractIndicators(QStringLiteral(
        "QR: bitcoin:1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo?amount=0.25&label=VIP, "
        "ethereum:0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359@1?value=1e18; reported as hxxps://okx-login[.]top and "
        "www.bybit-bonus.com/claim. Tx 5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060."));
    EXPECT_EQ(values(found, IndicatorKind::Address),
              (QStringList{QStringLiteral("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"), QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")}));
    EXPECT_EQ(values(found, IndicatorKind::Url), QStringList{QStringLiteral("www.bybit-bonus.com/claim")});
    EXPECT_TRUE(find(found, QStringLiteral("www.bybit-bonus.com/claim"))->lookalike.has_value());
    const Indicator *hash = find(found, QStringLiteral("5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"));
    ASSERT_NE(hash, nullptr);
    EXPECT_GT(hash->chains.size(), 1); // the form fits several chains
    EXPECT_TRUE(hash->explanation.contains(QLatin1String("0x")));
}
