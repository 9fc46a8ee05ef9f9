// Chat simulation scoring: found, missed and wrongly marked red flags, with the debrief.
#include "scenario/chatscoring.h"
#include "scenario/scenarioloader.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;
using namespace cca::scenario;

namespace {

Scenario chat()
{
    static const QByteArray json = R"({
  "format": 1,
  "id": "wrong-number",
  "title": {"en": "A wrong number", "zh-Hant": "打錯號碼"},
  "start": "m1",
  "tactics": [
    {"id": "wrong-number-opener", "name": {"en": "Wrong-number opener", "zh-Hant": "打錯號碼開場"}},
    {"id": "fee-to-withdraw", "name": {"en": "Fee to withdraw", "zh-Hant": "提款前先付費"}},
    {"id": "urgency", "name": {"en": "Urgency", "zh-Hant": "製造緊迫感"}}
  ],
  "nodes": [
    {"id": "m1", "type": "message", "sender": "Lily", "time": "Day 1, 09:14", "text": "Hi Amy, is the yoga class still on?",
     "redFlag": {"tactic": "wrong-number-opener", "explanation": {"en": "A 'wrong number' that keeps talking opens many scams.", "zh-Hant": "打錯號碼卻繼續傾談，是很多騙局的開場。"}},
     "next": "m2"},
    {"id": "m2", "type": "message", "sender": "Victim", "outgoing": true, "text": "Sorry, wrong number.", "next": "m3"},
    {"id": "m3", "type": "message", "sender": "Lily", "time": "Day 9, 21:40", "text": "Nice photos! I like talking to you.", "next": "m4"},
    {"id": "m4", "type": "message", "sender": "Lily", "time": "Day 30, 08:02", "text": "Pay the 20% tax today or the account is frozen.",
     "redFlag": {"tactic": "fee-to-withdraw", "explanation": "A fee paid in before money can come out is the trap."},
     "next": "m5"},
    {"id": "m5", "type": "message", "sender": "Lily", "text": "Only two hours left!",
     "redFlag": {"tactic": "urgency", "explanation": "A deadline leaves no time to ask anyone."},
     "next": "end"},
    {"id": "end", "type": "ending", "outcome": "debrief", "band": "good", "text": "The chat is over."}
  ]
})";
    QTemporaryDir dir;
    Scenario s = ScenarioLoader::loadData(json, QStringLiteral("wrong-number.scenario.json"), dir.path());
    EXPECT_TRUE(s.isValid()) << (s.errors.isEmpty() ? std::string() : s.errors.first().toString().toStdString());
    return s;
}

} // namespace

TEST(ChatScoring, AllFlagsFound)
{
    const ChatScore score = scoreChat(chat(), {QStringLiteral("m1"), QStringLiteral("m4"), QStringLiteral("m5")});
    EXPECT_EQ(score.found, (QStringList{QStringLiteral("m1"), QStringLiteral("m4"), QStringLiteral("m5")}));
    EXPECT_TRUE(score.missed.isEmpty());
    EXPECT_TRUE(score.wronglyMarked.isEmpty());
    EXPECT_EQ(score.score, 3);
    EXPECT_EQ(score.maxScore, 3);
    EXPECT_EQ(score.percent(), 100);
}

TEST(ChatScoring, FoundMissedAndWronglyMarked)
{
    const ChatScore score = scoreChat(chat(), {QStringLiteral("m4"), QStringLiteral("m3"), QStringLiteral("m1"), QStringLiteral("end"),
                                               QStringLiteral("no-such")});
    EXPECT_EQ(score.found, (QStringList{QStringLiteral("m1"), QStringLiteral("m4")}));
    EXPECT_EQ(score.missed, QStringList{QStringLiteral("m5")});
    EXPECT_EQ(score.wronglyMarked, (QStringList{QStringLiteral("m3"), QStringLiteral("end"), QStringLiteral("no-such")}));
    EXPECT_EQ(score.score, 0); // 2 found - 3 wrong, never below zero
    EXPECT_EQ(score.percent(), 0);

    const ChatScore careful = scoreChat(chat(), {QStringLiteral("m1"), QStringLiteral("m4"), QStringLiteral("m2")});
    EXPECT_EQ(careful.score, 1);
    EXPECT_EQ(careful.percent(), 33);
}

TEST(ChatScoring, NothingMarkedMissesEverything)
{
    const ChatScore score = scoreChat(chat(), {});
    EXPECT_TRUE(score.found.isEmpty());
    EXPECT_EQ(score.missed.size(), 3);
    EXPECT_EQ(score.score, 0);
}

TEST(ChatScoring, TheDebriefExplainsEveryFlagInChatOrder)
{
    const ChatScore score = scoreChat(chat(), {QStringLiteral("m4")});
    ASSERT_EQ(score.flags.size(), 3);
    EXPECT_EQ(score.flags[0].messageId, QStringLiteral("m1"));
    EXPECT_EQ(score.flags[0].tactic, QStringLiteral("wrong-number-opener"));
    EXPECT_FALSE(score.flags[0].found);
    EXPECT_EQ(score.flags[0].explanation.text(QStringLiteral("zh-Hant")), QStringLiteral("打錯號碼卻繼續傾談，是很多騙局的開場。"));
    EXPECT_TRUE(score.flags[1].found);
    EXPECT_EQ(score.flags[1].explanation.english(), QStringLiteral("A fee paid in before money can come out is the trap."));
    EXPECT_EQ(score.flags[2].tactic, QStringLiteral("urgency"));
    EXPECT_FALSE(score.flags[2].found);
}
