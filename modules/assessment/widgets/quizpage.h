#pragma once

#include "assessment/scoring.h"
#include "content/package.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace cca::assessment {

// One question per page with a navigation grid (answered state shown by mark and colour),
// confirmation before submitting that says how many are unanswered, and a results page.
// Every answer is reported the moment it is given (answerChanged) so it can be saved at once.
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPage(QWidget *parent = nullptr);

    void setAssessment(const content::Assessment &assessment, const QString &language,
                       const QMap<QString, QSet<QString>> &answers);
    void showQuestion(int index);
    void showResults(const AttemptScore &score);

    int currentIndex() const { return m_index; }
    QMap<QString, QSet<QString>> answers() const { return m_answers; }
    // The option buttons of the current question, in display order (for keyboard and tests).
    QList<QAbstractButton *> optionButtons() const;
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *confirmSubmitButton() const { return m_confirmSubmit; }
    QPushButton *nextButton() const { return m_next; }
    bool isShowingResults() const;

signals:
    void answerChanged(const QString &questionId, const QSet<QString> &chosen);
    void submitConfirmed();
    void retryRequested();
    void doneRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onOptionToggled();
    void updateNavigation();
    void askToSubmit();

    content::Assessment m_assessment;
    QString m_language;
    QMap<QString, QSet<QString>> m_answers;
    int m_index = 0;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_counter;
    QGridLayout *m_navGrid;
    QList<QPushButton *> m_navButtons;
    QLabel *m_questionText;
    QLabel *m_questionHint;
    QVBoxLayout *m_optionsLayout;
    QButtonGroup *m_group = nullptr;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmSubmit;

    QVBoxLayout *m_resultsLayout;
};

} // namespace cca::assessment
