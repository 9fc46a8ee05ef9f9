#pragma once

#include "wallet/bip39.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cca::wallet {

struct ScannedAddress;

// The wallet lab: a training wallet grown from its words into a derivation tree, the restore drill
// from a photographed seed card, finding a smudged word by its checksum, and matching derivation
// paths to address types, spotting the invalid phrases among valid ones, and telling custodial from
// self-custody wallets in short case texts. Everything typed or generated here stays in memory: never written to
// disk, settings or logs, and cleared by clear() (the shell calls it when the officer leaves the
// place or signs out).
class WalletLabPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Wallet, Restore, MissingWord, PathMatch, SpotInvalid, Custody };

    // The restore drill's card (card 1) and the missing-word card (card 2) of the module
    // "wallets-and-seizure": their phrases' known first BIP84 addresses (no passphrase).
    static const QString kRestoreCardAddress;
    static const QString kMissingWordCardAddress;
    static const QStringList &missingWordCardWords(); // 12 words, the smudged one (position 7) empty
    static constexpr int kMissingWordPosition = 6;     // 0-based
    static constexpr int kRestoreWordCount = 12;

    explicit WalletLabPage(QWidget *parent = nullptr);
    ~WalletLabPage() override;

    // The card images, resolved inside the module package by the caller; missing files show a note.
    void setSeedCards(const QString &restoreCardSvg, const QString &missingWordCardSvg);
    // How long a copied address stays on the clipboard (30 s; tests make it short).
    void setClipboardClearDelay(int milliseconds);

    void showView(View view);
    // The view of one of the lab's exercises (LabExercises); false for an id the lab does not have.
    bool showExercise(const QString &exerciseId);
    View currentView() const;
    // Forgets every phrase, passphrase, derived key and answer on the page.
    void clear();

    // Training wallet
    void generate(int wordCount, bip39::Language language);
    QStringList words() const { return m_words; }
    QString masterFingerprint() const { return m_fingerprint; }
    QComboBox *wordCountBox() const { return m_wordCountBox; }
    QComboBox *languageBox() const { return m_languageBox; }
    QPushButton *generateButton() const { return m_generateButton; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *showPassphraseButton() const { return m_showPassphrase; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *passphraseNote() const { return m_passphraseNote; }
    QPushButton *copyAddressButton() const { return m_copyButton; }
    void copySelectedAddress();

    // Restore drill
    const QList<QLineEdit *> &restoreFields() const { return m_restoreFields; }
    const QList<QLabel *> &restoreHints() const { return m_restoreHints; }
    QLineEdit *restorePassphraseField() const { return m_restorePassphrase; }
    QLabel *restoreStatus() const { return m_restoreStatus; }
    QString recoveredBip84() const { return m_recoveredBip84; }
    QString recoveredBip44() const { return m_recoveredBip44; }
    bool restoreMatchesCard() const { return m_restoreMatched; }

    // The restore drill looks the restored wallet's addresses up in the tracing lab's cases (the
    // simulated ledger) and shows where they occur and what they hold. The shell provides the
    // lookup; without one (no cases installed) the drill shows the addresses only.
    struct LedgerEntry
    {
        QString address;
        QString place;   // where it occurs: the case's title
        QString amounts; // what it holds at the end of the case
        bool holds = false;
    };
    using LedgerLookup = std::function<QList<LedgerEntry>(const QStringList &addresses)>;
    void setLedgerLookup(LedgerLookup lookup) { m_ledgerLookup = std::move(lookup); }
    // What the last valid restore found in the ledger: "path  address  place  amounts" per address.
    QStringList ledgerFindings() const { return m_ledgerFindings; }
    QLabel *restoreCardImage() const { return m_restoreCard; }

    // Missing word
    void startMissingWordSearch();
    void cancelMissingWordSearch();
    bool isSearching() const { return m_searchThread != nullptr; }
    QPushButton *searchButton() const { return m_searchButton; }
    QPushButton *cancelSearchButton() const { return m_cancelSearchButton; }
    QProgressBar *searchProgress() const { return m_searchProgress; }
    QListWidget *candidateList() const { return m_candidates; }
    QPushButton *deriveCandidateButton() const { return m_deriveCandidate; }
    QLabel *missingWordStatus() const { return m_missingStatus; }
    bool missingWordFound() const { return m_missingFound; }
    void deriveSelectedCandidate();

    // Match the path
    const QList<QComboBox *> &pathChoices() const { return m_pathChoices; }
    QPushButton *pathCheckButton() const { return m_pathCheck; }
    QLabel *pathScore() const { return m_pathScore; }
    int checkPaths(); // scores the choices, shows each row's verdict, returns the number right

    // Spot the invalid phrase: five phrases made at random with the library, two valid and three
    // broken (two words swapped, a word not on the list, a word dropped), in shuffled order.
    static constexpr int kSpotPhraseCount = 5;
    void newSpotPhrases();
    const QStringList &spotPhrases() const { return m_spotPhrases; }
    const QList<QCheckBox *> &spotChoices() const { return m_spotChoices; } // ticked: "not valid"
    const QList<QLabel *> &spotReasons() const { return m_spotReasons; }
    QPushButton *spotCheckButton() const { return m_spotCheck; }
    QPushButton *spotNewButton() const { return m_spotNew; }
    QLabel *spotScore() const { return m_spotScore; }
    int checkSpot(); // one point per phrase judged right; shows each phrase's reason

    // Custodial or self-custody?
    const QList<QComboBox *> &custodyChoices() const { return m_custodyChoices; } // data "custodial" / "self"
    const QList<QLabel *> &custodyExplanations() const { return m_custodyExplanations; }
    QPushButton *custodyCheckButton() const { return m_custodyCheck; }
    QLabel *custodyScore() const { return m_custodyScore; }
    int checkCustody(); // scores the choices, shows who can freeze or move the funds, returns the number right

signals:
    // An exercise finished: "restore-drill", "missing-word", "match-the-path", "spot-invalid-phrase"
    // or "custody-cases", with its score.
    void exerciseCompleted(const QString &activityId, int score, int maximum);

private:
    QWidget *buildWalletView();
    QWidget *buildRestoreView();
    QString ledgerHtml(const QList<ScannedAddress> &scanned);
    QWidget *buildMissingWordView();
    QWidget *buildPathMatchView();
    QWidget *buildSpotInvalidView();
    QWidget *buildCustodyView();
    void recompute();
    void checkRestore();
    void markRestoreField(int index);
    void finishSearch();
    void copyText(const QString &text);
    static void showSvg(QLabel *label, const QString &path, int width);

    QPushButton *m_viewButtons[6] = {};
    QStackedWidget *m_views = nullptr;
    int m_clipboardDelayMs = 30000;
    QTimer *m_clipboardTimer = nullptr;
    QString m_copied;

    // Training wallet
    QComboBox *m_wordCountBox = nullptr;
    QComboBox *m_languageBox = nullptr;
    QPushButton *m_generateButton = nullptr;
    QWidget *m_wordsHost = nullptr;
    QLabel *m_wordsEmpty = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_showPassphrase = nullptr;
    QTimer *m_passphraseDebounce = nullptr;
    QLabel *m_passphraseNote = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_copyButton = nullptr;
    QStringList m_words;
    QString m_fingerprint;
    QString m_plainFingerprint; // the same words without a passphrase

    // Restore drill
    QLabel *m_restoreCard = nullptr;
    QList<QLineEdit *> m_restoreFields;
    QList<QLabel *> m_restoreHints;
    QLineEdit *m_restorePassphrase = nullptr;
    QFrame *m_restoreStatusBox = nullptr;
    QLabel *m_restoreStatus = nullptr;
    QLabel *m_recovered = nullptr;
    QString m_recoveredBip84;
    QString m_recoveredBip44;
    LedgerLookup m_ledgerLookup;
    QStringList m_ledgerFindings;
    bool m_restoreMatched = false;
    bool m_restoreRecorded = false;

    // Missing word
    QLabel *m_missingCard = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelSearchButton = nullptr;
    QProgressBar *m_searchProgress = nullptr;
    QListWidget *m_candidates = nullptr;
    QPushButton *m_deriveCandidate = nullptr;
    QFrame *m_missingStatusBox = nullptr;
    QLabel *m_missingStatus = nullptr;
    QThread *m_searchThread = nullptr;
    QTimer *m_searchPoll = nullptr;
    struct SearchState;
    std::shared_ptr<SearchState> m_search;
    bool m_missingFound = false;

    // Match the path
    QList<QComboBox *> m_pathChoices;
    QList<QLabel *> m_pathVerdicts;
    QPushButton *m_pathCheck = nullptr;
    QLabel *m_pathScore = nullptr;

    // Spot the invalid phrase
    QStringList m_spotPhrases;
    QList<QCheckBox *> m_spotChoices;
    QList<QLabel *> m_spotPhraseLabels;
    QList<QLabel *> m_spotVerdicts;
    QList<QLabel *> m_spotReasons;
    QPushButton *m_spotCheck = nullptr;
    QPushButton *m_spotNew = nullptr;
    QLabel *m_spotScore = nullptr;

    // Custodial or self-custody?
    QList<QComboBox *> m_custodyChoices;
    QList<QLabel *> m_custodyVerdicts;
    QList<QLabel *> m_custodyExplanations;
    QPushButton *m_custodyCheck = nullptr;
    QLabel *m_custodyScore = nullptr;
};

} // namespace cca::wallet
