// The quiz screen on its own: every type can be answered with the keyboard, answers are reported
// at once, practice gives feedback with limited tries, submitting asks first.
#include "assessment/attemptplan.h"
#include "assessment/widgets/answerwidget.h"
#include "assessment/widgets/quizpage.h"
#include "questionfixture.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cca;

namespace {
const char *kQuestions = R"({"questions": [
  {"id": "pick", "type": "single_choice", "text": "Pick b", "shuffle": false,
   "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B", "correct": true}]},
  {"id": "many", "type": "multiple_choice", "text": "Pick a and c", "shuffle": false,
   "options": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B"}, {"id": "c", "text": "C", "correct": true}]},
  {"id": "tf", "type": "true_false", "text": "True?", "answer": true},
  {"id": "word", "type": "short_answer", "text": "Say hash", "answers": [{"text": "hash"}]},
  {"id": "num", "type": "numeric", "text": "64?", "answers": [{"value": 64}]},
  {"id": "match", "type": "matching", "text": "Match", "shuffle": false,
   "pairs": [{"id": "p1", "prompt": "One", "answer": "1"}, {"id": "p2", "prompt": "Two", "answer": "2"}]},
  {"id": "order", "type": "ordering", "text": "Order",
   "items": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y"}]},
  {"id": "cat", "type": "categorize", "text": "Sort", "shuffle": false,
   "buckets": [{"id": "up", "title": "Up"}, {"id": "down", "title": "Down"}],
   "items": [{"id": "sky", "text": "Sky", "bucket": "up"}, {"id": "floor", "text": "Floor", "bucket": "down"}]},
  {"id": "spot", "type": "hotspot", "text": "Click", "image": "media/screen.svg",
   "regions": [{"id": "r", "shape": "rect", "coords": [0, 0, 100, 100], "correct": true, "label": "Top left"},
               {"id": "s", "shape": "rect", "coords": [200, 100, 100, 100], "label": "Bottom right"}]},
  {"id": "gaps", "type": "fill_blanks", "text": "A {{g1}} and {{g2}}",
   "gaps": [{"id": "g1", "type": "choice", "options": [{"id": "w", "text": "wallet", "correct": true}, {"id": "b", "text": "bank"}]},
            {"id": "g2", "type": "short", "answers": [{"text": "key"}]}]}
]})";

bool rightNow(const test::QuestionFixture &f, const assessment::QuizPage &page, const char *id)
{
    return assessment::scoreQuestion(f.question(QString::fromLatin1(id)), page.responses().value(QString::fromLatin1(id)),
                                     QStringLiteral("en"))
        .fullyCorrect;
}

class QuizPageTest : public ::testing::Test
{
protected:
    void start(const QByteArray &extra = {})
    {
        fixture = std::make_unique<test::QuestionFixture>(kQuestions, extra);
        ASSERT_TRUE(fixture->errors().isEmpty()) << fixture->errors().join(QLatin1Char('\n')).toStdString();
        plan = assessment::makePlan(fixture->assessment(), 7);
        page.resize(1000, 700);
        page.show();
        page.startAttempt(fixture->assessment(), QStringLiteral("en"), fixture->module.directory, plan, {}, {}, {}, QDateTime());
    }
    void go(const char *id)
    {
        page.showQuestion(int(plan.questionIds.indexOf(QString::fromLatin1(id))));
        page.activateWindow();
    }
    std::unique_ptr<test::QuestionFixture> fixture;
    assessment::AttemptPlan plan;
    assessment::QuizPage page;
};
} // namespace

TEST_F(QuizPageTest, EveryTypeCanBeAnsweredWithTheKeyboardAlone)
{
    start();
    go("pick");
    QTest::keyClick(&page, Qt::Key_2);
    EXPECT_TRUE(rightNow(*fixture, page, "pick"));
    go("many");
    QTest::keyClick(&page, Qt::Key_1);
    QTest::keyClick(&page, Qt::Key_3);
    EXPECT_TRUE(rightNow(*fixture, page, "many"));
    go("tf");
    QTest::keyClick(&page, Qt::Key_1);
    EXPECT_TRUE(rightNow(*fixture, page, "tf"));
    go("word");
    QTest::keyClicks(page.answerWidget()->findChild<QLineEdit *>(), QStringLiteral("Hash"));
    EXPECT_TRUE(rightNow(*fixture, page, "word"));
    go("num");
    QTest::keyClicks(page.answerWidget()->findChild<QLineEdit *>(), QStringLiteral("64"));
    EXPECT_TRUE(rightNow(*fixture, page, "num"));
    go("match");
    const auto boxes = page.answerWidget()->findChildren<QComboBox *>();
    ASSERT_EQ(boxes.size(), 2);
    QTest::keyClick(boxes[0], Qt::Key_Down); // "1"
    QTest::keyClick(boxes[1], Qt::Key_Down);
    QTest::keyClick(boxes[1], Qt::Key_Down); // "2"
    EXPECT_TRUE(rightNow(*fixture, page, "match")) << page.responses().value(QStringLiteral("match")).toVariant().toString().toStdString();
    go("order");
    auto *list = page.answerWidget()->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    // The plan always shows an ordering question out of order; one move puts two items right.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    EXPECT_TRUE(rightNow(*fixture, page, "order"));
    go("cat");
    const auto cats = page.answerWidget()->findChildren<QComboBox *>();
    QTest::keyClick(cats[0], Qt::Key_Down);
    QTest::keyClick(cats[1], Qt::Key_Down);
    QTest::keyClick(cats[1], Qt::Key_Down);
    EXPECT_TRUE(rightNow(*fixture, page, "cat"));
    go("spot");
    auto *area = page.answerWidget()->findChild<QComboBox *>();
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->currentText(), QStringLiteral("Top left"));
    QPushButton *mark = nullptr;
    for (QPushButton *b : page.answerWidget()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Mark this area"))
            mark = b;
    ASSERT_NE(mark, nullptr);
    mark->setFocus();
    QTest::keyClick(mark, Qt::Key_Space);
    EXPECT_TRUE(rightNow(*fixture, page, "spot"));
    go("gaps");
    auto *g1 = page.answerWidget()->findChild<QComboBox *>();
    QTest::keyClick(g1, Qt::Key_Down);
    QTest::keyClicks(page.answerWidget()->findChild<QLineEdit *>(), QStringLiteral("key"));
    EXPECT_TRUE(rightNow(*fixture, page, "gaps"));
}

