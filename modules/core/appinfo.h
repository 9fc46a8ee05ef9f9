#pragma once

#include <QString>
#include <QStringList>

namespace cca {

// Application identity and the places it reads and writes.
namespace AppInfo {

QString version();
QString applicationId();        // reverse-DNS id used for desktop file, metainfo, settings
QString organizationName();
QString applicationName();

// Folders holding bundled content ("content/" with modules/ below it), in priority order:
// $CCA_CONTENT_DIR, the installed share folder, then the source tree of a developer build.
QStringList bundledContentRoots();
// Folder where trainers' installed modules live (AppDataLocation/modules).
QString installedModulesDir();
// The officer's default SQLite database (AppDataLocation/progress.sqlite).
QString defaultDatabasePath();
// Where rotating backups of a SQLite database are kept: a "backups" folder beside it.
QString backupDirectoryFor(const QString &databasePath);

} // namespace AppInfo
} // namespace cca
