// 'ccacademy-cli indicator check|compare|watchlist import', run as a separate process.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace cca;

TEST(IndicatorCli, CheckJsonShapeAndExitZeroOnInvalid)
{
    const test::ProcessResult r = test::run(test::cliPath(),
                                            {QStringLiteral("indicator"), QStringLiteral("check"),
                                             QStringLiteral("pay 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp (typo) or 36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm; "
                                                            "site b1nance.com"),
                                             QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    ASSERT_TRUE(doc.isArray()) << parseError.errorString().toStdString() << r.out.toStdString();
    const QJsonArray a = doc.array();
    ASSERT_EQ(a.size(), 3);
    const QJsonObject invalid = a[0].toObject();
    EXPECT_EQ(invalid.value(QStringLiteral("kind")).toString(), QStringLiteral("address"));
    EXPECT_EQ(invalid.value(QStringLiteral("value")).toString(), QStringLiteral("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp"));
    EXPECT_EQ(invalid.value(QStringLiteral("chain")).toString(), QStringLiteral("bitcoin"));
    EXPECT_EQ(invalid.value(QStringLiteral("format")).toString(), QStringLiteral("p2pkh"));
    EXPECT_EQ(invalid.value(QStringLiteral("network")).toString(), QStringLiteral("mainnet"));
    EXPECT_FALSE(invalid.value(QStringLiteral("valid")).toBool(true));
    EXPECT_FALSE(invalid.value(QStringLiteral("reason")).toString().isEmpty());
    EXPECT_FALSE(invalid.value(QStringLiteral("explanation")).toString().isEmpty());
    EXPECT_FALSE(invalid.value(QStringLiteral("next_steps")).toArray().isEmpty());
    EXPECT_TRUE(invalid.value(QStringLiteral("watchlist")).isArray());
    const QJsonObject ambiguous = a[1].toObject();
    EXPECT_EQ(ambiguous.value(QStringLiteral("chain")).toArray(), (QJsonArray{QStringLiteral("bitcoin"), QStringLiteral("litecoin")}));
    EXPECT_TRUE(ambiguous.value(QStringLiteral("valid")).toBool());
    EXPECT_FALSE(ambiguous.contains(QStringLiteral("reason")));
    const QJsonObject domain = a[2].toObject();
    EXPECT_EQ(domain.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
    EXPECT_EQ(domain.value(QStringLiteral("lookalike")).toObject().value(QStringLiteral("of")).toString(), QStringLiteral("binance.com"));
}

TEST(IndicatorCli, CheckReadsStandardInputAndPrintsATable)
{
    QProcess p;
    p.start(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("check"), QStringLiteral("-")});
    ASSERT_TRUE(p.waitForStarted());
    p.write(QStringLiteral("以太坊地址：0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed。\n").toUtf8());
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QLatin1String("KIND"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")));
    EXPECT_TRUE(out.contains(QLatin1String("eip55")));
    EXPECT_TRUE(out.contains(QLatin1String("Next steps")));
}

TEST(IndicatorCli, Compare)
{
    const test::ProcessResult r = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("compare"),
                                                              QStringLiteral("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"),
                                                              QStringLiteral("0xd8da7c0b4f3a1e52c6d9f0e1b2a3c4d5e6f96045"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("look_alike")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("leading_match")).toInt(), 4);
    EXPECT_EQ(o.value(QStringLiteral("trailing_match")).toInt(), 5);
    EXPECT_TRUE(o.value(QStringLiteral("verdict")).toString().startsWith(QLatin1String("look-alike")));
    const test::ProcessResult text = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("compare"),
                                                                 QStringLiteral("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"),
                                                                 QStringLiteral("0xd8da7c0b4f3a1e52c6d9f0e1b2a3c4d5e6f96045")});
    EXPECT_TRUE(text.out.contains(QLatin1String("verdict:    look-alike: the first 4 and last 5 characters"))) << text.out.toStdString();
}

TEST(IndicatorCli, WatchlistImportAndCheck)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    const QString db = dir.filePath(QStringLiteral("reference.sqlite"));
    test::writeFile(csv, "value,kind,source,category,date,note\n"
                         "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL,address,Chainabuse,pig-butchering,2024-05-01,\n"
                         "not-a-kind,whatever,ADCC,,,\n"
                         "binance-support.com,domain,Scameter,phishing,,\n");
    const QStringList import{QStringLiteral("indicator"), QStringLiteral("watchlist"), QStringLiteral("import"), csv,
                             QStringLiteral("--watchlists"), db};
    const test::ProcessResult first = test::run(test::cliPath(), import);
    EXPECT_EQ(first.exitCode, 1); // one malformed row, the good ones still imported
    EXPECT_TRUE(first.err.contains(QLatin1String("list.csv:3: error:"))) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QLatin1String("3 row(s) read: 2 imported, 0 already known, 1 skipped"))) << first.out.toStdString();
    const test::ProcessResult second = test::run(test::cliPath(), import);
    EXPECT_TRUE(second.out.contains(QLatin1String("0 imported, 2 already known, 1 skipped"))) << second.out.toStdString();

    const test::ProcessResult check = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("check"),
                                                                  QStringLiteral("USDT to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL via binance-support.com"),
                                                                  QStringLiteral("--json"), QStringLiteral("--watchlists"), db});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QJsonArray a = QJsonDocument::fromJson(check.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a[0].toObject().value(QStringLiteral("watchlist")).toArray().first().toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("Chainabuse"));
    EXPECT_EQ(a[1].toObject().value(QStringLiteral("watchlist")).toArray().first().toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("Scameter"));

    const test::ProcessResult missing = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("check"), QStringLiteral("x"),
                                                                    QStringLiteral("--watchlists"), dir.filePath(QStringLiteral("none.sqlite"))});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST(IndicatorCli, UsageMentionsTheIndicatorCommands)
{
    const test::ProcessResult r = test::run(test::cliPath(), {QStringLiteral("--help")});
    EXPECT_TRUE(r.err.contains(QLatin1String("indicator check TEXT|-")));
    EXPECT_TRUE(r.err.contains(QLatin1String("indicator compare")));
    EXPECT_TRUE(r.err.contains(QLatin1String("indicator watchlist import")));
}

TEST(IndicatorCli, WithoutAFileTheStationsOwnWatchlistsAreUsedAsTheAppDoes)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    test::writeFile(csv, "value,kind,source,category,date,note\n"
                         "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL,address,Chainabuse,pig-butchering,2024-05-01,\n");
    const QStringList env{QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data"))};
    const QString text = QStringLiteral("USDT to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL");

    // No watchlists on this station yet: the check runs without them.
    const test::ProcessResult before = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("check"), text, QStringLiteral("--json")}, 60000, env);
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(before.out.toUtf8()).array().first().toObject().value(QStringLiteral("watchlist")).toArray().isEmpty());

    const test::ProcessResult import = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("watchlist"), QStringLiteral("import"), csv}, 60000, env);
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    // Where the app's checker opens them (Watchlist::defaultPath: AppDataLocation/watchlists.sqlite).
    QStringList files;
    for (QDirIterator it(dir.filePath(QStringLiteral("data")), {QStringLiteral("watchlists.sqlite")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().endsWith(QStringLiteral("/CryptoCrimeAcademy/ccacademy/watchlists.sqlite"))) << files.first().toStdString();

    const test::ProcessResult after = test::run(test::cliPath(), {QStringLiteral("indicator"), QStringLiteral("check"), text, QStringLiteral("--json")}, 60000, env);
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(after.out.toUtf8()).array().first().toObject().value(QStringLiteral("watchlist")).toArray();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("Chainabuse"));
}
