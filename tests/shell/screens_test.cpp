#include "content/widgets/catalogpage.h"
#include "content/widgets/lessonbrowser.h"
#include "content/widgets/lessonplayer.h"
#include "content/widgets/mediapanel.h"
#include "content/widgets/modulepage.h"
#include "content/packageloader.h"
#include "core/preferences.h"
#include "progress/sqliteprogressstore.h"
#include "reference/watchlist.h"
#include "reference/widgets/indicatorpage.h"
#include "reference/widgets/referencepage.h"
#include "tracing/annotations.h"
#include "tracing/widgets/tracecanvas.h"
#include "tracing/widgets/tracingpage.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/noticebar.h"
#include "shell/settingspage.h"
#include "shell/signinpage.h"
#include "support/testutil.h"
#include "ui/theme.h"
#include "progress/event.h"
#include "scenario/widgets/scenariopage.h"
#include "wallet/widgets/walletlabpage.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

#include <QJsonArray>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QFile>
#include <QSettings>
#include <QUrl>

using namespace cca;

namespace {
content::Catalog bundledCatalog()
{
    return content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
}

class Screens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Prefs::lastOfficer.set(QString());
        Prefs::lastPage.set(QString());
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        officer.displayName = QStringLiteral("Ho");
        officer.serviceNumber = QStringLiteral("77");
        officer.unit = QStringLiteral("Kowloon West");
        officer.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(officer, &error));
    }
    void TearDown() override
    {
        shell::LanguageManager::instance()->apply(QStringLiteral("en"));
        ui::Theme::apply(ui::Theme::Mode::Light, 1);
    }
    QTemporaryDir dir;
    progress::OpenResult opened;
    progress::Officer officer;
};
} // namespace

TEST_F(Screens, SignInExplainsMissingFieldsAndDuplicateServiceNumbers)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    shell::SignInPage *page = w.signInPage();
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("signin"));
    auto errorLabels = [&] {
        QStringList texts;
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->property("role").toString() == QLatin1String("error") && l->isVisible())
                texts << l->text();
        return texts.join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(errorLabels().contains(QStringLiteral("display name"))) << errorLabels().toStdString();
    QTest::keyClicks(page->nameField(), QStringLiteral("Someone Else"));
    QTest::keyClicks(page->serviceNumberField(), QStringLiteral("77"));
    QTest::mouseClick(page->createButton(), Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("signin"));
    EXPECT_TRUE(errorLabels().contains(QStringLiteral("already used by Ho"))) << errorLabels().toStdString();
    // The existing officer is offered as a button.
    auto *existing = page->findChild<QPushButton *>(QStringLiteral("officer-77"));
    ASSERT_NE(existing, nullptr);
    QTest::mouseClick(existing, Qt::LeftButton);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("home"));
}

TEST_F(Screens, ADamagedDatabaseNoticeIsShownToTheOfficer)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.setStartupNotice(QStringLiteral("moved aside to /tmp/x.damaged"));
    w.showInitialScreen();
    w.show();
    EXPECT_TRUE(w.signInPage()->notice()->isVisible());
    EXPECT_TRUE(w.signInPage()->notice()->text().contains(QStringLiteral("/tmp/x.damaged")));
}

TEST_F(Screens, SwitchingLanguageTakesEffectWithoutRestart)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    w.openModule(QStringLiteral("crypto-basics"));
    const QString englishTitle = w.catalog().find(QStringLiteral("crypto-basics"))->title.text(QStringLiteral("en"));
    const QString chineseTitle = w.catalog().find(QStringLiteral("crypto-basics"))->title.text(QStringLiteral("zh-Hant"));
    ASSERT_NE(englishTitle, chineseTitle);

    shell::LanguageManager::instance()->apply(QStringLiteral("zh_HK"));
    EXPECT_EQ(w.currentPlace(), QStringLiteral("module")) << "the officer stays where they were";
    EXPECT_NE(QCoreApplication::translate("cca::shell::MainWindow", "Home"), QStringLiteral("Home"))
        << "the zh_HK catalog is loaded";
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    ASSERT_NE(sidebar, nullptr);
    EXPECT_EQ(sidebar->item(0)->text(), QCoreApplication::translate("cca::shell::MainWindow", "Home"));
    bool chineseShown = false;
    for (QLabel *l : w.modulePage()->findChildren<QLabel *>())
        chineseShown = chineseShown || l->text() == chineseTitle;
    EXPECT_TRUE(chineseShown) << "module content follows the language";

    shell::LanguageManager::instance()->apply(QStringLiteral("en"));
    sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    EXPECT_EQ(sidebar->item(0)->text(), QStringLiteral("Home"));
}

