// The whole first journey through the real screens: a new officer signs in, opens crypto-basics,
// reads every lesson, passes the quiz, and finds the module complete, also after a restart.
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

void answerEveryQuestionRight(assessment::QuizPage *quiz, const content::Assessment &a)
{
    for (int i = 0; i < a.questions.size(); ++i) {
        quiz->showQuestion(i);
        const auto buttons = quiz->optionButtons();
        for (QAbstractButton *b : buttons) {
            const QString id = b->property("optionId").toString();
            for (const content::ChoiceOption &o : a.questions[i].options)
                if (o.id == id && o.correct && !b->isChecked())
                    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
        }
    }
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

        // Half-way through the quiz the answers are already in the database.
        const content::Assessment &quizDef = module->assessments.first();
        answerEveryQuestionRight(w.quizPage(), quizDef);
        const progress::ModuleProgress before = opened.store->moduleProgress(officerId, module->id);
        EXPECT_EQ(before.completedLessons.size(), module->lessons.size());
        EXPECT_FALSE(before.completed);
        EXPECT_FALSE(before.openAttemptId.isEmpty());

        QTest::mouseClick(w.quizPage()->submitButton(), Qt::LeftButton);
        QTest::mouseClick(w.quizPage()->confirmSubmitButton(), Qt::LeftButton);
        ASSERT_TRUE(w.quizPage()->isShowingResults());
        auto *headline = w.quizPage()->findChild<QLabel *>(QStringLiteral("resultHeadline"));
        ASSERT_NE(headline, nullptr);
        EXPECT_TRUE(headline->text().startsWith(QStringLiteral("100%"))) << headline->text().toStdString();

        const progress::ModuleProgress after = opened.store->moduleProgress(officerId, module->id);
        EXPECT_TRUE(after.completed);
        ASSERT_TRUE(after.bestPercent().has_value());
        EXPECT_DOUBLE_EQ(*after.bestPercent(), 100.0);
        EXPECT_EQ(after.contentVersion, module->version);
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
