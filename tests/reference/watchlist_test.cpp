// CSV watchlists in SQLite: malformed rows by line, idempotent re-import, matches flagged.
#include "reference/indicators.h"
#include "reference/watchlist.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cca::reference;

namespace {

const QByteArray kCsv =
    "value,kind,source,category,date,note\r\n"
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,address,Chainabuse,pig-butchering,2024-05-01,\"reported by two victims, HK\"\r\n"
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4,address,ADCC,investment,2024-05-02,\r\n"
    "binance-support.com,domain,Scameter,phishing,2024-05-03,\"fake \"\"support\"\" site\"\r\n"
    "bad row with too few fields,address\r\n"
    "nonsense,colour,ADCC,,2024-05-04,\r\n"
    "+852 9123 4567,phone,ADCC,impersonation,2024-13-01,bad date\r\n"
    "\"multi\nline note\",domain,ADCC,,,\r\n"
    "evil-exchange.top,domain,ADCC,fake platform,,\"note with\nline break\"\r\n"
    "+852 9123 4567,phone,ADCC,impersonation,2024-05-05,\r\n"
    "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed,address,Chainabuse,pig-butchering,2024-05-01,same as line 2\r\n";

} // namespace

TEST(Watchlist, ImportReportsMalformedRowsByLineAndKeepsGoodOnes)
{
    QTemporaryDir dir;
    QString error;
    auto list = Watchlist::open(dir.filePath(QStringLiteral("reference.sqlite")), &error);
    ASSERT_TRUE(list) << error.toStdString();
    const WatchlistImportResult r = list->importCsvData(kCsv, QStringLiteral("list.csv"));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.rows, 10);
    EXPECT_EQ(r.imported, 5);
    EXPECT_EQ(r.alreadyKnown, 1); // line 12 repeats line 2 (EVM compared case-insensitively)
    EXPECT_EQ(r.skipped, 4);
    QList<int> lines;
    for (const WatchlistProblem &p : r.problems)
        lines << p.line;
    EXPECT_EQ(lines, (QList<int>{5, 6, 7, 8}));
    EXPECT_TRUE(r.problems[1].message.contains(QLatin1String("colour")));
    EXPECT_TRUE(r.problems[2].message.contains(QLatin1String("2024-13-01")));
    EXPECT_EQ(r.problems[0].toString(QStringLiteral("list.csv")).left(18), QStringLiteral("list.csv:5: error:"));
    EXPECT_EQ(list->count(), 5);

    // Re-importing changes nothing and says so.
    const WatchlistImportResult again = list->importCsvData(kCsv, QStringLiteral("list.csv"));
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.alreadyKnown, 6);
    EXPECT_EQ(again.skipped, 4);
    EXPECT_EQ(list->count(), 5);
}

TEST(Watchlist, HeaderIsRequired)
{
    QTemporaryDir dir;
    QString error;
    auto list = Watchlist::open(dir.filePath(QStringLiteral("reference.sqlite")), &error);
    ASSERT_TRUE(list);
    const WatchlistImportResult r = list->importCsvData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,address,Chainabuse,,,\n",
                                                        QStringLiteral("noheader.csv"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QLatin1String("header")));
    EXPECT_EQ(list->count(), 0);
    // Columns in another order are fine.
    const WatchlistImportResult reordered =
        list->importCsvData("kind,value,note,date,category,source\naddress,TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL,,,,Tronscan label\n",
                            QStringLiteral("reordered.csv"));
    ASSERT_TRUE(reordered.ok) << reordered.error.toStdString();
    EXPECT_EQ(reordered.imported, 1);
}

TEST(Watchlist, SchemaVersionIsRecordedAndNewerSchemasRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reference.sqlite"));
    QString error;
    {
        auto list = Watchlist::open(path, &error);
        ASSERT_TRUE(list) << error.toStdString();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-check"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT version FROM reference_schema_versions WHERE component = 'watchlist'")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), Watchlist::schemaVersion());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE reference_schema_versions SET version = 99 WHERE component = 'watchlist'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-check"));
    EXPECT_FALSE(Watchlist::open(path, &error));
    EXPECT_TRUE(error.contains(QLatin1String("newer"))) << error.toStdString();
}

TEST(Watchlist, MatchesAreFlaggedWithTheirSource)
{
    QTemporaryDir dir;
    QString error;
    auto list = Watchlist::open(dir.filePath(QStringLiteral("reference.sqlite")), &error);
    ASSERT_TRUE(list);
    ASSERT_TRUE(list->importCsvData(kCsv, QStringLiteral("list.csv")).ok);
    QList<Indicator> found = extractIndicators(QStringLiteral(
        "Send to 0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, see "
        "https://login.binance-support.com/x, mail admin@evil-exchange.top, call 9123 4567. Clean: 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"));
    matchWatchlist(&found, *list);
    ASSERT_EQ(found.size(), 6);
    for (int k = 0; k < 5; ++k) {
        ASSERT_EQ(found[k].watchlist.size(), 1) << found[k].value.toStdString();
        EXPECT_TRUE(found[k].nextSteps.first().contains(found[k].watchlist.first().source)) << found[k].value.toStdString();
    }
    EXPECT_EQ(found[0].watchlist.first().source, QStringLiteral("Chainabuse"));
    EXPECT_EQ(found[0].watchlist.first().note, QStringLiteral("reported by two victims, HK"));
    EXPECT_EQ(found[2].watchlist.first().note, QStringLiteral("fake \"support\" site"));
    EXPECT_EQ(found[3].watchlist.first().note, QStringLiteral("note with\nline break"));
    EXPECT_TRUE(found[5].watchlist.isEmpty());
    EXPECT_EQ(toJson(found[0]).value(QStringLiteral("watchlist")).toArray().size(), 1);
}

