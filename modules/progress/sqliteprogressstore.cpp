#include "progress/sqliteprogressstore.h"

#include "progress/sqltransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <vector>

Q_LOGGING_CATEGORY(lcStore, "cca.progress.sqlite")

namespace cca::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cca::progress::SqliteProgressStore", text);
}

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
        "CREATE INDEX events_by_officer_module ON events (officer_id, module_id, seq)",
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


} // namespace cca::progress
