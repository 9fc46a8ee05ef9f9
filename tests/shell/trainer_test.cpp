// Trainer tools through the main window: only trainers and administrators see and use them.
#include "core/preferences.h"
#include "progress/sqliteprogressstore.h"
#include "shell/mainwindow.h"
#include "support/testutil.h"
#include "trainer/widgets/questionimportpage.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cca;

namespace {
class Trainer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Prefs::lastOfficer.set(QString());
        Prefs::lastPage.set(QString());
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
    }
    progress::Officer add(const QString &number, const QString &role)
    {
        progress::Officer o;
        o.displayName = QStringLiteral("Officer ") + number;
        o.serviceNumber = number;
        o.role = role;
        QString error;
        EXPECT_TRUE(opened.store->addOfficer(o, &error));
        return o;
    }
    QTemporaryDir dir;
    progress::OpenResult opened;
};
} // namespace

TEST_F(Trainer, TraineesAreNotOfferedOrAllowedTheImport)
{
    const progress::Officer trainee = add(QStringLiteral("1"), QStringLiteral("trainee"));
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(trainee.id);
    EXPECT_FALSE(w.isPlaceOffered(QStringLiteral("import")));
    w.goImport();
    EXPECT_NE(w.currentPlace(), QStringLiteral("import"));
    EXPECT_FALSE(w.importPage()->isAllowed());
    EXPECT_FALSE(w.importPage()->runImport()) << "the page itself refuses a trainee";
}

TEST_F(Trainer, ATrainerImportsAGiftBankAndSavesAQuestionFile)
{
    const progress::Officer trainer = add(QStringLiteral("2"), QStringLiteral("trainer"));
    const QString gift = dir.filePath(QStringLiteral("bank.gift"));
    test::writeFile(gift, "$CATEGORY: Crypto/Basics\n\n"
                          "::Seed::Who controls a self-custody wallet? {=Whoever holds the seed phrase ~The bank#No bank is involved}\n\n"
                          "::Hash::How many hex characters has a Bitcoin transaction hash? {#64}\n\n"
                          "::Broken::This one never closes {=a ~b\n");
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(trainer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("import")));
    w.goImport();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("import"));
    trainer::QuestionImportPage *page = w.importPage();
    page->setSourceFile(gift);
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    EXPECT_EQ(page->questionList()->count(), 2);
    ASSERT_GE(page->problemList()->count(), 1);
    EXPECT_TRUE(page->problemList()->item(0)->text().contains(QStringLiteral("bank.gift:"))) << page->problemList()->item(0)->text().toStdString();
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("2 question"))) << page->summaryLabel()->text().toStdString();
    ASSERT_TRUE(page->saveButton()->isEnabled());
    ASSERT_TRUE(page->saveTo(dir.filePath(QStringLiteral("out"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("out/questions.json"))));
}
