// Walks the real main window through its main screens with a demo profile and saves PNGs.
// Usage: screenshot_tour OUTDIR   (scripts/screenshot.sh runs it under Xvfb)
#include "accounts/signinpolicy.h"
#include "assessment/scoring.h"
#include "assessment/widgets/answerwidget.h"
#include "assessment/widgets/quizpage.h"
#include "content/catalog.h"
#include "content/widgets/lessonplayer.h"
#include "core/appinfo.h"
#include "core/preferences.h"
#include "progress/sqliteprogressstore.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "reference/widgets/indicatorpage.h"
#include "reference/widgets/referencepage.h"
#include "tracing/taintengine.h"
#include "tracing/widgets/tracecanvas.h"
#include "content/widgets/modulepage.h"
#include "scenario/widgets/scenariopage.h"
#include "tracing/widgets/tracingpage.h"
#include "shell/settingspage.h"
#include "trainer/widgets/certificateverifypage.h"
#include "trainer/widgets/cohortspage.h"
#include "trainer/widgets/reportspage.h"
#include "ui/theme.h"
#include "wallet/widgets/walletlabpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QGraphicsScene>
#include <QScrollArea>
#include <QScrollBar>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QComboBox>

#include <cstdio>

using namespace cca;

namespace {
QString s_out;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(60);
    }
}

