// What only the central PostgreSQL store has to get right: addresses and passwords, and many
// stations writing at the same time.
#include "progress/postgresprogressstore.h"
#include "support/testdatabase.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QUrl>
#include <QUuid>

#include <atomic>
#include <thread>
#include <vector>

using namespace cca::progress;
using cca::test::TestDatabase;

namespace {

// CCA_DB_PASSWORD and libpq's PGPASSWORD must not help where a test wants no password.
class NoPasswordInEnvironment
{
public:
    NoPasswordInEnvironment() : m_cca(qgetenv("CCA_DB_PASSWORD")), m_pg(qgetenv("PGPASSWORD"))
    {
        qunsetenv("CCA_DB_PASSWORD");
        qunsetenv("PGPASSWORD");
    }
    ~NoPasswordInEnvironment()
    {
        if (!m_cca.isEmpty())
            qputenv("CCA_DB_PASSWORD", m_cca);
        if (!m_pg.isEmpty())
            qputenv("PGPASSWORD", m_pg);
    }

private:
    QByteArray m_cca, m_pg;
};

Officer station(int n)
{
    Officer o;
    o.displayName = QStringLiteral("Station officer %1").arg(n);
    o.serviceNumber = QStringLiteral("ST-%1").arg(n);
    o.role = QStringLiteral("trainee");
    return o;
}

} // namespace

TEST(PostgresStore, TheTestClusterIsRunning)
{
    const TestDatabase::Server server = TestDatabase::server();
    ASSERT_TRUE(server.error.isEmpty()) << server.error.toStdString();
    NoPasswordInEnvironment clean;
    OpenResult r = PostgresProgressStore::open(server.url, server.password);
    ASSERT_TRUE(r.store) << r.error.toStdString();
}

TEST(PostgresStore, APasswordIsAskedForWhenMissingOrWrongAndNeverShown)
{
    TestDatabase db(QStringLiteral("postgresql"));
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    NoPasswordInEnvironment clean;

    OpenResult missing = openProgressStore(db.location());
    EXPECT_FALSE(missing.store);
    EXPECT_TRUE(missing.needsPassword);
    EXPECT_TRUE(missing.error.contains(QStringLiteral("asks for a password"))) << missing.error.toStdString();

    OpenResult wrong = openProgressStore(db.location(), QStringLiteral("not-the-password"));
    EXPECT_FALSE(wrong.store);
    EXPECT_TRUE(wrong.needsPassword);
    EXPECT_TRUE(wrong.error.contains(QStringLiteral("refused the password"))) << wrong.error.toStdString();
    EXPECT_FALSE(wrong.error.contains(QStringLiteral("not-the-password")));

    OpenResult right = openProgressStore(db.location(), db.password());
    ASSERT_TRUE(right.store) << right.error.toStdString();
    EXPECT_FALSE(right.store->description().contains(db.password()));
    right = {};

    qputenv("CCA_DB_PASSWORD", db.password().toUtf8());
    OpenResult fromEnvironment = openProgressStore(db.location());
    qunsetenv("CCA_DB_PASSWORD");
    EXPECT_TRUE(fromEnvironment.store) << fromEnvironment.error.toStdString();

    // A password written into the address works, but is never repeated in messages.
    QUrl withPassword(db.location());
    withPassword.setPassword(db.password());
    EXPECT_FALSE(PostgresProgressStore::redacted(withPassword.toString()).contains(db.password()));
}

TEST(PostgresStore, BadAddressesAreExplained)
{
    NoPasswordInEnvironment clean;
    OpenResult noUser = openProgressStore(QStringLiteral("postgresql://127.0.0.1:5999/cca"));
    EXPECT_TRUE(noUser.error.contains(QStringLiteral("names no user"))) << noUser.error.toStdString();
    OpenResult noDatabase = openProgressStore(QStringLiteral("postgresql://cca@127.0.0.1:5999/"));
    EXPECT_TRUE(noDatabase.error.contains(QStringLiteral("postgresql://user@host:port/database"))) << noDatabase.error.toStdString();
    OpenResult badOption = openProgressStore(QStringLiteral("postgresql://cca@127.0.0.1:5999/cca?password=x"));
    EXPECT_TRUE(badOption.error.contains(QStringLiteral("not allowed"))) << badOption.error.toStdString();
    OpenResult nobodyThere = openProgressStore(QStringLiteral("postgresql://cca@127.0.0.1:1/cca"), QStringLiteral("x"));
    EXPECT_FALSE(nobodyThere.store);
    EXPECT_FALSE(nobodyThere.needsPassword);
    EXPECT_TRUE(nobodyThere.error.startsWith(QStringLiteral("Cannot connect to postgresql://cca@127.0.0.1:1/cca"))) << nobodyThere.error.toStdString();
}

