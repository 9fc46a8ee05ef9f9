#include "shell/mainwindow.h"

#include "assessment/widgets/quizpage.h"
#include "assessment/widgets/reviewpage.h"
#include "content/widgets/catalogpage.h"
#include "content/widgets/lessonplayer.h"
#include "content/widgets/modulepage.h"
#include "accounts/credentials.h"
#include "accounts/signinpolicy.h"
#include "core/appinfo.h"
#include "core/clock.h"
#include "core/preferences.h"
#include "learning/assignedmodules.h"
#include "learning/learningsession.h"
#include "learning/reviewdeck.h"
#include "shell/homepage.h"
#include "shell/languagemanager.h"
#include "shell/noticebar.h"
#include "reference/pattern.h"
#include "reference/referenceindex.h"
#include "reference/watchlist.h"
#include "reference/widgets/indicatorpage.h"
#include "reference/widgets/referencepage.h"
#include "tracing/widgets/tracingpage.h"
#include "shell/settingspage.h"
#include "shell/signinpage.h"
#include "certificates/certificatepdf.h"
#include "progress/certificateregistry.h"
#include "progress/event.h"
#include "trainer/widgets/certificateverifypage.h"
#include "trainer/widgets/cohortspage.h"
#include "trainer/widgets/questionimportpage.h"
#include "trainer/widgets/reportspage.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"
#include "scenario/scenarioloader.h"
#include "tracing/casefile.h"
#include "tracing/ledger.h"
#include "tracing/tracegraph.h"
#include "scenario/widgets/scenariopage.h"
#include "wallet/widgets/walletlabpage.h"
#include "content/markdownscan.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cca::shell {

QString roleName(const QString &role); // signinpage.cpp

namespace {
const QString kHome = QStringLiteral("home");
const QString kCourses = QStringLiteral("courses");
const QString kModule = QStringLiteral("module");
const QString kLesson = QStringLiteral("lesson");
const QString kQuiz = QStringLiteral("quiz");
const QString kSettings = QStringLiteral("settings");
const QString kReview = QStringLiteral("review");
const QString kImport = QStringLiteral("import");
const QString kCohorts = QStringLiteral("cohorts");
const QString kVerify = QStringLiteral("verify");
const QString kReports = QStringLiteral("reports");
const QString kReference = QStringLiteral("reference");
const QString kIndicators = QStringLiteral("indicators");
const QString kWalletLab = QStringLiteral("wallet-lab");
const QString kWalletModule = QStringLiteral("wallets-and-seizure"); // the module the lab's exercises belong to
const QString kTracing = QStringLiteral("tracing");
const QString kTracingModule = QStringLiteral("following-the-money"); // the module the lab's cases belong to
const QString kScenario = QStringLiteral("scenario"); // a module's scenario activity being played
const QStringList kTrainerRoles{QStringLiteral("trainer"), QStringLiteral("admin")};
const QString kSignIn = QStringLiteral("signin");
} // namespace

struct MainWindow::CaseLedger
{
    std::vector<std::unique_ptr<tracing::CaseFile>> cases;
    std::vector<std::unique_ptr<tracing::TraceGraph>> graphs;
};

MainWindow::MainWindow(progress::ProgressStore *store, content::Catalog catalog, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_catalog(std::move(catalog))
{
    setWindowIcon(ui::Icons::appIcon());
    setMinimumSize(960, 640);
    buildUi();
    const QByteArray geometry = Prefs::windowGeometry.get();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &MainWindow::rebuildForLanguage);
}

MainWindow::~MainWindow()
{
    // An answer still being typed is saved now, while the session exists (hiding the quiz flushes it).
    if (m_quiz)
        m_quiz->hide();
    // Then nothing the screens do while they are torn down may reach this half-destroyed window:
    // children outlive the members, and tearing the widgets down is not the officer navigating.
    for (QObject *screen : std::initializer_list<QObject *>{m_sidebar, m_signIn, m_home, m_catalogPage, m_modulePage, m_player,
                                                            m_quiz, m_review, m_import, m_cohorts, m_verify, m_reports, m_settings,
                                                            m_referencePage, m_indicatorPage, m_walletLab, m_tracingPage, m_scenarioPage})
        if (screen)
            screen->disconnect(this);
}