void shot(QWidget *w, const QString &name)
{
    settle();
    const QString path = QDir(s_out).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

// The whole scrolling content of a page, not only what fits in the window.
void shotWhole(QWidget *page, const QString &name)
{
    settle();
    auto *scroll = page->findChild<QScrollArea *>();
    QWidget *w = scroll && scroll->widget() ? scroll->widget() : page;
    const QString path = QDir(s_out).filePath(name + QStringLiteral(".png"));
    // On the page's own background: the scrolling content itself is transparent.
    const qreal ratio = w->devicePixelRatioF();
    QPixmap image((QSizeF(w->size()) * ratio).toSize());
    image.setDevicePixelRatio(ratio);
    image.fill(page->palette().color(QPalette::Window));
    w->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    image.save(path);
    std::printf("%s\n", qPrintable(path));
}

// Answers up to `count` questions of the attempt on screen, getting every fourth one wrong.
void answerSome(assessment::QuizPage *quiz, const content::Assessment &a, int count)
{
    for (int i = 0; i < count; ++i) {
        const content::Question *q = a.question(quiz->currentQuestionId());
        if (!q)
            return;
        QJsonValue r = assessment::correctResponse(*q, QStringLiteral("en"));
        if (i % 4 == 3 && q->type == content::QuestionTypes::TrueFalse)
            r = !r.toBool();
        else if (i % 4 == 3)
            r = QJsonValue();
        if (!r.isNull()) {
            quiz->answerWidget()->setResponse(r);
            emit quiz->answerWidget()->responseChanged();
        }
        if (!quiz->nextButton()->isEnabled())
            return;
        quiz->nextButton()->click();
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CryptoCrimeAcademyTour"));
    QCoreApplication::setApplicationName(QStringLiteral("ccacademy-tour"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshot_tour OUTDIR\n");
        return 2;
    }
    s_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(s_out);
    QTemporaryDir tmp;
    Prefs::lastOfficer.set(QString());
    Prefs::lastPage.set(QString());
    Prefs::windowGeometry.set(QByteArray());

    ui::Theme::apply(ui::Theme::Mode::Light, 1);
    shell::LanguageManager::instance()->apply(QStringLiteral("en"));
    auto opened = progress::SqliteProgressStore::open(tmp.filePath(QStringLiteral("demo.sqlite")));
    if (!opened.store)
        return 1;
    const content::Catalog catalog = content::Catalog::loadDefault();
    shell::MainWindow w(opened.store.get(), catalog);
    w.resize(1280, 800);
    w.showInitialScreen();
    w.show();
    shot(&w, QStringLiteral("01-welcome"));

    progress::Officer officer;
    officer.displayName = QStringLiteral("Chan Tai Man");
    officer.serviceNumber = QStringLiteral("PC 12345");
    officer.unit = QStringLiteral("Cyber Security and Technology Crime Bureau");
    officer.role = QStringLiteral("trainee");
    QString error;
    opened.store->addOfficer(officer, &error);
    progress::Officer trainer;
    trainer.displayName = QStringLiteral("Sgt Wong Mei Ling");
    trainer.serviceNumber = QStringLiteral("SGT 2041");
    trainer.unit = QStringLiteral("Police College");
    trainer.role = QStringLiteral("trainer");
    opened.store->addOfficer(trainer, &error);
    accounts::SignInPolicy(opened.store.get()).setSecret(trainer.id, trainer.role, QStringLiteral("Tour-Password-1"), &error);
    w.signOut();
    shot(&w, QStringLiteral("02-sign-in"));

    w.signIn(officer.id);
    shot(&w, QStringLiteral("03-home-first-day"));
    w.goCourses();
    shot(&w, QStringLiteral("04-courses"));
    w.openModule(QStringLiteral("crypto-basics"));
    shot(&w, QStringLiteral("05-module"));
    w.continueModule(QStringLiteral("crypto-basics"));
    shot(&w, QStringLiteral("06-lesson"));
    const content::ModulePackage *module = catalog.find(QStringLiteral("crypto-basics"));
    int mediaLesson = 0;
    for (int i = 0; module && i < module->lessons.size(); ++i)
        if (!module->lessons[i].media.isEmpty())
            mediaLesson = i;
    for (int i = 0; i < mediaLesson; ++i)
        w.lessonPlayer()->next();
    shot(&w, QStringLiteral("07-lesson-with-audio"));
    w.goHome();
    shot(&w, QStringLiteral("08-home-continue"));
    w.continueModule(QStringLiteral("crypto-basics"));
    while (w.currentPlace() == QLatin1String("lesson"))
        w.lessonPlayer()->next();
    if (module) {
        shot(&w, QStringLiteral("09-quiz-intro"));
        w.quizPage()->startButton()->click();
        answerSome(w.quizPage(), module->assessments.first(), 5);
        shot(&w, QStringLiteral("09-quiz-question"));
        answerSome(w.quizPage(), module->assessments.first(), 1000);
        w.quizPage()->submitButton()->click();
        shot(&w, QStringLiteral("10-quiz-confirm"));
        w.quizPage()->confirmSubmitButton()->click();
        shot(&w, QStringLiteral("11-quiz-results"));
    }
    // Practice gives feedback at once; spaced review brings back what was missed.
    w.openAssessment(QStringLiteral("practice"));
    if (w.quizPage()->isShowingIntro())
        w.quizPage()->startButton()->click();
    if (module && w.quizPage()->isShowingAttempt()) {
        const content::Assessment *practice = module->assessment(QStringLiteral("practice"));
        for (int i = 0; practice && i < 12; ++i) {
            const content::Question *q = practice->question(w.quizPage()->currentQuestionId());
            if (q && q->type != content::QuestionTypes::SingleChoice && q->type != content::QuestionTypes::TrueFalse
                && q->type != content::QuestionTypes::MultipleChoice)
                break;
            w.quizPage()->nextButton()->click();
        }
        shot(&w, QStringLiteral("12-practice-question"));
        const content::Question *q = practice ? practice->question(w.quizPage()->currentQuestionId()) : nullptr;
        if (q) {
            w.quizPage()->answerWidget()->setResponse(assessment::correctResponse(*q, QStringLiteral("en")));
            emit w.quizPage()->answerWidget()->responseChanged();
            w.quizPage()->checkButton()->click();
            shot(&w, QStringLiteral("13-practice-feedback"));
        }
    }
    w.goHome();
    shot(&w, QStringLiteral("14-home-completed"));
    w.goReview();
    shot(&w, QStringLiteral("15-review"));
    w.goSettings();
    shot(&w, QStringLiteral("16-settings"));
    // At the front desk: the reference, searched as the victim talks, then the case checklist.
    w.goReference();
    QTest::keyClicks(w.referencePage()->searchField(), QStringLiteral("telegram investment"));
    if (!w.referencePage()->resultIds().isEmpty())
        w.referencePage()->showEntry(w.referencePage()->resultIds().first());
    shot(&w, QStringLiteral("16b-reference-search"));
    w.referencePage()->setChecklistMode(true);
    const QList<QCheckBox *> steps = w.referencePage()->checklistBoxes();
    for (int i = 0; i < steps.size() && i < 3; ++i)
        steps[i]->setChecked(true);
    QTest::keyClicks(w.referencePage()->noteField(), QStringLiteral("Victim paid 3 times in USDT on TRON; chat screenshots taken."));
    shot(&w, QStringLiteral("16c-reference-checklist"));
    // From the checklist to the indicator checker: the station's watchlist, the message the victim
    // was sent, and the address they paid compared with the one they meant.
    w.referencePage()->checklistCheckIndicatorButton()->click();
    {
        QTemporaryDir csvDir;
        const QString csv = csvDir.filePath(QStringLiteral("station-12-watchlist.csv"));
        QFile f(csv);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("value,kind,source,category,date,note\n"
                    "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL,address,Station 12 intelligence,pig-butchering,2026-10-14,\"Reported by 3 victims; USDT on TRON\"\n"
                    "binance-support.com,domain,Station 12 intelligence,phishing,2026-09-30,Fake Binance support site\n"
                    "+852 9123 4567,phone,Station 12 intelligence,impersonation,2026-13-02,WhatsApp 'customer service'\n"
                    "coinbase-help.net,domain,Anti-Deception Coordination Centre,phishing,2026-11-02,\n");
            f.close();
        }
        w.indicatorPage()->showView(reference::IndicatorPage::View::Watchlists);
        w.indicatorPage()->importWatchlist(csv);
        shot(&w, QStringLiteral("16f-indicator-watchlists"));
    }
    w.indicatorPage()->showView(reference::IndicatorPage::View::Check);
    const QString victimMessage = QStringLiteral(
        "Hi dear, the platform upgraded its wallets. Deposit USDT (TRC20) to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL "
        "or ERC20 to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAEd. BTC: bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4\n"
        "Log in at https://www.binance-support.com/verify to release your profit. Customer service: support@coinbase-help.net "
        "or WhatsApp +852 9123 4567.");
    w.indicatorPage()->setText(victimMessage);
    shot(&w, QStringLiteral("16d-indicator-checker"));
    {
        // Further down: the address that is not valid and the look-alike site.
        const QList<QFrame *> cards = w.indicatorPage()->resultCards();
        for (QScrollArea *area : w.indicatorPage()->findChildren<QScrollArea *>())
            if (cards.size() > 1 && area->widget() && area->widget()->isAncestorOf(cards[1])) {
                settle();
                area->verticalScrollBar()->setValue(cards[1]->mapTo(area->widget(), QPoint(0, 0)).y());
            }
        shot(&w, QStringLiteral("16d2-indicator-checker-warnings"));
    }
    w.indicatorPage()->compare(QStringLiteral("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"),
                               QStringLiteral("0xd8da7c0b4f3a1e52c6d9f0e1b2a3c4d5e6f96045"));
    w.indicatorPage()->showView(reference::IndicatorPage::View::Compare);
    shot(&w, QStringLiteral("16e-indicator-compare"));
    w.applyAppearance(QStringLiteral("dark"), 1);
    w.indicatorPage()->showView(reference::IndicatorPage::View::Check);
    shot(&w, QStringLiteral("16g-dark-indicator-checker"));
    w.indicatorPage()->showView(reference::IndicatorPage::View::Compare);
    shot(&w, QStringLiteral("16h-dark-indicator-compare"));
    w.indicatorPage()->showView(reference::IndicatorPage::View::Watchlists);
    shot(&w, QStringLiteral("16i-dark-indicator-watchlists"));
    w.applyAppearance(QStringLiteral("light"), 1);
    w.indicatorPage()->setText(QString());
    // The wallet lab: a training wallet and what a passphrase changes, the restore drill from the
    // module's seed card, the smudged word found by its checksum, the paths matched, the invalid
    // phrases spotted and the custody cases answered.
    const QStringList card = QStringLiteral("lawsuit special chief annual chair refuse major elevator labor suit cry sphere").split(QLatin1Char(' '));
    auto fillCard = [&card](wallet::WalletLabPage *lab, const QString &word7) {
        for (int i = 0; i < card.size(); ++i)
            lab->restoreFields().at(i)->setText(i == 6 && !word7.isEmpty() ? word7 : card.at(i));
    };
    w.goWalletLab();
    wallet::WalletLabPage *lab = w.walletLabPage();
    lab->generate(12, wallet::bip39::Language::English);
    shot(&w, QStringLiteral("16j-wallet-lab"));
    lab->passphraseField()->setText(QStringLiteral("harbour"));
    QTest::qWait(700);
    shot(&w, QStringLiteral("16j2-wallet-lab-passphrase"));
    lab->showView(wallet::WalletLabPage::View::Restore);
    fillCard(lab, QStringLiteral("bitcoin"));
    shot(&w, QStringLiteral("16k2-wallet-restore-unknown-word"));
    fillCard(lab, QString());
    shot(&w, QStringLiteral("16k-wallet-restore-drill"));
    // Further down: the restored wallet's money found in the tracing cases.
    for (QScrollArea *area : lab->findChildren<QScrollArea *>())
        if (area->isVisible())
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    settle();
    shot(&w, QStringLiteral("16k3-wallet-restore-ledger"));
    lab->showView(wallet::WalletLabPage::View::MissingWord);
    lab->startMissingWordSearch();
    (void)QTest::qWaitFor([lab] { return !lab->isSearching(); }, 20000);
    for (int row = 0; row < lab->candidateList()->count(); ++row) {
        if (row < 2 || lab->candidateList()->item(row)->text() == QStringLiteral("lake")) {
            lab->candidateList()->setCurrentRow(row);
            lab->deriveSelectedCandidate();
        }
    }
    settle();
    lab->candidateList()->scrollToItem(lab->candidateList()->currentItem(), QAbstractItemView::PositionAtCenter);
    shot(&w, QStringLiteral("16l-wallet-missing-word"));
    lab->showView(wallet::WalletLabPage::View::PathMatch);
    const char *answers[] = {"p2pkh", "p2sh", "p2wpkh", "p2tr", "trx", "eth"};
    for (int i = 0; i < lab->pathChoices().size(); ++i)
        lab->pathChoices()[i]->setCurrentIndex(lab->pathChoices()[i]->findData(QString::fromLatin1(answers[i])));
    lab->checkPaths();
    shot(&w, QStringLiteral("16m-wallet-match-paths"));
    lab->showView(wallet::WalletLabPage::View::SpotInvalid);
    for (int i = 0; i < lab->spotPhrases().size(); ++i) // the broken ones ticked, but one missed
        lab->spotChoices()[i]->setChecked(i != 0 && !wallet::bip39::checkMnemonic(lab->spotPhrases()[i]).ok());
    lab->checkSpot();
    shot(&w, QStringLiteral("16m2-wallet-spot-invalid"));
    lab->showView(wallet::WalletLabPage::View::Custody);
    const char *custody[] = {"custodial", "self", "custodial", "custodial", "self"};
    for (int i = 0; i < lab->custodyChoices().size(); ++i)
        lab->custodyChoices()[i]->setCurrentIndex(lab->custodyChoices()[i]->findData(QString::fromLatin1(custody[i])));
    lab->checkCustody();
    shot(&w, QStringLiteral("16m3-wallet-custody"));
    w.applyAppearance(QStringLiteral("dark"), 1);
    lab = w.walletLabPage();
    lab->generate(12, wallet::bip39::Language::ChineseTraditional);
    shot(&w, QStringLiteral("16n-dark-wallet-lab"));
    lab->showView(wallet::WalletLabPage::View::Restore);
    fillCard(lab, QString());
    shot(&w, QStringLiteral("16o-dark-wallet-restore-drill"));
    w.applyAppearance(QStringLiteral("light"), 1);
    {
        // The tracing lab: Mrs Chan's payment followed to the Kestrel deposit address, FIFO taint.
        auto traceToDeposit = [&w] {
            w.goTracing();
            tracing::TracingPage *page = w.tracingPage();
            page->openCase(QStringLiteral("pig-butchering-peel-chain"));
            tracing::TraceCanvas *canvas = page->canvas();
            const QString deposit = tracing::TraceCanvas::addressKey(
                page->graph()->addressId(QStringLiteral("tbtc"), QStringLiteral("tb1qed3e328vgh226kvh6k34djxjr8sjzt04my8fzj")));
            for (int round = 0; round < 30 && !canvas->hasNode(deposit); ++round)
                for (const QString &k : canvas->nodeKeys())
                    if (!canvas->hasNode(deposit))
                        canvas->expand(k);
            page->setMethod(tracing::TaintMethod::Fifo);
            settle();
            // As an officer works: close enough to read, on the address just reached.
            canvas->resetTransform();
            canvas->scale(0.7, 0.7);
            canvas->selectNode(deposit);
        };
        traceToDeposit();
        shot(&w, QStringLiteral("16p-tracing-lab"));
        tracing::TracingPage *page = w.tracingPage();
        const tracing::CaseFile *c = page->currentCase();
        for (int i = 0; c && i < c->objectives.size(); ++i)
            page->answerField(i)->setText(i == 2 ? QStringLiteral("Kestrel Exchange") : c->objectives[i].answer);
        page->checkAnswers();
        shot(&w, QStringLiteral("16q-tracing-lab-answers"));
        page->openCase(QStringLiteral("usdt-tron-bridge-otc"));
        for (int round = 0; round < 10; ++round)
            for (const QString &k : page->canvas()->nodeKeys())
                page->canvas()->expand(k);
        page->setMethod(tracing::TaintMethod::Libr);
        page->canvas()->zoomToFit();
        shot(&w, QStringLiteral("16r-tracing-lab-bridge"));
        // The peel chain laid out as a line, with the officer's note on the deposit address.
        traceToDeposit();
        w.tracingPage()->canvas()->setLayoutMode(tracing::CanvasLayout::PeelChain);
        w.tracingPage()->saveNote(QStringLiteral("Kestrel deposit address: preservation request sent 27 Nov, ref. PR-2611."),
                                  QStringLiteral("exchange, preserve"));
        {
            // Close enough to read, on the end of the chain where the deposit address is.
            tracing::TraceCanvas *canvas = w.tracingPage()->canvas();
            canvas->resetTransform();
            canvas->scale(0.6, 0.6);
            const QRectF all = canvas->scene()->itemsBoundingRect();
            canvas->centerOn(all.right() - 330, all.center().y());
        }
        settle();
        shot(&w, QStringLiteral("16r2-tracing-peel-layout-note"));
        w.applyAppearance(QStringLiteral("dark"), 1);
        traceToDeposit();
        shot(&w, QStringLiteral("16s-dark-tracing-lab"));
        w.applyAppearance(QStringLiteral("light"), 1);
    }
    {
        // A module's Practise list and the three kinds of scenario.
        const QString module = QStringLiteral("scams-and-social-engineering");
        w.openModule(module);
        settle();
        if (!w.modulePage()->activityButtons().isEmpty())
            if (auto *area = w.modulePage()->findChild<QScrollArea *>())
                area->ensureWidgetVisible(w.modulePage()->activityButtons().last(), 20, 200);
        settle();
        shot(&w, QStringLiteral("16t-module-practise"));
        scenario::ScenarioPage *page = w.scenarioPage();
        page->setAudioEnabled(false);
        auto openActivity = [&](const QString &id) { w.openActivity(module, id); settle(); };
        openActivity(QStringLiteral("pig-butchering-chat"));
        page->showRestButton()->click();
        int flagged = 0;
        for (const QString &id : page->shownNodes()) {
            const scenario::Node *n = page->runner()->scenario().node(id);
            if (n && n->redFlag && flagged++ < 3)
                page->toggleFlag(id);
        }
        settle();
        shot(&w, QStringLiteral("16u-scenario-chat"));
        for (int i = 0; i < 10 && !page->isFinished(); ++i) {
            if (!page->choiceButtons().isEmpty())
                page->choiceButtons().first()->click();
            else if (page->checkButton()->isVisible())
                page->checkButton()->click();
            else if (page->nextButton()->isVisible())
                page->nextButton()->click();
            settle();
        }
        shot(&w, QStringLiteral("16u2-scenario-chat-debrief"));
        openActivity(QStringLiteral("police-impersonation-kiosk"));
        for (int i = 0; i < 5 && page->runner()->current() && page->runner()->current()->type != scenario::Node::Type::Call; ++i) {
            page->nextButton()->click();
            settle();
        }
        if (auto *nextLine = page->findChild<QPushButton *>(QStringLiteral("nextLineButton")))
            for (int i = 0; i < 3; ++i)
                nextLine->click();
        page->toggleMark();
        page->nameTactic(page->runner()->scenario().tactics.value(0).id);
        settle();
        shot(&w, QStringLiteral("16v-scenario-call"));
        openActivity(QStringLiteral("warned-withdrawal-intervention"));
        for (int i = 0; i < 2; ++i) {
            for (int n = 0; n < 10 && page->choiceButtons().isEmpty(); ++n)
                page->nextButton()->click();
            if (!page->choiceButtons().isEmpty())
                page->choiceButtons().first()->click();
            settle();
        }
        shot(&w, QStringLiteral("16w-scenario-intervention"));
        w.applyAppearance(QStringLiteral("dark"), 1);
        settle();
        shot(&w, QStringLiteral("16x-dark-scenario-intervention"));
        w.applyAppearance(QStringLiteral("light"), 1);
    }
    w.goReference(QStringLiteral("pig-butchering"));
    w.referencePage()->setChecklistMode(false);
    // A few more trainees with exam results, so the reports have something to show.
    const struct
    {
        const char *name, *number;
        double percent;
        int minutes;
        bool completed;
    } others[] = {{"Lee Ka Yan", "PC 20311", 92, 18, true},    {"Wong Siu Ming", "PC 20475", 64, 27, false},
                  {"陳大文", "PC 21008", 78, 22, true},         {"Ng Wai Kit", "PC 21390", 45, 30, false},
                  {"Cheung Hoi Yan", "PC 21544", 83, 16, true}, {"Lam Tsz Ho", "PC 21702", 0, 0, false}};
    for (const auto &o : others) {
        progress::Officer t;
        t.displayName = QString::fromUtf8(o.name);
        t.serviceNumber = QString::fromUtf8(o.number);
        t.role = QStringLiteral("trainee");
        if (!opened.store->addOfficer(t, &error) || o.minutes == 0)
            continue;
        const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString module = QStringLiteral("crypto-basics"), quiz = QStringLiteral("final-quiz");
        progress::Event start = progress::Event::make(t.id, progress::Verbs::Attempted, module, QStringLiteral("1.1.0"),
                                                      progress::ObjectTypes::Assessment, quiz,
                                                      {{QStringLiteral("attempt"), attempt}, {QStringLiteral("time_limit_minutes"), 30}});
        start.timestamp = QDateTime::currentDateTimeUtc().addDays(-5);
        progress::Event end = progress::Event::make(t.id, o.percent >= 70 ? progress::Verbs::Passed : progress::Verbs::Failed, module,
                                                    QStringLiteral("1.1.0"), progress::ObjectTypes::Assessment, quiz,
                                                    {{QStringLiteral("attempt"), attempt}, {QStringLiteral("percent"), o.percent}});
        end.timestamp = start.timestamp.addSecs(60 * o.minutes);
        QList<progress::Event> events{start, end};
        if (o.completed)
            events << progress::Event::make(t.id, progress::Verbs::Completed, module, QStringLiteral("1.1.0"), progress::ObjectTypes::Module,
                                            module);
        opened.store->record(events, &error);
    }

    w.signIn(trainer.id);
    w.goImport();
    shot(&w, QStringLiteral("17-trainer-import"));
    w.goCohorts();
    if (w.cohortsPage()->createCohort(QStringLiteral("Intake 2026-11"))) {
        for (int i = 0; i < w.cohortsPage()->memberList()->count(); ++i)
            w.cohortsPage()->memberList()->item(i)->setCheckState(Qt::Checked);
        w.cohortsPage()->saveMembers();
        w.cohortsPage()->assign(QStringLiteral("crypto-basics"), QDate::currentDate().addDays(-3));
    }
    shot(&w, QStringLiteral("17b-trainer-cohorts"));
    w.goVerify();
    const auto certificates = opened.store->certificatesFor(officer.id);
    if (!certificates.isEmpty())
        w.verifyPage()->verify(certificates.first().code);
    shot(&w, QStringLiteral("17c-trainer-verify"));
    w.goReports();
    shot(&w, QStringLiteral("17d-trainer-reports"));
    shotWhole(w.reportsPage(), QStringLiteral("17e-trainer-reports-whole"));
    {
        // The export's progress bar, caught after its first row.
        const QMetaObject::Connection c = QObject::connect(w.reportsPage(), &trainer::ReportsPage::exportProgress, [&w](int done, int) {
            if (done == 1)
                shot(&w, QStringLiteral("17f-trainer-reports-exporting"));
        });
        w.reportsPage()->exportTo(QDir(s_out).filePath(QStringLiteral("17f-cohort-dashboard.pdf")), trainer::ExportFormat::Pdf);
        QObject::disconnect(c);
        shot(&w, QStringLiteral("17f-trainer-reports-exported"));
    }
    w.applyAppearance(QStringLiteral("dark"), 1);
    w.goReports();
    shot(&w, QStringLiteral("17g-dark-trainer-reports"));
    shotWhole(w.reportsPage(), QStringLiteral("17h-dark-trainer-reports-whole"));
    w.applyAppearance(QStringLiteral("light"), 1);
    progress::Officer admin;
    admin.displayName = QStringLiteral("Insp Lee Ka Yan");
    admin.serviceNumber = QStringLiteral("INSP 0107");
    admin.unit = QStringLiteral("Force Training");
    admin.role = QStringLiteral("admin");
    opened.store->addOfficer(admin, &error);
    accounts::SignInPolicy(opened.store.get()).setSecret(admin.id, admin.role, QStringLiteral("Tour-Password-1"), &error);
    w.signIn(admin.id);
    w.goSettings();
    w.settingsPage()->backUpNow();
    w.settingsPage()->serverAddressField()->setText(QStringLiteral("postgresql://station12@training-db.force.internal:5432/ccacademy"));
    w.settingsPage()->useServer();
    Prefs::databaseLocation.set(QString()); // the tour's own profile is thrown away anyway
    QApplication::processEvents();
    if (auto *scroll = w.settingsPage()->findChild<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shot(&w, QStringLiteral("17i-admin-settings"));
    w.signIn(officer.id);

    w.applyAppearance(QStringLiteral("dark"), 1);
    w.openModule(QStringLiteral("crypto-basics"));
    w.openLesson(1);
    shot(&w, QStringLiteral("18-dark-lesson"));
    w.goHome();
    shot(&w, QStringLiteral("19-dark-home"));
    w.applyAppearance(QStringLiteral("light"), 1);

    shell::LanguageManager::instance()->apply(QStringLiteral("zh_HK"));
    w.goHome();
    shot(&w, QStringLiteral("20-zh-hk-home"));
    w.openModule(QStringLiteral("crypto-basics"));
    w.openLesson(4);
    shot(&w, QStringLiteral("21-zh-hk-lesson"));
    w.goReference(QStringLiteral("pig-butchering"));
    w.referencePage()->searchField()->setText(QString::fromUtf8("殺豬盤"));
    shot(&w, QStringLiteral("21b-zh-hk-reference"));
    // The case studies in Hong Kong Chinese: the Practise list and a chat with its red flags marked.
    w.openModule(QStringLiteral("scams-and-social-engineering"));
    if (!w.modulePage()->activityButtons().isEmpty())
        if (auto *area = w.modulePage()->findChild<QScrollArea *>())
            area->ensureWidgetVisible(w.modulePage()->activityButtons().last(), 20, 200);
    settle();
    shot(&w, QStringLiteral("21c-zh-hk-module-practise"));
    w.openActivity(QStringLiteral("scams-and-social-engineering"), QStringLiteral("fake-exchange-app"));
    settle();
    if (w.scenarioPage()->showRestButton()->isVisible())
        w.scenarioPage()->showRestButton()->click();
    for (const QString &id : w.scenarioPage()->shownNodes())
        if (const scenario::Node *n = w.scenarioPage()->runner()->scenario().node(id); n && n->redFlag)
            w.scenarioPage()->toggleFlag(id);
    settle();
    shot(&w, QStringLiteral("21d-zh-hk-scenario-chat"));
    w.openActivity(QStringLiteral("scams-and-social-engineering"), QStringLiteral("tech-support-refund"));
    settle();
    for (int i = 0; i < 5 && w.scenarioPage()->runner()->current() && w.scenarioPage()->runner()->current()->type != scenario::Node::Type::Call; ++i)
        w.scenarioPage()->nextButton()->click();
    if (auto *nextLine = w.scenarioPage()->findChild<QPushButton *>(QStringLiteral("nextLineButton")))
        for (int i = 0; i < 4; ++i)
            nextLine->click();
    settle();
    shot(&w, QStringLiteral("21e-zh-hk-scenario-call"));
    w.signOut();
    shot(&w, QStringLiteral("22-zh-hk-sign-in"));
    shell::LanguageManager::instance()->apply(QStringLiteral("en"));
    return 0;
}
