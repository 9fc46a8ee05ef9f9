#pragma once

#include "assessment/attemptplan.h"
#include "assessment/scoring.h"
#include "content/question.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace cca::assessment {

class AnswerWidget;

struct AttemptSummary
{
    int number = 0;
    QDateTime started; // UTC
    bool submitted = false;
    double percent = 0.0;
    bool passed = false;
};

// What the page before an attempt shows: the rules and the officer's attempt history.
struct QuizIntro
{
    int attemptsUsed = 0;
    std::optional<double> grade; // by the assessment's grading method
    bool passed = false;
    bool canStart = true;
    bool hasOpenAttempt = false;
    QList<AttemptSummary> history;
};

// The quiz screens, for the three modes:
//   exam: one question per page, navigation grid with answered and flagged state, a calm timer,
//         confirmation before submitting, results according to the review options;
//   practice: a Check button gives feedback at once, several tries per question;
//   mastery: one question after another until enough of the last answers are right.
// Every answer is reported the moment it is given (answerChanged) so it can be saved at once.
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPage(QWidget *parent = nullptr);

    void showIntro(const content::Assessment &assessment, const QString &language, const QuizIntro &intro);
    void startAttempt(const content::Assessment &assessment, const QString &language, const QString &moduleDirectory,
                      const AttemptPlan &plan, const QMap<QString, QJsonValue> &responses, const QSet<QString> &flags,
                      const QMap<QString, int> &checks, const QDateTime &deadlineUtc);
    void showQuestion(int index);
    void setMasteryProgress(int rightInWindow, int window, int needed, int answered);
    void showResults(const AttemptScore &score, const QMap<QString, QJsonValue> &responses);

    int currentIndex() const { return m_index; }
    QString currentQuestionId() const;
    QMap<QString, QJsonValue> responses() const { return m_responses; }
    AnswerWidget *answerWidget() const { return m_answer; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *confirmSubmitButton() const { return m_confirmSubmit; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *flagButton() const { return m_flag; }
    QString timeLeftText() const;
    QString feedbackText() const;
    bool isShowingIntro() const;
    bool isShowingResults() const;
    bool isShowingAttempt() const;

signals:
    void startRequested();
    void answerChanged(const QString &questionId, const QJsonValue &response);
    void checkRequested(const QString &questionId, const QJsonValue &response); // practice/mastery
    void flagToggled(const QString &questionId, bool flagged);
    void submitConfirmed();
    void timeExpired();
    void retryRequested();
    void doneRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool isMastery() const { return m_assessment.mode == QLatin1String("mastery"); }
    bool isPractice() const { return m_assessment.mode == QLatin1String("practice"); }
    const content::Question *question(int index) const;
    void onResponseChanged();
    void onCheck();
    void onNext();
    void updateNavigation();
    void updateTimer();
    void askToSubmit();
    void showFeedback(const content::Question &q, const QuestionResult &result, bool final);
    void flushPendingAnswer();

    content::Assessment m_assessment;
    QString m_language;
    QString m_moduleDirectory;
    AttemptPlan m_plan;
    QMap<QString, QJsonValue> m_responses;
    QSet<QString> m_flags;
    QMap<QString, int> m_checks;
    QDateTime m_deadline;
    bool m_expiredSignalled = false;
    int m_index = 0;
    bool m_awaitingNext = false; // mastery: feedback shown, waiting for "Next question"

    QStackedWidget *m_stack;
    // intro
    QVBoxLayout *m_introLayout;
    QPushButton *m_start = nullptr;
    // attempt
    QLabel *m_title;
    QLabel *m_counter;
    QLabel *m_timer;
    QLabel *m_mastery;
    QWidget *m_navCard;
    QGridLayout *m_navGrid;
    QList<QPushButton *> m_navButtons;
    QLabel *m_questionText;
    QLabel *m_questionHint;
    QVBoxLayout *m_answerHost;
    AnswerWidget *m_answer = nullptr;
    QLabel *m_feedback;
    QPushButton *m_flag;
    QPushButton *m_check;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmSubmit;
    QTimer *m_clock;
    QTimer *m_typing;          // typed answers are reported once typing pauses
    QString m_pendingQuestion; // question whose typed answer is not reported yet
    // results
    QVBoxLayout *m_resultsLayout;
};

} // namespace cca::assessment
