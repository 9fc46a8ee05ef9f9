// Call simulation scoring: tactic lines found (and named right), missed and wrongly marked; and the
// best score a way through a scenario can reach.
#include "scenario/callscoring.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenariorunner.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;
using namespace cca::scenario;

namespace {

// Two calls: c1 with lines 0 (urgency), 1 (none), 2 (authority); c2 with lines 0 (none), 1 (secrecy).
Scenario call()
{
    static const QByteArray json = R"({
  "format": 1,
  "id": "bank-call",
  "title": {"en": "The bank calls", "zh-Hant": "銀行來電"},
  "start": "c1",
  "tactics": [
    {"id": "urgency", "name": {"en": "Urgency", "zh-Hant": "製造緊迫感"}},
    {"id": "authority", "name": {"en": "Authority", "zh-Hant": "冒充權威"}},
    {"id": "secrecy", "name": {"en": "Secrecy", "zh-Hant": "要求保密"}}
  ],
  "nodes": [
    {"id": "c1", "type": "call", "audio": "voice.wav", "transcript": [
      {"at": 0, "speaker": "Caller", "text": "Your account will be closed within the hour.", "tactic": "urgency"},
      {"at": 2.5, "speaker": "Victim", "text": "Who is this?"},
      {"at": 4, "speaker": "Caller", "text": "This is the fraud department of your bank.", "tactic": "authority"}
    ], "next": "c2"},
    {"id": "c2", "type": "call", "audio": "voice.wav", "transcript": [
      {"at": 0, "speaker": "Caller", "text": "Please confirm your name."},
      {"at": 1, "speaker": "Caller", "text": "Do not tell the branch staff; they may be involved.", "tactic": "secrecy"}
    ], "next": "end"},
    {"id": "end", "type": "ending", "outcome": "debrief", "band": "good", "text": "The call is over."}
  ]
})";
    static QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("voice.wav")), QByteArray("RIFF"));
    Scenario s = ScenarioLoader::loadData(json, QStringLiteral("bank-call.scenario.json"), dir.path());
    EXPECT_TRUE(s.isValid()) << (s.errors.isEmpty() ? std::string() : s.errors.first().toString().toStdString());
    return s;
}

CallMark mark(const char *node, int line, const char *tactic = "")
{
    return CallMark{QString::fromLatin1(node), line, QString::fromLatin1(tactic)};
}

} // namespace

TEST(CallScoring, EveryTacticFoundAndNamedRight)
{
    const CallScore s = scoreCall(call(), {mark("c1", 0, "urgency"), mark("c1", 2, "authority"), mark("c2", 1, "secrecy")});
    EXPECT_EQ(s.found, 3);
    EXPECT_EQ(s.missed, 0);
    EXPECT_EQ(s.namedRight, 3);
    EXPECT_TRUE(s.wronglyMarked.isEmpty());
    EXPECT_EQ(s.score, 6);    // 3 found + 3 named right
    EXPECT_EQ(s.maxScore, 6); // 3 tactic lines, 2 points each
    EXPECT_EQ(s.percent(), 100);
}

TEST(CallScoring, FoundWithoutNamingEarnsHalf)
{
    const CallScore s = scoreCall(call(), {mark("c1", 0), mark("c1", 2, "urgency"), mark("c2", 1)});
    EXPECT_EQ(s.found, 3);
    EXPECT_EQ(s.namedRight, 0); // none named, one named wrong
    EXPECT_EQ(s.score, 3);
    EXPECT_EQ(s.percent(), 50);
    ASSERT_EQ(s.lines.size(), 3);
    EXPECT_EQ(s.lines[1].named, QStringLiteral("urgency"));
    EXPECT_EQ(s.lines[1].tactic, QStringLiteral("authority"));
    EXPECT_FALSE(s.lines[1].namedRight);
}

TEST(CallScoring, MissedAndWronglyMarkedLines)
{
    // c1:0 found and named (2), c1:2 and c2:1 missed, c1:1 and c2:0 have no tactic (-2), and a
    // mark on a line that does not exist (-1): 2 - 3 = -1, never below 0.
    const CallScore s = scoreCall(call(), {mark("c2", 0), mark("c1", 0, "urgency"), mark("c1", 1, "authority"), mark("c1", 9)});
    EXPECT_EQ(s.found, 1);
    EXPECT_EQ(s.missed, 2);
    EXPECT_EQ(s.namedRight, 1);
    EXPECT_EQ(s.wronglyMarked, (QList<CallMark>{mark("c1", 1, "authority"), mark("c2", 0), mark("c1", 9)}));
    EXPECT_EQ(s.score, 0);

    const CallScore careful = scoreCall(call(), {mark("c1", 0, "urgency"), mark("c1", 2, "authority"), mark("c1", 1)});
    EXPECT_EQ(careful.score, 3); // 2 found + 2 named - 1 wrong
    EXPECT_EQ(careful.percent(), 50);
}

TEST(CallScoring, TheLastMarkOfALineCounts)
{
    const CallScore s = scoreCall(call(), {mark("c1", 0, "authority"), mark("c1", 0, "urgency")});
    EXPECT_EQ(s.found, 1);
    EXPECT_EQ(s.namedRight, 1);
    EXPECT_EQ(s.score, 2);
}

TEST(CallScoring, NothingMarkedMissesEveryTacticInFileOrder)
{
    const CallScore s = scoreCall(call(), {});
    EXPECT_EQ(s.found, 0);
    EXPECT_EQ(s.missed, 3);
    EXPECT_EQ(s.score, 0);
    ASSERT_EQ(s.lines.size(), 3);
    EXPECT_EQ(s.lines[0].node, QStringLiteral("c1"));
    EXPECT_EQ(s.lines[0].line, 0);
    EXPECT_EQ(s.lines[2].node, QStringLiteral("c2"));
    EXPECT_EQ(s.lines[2].line, 1);
    EXPECT_EQ(s.lines[2].text.english(), QStringLiteral("Do not tell the branch staff; they may be involved."));
}

TEST(BestPossibleScore, FollowsConditionsAndEffects)
{
    // warned-withdrawal: build-rapport 1, ask-platform 1, explain-fee 2 (needs trust >= 1),
    // report-together 2 (needs trust >= 3, the fee explained, no lecture) and its ending 3.
    const Scenario s = ScenarioLoader::loadFile(test::dataPath(QStringLiteral("scenario/data/warned-withdrawal.scenario.json")));
    ASSERT_TRUE(s.isValid());
    EXPECT_EQ(bestPossibleScore(s), 9);
    EXPECT_EQ(bestPossibleScore(call()), 0); // no choices, an ending without points
}
