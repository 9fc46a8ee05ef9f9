#pragma once

#include <QString>

namespace cca::shell {

// What the app does with its database file before and right after opening it.
namespace StartupTasks {
// Restores the backup an administrator chose in Settings ("restore at next start"), before any
// connection is open. Returns a message for the officer (empty when nothing was pending).
QString applyPendingRestore(const QString &databasePath);
// Takes the daily/weekly/monthly backups that are due. Returns an error message, or empty.
QString runScheduledBackups(const QString &databasePath);
} // namespace StartupTasks

} // namespace cca::shell
