// Trainer tools through the main window: only trainers and administrators see and use them.
#include "accounts/signinpolicy.h"
#include "core/appinfo.h"
#include "core/preferences.h"
#include "progress/sqliteprogressstore.h"
#include "shell/mainwindow.h"
#include "shell/settingspage.h"
#include "shell/signinpage.h"
#include "shell/startuptasks.h"
#include "support/testdatabase.h"
#include "scenario/scenarioloader.h"
#include "support/testutil.h"
#include "shell/homepage.h"
#include "progress/certificateregistry.h"
#include "trainer/widgets/certificateverifypage.h"
#include "trainer/widgets/cohortspage.h"
#include "trainer/widgets/questionimportpage.h"
#include "trainer/widgets/reportspage.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QSettings>
#include <QTest>
#include <QUrl>

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
        if (role != QLatin1String("trainee")) // trainers and administrators have a password
            EXPECT_TRUE(accounts::SignInPolicy(opened.store.get()).setSecret(o.id, role, QStringLiteral("Trainer-2026"), &error));
        return *opened.store->officer(o.id);
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

TEST_F(Trainer, TrainersSignInWithAPasswordAndAreNeverLetInWithoutIt)
{
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    shell::SignInPage *page = w.signInPage();
    QTest::keyClicks(page->nameField(), QStringLiteral("Sgt Wong Mei Ling"));
    QTest::keyClicks(page->serviceNumberField(), QStringLiteral("SGT 2041"));
    page->roleField()->setCurrentIndex(page->roleField()->findData(QStringLiteral("trainer")));
    QTest::keyClicks(page->newSecretField(), QStringLiteral("short"));
    QTest::keyClicks(page->repeatSecretField(), QStringLiteral("short"));
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("signin")) << "a weak password is refused";
    EXPECT_TRUE(opened.store->officers().isEmpty()) << "and no profile is half-created";
    QTest::keyClicks(page->newSecretField(), QStringLiteral("Seminar-2026"));
    QTest::keyClicks(page->repeatSecretField(), QStringLiteral("Seminar-2027"));
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("signin")) << "the two entries must match";
    QTest::keyClicks(page->newSecretField(), QStringLiteral("Seminar-2026"));
    QTest::keyClicks(page->repeatSecretField(), QStringLiteral("Seminar-2026"));
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    ASSERT_EQ(w.currentPlace(), QStringLiteral("home"));
    const QString id = w.currentOfficer()->id;
    EXPECT_TRUE(opened.store->officerSecret(id).startsWith(QStringLiteral("$argon2id$")));
    w.close();

    // Restarting does not sign the trainer straight back in: the password is asked first.
    shell::MainWindow again(opened.store.get(), content::Catalog());
    again.showInitialScreen();
    again.show();
    ASSERT_EQ(again.currentPlace(), QStringLiteral("signin"));
    shell::SignInPage *signIn = again.signInPage();
    EXPECT_EQ(signIn->secretOfficerId(), id);
    QTest::keyClicks(signIn->secretField(), QStringLiteral("wrong guess"));
    QTest::keyClick(signIn->secretField(), Qt::Key_Return);
    EXPECT_EQ(again.currentPlace(), QStringLiteral("signin"));
    EXPECT_TRUE(signIn->secretField()->text().isEmpty()) << "a typed secret is not kept in the field";
    QTest::keyClicks(signIn->secretField(), QStringLiteral("Seminar-2026"));
    QTest::keyClick(signIn->secretField(), Qt::Key_Return);
    EXPECT_EQ(again.currentPlace(), QStringLiteral("home"));
    EXPECT_TRUE(again.isPlaceOffered(QStringLiteral("import")));
}

