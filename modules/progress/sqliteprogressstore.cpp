#include "progress/sqliteprogressstore.h"

#include "progress/sqltransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcStore, "cca.progress.sqlite")
Q_DECLARE_LOGGING_CATEGORY(lcSqlStore) // sqlprogressstore.cpp: event writes log there, whichever way they go

namespace cca::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cca::progress::SqliteProgressStore", text);
}

// The events' lookup index. A large import drops it and builds it again afterwards (see
// insertEvents), so its definition lives in one place.
constexpr const char *kEventsByOfficerModule = "CREATE INDEX events_by_officer_module ON events (officer_id, module_id, seq)";

std::atomic<qsizetype> rebuildIndexFrom{100000}; // see SqliteProgressStore::setIndexRebuildThreshold

// Each migration is a list of statements run in one transaction; it moves user_version one step up.
const std::vector<std::vector<const char *>> kMigrations = {
    // 1: officers and the append-only event log
    {
        R"SQL(CREATE TABLE officers (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    service_number TEXT NOT NULL UNIQUE,
    unit TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('trainee', 'trainer', 'admin')),
    created_at TEXT NOT NULL))SQL",
        R"SQL(CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    officer_id TEXT NOT NULL REFERENCES officers(id),
    verb TEXT NOT NULL,
    module_id TEXT NOT NULL DEFAULT '',
    module_version TEXT NOT NULL DEFAULT '',
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL))SQL",
        kEventsByOfficerModule,
        "CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
        "CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
    },
    // 2: sign-in secrets (Argon2id hashes only) and lockout
    {
        "ALTER TABLE officers ADD COLUMN secret_hash TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE officers ADD COLUMN secret_kind TEXT NOT NULL DEFAULT '' CHECK (secret_kind IN ('', 'password', 'pin'))",
        "ALTER TABLE officers ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE officers ADD COLUMN locked_until TEXT NOT NULL DEFAULT ''",
    },
    // 3: cohorts and assignments
    {
        "CREATE TABLE cohorts (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
        "CREATE TABLE cohort_members (cohort_id TEXT NOT NULL REFERENCES cohorts(id), "
        "officer_id TEXT NOT NULL REFERENCES officers(id), PRIMARY KEY (cohort_id, officer_id))",
        "CREATE TABLE assignments (id TEXT PRIMARY KEY, module_id TEXT NOT NULL, "
        "cohort_id TEXT REFERENCES cohorts(id), officer_id TEXT REFERENCES officers(id), due_date TEXT NOT NULL, "
        "assigned_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
        "CHECK ((cohort_id IS NULL) != (officer_id IS NULL)))",
        "CREATE INDEX cohort_members_by_officer ON cohort_members (officer_id)",
    },
    // 4: certificates, signed with a key that exists only in this database
    {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('certificate_key', lower(hex(randomblob(32))))",
        "CREATE TABLE certificates (code TEXT PRIMARY KEY, officer_id TEXT NOT NULL REFERENCES officers(id), "
        "module_id TEXT NOT NULL, module_version TEXT NOT NULL, percent REAL NOT NULL, issued_at TEXT NOT NULL, "
        "signature TEXT NOT NULL, UNIQUE (officer_id, module_id, module_version))",
    },
};

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcStore) << "SQL failed:" << sql << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // an empty file is a fresh database
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int i = 1; QFileInfo::exists(target); ++i)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(i);
    if (!QFile::rename(path, target))
        return {};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

} // namespace

SqliteProgressStore::SqliteProgressStore(const QString &path, const QString &connectionName)
    : SqlProgressStore(path, connectionName)
{
}

