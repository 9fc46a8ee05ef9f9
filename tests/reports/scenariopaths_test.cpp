// The paths officers take through a scenario, counted from hand-made events.
#include "reports/scenariopaths.h"

#include <gtest/gtest.h>

using namespace cca;
using namespace cca::reports;
namespace Verbs = cca::progress::Verbs;
namespace ObjectTypes = cca::progress::ObjectTypes;

namespace {
progress::Event chose(const QString &officer, const QString &node, const QString &choice, const QString &activity = QStringLiteral("talk"))
{
    return progress::Event::make(officer, Verbs::Responded, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Activity, activity,
                                 {{QStringLiteral("node"), node}, {QStringLiteral("choice"), choice}, {QStringLiteral("score"), 1}});
}
progress::Event ended(const QString &officer, const QString &outcome, const QString &band, int score, int max)
{
    return progress::Event::make(officer, Verbs::Completed, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Activity,
                                 QStringLiteral("talk"),
                                 {{QStringLiteral("outcome"), outcome}, {QStringLiteral("band"), band}, {QStringLiteral("score"), score},
                                  {QStringLiteral("max"), max}});
}
} // namespace

TEST(ScenarioPaths, CountsChoicesPerDecisionAndEndingsByPlays)
{
    const QList<progress::Event> events{
        chose(QStringLiteral("a"), QStringLiteral("first"), QStringLiteral("listen")),
        chose(QStringLiteral("a"), QStringLiteral("second"), QStringLiteral("explain-fee")),
        ended(QStringLiteral("a"), QStringLiteral("stops-and-reports"), QStringLiteral("good"), 9, 9),
        chose(QStringLiteral("b"), QStringLiteral("first"), QStringLiteral("lecture")),
        ended(QStringLiteral("b"), QStringLiteral("sends-money"), QStringLiteral("poor"), 0, 9),
        chose(QStringLiteral("b"), QStringLiteral("first"), QStringLiteral("listen")), // b plays again
        ended(QStringLiteral("b"), QStringLiteral("stops-and-reports"), QStringLiteral("good"), 6, 9),
        chose(QStringLiteral("c"), QStringLiteral("first"), QStringLiteral("listen"), QStringLiteral("other-activity")),
        progress::Event::make(QStringLiteral("c"), Verbs::Progressed, QStringLiteral("m"), QStringLiteral("1.0.0"), ObjectTypes::Activity,
                              QStringLiteral("talk"), {{QStringLiteral("state"), QJsonObject()}}),
    };
    const ScenarioPaths p = scenarioPaths(QStringLiteral("m"), QStringLiteral("talk"), events);
    EXPECT_EQ(p.plays, 3);
    EXPECT_EQ(p.officers, 2);
    EXPECT_EQ(p.decisions, 4) << "another activity's choice is not counted";
    EXPECT_EQ(p.choices.value(QStringLiteral("first")).value(QStringLiteral("listen")), 2);
    EXPECT_EQ(p.choices.value(QStringLiteral("first")).value(QStringLiteral("lecture")), 1);
    EXPECT_EQ(p.choices.value(QStringLiteral("second")).value(QStringLiteral("explain-fee")), 1);
    ASSERT_EQ(p.endings.size(), 2);
    EXPECT_EQ(p.endings[0].outcome, QStringLiteral("stops-and-reports")) << "most frequent first";
    EXPECT_EQ(p.endings[0].plays, 2);
    EXPECT_EQ(p.endings[0].band, QStringLiteral("good"));
    EXPECT_NEAR(p.endings[0].averagePercent, (100.0 + 66.6667) / 2, 0.01);
    EXPECT_EQ(p.endings[1].outcome, QStringLiteral("sends-money"));
    EXPECT_DOUBLE_EQ(p.endings[1].averagePercent, 0.0);

    const ScenarioPaths none = scenarioPaths(QStringLiteral("other-module"), QStringLiteral("talk"), events);
    EXPECT_EQ(none.plays, 0);
    EXPECT_TRUE(none.choices.isEmpty());
}