TEST_F(Trainer, ATrainerAssignsAModuleToACohortAndMembersSeeItOnHome)
{
    const progress::Officer trainerOfficer = add(QStringLiteral("T-1"), QStringLiteral("trainer"));
    const progress::Officer member = add(QStringLiteral("PC-1"), QStringLiteral("trainee"));
    const progress::Officer other = add(QStringLiteral("PC-2"), QStringLiteral("trainee"));
    const content::Catalog catalog = content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
    shell::MainWindow w(opened.store.get(), catalog);
    w.showInitialScreen();
    w.show();
    w.signIn(trainerOfficer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("cohorts")));
    w.goCohorts();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("cohorts"));
    trainer::CohortsPage *page = w.cohortsPage();
    ASSERT_TRUE(page->createCohort(QStringLiteral("Intake 2026-11")));
    EXPECT_FALSE(page->createCohort(QStringLiteral("Intake 2026-11"))) << "names are unique";
    for (int i = 0; i < page->memberList()->count(); ++i)
        if (page->memberList()->item(i)->data(Qt::UserRole).toString() == member.id)
            page->memberList()->item(i)->setCheckState(Qt::Checked);
    ASSERT_TRUE(page->saveMembers());
    const QDate yesterday = QDate::currentDate().addDays(-1);
    ASSERT_TRUE(page->assign(QStringLiteral("crypto-basics"), yesterday));
    ASSERT_EQ(page->assignmentList()->count(), 1);
    EXPECT_TRUE(page->assignmentList()->item(0)->text().contains(QStringLiteral("0 of 1 completed")))
        << page->assignmentList()->item(0)->text().toStdString();
    EXPECT_TRUE(page->assignmentList()->item(0)->text().contains(QStringLiteral("overdue")));

    w.signIn(member.id);
    auto *card = w.homePage()->findChild<QFrame *>(QStringLiteral("assigned-crypto-basics"));
    ASSERT_NE(card, nullptr) << "the member sees the assignment";
    auto *due = card->findChild<QLabel *>(QStringLiteral("assignedDue"));
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->text().startsWith(QStringLiteral("Overdue"))) << due->text().toStdString();
    EXPECT_FALSE(w.isPlaceOffered(QStringLiteral("cohorts")));

    w.signIn(other.id);
    EXPECT_EQ(w.homePage()->findChild<QFrame *>(QStringLiteral("assigned-crypto-basics")), nullptr) << "not in the cohort";
}

TEST_F(Trainer, AnAdministratorChoosesABackupThatIsRestoredAtTheNextStart)
{
    const progress::Officer admin = add(QStringLiteral("A-1"), QStringLiteral("admin"));
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    {
        shell::MainWindow w(opened.store.get(), content::Catalog());
        w.showInitialScreen();
        w.show();
        w.signIn(admin.id);
        w.goSettings();
        shell::SettingsPage *settings = w.settingsPage();
        ASSERT_TRUE(settings->backupList()->isVisible()) << "administrators see the backups";
        ASSERT_TRUE(settings->backUpNow());
        ASSERT_EQ(settings->backupList()->count(), 1);
        add(QStringLiteral("A-2"), QStringLiteral("trainee")); // after the backup
        ASSERT_TRUE(settings->chooseRestore(0));
    }
    opened.store.reset(); // the app closes
    const QString message = shell::StartupTasks::applyPendingRestore(db);
    EXPECT_TRUE(message.contains(QStringLiteral("was restored"))) << message.toStdString();
    EXPECT_TRUE(shell::StartupTasks::applyPendingRestore(db).isEmpty()) << "done once";
    auto reopened = progress::SqliteProgressStore::open(db);
    ASSERT_TRUE(reopened.store);
    EXPECT_EQ(reopened.store->officers().size(), 1);
}

TEST_F(Trainer, OnlyAdministratorsSeeBackups)
{
    const progress::Officer trainerOfficer = add(QStringLiteral("T-9"), QStringLiteral("trainer"));
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(trainerOfficer.id);
    w.goSettings();
    EXPECT_FALSE(w.settingsPage()->backupList()->isVisible());
}