TEST(Watchlist, CanonicalForms)
{
    EXPECT_EQ(canonicalIndicator(QStringLiteral("address"), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")),
              QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
    EXPECT_EQ(canonicalIndicator(QStringLiteral("address"), QStringLiteral("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")),
              QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
    EXPECT_EQ(canonicalIndicator(QStringLiteral("domain"), QStringLiteral("Binance-Support.COM.")), QStringLiteral("binance-support.com"));
    EXPECT_EQ(canonicalIndicator(QStringLiteral("domain"), QStringLiteral("bin") + QChar(0x0430) + QStringLiteral("nce.com")),
              QStringLiteral("xn--binnce-5nf.com"));
    EXPECT_EQ(canonicalIndicator(QStringLiteral("phone"), QStringLiteral("9123 4567")), QStringLiteral("+85291234567"));
    EXPECT_EQ(canonicalIndicator(QStringLiteral("tx_hash"), QStringLiteral("0xABCDEF") + QString(58, QLatin1Char('0'))),
              QStringLiteral("abcdef") + QString(58, QLatin1Char('0')));
    QString problem;
    EXPECT_TRUE(canonicalIndicator(QStringLiteral("domain"), QStringLiteral("not a domain"), &problem).isEmpty());
    EXPECT_FALSE(problem.isEmpty());
}

TEST(Watchlist, SourcesAreListedWithTheirCountsAndCanBeRemoved)
{
    QTemporaryDir dir;
    QString error;
    auto list = Watchlist::open(dir.filePath(QStringLiteral("nested/folder/watchlists.sqlite")), &error);
    ASSERT_TRUE(list) << "the folder is created: " << error.toStdString();
    ASSERT_TRUE(list->importCsvData(kCsv, QStringLiteral("list.csv")).ok);
    const QByteArray second = "value,kind,source,category,date,note\n"
                              "scam-wallet.eth,ens,ADCC,drainer,2024-06-30,\n";
    ASSERT_TRUE(list->importCsvData(second, QStringLiteral("ens.csv")).ok);

    const QList<WatchlistSource> sources = list->sources();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_EQ(sources[0].source, QStringLiteral("ADCC"));
    EXPECT_EQ(sources[0].entries, 4); // bech32 address, evil-exchange.top, the phone number, the ENS name
    EXPECT_EQ(sources[0].kinds, (QStringList{QStringLiteral("address"), QStringLiteral("domain"), QStringLiteral("ens"), QStringLiteral("phone")}));
    EXPECT_EQ(sources[0].categories,
              (QStringList{QStringLiteral("drainer"), QStringLiteral("fake platform"), QStringLiteral("impersonation"), QStringLiteral("investment")}));
    EXPECT_EQ(sources[0].newestListing, QStringLiteral("2024-06-30"));
    EXPECT_FALSE(sources[0].lastImported.isEmpty());
    EXPECT_EQ(sources[1].source, QStringLiteral("Chainabuse"));
    EXPECT_EQ(sources[1].entries, 1);
    EXPECT_EQ(sources[2].source, QStringLiteral("Scameter"));

    const QList<WatchlistImportRecord> log = list->imports();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].file, QStringLiteral("ens.csv")) << "newest first";
    EXPECT_EQ(log[1].file, QStringLiteral("list.csv"));
    EXPECT_EQ(log[1].imported, 5);
    EXPECT_EQ(log[1].alreadyKnown, 1);
    EXPECT_EQ(log[1].skipped, 4);

    int removed = 0;
    ASSERT_TRUE(list->removeSource(QStringLiteral("ADCC"), &removed, &error)) << error.toStdString();
    EXPECT_EQ(removed, 4);
    EXPECT_EQ(list->count(), 2);
    ASSERT_EQ(list->sources().size(), 2);
    EXPECT_EQ(list->sources().first().source, QStringLiteral("Chainabuse"));
    EXPECT_TRUE(list->find(QStringLiteral("ens"), QStringLiteral("scam-wallet.eth")).isEmpty());
    EXPECT_EQ(list->find(QStringLiteral("domain"), QStringLiteral("binance-support.com")).size(), 1) << "other sources stay";
    EXPECT_EQ(list->imports().size(), 2) << "the log keeps its history";
    ASSERT_TRUE(list->removeSource(QStringLiteral("nobody"), &removed, &error));
    EXPECT_EQ(removed, 0);
}

TEST(Watchlist, DefaultPathIsItsOwnFileBesideTheReferenceIndex)
{
    const QString path = Watchlist::defaultPath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/watchlists.sqlite"))) << path.toStdString();
    EXPECT_FALSE(path.contains(QStringLiteral("reference-index")));
}
