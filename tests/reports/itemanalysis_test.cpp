// Item statistics on a fixture whose numbers are worked out by hand.
#include "reports/itemanalysis.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace cca;

namespace {
content::Question choice(const QString &id)
{
    content::Question q;
    q.id = id;
    q.type = content::QuestionTypes::SingleChoice;
    for (const char *o : {"a", "b", "c"}) {
        content::ChoiceOption option;
        option.id = QString::fromLatin1(o);
        option.correct = option.id == QLatin1String("a");
        option.fraction = option.correct ? 1.0 : 0.0;
        q.options << option;
    }
    return q;
}

progress::Event answer(const QString &attempt, const QString &question, const QString &option)
{
    return progress::Event::make(QStringLiteral("o-") + attempt, progress::Verbs::Answered, QStringLiteral("m"), QStringLiteral("1.0.0"),
                                 progress::ObjectTypes::Question, QStringLiteral("quiz/") + question,
                                 {{QStringLiteral("attempt"), attempt}, {QStringLiteral("assessment"), QStringLiteral("quiz")},
                                  {QStringLiteral("question"), question}, {QStringLiteral("response"), QJsonArray{option}},
                                  {QStringLiteral("score"), option == QLatin1String("a") ? 1.0 : 0.0},
                                  {QStringLiteral("correct"), option == QLatin1String("a")}});
}

progress::Event submitted(const QString &attempt)
{
    return progress::Event::make(QStringLiteral("o-") + attempt, progress::Verbs::Passed, QStringLiteral("m"), QStringLiteral("1.0.0"),
                                 progress::ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), attempt}});
}
} // namespace

TEST(ItemAnalysis, DifficultyDiscriminationAndOptionCountsMatchTheHandCalculation)
{
    content::Assessment quiz;
    quiz.id = QStringLiteral("quiz");
    quiz.questions << choice(QStringLiteral("q1")) << choice(QStringLiteral("q2"));
    const QList<progress::Event> events{
        answer(QStringLiteral("A1"), QStringLiteral("q1"), QStringLiteral("a")), answer(QStringLiteral("A1"), QStringLiteral("q2"), QStringLiteral("a")),
        submitted(QStringLiteral("A1")),
        answer(QStringLiteral("A2"), QStringLiteral("q1"), QStringLiteral("b")), // changed to the right answer later:
        answer(QStringLiteral("A2"), QStringLiteral("q1"), QStringLiteral("a")), answer(QStringLiteral("A2"), QStringLiteral("q2"), QStringLiteral("c")),
        submitted(QStringLiteral("A2")),
        answer(QStringLiteral("A3"), QStringLiteral("q1"), QStringLiteral("b")), answer(QStringLiteral("A3"), QStringLiteral("q2"), QStringLiteral("b")),
        submitted(QStringLiteral("A3")),
        answer(QStringLiteral("A4"), QStringLiteral("q1"), QStringLiteral("a")), answer(QStringLiteral("A4"), QStringLiteral("q2"), QStringLiteral("a")),
        submitted(QStringLiteral("A4")),
        answer(QStringLiteral("A5"), QStringLiteral("q1"), QStringLiteral("c")), // never submitted: does not count
    };
    const QList<reports::ItemStatistics> stats = reports::analyseItems(quiz, QStringLiteral("m"), events);
    ASSERT_EQ(stats.size(), 2);
    // q1: right in A1, A2, A4 -> p = 0.75. Item [1,1,0,1] against the rest of the score (q2) [1,0,0,1]:
    // r = 0.5 / sqrt(0.75 * 1) = 0.57735.
    EXPECT_EQ(stats[0].responses, 4);
    EXPECT_DOUBLE_EQ(stats[0].difficulty, 0.75);
    ASSERT_TRUE(stats[0].discrimination.has_value());
    EXPECT_NEAR(*stats[0].discrimination, 0.57735, 1e-5);
    EXPECT_EQ(stats[0].optionCounts.value(QStringLiteral("a")), 3) << "the last answer in an attempt counts";
    EXPECT_EQ(stats[0].optionCounts.value(QStringLiteral("b")), 1);
    EXPECT_EQ(stats[0].optionCounts.value(QStringLiteral("c")), 0);
    EXPECT_DOUBLE_EQ(stats[1].difficulty, 0.5);
    EXPECT_NEAR(*stats[1].discrimination, 0.57735, 1e-5);
    EXPECT_TRUE(stats[0].flags.isEmpty()) << "fewer than five responses are not flagged";
}

TEST(ItemAnalysis, ABrokenQuestionIsFlagged)
{
    content::Assessment quiz;
    quiz.id = QStringLiteral("quiz");
    quiz.questions << choice(QStringLiteral("good")) << choice(QStringLiteral("broken"));
    QList<progress::Event> events;
    // Strong officers get "broken" wrong and weak ones right: its key is probably wrong.
    for (int i = 0; i < 10; ++i) {
        const QString attempt = QStringLiteral("A%1").arg(i);
        const bool strong = i < 5;
        events << answer(attempt, QStringLiteral("good"), strong ? QStringLiteral("a") : QStringLiteral("b"));
        events << answer(attempt, QStringLiteral("broken"), strong ? QStringLiteral("b") : QStringLiteral("a"));
        events << submitted(attempt);
    }
    const auto stats = reports::analyseItems(quiz, QStringLiteral("m"), events);
    ASSERT_EQ(stats.size(), 2);
    EXPECT_TRUE(stats[1].flags.contains(QStringLiteral("negative-discrimination")));
    EXPECT_NEAR(*stats[1].discrimination, -1.0, 1e-9);
}
