// 'ccacademy-cli demo populate', run as a separate process on a temporary database.
#include "progress/progressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;

namespace {

TEST(DemoCli, PopulatesADatabase)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::ProcessResult r = test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"),
                                                              QStringLiteral("6"), QStringLiteral("--events"), QStringLiteral("2000"),
                                                              QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--database"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 officer(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 cohort(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(" s\n")) || r.out.trimmed().endsWith(QStringLiteral(" s"))) << r.out.toStdString();
    progress::OpenResult opened = progress::openProgressStore(db);
    ASSERT_TRUE(opened.store);
    EXPECT_EQ(opened.store->officers().size(), 6);
    EXPECT_GE(opened.store->allEvents().size(), 2000);

    const test::ProcessResult list = test::run(test::cliPath(), {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--database"), db});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.out.trimmed().split(QLatin1Char('\n')).size(), 6);
}

TEST(DemoCli, RejectsMissingOrBadOptions)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::ProcessResult missing =
        test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("3"),
                                    QStringLiteral("--database"), db});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("usage: ccacademy-cli demo populate")));
    const test::ProcessResult bad =
        test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("many"),
                                    QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--database"), db});
    EXPECT_EQ(bad.exitCode, 2);
}

} // namespace
