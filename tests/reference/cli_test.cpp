// 'ccacademy-cli reference search' and 'validate' on a reference folder, run as separate processes.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca;

namespace {
QString mini()
{
    return test::dataPath(QStringLiteral("reference/data/mini"));
}
} // namespace

TEST(ReferenceCli, SearchPrintsRankedIdsTitlesAndHighlightedSnippets)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("reference"), QStringLiteral("search"), QStringLiteral("kill pig"),
                                               QStringLiteral("--reference"), mini()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("1. pig-butchering\tPig-butchering investment scam"));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("[kill]"))) << lines[1].toStdString();
}

TEST(ReferenceCli, JsonInChineseWithTheLanguageAskedFor)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("reference"), QStringLiteral("search"), QString::fromUtf8("殺豬盤"),
                                               QStringLiteral("--lang"), QStringLiteral("zh-Hant"), QStringLiteral("--json"),
                                               QStringLiteral("--reference"), mini()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(hits.isEmpty()) << r.out.toStdString();
    const QJsonObject first = hits.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("pig-butchering"));
    EXPECT_EQ(first.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("title")).toString(), QString::fromUtf8("殺豬盤投資騙局"));
    EXPECT_EQ(first.value(QStringLiteral("language")).toString(), QStringLiteral("zh-Hant"));
    EXPECT_FALSE(first.value(QStringLiteral("highlights")).toArray().isEmpty());
    EXPECT_TRUE(first.value(QStringLiteral("snippet")).toString().contains(QString::fromUtf8("殺豬盤")));
}

TEST(ReferenceCli, BadUsageAndNoMatches)
{
    const auto noQuery = test::run(test::cliPath(), {QStringLiteral("reference"), QStringLiteral("search")});
    EXPECT_EQ(noQuery.exitCode, 2);
    EXPECT_TRUE(noQuery.err.contains(QStringLiteral("usage: ccacademy-cli reference search")));
    const auto badLanguage = test::run(test::cliPath(), {QStringLiteral("reference"), QStringLiteral("search"), QStringLiteral("x"),
                                                         QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--reference"), mini()});
    EXPECT_EQ(badLanguage.exitCode, 2);
    const auto nothing = test::run(test::cliPath(), {QStringLiteral("reference"), QStringLiteral("search"), QStringLiteral("qqqqzzzz"),
                                                     QStringLiteral("--reference"), mini()});
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_TRUE(nothing.out.contains(QStringLiteral("no entries match")));
}

TEST(ReferenceCli, ValidateChecksAReferenceFolderAndNamesTheFileAndLine)
{
    const auto good = test::run(test::cliPath(), {QStringLiteral("validate"), mini()});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("3 entries, 0 problem(s)"))) << good.out.toStdString();

    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("vocabulary.json")), [] {
        QFile f(mini() + QStringLiteral("/vocabulary.json"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }());
    QDir().mkpath(dir.filePath(QStringLiteral("patterns")));
    test::writeFile(dir.filePath(QStringLiteral("patterns/half.json")), "{\n  \"format\": 1,\n  \"id\": \"half\",\n  \"category\": \"nonsense\"\n}\n");
    const auto bad = test::run(test::cliPath(), {QStringLiteral("validate"), dir.path()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("half.json:4:"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("missing required field 'name'"))) << bad.err.toStdString();
}
