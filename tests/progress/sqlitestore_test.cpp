#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace cca::progress;

namespace {

// Runs SQL on the file through a separate connection, as another program would.
QVariant rawQuery(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            result = q.value(0);
        else if (q.lastError().isValid())
            result = QStringLiteral("ERROR: ") + q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Officer makeOfficer(const QString &serviceNumber)
{
    Officer o;
    o.displayName = QStringLiteral("Officer ") + serviceNumber;
    o.serviceNumber = serviceNumber;
    o.unit = QStringLiteral("Cyber Unit");
    o.role = QStringLiteral("trainee");
    return o;
}

class SqliteStoreTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("progress.sqlite")); }
};

} // namespace

TEST_F(SqliteStoreTest, FreshInstallRunsEveryMigrationWithWalAndForeignKeys)
{
    OpenResult r = SqliteProgressStore::open(path());
    ASSERT_TRUE(r.store) << r.error.toStdString();
    EXPECT_TRUE(r.movedAsidePath.isEmpty());
    auto *store = static_cast<SqliteProgressStore *>(r.store.get());
    EXPECT_EQ(store->schemaVersion(), SqliteProgressStore::latestSchemaVersion());
    EXPECT_EQ(rawQuery(path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(SqliteStoreTest, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    {
        OpenResult r = SqliteProgressStore::open(path());
        ASSERT_TRUE(r.store);
        Officer o = makeOfficer(QStringLiteral("1001"));
        QString error;
        ASSERT_TRUE(r.store->addOfficer(o, &error)) << error.toStdString();
        ASSERT_TRUE(r.store->record(Event::make(o.id, Verbs::Launched, QStringLiteral("m"), QStringLiteral("1.0.0"),
                                                ObjectTypes::Module, QStringLiteral("m")),
                                    &error));
    }
    OpenResult again = SqliteProgressStore::open(path());
    ASSERT_TRUE(again.store);
    ASSERT_EQ(again.store->officers().size(), 1);
    EXPECT_EQ(again.store->events(again.store->officers().first().id).size(), 1);
}

TEST_F(SqliteStoreTest, DatabaseFromANewerVersionIsRefusedAndLeftUntouched)
{
    { ASSERT_TRUE(SqliteProgressStore::open(path()).store); }
    rawQuery(path(), QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = [&] { QFile f(path()); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    OpenResult r = SqliteProgressStore::open(path());
    EXPECT_FALSE(r.store);
    EXPECT_TRUE(r.error.contains(QStringLiteral("newer version"))) << r.error.toStdString();
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST_F(SqliteStoreTest, NonDatabaseFileIsMovedAsideNeverOverwritten)
{
    cca::test::writeFile(path(), "this is not a database, but somebody's precious file\n");
    OpenResult r = SqliteProgressStore::open(path());
    ASSERT_TRUE(r.store) << r.error.toStdString();
    ASSERT_FALSE(r.movedAsidePath.isEmpty());
    QFile aside(r.movedAsidePath);
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), QByteArray("this is not a database, but somebody's precious file\n"));
    EXPECT_TRUE(r.store->officers().isEmpty());
}

TEST_F(SqliteStoreTest, DamagedDatabaseIsDetectedAndMovedAside)
{
    {
        OpenResult r = SqliteProgressStore::open(path());
        ASSERT_TRUE(r.store);
        QString error;
        for (int i = 0; i < 300; ++i) {
            Officer o = makeOfficer(QString::number(5000 + i));
            ASSERT_TRUE(r.store->addOfficer(o, &error));
        }
    }
    rawQuery(path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 8192);
    f.seek(4096); // every page after the first: the tables' b-trees
    f.write(QByteArray(int(f.size()) - 4096, '\xAB'));
    f.close();
    OpenResult r = SqliteProgressStore::open(path());
    ASSERT_TRUE(r.store) << r.error.toStdString();
    EXPECT_FALSE(r.movedAsidePath.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(r.movedAsidePath));
}

TEST_F(SqliteStoreTest, ServiceNumbersAreUnique)
{
    OpenResult r = SqliteProgressStore::open(path());
    Officer a = makeOfficer(QStringLiteral("42"));
    Officer b = makeOfficer(QStringLiteral("42"));
    QString error;
    ASSERT_TRUE(r.store->addOfficer(a, &error));
    EXPECT_FALSE(r.store->addOfficer(b, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("42")));
    Officer c = makeOfficer(QStringLiteral("43"));
    c.role = QStringLiteral("boss");
    EXPECT_FALSE(r.store->addOfficer(c, &error));
}

TEST_F(SqliteStoreTest, EventsAreAppendOnly)
{
    OpenResult r = SqliteProgressStore::open(path());
    Officer o = makeOfficer(QStringLiteral("7"));
    QString error;
    ASSERT_TRUE(r.store->addOfficer(o, &error));
    ASSERT_TRUE(r.store->record(Event::make(o.id, Verbs::Launched, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Module,
                                            QStringLiteral("m")),
                                &error));
    EXPECT_TRUE(rawQuery(path(), QStringLiteral("UPDATE events SET verb = 'x'")).toString().contains(QStringLiteral("append-only")));
    EXPECT_TRUE(rawQuery(path(), QStringLiteral("DELETE FROM events")).toString().contains(QStringLiteral("append-only")));
    EXPECT_EQ(r.store->events(o.id).size(), 1);
}

TEST_F(SqliteStoreTest, ABatchIsStoredWhollyOrNotAtAll)
{
    OpenResult r = SqliteProgressStore::open(path());
    Officer o = makeOfficer(QStringLiteral("8"));
    QString error;
    ASSERT_TRUE(r.store->addOfficer(o, &error));
    const Event good = Event::make(o.id, Verbs::Launched, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Module, QStringLiteral("m"));
    Event duplicate = good; // same UUID: violates uniqueness
    EXPECT_FALSE(r.store->record(QList<Event>{good, duplicate}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(r.store->events(o.id).isEmpty());
    Event orphan = Event::make(QStringLiteral("no-such-officer"), Verbs::Launched, QStringLiteral("m"), QString(), ObjectTypes::Module, QString());
    EXPECT_FALSE(r.store->record(orphan, &error)) << "foreign keys must be enforced";
}

TEST_F(SqliteStoreTest, EventsRoundTripWithTheirData)
{
    OpenResult r = SqliteProgressStore::open(path());
    Officer o = makeOfficer(QStringLiteral("9"));
    QString error;
    ASSERT_TRUE(r.store->addOfficer(o, &error));
    Event e = Event::make(o.id, Verbs::Progressed, QStringLiteral("crypto-basics"), QStringLiteral("1.2.0"), ObjectTypes::Lesson,
                          QStringLiteral("wallets"), {{QStringLiteral("position"), 0.25}});
    ASSERT_TRUE(r.store->record(e, &error));
    const QList<Event> back = r.store->events(o.id, QStringLiteral("crypto-basics"));
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].id, e.id);
    EXPECT_EQ(back[0].moduleVersion, QStringLiteral("1.2.0"));
    EXPECT_DOUBLE_EQ(back[0].data.value(QStringLiteral("position")).toDouble(), 0.25);
    EXPECT_EQ(back[0].timestamp.toMSecsSinceEpoch(), e.timestamp.toMSecsSinceEpoch());
    EXPECT_TRUE(r.store->events(o.id, QStringLiteral("other")).isEmpty());
}

TEST(OpenProgressStore, AcceptsPathsAndSqliteUrlsAndExplainsPostgres)
{
    QTemporaryDir dir;
    EXPECT_TRUE(openProgressStore(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.sqlite"))).store);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("a.sqlite"))));
    OpenResult pg = openProgressStore(QStringLiteral("postgresql://officer@localhost:5432/cca"));
    EXPECT_FALSE(pg.store);
    EXPECT_FALSE(pg.error.isEmpty());
}

TEST_F(SqliteStoreTest, ImportingRecordsTwiceAddsNothingTheSecondTime)
{
    QTemporaryDir other;
    OpenResult source = SqliteProgressStore::open(other.filePath(QStringLiteral("station-b.sqlite")));
    Officer o = makeOfficer(QStringLiteral("B-1"));
    QString error;
    ASSERT_TRUE(source.store->addOfficer(o, &error));
    const QDateTime base(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        Event e = Event::make(o.id, Verbs::Progressed, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Lesson,
                              QStringLiteral("l"), {{QStringLiteral("position"), i / 5.0}});
        e.timestamp = base.addSecs(60 * i);
        ASSERT_TRUE(source.store->record(e, &error));
    }
    const QList<Event> bundle = source.store->allEvents();
    ASSERT_EQ(bundle.size(), 5);

    OpenResult target = SqliteProgressStore::open(path());
    ProgressStore::ImportCounts counts;
    ASSERT_TRUE(target.store->importRecords(source.store->officers(), bundle, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 1);
    EXPECT_EQ(counts.newEvents, 5);
    ASSERT_TRUE(target.store->importRecords(source.store->officers(), bundle, &counts, &error));
    EXPECT_EQ(counts.newOfficers, 0);
    EXPECT_EQ(counts.newEvents, 0);
    EXPECT_EQ(counts.knownEvents, 5);
    const QList<Event> merged = target.store->events(o.id);
    ASSERT_EQ(merged.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(merged[i].id, bundle[i].id);
    EXPECT_EQ(target.store->allEvents(bundle[3].timestamp).size(), 2) << "since a point in time";
}
