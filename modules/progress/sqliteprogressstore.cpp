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

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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

SqliteProgressStore::SqliteProgressStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

SqliteProgressStore::~SqliteProgressStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteProgressStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
            || !exec(store->db(), QStringLiteral("PRAGMA foreign_keys=ON"), &err)) {
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

QList<Officer> SqliteProgressStore::officers()
{
    QList<Officer> list;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, display_name, service_number, unit, role, created_at, secret_kind, failed_attempts, "
                          "locked_until FROM officers ORDER BY display_name COLLATE NOCASE"));
    while (q.next()) {
        Officer o;
        o.id = q.value(0).toString();
        o.displayName = q.value(1).toString();
        o.serviceNumber = q.value(2).toString();
        o.unit = q.value(3).toString();
        o.role = q.value(4).toString();
        o.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        o.secretKind = q.value(6).toString();
        o.failedAttempts = q.value(7).toInt();
        o.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        list << o;
    }
    return list;
}

std::optional<Officer> SqliteProgressStore::officer(const QString &id)
{
    const auto all = officers();
    for (const Officer &o : all)
        if (o.id == id)
            return o;
    return std::nullopt;
}

bool SqliteProgressStore::addOfficer(Officer &officer, QString *error)
{
    if (officer.displayName.trimmed().isEmpty() || officer.serviceNumber.trimmed().isEmpty()) {
        if (error)
            *error = tr("A name and a service number are required.");
        return false;
    }
    if (!Officer::roles().contains(officer.role)) {
        if (error)
            *error = tr("Unknown role '%1'.").arg(officer.role);
        return false;
    }
    if (officer.id.isEmpty())
        officer.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!officer.createdAt.isValid())
        officer.createdAt = QDateTime::currentDateTimeUtc();

    SqlTransaction tx(db());
    QSqlQuery existing(db());
    existing.prepare(QStringLiteral("SELECT display_name FROM officers WHERE service_number = ?"));
    existing.addBindValue(officer.serviceNumber.trimmed());
    if (existing.exec() && existing.next()) {
        if (error)
            *error = tr("Service number %1 is already used by %2.").arg(officer.serviceNumber.trimmed(), existing.value(0).toString());
        return false;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO officers (id, display_name, service_number, unit, role, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(officer.id);
    q.addBindValue(text(officer.displayName.trimmed()));
    q.addBindValue(text(officer.serviceNumber.trimmed()));
    q.addBindValue(text(officer.unit.trimmed()));
    q.addBindValue(officer.role);
    q.addBindValue(isoUtc(officer.createdAt));
    if (!q.exec() || !tx.commit()) {
        qCWarning(lcStore) << "insert officer failed:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<Cohort> SqliteProgressStore::cohorts()
{
    QList<Cohort> list;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, name, created_at FROM cohorts ORDER BY name COLLATE NOCASE"));
    while (q.next())
        list << Cohort{q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
    return list;
}

bool SqliteProgressStore::addCohort(Cohort &cohort, QString *error)
{
    if (cohort.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A cohort needs a name.");
        return false;
    }
    if (cohort.id.isEmpty())
        cohort.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!cohort.createdAt.isValid())
        cohort.createdAt = QDateTime::currentDateTimeUtc();
    SqlTransaction tx(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO cohorts (id, name, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(cohort.id);
    q.addBindValue(cohort.name.trimmed());
    q.addBindValue(isoUtc(cohort.createdAt));
    if (!q.exec() || !tx.commit()) {
        if (error)
            *error = q.lastError().text().contains(QLatin1String("UNIQUE")) ? tr("A cohort named %1 exists already.").arg(cohort.name.trimmed())
                                                                            : q.lastError().text();
        return false;
    }
    return true;
}

QStringList SqliteProgressStore::cohortMembers(const QString &cohortId)
{
    QStringList ids;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT officer_id FROM cohort_members WHERE cohort_id = ? ORDER BY officer_id"));
    q.addBindValue(cohortId);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

bool SqliteProgressStore::setCohortMembers(const QString &cohortId, const QStringList &officerIds, QString *error)
{
    SqlTransaction tx(db());
    QSqlQuery clear(db());
    clear.prepare(QStringLiteral("DELETE FROM cohort_members WHERE cohort_id = ?"));
    clear.addBindValue(cohortId);
    if (!clear.exec()) {
        if (error)
            *error = clear.lastError().text();
        return false;
    }
    QSqlQuery add(db());
    add.prepare(QStringLiteral("INSERT INTO cohort_members (cohort_id, officer_id) VALUES (?, ?)"));
    for (const QString &officer : officerIds) {
        add.addBindValue(cohortId);
        add.addBindValue(officer);
        if (!add.exec()) {
            if (error)
                *error = add.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    return true;
}

bool SqliteProgressStore::addAssignment(Assignment &a, QString *error)
{
    if (a.moduleId.isEmpty() || !a.due.isValid() || a.cohortId.isEmpty() == a.officerId.isEmpty()) {
        if (error)
            *error = tr("An assignment needs a module, a due date, and either a cohort or an officer.");
        return false;
    }
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!a.createdAt.isValid())
        a.createdAt = QDateTime::currentDateTimeUtc();
    return update(QStringLiteral("INSERT INTO assignments (id, module_id, cohort_id, officer_id, due_date, assigned_by, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {a.id, a.moduleId, a.cohortId.isEmpty() ? QVariant() : QVariant(a.cohortId),
                   a.officerId.isEmpty() ? QVariant() : QVariant(a.officerId), a.due.toString(Qt::ISODate), text(a.assignedBy),
                   isoUtc(a.createdAt)},
                  error);
}

QList<Assignment> SqliteProgressStore::queryAssignments(const QString &where, const QVariantList &values)
{
    QList<Assignment> list;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, module_id, cohort_id, officer_id, due_date, assigned_by, created_at FROM assignments "
                             "WHERE %1 ORDER BY due_date, module_id")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next())
        list << Assignment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(),
                           QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
    return list;
}

QList<Assignment> SqliteProgressStore::assignments()
{
    return queryAssignments(QStringLiteral("1 = 1"), {});
}

QList<Assignment> SqliteProgressStore::assignmentsFor(const QString &officerId)
{
    return queryAssignments(QStringLiteral("officer_id = ? OR cohort_id IN (SELECT cohort_id FROM cohort_members WHERE officer_id = ?)"),
                            {officerId, officerId});
}

// One statement that must change exactly one row, in its own transaction.
bool SqliteProgressStore::update(const QString &sql, const QVariantList &values, QString *error)
{
    SqlTransaction tx(db());
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1 || !tx.commit()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("No such officer.");
        return false;
    }
    return true;
}

QString SqliteProgressStore::certificateKey()
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'certificate_key'")) && q.next() ? q.value(0).toString() : QString();
}

bool SqliteProgressStore::addCertificate(const Certificate &c, QString *error)
{
    return update(QStringLiteral("INSERT INTO certificates (code, officer_id, module_id, module_version, percent, issued_at, signature) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {c.code, c.officerId, c.moduleId, c.moduleVersion, c.percent, c.issuedAt.toUTC().toString(Qt::ISODate), c.signature},
                  error);
}

QList<Certificate> SqliteProgressStore::queryCertificates(const QString &where, const QVariantList &values)
{
    QList<Certificate> list;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT code, officer_id, module_id, module_version, percent, issued_at, signature FROM certificates WHERE %1 "
                             "ORDER BY issued_at")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Certificate c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toDouble(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString()};
        c.issuedAt.setTimeSpec(Qt::UTC);
        list << c;
    }
    return list;
}

std::optional<Certificate> SqliteProgressStore::certificate(const QString &code)
{
    const QList<Certificate> found = queryCertificates(QStringLiteral("code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Certificate> SqliteProgressStore::certificatesFor(const QString &officerId)
{
    return queryCertificates(QStringLiteral("officer_id = ?"), {officerId});
}

QString SqliteProgressStore::officerSecret(const QString &officerId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT secret_hash FROM officers WHERE id = ?"));
    q.addBindValue(officerId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SqliteProgressStore::setOfficerSecret(const QString &officerId, const QString &hash, const QString &kind, QString *error)
{
    return update(QStringLiteral("UPDATE officers SET secret_hash = ?, secret_kind = ?, failed_attempts = 0, locked_until = '' WHERE id = ?"),
                  {text(hash), text(kind), officerId}, error);
}

bool SqliteProgressStore::recordSignIn(const QString &officerId, bool success, const QDateTime &lockUntil, QString *error)
{
    if (success)
        return update(QStringLiteral("UPDATE officers SET failed_attempts = 0, locked_until = '' WHERE id = ?"), {officerId}, error);
    return update(QStringLiteral("UPDATE officers SET failed_attempts = CASE WHEN ? != '' THEN 0 ELSE failed_attempts + 1 END, "
                                 "locked_until = ? WHERE id = ?"),
                  {lockUntil.isValid() ? isoUtc(lockUntil) : QStringLiteral(""), lockUntil.isValid() ? isoUtc(lockUntil) : QStringLiteral(""),
                   officerId},
                  error);
}

bool SqliteProgressStore::record(const QList<Event> &events, QString *error)
{
    SqlTransaction tx(db());
    if (!tx.isActive()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO events (id, officer_id, verb, module_id, module_version, object_type, "
                             "object_id, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Event &e : events) {
        q.addBindValue(e.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.id);
        q.addBindValue(text(e.officerId));
        q.addBindValue(text(e.verb));
        q.addBindValue(text(e.moduleId));
        q.addBindValue(text(e.moduleVersion));
        q.addBindValue(text(e.objectType));
        q.addBindValue(text(e.objectId));
        q.addBindValue(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
        q.addBindValue(isoUtc(e.timestamp.isValid() ? e.timestamp : QDateTime::currentDateTimeUtc()));
        if (!q.exec()) {
            qCWarning(lcStore) << "insert event failed:" << q.lastError().text();
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    return true;
}

QList<Event> SqliteProgressStore::events(const QString &officerId, const QString &moduleId)
{
    if (moduleId.isEmpty())
        return queryEvents(QStringLiteral("officer_id = ?"), {officerId});
    return queryEvents(QStringLiteral("officer_id = ? AND module_id = ?"), {officerId, moduleId});
}

QList<Event> SqliteProgressStore::allEvents(const QDateTime &since)
{
    if (!since.isValid())
        return queryEvents(QStringLiteral("1 = 1"), {});
    return queryEvents(QStringLiteral("created_at >= ?"), {isoUtc(since)});
}

QList<Event> SqliteProgressStore::queryEvents(const QString &where, const QVariantList &values)
{
    QList<Event> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, officer_id, verb, module_id, module_version, object_type, object_id, data, "
                             "created_at FROM events WHERE %1 ORDER BY seq")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcStore) << "query events failed:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        Event e;
        e.id = q.value(0).toString();
        e.officerId = q.value(1).toString();
        e.verb = q.value(2).toString();
        e.moduleId = q.value(3).toString();
        e.moduleVersion = q.value(4).toString();
        e.objectType = q.value(5).toString();
        e.objectId = q.value(6).toString();
        e.data = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.timestamp = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        list << e;
    }
    return list;
}

bool SqliteProgressStore::importRecords(const QList<Officer> &officers, const QList<Event> &events, ImportCounts *counts,
                                        QString *error)
{
    ImportCounts local;
    SqlTransaction tx(db());
    if (!tx.isActive()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    for (const Officer &o : officers) {
        QSqlQuery find(db());
        find.prepare(QStringLiteral("SELECT id FROM officers WHERE id = ? OR service_number = ?"));
        find.addBindValue(o.id);
        find.addBindValue(text(o.serviceNumber));
        if (!find.exec()) {
            if (error)
                *error = find.lastError().text();
            return false;
        }
        if (find.next()) {
            if (find.value(0).toString() != o.id) {
                if (error)
                    *error = tr("Service number %1 belongs to another officer on this workstation.").arg(o.serviceNumber);
                return false;
            }
            continue;
        }
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO officers (id, display_name, service_number, unit, role, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(o.id);
        q.addBindValue(text(o.displayName));
        q.addBindValue(text(o.serviceNumber));
        q.addBindValue(text(o.unit));
        q.addBindValue(text(o.role));
        q.addBindValue(isoUtc(o.createdAt.isValid() ? o.createdAt : QDateTime::currentDateTimeUtc()));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        ++local.newOfficers;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO events (id, officer_id, verb, module_id, module_version, object_type, "
                             "object_id, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Event &e : events) {
        q.addBindValue(e.id);
        q.addBindValue(text(e.officerId));
        q.addBindValue(text(e.verb));
        q.addBindValue(text(e.moduleId));
        q.addBindValue(text(e.moduleVersion));
        q.addBindValue(text(e.objectType));
        q.addBindValue(text(e.objectId));
        q.addBindValue(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
        q.addBindValue(isoUtc(e.timestamp));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (q.numRowsAffected() > 0)
            ++local.newEvents;
        else
            ++local.knownEvents;
    }
    if (!tx.commit()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    if (counts)
        *counts = local;
    return true;
}

} // namespace cca::progress
