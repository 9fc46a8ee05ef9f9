#include "reports/csvwriter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace cca;

TEST(Csv, QuotesWhatNeedsQuotingAndDisarmsFormulas)
{
    EXPECT_EQ(reports::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(reports::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(reports::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(reports::csvField(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(reports::writeCsv(dir.filePath(QStringLiteral("r.csv")), {QStringLiteral("name"), QStringLiteral("score")},
                                  {{QString::fromUtf8("陳大文"), QStringLiteral("85")}}, &error));
    QFile f(dir.filePath(QStringLiteral("r.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("\xEF\xBB\xBF" "name,score\r\n") + QString::fromUtf8("陳大文").toUtf8() + QByteArray(",85\r\n"));
}
