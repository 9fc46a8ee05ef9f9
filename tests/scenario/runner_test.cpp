// Playing a scenario: variables and effects, conditional choices, scores and endings, resume, and
// the decision events the app records.
#include "scenario/scenarioloader.h"
#include "scenario/scenariorunner.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace cca;
using namespace cca::scenario;

namespace {

Scenario sample()
{
    Scenario s = ScenarioLoader::loadFile(test::dataPath(QStringLiteral("scenario/data/warned-withdrawal.scenario.json")));
    EXPECT_TRUE(s.isValid());
    return s;
}

QStringList choiceIds(const ScenarioRunner &r)
{
    QStringList ids;
    for (const Choice *c : r.availableChoices())
        ids << c->id;
    return ids;
}

void choose(ScenarioRunner &r, const QString &id)
{
    QString error;
    ASSERT_TRUE(r.choose(id, &error).has_value()) << error.toStdString();
    r.advanceToInput();
}

} // namespace

TEST(ScenarioRunner, StartsAtTheStartWithInitialValues)
{
    ScenarioRunner r(sample());
    EXPECT_FALSE(r.isStarted());
    EXPECT_EQ(r.current(), nullptr);
    r.start();
    ASSERT_NE(r.current(), nullptr);
    EXPECT_EQ(r.current()->id, QStringLiteral("intro"));
    EXPECT_EQ(r.value(QStringLiteral("trust")), Value::integer(0));
    EXPECT_EQ(r.value(QStringLiteral("lectured")), Value::boolean(false));
    EXPECT_EQ(r.score(), 0);
    EXPECT_TRUE(r.availableChoices().isEmpty());
    EXPECT_FALSE(r.choose(QStringLiteral("build-rapport")).has_value()); // not at a decision yet
    EXPECT_TRUE(r.advance());
    EXPECT_EQ(r.current()->id, QStringLiteral("warning"));
    EXPECT_EQ(r.advanceToInput(), 1);
    EXPECT_EQ(r.current()->id, QStringLiteral("first-contact"));
    EXPECT_FALSE(r.advance()); // a decision waits for a choice
    EXPECT_EQ(choiceIds(r), (QStringList{QStringLiteral("build-rapport"), QStringLiteral("lecture")}));
}

TEST(ScenarioRunner, BestPathStopsAndReports)
{
    ScenarioRunner r(sample());
    r.start();
    r.advanceToInput();
    choose(r, QStringLiteral("build-rapport"));
    EXPECT_EQ(r.current()->id, QStringLiteral("probe"));
    EXPECT_EQ(r.value(QStringLiteral("trust")).number, 1);
    choose(r, QStringLiteral("ask-platform"));
    EXPECT_EQ(r.value(QStringLiteral("asked_platform")), Value::boolean(true));
    EXPECT_EQ(choiceIds(r), (QStringList{QStringLiteral("explain-fee"), QStringLiteral("warn-only"), QStringLiteral("threaten")}));
    choose(r, QStringLiteral("explain-fee"));
    EXPECT_EQ(r.value(QStringLiteral("trust")).number, 3);
    EXPECT_EQ(choiceIds(r), (QStringList{QStringLiteral("report-together"), QStringLiteral("ask-to-wait"), QStringLiteral("leave-number")}));
    choose(r, QStringLiteral("report-together"));
    ASSERT_TRUE(r.isFinished());
    const std::optional<Outcome> o = r.outcome();
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->outcome, QStringLiteral("stops-and-reports"));
    EXPECT_EQ(o->band, QStringLiteral("good"));
    EXPECT_EQ(o->score, 1 + 1 + 2 + 2 + 3); // choices, then the ending's own points
    EXPECT_TRUE(o->debrief.has(QStringLiteral("zh-Hant")));
    EXPECT_FALSE(r.advance());
}

