#include "assessment/widgets/quizpage.h"

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cca::assessment {

QuizPage::QuizPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack);

    // --- attempt view
    auto *attempt = new QWidget(m_stack);
    auto *al = new QVBoxLayout(attempt);
    al->setContentsMargins(32, 24, 32, 24);
    al->setSpacing(14);
    auto *header = new QHBoxLayout;
    m_title = ui::heading(QString(), "h1", attempt);
    m_counter = ui::mutedLabel(QString(), attempt);
    m_counter->setWordWrap(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_counter);
    al->addLayout(header);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    QFrame *question = ui::card(attempt);
    auto *ql = new QVBoxLayout(question);
    ql->setContentsMargins(24, 20, 24, 20);
    ql->setSpacing(12);
    m_questionText = new QLabel(question);
    m_questionText->setWordWrap(true);
    m_questionText->setProperty("role", QStringLiteral("h2"));
    m_questionText->setTextFormat(Qt::PlainText);
    m_questionHint = ui::mutedLabel(QString(), question);
    ql->addWidget(m_questionText);
    ql->addWidget(m_questionHint);
    m_optionsLayout = new QVBoxLayout;
    m_optionsLayout->setSpacing(10);
    ql->addLayout(m_optionsLayout);
    ql->addStretch();
    body->addWidget(question, 1);

    QFrame *nav = ui::card(attempt);
    nav->setFixedWidth(220);
    auto *nl = new QVBoxLayout(nav);
    nl->setContentsMargins(16, 16, 16, 16);
    nl->addWidget(ui::heading(tr("Questions"), "h2", nav));
    m_navGrid = new QGridLayout;
    m_navGrid->setSpacing(6);
    nl->addLayout(m_navGrid);
    nl->addWidget(ui::mutedLabel(tr("Filled: answered. Outlined: the question on screen."), nav));
    nl->addStretch();
    body->addWidget(nav);
    al->addLayout(body, 1);

    m_confirmBar = ui::card(attempt);
    auto *cl = new QHBoxLayout(m_confirmBar);
    cl->setContentsMargins(20, 12, 20, 12);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    auto *keepGoing = new QPushButton(tr("Keep answering"), m_confirmBar);
    m_confirmSubmit = ui::primaryButton(tr("Submit now"), m_confirmBar);
    m_confirmSubmit->setObjectName(QStringLiteral("confirmSubmit"));
    cl->addWidget(m_confirmText, 1);
    cl->addWidget(keepGoing);
    cl->addWidget(m_confirmSubmit);
    m_confirmBar->hide();
    al->addWidget(m_confirmBar);
    connect(keepGoing, &QPushButton::clicked, m_confirmBar, &QWidget::hide);
    connect(m_confirmSubmit, &QPushButton::clicked, this, [this] {
        m_confirmBar->hide();
        emit submitConfirmed();
    });

    auto *bottom = new QHBoxLayout;
    m_previous = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-left")), tr("Previous"), attempt);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next = new QPushButton(tr("Next"), attempt);
    m_next->setIcon(ui::Icons::icon(QStringLiteral("chevron-right")));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_submit = ui::primaryButton(tr("Submit answers"), attempt);
    m_submit->setObjectName(QStringLiteral("submitQuiz"));
    bottom->addWidget(m_previous);
    bottom->addStretch();
    bottom->addWidget(m_next);
    bottom->addWidget(m_submit);
    al->addLayout(bottom);
    connect(m_previous, &QPushButton::clicked, this, [this] { showQuestion(m_index - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showQuestion(m_index + 1); });
    connect(m_submit, &QPushButton::clicked, this, &QuizPage::askToSubmit);
    m_stack->addWidget(attempt);


    // --- results view
    auto *results = new QWidget(m_stack);
    m_resultsLayout = ui::scrollingColumn(results, QMargins(32, 24, 32, 24), 12);
    m_stack->addWidget(results);
}

void QuizPage::setAssessment(const content::Assessment &assessment, const QString &language,
                             const QMap<QString, QSet<QString>> &answers)
{
    m_assessment = assessment;
    m_language = language;
    m_answers = answers;
    m_title->setText(assessment.title.text(language));
    qDeleteAll(m_navButtons);
    m_navButtons.clear();
    const int columns = 4;
    for (int i = 0; i < assessment.questions.size(); ++i) {
        auto *b = new QPushButton(QString::number(i + 1));
        b->setFixedSize(40, 34);
        b->setCheckable(true);
        connect(b, &QPushButton::clicked, this, [this, i] { showQuestion(i); });
        m_navGrid->addWidget(b, i / columns, i % columns);
        m_navButtons << b;
    }
    m_stack->setCurrentIndex(0);
    m_confirmBar->hide();
    // Resume at the first unanswered question.
    int first = 0;
    while (first < assessment.questions.size() && !m_answers.value(assessment.questions[first].id).isEmpty())
        ++first;
    showQuestion(first < assessment.questions.size() ? first : 0);
}