OpenResult SqliteProgressStore::open(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = tr("Cannot create the folder for the database: %1").arg(info.absolutePath());
        return result;
    }

    auto tryOpen = [&](QString *problem, bool *damaged) -> std::unique_ptr<SqliteProgressStore> {
        *damaged = false;
        if (QFileInfo::exists(path) && !looksLikeSqlite(path)) {
            *damaged = true;
            *problem = tr("the file is not a SQLite database");
            return nullptr;
        }
        const QString name = QStringLiteral("cca-progress-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::unique_ptr<SqliteProgressStore> store(new SqliteProgressStore(path, name));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(path);
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!d.open()) {
                *problem = d.lastError().text();
                return nullptr;
            }
        }
        QSqlQuery check(store->db());
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
            *damaged = true;
            *problem = check.lastError().text();
            return nullptr;
        }
        if (check.value(0).toString() != QLatin1String("ok")) {
            *damaged = true;
            *problem = check.value(0).toString();
            return nullptr;
        }
        check.finish();
        QString err;
        if (!exec(store->db(), QStringLiteral("PRAGMA journal_mode=WAL"), &err)
            || !exec(store->db(), QStringLiteral("PRAGMA synchronous=NORMAL"), &err)
            || !exec(store->db(), QStringLiteral("PRAGMA foreign_keys=ON"), &err)
            // Up to 64 MiB of page cache (taken only as a database grows; SQLite's default is 2 MB):
            // writing into a database of a million events touches pages all over its indexes, and a
            // small cache spills and rereads them (see docs/performance.md).
            || !exec(store->db(), QStringLiteral("PRAGMA cache_size=-65536"), &err)) {
            *problem = err;
            return nullptr;
        }
        return store;
    };

    QString problem;
    bool damaged = false;
    auto store = tryOpen(&problem, &damaged);
    if (!store && damaged) {
        qCWarning(lcStore) << "damaged database" << path << problem;
        const QString aside = moveAside(path);
        if (aside.isEmpty()) {
            result.error = tr("The database %1 is damaged (%2) and could not be moved aside.").arg(path, problem);
            return result;
        }
        result.movedAsidePath = aside;
        store = tryOpen(&problem, &damaged);
    }
    if (!store) {
        result.error = tr("Cannot open the database %1: %2").arg(path, problem);
        return result;
    }
    const int version = store->schemaVersion();
    if (version > latestSchemaVersion()) {
        result.error = tr("The database %1 was written by a newer version of Crypto Crime Academy "
                          "(schema %2; this version knows %3). Update the app; the file was not changed.")
                           .arg(path)
                           .arg(version)
                           .arg(latestSchemaVersion());
        return result;
    }
    QString err;
    if (!store->migrate(&err)) {
        result.error = tr("Cannot prepare the database %1: %2").arg(path, err);
        return result;
    }
    store->m_writeDirectly = store->canWriteDirectly();
    result.store = std::move(store);
    return result;
}

int SqliteProgressStore::latestSchemaVersion()
{
    return int(kMigrations.size());
}

int SqliteProgressStore::schemaVersion()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteProgressStore::migrate(QString *error)
{
    const int count = int(kMigrations.size());
    for (int version = schemaVersion(); version < count; ++version) {
        SqlTransaction tx(db());
        if (!tx.isActive()) {
            *error = db().lastError().text();
            return false;
        }
        for (const char *statement : kMigrations[size_t(version)])
            if (!exec(db(), QString::fromUtf8(statement), error))
                return false;
        if (!exec(db(), QStringLiteral("PRAGMA user_version=%1").arg(version + 1), error))
            return false;
        if (!tx.commit()) {
            *error = db().lastError().text();
            return false;
        }
    }
    return true;
}