TEST_F(Trainer, AnAdministratorPointsTheAppAtACentralServerForTheNextStart)
{
    Prefs::databaseLocation.set(QString());
    const progress::Officer trainerOfficer = add(QStringLiteral("T-8"), QStringLiteral("trainer"));
    const progress::Officer admin = add(QStringLiteral("A-8"), QStringLiteral("admin"));
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(trainerOfficer.id);
    w.goSettings();
    shell::SettingsPage *settings = w.settingsPage();
    EXPECT_FALSE(settings->serverAddressField()->isVisible()) << "only administrators choose where progress is kept";
    w.signIn(admin.id);
    w.goSettings();
    ASSERT_TRUE(settings->serverAddressField()->isVisible());

    // A password in the address would be saved in clear: refused.
    test::TestDatabase central(QStringLiteral("postgresql"));
    ASSERT_TRUE(central.ok()) << central.error().toStdString();
    QUrl withPassword(central.location());
    withPassword.setPassword(central.password());
    settings->serverAddressField()->setText(withPassword.toString());
    EXPECT_FALSE(settings->useServer());
    EXPECT_TRUE(settings->storageStatus().contains(QStringLiteral("Leave the password out"))) << settings->storageStatus().toStdString();
    EXPECT_TRUE(Prefs::databaseLocation.get().isEmpty());
    settings->serverAddressField()->setText(QStringLiteral("my-server/training"));
    EXPECT_FALSE(settings->testServer());
    EXPECT_TRUE(settings->storageStatus().contains(QStringLiteral("postgresql://user@host:port/database")));

    // The real server: a wrong password is refused, the right one connects and prepares the database.
    settings->serverAddressField()->setText(central.location());
    QTest::keyClicks(settings->serverPasswordField(), QStringLiteral("wrong"));
    EXPECT_FALSE(settings->testServer());
    EXPECT_TRUE(settings->storageStatus().contains(QStringLiteral("refused the password"))) << settings->storageStatus().toStdString();
    settings->serverPasswordField()->setText(central.password());
    EXPECT_TRUE(settings->testServer()) << settings->storageStatus().toStdString();
    EXPECT_TRUE(settings->storageStatus().contains(QStringLiteral("ready"))) << settings->storageStatus().toStdString();
    EXPECT_EQ(central.rawQuery(QStringLiteral("SELECT count(*) FROM officers")).toInt(), 0) << "migrated, empty";

    ASSERT_TRUE(settings->useServer());
    EXPECT_EQ(Prefs::databaseLocation.get(), central.location());
    EXPECT_TRUE(settings->serverPasswordField()->text().isEmpty()) << "the password is not kept, not even in the field";

    // The next start uses it: the app asks for nothing when CCA_DB_PASSWORD is set, and fails
    // plainly without a password when it cannot ask (no screen to ask on).
    // (The tests run under their own application name; the app reads the same key from its own.)
    QSettings app(AppInfo::organizationName(), AppInfo::applicationName());
    app.setValue(Prefs::databaseLocation.key(), Prefs::databaseLocation.get());
    app.sync();
    const auto started = test::run(test::guiPath(), {QStringLiteral("--exit-after-startup")}, 60000,
                                   {QStringLiteral("CCA_DB_PASSWORD=") + central.password(), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(started.exitCode, 0) << started.err.toStdString();
    const auto refused = test::run(test::guiPath(), {QStringLiteral("--exit-after-startup")}, 60000,
                                   {QStringLiteral("CCA_DB_PASSWORD="), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("asks for a password"))) << refused.err.toStdString();

    app.remove(Prefs::databaseLocation.key());
    app.sync();
    settings->useWorkstationFile();
    EXPECT_TRUE(Prefs::databaseLocation.get().isEmpty());
}

TEST_F(Trainer, ATrainerVerifiesACertificateOnScreen)
{
    const progress::Officer trainerOfficer = add(QStringLiteral("T-5"), QStringLiteral("trainer"));
    const progress::Officer trainee = add(QStringLiteral("PC-5"), QStringLiteral("trainee"));
    QString error;
    const auto c = progress::CertificateRegistry(opened.store.get()).issue(trainee.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 90, &error);
    ASSERT_TRUE(c.has_value());
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(trainee.id);
    EXPECT_FALSE(w.isPlaceOffered(QStringLiteral("verify")));
    w.signIn(trainerOfficer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("verify")));
    w.goVerify();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("verify"));
    EXPECT_EQ(w.verifyPage()->verify(c->code), QStringLiteral("genuine"));
    EXPECT_TRUE(w.verifyPage()->resultLabel()->text().contains(QStringLiteral("PC-5")));
    EXPECT_EQ(w.verifyPage()->verify(QStringLiteral("CCA-AAAA-BBBB-CCCC-DDDD")), QStringLiteral("unknown"));
}