TEST_F(Screens, ThemeAndTextSizeApplyAtOnceAndPersist)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    w.goSettings();
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    QComboBox *theme = w.settingsPage()->themeBox();
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    emit theme->activated(theme->currentIndex());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), lightWindow.lightness());
    EXPECT_EQ(Prefs::theme.get(), QStringLiteral("dark"));
    EXPECT_EQ(w.currentPlace(), QStringLiteral("settings"));
    QComboBox *size = w.settingsPage()->textSizeBox();
    size->setCurrentIndex(3);
    emit size->activated(3);
    EXPECT_EQ(QApplication::font().pointSize(), ui::Theme::basePointSize(3));
    EXPECT_EQ(Prefs::textSize.get(), 3);
    Prefs::theme.set(QStringLiteral("light"));
    Prefs::textSize.set(1);
}

TEST_F(Screens, CatalogSearchAndFiltersNarrowTheList)
{
    content::CatalogPage page;
    const content::Catalog catalog = bundledCatalog();
    page.setCatalog(catalog.modules(), QStringLiteral("en"), {});
    EXPECT_TRUE(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")));
    page.searchField()->setText(QStringLiteral("blockchain"));
    EXPECT_TRUE(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")));
    page.searchField()->setText(QStringLiteral("zzzz-nothing"));
    EXPECT_TRUE(page.visibleModuleIds().isEmpty());
    page.searchField()->clear();
    page.topicFilter()->setCurrentIndex(page.topicFilter()->findData(QStringLiteral("tracing")));
    EXPECT_FALSE(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")));
    page.topicFilter()->setCurrentIndex(page.topicFilter()->findData(QStringLiteral("fundamentals")));
    EXPECT_TRUE(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")));
    const int minutes = catalog.find(QStringLiteral("crypto-basics"))->minutes;
    page.durationFilter()->setCurrentIndex(page.durationFilter()->findData(-60));
    EXPECT_EQ(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")), minutes > 60);
    page.durationFilter()->setCurrentIndex(page.durationFilter()->findData(30));
    EXPECT_EQ(page.visibleModuleIds().contains(QStringLiteral("crypto-basics")), minutes <= 30);
}

TEST_F(Screens, LessonBrowserLoadsOnlyFromInsideThePackage)
{
    const content::ModulePackage m = content::PackageLoader::load(test::dataPath(QStringLiteral("content/valid/minimal")));
    content::LessonBrowser browser;
    browser.resize(800, 600);
    browser.showLesson(m, QStringLiteral("lessons/intro.en.md"));
    EXPECT_EQ(browser.blockedRequests(), 0);
    EXPECT_TRUE(browser.toPlainText().contains(QStringLiteral("Tip"))) << "callouts are labelled in words";
    const int before = browser.blockedRequests();
    EXPECT_FALSE(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/a.png"))).isValid());
    EXPECT_FALSE(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../../../../etc/hostname"))).isValid());
    EXPECT_FALSE(browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(QStringLiteral("/etc/hostname"))).isValid());
    EXPECT_FALSE(browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("../media/diagram.svg"))).isValid());
    EXPECT_EQ(browser.blockedRequests(), before + 4);
    EXPECT_TRUE(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../media/diagram.svg"))).isValid());
}

TEST_F(Screens, LessonWithAudioShowsControlsAndTranscript)
{
    const content::Catalog catalog = bundledCatalog();
    const content::ModulePackage *m = catalog.find(QStringLiteral("crypto-basics"));
    ASSERT_NE(m, nullptr);
    int withMedia = -1;
    for (int i = 0; i < m->lessons.size(); ++i)
        if (!m->lessons[i].media.isEmpty())
            withMedia = i;
    ASSERT_GE(withMedia, 0);
    content::LessonPlayer player;
    player.setModule(*m, QStringLiteral("zh-Hant"), {});
    player.openLesson(withMedia);
    ASSERT_EQ(player.mediaPanels().size(), m->lessons[withMedia].media.size());
    content::MediaPanel *panel = player.mediaPanels().first();
    EXPECT_FALSE(panel->transcriptText().trimmed().isEmpty());
    EXPECT_TRUE(panel->mediaPath().startsWith(m->directory));
    EXPECT_TRUE(QFileInfo::exists(panel->mediaPath()));

    // Play loads the clip through Qt Multimedia: its length appears and the seek bar is enabled.
    QTest::mouseClick(panel->playButton(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->seekSlider()->maximum() > 10000; }, 10000))
        << panel->timeText().toStdString();
    QTest::mouseClick(panel->playButton(), Qt::LeftButton); // pause
}

TEST_F(Screens, CtrlKOpensTheReferenceFromAnywhereAndModulesLinkBothWays)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("reference"))) << "every officer has the reference";
    w.goCourses();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_K));
    ASSERT_EQ(w.currentPlace(), QStringLiteral("reference"));
    reference::ReferencePage *page = w.referencePage();
    EXPECT_TRUE(page->searchField()->hasFocus());
    QTest::keyClicks(page->searchField(), QStringLiteral("telegram investment"));
    ASSERT_FALSE(page->resultIds().isEmpty());
    EXPECT_EQ(page->resultIds().first(), QStringLiteral("pig-butchering"));

    // The module page lists the patterns it teaches; a link opens the entry, and the entry links back.
    w.openModule(QStringLiteral("crypto-basics"));
    const QList<QPushButton *> links = w.modulePage()->referenceLinkButtons();
    ASSERT_FALSE(links.isEmpty()) << "crypto-basics teaches at least one pattern";
    const QString entry = links.first()->property("referenceEntry").toString();
    links.first()->click();
    EXPECT_EQ(w.currentPlace(), QStringLiteral("reference"));
    EXPECT_EQ(page->currentEntry(), entry);
    emit page->entryView()->anchorClicked(QUrl(QStringLiteral("module:crypto-basics")));
    EXPECT_EQ(w.currentPlace(), QStringLiteral("module"));
    EXPECT_EQ(w.modulePage()->moduleId(), QStringLiteral("crypto-basics"));
}

