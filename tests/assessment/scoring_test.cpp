// Scoring of every question type through the real loader: partial credit, negative marks,
// tolerance edges, normalisation and cloze.
#include "assessment/scoring.h"
#include "questionfixture.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace cca;
using assessment::scoreQuestion;

namespace {
const char *kQuestions = R"({
 "categories": [{"id": "basics", "title": "Basics"}],
 "questions": [
  {"id": "single", "type": "single_choice", "text": "Pick b", "weight": 2, "category": "basics",
   "options": [{"id": "a", "text": "A", "feedback": "No: a"}, {"id": "b", "text": "B", "correct": true, "feedback": "Yes: b"}]},
  {"id": "negative", "type": "single_choice", "text": "Pick a",
   "options": [{"id": "a", "text": "A", "fraction": 1}, {"id": "b", "text": "B", "fraction": -0.5}, {"id": "c", "text": "C", "fraction": 0}]},
  {"id": "multi", "type": "multiple_choice", "text": "Pick a and b",
   "options": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B", "correct": true},
               {"id": "c", "text": "C"}, {"id": "d", "text": "D"}]},
  {"id": "tf", "type": "true_false", "text": "Seed phrases are safe to share", "answer": false,
   "feedback_true": "No, never share", "feedback_false": "Right"},
  {"id": "short", "type": "short_answer", "text": "What do you ask for?",
   "answers": [{"text": "transaction hash", "feedback": "Good"}, {"text": "tx*", "fraction": 0.5},
               {"text": "交易哈希", "language": "zh-Hant"}]},
  {"id": "cased", "type": "short_answer", "text": "Ticker?", "case_sensitive": true, "answers": [{"text": "USDT"}]},
  {"id": "num", "type": "numeric", "text": "Hex characters in a hash?",
   "answers": [{"value": 64, "tolerance": 0}, {"min": 60, "max": 70, "fraction": 0.5}]},
  {"id": "tol", "type": "numeric", "text": "About 20%", "answers": [{"value": 20, "tolerance": 2.5}]},
  {"id": "match", "type": "matching", "text": "Match",
   "pairs": [{"id": "p1", "prompt": "Address", "answer": "Share"}, {"id": "p2", "prompt": "Seed", "answer": "Never"},
             {"id": "p3", "prompt": "Hash", "answer": "Evidence"}], "distractors": ["Sell"]},
  {"id": "order", "type": "ordering", "text": "Order",
   "items": [{"id": "i1", "text": "Stop"}, {"id": "i2", "text": "Record"}, {"id": "i3", "text": "Report"}, {"id": "i4", "text": "Freeze"}]},
  {"id": "order-all", "type": "ordering", "text": "Order", "grading": "all_or_nothing",
   "items": [{"id": "i1", "text": "1"}, {"id": "i2", "text": "2"}, {"id": "i3", "text": "3"}]},
  {"id": "cat", "type": "categorize", "text": "Sort",
   "buckets": [{"id": "share", "title": "Share"}, {"id": "never", "title": "Never"}],
   "items": [{"id": "addr", "text": "Address", "bucket": "share"}, {"id": "seed", "text": "Seed", "bucket": "never"},
             {"id": "key", "text": "Key", "bucket": "never"}, {"id": "hash", "text": "Hash", "bucket": "share"}]},
  {"id": "spot", "type": "hotspot", "text": "Click the seed area", "image": "media/screen.svg",
   "regions": [{"id": "seed", "shape": "rect", "coords": [10, 10, 100, 50], "correct": true, "label": "Seed words"},
               {"id": "warn", "shape": "circle", "coords": [300, 100, 40], "correct": true, "label": "Warning"},
               {"id": "logo", "shape": "polygon", "coords": [200, 150, 250, 150, 225, 190], "label": "Logo"}]},
  {"id": "cloze", "type": "fill_blanks", "text": "A {{g1}} holds keys; the hash has {{g2}} characters; ask for the {{g3}}.",
   "gaps": [{"id": "g1", "type": "choice", "options": [{"id": "w", "text": "wallet", "correct": true}, {"id": "b", "text": "bank"}]},
            {"id": "g2", "type": "numeric", "answers": [{"value": 64}]},
            {"id": "g3", "type": "short", "answers": [{"text": "tx hash"}], "weight": 2}]},
  {"id": "essay", "type": "essay", "text": "Explain", "min_words": 10},
  {"id": "info", "type": "description", "text": "Read this"}
 ]})";