QList<QAbstractButton *> QuizPage::optionButtons() const
{
    return m_group ? m_group->buttons() : QList<QAbstractButton *>{};
}

bool QuizPage::isShowingResults() const
{
    return m_stack->currentIndex() == 1;
}

void QuizPage::showQuestion(int index)
{
    if (index < 0 || index >= m_assessment.questions.size())
        return;
    m_index = index;
    const content::Question &q = m_assessment.questions[index];
    m_counter->setText(tr("Question %1 of %2").arg(index + 1).arg(m_assessment.questions.size()));
    m_questionText->setText(q.text.text(m_language));
    const bool single = q.type == QLatin1String("single_choice");
    m_questionHint->setText(single ? tr("Choose one answer.") : tr("Choose every answer that applies."));

    delete m_group;
    while (QLayoutItem *item = m_optionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_group = new QButtonGroup(this);
    m_group->setExclusive(single);
    const QSet<QString> chosen = m_answers.value(q.id);
    int n = 0;
    for (const content::ChoiceOption &o : q.options) {
        const QString label = QStringLiteral("%1.  %2").arg(++n).arg(o.text.text(m_language));
        QAbstractButton *button = single ? static_cast<QAbstractButton *>(new QRadioButton(label))
                                         : static_cast<QAbstractButton *>(new QCheckBox(label));
        button->setProperty("optionId", o.id);
        button->setChecked(chosen.contains(o.id));
        button->setAccessibleName(o.text.text(m_language));
        m_group->addButton(button);
        m_optionsLayout->addWidget(button);
        connect(button, &QAbstractButton::toggled, this, [this](bool) { onOptionToggled(); });
    }
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_assessment.questions.size());
    updateNavigation();
}