TEST_F(Screens, CtrlShiftKAndTheSidebarReachTheIndicatorCheckerForEveryOfficer)
{
    QString error;
    std::shared_ptr<reference::Watchlist> lists(reference::Watchlist::open(dir.filePath(QStringLiteral("w.sqlite")), &error));
    ASSERT_TRUE(lists) << error.toStdString();
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.setWatchlists(lists);
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("indicators"))) << "a trainee has the checker too";
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    ASSERT_EQ(w.currentPlace(), QStringLiteral("indicators"));
    reference::IndicatorPage *page = w.indicatorPage();
    EXPECT_TRUE(page->inputField()->hasFocus()) << "ready to paste";
    EXPECT_TRUE(page->importButton()->isEnabled()) << "the watchlists are open";

    // The sidebar entry goes there too.
    w.goHome();
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    ASSERT_NE(sidebar, nullptr);
    for (int i = 0; i < sidebar->count(); ++i)
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral("indicators")) {
            EXPECT_EQ(sidebar->item(i)->text(), QStringLiteral("Indicator checker"));
            sidebar->setCurrentRow(i);
        }
    EXPECT_EQ(w.currentPlace(), QStringLiteral("indicators"));
}

TEST_F(Screens, TheTracingLabIsReachableAndItsCheckedAnswersAreRecorded)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("tracing"))) << "a trainee has the lab too";
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    ASSERT_EQ(w.currentPlace(), QStringLiteral("tracing"));
    tracing::TracingPage *page = w.tracingPage();
    ASSERT_EQ(page->caseCount(), 3);
    ASSERT_NE(page->currentCase(), nullptr);
    EXPECT_TRUE(page->canvas()->hasFocus());
    // Inside the lab Ctrl+F searches the graph, not the course catalog.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(w.currentPlace(), QStringLiteral("tracing"));
    EXPECT_TRUE(page->searchField()->hasFocus());

    ASSERT_TRUE(page->openCase(QStringLiteral("pig-butchering-peel-chain")));
    const tracing::CaseFile *c = page->currentCase();
    for (int i = 0; i < c->objectives.size(); ++i)
        page->answerField(i)->setText(c->objectives[i].answer);
    QTest::mouseClick(page->checkButton(), Qt::LeftButton);
    const QList<progress::Event> events = opened.store->events(officer.id);
    ASSERT_FALSE(events.isEmpty());
    const progress::Event &e = events.last();
    EXPECT_EQ(e.verb, progress::Verbs::Completed);
    EXPECT_EQ(e.objectType, progress::ObjectTypes::TracingCase);
    EXPECT_EQ(e.objectId, QStringLiteral("pig-butchering-peel-chain"));
    EXPECT_EQ(e.data.value(QStringLiteral("score")).toInt(), e.data.value(QStringLiteral("max")).toInt());
    EXPECT_TRUE(e.data.value(QStringLiteral("success")).toBool());
    EXPECT_EQ(e.moduleId, QStringLiteral("following-the-money")) << "a case is an activity of the module that teaches tracing";
    EXPECT_FALSE(e.moduleVersion.isEmpty());
    EXPECT_FALSE(opened.store->moduleProgress(officer.id, QStringLiteral("following-the-money")).completed);

    // The sidebar entry goes there too.
    w.goHome();
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    for (int i = 0; i < sidebar->count(); ++i)
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral("tracing")) {
            EXPECT_EQ(sidebar->item(i)->text(), QStringLiteral("Tracing lab"));
            sidebar->setCurrentRow(i);
        }
    EXPECT_EQ(w.currentPlace(), QStringLiteral("tracing"));
}

