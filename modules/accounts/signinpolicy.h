#pragma once

#include "progress/progressstore.h"

#include <QDateTime>
#include <QString>

namespace cca::accounts {

// Who may sign in, and with what: trainers and admins always with a password, trainees with a
// PIN when they set one. Five wrong tries lock the profile for fifteen minutes.
class SignInPolicy
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    explicit SignInPolicy(progress::ProgressStore *store) : m_store(store) {}

    enum class Outcome { SignedIn, WrongSecret, Locked, NoSuchOfficer, StoreError };
    struct Result
    {
        Outcome outcome = Outcome::NoSuchOfficer;
        int triesLeft = 0;      // after a wrong secret
        QDateTime lockedUntil;  // UTC, when locked
        QString message;        // for the officer, in plain words
    };

    static bool needsSecret(const progress::Officer &officer); // a password or PIN is set
    static bool requiresPassword(const QString &role);        // trainer and admin

    Result signIn(const QString &officerId, const QString &secret);
    // Sets (or, for trainees, clears with an empty PIN) the officer's secret after checking it.
    bool setSecret(const QString &officerId, const QString &role, const QString &secret, QString *error);

private:
    progress::ProgressStore *m_store;
};

} // namespace cca::accounts