void QuizPage::keyPressEvent(QKeyEvent *event)
{
    // Number keys choose options: 1 for the first, 2 for the second...
    const int n = event->key() - Qt::Key_1;
    const auto buttons = optionButtons();
    if (m_stack->currentIndex() == 0 && n >= 0 && n < buttons.size() && event->modifiers() == Qt::NoModifier) {
        buttons[n]->click();
        buttons[n]->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuizPage::onOptionToggled()
{
    const content::Question &q = m_assessment.questions[m_index];
    QSet<QString> chosen;
    for (QAbstractButton *b : m_group->buttons())
        if (b->isChecked())
            chosen.insert(b->property("optionId").toString());
    // An exclusive group toggles one button off then another on: report only the settled state.
    if (chosen == m_answers.value(q.id) || (chosen.isEmpty() && m_group->exclusive()))
        return;
    m_answers.insert(q.id, chosen);
    updateNavigation();
    emit answerChanged(q.id, chosen);
}

void QuizPage::updateNavigation()
{
    for (int i = 0; i < m_navButtons.size(); ++i) {
        const bool answered = !m_answers.value(m_assessment.questions[i].id).isEmpty();
        QPushButton *b = m_navButtons[i];
        b->setText(QString::number(i + 1));
        b->setChecked(i == m_index);
        // Answered: filled and bold; current: outlined. Never colour alone: the text weight changes too.
        const QColor accent = palette().color(QPalette::Highlight);
        QString style = QStringLiteral("padding: 0px; border-radius: 6px;");
        if (answered)
            style += QStringLiteral("background: %1; color: %2; font-weight: 700;")
                         .arg(accent.name(), palette().color(QPalette::HighlightedText).name());
        style += i == m_index ? QStringLiteral("border: 2px solid %1;").arg(ui::Theme::current() == ui::Theme::Mode::Dark ? QStringLiteral("#e5e7eb") : QStringLiteral("#111827"))
                              : QStringLiteral("border: 1px solid %1;").arg(ui::Theme::border().name());
        b->setStyleSheet(style);
        b->setAccessibleName(answered ? tr("Question %1, answered").arg(i + 1) : tr("Question %1, not answered").arg(i + 1));
    }
}

void QuizPage::askToSubmit()
{
    int unanswered = 0;
    for (const content::Question &q : std::as_const(m_assessment.questions))
        unanswered += m_answers.value(q.id).isEmpty() ? 1 : 0;
    m_confirmText->setText(unanswered == 0
                               ? tr("All %n question(s) answered. Submit your answers? You cannot change them afterwards.", nullptr,
                                    int(m_assessment.questions.size()))
                               : tr("%n question(s) not answered yet. Unanswered questions score nothing. Submit anyway?", nullptr,
                                    unanswered));
    m_confirmBar->show();
    m_confirmSubmit->setFocus();
}

void QuizPage::showResults(const AttemptScore &score)
{
    ui::clearLayout(m_resultsLayout);
    m_resultsLayout->addWidget(ui::heading(m_assessment.title.text(m_language), "h1"));
    QFrame *summary = ui::card();
    auto *sl = new QHBoxLayout(summary);
    sl->setContentsMargins(24, 20, 24, 20);
    auto *icon = new QLabel(summary);
    icon->setPixmap(ui::Icons::pixmap(score.passed ? QStringLiteral("award") : QStringLiteral("triangle-alert"), 48,
                                      score.passed ? ui::Theme::success() : ui::Theme::warning()));
    sl->addWidget(icon);
    auto *texts = new QVBoxLayout;
    auto *big = ui::heading(tr("%1% · %2").arg(qRound(score.percent)).arg(score.passed ? tr("Passed") : tr("Not passed yet")), "h1", summary);
    big->setObjectName(QStringLiteral("resultHeadline"));
    texts->addWidget(big);
    texts->addWidget(ui::mutedLabel(tr("%1 of %2 questions fully right · pass mark %3%")
                                        .arg(score.correct)
                                        .arg(m_assessment.questions.size())
                                        .arg(m_assessment.passMark),
                                    summary));
    sl->addLayout(texts, 1);
    auto *buttons = new QVBoxLayout;
    auto *done = ui::primaryButton(tr("Back to the module"), summary);
    done->setObjectName(QStringLiteral("quizDone"));
    connect(done, &QPushButton::clicked, this, &QuizPage::doneRequested);
    buttons->addWidget(done);
    if (!score.passed) {
        auto *retry = new QPushButton(tr("Try again"), summary);
        connect(retry, &QPushButton::clicked, this, &QuizPage::retryRequested);
        buttons->addWidget(retry);
    }
    sl->addLayout(buttons);
    m_resultsLayout->addWidget(summary);

    m_resultsLayout->addWidget(ui::heading(tr("Review"), "h2"));
    int n = 0;
    for (const content::Question &q : std::as_const(m_assessment.questions)) {
        ++n;
        const QSet<QString> chosen = m_answers.value(q.id);
        const bool right = isFullyCorrect(q, chosen);
        QFrame *card = ui::card();
        auto *cl = new QVBoxLayout(card);
        cl->setContentsMargins(20, 14, 20, 14);
        cl->setSpacing(6);
        auto *head = new QHBoxLayout;
        auto *mark = new QLabel(card);
        mark->setPixmap(ui::Icons::pixmap(right ? QStringLiteral("circle-check") : QStringLiteral("x"), 22,
                                          right ? ui::Theme::success() : ui::Theme::danger()));
        head->addWidget(mark, 0, Qt::AlignTop);
        auto *qt = new QLabel(tr("%1. %2").arg(n).arg(q.text.text(m_language)), card);
        qt->setWordWrap(true);
        qt->setProperty("role", QStringLiteral("h2"));
        head->addWidget(qt, 1);
        auto *verdict = ui::chip(right ? tr("Right") : (chosen.isEmpty() ? tr("Not answered") : tr("Not right")), card);
        head->addWidget(verdict, 0, Qt::AlignTop);
        cl->addLayout(head);
        for (const content::ChoiceOption &o : q.options) {
            const bool picked = chosen.contains(o.id);
            if (!picked && !o.correct)
                continue;
            QString line = o.text.text(m_language);
            if (picked && o.correct)
                line = tr("Your answer, right: %1").arg(line);
            else if (picked)
                line = tr("Your answer: %1").arg(line);
            else
                line = tr("Right answer: %1").arg(line);
            auto *ol = new QLabel(line, card);
            ol->setWordWrap(true);
            cl->addWidget(ol);
            if (picked && !o.feedback.isEmpty())
                cl->addWidget(ui::mutedLabel(o.feedback.text(m_language), card));
        }
        if (!q.feedback.isEmpty())
            cl->addWidget(ui::mutedLabel(q.feedback.text(m_language), card));
        m_resultsLayout->addWidget(card);
    }
    m_resultsLayout->addStretch();
    m_stack->setCurrentIndex(1);
}

} // namespace cca::assessment