TEST_F(Trainer, ReportsShowACohortsNumbersAChartAndExportCsv)
{
    const progress::Officer trainerOfficer = add(QStringLiteral("T-7"), QStringLiteral("trainer"));
    const progress::Officer done = add(QStringLiteral("PC-7"), QStringLiteral("trainee"));
    const progress::Officer late = add(QStringLiteral("PC-8"), QStringLiteral("trainee"));
    progress::Cohort cohort;
    cohort.name = QStringLiteral("Intake 2026-11");
    QString error;
    ASSERT_TRUE(opened.store->addCohort(cohort, &error));
    ASSERT_TRUE(opened.store->setCohortMembers(cohort.id, {done.id, late.id}, &error));
    progress::Assignment a{QString(), QStringLiteral("crypto-basics"), cohort.id, QString(), QDate::currentDate().addDays(-2), trainerOfficer.id, {}};
    ASSERT_TRUE(opened.store->addAssignment(a, &error));
    ASSERT_TRUE(opened.store->record(progress::Event::make(done.id, progress::Verbs::Completed, QStringLiteral("crypto-basics"),
                                                           QStringLiteral("1.1.0"), progress::ObjectTypes::Module, QStringLiteral("crypto-basics")),
                                     &error));
    const content::Catalog catalog = content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
    shell::MainWindow w(opened.store.get(), catalog);
    w.showInitialScreen();
    w.show();
    w.signIn(trainerOfficer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("reports")));
    w.goReports();
    trainer::ReportsPage *page = w.reportsPage();
    page->showCohort(cohort.id);
    ASSERT_GE(page->table()->rowCount(), 1);
    QStringList row;
    for (int c = 0; c < page->table()->columnCount(); ++c)
        row << page->table()->item(0, c)->text();
    EXPECT_EQ(row.value(0), QStringLiteral("Crypto basics for officers")) << row.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(row.value(1), QStringLiteral("1")) << "completed";
    EXPECT_EQ(row.value(2), QStringLiteral("50%")) << "of two members";
    EXPECT_EQ(row.value(6), QStringLiteral("1")) << "one member is overdue";
    EXPECT_FALSE(page->chartTitle().isEmpty());
    page->showTranscript(done.id);
    EXPECT_EQ(page->table()->rowCount(), 1);
    const QString csv = dir.filePath(QStringLiteral("transcript.csv"));
    ASSERT_EQ(page->exportTo(csv, trainer::ExportFormat::Csv, &error), reports::WriteOutcome::Written) << error.toStdString();
    EXPECT_TRUE(QFileInfo::exists(csv));
    w.signIn(done.id);
    EXPECT_FALSE(w.isPlaceOffered(QStringLiteral("reports")));
}

namespace {
// An exam attempt at crypto-basics' final quiz, submitted `minutes` after it started.
QList<progress::Event> examAttempt(const progress::Officer &o, const QString &attemptId, double percent, int minutes)
{
    const QString module = QStringLiteral("crypto-basics");
    const QString quiz = QStringLiteral("final-quiz");
    progress::Event start = progress::Event::make(o.id, progress::Verbs::Attempted, module, QStringLiteral("1.1.0"), progress::ObjectTypes::Assessment,
                                                  quiz, {{QStringLiteral("attempt"), attemptId}, {QStringLiteral("time_limit_minutes"), 30}});
    start.timestamp = QDateTime::currentDateTimeUtc().addDays(-3);
    progress::Event end = progress::Event::make(o.id, percent >= 70 ? progress::Verbs::Passed : progress::Verbs::Failed, module,
                                                QStringLiteral("1.1.0"), progress::ObjectTypes::Assessment, quiz,
                                                {{QStringLiteral("attempt"), attemptId}, {QStringLiteral("percent"), percent}});
    end.timestamp = start.timestamp.addSecs(60 * minutes);
    return {start, end};
}

QStringList column(QTableWidget *table, int c)
{
    QStringList out;
    for (int r = 0; table && r < table->rowCount(); ++r)
        out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}
} // namespace

