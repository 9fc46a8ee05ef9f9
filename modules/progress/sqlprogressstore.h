#pragma once

#include "progress/eventrows.h"
#include "progress/progressstore.h"

#include <QSqlDatabase>

class QSqlError;

namespace cca::progress {

// The storage interface on Qt SQL, in SQL that SQLite and PostgreSQL both accept. Each backend
// (SqliteProgressStore, PostgresProgressStore) opens its connection and brings its own migrations;
// everything that reads or writes records lives here, once.
class SqlProgressStore : public ProgressStore
{
public:
    ~SqlProgressStore() override;

    QString description() const override { return m_description; }
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

protected:
    SqlProgressStore(QString description, QString connectionName);

    QSqlDatabase db() const;
    void closeConnection();
    static bool isUniqueViolation(const QSqlError &error);
    // Events written by one INSERT statement. Many rows to a statement save a server a round trip
    // per event; SQLite wants one (see SqliteProgressStore).
    virtual qsizetype eventsPerInsert() const { return 64; }
    // Appends events in order inside the caller's transaction; *added counts the rows written.
    virtual bool insertEvents(const QList<Event> &events, EventRows::Mode mode, qsizetype *added, QString *error);

private:
    QList<Officer> queryOfficers(const QString &where, const QVariantList &values);
    QList<Event> queryEvents(const QString &where, const QVariantList &values);
    bool update(const QString &sql, const QVariantList &values, QString *error);
    QList<Assignment> queryAssignments(const QString &where, const QVariantList &values);
    QList<Certificate> queryCertificates(const QString &where, const QVariantList &values);

    QString m_description;
    QString m_connectionName;
};

} // namespace cca::progress
