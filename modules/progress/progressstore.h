#pragma once

#include "progress/certificate.h"
#include "progress/cohort.h"
#include "progress/event.h"
#include "progress/officer.h"
#include "progress/progressderiver.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cca::progress {

// Where officers and their events are kept: SQLite on a workstation (SqliteProgressStore), or a
// force's central PostgreSQL server (PostgresProgressStore); both implement this interface.
class ProgressStore
{
public:
    virtual ~ProgressStore() = default;

    virtual QString description() const = 0; // e.g. the file path, for messages

    virtual QList<Officer> officers() = 0;
    virtual std::optional<Officer> officer(const QString &id) = 0;
    // Fills id and createdAt when empty. Fails (with a message) on a duplicate service number.
    virtual bool addOfficer(Officer &officer, QString *error) = 0;

    // Sign-in secrets (an Argon2id hash string, see accounts/credentials.h) and the lockout counter.
    virtual QString officerSecret(const QString &officerId) = 0;
    virtual bool setOfficerSecret(const QString &officerId, const QString &hash, const QString &kind, QString *error) = 0;
    // success: clears the failure count and any lock; failure: counts one more, and locks until lockUntil when valid.
    virtual bool recordSignIn(const QString &officerId, bool success, const QDateTime &lockUntil, QString *error) = 0;

    // Cohorts and assignments (what trainers set; Home shows officers what is assigned and due).
    virtual QList<Cohort> cohorts() = 0;
    virtual bool addCohort(Cohort &cohort, QString *error) = 0;
    virtual QStringList cohortMembers(const QString &cohortId) = 0;
    virtual bool setCohortMembers(const QString &cohortId, const QStringList &officerIds, QString *error) = 0;
    virtual bool addAssignment(Assignment &assignment, QString *error) = 0;
    virtual QList<Assignment> assignments() = 0;
    // Assignments that reach one officer: personal ones and those of every cohort the officer is in.
    virtual QList<Assignment> assignmentsFor(const QString &officerId) = 0;

    // Certificates (see certificateregistry.h) and the database's own signing key.
    virtual QString certificateKey() = 0;
    virtual bool addCertificate(const Certificate &certificate, QString *error) = 0;
    virtual std::optional<Certificate> certificate(const QString &code) = 0;
    virtual QList<Certificate> certificatesFor(const QString &officerId) = 0;

    // Appends events in one transaction: all are stored, or none.
    virtual bool record(const QList<Event> &events, QString *error) = 0;
    bool record(const Event &event, QString *error) { return record(QList<Event>{event}, error); }

    // One officer's events in recording order, optionally for one module.
    virtual QList<Event> events(const QString &officerId, const QString &moduleId = {}) = 0;
    // Every officer's events recorded at or after `since` (all when invalid), in recording order.
    virtual QList<Event> allEvents(const QDateTime &since = {}) = 0;

    // Merges officers and events from another station in one transaction. Events already present
    // (same UUID) are skipped, so importing the same bundle twice changes nothing. Officers are
    // matched by id; a new officer whose service number is taken by a different id is refused.
    struct ImportCounts
    {
        int newOfficers = 0;
        int newEvents = 0;
        int knownEvents = 0;
    };
    virtual bool importRecords(const QList<Officer> &officers, const QList<Event> &events, ImportCounts *counts,
                               QString *error) = 0;

    ModuleProgress moduleProgress(const QString &officerId, const QString &moduleId);
    QMap<QString, ModuleProgress> allProgress(const QString &officerId);
};

struct OpenResult
{
    std::unique_ptr<ProgressStore> store;
    QString error;           // set when store is null
    QString movedAsidePath;  // set when a damaged file was moved aside and a new one created
    bool needsPassword = false; // the server wants a (different) password: prompt and try again
};

// True for postgresql:// and postgres:// addresses.
bool isServerAddress(const QString &pathOrUrl);

// Opens the store named by a path or URL: a file path, "sqlite:PATH", "file:PATH", or
// "postgresql://user@host:port/database". A server password comes from `password`, else from the
// environment (see PostgresProgressStore::open).
OpenResult openProgressStore(const QString &pathOrUrl, const QString &password = {});

} // namespace cca::progress
