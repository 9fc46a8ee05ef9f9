// The assessment engine through the real main window: a timed exam interrupted and resumed, an
// attempt whose time ran out while the app was closed, attempt limits, mastery, spaced review.
#include "assessment/scoring.h"
#include "assessment/widgets/answerwidget.h"
#include "assessment/widgets/quizpage.h"
#include "assessment/widgets/reviewpage.h"
#include "core/clock.h"
#include "core/preferences.h"
#include "learning/reviewdeck.h"
#include "progress/sqliteprogressstore.h"
#include "shell/homepage.h"
#include "shell/mainwindow.h"
#include "shell/noticebar.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cca;

namespace {

content::Catalog drillCatalog()
{
    content::Catalog catalog;
    catalog.addPath(test::dataPath(QStringLiteral("assessment/data/drill")), QStringLiteral("bundled"));
    catalog.crossCheck();
    return catalog;
}

void answer(assessment::QuizPage *quiz, const content::Assessment &a, bool right)
{
    const content::Question *q = a.question(quiz->currentQuestionId());
    ASSERT_NE(q, nullptr);
    QJsonValue r = assessment::correctResponse(*q, QStringLiteral("en"));
    if (!right)
        r = q->type == content::QuestionTypes::TrueFalse ? QJsonValue(!r.toBool()) : QJsonValue(QStringLiteral("wrong"));
    quiz->answerWidget()->setResponse(r);
    emit quiz->answerWidget()->responseChanged();
}

class AssessmentFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Prefs::lastOfficer.set(QString());
        Prefs::lastPage.set(QString());
        Clock::setOffsetForTesting(0);
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        officer.displayName = QStringLiteral("Yip");
        officer.serviceNumber = QStringLiteral("501");
        officer.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(officer, &error));
        catalog = drillCatalog();
        ASSERT_NE(catalog.find(QStringLiteral("drill")), nullptr);
    }
    void TearDown() override { Clock::setOffsetForTesting(0); }
    std::unique_ptr<shell::MainWindow> window()
    {
        auto w = std::make_unique<shell::MainWindow>(opened.store.get(), catalog);
        w->showInitialScreen();
        w->show();
        return w;
    }
    const content::Assessment &exam() const { return *catalog.find(QStringLiteral("drill"))->assessment(QStringLiteral("exam")); }

    QTemporaryDir dir;
    progress::OpenResult opened;
    progress::Officer officer;
    content::Catalog catalog;
};

} // namespace