QString MainWindow::language() const
{
    return LanguageManager::instance()->contentLanguage();
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("Crypto Crime Academy"));
    m_root = new QStackedWidget(this);
    setCentralWidget(m_root);

    m_signIn = new SignInPage(m_root);
    m_root->addWidget(m_signIn);
    connect(m_signIn, &SignInPage::officerChosen, this, [this](const QString &officerId) {
        const std::optional<progress::Officer> officer = m_store->officer(officerId);
        if (officer && accounts::SignInPolicy::needsSecret(*officer))
            m_signIn->askSecret(*officer);
        else
            trySignIn(officerId, QString());
    });
    connect(m_signIn, &SignInPage::secretEntered, this, &MainWindow::trySignIn);
    connect(m_signIn, &SignInPage::languageChosen, this, [](const QString &locale) {
        Prefs::uiLanguage.set(locale);
        LanguageManager::instance()->apply(locale);
    });
    connect(m_signIn, &SignInPage::createRequested, this, [this](progress::Officer officer, const QString &secret) {
        // Trainers and administrators sign in with a password; a trainee's PIN is optional.
        const bool password = accounts::SignInPolicy::requiresPassword(officer.role);
        const QString problem = password ? accounts::Credentials::passwordProblem(secret)
                                         : (secret.isEmpty() ? QString() : accounts::Credentials::pinProblem(secret));
        if (!problem.isEmpty()) {
            m_signIn->showError(problem);
            return;
        }
        QString error;
        if (!m_store->addOfficer(officer, &error)
            || (!secret.isEmpty() && !accounts::SignInPolicy(m_store).setSecret(officer.id, officer.role, secret, &error))) {
            m_signIn->showError(error);
            return;
        }
        signIn(officer.id);
    });

    m_appArea = new QWidget(m_root);
    auto *areaLayout = new QHBoxLayout(m_appArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(0);

    // Sidebar: brand, places, officer at the bottom.
    auto *sidebar = new QWidget(m_appArea);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(232);
    auto *sl = new QVBoxLayout(sidebar);
    sl->setContentsMargins(8, 18, 8, 12);
    sl->setSpacing(10);
    auto *brand = new QHBoxLayout;
    auto *logo = new QLabel(sidebar);
    logo->setPixmap(ui::Icons::appIcon().pixmap(34, 34));
    brand->addWidget(logo);
    auto *name = new QLabel(tr("Crypto Crime\nAcademy"), sidebar);
    name->setStyleSheet(QStringLiteral("font-weight: 700;"));
    brand->addWidget(name, 1);
    brand->setContentsMargins(12, 0, 0, 8);
    sl->addLayout(brand);
    m_sidebar = new QListWidget(sidebar);
    m_sidebar->setObjectName(QStringLiteral("sidebarList"));
    m_sidebar->setAccessibleName(tr("Places"));
    m_sidebar->setIconSize(QSize(20, 20));
    auto addPlace = [this](const QString &id, const QString &icon, const QString &title) {
        auto *item = new QListWidgetItem(ui::Icons::icon(icon), title, m_sidebar);
        item->setData(Qt::UserRole, id);
    };
    addPlace(kHome, QStringLiteral("house"), tr("Home"));
    addPlace(kCourses, QStringLiteral("book-open"), tr("Courses"));
    addPlace(kReview, QStringLiteral("sparkles"), tr("Review"));
    addPlace(kReference, QStringLiteral("library"), tr("Scam reference"));
    addPlace(kIndicators, QStringLiteral("scan-search"), tr("Indicator checker"));
    addPlace(kWalletLab, QStringLiteral("wallet"), tr("Wallet lab"));
    addPlace(kTracing, QStringLiteral("waypoints"), tr("Tracing lab"));
    for (const SidebarPlace &p : std::as_const(m_extraPlaces))
        addPlace(p.id, p.icon, p.title());
    addPlace(kCohorts, QStringLiteral("users"), tr("Cohorts"));
    addPlace(kReports, QStringLiteral("list-checks"), tr("Reports"));
    addPlace(kImport, QStringLiteral("book-marked"), tr("Import questions"));
    addPlace(kVerify, QStringLiteral("shield-check"), tr("Verify certificate"));
    addPlace(kSettings, QStringLiteral("settings"), tr("Settings"));
    sl->addWidget(m_sidebar, 1);
    m_profileButton = new QToolButton(sidebar);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileButton->setIcon(ui::Icons::icon(QStringLiteral("user")));
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_profileButton->setAutoRaise(true);
    auto *profileMenu = new QMenu(m_profileButton);
    profileMenu->addAction(ui::Icons::icon(QStringLiteral("users")), tr("Switch officer"), this, &MainWindow::signOut);
    m_profileButton->setMenu(profileMenu);
    sl->addWidget(m_profileButton);
    areaLayout->addWidget(sidebar);

    auto *content = new QWidget(m_appArea);
    auto *cl = new QVBoxLayout(content);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    m_notice = new NoticeBar(content);
    auto *noticeHost = new QHBoxLayout;
    noticeHost->setContentsMargins(24, 12, 24, 0);
    noticeHost->addWidget(m_notice);
    cl->addLayout(noticeHost);
    m_pages = new QStackedWidget(content);
    cl->addWidget(m_pages, 1);
    areaLayout->addWidget(content, 1);
    m_root->addWidget(m_appArea);

    m_home = new HomePage(m_pages);
    m_catalogPage = new content::CatalogPage(m_pages);
    m_modulePage = new content::ModulePage(m_pages);
    m_player = new content::LessonPlayer(m_pages);
    m_quiz = new assessment::QuizPage(m_pages);
    m_review = new assessment::ReviewPage(m_pages);
    m_import = new trainer::QuestionImportPage(m_pages);
    m_cohorts = new trainer::CohortsPage(m_pages);
    m_verify = new trainer::CertificateVerifyPage(m_pages);
    m_reports = new trainer::ReportsPage(m_pages);
    m_settings = new SettingsPage(m_store->description(), m_pages);
    m_referencePage = new reference::ReferencePage(m_pages);
    m_indicatorPage = new reference::IndicatorPage(m_pages);
    m_walletLab = new wallet::WalletLabPage(m_pages);
    m_tracingPage = new tracing::TracingPage(m_pages);
    m_scenarioPage = new scenario::ScenarioPage(m_pages);
    // The restore drill finds the restored wallet's money in the tracing cases' ledger.
    m_walletLab->setLedgerLookup([this](const QStringList &addresses) {
        if (!m_caseLedger) {
            m_caseLedger = std::make_shared<CaseLedger>();
            const QString folder = tracing::CaseFile::bundledFolder();
            for (const QString &file : folder.isEmpty() ? QStringList() : tracing::CaseFile::findCaseFiles(folder)) {
                auto c = std::make_unique<tracing::CaseFile>(tracing::CaseFile::load(file));
                if (!c->isValid())
                    continue;
                m_caseLedger->graphs.push_back(std::make_unique<tracing::TraceGraph>(tracing::TraceGraph::build(*c)));
                m_caseLedger->cases.push_back(std::move(c));
            }
        }
        QList<const tracing::TraceGraph *> graphs;
        for (const auto &g : m_caseLedger->graphs)
            graphs << g.get();
        QList<wallet::WalletLabPage::LedgerEntry> out;
        for (const tracing::Holding &h : tracing::findHoldings(graphs, addresses))
            out << wallet::WalletLabPage::LedgerEntry{h.address, h.caseTitle.text(language()), h.amounts, h.holds};
        return out;
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_home, m_catalogPage, m_modulePage, m_player, m_quiz, m_review, m_import, m_cohorts,
                                                       m_verify, m_reports, m_settings, m_referencePage, m_indicatorPage, m_walletLab, m_tracingPage,
                                                       m_scenarioPage})
        m_pages->addWidget(w);
    for (const SidebarPlace &p : std::as_const(m_extraPlaces))
        m_pages->addWidget(p.page);

    connect(m_sidebar, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        if (id == kHome && m_place != kHome)
            goHome();
        else if (id == kCourses && m_place != kCourses && m_place != kModule && m_place != kLesson && m_place != kQuiz)
            goCourses();
        else if (id == kSettings && m_place != kSettings)
            goSettings();
        else if (id == kReview && m_place != kReview)
            goReview();
        else if (id == kImport && m_place != kImport)
            goImport();
        else if (id == kCohorts && m_place != kCohorts)
            goCohorts();
        else if (id == kVerify && m_place != kVerify)
            goVerify();
        else if (id == kReports && m_place != kReports)
            goReports();
        else if (id == kReference && m_place != kReference)
            goReference();
        else if (id == kIndicators && m_place != kIndicators)
            goIndicators();
        else if (id == kWalletLab && m_place != kWalletLab)
            goWalletLab();
        else if (id == kTracing && m_place != kTracing)
            goTracing();
        else
            for (const SidebarPlace &p : std::as_const(m_extraPlaces))
                if (p.id == id && m_place != id)
                    showPage(id, p.page);
    });

    connect(m_home, &HomePage::continueRequested, this, &MainWindow::continueModule);
    connect(m_home, &HomePage::moduleRequested, this, &MainWindow::openModule);
    connect(m_home, &HomePage::catalogRequested, this, &MainWindow::goCourses);
    connect(m_home, &HomePage::reviewRequested, this, &MainWindow::goReview);
    connect(m_review, &assessment::ReviewPage::doneRequested, this, &MainWindow::goHome);
    connect(m_review, &assessment::ReviewPage::reviewed, this, [this](const QString &key, const QJsonValue &response) {
        if (!m_deck)
            return;
        const QList<learning::ReviewItem> cards = m_deck->cards();
        for (const learning::ReviewItem &item : cards)
            if (item.key() == key)
                m_deck->recordReview(item, response, language());
    });
    connect(m_catalogPage, &content::CatalogPage::moduleActivated, this, &MainWindow::openModule);
    connect(m_referencePage, &reference::ReferencePage::moduleRequested, this, &MainWindow::openModule);
    connect(m_modulePage, &content::ModulePage::referenceRequested, this, [this](const QString &id) { goReference(id); });
    connect(m_modulePage, &content::ModulePage::activityRequested, this,
            [this](const QString &activityId) { openActivity(m_modulePage->moduleId(), activityId); });
    connect(m_referencePage, &reference::ReferencePage::indicatorCheckRequested, this, &MainWindow::goIndicators);
    connect(m_indicatorPage, &reference::IndicatorPage::referenceRequested, this, [this](const QString &id) { goReference(id); });
    connect(m_indicatorPage, &reference::IndicatorPage::referenceSearchRequested, this, [this](const QString &query) {
        goReference();
        if (m_place == kReference)
            m_referencePage->searchField()->setText(query);
    });
    // What the checker found goes into the case note of the reference's checklist.
    connect(m_indicatorPage, &reference::IndicatorPage::resultsChanged, this,
            [this] { m_referencePage->setCheckedIndicators(m_indicatorPage->briefLines()); });
    // The lab's exercises are activities of the wallets module, recorded like lessons and attempts.
    connect(m_walletLab, &wallet::WalletLabPage::exerciseCompleted, this, [this](const QString &activityId, int score, int maximum) {
        if (!m_officer)
            return;
        recordEvent(progress::Verbs::Completed, kWalletModule, progress::ObjectTypes::Activity, activityId,
                    {{QStringLiteral("score"), score}, {QStringLiteral("max"), maximum},
                     {QStringLiteral("percent"), maximum > 0 ? qRound(100.0 * score / maximum) : 0}},
                    tr("The exercise result could not be saved: %1"));
    });
    connect(m_tracingPage, &tracing::TracingPage::answersChecked, this, &MainWindow::recordTracingResult);
    // A scenario's decisions, where the officer is, and the result are recorded as the officer's
    // progress in the module that declares it, on the activity's id.
    connect(m_scenarioPage, &scenario::ScenarioPage::decisionMade, this, [this](const scenario::DecisionEvent &decision) {
        if (m_officer && m_catalog.find(m_scenarioModule))
            recordEvent(progress::Verbs::Responded, m_scenarioModule, progress::ObjectTypes::Activity, m_scenarioActivity, decision.toJson(),
                        tr("Your choice could not be saved: %1"));
    });
    connect(m_scenarioPage, &scenario::ScenarioPage::stateChanged, this, [this](const QJsonObject &state) {
        m_scenarioState = state;
        m_scenarioStateUnsaved = true;
    });
    connect(m_scenarioPage, &scenario::ScenarioPage::finished, this,
            [this](const QString &, int score, int maxScore, const QJsonObject &data) {
                m_scenarioStateUnsaved = false; // finished: the next time starts afresh
                if (!m_officer || !m_catalog.find(m_scenarioModule))
                    return;
                QJsonObject recorded = data;
                recorded.insert(QStringLiteral("score"), score);
                recorded.insert(QStringLiteral("max"), maxScore);
                recorded.insert(QStringLiteral("percent"), maxScore > 0 ? qRound(100.0 * score / maxScore) : 0);
                recordEvent(progress::Verbs::Completed, m_scenarioModule, progress::ObjectTypes::Activity, m_scenarioActivity, recorded,
                            tr("The result could not be saved: %1"));
            });
    connect(m_scenarioPage, &scenario::ScenarioPage::backRequested, this, [this] {
        if (!m_scenarioModule.isEmpty())
            openModule(m_scenarioModule);
    });
    // The officer's notes and tags on a case: the whole set each time, the latest one counts.
    connect(m_tracingPage, &tracing::TracingPage::annotationsChanged, this, [this](const QString &caseId, const QJsonObject &notes) {
        if (m_officer)
            recordEvent(progress::Verbs::Annotated, kTracingModule, progress::ObjectTypes::TracingCase, caseId, notes,
                        tr("Your note could not be saved: %1"));
    });
    connect(m_modulePage, &content::ModulePage::backRequested, this, &MainWindow::goCourses);
    connect(m_modulePage, &content::ModulePage::startRequested, this, [this] { continueModule(m_modulePage->moduleId()); });
    connect(m_modulePage, &content::ModulePage::lessonRequested, this, &MainWindow::openLesson);
    connect(m_modulePage, &content::ModulePage::assessmentRequested, this, &MainWindow::openAssessment);
    connect(m_modulePage, &content::ModulePage::certificateRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save certificate"),
                                                          QDir::home().filePath(QStringLiteral("certificate-%1.pdf").arg(m_modulePage->moduleId())),
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (saveCertificate(m_modulePage->moduleId(), path, &error))
            showNotice(tr("Certificate saved: %1").arg(path), false);
        else
            showNotice(tr("The certificate could not be saved: %1").arg(error), true);
    });

    connect(m_player, &content::LessonPlayer::lessonOpened, this, [this](int index) {
        if (m_session)
            m_session->openLesson(index);
        rememberPlace();
    });
    connect(m_player, &content::LessonPlayer::positionChanged, this, [this](int index, double position) {
        if (m_session)
            m_session->recordPosition(index, position);
    });
    connect(m_player, &content::LessonPlayer::lessonCompleted, this, [this](int index) {
        if (m_session)
            m_session->completeLesson(index);
    });
    connect(m_player, &content::LessonPlayer::assessmentRequested, this, &MainWindow::openAssessment);
    connect(m_player, &content::LessonPlayer::finished, this, [this] { openModule(m_player->module().id); });
    connect(m_player, &content::LessonPlayer::backRequested, this, [this] { openModule(m_player->module().id); });

    connectQuiz();
    applyRoleToPlaces();

    connect(m_settings, &SettingsPage::languageChosen, this, [](const QString &locale) {
        Prefs::uiLanguage.set(locale);
        LanguageManager::instance()->apply(locale);
    });
    connect(m_settings, &SettingsPage::appearanceChanged, this, &MainWindow::applyAppearance);
    connect(m_settings, &SettingsPage::secretChosen, this, [this](const QString &secret) {
        if (!m_officer)
            return;
        QString error;
        if (!accounts::SignInPolicy(m_store).setSecret(m_officer->id, m_officer->role, secret, &error)) {
            m_settings->showSecretResult(error, false);
            return;
        }
        m_officer = m_store->officer(m_officer->id);
        applyRoleToPlaces();
        m_settings->showSecretResult(tr("Saved. It is asked for the next time you sign in."), true);
    });

    buildMenus();
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *switchOfficer = file->addAction(tr("&Switch officer…"), this, &MainWindow::signOut);
    switchOfficer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *home = go->addAction(ui::Icons::icon(QStringLiteral("house")), tr("&Home"), this, &MainWindow::goHome);
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *courses = go->addAction(ui::Icons::icon(QStringLiteral("book-open")), tr("&Courses"), this, &MainWindow::goCourses);
    courses->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *search = go->addAction(ui::Icons::icon(QStringLiteral("search")), tr("&Find a course"), this, [this] {
        goCourses();
        m_catalogPage->searchField()->setFocus();
        m_catalogPage->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    QAction *referenceAction = go->addAction(ui::Icons::icon(QStringLiteral("library")), tr("Scam &reference"), this, [this] {
        goReference();
    });
    referenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *indicatorAction = go->addAction(ui::Icons::icon(QStringLiteral("scan-search")), tr("&Indicator checker"), this,
                                             &MainWindow::goIndicators);
    indicatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *walletAction = go->addAction(ui::Icons::icon(QStringLiteral("wallet")), tr("&Wallet lab"), this, &MainWindow::goWalletLab);
    walletAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *tracingAction = go->addAction(ui::Icons::icon(QStringLiteral("waypoints")), tr("&Tracing lab"), this, &MainWindow::goTracing);
    tracingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *settings = go->addAction(ui::Icons::icon(QStringLiteral("settings")), tr("&Settings"), this, &MainWindow::goSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    for (QAction *a : {home, courses, search, referenceAction, indicatorAction, walletAction, tracingAction, settings})
        a->setEnabled(m_officer.has_value());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark theme"));
    dark->setCheckable(true);
    dark->setChecked(ui::Theme::current() == ui::Theme::Mode::Dark);
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(dark, &QAction::toggled, this, [this](bool on) {
        applyAppearance(on ? QStringLiteral("dark") : QStringLiteral("light"), Prefs::textSize.get());
    });
    QAction *larger = view->addAction(tr("&Larger text"), this, [this] {
        applyAppearance(Prefs::theme.get(), qMin(3, Prefs::textSize.get() + 1));
    });
    larger->setShortcut(QKeySequence::ZoomIn);
    QAction *smaller = view->addAction(tr("&Smaller text"), this, [this] {
        applyAppearance(Prefs::theme.get(), qMax(0, Prefs::textSize.get() - 1));
    });
    smaller->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full screen"), this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Crypto Crime Academy"), this, [this] {
        QMessageBox::about(this, tr("About Crypto Crime Academy"),
                           tr("<h3>Crypto Crime Academy %1</h3><p>Training for police officers who handle crypto wallets, "
                              "trace funds and recognise the scams behind them. Works offline.</p>"
                              "<p>Icons: Lucide (ISC licence).</p>")
                               .arg(AppInfo::version()));
    });
}

