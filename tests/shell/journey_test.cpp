// The whole first journey through the real screens: a new officer signs in, opens crypto-basics,
// reads every lesson, passes the quiz, and finds the module complete, also after a restart.
#include "assessment/scoring.h"
#include "assessment/widgets/answerwidget.h"
#include "assessment/widgets/quizpage.h"
#include "content/widgets/catalogpage.h"
#include "content/widgets/lessonbrowser.h"
#include "content/widgets/lessonplayer.h"
#include "content/widgets/modulepage.h"
#include "core/preferences.h"
#include "progress/sqliteprogressstore.h"
#include "shell/homepage.h"
#include "shell/mainwindow.h"
#include "shell/signinpage.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cca;

namespace {

content::Catalog bundledCatalog()
{
    return content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
}

// Answers the question on screen through its answer widget, as typing or clicking would.
void answerOnScreen(assessment::QuizPage *quiz, const content::Assessment &a, bool right)
{
    const content::Question *q = a.question(quiz->currentQuestionId());
    ASSERT_NE(q, nullptr);
    QJsonValue response = assessment::correctResponse(*q, QStringLiteral("en"));
    if (!right && q->type == content::QuestionTypes::TrueFalse)
        response = !response.toBool();
    quiz->answerWidget()->setResponse(response);
    emit quiz->answerWidget()->responseChanged();
}

// Takes the assessment on screen to its end: exam and practice answer every question and submit;
// mastery answers until the goal is reached.
void completeAssessmentOnScreen(shell::MainWindow &w, const content::ModulePackage &module)
{
    assessment::QuizPage *quiz = w.quizPage();
    if (quiz->isShowingIntro())
        QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
    ASSERT_TRUE(quiz->isShowingAttempt());
    const content::Assessment *a = nullptr;
    for (const content::Assessment &x : module.assessments)
        if (x.question(quiz->currentQuestionId()))
            a = &x;
    ASSERT_NE(a, nullptr);
    if (a->mode == QLatin1String("mastery")) {
        for (int i = 0; i < 100 && quiz->isShowingAttempt(); ++i) {
            answerOnScreen(quiz, *a, true);
            QTest::mouseClick(quiz->checkButton(), Qt::LeftButton);
            if (quiz->isShowingAttempt())
                QTest::mouseClick(quiz->nextButton(), Qt::LeftButton);
        }
        ASSERT_TRUE(quiz->isShowingResults());
        return;
    }
    for (int guard = 0; guard < 200; ++guard) {
        answerOnScreen(quiz, *a, true);
        if (!quiz->nextButton()->isEnabled())
            break;
        QTest::mouseClick(quiz->nextButton(), Qt::LeftButton);
    }
    QTest::mouseClick(quiz->submitButton(), Qt::LeftButton);
    QTest::mouseClick(quiz->confirmSubmitButton(), Qt::LeftButton);
    ASSERT_TRUE(quiz->isShowingResults());
}

} // namespace

class Journey : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Prefs::lastOfficer.set(QString());
        Prefs::lastPage.set(QString());
    }
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("progress.sqlite")); }
};

