#pragma once

#include "progress/progressstore.h"

#include <QSqlDatabase>

namespace cca::progress {

// The embedded store: one SQLite file, WAL, foreign keys, numbered migrations in PRAGMA user_version.
class SqliteProgressStore : public ProgressStore
{
public:
    static int latestSchemaVersion();

    ~SqliteProgressStore() override;

    // Opens or creates the file. A file that is not a readable SQLite database, or that fails
    // PRAGMA quick_check, is renamed to "<name>.damaged-<UTC time>" and a fresh one is created; the
    // result says where it went. A database from a newer app version is refused, never changed.
    static OpenResult open(const QString &path);

    QString description() const override { return m_path; }
    QList<Officer> officers() override;
    std::optional<Officer> officer(const QString &id) override;
    bool addOfficer(Officer &officer, QString *error) override;
    QList<Cohort> cohorts() override;
    bool addCohort(Cohort &cohort, QString *error) override;
    QStringList cohortMembers(const QString &cohortId) override;
    bool setCohortMembers(const QString &cohortId, const QStringList &officerIds, QString *error) override;
    bool addAssignment(Assignment &assignment, QString *error) override;
    QList<Assignment> assignments() override;
    QList<Assignment> assignmentsFor(const QString &officerId) override;
    QString certificateKey() override;
    bool addCertificate(const Certificate &certificate, QString *error) override;
    std::optional<Certificate> certificate(const QString &code) override;
    QList<Certificate> certificatesFor(const QString &officerId) override;
    QString officerSecret(const QString &officerId) override;
    bool setOfficerSecret(const QString &officerId, const QString &hash, const QString &kind, QString *error) override;
    bool recordSignIn(const QString &officerId, bool success, const QDateTime &lockUntil, QString *error) override;
    bool record(const QList<Event> &events, QString *error) override;
    QList<Event> events(const QString &officerId, const QString &moduleId = {}) override;
    QList<Event> allEvents(const QDateTime &since = {}) override;
    bool importRecords(const QList<Officer> &officers, const QList<Event> &events, ImportCounts *counts, QString *error) override;

    int schemaVersion();

private:
    SqliteProgressStore(QString path, QString connectionName);
    bool migrate(QString *error);

    QSqlDatabase db() const;
    QList<Event> queryEvents(const QString &where, const QVariantList &values);
    bool update(const QString &sql, const QVariantList &values, QString *error);
    QList<Assignment> queryAssignments(const QString &where, const QVariantList &values);
    QList<Certificate> queryCertificates(const QString &where, const QVariantList &values);

    QString m_path;
    QString m_connectionName;
};

} // namespace cca::progress
