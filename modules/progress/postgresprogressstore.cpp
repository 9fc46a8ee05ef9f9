#include "progress/postgresprogressstore.h"

#include "progress/sqltransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <vector>

Q_LOGGING_CATEGORY(lcPgStore, "cca.progress.postgresql")

namespace cca::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cca::progress::PostgresProgressStore", text);
}

// The same tables as the SQLite store (timestamps stay ISO-8601 text, so both backends sort and
// compare them alike), in PostgreSQL's dialect. Each migration runs in one transaction and moves
// cca_schema_version one step up. "%RANDOM_KEY%" is replaced by 32 random bytes in hex.
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
    seq BIGSERIAL PRIMARY KEY,
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
        "CREATE INDEX events_by_time ON events (created_at)",
        "CREATE FUNCTION cca_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$BEGIN RAISE EXCEPTION 'events are append-only'; END$$",
        "CREATE TRIGGER events_are_append_only BEFORE UPDATE OR DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION cca_events_are_append_only()",
        "CREATE TRIGGER events_are_never_truncated BEFORE TRUNCATE ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION cca_events_are_append_only()",
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
        "CHECK ((cohort_id IS NULL) <> (officer_id IS NULL)))",
        "CREATE INDEX cohort_members_by_officer ON cohort_members (officer_id)",
    },
    // 4: certificates, signed with a key that exists only in this database
    {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('certificate_key', '%RANDOM_KEY%')",
        "CREATE TABLE certificates (code TEXT PRIMARY KEY, officer_id TEXT NOT NULL REFERENCES officers(id), "
        "module_id TEXT NOT NULL, module_version TEXT NOT NULL, percent DOUBLE PRECISION NOT NULL, issued_at TEXT NOT NULL, "
        "signature TEXT NOT NULL, UNIQUE (officer_id, module_id, module_version))",
    },
};

QString randomKeyHex()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / int(sizeof(quint32)));
    return QString::fromLatin1(key.toHex());
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcPgStore) << "SQL failed:" << sql.left(120) << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool asksForPassword(const QString &message)
{
    return message.contains(QLatin1String("no password supplied")) || message.contains(QLatin1String("password authentication failed"))
           || message.contains(QLatin1String("password is required"));
}

} // namespace

PostgresProgressStore::PostgresProgressStore(const QString &description, const QString &connectionName)
    : SqlProgressStore(description, connectionName)
{
}

int PostgresProgressStore::latestSchemaVersion()
{
    return int(kMigrations.size());
}

QString PostgresProgressStore::redacted(const QString &url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString();
}

QString PostgresProgressStore::addressProblem(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString shown = redacted(url);
    const QString database = u.path().mid(1);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")) || u.host().isEmpty()
        || database.isEmpty() || database.contains(QLatin1Char('/')))
        return tr("%1 is not a PostgreSQL address. Write it as postgresql://user@host:port/database.").arg(shown);
    if (u.userName().isEmpty())
        return tr("The address %1 names no user. Write it as postgresql://user@host:port/database.").arg(shown);
    return {};
}

OpenResult PostgresProgressStore::open(const QString &url, const QString &password)
{
    OpenResult result;
    const QUrl u(url, QUrl::StrictMode);
    const QString shown = redacted(url);
    const QString database = u.path().mid(1);
    result.error = addressProblem(url);
    if (!result.error.isEmpty())
        return result;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        result.error = tr("Qt's PostgreSQL driver is not installed on this workstation (Debian package libqt6sql6-psql); "
                          "cannot reach %1.")
                           .arg(shown);
        return result;
    }

    QString secret = password;
    if (secret.isEmpty())
        secret = qEnvironmentVariable("CCA_DB_PASSWORD");
    if (secret.isEmpty())
        secret = u.password();

    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=ccacademy")};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.contains(QLatin1Char('=')) || key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))
            || key == QLatin1String("password")) {
            result.error = tr("The option %1 in %2 is not allowed.").arg(key, shown);
            return result;
        }
        options << key + QLatin1Char('=') + value;
    }

    const QString name = QStringLiteral("cca-progress-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PostgresProgressStore> store(new PostgresProgressStore(shown, name));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(u.host());
        d.setPort(u.port(5432));
        d.setUserName(u.userName());
        d.setDatabaseName(database);
        if (!secret.isEmpty())
            d.setPassword(secret);
        d.setConnectOptions(options.join(QLatin1Char(';')));
        if (!d.open()) {
            const QString problem = d.lastError().text();
            result.needsPassword = asksForPassword(problem);
            result.error = result.needsPassword && secret.isEmpty()
                               ? tr("The server %1 asks for a password.").arg(shown)
                           : result.needsPassword ? tr("The server %1 refused the password.").arg(shown)
                                                  : tr("Cannot connect to %1: %2").arg(shown, problem.trimmed());
            return result;
        }
    }
    QString err;
    exec(store->db(), QStringLiteral("SET client_min_messages TO warning"), nullptr); // no NOTICE chatter on stderr
    bool tooNew = false;
    int found = 0;
    if (!store->migrate(&err, &tooNew, &found)) {
        result.error = tooNew ? tr("The database %1 was written by a newer version of Crypto Crime Academy "
                                   "(schema %2; this version knows %3). Update the app; the database was not changed.")
                                    .arg(shown)
                                    .arg(found)
                                    .arg(latestSchemaVersion())
                              : tr("Cannot prepare the database %1: %2").arg(shown, err);
        return result;
    }
    result.store = std::move(store);
    return result;
}

int PostgresProgressStore::schemaVersion()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT version FROM cca_schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool PostgresProgressStore::migrate(QString *error, bool *tooNew, int *foundVersion)
{
    SqlTransaction tx(db());
    if (!tx.isActive()) {
        *error = db().lastError().text();
        return false;
    }
    // Stations that start together wait here for each other: the first migrates, the rest find it done.
    if (!exec(db(), QStringLiteral("SELECT pg_advisory_xact_lock(7236801)"), error)
        || !exec(db(), QStringLiteral("CREATE TABLE IF NOT EXISTS cca_schema_version (version INTEGER NOT NULL)"), error))
        return false;
    int version = 0;
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT version FROM cca_schema_version"))) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next())
            version = q.value(0).toInt();
        else if (!exec(db(), QStringLiteral("INSERT INTO cca_schema_version (version) VALUES (0)"), error))
            return false;
    }
    *foundVersion = version;
    if (version > latestSchemaVersion()) {
        *tooNew = true;
        return false; // rolled back: nothing changes
    }
    for (; version < latestSchemaVersion(); ++version) {
        for (const char *statement : kMigrations[size_t(version)]) {
            QString sql = QString::fromUtf8(statement);
            sql.replace(QLatin1String("%RANDOM_KEY%"), randomKeyHex());
            if (!exec(db(), sql, error))
                return false;
        }
        if (!exec(db(), QStringLiteral("UPDATE cca_schema_version SET version = %1").arg(version + 1), error))
            return false;
        qCDebug(lcPgStore) << "migrated to schema" << version + 1;
    }
    if (!tx.commit()) {
        *error = db().lastError().text();
        return false;
    }
    return true;
}

} // namespace cca::progress
