#include "core/diagnostic.h"
#include "core/languages.h"
#include "core/localizedtext.h"

#include <gtest/gtest.h>

TEST(LocalizedText, FallsBackToEnglish)
{
    cca::LocalizedText t(QStringLiteral("Wallet"));
    t.set(QStringLiteral("zh-Hant"), QString::fromUtf8("錢包"));
    EXPECT_EQ(t.text(QStringLiteral("zh-Hant")), QString::fromUtf8("錢包"));
    EXPECT_EQ(t.text(QStringLiteral("es")), QStringLiteral("Wallet"));
    t.set(QStringLiteral("es"), QString());
    EXPECT_EQ(t.text(QStringLiteral("es")), QStringLiteral("Wallet"));
}

TEST(Languages, MapsUiLocalesToContentTags)
{
    EXPECT_EQ(cca::Languages::byUiLocale(QStringLiteral("zh_HK")).contentTag, QStringLiteral("zh-Hant"));
    EXPECT_EQ(cca::Languages::byUiLocale(QStringLiteral("zh_CN")).contentTag, QStringLiteral("zh-Hans"));
    EXPECT_EQ(cca::Languages::byUiLocale(QStringLiteral("xx")).contentTag, QStringLiteral("en"));
    EXPECT_TRUE(cca::Languages::isKnownContentTag(QStringLiteral("es")));
}

TEST(Diagnostic, PrintsLikeACompiler)
{
    EXPECT_EQ((cca::Diagnostic{QStringLiteral("a/module.json"), 3, 7, QStringLiteral("bad")}).toString(),
              QStringLiteral("a/module.json:3:7: error: bad"));
    EXPECT_EQ((cca::Diagnostic{QStringLiteral("a/module.json"), 0, 0, QStringLiteral("bad")}).toString(),
              QStringLiteral("a/module.json: error: bad"));
}
