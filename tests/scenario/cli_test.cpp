// 'ccacademy-cli validate' on scenario files and folders, run as a separate process.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace cca;

TEST(ScenarioCli, TheSampleIsValid)
{
    const QString file = test::dataPath(QStringLiteral("scenario/data/warned-withdrawal.scenario.json"));
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("scenario %1: 12 node(s), 0 problem(s)").arg(file))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("module(s) valid"))) << r.out.toStdString();
}

TEST(ScenarioCli, EveryBrokenFileFailsWithFileAndLine)
{
    const QStringList expected{QStringLiteral("dead-end.scenario.json:11:5: error: dead end"),
                               QStringLiteral("duplicate-id.scenario.json:8:"),
                               QStringLiteral("escaping-path.scenario.json:7:"),
                               QStringLiteral("missing-media.scenario.json:7:"),
                               QStringLiteral("trapped-cycle.scenario.json:11:5: error: cycle with no way out"),
                               QStringLiteral("type-mismatch.scenario.json:6:"),
                               QStringLiteral("undefined-variable.scenario.json:9:74: error: condition"),
                               QStringLiteral("unknown-next.scenario.json:9:"),
                               QStringLiteral("unreachable.scenario.json:8:5: error: unreachable")};
    const QDir broken(test::dataPath(QStringLiteral("scenario/data/broken")));
    ASSERT_EQ(broken.entryList({QStringLiteral("*.scenario.json")}, QDir::Files).size(), expected.size());
    for (const QString &line : expected) {
        const QString file = broken.filePath(line.section(QLatin1Char(':'), 0, 0));
        const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), file});
        EXPECT_EQ(r.exitCode, 1) << file.toStdString();
        EXPECT_TRUE(r.err.contains(broken.filePath(line))) << line.toStdString() << "\n" << r.err.toStdString();
    }
    // The whole folder at once: every file reported, exit 1.
    const auto all = test::run(test::cliPath(), {QStringLiteral("validate"), broken.path()});
    EXPECT_EQ(all.exitCode, 1);
    EXPECT_EQ(all.out.count(QLatin1String("scenario ")), expected.size()) << all.out.toStdString();
}

TEST(ScenarioCli, AFolderWithTheSampleAndTheBrokenFilesFails)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), test::dataPath(QStringLiteral("scenario/data"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QLatin1String("warned-withdrawal.scenario.json: 12 node(s), 0 problem(s)"))) << r.out.toStdString();
}

TEST(ScenarioCli, AFileThatIsNotAScenarioIsRefused)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), test::dataPath(QStringLiteral("scenario/CMakeLists.txt"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("neither a scenario file (*.scenario.json) nor a tracing case file"))) << r.err.toStdString();
}