void MainWindow::applyAppearance(const QString &theme, int textSize)
{
    Prefs::theme.set(theme);
    Prefs::textSize.set(textSize);
    ui::Theme::apply(ui::Theme::fromString(theme), textSize);
    rebuildForLanguage(); // icons and callout colours follow the theme
}

void MainWindow::addSidebarPlace(const QString &id, const QString &icon, std::function<QString()> title, QWidget *page)
{
    m_extraPlaces.append({id, icon, std::move(title), page});
    rebuildForLanguage();
}

void MainWindow::setStartupNotice(const QString &text)
{
    m_startupNotice = text;
    m_signIn->notice()->showMessage(text, NoticeBar::Kind::Warning);
    m_notice->showMessage(text, NoticeBar::Kind::Warning);
}

void MainWindow::showNotice(const QString &text, bool error)
{
    m_notice->showMessage(text, error ? NoticeBar::Kind::Error : NoticeBar::Kind::Info);
}

void MainWindow::showInitialScreen()
{
    const QString last = Prefs::lastOfficer.get();
    const std::optional<progress::Officer> lastOfficer = last.isEmpty() ? std::nullopt : m_store->officer(last);
    // Straight back in only for a profile without a password or PIN; otherwise ask for it first.
    if (lastOfficer && !accounts::SignInPolicy::needsSecret(*lastOfficer)) {
        const QString place = Prefs::lastPage.get(); // read before signing in moves to Home
        signIn(last);
        restorePlace(place);
        return;
    }
    m_officer.reset();
    m_place = kSignIn;
    m_signIn->setOfficers(m_store->officers());
    if (lastOfficer)
        m_signIn->askSecret(*lastOfficer);
    m_root->setCurrentWidget(m_signIn);
    buildMenus();
}

