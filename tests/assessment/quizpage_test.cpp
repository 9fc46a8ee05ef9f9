#include "assessment/widgets/quizpage.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cca;

namespace {
content::Assessment sample()
{
    content::Assessment a;
    a.id = QStringLiteral("quiz");
    a.title = LocalizedText(QStringLiteral("Check"));
    a.passMark = 50;
    for (int i = 0; i < 3; ++i) {
        content::Question q;
        q.id = QStringLiteral("q%1").arg(i);
        q.type = i == 2 ? QStringLiteral("multiple_choice") : QStringLiteral("single_choice");
        q.text = LocalizedText(QStringLiteral("Question %1").arg(i));
        for (int j = 0; j < 3; ++j) {
            content::ChoiceOption o;
            o.id = QStringLiteral("o%1").arg(j);
            o.text = LocalizedText(QStringLiteral("Option %1").arg(j));
            o.correct = j == 0 || (i == 2 && j == 1);
            q.options << o;
        }
        a.questions << q;
    }
    return a;
}
} // namespace

TEST(QuizPage, ReportsEachAnswerTheMomentItIsGiven)
{
    assessment::QuizPage page;
    page.setAssessment(sample(), QStringLiteral("en"), {});
    QSignalSpy spy(&page, &assessment::QuizPage::answerChanged);
    page.optionButtons().at(1)->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("q0"));
    EXPECT_EQ(spy.at(0).at(1).value<QSet<QString>>(), QSet<QString>{QStringLiteral("o1")});
    page.optionButtons().at(0)->click();
    ASSERT_EQ(spy.count(), 2) << "switching a single-choice answer reports the new state once";
    EXPECT_EQ(spy.at(1).at(1).value<QSet<QString>>(), QSet<QString>{QStringLiteral("o0")});
}

TEST(QuizPage, ResumesAtTheFirstUnansweredQuestionWithAnswersShown)
{
    assessment::QuizPage page;
    page.setAssessment(sample(), QStringLiteral("en"), {{QStringLiteral("q0"), {QStringLiteral("o2")}}});
    EXPECT_EQ(page.currentIndex(), 1);
    page.showQuestion(0);
    EXPECT_TRUE(page.optionButtons().at(2)->isChecked());
}

TEST(QuizPage, NumberKeysChooseOptions)
{
    assessment::QuizPage page;
    page.show();
    page.setAssessment(sample(), QStringLiteral("en"), {});
    page.activateWindow();
    QSignalSpy spy(&page, &assessment::QuizPage::answerChanged);
    page.showQuestion(2);
    QTest::keyClick(page.optionButtons().at(0), Qt::Key_1);
    QTest::keyClick(page.optionButtons().at(0), Qt::Key_2);
    EXPECT_EQ(page.answers().value(QStringLiteral("q2")), (QSet<QString>{QStringLiteral("o0"), QStringLiteral("o1")}));
}

TEST(QuizPage, SubmitAsksFirstThenShowsResults)
{
    assessment::QuizPage page;
    page.show();
    page.setAssessment(sample(), QStringLiteral("en"), {});
    QSignalSpy submitted(&page, &assessment::QuizPage::submitConfirmed);
    page.submitButton()->click();
    EXPECT_EQ(submitted.count(), 0) << "submitting needs a confirmation";
    EXPECT_TRUE(page.confirmSubmitButton()->isVisible());
    page.confirmSubmitButton()->click();
    EXPECT_EQ(submitted.count(), 1);
    assessment::AttemptScore score;
    score.percent = 33.3;
    page.showResults(score);
    EXPECT_TRUE(page.isShowingResults());
}
