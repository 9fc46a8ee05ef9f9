#include "progress/backupmanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cca::progress {

namespace {
const QRegularExpression kName(QStringLiteral("^progress-(daily|weekly|monthly|manual)-(\\d{8}-\\d{6})\\.sqlite$"));

// Runs fn with a private connection to path, closed and removed afterwards.
template<typename F>
auto withConnection(const QString &path, bool readOnly, F fn)
{
    const QString name = QStringLiteral("cca-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    decltype(fn(std::declval<QSqlDatabase &>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

BackupManager::BackupManager(QString databasePath, QString backupDirectory, BackupRetention retention)
    : m_db(std::move(databasePath)), m_dir(std::move(backupDirectory)), m_retention(retention)
{
}

bool BackupManager::integrityOk(const QString &path, QString *problem)
{
    if (!QFileInfo(path).isFile()) {
        if (problem)
            *problem = QStringLiteral("file not found: %1").arg(path);
        return false;
    }
    return withConnection(path, true, [&](QSqlDatabase &db) {
        if (!db.open()) {
            if (problem)
                *problem = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
            if (problem)
                *problem = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            return false;
        }
        return true;
    });
}

std::optional<BackupInfo> BackupManager::backupNow(const QString &kind, const QDateTime &nowUtc, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create the backup folder %1").arg(m_dir);
        return std::nullopt;
    }
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QDir(m_dir).filePath(QStringLiteral("progress-%1-%2.sqlite").arg(kind, stamp));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    const bool ok = withConnection(m_db, false, [&](QSqlDatabase &db) {
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    });
    // Only a complete, checked copy gets the backup's name.
    QString problem;
    if (!ok || !integrityOk(partial, &problem) || (QFile::exists(target) && !QFile::remove(target)) || !QFile::rename(partial, target)) {
        if (error && error->isEmpty())
            *error = problem.isEmpty() ? QStringLiteral("could not write %1").arg(target) : problem;
        QFile::remove(partial);
        return std::nullopt;
    }
    return BackupInfo{target, kind, nowUtc.toUTC(), QFileInfo(target).size()};
}

QList<BackupInfo> BackupManager::backups() const
{
    QList<BackupInfo> list;
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("progress-*.sqlite")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        const auto m = kName.match(fi.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeSpec(Qt::UTC);
        list << BackupInfo{fi.absoluteFilePath(), m.captured(1), at, fi.size()};
    }
    std::sort(list.begin(), list.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return list;
}

QList<BackupInfo> BackupManager::runScheduled(const QDateTime &nowUtc, QString *error)
{
    QList<BackupInfo> taken;
    const QList<BackupInfo> existing = backups();
    const QDate today = nowUtc.toUTC().date();
    auto has = [&](const QString &kind, auto sameWindow) {
        return std::any_of(existing.begin(), existing.end(), [&](const BackupInfo &b) { return b.kind == kind && sameWindow(b.takenAt.date()); });
    };
    const bool daily = has(QStringLiteral("daily"), [&](const QDate &d) { return d == today; });
    const bool weekly = has(QStringLiteral("weekly"), [&](const QDate &d) { return d.weekNumber() == today.weekNumber() && d.year() == today.year(); });
    const bool monthly = has(QStringLiteral("monthly"), [&](const QDate &d) { return d.month() == today.month() && d.year() == today.year(); });
    for (const auto &[kind, present] : {std::pair{QStringLiteral("daily"), daily}, std::pair{QStringLiteral("weekly"), weekly},
                                        std::pair{QStringLiteral("monthly"), monthly}}) {
        if (present)
            continue;
        if (auto b = backupNow(kind, nowUtc, error))
            taken << *b;
        else
            return taken;
    }
    prune();
    return taken;
}

void BackupManager::prune()
{
    QHash<QString, int> kept;
    const QList<BackupInfo> all = backups(); // newest first
    for (const BackupInfo &b : all) {
        const int limit = b.kind == QLatin1String("daily")    ? m_retention.daily
                          : b.kind == QLatin1String("weekly") ? m_retention.weekly
                          : b.kind == QLatin1String("monthly") ? m_retention.monthly
                                                               : m_retention.manual;
        if (++kept[b.kind] > limit)
            QFile::remove(b.path);
    }
}

bool BackupManager::restore(const QString &backupPath, QString *error, QString *keptAside)
{
    QString problem;
    if (!integrityOk(backupPath, &problem)) {
        if (error)
            *error = QStringLiteral("the backup %1 is damaged or unreadable (%2); nothing was changed").arg(backupPath, problem);
        return false;
    }
    const QString partial = m_db + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial)) {
        if (error)
            *error = QStringLiteral("cannot copy %1").arg(backupPath);
        return false;
    }
    QString aside;
    if (QFileInfo::exists(m_db)) {
        aside = m_db + QStringLiteral(".before-restore-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_db, aside)) {
            QFile::remove(partial);
            if (error)
                *error = QStringLiteral("cannot move the current database aside");
            return false;
        }
        for (const char *suffix : {"-wal", "-shm"})
            if (QFileInfo::exists(m_db + QLatin1String(suffix)))
                QFile::rename(m_db + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QFile::rename(partial, m_db)) {
        if (!aside.isEmpty())
            QFile::rename(aside, m_db); // put the original back
        if (error)
            *error = QStringLiteral("cannot put the backup in place");
        return false;
    }
    if (keptAside)
        *keptAside = aside;
    return true;
}

} // namespace cca::progress