TEST_F(Screens, TheTracingLabKeepsItsWorkAcrossLanguageAndThemeAndItsNotesAcrossRestarts)
{
    const QString caseId = QStringLiteral("pig-butchering-peel-chain");
    QString platformRef;
    {
        shell::MainWindow w(opened.store.get(), bundledCatalog());
        w.showInitialScreen();
        w.show();
        w.signIn(officer.id);
        w.goTracing();
        tracing::TracingPage *page = w.tracingPage();
        ASSERT_TRUE(page->openCase(caseId));
        tracing::TraceCanvas *canvas = page->canvas();
        // Follow the money a few steps, write a note on the platform's deposit address (the
        // source's receiver), and type an answer.
        for (int round = 0; round < 3; ++round)
            for (const QString &k : canvas->nodeKeys())
                canvas->expand(k);
        const QString source = page->currentCase()->source;
        const int tx = page->graph()->txId(source.section(u':', 0, 0));
        const QString platform = tracing::TraceCanvas::addressKey(
            page->graph()->outputs()[size_t(page->graph()->outputId(tx, source.section(u':', 1).toInt()))].address);
        canvas->selectNode(platform);
        ASSERT_TRUE(page->saveNote(QStringLiteral("Named in the victim's chat"), QStringLiteral("suspect, platform")));
        platformRef = canvas->refOf(platform);
        page->answerField(0)->setText(QStringLiteral("Kestrel"));
        QStringList nodes = canvas->nodeKeys();
        nodes.sort();
        const int steps = canvas->undoStack()->count();

        // Saved with the officer's progress at once.
        const QList<progress::Event> events = opened.store->events(officer.id, QStringLiteral("following-the-money"));
        ASSERT_FALSE(events.isEmpty());
        EXPECT_EQ(events.last().verb, progress::Verbs::Annotated);
        EXPECT_EQ(events.last().objectType, progress::ObjectTypes::TracingCase);
        EXPECT_EQ(events.last().objectId, caseId);
        EXPECT_EQ(tracing::CaseAnnotations::fromJson(events.last().data).get(platformRef).tags,
                  (QStringList{QStringLiteral("suspect"), QStringLiteral("platform")}));

        // A language switch rebuilds every screen: the lab comes back as it was.
        shell::LanguageManager::instance()->apply(QStringLiteral("zh_HK"));
        EXPECT_EQ(w.currentPlace(), QStringLiteral("tracing"));
        page = w.tracingPage();
        canvas = page->canvas();
        QStringList after = canvas->nodeKeys();
        after.sort();
        EXPECT_EQ(after, nodes) << "the expansions";
        EXPECT_EQ(canvas->undoStack()->count(), steps);
        EXPECT_EQ(canvas->noteOf(platform).note, QStringLiteral("Named in the victim's chat")) << "the notes";
        EXPECT_EQ(page->answerField(0)->text(), QStringLiteral("Kestrel")) << "the answers";
        EXPECT_EQ(page->caseCombo()->currentText(), page->currentCase()->title.text(QStringLiteral("zh-Hant")));
        // And so does a theme switch.
        w.goSettings();
        QComboBox *theme = w.settingsPage()->themeBox();
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        emit theme->activated(theme->currentIndex());
        w.goTracing();
        page = w.tracingPage();
        after = page->canvas()->nodeKeys();
        after.sort();
        EXPECT_EQ(after, nodes);
        EXPECT_EQ(page->canvas()->noteOf(platform).tags, (QStringList{QStringLiteral("suspect"), QStringLiteral("platform")}));
        EXPECT_EQ(page->answerField(0)->text(), QStringLiteral("Kestrel"));
        EXPECT_EQ(opened.store->events(officer.id, QStringLiteral("following-the-money")).size(), events.size())
            << "carrying the lab over records nothing";
        shell::LanguageManager::instance()->apply(QStringLiteral("en"));
        Prefs::theme.set(QStringLiteral("light"));
    }
    // The app restarted: the officer's notes come back on the case.
    {
        shell::MainWindow w(opened.store.get(), bundledCatalog());
        w.showInitialScreen();
        w.show();
        w.signIn(officer.id);
        w.goTracing();
        tracing::TracingPage *page = w.tracingPage();
        ASSERT_TRUE(page->openCase(caseId));
        EXPECT_EQ(page->canvas()->annotations().get(platformRef).note, QStringLiteral("Named in the victim's chat"));
        // Another officer does not see them.
        progress::Officer other;
        other.displayName = QStringLiteral("Lam");
        other.serviceNumber = QStringLiteral("78");
        other.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(other, &error));
        w.signOut();
        w.signIn(other.id);
        w.goTracing();
        EXPECT_TRUE(w.tracingPage()->canvas()->annotations().isEmpty());
    }
}

