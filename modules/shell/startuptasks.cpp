#include "shell/startuptasks.h"

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/preferences.h"
#include "progress/backupmanager.h"

#include <QCoreApplication>

namespace cca::shell::StartupTasks {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cca::shell::StartupTasks", text);
}
} // namespace

QString applyPendingRestore(const QString &databasePath)
{
    const QString pending = Prefs::pendingRestore.get();
    if (pending.isEmpty())
        return {};
    Prefs::pendingRestore.set(QString()); // one try only: a failed restore is reported, not repeated
    progress::BackupManager manager(databasePath, AppInfo::backupDirectoryFor(databasePath));
    QString error;
    QString aside;
    if (!manager.restore(pending, &error, &aside))
        return tr("The backup could not be restored: %1").arg(error);
    return tr("The backup %1 was restored. The database as it was before is kept as %2.").arg(pending, aside);
}

QString runScheduledBackups(const QString &databasePath)
{
    progress::BackupManager manager(databasePath, AppInfo::backupDirectoryFor(databasePath));
    QString error;
    manager.runScheduled(Clock::nowUtc(), &error);
    return error.isEmpty() ? QString() : tr("Today's backup could not be taken: %1").arg(error);
}

} // namespace cca::shell::StartupTasks
