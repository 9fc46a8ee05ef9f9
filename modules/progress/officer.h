#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cca::progress {

// A local officer profile. The id is a UUID and never changes; the service number is unique.
struct Officer
{
    QString id;
    QString displayName;
    QString serviceNumber;
    QString unit;
    QString role; // "trainee", "trainer" or "admin"
    QDateTime createdAt;
    QString secretKind;     // "password", "pin" or empty (no secret); the hash itself never leaves the store
    int failedAttempts = 0; // wrong secrets in a row
    QDateTime lockedUntil;  // UTC; invalid when not locked

    static QStringList roles() { return {QStringLiteral("trainee"), QStringLiteral("trainer"), QStringLiteral("admin")}; }
};

} // namespace cca::progress
