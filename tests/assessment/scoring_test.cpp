#include "assessment/scoring.h"

#include <gtest/gtest.h>

using namespace cca;
using namespace cca::assessment;

namespace {
content::Question question(const QString &type, const QList<bool> &correct, double weight = 1.0)
{
    content::Question q;
    q.id = QStringLiteral("q");
    q.type = type;
    q.weight = weight;
    for (int i = 0; i < correct.size(); ++i) {
        content::ChoiceOption o;
        o.id = QString(QChar(u'a' + i));
        o.correct = correct[i];
        q.options << o;
    }
    return q;
}
QSet<QString> pick(std::initializer_list<const char *> ids)
{
    QSet<QString> s;
    for (const char *id : ids)
        s.insert(QString::fromLatin1(id));
    return s;
}
} // namespace

TEST(Scoring, SingleChoiceIsAllOrNothing)
{
    const auto q = question(QStringLiteral("single_choice"), {false, true, false}, 2.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"b"})), 2.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a"})), 0.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a", "b"})), 0.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, {}), 0.0);
}

TEST(Scoring, MultipleChoiceGivesPartialCreditAndSubtractsWrongPicks)
{
    const auto q = question(QStringLiteral("multiple_choice"), {true, true, false, false});
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a", "b"})), 1.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a"})), 0.5);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a", "c"})), 0.0);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"a", "b", "c"})), 0.5);
    EXPECT_DOUBLE_EQ(scoreQuestion(q, pick({"c", "d"})), 0.0) << "never below zero";
    EXPECT_TRUE(isFullyCorrect(q, pick({"a", "b"})));
    EXPECT_FALSE(isFullyCorrect(q, pick({"a", "b", "c"})));
}

TEST(Scoring, AttemptPercentAndPassMark)
{
    content::Assessment a;
    a.passMark = 70;
    a.questions << question(QStringLiteral("single_choice"), {true, false});
    a.questions.last().id = QStringLiteral("q1");
    a.questions << question(QStringLiteral("single_choice"), {true, false});
    a.questions.last().id = QStringLiteral("q2");
    a.questions << question(QStringLiteral("multiple_choice"), {true, true, false}, 2.0);
    a.questions.last().id = QStringLiteral("q3");
    QMap<QString, QSet<QString>> answers{{QStringLiteral("q1"), pick({"a"})}, {QStringLiteral("q3"), pick({"a"})}};
    AttemptScore s = scoreAttempt(a, answers);
    EXPECT_DOUBLE_EQ(s.points, 2.0);
    EXPECT_DOUBLE_EQ(s.maxPoints, 4.0);
    EXPECT_DOUBLE_EQ(s.percent, 50.0);
    EXPECT_FALSE(s.passed);
    EXPECT_EQ(s.answered, 2);
    EXPECT_EQ(s.correct, 1);
    answers.insert(QStringLiteral("q2"), pick({"a"}));
    answers.insert(QStringLiteral("q3"), pick({"a", "b"}));
    s = scoreAttempt(a, answers);
    EXPECT_DOUBLE_EQ(s.percent, 100.0);
    EXPECT_TRUE(s.passed);
}

TEST(Scoring, ExactlyThePassMarkPasses)
{
    content::Assessment a;
    a.passMark = 50;
    a.questions << question(QStringLiteral("single_choice"), {true, false});
    a.questions.last().id = QStringLiteral("q1");
    a.questions << question(QStringLiteral("single_choice"), {true, false});
    a.questions.last().id = QStringLiteral("q2");
    EXPECT_TRUE(scoreAttempt(a, {{QStringLiteral("q1"), pick({"a"})}}).passed);
}