TEST_F(QuizPageTest, ReportsEachAnswerAtOnceAndResumesWithThem)
{
    start();
    QSignalSpy spy(&page, &assessment::QuizPage::answerChanged);
    go("pick");
    QTest::keyClick(&page, Qt::Key_1);
    QTest::keyClick(&page, Qt::Key_2);
    ASSERT_EQ(spy.count(), 2) << "switching a single-choice answer reports the new state once";
    EXPECT_EQ(spy.at(1).at(1).value<QJsonValue>(), QJsonValue(QJsonArray{QStringLiteral("b")}));
    // A new page with the saved responses opens at the first unanswered question and shows the answers.
    assessment::QuizPage again;
    again.startAttempt(fixture->assessment(), QStringLiteral("en"), fixture->module.directory, plan, page.responses(), {}, {}, QDateTime());
    EXPECT_NE(again.currentQuestionId(), QStringLiteral("pick"));
    again.showQuestion(int(plan.questionIds.indexOf(QStringLiteral("pick"))));
    EXPECT_EQ(again.answerWidget()->response(), QJsonValue(QJsonArray{QStringLiteral("b")}));
}

TEST_F(QuizPageTest, TypedAnswersAreSavedWhenTypingPausesOrTheQuestionChanges)
{
    start();
    QSignalSpy spy(&page, &assessment::QuizPage::answerChanged);
    go("word");
    QTest::keyClicks(page.answerWidget()->findChild<QLineEdit *>(), QStringLiteral("has"));
    EXPECT_EQ(spy.count(), 0) << "not one event per keystroke";
    EXPECT_TRUE(spy.wait(2000));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(1).value<QJsonValue>().toString(), QStringLiteral("has"));
    QTest::keyClicks(page.answerWidget()->findChild<QLineEdit *>(), QStringLiteral("h"));
    go("num"); // leaving the question saves at once
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(1).value<QJsonValue>().toString(), QStringLiteral("hash"));
}

TEST_F(QuizPageTest, FlagsAndSubmitConfirmation)
{
    start();
    QSignalSpy flagged(&page, &assessment::QuizPage::flagToggled);
    QSignalSpy submitted(&page, &assessment::QuizPage::submitConfirmed);
    page.flagButton()->click();
    ASSERT_EQ(flagged.count(), 1);
    EXPECT_TRUE(flagged.at(0).at(1).toBool());
    page.submitButton()->click();
    EXPECT_EQ(submitted.count(), 0) << "submitting needs a confirmation";
    EXPECT_TRUE(page.confirmSubmitButton()->isVisible());
    page.confirmSubmitButton()->click();
    EXPECT_EQ(submitted.count(), 1);
}

TEST_F(QuizPageTest, PracticeGivesFeedbackAndLimitsTries)
{
    start("\"mode\": \"practice\", \"tries\": 2,");
    QSignalSpy checks(&page, &assessment::QuizPage::checkRequested);
    go("pick");
    EXPECT_TRUE(page.checkButton()->isVisible());
    QTest::keyClick(&page, Qt::Key_1);
    page.checkButton()->click();
    EXPECT_EQ(checks.count(), 1);
    EXPECT_TRUE(page.feedbackText().contains(QStringLiteral("Not right")));
    EXPECT_TRUE(page.feedbackText().contains(QStringLiteral("left"))) << page.feedbackText().toStdString();
    EXPECT_TRUE(page.checkButton()->isEnabled());
    QTest::keyClick(&page, Qt::Key_1);
    page.checkButton()->click();
    EXPECT_FALSE(page.checkButton()->isEnabled()) << "no tries left";
    EXPECT_TRUE(page.feedbackText().contains(QStringLiteral("Right answer:")));
    EXPECT_FALSE(page.answerWidget()->isEnabled());
}

TEST_F(QuizPageTest, TimerCountsDownAndSignalsExpiry)
{
    start();
    QSignalSpy expired(&page, &assessment::QuizPage::timeExpired);
    page.startAttempt(fixture->assessment(), QStringLiteral("en"), fixture->module.directory, plan, {}, {}, {},
                      QDateTime::currentDateTimeUtc().addSecs(90));
    EXPECT_TRUE(page.timeLeftText().startsWith(QStringLiteral("Time left 1:"))) << page.timeLeftText().toStdString();
    page.startAttempt(fixture->assessment(), QStringLiteral("en"), fixture->module.directory, plan, {}, {}, {},
                      QDateTime::currentDateTimeUtc().addSecs(-1));
    EXPECT_EQ(expired.count(), 1);
}
