#include "progress/postgresprogressstore.h"
#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

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

// Events are written through SQLite's own interface here (the connection runs on the SQLite this
// program links); what a failed write says must read as Qt's driver words it.
TEST_F(SqliteStoreTest, EventWritesFailWithQtsWording)
{
    EXPECT_EQ(rawQuery(path(), QStringLiteral("SELECT sqlite_source_id()")).toString(), QString::fromLatin1(sqlite3_sourceid()))
        << "Qt's SQLite plugin runs on another SQLite: events are written through Qt SQL";
    OpenResult r = SqliteProgressStore::open(path());
    ASSERT_TRUE(r.store) << r.error.toStdString();
    Officer o = makeOfficer(QStringLiteral("E-1"));
    QString error;
    ASSERT_TRUE(r.store->addOfficer(o, &error)) << error.toStdString();
    Event first = Event::make(o.id, Verbs::Launched, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Module, QStringLiteral("m"));
    ASSERT_TRUE(r.store->record(first, &error)) << error.toStdString();

    // The same failing rows through a plain Qt connection give Qt's wording.
    const auto qtError = [&](const QVariant &id, const QString &officer) {
        const QString name = QUuid::createUuid().toString();
        QString text;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            db.open();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO events (id, officer_id, verb, module_id, module_version, object_type, object_id, data, "
                                     "created_at) VALUES (?, ?, 'launched', 'm', '1.0.0', 'module', 'm', '{}', '2026-01-01T00:00:00.000Z')"));
            q.addBindValue(id);
            q.addBindValue(officer);
            EXPECT_FALSE(q.exec());
            text = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return text;
    };

    Event again = first;
    EXPECT_FALSE(r.store->record(again, &error));
    EXPECT_EQ(error, qtError(first.id, o.id));
    EXPECT_TRUE(error.contains(QStringLiteral("UNIQUE"))) << error.toStdString();

    Event stranger = Event::make(QStringLiteral("nobody"), Verbs::Launched, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Module,
                                 QStringLiteral("m"));
    EXPECT_FALSE(r.store->record(stranger, &error));
    EXPECT_EQ(error, qtError(stranger.id, QStringLiteral("nobody")));

    Event noId = first;
    noId.id.clear();
    ProgressStore::ImportCounts counts;
    EXPECT_FALSE(r.store->importRecords({}, {noId}, &counts, &error));
    EXPECT_EQ(error, qtError(QVariant(QString()), o.id));
    EXPECT_EQ(r.store->events(o.id).size(), 1);
}

// A large import into a small log drops the officer/module index and builds it again after the
// rows (see SqliteProgressStore::insertEvents); the index must come back exactly as the migration
// made it, and survive an import that fails half-way.
TEST_F(SqliteStoreTest, LargeImportsRebuildTheLookupIndexAndAFailedOneKeepsIt)
{
    const QString indexSql = QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'events_by_officer_module'");
    EXPECT_EQ(SqliteProgressStore::indexRebuildThreshold(), 100000);
    SqliteProgressStore::setIndexRebuildThreshold(2000); // the same path on less data
    const auto restore = qScopeGuard([] { SqliteProgressStore::setIndexRebuildThreshold(100000); });
    OpenResult r = SqliteProgressStore::open(path());
    ASSERT_TRUE(r.store) << r.error.toStdString();
    const QString original = rawQuery(path(), indexSql).toString();
    ASSERT_TRUE(original.startsWith(QStringLiteral("CREATE INDEX"))) << original.toStdString();

    QList<Officer> officers;
    for (int i = 0; i < 50; ++i) {
        Officer o = makeOfficer(QStringLiteral("L-%1").arg(i));
        o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        officers << o;
    }
    QList<Event> events;
    events.reserve(2500);
    for (int i = 0; i < 2500; ++i)
        events << Event::make(officers.at(i % 50).id, Verbs::Progressed, i % 3 ? QStringLiteral("wallets") : QStringLiteral("tracing"),
                              QStringLiteral("1.0.0"), ObjectTypes::Lesson, QStringLiteral("l1"), {{QStringLiteral("position"), i}});

    // Fails on the very last row (an unknown officer): nothing is kept, the index is still there.
    QList<Event> failing = events;
    failing.last().officerId = QStringLiteral("nobody");
    ProgressStore::ImportCounts counts;
    QString error;
    EXPECT_FALSE(r.store->importRecords(officers, failing, &counts, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("FOREIGN KEY"))) << error.toStdString();
    EXPECT_EQ(rawQuery(path(), QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
    EXPECT_EQ(rawQuery(path(), indexSql).toString(), original);

    ASSERT_TRUE(r.store->importRecords(officers, events, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newEvents, 2500);
    EXPECT_EQ(rawQuery(path(), indexSql).toString(), original);
    EXPECT_EQ(rawQuery(path(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const QList<Event> back = r.store->events(officers.at(7).id);
    ASSERT_EQ(back.size(), 50);
    EXPECT_EQ(back.first().id, events.at(7).id);
    EXPECT_EQ(back.last().id, events.at(2457).id);

    // Importing the same records again adds nothing.
    ASSERT_TRUE(r.store->importRecords(officers, events, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newEvents, 0);
    EXPECT_EQ(counts.knownEvents, 2500);
    EXPECT_EQ(rawQuery(path(), indexSql).toString(), original);
}

// A new migration goes into both backends in the same release, with the same number.
TEST(SchemaVersions, SqliteAndPostgresqlStayInStep)
{
    EXPECT_EQ(SqliteProgressStore::latestSchemaVersion(), PostgresProgressStore::latestSchemaVersion());
}

TEST(OpenProgressStore, AcceptsPathsAndSqliteAndFileUrls)
{
    QTemporaryDir dir;
    EXPECT_TRUE(openProgressStore(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.sqlite"))).store);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("a.sqlite"))));
    EXPECT_TRUE(openProgressStore(QStringLiteral("file:") + dir.filePath(QStringLiteral("b.sqlite"))).store);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("b.sqlite"))));
    EXPECT_TRUE(openProgressStore(dir.filePath(QStringLiteral("c.sqlite"))).store);
    EXPECT_FALSE(isServerAddress(dir.filePath(QStringLiteral("c.sqlite"))));
    EXPECT_TRUE(isServerAddress(QStringLiteral("postgresql://u@h/db")));
    EXPECT_TRUE(isServerAddress(QStringLiteral("postgres://u@h/db")));
}

