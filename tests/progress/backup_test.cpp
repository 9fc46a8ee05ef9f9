#include "progress/backupmanager.h"
#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca::progress;

namespace {
class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = dir.filePath(QStringLiteral("progress.sqlite"));
        auto opened = SqliteProgressStore::open(db);
        ASSERT_TRUE(opened.store);
        addOfficer(*opened.store, QStringLiteral("1"));
    }
    static void addOfficer(ProgressStore &store, const QString &number)
    {
        Officer o;
        o.displayName = QStringLiteral("Officer ") + number;
        o.serviceNumber = number;
        o.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(store.addOfficer(o, &error));
    }
    QTemporaryDir dir;
    QString db;
    QString backupDir() const { return dir.filePath(QStringLiteral("backups")); }
};
} // namespace

TEST_F(Backups, ScheduledBackupsAreTakenOncePerDayWeekAndMonthAndRotated)
{
    BackupRetention keep;
    keep.daily = 2;
    BackupManager manager(db, backupDir(), keep);
    const QDateTime monday(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    QString error;
    EXPECT_EQ(manager.runScheduled(monday, &error).size(), 3) << error.toStdString();
    EXPECT_TRUE(manager.runScheduled(monday.addSecs(3600), &error).isEmpty()) << "nothing due again the same day";
    EXPECT_EQ(manager.runScheduled(monday.addDays(1), &error).size(), 1) << "only the daily one the next day";
    manager.runScheduled(monday.addDays(2), &error);
    manager.runScheduled(monday.addDays(3), &error);
    int daily = 0;
    for (const BackupInfo &b : manager.backups())
        daily += b.kind == QLatin1String("daily") ? 1 : 0;
    EXPECT_EQ(daily, 2) << "the oldest daily backups are pruned";
    EXPECT_EQ(manager.runScheduled(monday.addDays(7), &error).size(), 2) << "a new week: daily and weekly";
    for (const BackupInfo &b : manager.backups())
        EXPECT_TRUE(BackupManager::integrityOk(b.path, nullptr)) << b.path.toStdString();
}

TEST_F(Backups, RestoreBringsBackTheDataAndKeepsTheCurrentFileAside)
{
    BackupManager manager(db, backupDir());
    QString error;
    const auto backup = manager.backupNow(QStringLiteral("manual"), QDateTime::currentDateTimeUtc(), &error);
    ASSERT_TRUE(backup.has_value()) << error.toStdString();
    {
        auto opened = SqliteProgressStore::open(db);
        addOfficer(*opened.store, QStringLiteral("2")); // made after the backup
        EXPECT_EQ(opened.store->officers().size(), 2);
    }
    QString aside;
    ASSERT_TRUE(manager.restore(backup->path, &error, &aside)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(aside));
    auto restored = SqliteProgressStore::open(db);
    ASSERT_TRUE(restored.store);
    EXPECT_EQ(restored.store->officers().size(), 1);
    EXPECT_TRUE(restored.movedAsidePath.isEmpty());
}

TEST_F(Backups, ADamagedBackupIsRefusedAndNothingChanges)
{
    BackupManager manager(db, backupDir());
    const QString fake = dir.filePath(QStringLiteral("backups/progress-manual-20261101-090000.sqlite"));
    cca::test::writeFile(fake, "not a database at all");
    const QByteArray before = [&] { QFile f(db); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QString error;
    EXPECT_FALSE(manager.restore(fake, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nothing was changed"))) << error.toStdString();
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}