TEST_F(AssessmentFlow, TimedExamKilledMidwayResumesTheSameAttemptWithTheClockRunning)
{
    QString attemptId;
    QStringList questionsSeen;
    QString firstAnswered;
    {
        auto w = window();
        w->signIn(officer.id);
        w->openModule(QStringLiteral("drill"));
        w->openAssessment(QStringLiteral("exam"));
        assessment::QuizPage *quiz = w->quizPage();
        ASSERT_TRUE(quiz->isShowingIntro());
        QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
        ASSERT_TRUE(quiz->isShowingAttempt());
        EXPECT_TRUE(quiz->timeLeftText().startsWith(QStringLiteral("Time left 10:")) || quiz->timeLeftText().startsWith(QStringLiteral("Time left 9:")))
            << quiz->timeLeftText().toStdString();
        for (int i = 0; i < 5; ++i) {
            quiz->showQuestion(i);
            questionsSeen << quiz->currentQuestionId();
        }
        quiz->showQuestion(0);
        firstAnswered = quiz->currentQuestionId();
        answer(quiz, exam(), true);
        quiz->showQuestion(1);
        answer(quiz, exam(), true);
        attemptId = opened.store->moduleProgress(officer.id, QStringLiteral("drill")).openAttempt(QStringLiteral("exam"))->id;
        // The window is destroyed without closing or submitting: as if the app were killed.
    }
    Clock::setOffsetForTesting(4 * 60 * 1000); // four minutes pass before the officer is back

    auto w = window();
    ASSERT_EQ(w->currentPlace(), QStringLiteral("quiz")) << "the app returns to the exam";
    assessment::QuizPage *quiz = w->quizPage();
    ASSERT_TRUE(quiz->isShowingAttempt());
    EXPECT_TRUE(quiz->timeLeftText().startsWith(QStringLiteral("Time left 5:")) || quiz->timeLeftText().startsWith(QStringLiteral("Time left 6:")))
        << "the clock kept running: " << quiz->timeLeftText().toStdString();
    EXPECT_EQ(quiz->currentIndex(), 2) << "it resumes at the first unanswered question";
    QStringList resumed;
    for (int i = 0; i < 5; ++i) {
        quiz->showQuestion(i);
        resumed << quiz->currentQuestionId();
    }
    EXPECT_EQ(resumed, questionsSeen) << "same questions in the same order";
    quiz->showQuestion(0);
    EXPECT_EQ(quiz->answerWidget()->response(), assessment::correctResponse(*exam().question(firstAnswered), QStringLiteral("en")));

    for (int i = 2; i < 5; ++i) {
        quiz->showQuestion(i);
        answer(quiz, exam(), true);
    }
    QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
    QTest::mouseClick(quiz->confirmSubmitButton(), Qt::LeftButton);
    ASSERT_TRUE(quiz->isShowingResults());
    EXPECT_TRUE(quiz->findChild<QLabel *>(QStringLiteral("resultHeadline"))->text().startsWith(QStringLiteral("100%")));
    const auto p = opened.store->moduleProgress(officer.id, QStringLiteral("drill"));
    ASSERT_EQ(p.attempts.value(QStringLiteral("exam")).size(), 1);
    EXPECT_EQ(p.attempts.value(QStringLiteral("exam")).first().id, attemptId);
    EXPECT_TRUE(p.attempts.value(QStringLiteral("exam")).first().result.passed);
}

TEST_F(AssessmentFlow, AnAttemptWhoseTimeRanOutIsSubmittedWithWhatWasAnswered)
{
    {
        auto w = window();
        w->signIn(officer.id);
        w->openModule(QStringLiteral("drill"));
        w->openAssessment(QStringLiteral("exam"));
        QTest::mouseClick(w->quizPage()->startButton(), Qt::LeftButton);
        answer(w->quizPage(), exam(), true); // one of five
    }
    Clock::setOffsetForTesting(11 * 60 * 1000); // past the ten-minute limit

    auto w = window();
    assessment::QuizPage *quiz = w->quizPage();
    ASSERT_TRUE(quiz->isShowingResults());
    EXPECT_TRUE(quiz->findChild<QLabel *>(QStringLiteral("resultHeadline"))->text().startsWith(QStringLiteral("20%")))
        << quiz->findChild<QLabel *>(QStringLiteral("resultHeadline"))->text().toStdString();
    EXPECT_TRUE(w->noticeBar()->isVisible());
    const auto attempts = opened.store->moduleProgress(officer.id, QStringLiteral("drill")).attempts.value(QStringLiteral("exam"));
    ASSERT_EQ(attempts.size(), 1);
    EXPECT_TRUE(attempts.first().submitted);
    EXPECT_FALSE(attempts.first().result.passed);
}

