#pragma once

#include "content/catalog.h"
#include "progress/progressstore.h"

#include <QJsonObject>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace cca::assessment {
class QuizPage;
class ReviewPage;
} // namespace cca::assessment
namespace cca::content {
class CatalogPage;
class LessonPlayer;
class ModulePage;
struct ModuleStatus;
} // namespace cca::content
namespace cca::learning {
class LearningSession;
class ReviewDeck;
} // namespace cca::learning

namespace cca::reference {
class IndicatorPage;
class ReferenceIndex;
class ReferencePage;
class Watchlist;
struct ReferenceLibrary;
} // namespace cca::reference

namespace cca::wallet {
class WalletLabPage;
} // namespace cca::wallet

namespace cca::tracing {
class TracingPage;
}
namespace cca::scenario {
class ScenarioPage;
}
namespace cca::trainer {
class CertificateVerifyPage;
class ReportsPage;
class CohortsPage;
class QuestionImportPage;
} // namespace cca::trainer

namespace cca::shell {

class HomePage;
class NoticeBar;
class SettingsPage;
class SignInPage;

// The main window: sign-in, then a sidebar of places (Home, Courses, Settings; later
// capabilities register theirs) and the content area. It wires the feature screens to
// the progress store through a LearningSession; it holds no domain logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(progress::ProgressStore *store, content::Catalog catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown once as a banner (e.g. "the damaged database was moved aside").
    void setStartupNotice(const QString &text);
    // Sign-in, or straight to the last officer's last place.
    void showInitialScreen();

    // Checks the password or PIN (if the profile has one) and the lockout, then signs in.
    void trySignIn(const QString &officerId, const QString &secret);
    // Signs in without checking (after trySignIn, or for a profile without a secret).
    void signIn(const QString &officerId);
    void signOut();
    std::optional<progress::Officer> currentOfficer() const { return m_officer; }

    // Places: "home", "courses", "module", "lesson", "quiz", "settings" (and "signin").
    QString currentPlace() const { return m_place; }
    void goHome();
    void goCourses();
    void goSettings();
    void goReview();
    void goImport();  // trainers and administrators only
    void goCohorts(); // trainers and administrators only
    void goVerify();  // trainers and administrators only
    void goReports(); // trainers and administrators only
    // The scam-pattern reference (Ctrl+K from anywhere), optionally open at one entry.
    void goReference(const QString &entryId = {});
    // The reference to use; when none is set, the bundled one is loaded and indexed on first use.
    void setReference(std::shared_ptr<reference::ReferenceLibrary> library, std::shared_ptr<reference::ReferenceIndex> index);
    // The indicator checker for every officer (Ctrl+Shift+K from anywhere).
    void goIndicators();
    // The tracing lab for every officer (Ctrl+Shift+T from anywhere); checked answers are recorded.
    void goTracing();
    // Opens an activity of a module in the screen that plays it (wallet lab, tracing lab, scenario).
    void openActivity(const QString &moduleId, const QString &activityId);
    // The watchlists the checker matches against; when none is set, AppDataLocation/watchlists.sqlite
    // is opened on first use.
    void setWatchlists(std::shared_ptr<reference::Watchlist> watchlists);
    // The wallet lab for every officer (Ctrl+Shift+L from anywhere). Leaving it or signing out
    // clears every phrase and key typed or generated there.
    void goWalletLab();
    // Writes the signed-in officer's certificate for a completed module as a PDF.
    bool saveCertificate(const QString &moduleId, const QString &path, QString *error);
    void openModule(const QString &moduleId);
    void continueModule(const QString &moduleId);
    void openLesson(int index);
    // The assessment's start page, or straight into an attempt in progress.
    void openAssessment(const QString &assessmentId);
    void startAssessment(const QString &assessmentId);

    // Theme ("light"/"dark") and text size (0..3): applied at once, remembered, screens rebuilt.
    void applyAppearance(const QString &theme, int textSize);

    // Registers a sidebar place; later capabilities (reference, labs, trainer) add theirs.
    void addSidebarPlace(const QString &id, const QString &icon, std::function<QString()> title, QWidget *page);

