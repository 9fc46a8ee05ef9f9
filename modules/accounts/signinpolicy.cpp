#include "accounts/signinpolicy.h"

#include "accounts/credentials.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace cca::accounts {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cca::accounts::SignInPolicy", text, disambiguation, n);
}
} // namespace

bool SignInPolicy::needsSecret(const progress::Officer &officer)
{
    return !officer.secretKind.isEmpty();
}

bool SignInPolicy::requiresPassword(const QString &role)
{
    return role == QLatin1String("trainer") || role == QLatin1String("admin");
}

SignInPolicy::Result SignInPolicy::signIn(const QString &officerId, const QString &secret)
{
    Result r;
    const std::optional<progress::Officer> officer = m_store->officer(officerId);
    if (!officer) {
        r.message = tr("This profile does not exist on this workstation.");
        return r;
    }
    const QDateTime now = Clock::nowUtc();
    if (officer->lockedUntil.isValid() && officer->lockedUntil > now) {
        r.outcome = Outcome::Locked;
        r.lockedUntil = officer->lockedUntil;
        r.message = tr("Locked after %1 wrong tries. Try again after %2, or ask an administrator.")
                        .arg(kMaxFailures)
                        .arg(QLocale().toString(officer->lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return r;
    }
    if (!needsSecret(*officer) || Credentials::verify(m_store->officerSecret(officerId), secret)) {
        QString error;
        if (!m_store->recordSignIn(officerId, true, {}, &error)) {
            r.outcome = Outcome::StoreError;
            r.message = error;
            return r;
        }
        r.outcome = Outcome::SignedIn;
        return r;
    }
    const int failures = officer->failedAttempts + 1;
    const QDateTime lockUntil = failures >= kMaxFailures ? now.addSecs(kLockMinutes * 60) : QDateTime();
    QString error;
    if (!m_store->recordSignIn(officerId, false, lockUntil, &error)) {
        r.outcome = Outcome::StoreError;
        r.message = error;
        return r;
    }
    if (lockUntil.isValid()) {
        r.outcome = Outcome::Locked;
        r.lockedUntil = lockUntil;
        r.message = tr("Wrong again. The profile is locked for %1 minutes.").arg(kLockMinutes);
        return r;
    }
    r.outcome = Outcome::WrongSecret;
    r.triesLeft = kMaxFailures - failures;
    r.message = officer->secretKind == QLatin1String("pin") ? tr("Wrong PIN. %n try(s) left before the profile is locked.", nullptr, r.triesLeft)
                                                            : tr("Wrong password. %n try(s) left before the profile is locked.", nullptr, r.triesLeft);
    return r;
}

bool SignInPolicy::setSecret(const QString &officerId, const QString &role, const QString &secret, QString *error)
{
    const bool password = requiresPassword(role);
    if (!password && secret.isEmpty())
        return m_store->setOfficerSecret(officerId, QString(), QString(), error);
    const QString problem = password ? Credentials::passwordProblem(secret) : Credentials::pinProblem(secret);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QString hashed = Credentials::hash(secret);
    if (hashed.isEmpty()) {
        if (error)
            *error = tr("The password could not be protected (out of memory).");
        return false;
    }
    return m_store->setOfficerSecret(officerId, hashed, password ? QStringLiteral("password") : QStringLiteral("pin"), error);
}

} // namespace cca::accounts
