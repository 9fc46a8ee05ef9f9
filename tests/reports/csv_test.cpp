#include "reports/csvwriter.h"

#include <gtest/gtest.h>

#include <QDir>
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

TEST(Csv, SeveralTablesWithTitlesAndProgressRowByRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    const QList<reports::ReportTable> tables{{QStringLiteral("Modules"), {QStringLiteral("module"), QStringLiteral("done")}, {{QStringLiteral("m1"), QStringLiteral("1")}}},
                                             {QStringLiteral("Overdue"), {QStringLiteral("name")}, {{QStringLiteral("Bravo")}, {QStringLiteral("Delta")}}}};
    QList<std::pair<int, int>> calls;
    QString error;
    ASSERT_EQ(reports::writeCsv(path, tables, [&](int done, int total) { calls.append({done, total}); return true; }, &error),
              reports::WriteOutcome::Written);
    EXPECT_EQ(calls, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("\xEF\xBB\xBF" "Modules\r\nmodule,done\r\nm1,1\r\n\r\nOverdue\r\nname\r\nBravo\r\nDelta\r\n"));
}

TEST(Csv, CancellingMidwayLeavesNothingAndKeepsAnOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    const QList<reports::ReportTable> tables{{QString(), {QStringLiteral("n")}, {{QStringLiteral("1")}, {QStringLiteral("2")}, {QStringLiteral("3")}}}};
    QString error;
    EXPECT_EQ(reports::writeCsv(path, tables, [](int done, int) { return done < 2; }, &error), reports::WriteOutcome::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()) << "no temporary file is left behind";
    ASSERT_TRUE(reports::writeCsv(path, {QStringLiteral("old")}, {}, &error));
    EXPECT_EQ(reports::writeCsv(path, tables, [](int, int) { return false; }, &error), reports::WriteOutcome::Cancelled);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("\xEF\xBB\xBF" "old\r\n")) << "a cancelled export leaves the previous file as it was";
}