TEST(ScenarioRunner, ConditionsFollowEarlierChoicesNotOnlyTheLast)
{
    ScenarioRunner r(sample());
    r.start();
    r.advanceToInput();
    choose(r, QStringLiteral("lecture"));     // trust -1, lectured
    choose(r, QStringLiteral("ask-platform")); // trust 0
    // Explaining the fee needs trust >= 1: not offered, and refused when asked for.
    EXPECT_EQ(choiceIds(r), (QStringList{QStringLiteral("warn-only"), QStringLiteral("threaten")}));
    QString error;
    EXPECT_FALSE(r.choose(QStringLiteral("explain-fee"), &error).has_value());
    EXPECT_TRUE(error.contains(QLatin1String("no choice 'explain-fee'"))) << error.toStdString();
    EXPECT_EQ(r.current()->id, QStringLiteral("fee-talk"));
    EXPECT_EQ(r.value(QStringLiteral("trust")).number, 0);
    choose(r, QStringLiteral("warn-only"));
    EXPECT_EQ(choiceIds(r), QStringList{QStringLiteral("leave-number")});
    choose(r, QStringLiteral("leave-number"));
    ASSERT_TRUE(r.outcome().has_value());
    EXPECT_EQ(r.outcome()->outcome, QStringLiteral("sends-money"));
    EXPECT_EQ(r.outcome()->band, QStringLiteral("poor"));
    EXPECT_EQ(r.score(), -1 + 1 + 0 + 0 + 0);
}

TEST(ScenarioRunner, ThePausePathEndsInTheMiddle)
{
    ScenarioRunner r(sample());
    r.start();
    r.advanceToInput();
    choose(r, QStringLiteral("build-rapport"));
    choose(r, QStringLiteral("ask-platform"));
    choose(r, QStringLiteral("warn-only"));
    // Trust is 2 but the fee trap was never explained: reporting together is not on offer.
    EXPECT_EQ(choiceIds(r), (QStringList{QStringLiteral("ask-to-wait"), QStringLiteral("leave-number")}));
    choose(r, QStringLiteral("ask-to-wait"));
    ASSERT_TRUE(r.outcome().has_value());
    EXPECT_EQ(r.outcome()->outcome, QStringLiteral("pauses"));
    EXPECT_EQ(r.outcome()->score, 1 + 1 + 0 + 1 + 1);
}

TEST(ScenarioRunner, DecisionsAreReportedAsEvents)
{
    ScenarioRunner r(sample());
    QList<DecisionEvent> heard;
    r.setDecisionListener([&](const DecisionEvent &e) { heard << e; });
    r.start();
    r.advanceToInput();
    const std::optional<DecisionEvent> first = r.choose(QStringLiteral("lecture"));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->scenarioId, QStringLiteral("warned-withdrawal"));
    EXPECT_EQ(first->nodeId, QStringLiteral("first-contact"));
    EXPECT_EQ(first->choiceId, QStringLiteral("lecture"));
    EXPECT_EQ(first->nextNodeId, QStringLiteral("story"));
    EXPECT_EQ(first->score, -1);
    const QJsonObject expectedVariables{{QStringLiteral("trust"), -1},
                                        {QStringLiteral("asked_platform"), false},
                                        {QStringLiteral("explained_fee"), false},
                                        {QStringLiteral("lectured"), true}};
    EXPECT_EQ(first->variables, expectedVariables);
    const QJsonObject json = first->toJson();
    EXPECT_EQ(json.value(QStringLiteral("scenario")).toString(), QStringLiteral("warned-withdrawal"));
    EXPECT_EQ(json.value(QStringLiteral("node")).toString(), QStringLiteral("first-contact"));
    EXPECT_EQ(json.value(QStringLiteral("choice")).toString(), QStringLiteral("lecture"));
    EXPECT_EQ(json.value(QStringLiteral("variables")).toObject(), expectedVariables);
    r.advanceToInput();
    ASSERT_TRUE(r.choose(QStringLiteral("dismiss")).has_value());
    ASSERT_EQ(heard.size(), 2);
    EXPECT_EQ(heard[0].toJson(), json);
    EXPECT_EQ(heard[1].choiceId, QStringLiteral("dismiss"));
    EXPECT_EQ(heard[1].variables.value(QStringLiteral("trust")).toInt(), -2);
    // A refused choice is not an event.
    EXPECT_FALSE(r.choose(QStringLiteral("nonsense")).has_value());
    EXPECT_EQ(heard.size(), 2);
}

