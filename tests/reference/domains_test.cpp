// Look-alike domains against the built-in list of well-known exchange, wallet and explorer domains.
#include "reference/domains.h"
#include "reference/indicators.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::reference;

TEST(Domains, PunycodeHomographOfBinance)
{
    // "binаnce.com" with the Cyrillic а (U+0430); its ASCII form was computed independently with
    // Python's IDNA codec: 'bin\u0430nce'.encode('idna') == b'xn--binnce-5nf'.
    const DomainInfo ace = analyseDomain(u"xn--binnce-5nf.com");
    EXPECT_TRUE(ace.punycode);
    EXPECT_EQ(ace.unicode, QStringLiteral("bin") + QChar(0x0430) + QStringLiteral("nce.com"));
    ASSERT_TRUE(ace.lookalike.has_value());
    EXPECT_EQ(ace.lookalike->target, QStringLiteral("binance.com"));
    EXPECT_TRUE(ace.lookalike->codes.contains(QStringLiteral("homoglyph")));
    EXPECT_TRUE(ace.lookalike->codes.contains(QStringLiteral("mixed-script")));
    // Written directly in Unicode, the same finding; and the ASCII form matches.
    const DomainInfo unicode = analyseDomain(QStringLiteral("bin") + QChar(0x0430) + QStringLiteral("nce.com"));
    ASSERT_TRUE(unicode.lookalike.has_value());
    EXPECT_EQ(unicode.ace, QStringLiteral("xn--binnce-5nf.com"));
}

TEST(Domains, ConfusableCharactersExtraWordsAndTypos)
{
    struct V { const char *domain; const char *target; const char *code; };
    const V vectors[] = {
        {"b1nance.com", "binance.com", "confusable"},       // 1 for i
        {"c0inbase.com", "coinbase.com", "confusable"},     // 0 for o
        {"krakenrn.com", nullptr, nullptr},                 // handled below: not a rn/m case of a brand
        {"bybit-support.com", "bybit.com", "extra-words"},
        {"binance-support.com", "binance.com", "extra-words"},
        {"support-okx.net", "okx.com", "extra-words"},
        {"coinbsae.com", "coinbase.com", "edit-distance"},  // swapped letters
        {"metamaks.io", "metamask.io", "edit-distance"},
        {"binance.com.security-check.xyz", "binance.com", "subdomain-trick"},
        {"binance.net", "binance.com", "other-tld"},
        {"trezor.app", "trezor.io", "other-tld"},
        {"etherscarn.io", "etherscan.io", "edit-distance"},
    };
    for (const V &v : vectors) {
        if (!v.target)
            continue;
        const DomainInfo info = analyseDomain(QString::fromLatin1(v.domain));
        ASSERT_TRUE(info.lookalike.has_value()) << v.domain;
        EXPECT_EQ(info.lookalike->target, QLatin1String(v.target)) << v.domain;
        EXPECT_TRUE(info.lookalike->codes.contains(QLatin1String(v.code)))
            << v.domain << ": " << info.lookalike->codes.join(QLatin1Char(',')).toStdString();
        EXPECT_FALSE(info.lookalike->reasons.isEmpty());
    }
    // rn for m.
    const DomainInfo rn = analyseDomain(u"rnetamask.io");
    ASSERT_TRUE(rn.lookalike.has_value());
    EXPECT_EQ(rn.lookalike->target, QStringLiteral("metamask.io"));
}

TEST(Domains, GenuineDomainsAreNotFlagged)
{
    for (const KnownDomain &k : knownDomains()) {
        const DomainInfo info = analyseDomain(k.domain);
        EXPECT_FALSE(info.lookalike.has_value()) << k.domain.toStdString();
        ASSERT_TRUE(info.official.has_value()) << k.domain.toStdString();
        EXPECT_EQ(info.official->domain, k.domain);
    }
    for (const char *d : {"www.binance.com", "accounts.binance.com", "BINANCE.COM", "binance.us", "help.coinbase.com"}) {
        const DomainInfo info = analyseDomain(QString::fromLatin1(d));
        EXPECT_FALSE(info.lookalike.has_value()) << d;
        EXPECT_TRUE(info.official.has_value()) << d;
    }
    // Unrelated ordinary domains are neither official nor look-alikes.
    for (const char *d : {"police.gov.hk", "cyberdefender.hk", "example.com", "github.com", "wikipedia.org", "cryptonews.com",
                          "ledgerinsights.com"}) {
        const DomainInfo info = analyseDomain(QString::fromLatin1(d));
        EXPECT_FALSE(info.lookalike.has_value()) << d << ": " << (info.lookalike ? info.lookalike->codes.join(QLatin1Char(',')).toStdString() : std::string());
        EXPECT_FALSE(info.official.has_value()) << d;
    }
}

TEST(Domains, InTextFlaggedAndRealOnesNot)
{
    const QList<Indicator> found = extractIndicators(
        QStringLiteral("Official: binance.com and coinbase.com. Fake: xn--binnce-5nf.com, b1nance.com, binance-support.com."));
    ASSERT_EQ(found.size(), 5);
    EXPECT_FALSE(found[0].lookalike.has_value());
    EXPECT_FALSE(found[1].lookalike.has_value());
    for (int k = 2; k < 5; ++k) {
        ASSERT_TRUE(found[k].lookalike.has_value()) << found[k].value.toStdString();
        EXPECT_EQ(found[k].lookalike->target, QStringLiteral("binance.com"));
        EXPECT_TRUE(found[k].explanation.contains(QLatin1String("Warning")));
    }
    EXPECT_EQ(found[2].details.value(QStringLiteral("unicode")).toString(), QStringLiteral("bin") + QChar(0x0430) + QStringLiteral("nce.com"));
}

TEST(Domains, Shapes)
{
    EXPECT_TRUE(isPlausibleDomain(u"binance.com"));
    EXPECT_TRUE(isPlausibleDomain(u"xn--binnce-5nf.com"));
    EXPECT_TRUE(isPlausibleDomain(u"police.gov.hk"));
    EXPECT_FALSE(isPlausibleDomain(u"file.txt"));
    EXPECT_FALSE(isPlausibleDomain(u"3.14"));
    EXPECT_FALSE(isPlausibleDomain(u"vitalik.eth"));
    EXPECT_FALSE(isPlausibleDomain(u"-bad.com"));
    EXPECT_EQ(editDistance(u"coinbase", u"coinbsae"), 1);
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
    EXPECT_EQ(skeleton(u"B1NANCE"), skeleton(u"binance"));
}