void MainWindow::trySignIn(const QString &officerId, const QString &secret)
{
    const accounts::SignInPolicy::Result r = accounts::SignInPolicy(m_store).signIn(officerId, secret);
    if (r.outcome == accounts::SignInPolicy::Outcome::SignedIn)
        signIn(officerId);
    else
        m_signIn->showSecretError(r.message);
}

void MainWindow::signIn(const QString &officerId)
{
    m_officer = m_store->officer(officerId);
    if (!m_officer)
        return;
    m_session.reset();
    QList<content::ModulePackage> valid;
    for (const content::ModulePackage &m : m_catalog.modules())
        if (m.isValid())
            valid << m;
    m_deck = std::make_unique<learning::ReviewDeck>(m_store, valid, officerId);
    Prefs::lastOfficer.set(officerId);
    m_profileButton->setText(QStringLiteral("%1\n%2").arg(m_officer->displayName, roleName(m_officer->role)));
    m_profileButton->setToolTip(tr("Signed in as %1 (%2)").arg(m_officer->displayName, m_officer->serviceNumber));
    m_root->setCurrentWidget(m_appArea);
    applyRoleToPlaces();
    buildMenus();
    goHome();
}

void MainWindow::signOut()
{
    if (m_place == kLesson)
        m_player->flushPosition();
    if (m_place == kScenario)
        m_scenarioPage->stop();
    flushScenarioState();
    m_scenarioModule.clear();
    m_scenarioActivity.clear();
    m_scenarioState = {};
    m_session.reset();
    m_deck.reset();
    m_officer.reset();
    // What a victim showed one officer is not left on the screen for the next one.
    m_indicatorPage->setText(QString());
    m_indicatorPage->meantField()->clear();
    m_indicatorPage->paidField()->clear();
    m_indicatorPage->compare(QString(), QString());
    m_walletLab->clear();
    m_tracingPage->clear();
    Prefs::lastOfficer.set(QString());
    m_place = kSignIn;
    m_signIn->setOfficers(m_store->officers());
    m_root->setCurrentWidget(m_signIn);
    buildMenus();
}

void MainWindow::showPage(const QString &place, QWidget *page)
{
    // Phrases and keys from the wallet lab do not wait on a page the officer has left.
    if (m_place == kWalletLab && place != kWalletLab)
        m_walletLab->clear();
    if (m_place == kScenario && place != kScenario) {
        m_scenarioPage->stop();
        flushScenarioState();
    }
    m_place = place;
    m_pages->setCurrentWidget(page);
    const QString sidebarId = (place == kModule || place == kLesson || place == kQuiz || place == kScenario) ? kCourses : place;
    const QSignalBlocker block(m_sidebar);
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == sidebarId)
            m_sidebar->setCurrentRow(i);
    rememberPlace();
}

