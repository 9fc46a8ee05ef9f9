#pragma once

#include "scenario/callscoring.h"
#include "scenario/scenario.h"
#include "scenario/scenariorunner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAudioOutput;
class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QMediaPlayer;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QShortcut;
class QHBoxLayout;
class QToolButton;
class QVBoxLayout;

namespace cca::scenario {

// Plays one scenario as one of three exercises, chosen by the caller:
//
// - Chat simulation: a messenger-style conversation revealed step by step (Next or Space, "Show the
//   rest" or End), decisions as quick replies (or 1–9). The officer marks red flags with the flag on
//   a message, or F on the selected one (click a message or use Up/Down). At the ending "Check my
//   flags" scores the marks with scoreChat and shows the debrief.
// - Call simulation: the call node's audio (from inside the scenario's package only) through Qt
//   Multimedia, with the transcript beside it and the line being spoken highlighted; Space plays or
//   pauses, a click on a line replays it, Up/Down go to the previous or next line, "Pressure tactic!"
//   (T) marks the current line and the officer can name the tactic. Without audio (no output
//   device, a file that cannot be played, or setAudioEnabled(false)) a notice says so and Space
//   steps through the transcript instead. At the ending "Check my marks" scores with scoreCall.
// - Intervention role-play: narration and the victim's lines, the available choices as large
//   buttons (1–9), and an ending view with the band, the score, the debrief and the path taken.
//
// N continues in every mode, Alt+Left asks to go back; the keys work while the focus is inside the
// page, and only while they have something to do. Only what the officer was shown is scored:
// red flags and tactic lines on branches not taken are not counted as missed. Every change emits
// stateChanged() with a JSON state that play() accepts to resume exactly there.
class ScenarioPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Chat, Call, Intervention };
    // "chat-simulation", "call-simulation", "intervention" (the activity types of a module).
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString &id);

    explicit ScenarioPage(QWidget *parent = nullptr);
    ~ScenarioPage() override;

    // Starts `scenario` (which should have no errors; one with errors shows them instead) as `kind`,
    // with texts in `language` ("en", "zh-Hant", ...). A non-empty `savedState` (from
    // stateChanged) resumes where the officer stopped; one that does not fit the scenario is
    // reported in a notice and the scenario starts afresh. A state saved after the result was
    // shown shows the result again without emitting finished() a second time.
    void play(const Scenario &scenario, Kind kind, const QString &language, const QJsonObject &savedState = {});
    // Stops the audio (the shell calls it when the officer leaves the page).
    void stop();
    // Whether calls may play audio (default true). False never creates a media player: the
    // transcript is stepped through instead (tests, machines without sound).
    void setAudioEnabled(bool enabled);

    // Where the officer is, as stateChanged() reports it.
    QJsonObject state() const;
    Kind kind() const { return m_kind; }
    const ScenarioRunner *runner() const { return m_runner.get(); }
    bool isFinished() const { return m_finished; } // the result is shown
    QString resumeProblem() const { return m_resumeProblem; }
    QStringList shownNodes() const { return m_shown; }  // node ids drawn so far, in order
    QJsonObject result() const { return m_result; }     // finished()'s data once finished
    QString resultText() const;                         // the debrief as plain text

    // Chat simulation: the messages marked as red flags; toggles a mark as the flag button does.
    QSet<QString> flaggedMessages() const { return m_flags; }
    bool toggleFlag(const QString &messageId);
    QToolButton *flagButton(const QString &messageId) const;
    QString selectedMessage() const { return m_selected; }

    // Call simulation.
    QList<CallMark> callMarks() const { return m_marks; }
    bool isAudioAvailable() const { return m_audioAvailable; }
    QString audioNotice() const; // empty while audio plays
    int currentLine() const { return m_line; }
    int revealedLines() const { return m_revealed; }
    void goToLine(int line); // as a click on the line: seeks when audio plays
    bool toggleMark();       // as "Pressure tactic!": marks (or unmarks) the current line
    void nameTactic(const QString &tacticId); // as the tactic box: names the current line's tactic

    // The controls, also found by object name: "backButton", "nextButton", "showRestButton",
    // "checkButton", "playAgainButton", "choice-<choice id>", "flag-<message id>",
    // "bubble-<message id>", "playButton", "previousLineButton", "nextLineButton",
    // "transcriptList", "markButton", "tacticCombo", "endingCard", "debriefCard".
    QPushButton *nextButton() const { return m_next; }
    QPushButton *showRestButton() const { return m_rest; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *playAgainButton() const { return m_again; }
    QList<QPushButton *> choiceButtons() const;
    QListWidget *transcriptList() const { return m_transcript; }
    QPushButton *markButton() const { return m_markButton; }
    QComboBox *tacticCombo() const { return m_tacticCombo; }
    QPushButton *playButton() const { return m_playButton; }

signals:
    // Every choice taken (the runner's event), for the shell to record.
    void decisionMade(const cca::scenario::DecisionEvent &event);
    // After every step, mark and choice: {"kind", "runner" (ScenarioRunner::saveState()), "flags"
    // (chat: message ids), "marks" ([{node, line, tactic}]) and "call" ({node, revealed, line}, the
    // call being listened to), "finished" (true once the result is shown)}. Give it back to play().
    void stateChanged(const QJsonObject &state);
    // Once per play-through, when the result is shown (chat and call: at "Check my …";
    // intervention: on reaching an ending). Chat and call: the marks' score and maximum;
    // intervention: the runner's score (not below 0) out of the best score a way through can
    // reach. `data`: kind, ending (node id), outcome, band, score, max, scenarioScore (the choices'
    // and the ending's points, which may be negative), path ([{node, choice}]), and for chat and
    // call found, missed and wrong (chat: message ids; call: found [{node, line, tactic, named}],
    // missed [{node, line, tactic}], wrong [{node, line, named}]) with namedRight for calls.
    void finished(const QString &scenarioId, int score, int maxScore, const QJsonObject &data);
    // The Back button or Alt+Left.
    void backRequested();

private:
    void buildUi();
    QShortcut *addShortcut(const QKeySequence &keys, std::function<void()> action);
    void reset();
    void showErrors(const Scenario &scenario);
    bool restore(const QJsonObject &saved, QString *problem);
    void redraw();
    void renderNode(const Node &node, const QString &choiceTaken, bool current);
    void addTimeLabel(const QString &time);
    void addMessage(const Node &node);
    void addNarration(const Node &node);
    void addDocument(const Node &node);
    void addCallCard(const Node &node, bool current);
    void addDecision(const Node &node, const QString &choiceTaken, bool current);
    void addChosen(const Choice &choice);
    void addEndingNote();
    QWidget *imageWidget(const QString &relative, QWidget *parent) const;
    void appendToColumn(QWidget *widget);
    void scrollToEnd();
    void scrollToTarget();

    bool advanceOne();
    void next();
    void showRest();
    void choose(const QString &choiceId);
    // After the current node is drawn: the call panel, the chat selection, the ending, the controls.
    void reactToCurrent(int revealedLines, int line);
    void check();
    void finish();
    void playAgain();
    void updateActions();
    void updateProgress();
    void emitState();

    // chat
    void select(const QString &messageId);
    void moveSelection(int delta);
    void updateBubble(const QString &messageId);
    QStringList shownMessages() const;

    // call
    const Node *activeCall() const;
    void setUpCall(const Node *node, int revealed, int line);
    void leaveCall();
    void ensurePlayer();
    void releasePlayer();
    void releasePlayerLater();
    void setAudioProblem(const QString &problem);
    void togglePlay();
    void stepLine(int delta);
    void setLine(int line, bool seek);
    int lineAt(qint64 positionMs) const;
    void refreshTranscript();
    void updateMarkControls();
    int markIndex(const QString &node, int line) const;
    QString tacticName(const QString &id) const;

    // results
    QJsonObject finishData(int *score, int *maxScore) const;
    Scenario shownScenario() const;
    void showResult();
    QFrame *chatDebrief() const;
    QFrame *callDebrief() const;
    QFrame *endingCard() const;

    Kind m_kind = Kind::Chat;
    QString m_language = QStringLiteral("en");
    std::unique_ptr<ScenarioRunner> m_runner;
    QHash<QString, int> m_toEnding; // fewest steps from each node to an ending
    QStringList m_shown;
    bool m_finished = false;
    QJsonObject m_result;
    QString m_resumeProblem;

    // chat
    QSet<QString> m_flags;
    QString m_selected;
    QHash<QString, QFrame *> m_bubbles;
    QHash<QString, QToolButton *> m_flagButtons;
    QHash<QString, QLabel *> m_verdicts;

    // call
    QList<CallMark> m_marks;
    QString m_callNode;
    int m_revealed = 0;
    int m_line = -1;
    bool m_audioEnabled = true;
    bool m_audioAvailable = false;
    QString m_audioProblem;
    QString m_playerSource;
    bool m_playerStarted = false;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    bool m_fillingTranscript = false;

    // header
    QPushButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_kindChip = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_instructions = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QFrame *m_noticeBox = nullptr;
    QLabel *m_notice = nullptr;

    // conversation
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_column = nullptr;
    QPointer<QFrame> m_decisionCard;
    QPointer<QWidget> m_resultHost;
    QPointer<QLabel> m_callCardNote;
    bool m_followEnd = true; // keep the newest step in sight
    QPointer<QWidget> m_scrollTarget; // else keep this one at the top (the result)

    // call panel
    QHBoxLayout *m_body = nullptr; // the story, and the call panel beside it
    QFrame *m_callPanel = nullptr;
    QFrame *m_audioNoticeBox = nullptr;
    QLabel *m_audioNotice = nullptr;
    QPushButton *m_playButton = nullptr;
    QPushButton *m_previousLine = nullptr;
    QPushButton *m_nextLine = nullptr;
    QLabel *m_timeLabel = nullptr;
    QListWidget *m_transcript = nullptr;
    QPushButton *m_markButton = nullptr;
    QComboBox *m_tacticCombo = nullptr;
    QLabel *m_callHint = nullptr;

    // actions
    QPushButton *m_next = nullptr;
    QPushButton *m_rest = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_again = nullptr;
    QLabel *m_keysHint = nullptr;
    QShortcut *m_spaceKey = nullptr;
    QShortcut *m_nextKey = nullptr;
    QShortcut *m_restKey = nullptr;
    QShortcut *m_upKey = nullptr;
    QShortcut *m_downKey = nullptr;
    QShortcut *m_flagKey = nullptr;
    QShortcut *m_markKey = nullptr;
    QShortcut *m_checkKey = nullptr;
    QList<QShortcut *> m_digitKeys;
};

} // namespace cca::scenario
