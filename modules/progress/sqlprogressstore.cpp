#include "progress/sqlprogressstore.h"

#include "progress/eventrows.h"
#include "progress/isotime.h"
#include "progress/sqltransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSqlStore, "cca.progress.sql")

namespace cca::progress {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cca::progress::SqliteProgressStore", text);
}

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoUtc(const QDateTime &t)
{
    return IsoTime::format(t);
}

QDateTime parseIso(const QString &text)
{
    return IsoTime::parse(text);
}

} // namespace

SqlProgressStore::SqlProgressStore(QString description, QString connectionName)
    : m_description(std::move(description)), m_connectionName(std::move(connectionName))
{
}

SqlProgressStore::~SqlProgressStore()
{
    closeConnection();
}

void SqlProgressStore::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase SqlProgressStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlProgressStore::isUniqueViolation(const QSqlError &error)
{
    // PostgreSQL reports SQLSTATE 23505; SQLite names the constraint in its message.
    return error.nativeErrorCode() == QLatin1String("23505") || error.text().contains(QLatin1String("UNIQUE"));
}

QList<Officer> SqlProgressStore::queryOfficers(const QString &where, const QVariantList &values)
{
    QList<Officer> list;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, display_name, service_number, unit, role, created_at, secret_kind, failed_attempts, "
                             "locked_until FROM officers WHERE %1 ORDER BY lower(display_name), id")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Officer o;
        o.id = q.value(0).toString();
        o.displayName = q.value(1).toString();
        o.serviceNumber = q.value(2).toString();
        o.unit = q.value(3).toString();
        o.role = q.value(4).toString();
        o.createdAt = parseIso(q.value(5).toString());
        o.secretKind = q.value(6).toString();
        o.failedAttempts = q.value(7).toInt();
        o.lockedUntil = parseIso(q.value(8).toString());
        list << o;
    }
    return list;
}

QList<Officer> SqlProgressStore::officers()
{
    return queryOfficers(QStringLiteral("1 = 1"), {});
}

// One row by its primary key, not a scan of every officer (sign-in and every screen that names an
// officer ask for one).
std::optional<Officer> SqlProgressStore::officer(const QString &id)
{
    const QList<Officer> found = queryOfficers(QStringLiteral("id = ?"), {text(id)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool SqlProgressStore::addOfficer(Officer &officer, QString *error)
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
        qCWarning(lcSqlStore) << "insert officer failed:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<Cohort> SqlProgressStore::cohorts()
{
    QList<Cohort> list;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, name, created_at FROM cohorts ORDER BY lower(name), id"));
    while (q.next())
        list << Cohort{q.value(0).toString(), q.value(1).toString(), parseIso(q.value(2).toString())};
    return list;
}

bool SqlProgressStore::addCohort(Cohort &cohort, QString *error)
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
            *error = isUniqueViolation(q.lastError()) ? tr("A cohort named %1 exists already.").arg(cohort.name.trimmed())
                                                                            : q.lastError().text();
        return false;
    }
    return true;
}

QStringList SqlProgressStore::cohortMembers(const QString &cohortId)
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

bool SqlProgressStore::setCohortMembers(const QString &cohortId, const QStringList &officerIds, QString *error)
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

bool SqlProgressStore::addAssignment(Assignment &a, QString *error)
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

QList<Assignment> SqlProgressStore::queryAssignments(const QString &where, const QVariantList &values)
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
                           parseIso(q.value(6).toString())};
    return list;
}

QList<Assignment> SqlProgressStore::assignments()
{
    return queryAssignments(QStringLiteral("1 = 1"), {});
}

QList<Assignment> SqlProgressStore::assignmentsFor(const QString &officerId)
{
    return queryAssignments(QStringLiteral("officer_id = ? OR cohort_id IN (SELECT cohort_id FROM cohort_members WHERE officer_id = ?)"),
                            {officerId, officerId});
}

// One statement that must change exactly one row, in its own transaction.
bool SqlProgressStore::update(const QString &sql, const QVariantList &values, QString *error)
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

