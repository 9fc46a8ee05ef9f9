#pragma once

#include "reference/indicators.h"
#include "reference/similarity.h"

#include <QFrame>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;
class QVBoxLayout;

namespace cca::reference {

class Watchlist;

// The indicator checker at the front desk: the officer pastes what the victim was sent and sees
// every address, transaction hash, web address, domain, e-mail address, phone number and ENS name
// in it as a card (what it is, valid or not and why, what to do next, any watchlist match). Beside
// it, the address-poisoning comparison and the watchlists imported on this workstation.
// Everything runs on this computer; nothing is sent anywhere.
class IndicatorPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Check, Compare, Watchlists };
    // More are counted, copied and saved, not drawn: every card added lays out all the cards
    // above it again (about 4 ms a card), so 50 keep each step well under a fifth of a second.
    static constexpr int kMaxCards = 50;
    static constexpr int kCardsAtOnce = 10; // drawn a batch per event-loop turn, the first at once

    explicit IndicatorPage(QWidget *parent = nullptr);
    ~IndicatorPage() override;

    // The watchlists to match against and import into (not owned; may be null, then problem says why).
    void setWatchlist(Watchlist *watchlist, const QString &problem = {});
    // Who is checking, for the saved note.
    void setOfficer(const QString &displayName, const QString &serviceNumber);

    void showView(View view);
    View currentView() const;
    void focusInput();

    // The pasted text; setText checks it at once, typing checks after a short pause.
    void setText(const QString &text);
    QString text() const;
    // Texts up to kLargeText characters are checked at once; longer ones on a worker thread.
    void check();
    bool isChecking() const;
    static constexpr qsizetype kLargeText = 100000;
    const QList<Indicator> &indicators() const { return m_indicators; }

    // The results as plain text (every indicator, not only those drawn), for the clipboard and the note.
    QString resultsText() const;
    // One line per indicator, for the reference's case note.
    QStringList briefLines() const;
    void copyResults();
    bool saveNote(const QString &path, QString *error); // written to a temporary file, then renamed

    void compare(const QString &meant, const QString &paid);
    const AddressComparison &comparison() const { return m_comparison; }

    // Imports a CSV file into the watchlists and shows the outcome in the page.
    bool importWatchlist(const QString &path);
    // Asks in the page, then removes the source's entries when confirmed.
    void askToRemoveSource(const QString &source);
    bool removeSource(const QString &source);

    QPlainTextEdit *inputField() const { return m_input; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *moreLabel() const { return m_more; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *emptyState() const { return m_empty; }
    QList<QFrame *> resultCards() const;
    QPushButton *viewButton(View view) const;

    QLineEdit *meantField() const { return m_meant; }
    QLineEdit *paidField() const { return m_paid; }
    QPushButton *compareButton() const { return m_compareButton; }
    QWidget *compareResult() const { return m_compareResult; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *verdictBadge() const { return m_verdictBadge; }
    QLabel *meantView() const { return m_meantView; }
    QLabel *paidView() const { return m_paidView; }
    QLabel *compareFacts() const { return m_compareFacts; }
    QPushButton *poisoningReadMore() const { return m_poisoningLink; }

    QPushButton *importButton() const { return m_importButton; }
    QFrame *importResult() const { return m_importResult; }
    QLabel *importResultLabel() const { return m_importResultLabel; }
    QList<QFrame *> watchlistRows() const;
    QFrame *removeConfirmation() const { return m_confirm; }
    QPushButton *confirmRemoveButton() const { return m_confirmRemove; }

signals:
    void resultsChanged();
    void referenceRequested(const QString &entryId);
    void referenceSearchRequested(const QString &query);

private:
    QWidget *buildCheckView();
    QWidget *buildCompareView();
    QWidget *buildWatchlistView();
    void applyResults(QList<Indicator> found);
    void showResults();
    void drawMoreCards();
    QFrame *makeCard(const Indicator &indicator, int number);
    QString summaryText() const;
    void refreshWatchlists();
    void showStatus(const QString &text, bool error);

    Watchlist *m_watchlist = nullptr;
    QString m_watchlistProblem;
    QString m_officerName;
    QString m_officerNumber;
    QList<Indicator> m_indicators;
    int m_drawn = 0;
    int m_generation = 0;        // the latest check started
    int m_appliedGeneration = 0; // the check whose results are shown
    QList<QThread *> m_threads;
    AddressComparison m_comparison;
    QString m_confirmSource;

    QPushButton *m_viewButtons[3] = {};
    QStackedWidget *m_views = nullptr;

    QPlainTextEdit *m_input = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_drawTimer = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QVBoxLayout *m_cards = nullptr;
    QLabel *m_more = nullptr;

    QLineEdit *m_meant = nullptr;
    QLineEdit *m_paid = nullptr;
    QPushButton *m_compareButton = nullptr;
    QTimer *m_compareDebounce = nullptr;
    QFrame *m_compareResult = nullptr;
    QLabel *m_verdictBadge = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_meantView = nullptr;
    QLabel *m_paidView = nullptr;
    QLabel *m_meantKind = nullptr;
    QLabel *m_paidKind = nullptr;
    QLabel *m_compareFacts = nullptr;
    QPushButton *m_poisoningLink = nullptr;

    QPushButton *m_importButton = nullptr;
    QFrame *m_importResult = nullptr;
    QLabel *m_importResultLabel = nullptr;
    QFrame *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmRemove = nullptr;
    QVBoxLayout *m_sourceRows = nullptr;
    QLabel *m_importLog = nullptr;
    QLabel *m_storage = nullptr;
};

} // namespace cca::reference
