// The shipped catalogs are complete: every message of the interface has a translation in
// Traditional Chinese (Hong Kong), Simplified Chinese and Spanish.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>

TEST(Translations, ShippedCatalogsHaveNoUnfinishedMessages)
{
    for (const char *language : {"zh_HK", "zh_CN", "es"}) {
        QFile f(cca::test::sourcePath(QStringLiteral("translations/ccacademy_%1.ts").arg(QLatin1String(language))));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << language;
        const QString ts = QString::fromUtf8(f.readAll());
        EXPECT_GT(ts.count(QStringLiteral("<message")), 300) << language;
        EXPECT_EQ(ts.count(QStringLiteral("type=\"unfinished\"")), 0) << language << " has untranslated messages";
        EXPECT_EQ(ts.count(QRegularExpression(QStringLiteral("<translation>\\s*</translation>"))), 0) << language << " has empty translations";
    }
}