TEST_F(Screens, FromTheReferenceChecklistToTheCheckerAndBackIntoTheNote)
{
    QString error;
    std::shared_ptr<reference::Watchlist> lists(reference::Watchlist::open(dir.filePath(QStringLiteral("w.sqlite")), &error));
    ASSERT_TRUE(lists) << error.toStdString();
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.setWatchlists(lists);
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    w.goReference(QStringLiteral("pig-butchering"));
    reference::ReferencePage *ref = w.referencePage();
    ref->setChecklistMode(true);
    ref->checklistCheckIndicatorButton()->click();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("indicators"));
    reference::IndicatorPage *page = w.indicatorPage();
    page->setText(QStringLiteral("USDT TRC20: TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL, support www.binance-support.com"));
    ASSERT_EQ(page->resultCards().size(), 2);

    // A look-alike site leads to the phishing patterns of the reference.
    QPushButton *patterns = page->resultCards().last()->findChild<QPushButton *>(QStringLiteral("phishingPatterns"));
    ASSERT_NE(patterns, nullptr);
    patterns->click();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("reference"));
    EXPECT_EQ(ref->searchField()->text(), QStringLiteral("phishing"));
    EXPECT_FALSE(ref->resultIds().isEmpty());

    // The case note lists what was checked.
    ref->showEntry(QStringLiteral("pig-butchering"));
    ref->setChecklistMode(true);
    const QString note = ref->checklistNote();
    EXPECT_TRUE(note.contains(QStringLiteral("- TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL (Cryptocurrency address, TRON, valid)"))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("look-alike of binance.com"))) << note.toStdString();

    // A change of theme rebuilds the screens; what was pasted stays.
    w.goIndicators();
    w.applyAppearance(QStringLiteral("dark"), 1);
    ASSERT_EQ(w.currentPlace(), QStringLiteral("indicators"));
    EXPECT_EQ(w.indicatorPage()->resultCards().size(), 2);
    EXPECT_TRUE(w.indicatorPage()->text().contains(QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL")));

    // The next officer does not see it.
    w.signOut();
    EXPECT_TRUE(w.indicatorPage()->text().isEmpty());
    EXPECT_TRUE(w.indicatorPage()->resultCards().isEmpty());
}

TEST_F(Screens, WalletLabIsReachableForEveryOfficerRecordsExercisesAndForgetsPhrasesOnLeaving)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    ASSERT_TRUE(w.isPlaceOffered(QStringLiteral("wallet-lab"))) << "a trainee has the lab too";
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    ASSERT_EQ(w.currentPlace(), QStringLiteral("wallet-lab"));
    wallet::WalletLabPage *lab = w.walletLabPage();
    EXPECT_FALSE(lab->restoreCardImage()->pixmap().isNull()) << "the module's seed card is shown";

    // The restore drill typed from the card is recorded as a completed activity of the module.
    const QStringList words = QStringLiteral("lawsuit special chief annual chair refuse major elevator labor suit cry sphere").split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i)
        lab->restoreFields().at(i)->setText(words.at(i));
    ASSERT_TRUE(lab->restoreMatchesCard());
    // The restored wallet's money is found in the tracing lab's first case: two peels.
    const QStringList ledger = lab->ledgerFindings();
    ASSERT_EQ(ledger.size(), 2) << ledger.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(ledger[0].startsWith(QStringLiteral("m/44'/1'/0'/0/0  mzZnHNtPFLQxiyc6ssK462EBBAegEJ4AQk"))) << ledger[0].toStdString();
    EXPECT_TRUE(ledger[0].endsWith(QStringLiteral("0.12 tBTC"))) << ledger[0].toStdString();
    EXPECT_TRUE(ledger[1].endsWith(QStringLiteral("0.09 tBTC"))) << ledger[1].toStdString();
    EXPECT_TRUE(ledger[1].contains(QStringLiteral("Mrs Chan"))) << "the case's title names where";
    lab->checkPaths();
    QList<progress::Event> recorded;
    for (const progress::Event &e : opened.store->events(officer.id, QStringLiteral("wallets-and-seizure")))
        if (e.objectType == progress::ObjectTypes::Activity)
            recorded << e;
    ASSERT_EQ(recorded.size(), 2);
    EXPECT_EQ(recorded[0].verb, progress::Verbs::Completed);
    EXPECT_EQ(recorded[0].objectId, QStringLiteral("restore-drill"));
    EXPECT_EQ(recorded[0].data.value(QStringLiteral("score")).toInt(), 1);
    EXPECT_FALSE(recorded[0].moduleVersion.isEmpty());
    EXPECT_EQ(recorded[1].objectId, QStringLiteral("match-the-path"));
    EXPECT_EQ(recorded[1].data.value(QStringLiteral("max")).toInt(), 6);

    // Leaving the place clears it.
    lab->generate(12, wallet::bip39::Language::English);
    w.goHome();
    EXPECT_TRUE(lab->words().isEmpty());
    EXPECT_TRUE(lab->restoreFields().first()->text().isEmpty());
    EXPECT_EQ(lab->tree()->topLevelItemCount(), 0);

    // The sidebar entry goes there; signing out clears it too.
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebarList"));
    ASSERT_NE(sidebar, nullptr);
    for (int i = 0; i < sidebar->count(); ++i)
        if (sidebar->item(i)->data(Qt::UserRole).toString() == QStringLiteral("wallet-lab")) {
            EXPECT_EQ(sidebar->item(i)->text(), QStringLiteral("Wallet lab"));
            sidebar->setCurrentRow(i);
        }
    ASSERT_EQ(w.currentPlace(), QStringLiteral("wallet-lab"));
    lab->generate(12, wallet::bip39::Language::English);
    const QStringList generated = lab->words();
    w.signOut();
    EXPECT_TRUE(lab->words().isEmpty());

    // Nothing of it in the settings.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        // Any two neighbouring words of a phrase (a single list word such as "session" can be a
        // settings key by chance).
        for (const QStringList &phrase : {generated, words})
            for (qsizetype i = 0; i + 1 < phrase.size(); ++i)
                EXPECT_FALSE(text.contains(phrase[i] + QLatin1Char(' ') + phrase[i + 1])) << phrase[i].toStdString();
    }
}