class TrainerReports : public Trainer
{
protected:
    void SetUp() override
    {
        Trainer::SetUp();
        trainerOfficer = add(QStringLiteral("T-7"), QStringLiteral("trainer"));
        done = add(QStringLiteral("PC-7"), QStringLiteral("trainee"));
        late = add(QStringLiteral("PC-8"), QStringLiteral("trainee"));
        cohort.name = QStringLiteral("Intake 2026-11");
        QString error;
        ASSERT_TRUE(opened.store->addCohort(cohort, &error));
        ASSERT_TRUE(opened.store->setCohortMembers(cohort.id, {done.id, late.id}, &error));
        progress::Assignment a{QString(), QStringLiteral("crypto-basics"), cohort.id, QString(), QDate::currentDate().addDays(-4),
                               trainerOfficer.id, {}};
        ASSERT_TRUE(opened.store->addAssignment(a, &error));
        // PC-7 passes with 85 in 20 minutes and completes; PC-8 fails with 40 in 25 minutes.
        QList<progress::Event> events = examAttempt(done, QStringLiteral("x1"), 85, 20) + examAttempt(late, QStringLiteral("x2"), 40, 25);
        events << progress::Event::make(done.id, progress::Verbs::Completed, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"),
                                        progress::ObjectTypes::Module, QStringLiteral("crypto-basics"));
        ASSERT_TRUE(opened.store->record(events, &error));
        catalog = content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
        w = std::make_unique<shell::MainWindow>(opened.store.get(), catalog);
        w->showInitialScreen();
        w->show();
        w->signIn(trainerOfficer.id);
        w->goReports();
        page = w->reportsPage();
        page->showCohort(cohort.id);
    }
    void TearDown() override { w.reset(); }

    progress::Officer trainerOfficer, done, late;
    progress::Cohort cohort;
    content::Catalog catalog;
    std::unique_ptr<shell::MainWindow> w;
    trainer::ReportsPage *page = nullptr;
};

TEST_F(TrainerReports, TheDashboardListsTheOverdueOfficerTheScoreDistributionAndTimeSpent)
{
    QTableWidget *modules = page->table(QStringLiteral("modules"));
    ASSERT_TRUE(modules);
    EXPECT_EQ(column(modules, 3).value(0), QStringLiteral("2")) << "both submitted the exam";
    EXPECT_EQ(column(modules, 4).value(0), QStringLiteral("50%")) << "pass rate";
    EXPECT_EQ(column(modules, 5).value(0), QStringLiteral("63%")) << "average best score (85 + 40) / 2 = 62.5";

    QTableWidget *overdue = page->table(QStringLiteral("overdue"));
    ASSERT_TRUE(overdue);
    ASSERT_EQ(overdue->rowCount(), 1);
    EXPECT_EQ(overdue->item(0, 0)->text(), QStringLiteral("Officer PC-8"));
    EXPECT_EQ(overdue->item(0, 1)->text(), QStringLiteral("PC-8"));
    EXPECT_EQ(overdue->item(0, 4)->text(), QStringLiteral("4")) << "days overdue";

    QTableWidget *distribution = page->table(QStringLiteral("distribution"));
    ASSERT_TRUE(distribution);
    const QStringList ranges = column(distribution, 0);
    const QStringList counts = column(distribution, 1);
    ASSERT_EQ(ranges.size(), 10);
    EXPECT_EQ(counts.value(ranges.indexOf(QStringLiteral("80–89"))), QStringLiteral("1"));
    EXPECT_EQ(counts.value(ranges.indexOf(QStringLiteral("40–49"))), QStringLiteral("1"));
    EXPECT_EQ(counts.value(ranges.indexOf(QStringLiteral("90–100"))), QStringLiteral("0"));
    EXPECT_EQ(page->chartTitles().size(), 2) << "completion and distribution charts";

    QTableWidget *time = page->table(QStringLiteral("time"));
    ASSERT_TRUE(time);
    EXPECT_EQ(time->item(0, 1)->text(), QStringLiteral("2")) << "attempts";
    EXPECT_EQ(time->item(0, 3)->text(), QStringLiteral("45 min")) << "20 + 25 minutes";
    EXPECT_EQ(time->item(0, 4)->text(), QStringLiteral("23 min")) << "median of 20 and 25 = 22.5";
}