// Eight stations start at once against a fresh database (they must migrate it exactly once), then
// each records its own events in many small batches while all of them import the same shared
// bundle at the same time. Nothing may be lost and nothing duplicated.
TEST(PostgresStore, EightStationsWritingAtOnceLoseAndDuplicateNothing)
{
    TestDatabase db(QStringLiteral("postgresql"));
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    constexpr int kStations = 8;
    constexpr int kBatches = 25;
    constexpr int kPerBatch = 8;

    Officer shared;
    shared.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    shared.displayName = QStringLiteral("Visiting officer");
    shared.serviceNumber = QStringLiteral("SHARED-1");
    shared.role = QStringLiteral("trainee");
    shared.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<Event> sharedBundle;
    for (int i = 0; i < 60; ++i)
        sharedBundle << Event::make(shared.id, Verbs::Answered, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"),
                                    ObjectTypes::Question, QStringLiteral("q%1").arg(i), {{QStringLiteral("attempt"), QStringLiteral("a1")}});

    std::vector<QStringList> written(kStations);
    std::vector<QString> failures(kStations);
    std::vector<int> newShared(kStations, 0);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int s = 0; s < kStations; ++s) {
        threads.emplace_back([&, s] {
            ++ready;
            while (ready.load() < kStations)
                std::this_thread::yield();
            OpenResult opened = openProgressStore(db.location(), db.password());
            if (!opened.store) {
                failures[s] = QStringLiteral("open: ") + opened.error;
                return;
            }
            QString error;
            Officer me = station(s);
            if (!opened.store->addOfficer(me, &error)) {
                failures[s] = QStringLiteral("officer: ") + error;
                return;
            }
            for (int b = 0; b < kBatches; ++b) {
                QList<Event> batch;
                for (int i = 0; i < kPerBatch; ++i) {
                    batch << Event::make(me.id, Verbs::Progressed, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"),
                                         ObjectTypes::Lesson, QStringLiteral("l%1").arg(i), {{QStringLiteral("position"), b / 25.0}});
                    written[s] << batch.last().id;
                }
                if (!opened.store->record(batch, &error)) {
                    failures[s] = QStringLiteral("batch %1: %2").arg(b).arg(error);
                    return;
                }
                if (b == kBatches / 2) {
                    ProgressStore::ImportCounts counts;
                    if (!opened.store->importRecords({shared}, sharedBundle, &counts, &error)) {
                        failures[s] = QStringLiteral("import: ") + error;
                        return;
                    }
                    newShared[s] = counts.newEvents;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int s = 0; s < kStations; ++s)
        EXPECT_TRUE(failures[s].isEmpty()) << "station " << s << ": " << failures[s].toStdString();

    int sharedTotal = 0;
    for (int n : newShared)
        sharedTotal += n;
    EXPECT_EQ(sharedTotal, 60) << "each shared event is new to exactly one station's import";

    OpenResult check = openProgressStore(db.location(), db.password());
    ASSERT_TRUE(check.store) << check.error.toStdString();
    const int expected = kStations * kBatches * kPerBatch + 60;
    EXPECT_EQ(db.rawQuery(QStringLiteral("SELECT count(*) FROM events")).toInt(), expected);
    EXPECT_EQ(db.rawQuery(QStringLiteral("SELECT count(DISTINCT id) FROM events")).toInt(), expected);
    EXPECT_EQ(db.rawQuery(QStringLiteral("SELECT version FROM cca_schema_version")).toInt(), PostgresProgressStore::latestSchemaVersion());
    EXPECT_EQ(db.rawQuery(QStringLiteral("SELECT count(*) FROM cca_schema_version")).toInt(), 1);
    EXPECT_EQ(check.store->officers().size(), kStations + 1);
    for (const Officer &o : check.store->officers()) {
        if (o.id == shared.id) {
            EXPECT_EQ(check.store->events(o.id).size(), 60);
            continue;
        }
        const int s = o.serviceNumber.mid(3).toInt();
        QStringList stored;
        for (const Event &e : check.store->events(o.id))
            stored << e.id;
        EXPECT_EQ(stored, written[size_t(s)]) << "station " << s << "'s events, all of them, in the order written";
    }
}

TEST(PostgresStore, TheCommandLineWorksOnTheCentralStoreWithThePasswordFromTheEnvironment)
{
    TestDatabase db(QStringLiteral("postgresql"));
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    const QStringList env{QStringLiteral("CCA_DB_PASSWORD=") + db.password(), QStringLiteral("PGPASSWORD=")};
    const auto populate = cca::test::run(cca::test::cliPath(),
                                         {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("12"),
                                          QStringLiteral("--events"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                                          QStringLiteral("--database"), db.location()},
                                         120000, env);
    ASSERT_EQ(populate.exitCode, 0) << populate.err.toStdString() << populate.out.toStdString();
    const auto list = cca::test::run(cca::test::cliPath(),
                                     {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--database"), db.location()}, 60000, env);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out.trimmed().split(QLatin1Char('\n')).size(), 12);
    EXPECT_FALSE(list.err.contains(QStringLiteral("NOTICE")));

    const auto refused = cca::test::run(cca::test::cliPath(),
                                        {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--database"), db.location()}, 60000,
                                        {QStringLiteral("CCA_DB_PASSWORD="), QStringLiteral("PGPASSWORD=")});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("asks for a password"))) << refused.err.toStdString();
}
