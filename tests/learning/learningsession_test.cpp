#include "content/packageloader.h"
#include "learning/learningsession.h"
#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cca;

namespace {
class LearningSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        officer.displayName = QStringLiteral("Wong");
        officer.serviceNumber = QStringLiteral("100");
        officer.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(officer, &error)) << error.toStdString();
        module = content::PackageLoader::load(test::dataPath(QStringLiteral("content/valid/minimal")));
        ASSERT_TRUE(module.isValid());
    }
    QTemporaryDir dir;
    progress::OpenResult opened;
    progress::Officer officer;
    content::ModulePackage module;
};
} // namespace

TEST_F(LearningSessionTest, ModuleCompletesOnlyAfterLessonsAndAPassedQuiz)
{
    learning::LearningSession s(opened.store.get(), module, officer.id);
    s.launch();
    s.openLesson(0);
    s.completeLesson(0);
    EXPECT_FALSE(s.isComplete()) << "the quiz is still to pass";
    const QString attempt = s.startOrResumeAttempt(QStringLiteral("check"))->id;
    s.recordAnswer(attempt, QStringLiteral("check"), QStringLiteral("q1"), QJsonArray{QStringLiteral("b")});
    auto score = s.submit(attempt, QStringLiteral("check"));
    EXPECT_FALSE(score.passed);
    EXPECT_FALSE(s.isComplete());
    const QString second = s.startOrResumeAttempt(QStringLiteral("check"))->id;
    EXPECT_NE(second, attempt);
    s.recordAnswer(second, QStringLiteral("check"), QStringLiteral("q1"), QJsonArray{QStringLiteral("a")});
    s.recordAnswer(second, QStringLiteral("check"), QStringLiteral("q2"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    score = s.submit(second, QStringLiteral("check"));
    EXPECT_TRUE(score.passed);
    EXPECT_DOUBLE_EQ(score.percent, 100.0);
    EXPECT_TRUE(s.isComplete());
    const progress::ModuleProgress p = s.progress();
    EXPECT_DOUBLE_EQ(*p.bestPercent(), 100.0);
    EXPECT_EQ(p.contentVersion, QStringLiteral("1.0.0"));
}

TEST_F(LearningSessionTest, AnOpenAttemptIsResumedWithItsLatestAnswers)
{
    QString attempt;
    QStringList plan;
    {
        learning::LearningSession s(opened.store.get(), module, officer.id);
        const auto started = s.startOrResumeAttempt(QStringLiteral("check"));
        attempt = started->id;
        plan = started->plan.questionIds;
        s.recordAnswer(attempt, QStringLiteral("check"), QStringLiteral("q1"), QJsonArray{QStringLiteral("b")});
        s.recordAnswer(attempt, QStringLiteral("check"), QStringLiteral("q1"), QJsonArray{QStringLiteral("a")});
        s.setFlag(attempt, QStringLiteral("check"), QStringLiteral("q2"), true);
    }
    learning::LearningSession again(opened.store.get(), module, officer.id);
    const auto resumed = again.startOrResumeAttempt(QStringLiteral("check"));
    EXPECT_EQ(resumed->id, attempt);
    EXPECT_EQ(resumed->plan.questionIds, plan);
    EXPECT_EQ(again.responses(attempt).value(QStringLiteral("q1")), QJsonValue(QJsonArray{QStringLiteral("a")}));
    EXPECT_EQ(again.flags(attempt), QSet<QString>{QStringLiteral("q2")});
}

TEST_F(LearningSessionTest, ResumesAtTheLastLessonAndPosition)
{
    learning::LearningSession s(opened.store.get(), module, officer.id);
    EXPECT_EQ(s.resumeLessonIndex(), 0);
    s.openLesson(0);
    s.recordPosition(0, 0.6);
    EXPECT_DOUBLE_EQ(s.progress().lastPosition, 0.6);
    EXPECT_EQ(s.progress().lastLessonId, QStringLiteral("intro"));
}

TEST_F(LearningSessionTest, UnknownQuestionsAreNotRecorded)
{
    learning::LearningSession s(opened.store.get(), module, officer.id);
    const QString attempt = s.startOrResumeAttempt(QStringLiteral("check"))->id;
    EXPECT_FALSE(s.recordAnswer(attempt, QStringLiteral("check"), QStringLiteral("nope"), QJsonArray{QStringLiteral("a")}));
    EXPECT_FALSE(s.recordAnswer(attempt, QStringLiteral("nope"), QStringLiteral("q1"), QJsonArray{QStringLiteral("a")}));
}

TEST_F(LearningSessionTest, WriteFailuresAreReported)
{
    learning::LearningSession s(opened.store.get(), module, QStringLiteral("officer-who-does-not-exist"));
    QSignalSpy failed(&s, &learning::LearningSession::writeFailed);
    s.launch();
    EXPECT_EQ(failed.count(), 1);
}