content::ModuleStatus MainWindow::statusFor(const QString &moduleId) const
{
    content::ModuleStatus s;
    if (!m_officer)
        return s;
    const progress::ModuleProgress p = m_store->moduleProgress(m_officer->id, moduleId);
    s.started = p.started;
    s.completed = p.completed;
    s.completedLessons = p.completedLessons;
    s.lastLessonId = p.lastLessonId;
    s.bestPercent = p.bestPercent();
    // A lab records its results in the module it belongs to (it does not know which module opened
    // it), under its own exercise or case id; a scenario in its module, under the activity's id.
    if (const content::ModulePackage *module = m_catalog.find(moduleId)) {
        QHash<QString, progress::ModuleProgress> labs;
        for (const content::Activity &a : module->activities) {
            const QString recordedIn = a.type == content::ActivityTypes::WalletExercise ? kWalletModule
                                       : a.type == content::ActivityTypes::TracingCase ? kTracingModule
                                                                                        : moduleId;
            if (recordedIn != moduleId && !labs.contains(recordedIn))
                labs.insert(recordedIn, m_store->moduleProgress(m_officer->id, recordedIn));
            const progress::ActivityResult r = (recordedIn == moduleId ? p : labs.value(recordedIn)).activityResults.value(a.recordId());
            if (r.attempts > 0)
                s.activities.insert(a.id, {r.attempts, r.score, r.max});
        }
    }
    return s;
}

void MainWindow::refreshCatalogAndHome()
{
    if (!m_officer)
        return;
    const auto all = m_store->allProgress(m_officer->id);
    QMap<QString, content::ModuleStatus> status;
    for (const content::ModulePackage &m : m_catalog.modules())
        status.insert(m.id, statusFor(m.id));
    m_catalogPage->setCatalog(m_catalog.modules(), language(), status);
    const int due = m_deck ? int(m_deck->due(learning::ReviewDeck::endOfTodayUtc()).size()) : 0;
    const QList<learning::AssignedModule> assigned =
        learning::assignedModules(m_store, m_catalog.modules(), m_officer->id, language(), Clock::nowUtc().toLocalTime().date());
    m_home->setData(*m_officer, m_catalog.modules(), all, language(), due, assigned);
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == kReview)
            m_sidebar->item(i)->setText(due > 0 ? tr("Review (%1)").arg(due) : tr("Review"));
}

void MainWindow::goHome()
{
    if (!m_officer)
        return;
    refreshCatalogAndHome();
    showPage(kHome, m_home);
}

void MainWindow::goCourses()
{
    if (!m_officer)
        return;
    refreshCatalogAndHome();
    showPage(kCourses, m_catalogPage);
}

void MainWindow::goReview()
{
    if (!m_officer || !m_deck)
        return;
    QList<assessment::ReviewQuestion> due;
    const QList<learning::ReviewItem> items = m_deck->due(learning::ReviewDeck::endOfTodayUtc());
    for (const learning::ReviewItem &item : items) {
        const content::ModulePackage *module = m_catalog.find(item.moduleId);
        if (module)
            due.append({item.key(), item.question, module->title.text(language()), module->directory});
    }
    m_review->setQuestions(due, language());
    showPage(kReview, m_review);
}

void MainWindow::goImport()
{
    if (!m_officer || !kTrainerRoles.contains(effectiveRole()))
        return; // the page refuses too: it is locked for any other role
    showPage(kImport, m_import);
}

void MainWindow::goCohorts()
{
    if (!m_officer || !kTrainerRoles.contains(effectiveRole()))
        return;
    m_cohorts->setData(m_store, m_catalog.modules(), language(), effectiveRole(), m_officer->id);
    showPage(kCohorts, m_cohorts);
}

void MainWindow::goVerify()
{
    if (!m_officer || !kTrainerRoles.contains(effectiveRole()))
        return;
    m_verify->setStore(m_store, effectiveRole());
    showPage(kVerify, m_verify);
}

void MainWindow::goReports()
{
    if (!m_officer || !kTrainerRoles.contains(effectiveRole()))
        return;
    m_reports->setData(m_store, m_catalog.modules(), language(), effectiveRole());
    showPage(kReports, m_reports);
}

void MainWindow::setReference(std::shared_ptr<reference::ReferenceLibrary> library, std::shared_ptr<reference::ReferenceIndex> index)
{
    m_referenceLibrary = std::move(library);
    m_referenceIndex = std::move(index);
    m_referenceProblem.clear();
}

bool MainWindow::ensureReference()
{
    if (m_referenceLibrary && m_referenceIndex)
        return true;
    if (!m_referenceProblem.isEmpty())
        return false;
    QStringList moduleIds;
    for (const content::ModulePackage &m : m_catalog.modules())
        moduleIds << m.id;
    auto library = std::make_shared<reference::ReferenceLibrary>(
        reference::ReferenceLibrary::load(reference::ReferenceLibrary::bundledFolder(), moduleIds));
    for (const Diagnostic &d : std::as_const(library->errors))
        qWarning("reference: %s", qPrintable(d.toString()));
    QString error;
    std::shared_ptr<reference::ReferenceIndex> index(reference::ReferenceIndex::open(reference::ReferenceIndex::defaultPath(), &error));
    bool reindexed = false;
    if (library->patterns.isEmpty() || !index || !index->update(*library, &reindexed, &error)) {
        m_referenceProblem = library->patterns.isEmpty() ? tr("The scam reference is missing from this installation.") : error;
        return false;
    }
    setReference(std::move(library), std::move(index));
    return true;
}

void MainWindow::goReference(const QString &entryId)
{
    if (!m_officer)
        return;
    if (!ensureReference()) {
        showNotice(tr("The scam reference cannot be opened: %1").arg(m_referenceProblem), true);
        return;
    }
    QMap<QString, QString> titles;
    for (const content::ModulePackage &m : m_catalog.modules())
        titles.insert(m.id, m.title.text(language()));
    if (m_place != kReference || !entryId.isEmpty())
        m_referencePage->setReference(m_referenceLibrary.get(), m_referenceIndex.get(), language(), titles);
    m_referencePage->setOfficer(m_officer->displayName, m_officer->serviceNumber);
    if (!entryId.isEmpty())
        m_referencePage->showEntry(entryId);
    showPage(kReference, m_referencePage);
    if (entryId.isEmpty())
        m_referencePage->focusSearch();
}

void MainWindow::setWatchlists(std::shared_ptr<reference::Watchlist> watchlists)
{
    m_watchlists = std::move(watchlists);
    m_watchlistProblem.clear();
    if (m_indicatorPage)
        m_indicatorPage->setWatchlist(m_watchlists.get());
}

bool MainWindow::ensureWatchlists()
{
    if (m_watchlists)
        return true;
    if (!m_watchlistProblem.isEmpty())
        return false;
    QString error;
    std::shared_ptr<reference::Watchlist> opened(reference::Watchlist::open(reference::Watchlist::defaultPath(), &error));
    if (!opened) {
        m_watchlistProblem = error;
        qWarning("watchlists: %s", qPrintable(error));
        return false;
    }
    m_watchlists = std::move(opened);
    return true;
}

void MainWindow::goIndicators()
{
    if (!m_officer)
        return;
    // Any officer may check, import and remove watchlists: the lists are shared by the station.
    ensureWatchlists();
    m_indicatorPage->setWatchlist(m_watchlists.get(), m_watchlistProblem);
    m_indicatorPage->setOfficer(m_officer->displayName, m_officer->serviceNumber);
    const bool arriving = m_place != kIndicators;
    showPage(kIndicators, m_indicatorPage);
    if (arriving)
        m_indicatorPage->focusInput();
}

