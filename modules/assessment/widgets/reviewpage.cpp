#include "assessment/widgets/reviewpage.h"

#include "assessment/attemptplan.h"
#include "assessment/scoring.h"
#include "assessment/widgets/answerwidget.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cca::assessment {

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(14);
    auto *header = new QHBoxLayout;
    m_heading = ui::heading(tr("Review"), "h1", this);
    m_counter = ui::mutedLabel(QString(), this);
    m_counter->setWordWrap(false);
    header->addWidget(m_heading, 1);
    header->addWidget(m_counter);
    root->addLayout(header);
    root->addWidget(ui::mutedLabel(tr("Questions you missed come back here, spaced out over days so they stick "
                                      "(the SM-2 method). A right answer moves the next review further away."),
                                   this));

    auto *card = ui::card(this);
    m_card = card;
    auto *cl = new QVBoxLayout(card);
    cl->setContentsMargins(24, 20, 24, 20);
    cl->setSpacing(12);
    m_source = ui::mutedLabel(QString(), card);
    m_text = new QLabel(card);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::MarkdownText);
    m_text->setProperty("role", QStringLiteral("h2"));
    cl->addWidget(m_source);
    cl->addWidget(m_text);
    m_answerHost = new QVBoxLayout;
    cl->addLayout(m_answerHost);
    m_feedback = new QLabel(card);
    m_feedback->setObjectName(QStringLiteral("reviewFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    cl->addWidget(m_feedback);
    cl->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_check = ui::primaryButton(tr("Check answer"), card);
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_next = ui::primaryButton(tr("Next"), card);
    buttons->addWidget(m_check);
    buttons->addWidget(m_next);
    cl->addLayout(buttons);
    root->addWidget(card, 1);

    m_empty = ui::heading(tr("All caught up. No reviews are due today."), "h2", this);
    m_empty->setAlignment(Qt::AlignCenter);
    root->addWidget(m_empty);
    m_done = ui::primaryButton(tr("Back to Home"), this);
    root->addWidget(m_done, 0, Qt::AlignCenter);
    root->addStretch();

    connect(m_check, &QPushButton::clicked, this, &ReviewPage::check);
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_index;
        showCurrent();
    });
    connect(m_done, &QPushButton::clicked, this, &ReviewPage::doneRequested);
}

void ReviewPage::setQuestions(const QList<ReviewQuestion> &due, const QString &language)
{
    m_due = due;
    m_language = language;
    m_index = 0;
    showCurrent();
}

QString ReviewPage::currentKey() const
{
    return m_index < m_due.size() ? m_due[m_index].key : QString();
}

const content::Question *ReviewPage::currentQuestion() const
{
    return m_index < m_due.size() ? m_due[m_index].question : nullptr;
}

void ReviewPage::showCurrent()
{
    delete m_answer;
    m_answer = nullptr;
    const bool any = m_index < m_due.size();
    m_card->setVisible(any);
    m_empty->setVisible(!any);
    m_done->setVisible(!any);
    m_counter->setText(any ? tr("%1 of %2").arg(m_index + 1).arg(m_due.size()) : QString());
    if (!any)
        return;
    const ReviewQuestion &r = m_due[m_index];
    m_source->setText(r.moduleTitle);
    m_text->setText(displayText(*r.question, m_language));
    m_answer = createAnswerWidget(*r.question, displayKeys(*r.question), m_language, r.moduleDirectory, this);
    m_answerHost->addWidget(m_answer);
    m_feedback->hide();
    m_check->show();
    m_check->setEnabled(true);
    m_next->hide();
    m_answer->setFocus();
}

void ReviewPage::check()
{
    const content::Question *q = currentQuestion();
    if (!q || !m_answer)
        return;
    const QJsonValue response = m_answer->response();
    if (!isAnswered(*q, response)) {
        m_feedback->setText(tr("Give an answer first."));
        m_feedback->show();
        return;
    }
    const QuestionResult r = scoreQuestion(*q, response, m_language);
    emit reviewed(currentKey(), response);
    const QColor color = r.fullyCorrect ? ui::Theme::success() : ui::Theme::danger();
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                       .arg(color.name(), (r.fullyCorrect ? tr("Right. It comes back in a few days.") : tr("Not right. It comes back tomorrow.")).toHtmlEscaped());
    if (!r.fullyCorrect)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Right answer:").toHtmlEscaped(), describeCorrectAnswer(*q, m_language).toHtmlEscaped());
    for (const QString &f : r.feedback)
        html += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    if (!q->feedback.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(q->feedback.text(m_language).toHtmlEscaped());
    m_feedback->setText(html);
    m_feedback->show();
    m_answer->setLocked(true);
    m_check->hide();
    m_next->setText(m_index + 1 < m_due.size() ? tr("Next") : tr("Finish"));
    m_next->show();
    m_next->setFocus();
}

} // namespace cca::assessment