TEST_F(Journey, NewOfficerCompletesCryptoBasicsAndProgressSurvivesARestart)
{
    const content::Catalog catalog = bundledCatalog();
    const content::ModulePackage *module = catalog.find(QStringLiteral("crypto-basics"));
    ASSERT_NE(module, nullptr);
    QString officerId;
    {
        progress::OpenResult opened = progress::SqliteProgressStore::open(db());
        ASSERT_TRUE(opened.store);
        shell::MainWindow w(opened.store.get(), catalog);
        w.showInitialScreen();
        w.show();
        ASSERT_EQ(w.currentPlace(), QStringLiteral("signin"));

        // Sign in as a new officer.
        shell::SignInPage *signIn = w.signInPage();
        QTest::keyClicks(signIn->nameField(), QStringLiteral("Chan Tai Man"));
        QTest::keyClicks(signIn->serviceNumberField(), QStringLiteral("PC 12345"));
        QTest::keyClicks(signIn->unitField(), QStringLiteral("Cyber Security and Technology Crime Bureau"));
        EXPECT_EQ(signIn->roleField()->currentData().toString(), QStringLiteral("admin")) << "the first profile administers";
        signIn->roleField()->setCurrentIndex(signIn->roleField()->findData(QStringLiteral("trainee")));
        QTest::mouseClick(signIn->createButton(), Qt::LeftButton);
        ASSERT_EQ(w.currentPlace(), QStringLiteral("home"));
        ASSERT_TRUE(w.currentOfficer().has_value());
        officerId = w.currentOfficer()->id;
        EXPECT_EQ(w.homePage()->primaryModuleId(), QStringLiteral("crypto-basics")) << "Home offers one obvious next step";

        // Courses → crypto-basics → Start.
        w.goCourses();
        auto *open = w.catalogPage()->findChild<QPushButton *>(QStringLiteral("open-crypto-basics"));
        ASSERT_NE(open, nullptr);
        QTest::mouseClick(open, Qt::LeftButton);
        ASSERT_EQ(w.currentPlace(), QStringLiteral("module"));
        QTest::mouseClick(w.modulePage()->startButton(), Qt::LeftButton);
        ASSERT_EQ(w.currentPlace(), QStringLiteral("lesson"));

        // Page through every lesson.
        content::LessonPlayer *player = w.lessonPlayer();
        for (int i = 0; i < module->lessons.size(); ++i) {
            ASSERT_EQ(player->currentIndex(), i);
            EXPECT_FALSE(player->browser()->toPlainText().trimmed().isEmpty()) << "lesson " << i << " is empty";
            EXPECT_EQ(player->browser()->blockedRequests(), 0) << "lesson " << i << " tried to load something outside its package";
            QTest::mouseClick(player->nextButton(), Qt::LeftButton);
        }
        ASSERT_EQ(w.currentPlace(), QStringLiteral("quiz"));

        // The exam: the intro says what is coming; every answer is in the database as soon as it is given.
        ASSERT_TRUE(w.quizPage()->isShowingIntro());
        QTest::mouseClick(w.quizPage()->startButton(), Qt::LeftButton);
        const content::Assessment &exam = module->assessments.first();
        answerOnScreen(w.quizPage(), exam, true);
        QTest::mouseClick(w.quizPage()->nextButton(), Qt::LeftButton); // a typed answer is saved on leaving it at the latest
        const progress::ModuleProgress before = opened.store->moduleProgress(officerId, module->id);
        EXPECT_EQ(before.completedLessons.size(), module->lessons.size());
        EXPECT_FALSE(before.completed);
        ASSERT_NE(before.openAttempt(exam.id), nullptr);
        EXPECT_EQ(opened.store->events(officerId, module->id).last().verb, progress::Verbs::Answered);

        completeAssessmentOnScreen(w, *module);
        auto *headline = w.quizPage()->findChild<QLabel *>(QStringLiteral("resultHeadline"));
        ASSERT_NE(headline, nullptr);
        EXPECT_TRUE(headline->text().startsWith(QStringLiteral("100%"))) << headline->text().toStdString();

        // Any further required assessment (mastery) is the next step from the module page.
        for (int i = 0; i < 5 && !opened.store->moduleProgress(officerId, module->id).completed; ++i) {
            QTest::mouseClick(w.quizPage()->findChild<QPushButton *>(QStringLiteral("quizDone")), Qt::LeftButton);
            ASSERT_EQ(w.currentPlace(), QStringLiteral("module"));
            QTest::mouseClick(w.modulePage()->startButton(), Qt::LeftButton);
            ASSERT_EQ(w.currentPlace(), QStringLiteral("quiz"));
            completeAssessmentOnScreen(w, *module);
        }

        const progress::ModuleProgress after = opened.store->moduleProgress(officerId, module->id);
        EXPECT_TRUE(after.completed);
        ASSERT_TRUE(after.bestPercent().has_value());
        EXPECT_DOUBLE_EQ(*after.bestPercent(), 100.0);
        EXPECT_EQ(after.contentVersion, module->version);

        // Completing the module earned a certificate: a PDF with its verification code.
        const QList<progress::Certificate> certificates = opened.store->certificatesFor(officerId);
        ASSERT_EQ(certificates.size(), 1);
        const QString pdf = dir.filePath(QStringLiteral("certificate.pdf"));
        QString error;
        ASSERT_TRUE(w.saveCertificate(QStringLiteral("crypto-basics"), pdf, &error)) << error.toStdString();
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(5).startsWith("%PDF"));
        EXPECT_GT(file.size(), 2000);
        w.close();
    }

    // Restart: a new store on the same file, a new window; the last officer lands on Home with the module complete.
    progress::OpenResult reopened = progress::SqliteProgressStore::open(db());
    ASSERT_TRUE(reopened.store);
    shell::MainWindow w2(reopened.store.get(), catalog);
    w2.showInitialScreen();
    w2.show();
    ASSERT_TRUE(w2.currentOfficer().has_value());
    EXPECT_EQ(w2.currentOfficer()->id, officerId);
    w2.goHome();
    EXPECT_NE(w2.homePage()->findChild<QWidget *>(QStringLiteral("completed-crypto-basics")), nullptr);
    const progress::ModuleProgress p = reopened.store->moduleProgress(officerId, QStringLiteral("crypto-basics"));
    EXPECT_TRUE(p.completed);
    EXPECT_DOUBLE_EQ(*p.bestPercent(), 100.0);
}

TEST_F(Journey, ContinueReturnsToTheLessonWhereTheOfficerLeftOff)
{
    const content::Catalog catalog = bundledCatalog();
    progress::OpenResult opened = progress::SqliteProgressStore::open(db());
    progress::Officer o;
    o.displayName = QStringLiteral("Lee");
    o.serviceNumber = QStringLiteral("2");
    o.role = QStringLiteral("trainee");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(o, &error));
    {
        shell::MainWindow w(opened.store.get(), catalog);
        w.resize(1200, 500);
        w.showInitialScreen();
        w.show();
        w.signIn(o.id);
        w.continueModule(QStringLiteral("crypto-basics"));
        w.lessonPlayer()->next();
        w.lessonPlayer()->next();
        ASSERT_EQ(w.lessonPlayer()->currentIndex(), 2);
        w.close();
    }
    shell::MainWindow w(opened.store.get(), catalog);
    w.showInitialScreen();
    w.show();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("lesson")) << "the window returns to the last place";
    EXPECT_EQ(w.lessonPlayer()->currentIndex(), 2);
    w.goHome();
    auto *primary = w.homePage()->primaryAction();
    ASSERT_NE(primary, nullptr);
    QTest::mouseClick(primary, Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("lesson"));
    EXPECT_EQ(w.lessonPlayer()->currentIndex(), 2);
}