TEST_F(AssessmentFlow, AttemptLimitAndGradingByTheBestAttempt)
{
    auto w = window();
    w->signIn(officer.id);
    w->openModule(QStringLiteral("drill"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        w->openAssessment(QStringLiteral("exam"));
        assessment::QuizPage *quiz = w->quizPage();
        ASSERT_TRUE(quiz->isShowingIntro());
        ASSERT_TRUE(quiz->startButton()->isEnabled());
        QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
        for (int i = 0; i < 5; ++i) {
            quiz->showQuestion(i);
            answer(quiz, exam(), attempt == 0); // first attempt right, second wrong
        }
        QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
        QTest::mouseClick(quiz->confirmSubmitButton(), Qt::LeftButton);
        ASSERT_TRUE(quiz->isShowingResults());
    }
    w->openAssessment(QStringLiteral("exam"));
    EXPECT_FALSE(w->quizPage()->startButton()->isEnabled()) << "two attempts allowed, two used";
    auto *grade = w->quizPage()->findChild<QLabel *>(QStringLiteral("quizGrade"));
    ASSERT_NE(grade, nullptr);
    EXPECT_TRUE(grade->text().contains(QStringLiteral("100%"))) << "highest attempt counts: " << grade->text().toStdString();
}

TEST_F(AssessmentFlow, MasteryEndsWhenEnoughRecentAnswersAreRight)
{
    auto w = window();
    w->signIn(officer.id);
    w->openModule(QStringLiteral("drill"));
    w->openAssessment(QStringLiteral("mastery"));
    assessment::QuizPage *quiz = w->quizPage();
    QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
    const content::Assessment &mastery = *catalog.find(QStringLiteral("drill"))->assessment(QStringLiteral("mastery"));
    // Wrong, right, right, then right: 3 of the last 4.
    const QList<bool> plan{false, true, true, true};
    for (int i = 0; i < plan.size(); ++i) {
        ASSERT_TRUE(quiz->isShowingAttempt()) << "ended too early at " << i;
        answer(quiz, mastery, plan[i]);
        QTest::mouseClick(quiz->checkButton(), Qt::LeftButton);
        if (i + 1 < plan.size())
            QTest::mouseClick(quiz->nextButton(), Qt::LeftButton);
    }
    ASSERT_TRUE(quiz->isShowingResults());
    const auto result = opened.store->moduleProgress(officer.id, QStringLiteral("drill")).bestResults.value(QStringLiteral("mastery"));
    EXPECT_TRUE(result.passed);
    EXPECT_DOUBLE_EQ(result.percent, 75.0);
}

TEST_F(AssessmentFlow, MissedQuestionsComeBackForSpacedReview)
{
    auto w = window();
    w->signIn(officer.id);
    w->openModule(QStringLiteral("drill"));
    w->openAssessment(QStringLiteral("exam"));
    assessment::QuizPage *quiz = w->quizPage();
    QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
    for (int i = 0; i < 5; ++i) {
        quiz->showQuestion(i);
        answer(quiz, exam(), i >= 2); // the first two wrong
    }
    QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
    QTest::mouseClick(quiz->confirmSubmitButton(), Qt::LeftButton);

    w->goHome();
    auto *due = w->homePage()->findChild<QLabel *>(QStringLiteral("reviewsDue"));
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->text().startsWith(QStringLiteral("2 "))) << due->text().toStdString();
    QTest::mouseClick(w->homePage()->findChild<QPushButton *>(QStringLiteral("startReview")), Qt::LeftButton);
    ASSERT_EQ(w->currentPlace(), QStringLiteral("review"));
    assessment::ReviewPage *review = w->reviewPage();
    ASSERT_EQ(review->remaining(), 2);
    for (int i = 0; i < 2; ++i) {
        const content::Question *q = review->currentQuestion();
        ASSERT_NE(q, nullptr);
        review->answerWidget()->setResponse(assessment::correctResponse(*q, QStringLiteral("en")));
        QTest::mouseClick(review->checkButton(), Qt::LeftButton);
        QTest::mouseClick(review->nextButton(), Qt::LeftButton);
    }
    EXPECT_EQ(review->remaining(), 0);
    const auto stillDue = w->reviewDeck()->due(learning::ReviewDeck::endOfTodayUtc());
    EXPECT_TRUE(stillDue.isEmpty()) << "answered right: next review in a day; still due: "
                                    << (stillDue.isEmpty() ? std::string() : stillDue.first().key().toStdString() + " at "
                                            + stillDue.first().card.due.toString(Qt::ISODate).toStdString());
    Clock::setOffsetForTesting(2LL * 24 * 3600 * 1000);
    EXPECT_EQ(w->reviewDeck()->due(learning::ReviewDeck::endOfTodayUtc()).size(), 2) << "due again after the interval";
    // Reviews are recorded like answers.
    int reviews = 0;
    for (const progress::Event &e : opened.store->events(officer.id))
        reviews += (e.verb == progress::Verbs::Answered && e.data.value(QStringLiteral("review")).toBool()) ? 1 : 0;
    EXPECT_EQ(reviews, 2);
}