QString SqlProgressStore::certificateKey()
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'certificate_key'")) && q.next() ? q.value(0).toString() : QString();
}

bool SqlProgressStore::addCertificate(const Certificate &c, QString *error)
{
    return update(QStringLiteral("INSERT INTO certificates (code, officer_id, module_id, module_version, percent, issued_at, signature) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {c.code, c.officerId, c.moduleId, c.moduleVersion, c.percent, c.issuedAt.toUTC().toString(Qt::ISODate), c.signature},
                  error);
}

QList<Certificate> SqlProgressStore::queryCertificates(const QString &where, const QVariantList &values)
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

std::optional<Certificate> SqlProgressStore::certificate(const QString &code)
{
    const QList<Certificate> found = queryCertificates(QStringLiteral("code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Certificate> SqlProgressStore::certificatesFor(const QString &officerId)
{
    return queryCertificates(QStringLiteral("officer_id = ?"), {officerId});
}

QString SqlProgressStore::officerSecret(const QString &officerId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT secret_hash FROM officers WHERE id = ?"));
    q.addBindValue(officerId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SqlProgressStore::setOfficerSecret(const QString &officerId, const QString &hash, const QString &kind, QString *error)
{
    return update(QStringLiteral("UPDATE officers SET secret_hash = ?, secret_kind = ?, failed_attempts = 0, locked_until = '' WHERE id = ?"),
                  {text(hash), text(kind), officerId}, error);
}

bool SqlProgressStore::recordSignIn(const QString &officerId, bool success, const QDateTime &lockUntil, QString *error)
{
    if (success)
        return update(QStringLiteral("UPDATE officers SET failed_attempts = 0, locked_until = '' WHERE id = ?"), {officerId}, error);
    return update(QStringLiteral("UPDATE officers SET failed_attempts = CASE WHEN ? != '' THEN 0 ELSE failed_attempts + 1 END, "
                                 "locked_until = ? WHERE id = ?"),
                  {lockUntil.isValid() ? isoUtc(lockUntil) : QStringLiteral(""), lockUntil.isValid() ? isoUtc(lockUntil) : QStringLiteral(""),
                   officerId},
                  error);
}

bool SqlProgressStore::record(const QList<Event> &events, QString *error)
{
    SqlTransaction tx(db());
    if (!tx.isActive()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    if (!insertEvents(events, EventRows::Mode::Record, nullptr, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    return true;
}

// Events go eventsPerInsert() to a statement, in order, so seq still follows the recording order.
// Values are bound by placeholder names made once: binding by position makes Qt format a name
// (":0", ":1"...) for every value and hash it. The names are at least 8 characters long because
// Qt 6.4 hashes shorter strings about 25 times slower on AES-capable processors (see
// docs/performance.md), and every bind hashes its name once.
bool SqlProgressStore::insertEvents(const QList<Event> &events, EventRows::Mode mode, qsizetype *added, QString *error)
{
    using EventRows::kColumns;
    const qsizetype perStatement = std::max<qsizetype>(1, eventsPerInsert());
    const qsizetype namedRows = std::min(perStatement, events.size());
    QStringList names;
    names.reserve(namedRows * kColumns);
    for (qsizetype i = 0; i < namedRows * kColumns; ++i)
        names << QStringLiteral(":event%1").arg(i, 4, 10, QLatin1Char('0'));
    const auto fail = [&](const QSqlQuery &q) {
        if (mode == EventRows::Mode::Record)
            qCWarning(lcSqlStore) << "insert event failed:" << q.lastError().text();
        if (error)
            *error = q.lastError().text();
        return false;
    };
    const auto prepare = [&](QSqlQuery &q, qsizetype rows) {
        q = QSqlQuery(db());
        return q.prepare(EventRows::insertSql(names.mid(0, rows * kColumns), mode)) || fail(q);
    };
    QSqlQuery full(db());
    if (events.size() >= perStatement && !prepare(full, perStatement))
        return false;
    QSqlQuery rest(db());
    EventRows::DataTexts dataTexts(events);
    qsizetype inserted = 0;
    for (qsizetype from = 0; from < events.size(); from += perStatement) {
        const qsizetype rows = std::min(perStatement, events.size() - from);
        if (rows < perStatement && !prepare(rest, rows))
            return false;
        QSqlQuery &q = rows == perStatement ? full : rest;
        const QString *name = names.constData();
        for (qsizetype i = from; i < from + rows; ++i)
            for (const QString &value : EventRows::row(events.at(i), mode, dataTexts.take(i)))
                q.bindValue(*name++, value);
        if (!q.exec())
            return fail(q);
        inserted += q.numRowsAffected();
    }
    if (added)
        *added = inserted;
    return true;
}

QList<Event> SqlProgressStore::events(const QString &officerId, const QString &moduleId)
{
    if (moduleId.isEmpty())
        return queryEvents(QStringLiteral("officer_id = ?"), {officerId});
    return queryEvents(QStringLiteral("officer_id = ? AND module_id = ?"), {officerId, moduleId});
}

QList<Event> SqlProgressStore::allEvents(const QDateTime &since)
{
    if (!since.isValid())
        return queryEvents(QStringLiteral("1 = 1"), {});
    return queryEvents(QStringLiteral("created_at >= ?"), {isoUtc(since)});
}

QList<Event> SqlProgressStore::queryEvents(const QString &where, const QVariantList &values)
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
        qCWarning(lcSqlStore) << "query events failed:" << q.lastError().text();
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
        e.timestamp = parseIso(q.value(8).toString());
        list << e;
    }
    return list;
}

bool SqlProgressStore::importRecords(const QList<Officer> &officers, const QList<Event> &events, ImportCounts *counts,
                                        QString *error)
{
    ImportCounts local;
    SqlTransaction tx(db());
    if (!tx.isActive()) {
        if (error)
            *error = db().lastError().text();
        return false;
    }
    // Each statement is prepared once and run for every record.
    QSqlQuery find(db());
    find.prepare(QStringLiteral("SELECT id FROM officers WHERE id = ? OR service_number = ?"));
    // Another station may be importing the same officer right now: the second insert waits for
    // the first and then does nothing.
    QSqlQuery addOfficer(db());
    addOfficer.prepare(QStringLiteral("INSERT INTO officers (id, display_name, service_number, unit, role, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (id) DO NOTHING"));
    for (const Officer &o : officers) {
        find.addBindValue(o.id);
        find.addBindValue(text(o.serviceNumber));
        if (!find.exec()) {
            if (error)
                *error = find.lastError().text();
            return false;
        }
        if (find.next()) {
            const bool sameOfficer = find.value(0).toString() == o.id;
            find.finish();
            if (!sameOfficer) {
                if (error)
                    *error = tr("Service number %1 belongs to another officer on this workstation.").arg(o.serviceNumber);
                return false;
            }
            continue;
        }
        find.finish();
        addOfficer.addBindValue(o.id);
        addOfficer.addBindValue(text(o.displayName));
        addOfficer.addBindValue(text(o.serviceNumber));
        addOfficer.addBindValue(text(o.unit));
        addOfficer.addBindValue(text(o.role));
        addOfficer.addBindValue(isoUtc(o.createdAt.isValid() ? o.createdAt : QDateTime::currentDateTimeUtc()));
        if (!addOfficer.exec()) {
            if (error)
                *error = isUniqueViolation(addOfficer.lastError())
                             ? tr("Service number %1 belongs to another officer on this workstation.").arg(o.serviceNumber)
                             : addOfficer.lastError().text();
            return false;
        }
        if (addOfficer.numRowsAffected() > 0)
            ++local.newOfficers;
    }
    qsizetype added = 0;
    if (!insertEvents(events, EventRows::Mode::Import, &added, error))
        return false;
    local.newEvents = int(added);
    local.knownEvents = int(events.size() - added);
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