TEST_F(TrainerReports, PdfExportWritesAPdfWithTheTitleAndTheNumbers)
{
    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    QString error;
    ASSERT_EQ(page->exportTo(pdf, trainer::ExportFormat::Pdf, &error), reports::WriteOutcome::Written) << error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    EXPECT_GT(f.size(), 10000) << "the charts are in it";
    EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("dashboard.pdf")));
    EXPECT_FALSE(page->exportProgressBar()->isVisible());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        std::printf("pdftotext is not installed: the PDF's text is not checked\n");
        return;
    }
    const test::ProcessResult text = test::run(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Cohort dashboard"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Intake 2026-11")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Officer PC-8")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Page 1")));

    // The item analysis and the transcript print too.
    page->showTranscript(done.id);
    const QString transcript = dir.filePath(QStringLiteral("transcript.pdf"));
    ASSERT_EQ(page->exportTo(transcript, trainer::ExportFormat::Pdf, &error), reports::WriteOutcome::Written) << error.toStdString();
    const test::ProcessResult t = test::run(pdftotext, {QStringLiteral("-layout"), transcript, QStringLiteral("-")});
    EXPECT_TRUE(t.out.contains(QStringLiteral("Officer transcript"))) << t.out.toStdString();
    EXPECT_TRUE(t.out.contains(QStringLiteral("85% · passed")));
    page->showItems(QStringLiteral("crypto-basics"), QStringLiteral("final-quiz"));
    const QString items = dir.filePath(QStringLiteral("items.pdf"));
    ASSERT_EQ(page->exportTo(items, trainer::ExportFormat::Pdf, &error), reports::WriteOutcome::Written) << error.toStdString();
    const test::ProcessResult i = test::run(pdftotext, {QStringLiteral("-layout"), items, QStringLiteral("-")});
    EXPECT_TRUE(i.out.contains(QStringLiteral("Item analysis"))) << i.out.toStdString();
}

TEST_F(TrainerReports, CancellingAnExportMidwayLeavesNoFileAndSaysSo)
{
    for (const trainer::ExportFormat format : {trainer::ExportFormat::Pdf, trainer::ExportFormat::Csv}) {
        const QString path = dir.filePath(format == trainer::ExportFormat::Pdf ? QStringLiteral("c.pdf") : QStringLiteral("c.csv"));
        int last = 0, total = 0;
        const QMetaObject::Connection c = QObject::connect(page, &trainer::ReportsPage::exportProgress, page, [&](int d, int t) {
            last = d;
            total = t;
            EXPECT_TRUE(page->exportProgressBar()->isVisibleTo(page)) << "progress shows in the page";
            EXPECT_TRUE(page->isExporting());
            if (d == 3)
                page->cancelButton()->click();
        });
        QString error;
        EXPECT_EQ(page->exportTo(path, format, &error), reports::WriteOutcome::Cancelled);
        QObject::disconnect(c);
        EXPECT_EQ(last, 3);
        EXPECT_GT(total, 3) << "cancelled midway";
        EXPECT_FALSE(QFileInfo::exists(path));
        EXPECT_TRUE(page->statusLabel()->text().contains(QStringLiteral("cancelled"))) << page->statusLabel()->text().toStdString();
        EXPECT_FALSE(page->isExporting());
        EXPECT_FALSE(page->exportProgressBar()->isVisibleTo(page));
        EXPECT_TRUE(page->exportButton()->isEnabled());
    }
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, QStringList{QStringLiteral("p.sqlite")} + left.filter(QStringLiteral("p.sqlite-"))) << "no temporary files remain";

    // And an export afterwards works: the CSV has every table of the dashboard.
    const QString csv = dir.filePath(QStringLiteral("dashboard.csv"));
    QString error;
    ASSERT_EQ(page->exportTo(csv, trainer::ExportFormat::Csv, &error), reports::WriteOutcome::Written) << error.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Officer PC-8,PC-8,Crypto basics for officers"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Score distribution")));
}

TEST_F(Trainer, ATrainerProfileWithoutAPasswordWorksAsATraineeUntilItSetsOne)
{
    progress::Officer imported;
    imported.displayName = QStringLiteral("Sgt Imported");
    imported.serviceNumber = QStringLiteral("T-IMP");
    imported.role = QStringLiteral("trainer");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(imported, &error)); // as a bundle from another station brings it: no password
    shell::MainWindow w(opened.store.get(), content::Catalog());
    w.showInitialScreen();
    w.show();
    w.signIn(imported.id);
    EXPECT_FALSE(w.isPlaceOffered(QStringLiteral("import")));
    w.goImport();
    EXPECT_NE(w.currentPlace(), QStringLiteral("import"));
    w.goSettings();
    shell::SettingsPage *settings = w.settingsPage();
    QTest::keyClicks(settings->newSecretField(), QStringLiteral("Imported-2026"));
    QTest::keyClicks(settings->repeatSecretField(), QStringLiteral("Imported-2026"));
    QTest::mouseClick(settings->saveSecretButton(), Qt::LeftButton);
    EXPECT_TRUE(opened.store->officerSecret(imported.id).startsWith(QStringLiteral("$argon2id$")));
    EXPECT_TRUE(w.isPlaceOffered(QStringLiteral("import")));
}