TEST_F(Screens, AModulesPractiseListOpensItsActivitiesAndShowsTheBestResult)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);

    // The wallets module lists the lab's five exercises; one opens the lab at that exercise.
    w.openModule(QStringLiteral("wallets-and-seizure"));
    ASSERT_EQ(w.currentPlace(), QStringLiteral("module"));
    QList<QPushButton *> buttons = w.modulePage()->activityButtons();
    ASSERT_EQ(buttons.size(), 5);
    auto button = [&](const QString &id) -> QPushButton * {
        for (QPushButton *b : w.modulePage()->activityButtons())
            if (b->property("activityId").toString() == id)
                return b;
        return nullptr;
    };
    ASSERT_NE(button(QStringLiteral("match-the-path")), nullptr);
    EXPECT_TRUE(button(QStringLiteral("match-the-path"))->text().contains(QStringLiteral("not tried yet")));
    button(QStringLiteral("match-the-path"))->click();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("wallet-lab"));
    EXPECT_EQ(w.walletLabPage()->currentView(), wallet::WalletLabPage::View::PathMatch);
    w.walletLabPage()->checkPaths(); // nothing chosen: 0 of 6

    w.openModule(QStringLiteral("wallets-and-seizure"));
    ASSERT_NE(button(QStringLiteral("match-the-path")), nullptr);
    EXPECT_TRUE(button(QStringLiteral("match-the-path"))->text().contains(QStringLiteral("best 0 of 6")))
        << button(QStringLiteral("match-the-path"))->text().toStdString();
    EXPECT_TRUE(button(QStringLiteral("restore-drill"))->text().contains(QStringLiteral("not tried yet")));

    // The tracing module's cases open in the tracing lab.
    w.openModule(QStringLiteral("following-the-money"));
    ASSERT_NE(button(QStringLiteral("case-ransomware")), nullptr);
    button(QStringLiteral("case-ransomware"))->click();
    ASSERT_EQ(w.currentPlace(), QStringLiteral("tracing"));
    ASSERT_NE(w.tracingPage()->currentCase(), nullptr);
    EXPECT_EQ(w.tracingPage()->currentCase()->id, QStringLiteral("ransomware-mixer"));
}