void MainWindow::goWalletLab()
{
    if (!m_officer)
        return;
    // The seed cards are the module's own pictures, loaded only from inside its package.
    QString restoreCard;
    QString missingWordCard;
    if (const content::ModulePackage *module = m_catalog.find(kWalletModule); module && module->isValid()) {
        restoreCard = content::MarkdownScan::resolveInside(QStringLiteral("media/seed-card.svg"), module->directory, module->directory);
        missingWordCard =
            content::MarkdownScan::resolveInside(QStringLiteral("media/seed-card-missing-word.svg"), module->directory, module->directory);
    }
    m_walletLab->setSeedCards(restoreCard, missingWordCard);
    showPage(kWalletLab, m_walletLab);
}

void MainWindow::openActivity(const QString &moduleId, const QString &activityId)
{
    const content::ModulePackage *module = m_catalog.find(moduleId);
    const content::Activity *activity = module ? module->activity(activityId) : nullptr;
    if (!m_officer || !activity)
        return;
    if (activity->type == content::ActivityTypes::WalletExercise) {
        goWalletLab();
        if (!m_walletLab->showExercise(activity->target))
            m_walletLab->showView(wallet::WalletLabPage::View::Wallet);
    } else if (activity->type == content::ActivityTypes::TracingCase) {
        goTracing();
        if (!m_tracingPage->openCase(activity->target))
            showNotice(tr("The tracing case \"%1\" is not installed on this computer; ask the administrator to reinstall the content.")
                           .arg(activity->title.text(language())),
                       true);
    } else if (activity->isScenario()) {
        playScenario(moduleId, activityId);
    }
}

void MainWindow::playScenario(const QString &moduleId, const QString &activityId, const std::optional<QJsonObject> &state)
{
    const content::ModulePackage *module = m_catalog.find(moduleId);
    const content::Activity *activity = module ? module->activity(activityId) : nullptr;
    const std::optional<scenario::ScenarioPage::Kind> kind = activity ? scenario::ScenarioPage::kindFromId(activity->type) : std::nullopt;
    if (!m_officer || !activity || !kind)
        return;
    flushScenarioState();
    // The catalog checked the file when it loaded; read it again now (the page shows any problem).
    const scenario::Scenario s = scenario::ScenarioLoader::loadFile(module->absolutePath(activity->file), module->directory);
    m_scenarioModule = moduleId;
    m_scenarioActivity = activityId;
    m_scenarioState = state ? *state : savedScenarioState(moduleId, activityId);
    m_scenarioStateUnsaved = false;
    showPage(kScenario, m_scenarioPage);
    m_scenarioPage->play(s, *kind, language(), m_scenarioState);
    m_scenarioPage->setFocus();
}

QJsonObject MainWindow::savedScenarioState(const QString &moduleId, const QString &activityId) const
{
    // The last "progressed" state, unless the scenario was finished after it.
    if (!m_officer)
        return {};
    const QList<progress::Event> events = m_store->events(m_officer->id, moduleId);
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->objectType != progress::ObjectTypes::Activity || it->objectId != activityId)
            continue;
        if (it->verb == progress::Verbs::Completed)
            return {};
        if (it->verb == progress::Verbs::Progressed)
            return it->data.value(QStringLiteral("state")).toObject();
    }
    return {};
}

void MainWindow::flushScenarioState()
{
    if (!m_scenarioStateUnsaved || !m_officer || m_scenarioState.value(QStringLiteral("finished")).toBool())
        return;
    m_scenarioStateUnsaved = false;
    if (m_catalog.find(m_scenarioModule))
        recordEvent(progress::Verbs::Progressed, m_scenarioModule, progress::ObjectTypes::Activity, m_scenarioActivity,
                    {{QStringLiteral("state"), m_scenarioState}}, tr("Where you stopped in the exercise could not be saved: %1"));
}

void MainWindow::goTracing()
{
    if (!m_officer)
        return;
    m_tracingPage->setLanguage(language());
    m_tracingPage->loadCases();
    if (m_tracingPage->officer() != m_officer->id) {
        QHash<QString, QJsonObject> notes; // per case, the latest saved set
        for (const progress::Event &e : m_store->events(m_officer->id, kTracingModule))
            if (e.verb == progress::Verbs::Annotated && e.objectType == progress::ObjectTypes::TracingCase)
                notes.insert(e.objectId, e.data);
        m_tracingPage->setOfficer(m_officer->id, notes);
    }
    const bool arriving = m_place != kTracing;
    showPage(kTracing, m_tracingPage);
    if (arriving)
        m_tracingPage->focusCanvas();
}

void MainWindow::recordTracingResult(const QString &caseId, int score, int maxScore, const QJsonObject &answers)
{
    // A case exercise is an activity of the module that teaches tracing (as the wallet lab's
    // exercises are of the wallets module): the activity is the case itself.
    if (!m_officer)
        return;
    recordEvent(progress::Verbs::Completed, kTracingModule, progress::ObjectTypes::TracingCase, caseId,
                {{QStringLiteral("score"), score},
                 {QStringLiteral("max"), maxScore},
                 {QStringLiteral("success"), score == maxScore},
                 {QStringLiteral("answers"), answers}},
                tr("The result could not be saved: %1"));
}

bool MainWindow::recordEvent(const QString &verb, const QString &moduleId, const QString &objectType, const QString &objectId,
                             const QJsonObject &data, const QString &failure)
{
    // With the content version the officer saw; a notice (failure with the reason) when it fails.
    const content::ModulePackage *module = m_catalog.find(moduleId);
    QString error;
    if (m_store->record(progress::Event::make(m_officer->id, verb, moduleId, module ? module->version : QString(), objectType, objectId, data),
                        &error))
        return true;
    showNotice(failure.arg(error), true);
    return false;
}

bool MainWindow::saveCertificate(const QString &moduleId, const QString &path, QString *error)
{
    if (!m_officer)
        return false;
    const QList<progress::Certificate> certificates = m_store->certificatesFor(m_officer->id);
    const content::ModulePackage *module = m_catalog.find(moduleId);
    for (auto it = certificates.crbegin(); it != certificates.crend(); ++it) {
        if (it->moduleId != moduleId)
            continue;
        const certificates::CertificateText text{m_officer->displayName, m_officer->serviceNumber,
                                                 module ? module->title.text(language()) : moduleId};
        return certificates::writeCertificatePdf(path, *it, text, error);
    }
    if (error)
        *error = tr("There is no certificate for this module yet: complete it first.");
    return false;
}

bool MainWindow::isPlaceOffered(const QString &place) const
{
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == place)
            return !m_sidebar->item(i)->isHidden();
    return false;
}

QString MainWindow::effectiveRole() const
{
    if (!m_officer)
        return {};
    // A trainer or administrator profile without a password (imported from another station, or
    // made by the demo tool) works as a trainee until its password is set in Settings.
    if (accounts::SignInPolicy::requiresPassword(m_officer->role) && !accounts::SignInPolicy::needsSecret(*m_officer))
        return QStringLiteral("trainee");
    return m_officer->role;
}