TEST_F(TrainerReports, ScenarioPathsShowHowPlaysEndedAndWhichChoicesWereTaken)
{
    const QString module = QStringLiteral("scams-and-social-engineering");
    const QString activity = QStringLiteral("warned-withdrawal-intervention");
    const content::ModulePackage *m = catalog.find(module);
    ASSERT_NE(m, nullptr);
    const scenario::Scenario s = scenario::ScenarioLoader::loadFile(m->absolutePath(m->activity(activity)->file), m->directory);
    const scenario::Node *decision = nullptr;
    const scenario::Node *ending = nullptr;
    for (const scenario::Node &n : s.nodes) {
        if (!decision && n.type == scenario::Node::Type::Decision && n.choices.size() >= 2)
            decision = &n;
        if (!ending && n.isEnding())
            ending = &n;
    }
    ASSERT_TRUE(decision && ending);
    auto event = [&](const progress::Officer &o, const QString &verb, const QJsonObject &data) {
        return progress::Event::make(o.id, verb, module, m->version, progress::ObjectTypes::Activity, activity, data);
    };
    const QList<progress::Event> events{
        event(done, progress::Verbs::Responded, {{QStringLiteral("node"), decision->id}, {QStringLiteral("choice"), decision->choices[0].id}}),
        event(late, progress::Verbs::Responded, {{QStringLiteral("node"), decision->id}, {QStringLiteral("choice"), decision->choices[0].id}}),
        event(late, progress::Verbs::Responded, {{QStringLiteral("node"), decision->id}, {QStringLiteral("choice"), decision->choices[1].id}}),
        event(done, progress::Verbs::Completed,
              {{QStringLiteral("outcome"), ending->outcome}, {QStringLiteral("band"), ending->band}, {QStringLiteral("score"), 3}, {QStringLiteral("max"), 4}}),
    };
    QString error;
    ASSERT_TRUE(opened.store->record(events, &error)) << error.toStdString();

    auto *kind = page->findChild<QComboBox *>(QStringLiteral("reportKind"));
    auto *subject = page->findChild<QComboBox *>(QStringLiteral("reportSubject"));
    ASSERT_TRUE(kind && subject);
    kind->setCurrentIndex(kind->findData(QStringLiteral("scenario")));
    ASSERT_GE(subject->count(), 7) << "the bundled case studies";
    subject->setCurrentIndex(subject->findData(module + QLatin1Char('/') + activity));
    ASSERT_EQ(page->document().kind, QStringLiteral("scenario"));

    QTableWidget *endings = page->table(QStringLiteral("endings"));
    ASSERT_TRUE(endings);
    ASSERT_EQ(endings->rowCount(), 1);
    EXPECT_TRUE(endings->item(0, 0)->text().startsWith(QString(ending->outcome).replace(QLatin1Char('-'), QLatin1Char(' '))));
    EXPECT_EQ(endings->item(0, 2)->text(), QStringLiteral("1"));
    EXPECT_EQ(endings->item(0, 3)->text(), QStringLiteral("100%"));
    EXPECT_EQ(endings->item(0, 4)->text(), QStringLiteral("75%"));

    QTableWidget *choices = page->table(QStringLiteral("decisions"));
    ASSERT_TRUE(choices);
    int first = -1;
    for (int r = 0; r < choices->rowCount(); ++r)
        if (choices->item(r, 1)->text() == decision->choices[0].text.text(QStringLiteral("en")).simplified())
            first = r;
    ASSERT_GE(first, 0);
    EXPECT_EQ(choices->item(first, 2)->text(), QStringLiteral("2"));
    EXPECT_EQ(choices->item(first, 3)->text(), QStringLiteral("67%"));
    EXPECT_EQ(choices->item(first + 1, 2)->text(), QStringLiteral("1"));
    int zeros = 0;
    for (int r = 0; r < choices->rowCount(); ++r)
        zeros += choices->item(r, 2)->text() == QStringLiteral("0") ? 1 : 0;
    EXPECT_GT(zeros, 0) << "choices nobody took are listed too";
    EXPECT_TRUE(page->document().summary.startsWith(QStringLiteral("Plays finished: 1. Officers who finished it: 1. Choices recorded: 3.")))
        << page->document().summary.toStdString();
}
