// Broken question files give precise errors and never crash.
#include "questionfixture.h"

#include <gtest/gtest.h>

using namespace cca;

namespace {
QString firstError(const QByteArray &questions, const QByteArray &extra = {})
{
    test::QuestionFixture f(questions, extra);
    return f.errors().value(0);
}
} // namespace

TEST(QuestionValidation, ReportsEachMistakeWithItsPosition)
{
    EXPECT_EQ(firstError(R"({"questions": [{"id": "q", "type": "essay", "text": "t", "options": []}]})"),
              QStringLiteral("m/q.json:1:58: error: unknown field 'options' in essay question (allowed: id, type, name, text, feedback, weight, category, tags, shuffle, min_words, max_words)"));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "fill_blanks", "text": "A {{g1}} {{g2}}",
        "gaps": [{"id": "g1", "type": "short", "answers": [{"text": "x"}]}]}]})")
                    .contains(QStringLiteral("uses gap '{{g2}}' that is not defined")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "hotspot", "text": "t", "image": "media/screen.svg",
        "regions": [{"id": "r", "shape": "rect", "coords": [1, 2, 3], "correct": true}]}]})")
                    .contains(QStringLiteral("a rect needs 4 numbers")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "categorize", "text": "t",
        "buckets": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
        "items": [{"id": "x", "text": "X", "bucket": "a"}, {"id": "y", "text": "Y", "bucket": "c"}]}]})")
                    .contains(QStringLiteral("bucket 'c' is not one of this question's buckets")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "numeric", "text": "t", "answers": [{"min": 5, "max": 1}]}]})")
                    .contains(QStringLiteral("'min' is larger than 'max'")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "short_answer", "text": "t", "answers": [{"text": "x", "fraction": 0.5}]}]})")
                    .contains(QStringLiteral("full credit")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "true_false", "text": "t", "category": "nope", "answer": true}]})")
                    .contains(QStringLiteral("category 'nope' is not defined")));
    EXPECT_TRUE(firstError(R"({"questions": [{"id": "q", "type": "puzzle", "text": "t"}]})").contains(QStringLiteral("question type 'puzzle' is unknown")));
}

TEST(QuestionValidation, AssessmentRulesAreChecked)
{
    const QByteArray one = R"({"questions": [{"id": "q", "type": "true_false", "text": "t", "answer": true}]})";
    EXPECT_TRUE(firstError(one, R"("mode": "mastery",)").contains(QStringLiteral("needs \"mastery\"")));
    EXPECT_TRUE(firstError(one, R"("mode": "practice", "time_limit_minutes": 5,)").contains(QStringLiteral("only exams have a time limit")));
    EXPECT_TRUE(firstError(one, R"("select": {"fixed": ["zz"]},)").contains(QStringLiteral("question 'zz' is not in q.json")));
    EXPECT_TRUE(firstError(one, R"("select": {"random": [{"count": 3}]},)").contains(QStringLiteral("cannot draw 3 question(s)")));
    EXPECT_TRUE(firstError(one, R"("grading": "best",)").contains(QStringLiteral("'grading' must be one of")));
    EXPECT_TRUE(firstError(one, R"("tries": 2,)").contains(QStringLiteral("only practice assessments have 'tries'")));
    EXPECT_TRUE(firstError(one, R"("select": {"fixed": ["q", "q"]},)").contains(QStringLiteral("listed twice")));
    EXPECT_TRUE(firstError(one, R"("select": {"random": [{"category": "nope", "count": 1}]},)").contains(QStringLiteral("defines no such category")));
    const QByteArray two = R"({"categories": [{"id": "c", "title": "C"}], "questions": [
        {"id": "q1", "type": "true_false", "category": "c", "text": "t", "answer": true},
        {"id": "q2", "type": "true_false", "category": "c", "text": "t", "answer": true}]})";
    EXPECT_TRUE(firstError(two, R"("select": {"random": [{"category": "c", "count": 2}, {"count": 1}]},)").contains(QStringLiteral("only 0 are left")))
        << "each draw counts what the earlier draws took";
    EXPECT_TRUE(firstError(one, R"("mode": "mastery", "mastery": {"correct": 5, "of_last": 3},)").contains(QStringLiteral("cannot be more than")));
}

TEST(QuestionValidation, GarbageNeverCrashes)
{
    const QByteArray inputs[] = {"", "[]", "{\"questions\": 3}", "{\"questions\": [3]}", "{\"questions\": [{}]}",
                                 R"({"questions": [{"id": "q", "type": "matching", "text": "t", "pairs": [{"id": 1}]}]})",
                                 R"({"questions": [{"id": "q", "type": "fill_blanks", "text": {"en": "{{"}, "gaps": "x"}]})",
                                 R"({"questions": [{"id": "q", "type": "hotspot", "text": "t", "image": "../../etc/passwd", "regions": []}]})"};
    for (const QByteArray &input : inputs) {
        test::QuestionFixture f(input);
        EXPECT_FALSE(f.errors().isEmpty()) << input.toStdString();
    }
}
