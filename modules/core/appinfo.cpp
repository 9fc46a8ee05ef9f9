#include "core/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cca::AppInfo {

QString version() { return QStringLiteral(CCA_VERSION); }
QString applicationId() { return QStringLiteral(CCA_APP_ID); }
QString organizationName() { return QStringLiteral("CryptoCrimeAcademy"); }
QString applicationName() { return QStringLiteral("ccacademy"); }

QStringList bundledContentRoots()
{
    QStringList roots;
    const QString env = qEnvironmentVariable("CCA_CONTENT_DIR");
    if (!env.isEmpty())
        roots << env;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        const QString installed = QDir(appDir).absoluteFilePath(
            QStringLiteral("../" CCA_INSTALL_DATADIR "/ccacademy/content"));
        if (QFileInfo(installed).isDir())
            roots << QDir::cleanPath(installed);
    }
    const QString source = QStringLiteral(CCA_SOURCE_CONTENT_DIR);
    if (QFileInfo(source).isDir())
        roots << source;
    // Only the first existing root is bundled content; the rest are fallbacks.
    if (roots.size() > 1)
        roots = roots.mid(0, 1);
    return roots;
}

static QString dataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/ccacademy");
    return dir;
}

QString installedModulesDir() { return dataDir() + QStringLiteral("/modules"); }
QString defaultDatabasePath() { return dataDir() + QStringLiteral("/progress.sqlite"); }
QString backupDirectoryFor(const QString &databasePath) { return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups"); }

} // namespace cca::AppInfo