QJsonValue arr(std::initializer_list<const char *> ids)
{
    QJsonArray a;
    for (const char *id : ids)
        a.append(QString::fromLatin1(id));
    return a;
}

class Scoring : public ::testing::Test
{
protected:
    test::QuestionFixture f{kQuestions};
    double frac(const char *id, const QJsonValue &r, const char *lang = "en")
    {
        return scoreQuestion(f.question(QString::fromLatin1(id)), r, QString::fromLatin1(lang)).fraction;
    }
};
} // namespace

TEST_F(Scoring, FixtureLoads)
{
    EXPECT_TRUE(f.errors().isEmpty()) << f.errors().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(f.assessment().questions.size(), 16);
}

TEST_F(Scoring, SingleChoiceWeightAndFeedback)
{
    const auto r = scoreQuestion(f.question(QStringLiteral("single")), arr({"b"}), QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(r.points, 2.0);
    EXPECT_TRUE(r.fullyCorrect);
    EXPECT_EQ(r.feedback, QStringList{QStringLiteral("Yes: b")});
    EXPECT_DOUBLE_EQ(frac("single", arr({"a"})), 0.0);
    EXPECT_DOUBLE_EQ(frac("single", arr({"a", "b"})), 0.0) << "two picks on a single-choice question earn nothing";
}

TEST_F(Scoring, NegativeMarksOnlyWhereTheAuthorSetThem)
{
    EXPECT_DOUBLE_EQ(frac("negative", arr({"b"})), -0.5);
    EXPECT_DOUBLE_EQ(frac("negative", arr({"c"})), 0.0);
    EXPECT_DOUBLE_EQ(frac("multi", arr({"c", "d"})), 0.0) << "default multiple-choice marking never goes below zero";
}

TEST(ScoringFractions, ARightOptionWithoutAFractionStillEarnsFullCredit)
{
    test::QuestionFixture f(R"({"questions": [{"id": "q", "type": "single_choice", "text": "t",
        "options": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B", "fraction": -0.5}]}]})");
    ASSERT_TRUE(f.errors().isEmpty());
    EXPECT_DOUBLE_EQ(scoreQuestion(f.question(QStringLiteral("q")), QJsonArray{QStringLiteral("a")}, QStringLiteral("en")).fraction, 1.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(f.question(QStringLiteral("q")), QJsonArray{QStringLiteral("b")}, QStringLiteral("en")).fraction, -0.5);
}

TEST_F(Scoring, MultipleChoicePartialCredit)
{
    EXPECT_DOUBLE_EQ(frac("multi", arr({"a", "b"})), 1.0);
    EXPECT_DOUBLE_EQ(frac("multi", arr({"a"})), 0.5);
    EXPECT_DOUBLE_EQ(frac("multi", arr({"a", "c"})), 0.0);
    EXPECT_DOUBLE_EQ(frac("multi", arr({"a", "b", "c"})), 0.5);
}

TEST_F(Scoring, TrueFalseWithFeedbackForEachAnswer)
{
    const auto wrong = scoreQuestion(f.question(QStringLiteral("tf")), true, QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(wrong.fraction, 0.0);
    EXPECT_EQ(wrong.feedback, QStringList{QStringLiteral("No, never share")});
    EXPECT_DOUBLE_EQ(frac("tf", false), 1.0);
}

TEST_F(Scoring, ShortAnswerNormalisationWildcardAndLanguage)
{
    EXPECT_DOUBLE_EQ(frac("short", QStringLiteral("  Transaction   HASH ")), 1.0);
    EXPECT_DOUBLE_EQ(frac("short", QString::fromUtf8("Transactión hash")), 1.0) << "diacritics are ignored";
    EXPECT_DOUBLE_EQ(frac("short", QString::fromUtf8("ｔｒａｎｓａｃｔｉｏｎ hash")), 1.0) << "full-width letters are normalised";
    EXPECT_DOUBLE_EQ(frac("short", QStringLiteral("txid")), 0.5) << "wildcard partial answer";
    EXPECT_DOUBLE_EQ(frac("short", QStringLiteral("wallet")), 0.0);
    EXPECT_DOUBLE_EQ(frac("short", QString::fromUtf8("交易哈希"), "zh-Hant"), 1.0);
    EXPECT_DOUBLE_EQ(frac("short", QString::fromUtf8("交易哈希"), "en"), 0.0) << "a language-specific answer counts only in its language";
    EXPECT_DOUBLE_EQ(frac("cased", QStringLiteral("USDT")), 1.0);
    EXPECT_DOUBLE_EQ(frac("cased", QStringLiteral("usdt")), 0.0);
}

TEST_F(Scoring, NumericToleranceEdgesAndRanges)
{
    EXPECT_DOUBLE_EQ(frac("num", QStringLiteral("64")), 1.0);
    EXPECT_DOUBLE_EQ(frac("num", QStringLiteral("65")), 0.5);
    EXPECT_DOUBLE_EQ(frac("num", QStringLiteral("70")), 0.5) << "range ends are inclusive";
    EXPECT_DOUBLE_EQ(frac("num", QStringLiteral("70.01")), 0.0);
    EXPECT_DOUBLE_EQ(frac("tol", QStringLiteral("22.5")), 1.0) << "tolerance edge is inclusive";
    EXPECT_DOUBLE_EQ(frac("tol", QStringLiteral("17,5")), 1.0) << "decimal comma";
    EXPECT_DOUBLE_EQ(frac("tol", QStringLiteral("22.51")), 0.0);
    EXPECT_DOUBLE_EQ(frac("tol", QStringLiteral("twenty")), 0.0);
}

TEST_F(Scoring, MatchingOrderingAndCategorizeGivePartialCredit)
{
    QJsonObject match{{QStringLiteral("p1"), QStringLiteral("p1")}, {QStringLiteral("p2"), QStringLiteral("distractor-0")},
                      {QStringLiteral("p3"), QStringLiteral("p3")}};
    EXPECT_NEAR(frac("match", match), 2.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(frac("order", arr({"i1", "i2", "i3", "i4"})), 1.0);
    EXPECT_DOUBLE_EQ(frac("order", arr({"i1", "i2", "i4", "i3"})), 0.5);
    EXPECT_DOUBLE_EQ(frac("order-all", arr({"i1", "i3", "i2"})), 0.0);
    EXPECT_DOUBLE_EQ(frac("order-all", arr({"i1", "i2", "i3"})), 1.0);
    QJsonObject cat{{QStringLiteral("addr"), QStringLiteral("share")}, {QStringLiteral("seed"), QStringLiteral("never")},
                    {QStringLiteral("key"), QStringLiteral("share")}};
    EXPECT_DOUBLE_EQ(frac("cat", cat), 0.5);
}

TEST_F(Scoring, HotspotCountsRegionsAndWrongClicks)
{
    EXPECT_DOUBLE_EQ(frac("spot", QJsonArray{QJsonArray{50, 30}, QJsonArray{310, 90}}), 1.0);
    EXPECT_DOUBLE_EQ(frac("spot", QJsonArray{QJsonArray{50, 30}, QJsonArray{225, 160}}), 0.0) << "one right, one wrong";
    EXPECT_DOUBLE_EQ(frac("spot", QJsonArray{QJsonArray{50, 30}, QJsonArray{60, 40}}), 0.5) << "the same region twice counts once";
    EXPECT_DOUBLE_EQ(frac("spot", QJsonArray{QJsonArray{50, 30}}), 0.5);
}

TEST_F(Scoring, ClozeIsTheWeightedAverageOfItsGaps)
{
    QJsonObject all{{QStringLiteral("g1"), QStringLiteral("w")}, {QStringLiteral("g2"), QStringLiteral("64")},
                    {QStringLiteral("g3"), QStringLiteral("TX hash")}};
    EXPECT_DOUBLE_EQ(frac("cloze", all), 1.0);
    QJsonObject some{{QStringLiteral("g1"), QStringLiteral("b")}, {QStringLiteral("g2"), QStringLiteral("64")}};
    EXPECT_DOUBLE_EQ(frac("cloze", some), 0.25);
    EXPECT_TRUE(assessment::displayText(f.question(QStringLiteral("cloze")), QStringLiteral("en")).contains(QStringLiteral("(2)")));
}

TEST_F(Scoring, EssayAndDescriptionAreNotAutoScored)
{
    const auto essay = scoreQuestion(f.question(QStringLiteral("essay")), QStringLiteral("some words"), QStringLiteral("en"));
    EXPECT_TRUE(essay.answered);
    EXPECT_FALSE(essay.scored);
    EXPECT_FALSE(scoreQuestion(f.question(QStringLiteral("info")), QJsonValue(), QStringLiteral("en")).scored);
}

TEST_F(Scoring, CorrectResponseEarnsFullCreditForEveryType)
{
    for (const content::Question &q : f.assessment().questions) {
        if (!content::QuestionTypes::isScored(q.type))
            continue;
        const QJsonValue right = assessment::correctResponse(q, QStringLiteral("en"));
        EXPECT_TRUE(scoreQuestion(q, right, QStringLiteral("en")).fullyCorrect) << q.id.toStdString();
        EXPECT_FALSE(assessment::describeCorrectAnswer(q, QStringLiteral("en")).isEmpty()) << q.id.toStdString();
    }
}

TEST_F(Scoring, AttemptTotalsSkipEssaysAndCountPending)
{
    QList<const content::Question *> qs;
    for (const content::Question &q : f.assessment().questions)
        if (q.id == QLatin1String("single") || q.id == QLatin1String("tf") || q.id == QLatin1String("essay"))
            qs << &q;
    const auto s = assessment::scoreAttempt(qs, {{QStringLiteral("single"), arr({"b"})}, {QStringLiteral("essay"), QStringLiteral("text")}},
                                            50, QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(s.maxPoints, 3.0);
    EXPECT_DOUBLE_EQ(s.points, 2.0);
    EXPECT_NEAR(s.percent, 66.67, 0.01);
    EXPECT_TRUE(s.passed);
    EXPECT_EQ(s.pendingGrading, 1);
    EXPECT_EQ(s.answered, 2);
}

TEST(ScoringText, WildcardsAndParsing)
{
    EXPECT_TRUE(assessment::textMatches(QStringLiteral("*hash*"), QStringLiteral("the tx hash please"), false));
    EXPECT_FALSE(assessment::textMatches(QStringLiteral("hash"), QStringLiteral("hashes"), false));
    EXPECT_EQ(assessment::parseNumber(QStringLiteral("1,234.5")), 1234.5);
    EXPECT_EQ(assessment::parseNumber(QStringLiteral("3,5")), 3.5);
    EXPECT_EQ(assessment::parseNumber(QStringLiteral("18,222")), 18222.0) << "thousands separator, not a decimal comma";
    EXPECT_EQ(assessment::parseNumber(QStringLiteral("20%")), 20.0);
    EXPECT_EQ(assessment::parseNumber(QString::fromUtf8("６４")), 64.0) << "full-width digits";
    EXPECT_FALSE(assessment::parseNumber(QStringLiteral("abc")).has_value());
}