void MainWindow::applyRoleToPlaces()
{
    const QString role = effectiveRole();
    m_import->setRole(role);
    for (int i = 0; i < m_sidebar->count(); ++i) {
        const QString id = m_sidebar->item(i)->data(Qt::UserRole).toString();
        if (id == kImport || id == kCohorts || id == kVerify || id == kReports)
            m_sidebar->item(i)->setHidden(!kTrainerRoles.contains(role));
    }
}

void MainWindow::goSettings()
{
    if (!m_officer)
        return;
    m_settings->setBackupAccess(effectiveRole(), m_store->description());
    m_settings->setOfficer(*m_officer);
    showPage(kSettings, m_settings);
}

learning::LearningSession *MainWindow::sessionFor(const QString &moduleId)
{
    if (!m_officer)
        return nullptr;
    if (m_session && m_session->module().id == moduleId)
        return m_session.get();
    const content::ModulePackage *module = m_catalog.find(moduleId);
    if (!module)
        return nullptr;
    m_session = std::make_unique<learning::LearningSession>(m_store, *module, m_officer->id, language());
    connect(m_session.get(), &learning::LearningSession::writeFailed, this, [this](const QString &message) {
        showNotice(tr("Your progress could not be saved: %1. Check the disk and the database file in Settings.").arg(message), true);
    });
    return m_session.get();
}

void MainWindow::openModule(const QString &moduleId)
{
    learning::LearningSession *session = sessionFor(moduleId);
    if (!session)
        return;
    m_modulePage->setModule(session->module(), language(), statusFor(moduleId));
    if (ensureReference()) {
        QList<QPair<QString, QString>> links;
        for (const reference::Pattern *p : m_referenceLibrary->teachingModule(moduleId))
            links << qMakePair(p->id, p->name.text(language()));
        m_modulePage->setReferenceLinks(links);
    }
    showPage(kModule, m_modulePage);
}

void MainWindow::continueModule(const QString &moduleId)
{
    learning::LearningSession *session = sessionFor(moduleId);
    if (!session)
        return;
    const progress::ModuleProgress p = session->progress();
    // All lessons read but the quiz not yet passed: the quiz is the next step.
    const bool lessonsDone = p.completedLessons.size() >= session->module().lessons.size();
    if (!p.openAttemptAssessment.isEmpty()) {
        openAssessment(p.openAttemptAssessment); // an attempt in progress comes first
        return;
    }
    if (lessonsDone && !p.completed) {
        for (const content::Assessment &a : session->module().assessments)
            if (a.mode != QLatin1String("practice") && !session->isPassed(a.id)) {
                openAssessment(a.id);
                return;
            }
    }
    openLesson(session->resumeLessonIndex());
}

void MainWindow::openLesson(int index)
{
    learning::LearningSession *session = m_session.get();
    if (!session)
        return;
    if (!session->progress().started)
        session->launch();
    const progress::ModuleProgress p = session->progress();
    const double position = session->module().lessonIndex(p.lastLessonId) == index ? p.lastPosition : 0.0;
    m_player->setModule(session->module(), language(), statusFor(session->module().id));
    m_place = kLesson;
    showPage(kLesson, m_player);
    m_player->openLesson(index, position);
}

void MainWindow::connectQuiz()
{
    connect(m_quiz, &assessment::QuizPage::startRequested, this, [this] { startAssessment(m_assessmentId); });
    connect(m_quiz, &assessment::QuizPage::answerChanged, this, [this](const QString &questionId, const QJsonValue &response) {
        if (m_session && !m_attemptId.isEmpty())
            m_session->recordAnswer(m_attemptId, m_assessmentId, questionId, response);
    });
    connect(m_quiz, &assessment::QuizPage::checkRequested, this, [this](const QString &questionId, const QJsonValue &response) {
        if (!m_session || m_attemptId.isEmpty())
            return;
        m_session->recordAnswer(m_attemptId, m_assessmentId, questionId, response, true);
        const content::Assessment *a = m_session->module().assessment(m_assessmentId);
        if (a && a->mode == QLatin1String("mastery")) {
            const learning::MasteryState m = m_session->mastery(m_attemptId, m_assessmentId);
            m_quiz->setMasteryProgress(m.rightInWindow, m.window, m.needed, m.answered);
            if (m.achieved)
                finishAttempt(false); // recordAnswer submitted it: show the result
        }
    });
    connect(m_quiz, &assessment::QuizPage::flagToggled, this, [this](const QString &questionId, bool flagged) {
        if (m_session && !m_attemptId.isEmpty())
            m_session->setFlag(m_attemptId, m_assessmentId, questionId, flagged);
    });
    connect(m_quiz, &assessment::QuizPage::submitConfirmed, this, [this] { finishAttempt(true); });
    connect(m_quiz, &assessment::QuizPage::timeExpired, this, [this] {
        finishAttempt(true);
        showNotice(tr("Time is up. Your answers so far were submitted."), false);
    });
    connect(m_quiz, &assessment::QuizPage::retryRequested, this, [this] { openAssessment(m_assessmentId); });
    connect(m_quiz, &assessment::QuizPage::doneRequested, this, [this] {
        if (m_session)
            openModule(m_session->module().id);
    });
}

void MainWindow::openAssessment(const QString &assessmentId)
{
    learning::LearningSession *session = m_session.get();
    if (!session)
        return;
    const content::Assessment *a = session->module().assessment(assessmentId);
    if (!a)
        return;
    m_assessmentId = assessmentId;
    m_attemptId.clear();
    // An attempt in progress (the app was closed or killed during it) continues straight away.
    if (session->openAttempt(assessmentId)) {
        startAssessment(assessmentId);
        return;
    }
    assessment::QuizIntro intro;
    intro.attemptsUsed = session->attemptsUsed(assessmentId);
    intro.grade = session->grade(assessmentId);
    intro.passed = session->isPassed(assessmentId);
    intro.canStart = session->canStartAttempt(assessmentId);
    int number = 0;
    const QList<progress::AttemptRecord> attempts = session->progress().attempts.value(assessmentId);
    for (const progress::AttemptRecord &r : attempts)
        intro.history.append({++number, r.started, r.submitted, r.result.percent, r.result.passed});
    m_quiz->showIntro(*a, language(), intro);
    showPage(kQuiz, m_quiz);
}

void MainWindow::startAssessment(const QString &assessmentId)
{
    learning::LearningSession *session = m_session.get();
    if (!session)
        return;
    session->setLanguage(language());
    const content::Assessment *a = session->module().assessment(assessmentId);
    const std::optional<learning::AttemptState> attempt = a ? session->startOrResumeAttempt(assessmentId) : std::nullopt;
    if (!attempt)
        return;
    m_assessmentId = assessmentId;
    m_attemptId = attempt->id;
    showPage(kQuiz, m_quiz);
    if (attempt->expired(Clock::nowUtc())) {
        // The time ran out while the app was closed: submit what was answered.
        finishAttempt(true);
        showNotice(tr("The time for this attempt ran out while the app was closed. Your answers were submitted."), false);
        return;
    }
    m_quiz->startAttempt(*a, language(), session->module().directory, attempt->plan, session->responses(attempt->id),
                         session->flags(attempt->id), session->checks(attempt->id), attempt->deadline);
    if (a->mode == QLatin1String("mastery")) {
        const learning::MasteryState m = session->mastery(attempt->id, assessmentId);
        m_quiz->setMasteryProgress(m.rightInWindow, m.window, m.needed, m.answered);
    }
}