sqlite3 *SqliteProgressStore::connectionHandle() const
{
    const QVariant handle = db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Qt's driver hands out its SQLite handle for uses like this one (QSqlDriver::handle()). It is only
// used when the connection runs on the very SQLite this program links, which is the case when Qt's
// SQLite plugin uses the system library (Debian and Ubuntu): the same source id through the
// connection as here. A Qt with an SQLite of its own inside keeps every write on Qt SQL.
bool SqliteProgressStore::canWriteDirectly()
{
    if (!connectionHandle() || sqlite3_initialize() != SQLITE_OK)
        return false;
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
           && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
}

// The same statement and values as the Qt SQL path, bound without it: through Qt, every value bound
// costs a placeholder lookup and QVariant copies that together take longer than SQLite's own work
// for the row (importing a million events: about 17 s through Qt, 13 s directly; see
// docs/performance.md). Text is bound as UTF-16 as Qt's driver does, and a failure reads exactly as
// Qt's driver words it.
void SqliteProgressStore::setIndexRebuildThreshold(qsizetype events)
{
    rebuildIndexFrom = std::max<qsizetype>(1, events);
}

qsizetype SqliteProgressStore::indexRebuildThreshold()
{
    return rebuildIndexFrom;
}

bool SqliteProgressStore::insertEvents(const QList<Event> &events, EventRows::Mode mode, qsizetype *added, QString *error)
{
    sqlite3 *handle = m_writeDirectly ? connectionHandle() : nullptr;
    if (!handle)
        return SqlProgressStore::insertEvents(events, mode, added, error);
    const auto fail = [&](const char *what, QSqlError::ErrorType type, int code) {
        const QSqlError e(QCoreApplication::translate("QSQLiteResult", what),
                          QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(handle))), type, QString::number(code));
        if (mode == EventRows::Mode::Record)
            qCWarning(lcSqlStore) << "insert event failed:" << e.text();
        if (error)
            *error = e.text();
        return false;
    };
    QStringList placeholders;
    for (int i = 0; i < EventRows::kColumns; ++i)
        placeholders << QStringLiteral("?");
    const QByteArray sql = EventRows::insertSql(placeholders, mode).toUtf8();
    sqlite3_stmt *prepared = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(prepared, &sqlite3_finalize);
    if (rc != SQLITE_OK)
        return fail(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to execute statement"), QSqlError::StatementError, rc);
    // A large import into a small log: inserting a million rows one by one into the officer/module
    // index costs more than sorting them once, so the index is dropped and built again after the
    // rows, in the same transaction (importRecords holds it; a failure rolls both back).
    bool rebuildIndex = false;
    if (mode == EventRows::Mode::Import && events.size() >= rebuildIndexFrom.load() && !sqlite3_get_autocommit(handle)) {
        sqlite3_stmt *countStatement = nullptr;
        qint64 existing = 0;
        if (sqlite3_prepare_v2(handle, "SELECT coalesce(max(seq), 0) FROM events", -1, &countStatement, nullptr) == SQLITE_OK
            && sqlite3_step(countStatement) == SQLITE_ROW)
            existing = sqlite3_column_int64(countStatement, 0);
        sqlite3_finalize(countStatement);
        if (existing <= events.size()) {
            rc = sqlite3_exec(handle, "DROP INDEX events_by_officer_module", nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return fail(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to execute statement"), QSqlError::StatementError, rc);
            rebuildIndex = true;
        }
    }
    EventRows::DataTexts dataTexts(events);
    qsizetype inserted = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto row = EventRows::row(events.at(i), mode, dataTexts.take(i)); // alive until the step
        for (int c = 0; c < EventRows::kColumns; ++c) {
            const QString &value = row[size_t(c)];
            rc = value.isNull() ? sqlite3_bind_null(prepared, c + 1)
                                : sqlite3_bind_text16(prepared, c + 1, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
            if (rc != SQLITE_OK)
                return fail(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to bind parameters"), QSqlError::StatementError, rc);
        }
        rc = sqlite3_step(prepared);
        if (rc != SQLITE_DONE) {
            if (rc == SQLITE_ERROR)
                rc = sqlite3_reset(prepared); // the specific error, as Qt's driver reports it
            return fail(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to fetch row"), QSqlError::ConnectionError, rc);
        }
        inserted += sqlite3_changes(handle);
        sqlite3_reset(prepared);
    }
    if (rebuildIndex) {
        rc = sqlite3_exec(handle, kEventsByOfficerModule, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return fail(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to execute statement"), QSqlError::StatementError, rc);
    }
    if (added)
        *added = inserted;
    return true;
}

} // namespace cca::progress
