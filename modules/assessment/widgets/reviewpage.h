#pragma once

#include "content/question.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cca::assessment {

class AnswerWidget;

// One card of the review deck as the review screen shows it.
struct ReviewQuestion
{
    QString key;
    const content::Question *question = nullptr;
    QString moduleTitle;
    QString moduleDirectory;
};

// Spaced review: the questions due today, one at a time. Answer, check, see why, next.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setQuestions(const QList<ReviewQuestion> &due, const QString &language);
    int remaining() const { return int(m_due.size()) - m_index; }
    AnswerWidget *answerWidget() const { return m_answer; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *nextButton() const { return m_next; }
    QString currentKey() const;
    const content::Question *currentQuestion() const;

signals:
    void reviewed(const QString &key, const QJsonValue &response);
    void doneRequested();

private:
    void showCurrent();
    void check();

    QList<ReviewQuestion> m_due;
    QString m_language;
    int m_index = 0;
    QLabel *m_heading;
    QLabel *m_counter;
    QLabel *m_source;
    QLabel *m_text;
    QVBoxLayout *m_answerHost;
    AnswerWidget *m_answer = nullptr;
    QLabel *m_feedback;
    QPushButton *m_check;
    QPushButton *m_next;
    QWidget *m_card;
    QLabel *m_empty;
    QPushButton *m_done;
};

} // namespace cca::assessment