void MainWindow::finishAttempt(bool submit)
{
    learning::LearningSession *session = m_session.get();
    if (!session || m_attemptId.isEmpty())
        return;
    const QString attemptId = m_attemptId;
    const QMap<QString, QJsonValue> responses = session->responses(attemptId);
    assessment::AttemptScore score;
    if (submit) {
        score = session->submit(attemptId, m_assessmentId);
    } else {
        // Already submitted (mastery): read the result back from the record.
        const QList<progress::AttemptRecord> attempts = session->progress().attempts.value(m_assessmentId);
        for (const progress::AttemptRecord &r : attempts)
            if (r.id == attemptId) {
                score.percent = r.result.percent;
                score.passed = r.result.passed;
                const learning::MasteryState m = session->mastery(attemptId, m_assessmentId);
                score.correct = m.rightInWindow;
                score.maxPoints = m.window;
                score.answered = m.answered;
            }
    }
    m_attemptId.clear();
    const content::Assessment *a = session->module().assessment(m_assessmentId);
    if (a && !m_quiz->isShowingAttempt()) {
        // Results for an attempt that was not on screen (expired while closed): set the page up first.
        const auto attempts = session->progress().attempts.value(m_assessmentId);
        for (const progress::AttemptRecord &r : attempts)
            if (r.id == attemptId)
                m_quiz->startAttempt(*a, language(), session->module().directory,
                                     assessment::AttemptPlan::fromJson(r.data.value(QStringLiteral("plan")).toObject()), responses, {}, {},
                                     QDateTime());
    }
    m_quiz->showResults(score, responses);
    rememberPlace();
}

void MainWindow::rememberPlace()
{
    if (!m_officer)
        return;
    QString saved = m_place;
    if ((m_place == kModule || m_place == kLesson || m_place == kQuiz) && m_session)
        saved += QLatin1Char(':') + m_session->module().id;
    Prefs::lastPage.set(saved);
}

void MainWindow::restorePlace(const QString &saved)
{
    const QString place = saved.section(QLatin1Char(':'), 0, 0);
    const QString moduleId = saved.section(QLatin1Char(':'), 1);
    if (place == kCourses)
        goCourses();
    else if (place == kSettings)
        goSettings();
    else if (place == kReview)
        goReview();
    else if (place == kImport && m_officer && kTrainerRoles.contains(effectiveRole()))
        goImport();
    else if (place == kCohorts && m_officer && kTrainerRoles.contains(effectiveRole()))
        goCohorts();
    else if (place == kVerify && m_officer && kTrainerRoles.contains(effectiveRole()))
        goVerify();
    else if (place == kReports && m_officer && kTrainerRoles.contains(effectiveRole()))
        goReports();
    else if (place == kReference)
        goReference(moduleId);
    else if (place == kIndicators)
        goIndicators();
    else if (place == kWalletLab)
        goWalletLab();
    else if (place == kTracing)
        goTracing();
    else if (place == kModule && m_catalog.find(moduleId))
        openModule(moduleId);
    else if ((place == kLesson || place == kQuiz) && m_catalog.find(moduleId))
        continueModule(moduleId);
    else
        goHome();
}

void MainWindow::rebuildForLanguage()
{
    // Flush the reading position, remember where we are, build every screen again in the new
    // language (or theme), and return to the same place.
    if (m_place == kLesson)
        m_player->flushPosition();
    QString saved = m_place;
    if ((m_place == kModule || m_place == kLesson || m_place == kQuiz) && m_session)
        saved += QLatin1Char(':') + m_session->module().id;
    if (m_place == kReference)
        saved += QLatin1Char(':') + m_referencePage->currentEntry();
    if (m_indicatorPage)
        m_checkerInput = CheckerInput{m_indicatorPage->text(), m_indicatorPage->meantField()->text(), m_indicatorPage->paidField()->text(),
                                      int(m_indicatorPage->currentView())};
    const std::optional<progress::Officer> officer = m_officer;
    const bool quizResults = m_place == kQuiz && m_quiz->isShowingResults();
    // The tracing lab's graph, notes and answers survive a change of language or theme.
    const QJsonObject tracingState = officer && m_tracingPage ? m_tracingPage->saveState() : QJsonObject();
    // So does the scenario being played, from where the officer is.
    const bool inScenario = officer && m_place == kScenario;
    if (inScenario)
        m_scenarioPage->stop();
    for (const SidebarPlace &p : std::as_const(m_extraPlaces))
        p.page->setParent(nullptr);
    // Detach the old screens at once (so nothing finds them any more) and delete them later.
    QWidget *old = takeCentralWidget();
    old->hide();
    old->setParent(nullptr);
    old->deleteLater();
    buildUi();
    if (m_checkerInput) {
        // The officer's paste and comparison survive a change of language or theme.
        const CheckerInput in = *m_checkerInput;
        m_checkerInput.reset();
        m_indicatorPage->setWatchlist(m_watchlists.get(), m_watchlistProblem);
        if (!in.text.isEmpty())
            m_indicatorPage->setText(in.text);
        if (!in.meant.isEmpty() && !in.paid.isEmpty())
            m_indicatorPage->compare(in.meant, in.paid);
        else {
            m_indicatorPage->meantField()->setText(in.meant);
            m_indicatorPage->paidField()->setText(in.paid);
        }
        m_indicatorPage->showView(reference::IndicatorPage::View(in.view));
    }
    if (!tracingState.isEmpty()) {
        m_tracingPage->setLanguage(language());
        m_tracingPage->loadCases();
        m_tracingPage->restoreState(tracingState);
    }
    if (!m_startupNotice.isEmpty() && !officer)
        m_signIn->notice()->showMessage(m_startupNotice, NoticeBar::Kind::Warning);
    if (officer) {
        m_officer = officer;
        m_profileButton->setText(QStringLiteral("%1\n%2").arg(m_officer->displayName, roleName(m_officer->role)));
        m_root->setCurrentWidget(m_appArea);
        applyRoleToPlaces();
        buildMenus();
        if (quizResults)
            saved = kModule + QLatin1Char(':') + saved.section(QLatin1Char(':'), 1);
        if (inScenario)
            playScenario(m_scenarioModule, m_scenarioActivity, m_scenarioState);
        else
            restorePlace(saved);
    } else {
        m_place = kSignIn;
        m_signIn->setOfficers(m_store->officers());
        m_root->setCurrentWidget(m_signIn);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_place == kLesson)
        m_player->flushPosition();
    flushScenarioState();
    Prefs::windowGeometry.set(saveGeometry());
    rememberPlace();
    QMainWindow::closeEvent(event);
}

} // namespace cca::shell
