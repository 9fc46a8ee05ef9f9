// The real executable, started the way officers and benchmarks start it.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace cca;

namespace {
QStringList isolatedEnvironment(const QTemporaryDir &dir)
{
    return {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config")),
            QStringLiteral("XDG_DATA_HOME=") + dir.filePath(QStringLiteral("data")),
            QStringLiteral("XDG_RUNTIME_DIR=") + dir.path(),
            QStringLiteral("CCA_CONTENT_DIR=") + test::sourcePath(QStringLiteral("content"))};
}
} // namespace

TEST(App, ExitAfterStartupLoadsEverythingPaintsAndExitsZero)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("progress.sqlite"));
    const auto r = test::run(test::guiPath(), {QStringLiteral("--exit-after-startup"), QStringLiteral("--database"), db}, 60000,
                             isolatedEnvironment(dir));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("startup-ms "))) << r.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(db));
}

TEST(App, DamagedDatabaseIsMovedAsideAndTheAppStillStarts)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("progress.sqlite"));
    test::writeFile(db, QByteArray(8192, 'x'));
    const auto r = test::run(test::guiPath(), {QStringLiteral("--exit-after-startup"), QStringLiteral("--database"), db}, 60000,
                             isolatedEnvironment(dir));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("progress.sqlite.damaged-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(QFileInfo(dir.filePath(aside.first())).size(), 8192) << "the damaged file is kept as it was";
}