TEST_F(Screens, EachKindOfScenarioIsPlayedFromItsModuleToAnEndingAndRecorded)
{
    shell::MainWindow w(opened.store.get(), bundledCatalog());
    w.showInitialScreen();
    w.show();
    w.signIn(officer.id);
    const QString module = QStringLiteral("scams-and-social-engineering");
    scenario::ScenarioPage *page = w.scenarioPage();
    page->setAudioEnabled(false); // no sound device here: the transcript is stepped through

    auto open = [&](const QString &activityId) {
        w.openModule(module);
        for (QPushButton *b : w.modulePage()->activityButtons())
            if (b->property("activityId").toString() == activityId) {
                b->click();
                return w.currentPlace() == QStringLiteral("scenario");
            }
        return false;
    };
    auto visible = [](QWidget *b) { return b && b->isVisible() && b->isEnabled(); };
    // Plays on as an officer would: the first choice offered, else check, else go on.
    auto playToTheEnd = [&] {
        for (int step = 0; step < 400 && !page->isFinished(); ++step) {
            QApplication::processEvents();
            QPushButton *choice = nullptr;
            for (QPushButton *b : page->choiceButtons())
                if (visible(b)) {
                    choice = b;
                    break;
                }
            auto *nextLine = page->findChild<QPushButton *>(QStringLiteral("nextLineButton"));
            if (choice)
                choice->click();
            else if (visible(page->checkButton()))
                page->checkButton()->click();
            else if (visible(page->showRestButton()))
                page->showRestButton()->click();
            else if (visible(page->nextButton()))
                page->nextButton()->click();
            else if (visible(nextLine))
                nextLine->click();
            else
                break;
        }
        return page->isFinished();
    };
    auto completed = [&](const QString &activityId) {
        QList<progress::Event> out;
        for (const progress::Event &e : opened.store->events(officer.id, module))
            if (e.objectType == progress::ObjectTypes::Activity && e.objectId == activityId && e.verb == progress::Verbs::Completed)
                out << e;
        return out;
    };

    // Chat: one real red flag marked.
    ASSERT_TRUE(open(QStringLiteral("pig-butchering-chat")));
    EXPECT_EQ(page->kind(), scenario::ScenarioPage::Kind::Chat);
    ASSERT_TRUE(page->showRestButton()->isVisible());
    page->showRestButton()->click();
    QString flag;
    for (const QString &id : page->shownNodes()) {
        const scenario::Node *n = page->runner()->scenario().node(id);
        if (n && n->redFlag) {
            flag = id;
            break;
        }
    }
    ASSERT_FALSE(flag.isEmpty());
    ASSERT_TRUE(page->toggleFlag(flag));
    ASSERT_TRUE(playToTheEnd());
    QList<progress::Event> chat = completed(QStringLiteral("pig-butchering-chat"));
    ASSERT_EQ(chat.size(), 1);
    EXPECT_GE(chat[0].data.value(QStringLiteral("score")).toInt(), 1);
    EXPECT_TRUE(chat[0].data.value(QStringLiteral("found")).toArray().contains(flag));
    EXPECT_EQ(chat[0].data.value(QStringLiteral("kind")).toString(), QStringLiteral("chat-simulation"));

    // Call: the first pressure tactic marked and named.
    ASSERT_TRUE(open(QStringLiteral("police-impersonation-kiosk")));
    EXPECT_EQ(page->kind(), scenario::ScenarioPage::Kind::Call);
    EXPECT_FALSE(page->isAudioAvailable());
    ASSERT_TRUE(playToTheEnd());
    QList<progress::Event> call = completed(QStringLiteral("police-impersonation-kiosk"));
    ASSERT_EQ(call.size(), 1);
    EXPECT_GT(call[0].data.value(QStringLiteral("max")).toInt(), 0);
    EXPECT_EQ(call[0].data.value(QStringLiteral("missed")).toArray().size() > 0, true) << "nothing was marked";

    // Intervention: a choice is recorded, the officer leaves, comes back where they were, and ends it.
    ASSERT_TRUE(open(QStringLiteral("warned-withdrawal-intervention")));
    EXPECT_EQ(page->kind(), scenario::ScenarioPage::Kind::Intervention);
    for (int i = 0; i < 20 && page->choiceButtons().isEmpty(); ++i)
        page->nextButton()->click();
    ASSERT_FALSE(page->choiceButtons().isEmpty());
    page->choiceButtons().first()->click();
    const QList<scenario::ScenarioRunner::Step> path = page->runner()->path();
    ASSERT_FALSE(path.isEmpty());
    w.goHome();
    ASSERT_TRUE(open(QStringLiteral("warned-withdrawal-intervention")));
    EXPECT_EQ(page->runner()->path(), path) << "resumed where the officer left";
    ASSERT_TRUE(playToTheEnd());
    QList<progress::Event> responded;
    for (const progress::Event &e : opened.store->events(officer.id, module))
        if (e.verb == progress::Verbs::Responded && e.objectId == QStringLiteral("warned-withdrawal-intervention"))
            responded << e;
    ASSERT_GE(responded.size(), 2);
    EXPECT_FALSE(responded[0].data.value(QStringLiteral("choice")).toString().isEmpty()) << QJsonDocument(responded[0].data).toJson().toStdString();
    QList<progress::Event> talk = completed(QStringLiteral("warned-withdrawal-intervention"));
    ASSERT_EQ(talk.size(), 1);
    EXPECT_FALSE(talk[0].data.value(QStringLiteral("band")).toString().isEmpty());

    // Finished: the module page shows the results, and the next time starts afresh.
    w.openModule(module);
    for (QPushButton *b : w.modulePage()->activityButtons())
        if (b->property("activityId").toString() == QStringLiteral("pig-butchering-chat"))
            EXPECT_TRUE(b->text().contains(QStringLiteral("best "))) << b->text().toStdString();
    ASSERT_TRUE(open(QStringLiteral("warned-withdrawal-intervention")));
    EXPECT_FALSE(page->isFinished());
    for (const scenario::ScenarioRunner::Step &step : page->runner()->path())
        EXPECT_TRUE(step.choice.isEmpty()) << "a fresh start has no choices taken";
}
