#include "progress/progressderiver.h"

#include <gtest/gtest.h>

using namespace cca::progress;

namespace {
Event ev(const QString &verb, const QString &type, const QString &object, const QJsonObject &data = {}, int second = 0)
{
    Event e = Event::make(QStringLiteral("o"), verb, QStringLiteral("m"), QStringLiteral("1.0.0"), type, object, data);
    e.timestamp = QDateTime(QDate(2026, 11, 26), QTime(10, 0, second), Qt::UTC);
    return e;
}
} // namespace

TEST(ProgressDeriver, DerivesLessonsPositionAndResults)
{
    const QList<Event> events{
        ev(Verbs::Launched, ObjectTypes::Module, QStringLiteral("m"), {}, 1),
        ev(Verbs::Experienced, ObjectTypes::Lesson, QStringLiteral("l1"), {}, 2),
        ev(Verbs::Completed, ObjectTypes::Lesson, QStringLiteral("l1"), {}, 3),
        ev(Verbs::Experienced, ObjectTypes::Lesson, QStringLiteral("l2"), {}, 4),
        ev(Verbs::Progressed, ObjectTypes::Lesson, QStringLiteral("l2"), {{QStringLiteral("position"), 0.4}}, 5),
        ev(Verbs::Attempted, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("a1")}}, 6),
        ev(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("quiz"),
           {{QStringLiteral("attempt"), QStringLiteral("a1")}, {QStringLiteral("percent"), 50.0}}, 7),
        ev(Verbs::Attempted, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("a2")}}, 8),
    };
    const ModuleProgress p = ProgressDeriver::derive(events).value(QStringLiteral("m"));
    EXPECT_TRUE(p.started);
    EXPECT_FALSE(p.completed);
    EXPECT_EQ(p.completedLessons, QSet<QString>{QStringLiteral("l1")});
    EXPECT_EQ(p.lastLessonId, QStringLiteral("l2"));
    EXPECT_DOUBLE_EQ(p.lastPosition, 0.4);
    EXPECT_EQ(p.openAttemptId, QStringLiteral("a2"));
    ASSERT_TRUE(p.bestPercent().has_value());
    EXPECT_DOUBLE_EQ(*p.bestPercent(), 50.0);
    EXPECT_EQ(p.lastActivity.time().second(), 8);
}

TEST(ProgressDeriver, BestResultPrefersPassAndHigherScore)
{
    const QList<Event> events{
        ev(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("a")}, {QStringLiteral("percent"), 80.0}}),
        ev(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("b")}, {QStringLiteral("percent"), 40.0}}),
        ev(Verbs::Completed, ObjectTypes::Module, QStringLiteral("m")),
    };
    const ModuleProgress p = ProgressDeriver::derive(events).value(QStringLiteral("m"));
    EXPECT_TRUE(p.completed);
    EXPECT_TRUE(p.bestResults.value(QStringLiteral("quiz")).passed);
    EXPECT_DOUBLE_EQ(p.bestResults.value(QStringLiteral("quiz")).percent, 80.0);
    EXPECT_DOUBLE_EQ(p.lastResults.value(QStringLiteral("quiz")).percent, 40.0);
    EXPECT_TRUE(p.openAttemptId.isEmpty());
}

// The pass mark can change between content versions: a later fail with a higher score must not
// hide the pass.
TEST(ProgressDeriver, ALaterFailWithAHigherScoreDoesNotHideAPass)
{
    const QList<Event> events{
        ev(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("a")}, {QStringLiteral("percent"), 60.0}}, 1),
        ev(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("b")}, {QStringLiteral("percent"), 75.0}}, 2),
        ev(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("c")}, {QStringLiteral("percent"), 85.0}}, 3),
        ev(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("quiz"), {{QStringLiteral("attempt"), QStringLiteral("d")}, {QStringLiteral("percent"), 70.0}}, 4),
    };
    const ModuleProgress p = ProgressDeriver::derive(events).value(QStringLiteral("m"));
    const AssessmentResult best = p.bestResults.value(QStringLiteral("quiz"));
    EXPECT_TRUE(best.passed);
    EXPECT_EQ(best.attemptId, QStringLiteral("b"));
    EXPECT_DOUBLE_EQ(best.percent, 75.0);
    EXPECT_EQ(p.lastResults.value(QStringLiteral("quiz")).attemptId, QStringLiteral("d"));
}

TEST(ProgressDeriver, PositionIsClamped)
{
    const ModuleProgress p = ProgressDeriver::derive({ev(Verbs::Progressed, ObjectTypes::Lesson, QStringLiteral("l"),
                                                         {{QStringLiteral("position"), 7.0}})})
                                 .value(QStringLiteral("m"));
    EXPECT_DOUBLE_EQ(p.lastPosition, 1.0);
}

TEST(ProgressDeriver, ActivityResultsKeepTheBestShareAndCountAttempts)
{
    auto result = [](int score, int max) { return QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("max"), max}}; };
    const QList<Event> events{
        ev(Verbs::Completed, ObjectTypes::Activity, QStringLiteral("spot-invalid-phrase"), result(2, 5), 1),
        ev(Verbs::Completed, ObjectTypes::Activity, QStringLiteral("spot-invalid-phrase"), result(4, 5), 2),
        ev(Verbs::Completed, ObjectTypes::Activity, QStringLiteral("spot-invalid-phrase"), result(3, 5), 3),
        ev(Verbs::Completed, ObjectTypes::TracingCase, QStringLiteral("peel"), result(1, 3), 4),
        ev(Verbs::Completed, ObjectTypes::TracingCase, QStringLiteral("peel"), result(1, 2), 5), // a case revised: 50% beats 33%
        ev(Verbs::Experienced, ObjectTypes::Activity, QStringLiteral("opened-only"), {}, 6),    // not a result
    };
    const ModuleProgress p = ProgressDeriver::derive(events).value(QStringLiteral("m"));
    ASSERT_EQ(p.activityResults.size(), 2);
    const ActivityResult spot = p.activityResults.value(QStringLiteral("spot-invalid-phrase"));
    EXPECT_EQ(spot.score, 4);
    EXPECT_EQ(spot.max, 5);
    EXPECT_EQ(spot.attempts, 3);
    EXPECT_EQ(spot.last.time().second(), 3);
    EXPECT_DOUBLE_EQ(spot.percent(), 80.0);
    const ActivityResult peel = p.activityResults.value(QStringLiteral("peel"));
    EXPECT_EQ(peel.score, 1);
    EXPECT_EQ(peel.max, 2);
    EXPECT_EQ(peel.attempts, 2);
}