TEST(ScenarioRunner, ResumesWhereTheOfficerStoppedAndReachesTheSameEnding)
{
    // Play the best path straight through, for reference.
    ScenarioRunner straight(sample());
    straight.start();
    straight.advanceToInput();
    for (const char *c : {"build-rapport", "ask-platform", "explain-fee", "report-together"})
        choose(straight, QString::fromLatin1(c));
    ASSERT_TRUE(straight.isFinished());

    // Stop half-way (in the middle of the non-decision nodes), save, restore in a new runner.
    ScenarioRunner first(sample());
    first.start();
    first.advanceToInput();
    choose(first, QStringLiteral("build-rapport"));
    ASSERT_TRUE(first.choose(QStringLiteral("ask-platform")).has_value());
    EXPECT_EQ(first.current()->id, QStringLiteral("fee-talk"));
    const QJsonObject saved = first.saveState();
    EXPECT_EQ(saved.value(QStringLiteral("node")).toString(), QStringLiteral("fee-talk"));
    EXPECT_EQ(saved.value(QStringLiteral("score")).toInt(), 2);
    EXPECT_EQ(saved.value(QStringLiteral("variables")).toObject().value(QStringLiteral("trust")).toInt(), 2);
    const QJsonArray path = saved.value(QStringLiteral("path")).toArray();
    ASSERT_GE(path.size(), 3);
    EXPECT_EQ(path[2].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("first-contact"));
    EXPECT_EQ(path[2].toObject().value(QStringLiteral("choice")).toString(), QStringLiteral("build-rapport"));

    ScenarioRunner resumed(sample());
    QString error;
    ASSERT_TRUE(resumed.restoreState(saved, &error)) << error.toStdString();
    EXPECT_EQ(resumed.current()->id, QStringLiteral("fee-talk"));
    EXPECT_EQ(resumed.path(), first.path());
    EXPECT_EQ(resumed.values(), first.values());
    choose(resumed, QStringLiteral("explain-fee"));
    choose(resumed, QStringLiteral("report-together"));
    ASSERT_TRUE(resumed.isFinished());
    EXPECT_EQ(resumed.outcome()->outcome, straight.outcome()->outcome);
    EXPECT_EQ(resumed.score(), straight.score());
    EXPECT_EQ(resumed.path(), straight.path());
    EXPECT_EQ(resumed.saveState(), straight.saveState());
}

TEST(ScenarioRunner, RefusesAStateThatDoesNotFit)
{
    ScenarioRunner r(sample());
    r.start();
    r.advanceToInput();
    const QJsonObject good = r.saveState();
    QString error;

    QJsonObject other = good;
    other.insert(QStringLiteral("scenario"), QStringLiteral("another"));
    EXPECT_FALSE(r.restoreState(other, &error));
    EXPECT_TRUE(error.contains(QLatin1String("belongs to scenario 'another'")));

    QJsonObject unknownNode = good;
    unknownNode.insert(QStringLiteral("node"), QStringLiteral("gone"));
    EXPECT_FALSE(r.restoreState(unknownNode, &error));
    EXPECT_TRUE(error.contains(QLatin1String("'gone'")));

    QJsonObject wrongType = good;
    QJsonObject vars = good.value(QStringLiteral("variables")).toObject();
    vars.insert(QStringLiteral("lectured"), 1);
    wrongType.insert(QStringLiteral("variables"), vars);
    EXPECT_FALSE(r.restoreState(wrongType, &error));
    EXPECT_TRUE(error.contains(QLatin1String("no bool value for variable 'lectured'"))) << error.toStdString();

    QJsonObject badPath = good;
    badPath.insert(QStringLiteral("path"), QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("intro")}}});
    EXPECT_FALSE(r.restoreState(badPath, &error));
    EXPECT_TRUE(error.contains(QLatin1String("does not end at the saved node")));

    // Nothing changed by the refusals.
    EXPECT_EQ(r.saveState(), good);
}