    SignInPage *signInPage() const { return m_signIn; }
    HomePage *homePage() const { return m_home; }
    content::CatalogPage *catalogPage() const { return m_catalogPage; }
    content::ModulePage *modulePage() const { return m_modulePage; }
    content::LessonPlayer *lessonPlayer() const { return m_player; }
    assessment::QuizPage *quizPage() const { return m_quiz; }
    assessment::ReviewPage *reviewPage() const { return m_review; }
    learning::ReviewDeck *reviewDeck() const { return m_deck.get(); }
    SettingsPage *settingsPage() const { return m_settings; }
    trainer::QuestionImportPage *importPage() const { return m_import; }
    trainer::CohortsPage *cohortsPage() const { return m_cohorts; }
    trainer::CertificateVerifyPage *verifyPage() const { return m_verify; }
    trainer::ReportsPage *reportsPage() const { return m_reports; }
    reference::ReferencePage *referencePage() const { return m_referencePage; }
    reference::IndicatorPage *indicatorPage() const { return m_indicatorPage; }
    wallet::WalletLabPage *walletLabPage() const { return m_walletLab; }
    tracing::TracingPage *tracingPage() const { return m_tracingPage; }
    scenario::ScenarioPage *scenarioPage() const { return m_scenarioPage; }
    // Whether the sidebar offers a place to the signed-in officer (role-restricted places are hidden).
    bool isPlaceOffered(const QString &place) const;
    NoticeBar *noticeBar() const { return m_notice; }
    const content::Catalog &catalog() const { return m_catalog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct SidebarPlace
    {
        QString id;
        QString icon;
        std::function<QString()> title;
        QWidget *page;
    };

    void buildUi();
    void buildMenus();
    void connectQuiz();
    void finishAttempt(bool submit);
    void rebuildForLanguage();
    void showPage(const QString &place, QWidget *page);
    void refreshCatalogAndHome();
    void recordTracingResult(const QString &caseId, int score, int maxScore, const QJsonObject &answers);
    void rememberPlace();
    void restorePlace(const QString &saved);
    QString language() const;
    content::ModuleStatus statusFor(const QString &moduleId) const;
    learning::LearningSession *sessionFor(const QString &moduleId);
    void showNotice(const QString &text, bool error);
    void applyRoleToPlaces();
    QString effectiveRole() const;

    progress::ProgressStore *m_store;
    content::Catalog m_catalog;
    std::optional<progress::Officer> m_officer;
    std::unique_ptr<learning::LearningSession> m_session;
    std::unique_ptr<learning::ReviewDeck> m_deck;
    QString m_place;
    QString m_attemptId;
    QString m_assessmentId;
    QString m_startupNotice;
    QList<SidebarPlace> m_extraPlaces;
    std::shared_ptr<reference::ReferenceLibrary> m_referenceLibrary;
    std::shared_ptr<reference::ReferenceIndex> m_referenceIndex;
    QString m_referenceProblem;
    bool ensureReference();
    std::shared_ptr<reference::Watchlist> m_watchlists;
    QString m_watchlistProblem;
    bool ensureWatchlists();
    // What the officer had typed into the checker, kept while the screens are rebuilt.
    struct CheckerInput
    {
        QString text, meant, paid;
        int view = 0;
    };
    std::optional<CheckerInput> m_checkerInput;

    QStackedWidget *m_root = nullptr;
    SignInPage *m_signIn = nullptr;
    QWidget *m_appArea = nullptr;
    QListWidget *m_sidebar = nullptr;
    QToolButton *m_profileButton = nullptr;
    NoticeBar *m_notice = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    content::CatalogPage *m_catalogPage = nullptr;
    content::ModulePage *m_modulePage = nullptr;
    content::LessonPlayer *m_player = nullptr;
    assessment::QuizPage *m_quiz = nullptr;
    assessment::ReviewPage *m_review = nullptr;
    SettingsPage *m_settings = nullptr;
    trainer::QuestionImportPage *m_import = nullptr;
    trainer::CohortsPage *m_cohorts = nullptr;
    trainer::CertificateVerifyPage *m_verify = nullptr;
    trainer::ReportsPage *m_reports = nullptr;
    reference::ReferencePage *m_referencePage = nullptr;
    reference::IndicatorPage *m_indicatorPage = nullptr;
    wallet::WalletLabPage *m_walletLab = nullptr;
    tracing::TracingPage *m_tracingPage = nullptr;
    scenario::ScenarioPage *m_scenarioPage = nullptr;
    // The tracing cases as a ledger for the wallet lab's restore drill, read on first use.
    struct CaseLedger;
    std::shared_ptr<CaseLedger> m_caseLedger;

    // The scenario being played: its module and activity, and where the officer is in it (saved as a
    // "progressed" event when they leave it unfinished, so they resume there next time).
    void playScenario(const QString &moduleId, const QString &activityId, const std::optional<QJsonObject> &state = std::nullopt);
    QJsonObject savedScenarioState(const QString &moduleId, const QString &activityId) const;
    void flushScenarioState();
    // Records one event of the signed-in officer in a module; shows `failure` (with %1, the reason) if it fails.
    bool recordEvent(const QString &verb, const QString &moduleId, const QString &objectType, const QString &objectId,
                     const QJsonObject &data, const QString &failure);
    QString m_scenarioModule;
    QString m_scenarioActivity;
    QJsonObject m_scenarioState;
    bool m_scenarioStateUnsaved = false;
};

} // namespace cca::shell
