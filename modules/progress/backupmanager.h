#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cca::progress {

struct BackupInfo
{
    QString path;
    QString kind; // "daily", "weekly", "monthly" or "manual"
    QDateTime takenAt; // UTC, from the file name
    qint64 bytes = 0;
};

// How many backups of each kind are kept.
struct BackupRetention
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    int manual = 10;
};

// Rotating backups of the SQLite progress file, taken with VACUUM INTO (a consistent copy even
// while the app is writing), kept N of each kind, checked before a restore.
class BackupManager
{
public:
    BackupManager(QString databasePath, QString backupDirectory, BackupRetention retention = BackupRetention());

    // Takes whichever of the daily, weekly and monthly backups is due, then prunes old ones.
    // Returns the backups taken (empty when none was due). error set on failure.
    QList<BackupInfo> runScheduled(const QDateTime &nowUtc, QString *error);
    std::optional<BackupInfo> backupNow(const QString &kind, const QDateTime &nowUtc, QString *error);
    QList<BackupInfo> backups() const; // newest first
    void prune();

    // Replaces the database with a backup after checking the backup's integrity. The current file
    // is kept beside it as "<name>.before-restore-<UTC time>". No store may have the file open.
    bool restore(const QString &backupPath, QString *error, QString *keptAside = nullptr);

    static bool integrityOk(const QString &path, QString *problem);
    QString backupDirectory() const { return m_dir; }

private:
    QString m_db;
    QString m_dir;
    BackupRetention m_retention;
};

} // namespace cca::progress
