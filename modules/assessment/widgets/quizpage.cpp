#include "assessment/widgets/quizpage.h"

#include "assessment/widgets/answerwidget.h"
#include "core/clock.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cca::assessment {

using namespace cca::content;

namespace {
QString modeDescription(const Assessment &a)
{
    if (a.mode == QLatin1String("practice"))
        return QuizPage::tr("Practice: check each answer as you go and try again up to %n time(s). Nothing here counts against you.",
                            nullptr, a.practiceTries);
    if (a.mode == QLatin1String("mastery"))
        return QuizPage::tr("Mastery: answer questions one after another. You are done when %1 of your last %2 answers are right.")
            .arg(a.masteryCorrect)
            .arg(a.masteryWindow);
    return QuizPage::tr("Exam: answer every question, then submit. You see your results after submitting.");
}

QString gradingName(const QString &grading)
{
    if (grading == QLatin1String("last"))
        return QuizPage::tr("your last attempt counts");
    if (grading == QLatin1String("first"))
        return QuizPage::tr("your first attempt counts");
    if (grading == QLatin1String("average"))
        return QuizPage::tr("the average of your attempts counts");
    return QuizPage::tr("your best attempt counts");
}
} // namespace

QuizPage::QuizPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    root->addWidget(m_stack);

    // --- intro
    auto *intro = new QWidget(m_stack);
    m_introLayout = ui::scrollingColumn(intro, QMargins(32, 24, 32, 24), 14);
    m_stack->addWidget(intro);

    // --- attempt
    auto *attempt = new QWidget(m_stack);
    auto *al = new QVBoxLayout(attempt);
    al->setContentsMargins(32, 24, 32, 24);
    al->setSpacing(14);
    auto *header = new QHBoxLayout;
    m_title = ui::heading(QString(), "h1", attempt);
    m_counter = ui::mutedLabel(QString(), attempt);
    m_counter->setWordWrap(false);
    m_timer = new QLabel(attempt);
    m_timer->setObjectName(QStringLiteral("quizTimer"));
    m_timer->setAccessibleName(tr("Time left"));
    header->addWidget(m_title, 1);
    header->addWidget(m_counter);
    header->addSpacing(16);
    header->addWidget(m_timer);
    al->addLayout(header);
    m_mastery = ui::mutedLabel(QString(), attempt);
    al->addWidget(m_mastery);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    QFrame *question = ui::card(attempt);
    auto *ql = new QVBoxLayout(question);
    ql->setContentsMargins(24, 20, 24, 20);
    ql->setSpacing(12);
    m_questionText = new QLabel(question);
    m_questionText->setWordWrap(true);
    m_questionText->setProperty("role", QStringLiteral("h2"));
    m_questionText->setTextFormat(Qt::MarkdownText);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_questionHint = ui::mutedLabel(QString(), question);
    ql->addWidget(m_questionText);
    ql->addWidget(m_questionHint);
    m_answerHost = new QVBoxLayout;
    ql->addLayout(m_answerHost);
    m_feedback = new QLabel(question);
    m_feedback->setObjectName(QStringLiteral("quizFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->hide();
    ql->addWidget(m_feedback);
    ql->addStretch();
    auto *questionButtons = new QHBoxLayout;
    m_flag = new QPushButton(ui::Icons::icon(QStringLiteral("flag")), tr("Flag for review"), question);
    m_flag->setCheckable(true);
    m_flag->setToolTip(tr("Mark this question to come back to it (Ctrl+Shift+F)"));
    m_flag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_check = ui::primaryButton(tr("Check answer"), question);
    m_check->setObjectName(QStringLiteral("checkAnswer"));
    m_check->setToolTip(tr("Check this answer (Ctrl+Return)"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    questionButtons->addWidget(m_flag);
    questionButtons->addStretch();
    questionButtons->addWidget(m_check);
    ql->addLayout(questionButtons);
    body->addWidget(question, 1);

    m_navCard = ui::card(attempt);
    m_navCard->setFixedWidth(230);
    auto *nl = new QVBoxLayout(m_navCard);
    nl->setContentsMargins(16, 16, 16, 16);
    nl->addWidget(ui::heading(tr("Questions"), "h2", m_navCard));
    m_navGrid = new QGridLayout;
    m_navGrid->setSpacing(6);
    nl->addLayout(m_navGrid);
    nl->addWidget(ui::mutedLabel(tr("Filled: answered. Outlined: on screen. ⚑: flagged."), m_navCard));
    nl->addStretch();
    body->addWidget(m_navCard);
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
        flushPendingAnswer();
        m_confirmBar->hide();
        m_clock->stop();
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
    connect(m_next, &QPushButton::clicked, this, &QuizPage::onNext);
    connect(m_submit, &QPushButton::clicked, this, &QuizPage::askToSubmit);
    connect(m_check, &QPushButton::clicked, this, &QuizPage::onCheck);
    connect(m_flag, &QPushButton::toggled, this, [this](bool on) {
        const QString id = currentQuestionId();
        if (id.isEmpty() || on == m_flags.contains(id))
            return;
        if (on)
            m_flags.insert(id);
        else
            m_flags.remove(id);
        updateNavigation();
        emit flagToggled(id, on);
    });
    m_stack->addWidget(attempt);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &QuizPage::flushPendingAnswer);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &QuizPage::updateTimer);

    // --- results
    auto *results = new QWidget(m_stack);
    m_resultsLayout = ui::scrollingColumn(results, QMargins(32, 24, 32, 24), 12);
    m_stack->addWidget(results);
}

bool QuizPage::isShowingIntro() const { return m_stack->currentIndex() == 0; }
bool QuizPage::isShowingAttempt() const { return m_stack->currentIndex() == 1; }
bool QuizPage::isShowingResults() const { return m_stack->currentIndex() == 2; }
QString QuizPage::timeLeftText() const { return m_timer->text(); }
QString QuizPage::feedbackText() const { return m_feedback->isVisible() ? m_feedback->text() : QString(); }

const Question *QuizPage::question(int index) const
{
    if (index < 0 || index >= m_plan.questionIds.size())
        return nullptr;
    return m_assessment.question(m_plan.questionIds[index]);
}

QString QuizPage::currentQuestionId() const
{
    const Question *q = question(m_index);
    return q ? q->id : QString();
}

void QuizPage::showIntro(const Assessment &assessment, const QString &language, const QuizIntro &intro)
{
    m_assessment = assessment;
    m_language = language;
    m_clock->stop();
    ui::clearLayout(m_introLayout);
    m_introLayout->addWidget(ui::heading(assessment.title.text(language), "h1"));
    QFrame *rules = ui::card();
    auto *rl = new QVBoxLayout(rules);
    rl->setContentsMargins(24, 20, 24, 20);
    rl->setSpacing(8);
    rl->addWidget(ui::mutedLabel(modeDescription(assessment), rules));
    QStringList facts;
    if (assessment.mode != QLatin1String("mastery")) {
        int count = int(assessment.fixed.size());
        for (const RandomDraw &d : assessment.draws)
            count += d.count;
        if (assessment.fixed.isEmpty() && assessment.draws.isEmpty())
            count = int(assessment.questions.size());
        facts << tr("%n question(s)", nullptr, count);
        facts << tr("pass mark %1%").arg(assessment.passMark);
    }
    if (assessment.timeLimitMinutes > 0)
        facts << tr("time limit %n minute(s); the clock keeps running if you close the app", nullptr, assessment.timeLimitMinutes);
    if (assessment.maxAttempts > 0)
        facts << tr("%1 of %2 attempts used").arg(intro.attemptsUsed).arg(assessment.maxAttempts);
    else if (assessment.mode == QLatin1String("exam"))
        facts << tr("unlimited attempts");
    if (assessment.mode == QLatin1String("exam"))
        facts << gradingName(assessment.grading);
    for (const QString &f : std::as_const(facts)) {
        auto *l = new QLabel(QStringLiteral("•  ") + f, rules);
        l->setWordWrap(true);
        rl->addWidget(l);
    }
    if (intro.grade) {
        auto *grade = ui::heading(tr("Your grade: %1% · %2").arg(qRound(*intro.grade)).arg(intro.passed ? tr("passed") : tr("not passed yet")),
                                  "h2", rules);
        grade->setObjectName(QStringLiteral("quizGrade"));
        rl->addWidget(grade);
    }
    m_start = ui::primaryButton(intro.hasOpenAttempt ? tr("Continue the attempt")
                                                     : (intro.attemptsUsed > 0 ? tr("Start a new attempt") : tr("Start")),
                                rules);
    m_start->setObjectName(QStringLiteral("startQuiz"));
    m_start->setEnabled(intro.canStart || intro.hasOpenAttempt);
    connect(m_start, &QPushButton::clicked, this, &QuizPage::startRequested);
    rl->addWidget(m_start, 0, Qt::AlignLeft);
    if (!intro.canStart && !intro.hasOpenAttempt)
        rl->addWidget(ui::mutedLabel(tr("You have used every attempt this assessment allows."), rules));
    m_introLayout->addWidget(rules);

    if (!intro.history.isEmpty()) {
        m_introLayout->addWidget(ui::heading(tr("Your attempts"), "h2"));
        QFrame *history = ui::card();
        auto *hl = new QGridLayout(history);
        hl->setContentsMargins(24, 16, 24, 16);
        hl->setHorizontalSpacing(24);
        int row = 0;
        for (const QString &h : {tr("Attempt"), tr("Started"), tr("Result")}) {
            auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(h.toHtmlEscaped()), history);
            hl->addWidget(l, 0, row++);
        }
        row = 1;
        for (const AttemptSummary &a : intro.history) {
            hl->addWidget(new QLabel(QString::number(a.number), history), row, 0);
            hl->addWidget(new QLabel(QLocale().toString(a.started.toLocalTime(), QLocale::ShortFormat), history), row, 1);
            const QString result = !a.submitted ? tr("in progress")
                                                : tr("%1% · %2").arg(qRound(a.percent)).arg(a.passed ? tr("passed") : tr("not passed"));
            hl->addWidget(new QLabel(result, history), row, 2);
            ++row;
        }
        hl->setColumnStretch(3, 1);
        m_introLayout->addWidget(history);
    }
    m_introLayout->addStretch();
    m_stack->setCurrentIndex(0);
}

void QuizPage::startAttempt(const Assessment &assessment, const QString &language, const QString &moduleDirectory,
                            const AttemptPlan &plan, const QMap<QString, QJsonValue> &responses, const QSet<QString> &flags,
                            const QMap<QString, int> &checks, const QDateTime &deadlineUtc)
{
    m_assessment = assessment;
    m_language = language;
    m_moduleDirectory = moduleDirectory;
    m_plan = plan;
    m_responses = isMastery() ? QMap<QString, QJsonValue>{} : responses;
    m_flags = flags;
    m_checks = checks;
    m_deadline = deadlineUtc;
    m_expiredSignalled = false;
    m_awaitingNext = false;
    m_title->setText(assessment.title.text(language));
    qDeleteAll(m_navButtons);
    m_navButtons.clear();
    const int columns = 4;
    for (int i = 0; i < plan.questionIds.size(); ++i) {
        auto *b = new QPushButton(QString::number(i + 1));
        b->setFixedSize(40, 34);
        b->setCheckable(true);
        connect(b, &QPushButton::clicked, this, [this, i] { showQuestion(i); });
        m_navGrid->addWidget(b, i / columns, i % columns);
        m_navButtons << b;
    }
    m_navCard->setVisible(!isMastery());
    m_submit->setVisible(!isMastery());
    m_previous->setVisible(!isMastery());
    m_flag->setVisible(!isMastery());
    m_check->setVisible(isPractice() || isMastery());
    m_mastery->setVisible(isMastery());
    m_timer->setVisible(m_deadline.isValid());
    m_confirmBar->hide();
    m_stack->setCurrentIndex(1);
    if (m_deadline.isValid()) {
        updateTimer();
        m_clock->start();
    } else {
        m_clock->stop();
    }
    if (isMastery()) {
        int answered = 0;
        for (int c : checks)
            answered += c;
        showQuestion(plan.questionIds.isEmpty() ? 0 : answered % int(plan.questionIds.size()));
        return;
    }
    // Resume at the first unanswered question.
    int first = 0;
    while (const Question *q = question(first)) {
        if (!isAnswered(*q, m_responses.value(q->id)) && q->type != QuestionTypes::Description)
            break;
        ++first;
    }
    showQuestion(first < plan.questionIds.size() ? first : 0);
}

void QuizPage::showQuestion(int index)
{
    const Question *q = question(index);
    if (!q)
        return;
    flushPendingAnswer();
    m_index = index;
    m_awaitingNext = false;
    m_counter->setText(isMastery() ? QString() : tr("Question %1 of %2").arg(index + 1).arg(m_plan.questionIds.size()));
    m_questionText->setText(displayText(*q, m_language));
    QString hint;
    const QString &t = q->type;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::TrueFalse)
        hint = tr("Choose one answer (or press its number).");
    else if (t == QuestionTypes::MultipleChoice)
        hint = tr("Choose every answer that applies (or press their numbers).");
    else if (t == QuestionTypes::Matching)
        hint = tr("Choose the matching answer for each line.");
    else if (t == QuestionTypes::Ordering)
        hint = tr("Put the items in the right order: drag them, or select one and press Alt+Up / Alt+Down.");
    else if (t == QuestionTypes::Categorize)
        hint = tr("Choose the right group for each item.");
    else if (t == QuestionTypes::Hotspot)
        hint = tr("Click the right places on the picture, or choose an area from the list and press Mark.");
    else if (t == QuestionTypes::FillBlanks)
        hint = tr("Fill in each numbered blank.");
    m_questionHint->setText(hint);
    m_questionHint->setVisible(!hint.isEmpty());

    delete m_answer;
    m_answer = createAnswerWidget(*q, m_plan.order.value(q->id, displayKeys(*q)), m_language, m_moduleDirectory, this);
    m_answer->setResponse(m_responses.value(q->id));
    m_answerHost->addWidget(m_answer);
    connect(m_answer, &AnswerWidget::responseChanged, this, &QuizPage::onResponseChanged);

    m_feedback->hide();
    const int used = m_checks.value(q->id);
    const bool practiceDone = isPractice() && (used >= m_assessment.practiceTries
                                               || (used > 0 && scoreQuestion(*q, m_responses.value(q->id), m_language).fullyCorrect));
    m_answer->setLocked(practiceDone);
    if (practiceDone)
        showFeedback(*q, scoreQuestion(*q, m_responses.value(q->id), m_language), true);
    m_check->setEnabled(!practiceDone && q->type != QuestionTypes::Description && q->type != QuestionTypes::Essay);
    m_check->setText(tr("Check answer"));
    {
        const QSignalBlocker block(m_flag);
        m_flag->setChecked(m_flags.contains(q->id));
    }
    m_previous->setEnabled(index > 0);
    m_next->setText(isMastery() ? tr("Next question") : tr("Next"));
    m_next->setEnabled(isMastery() ? false : index + 1 < m_plan.questionIds.size());
    if (isMastery() && q->type == QuestionTypes::Description)
        m_next->setEnabled(true);
    updateNavigation();
    m_answer->setFocus();
}

void QuizPage::onResponseChanged()
{
    const Question *q = question(m_index);
    if (!q || !m_answer)
        return;
    const QJsonValue r = m_answer->response();
    if (r == m_responses.value(q->id))
        return;
    if (isMastery()) {
        m_responses.insert(q->id, r); // mastery answers are recorded when checked
        return;
    }
    m_responses.insert(q->id, r);
    updateNavigation();
    // Choices are saved at once; typing is saved when it pauses (and always before leaving the question).
    const QString &t = q->type;
    if (t == QuestionTypes::ShortAnswer || t == QuestionTypes::Numeric || t == QuestionTypes::Essay || t == QuestionTypes::FillBlanks) {
        if (!m_pendingQuestion.isEmpty() && m_pendingQuestion != q->id)
            flushPendingAnswer();
        m_pendingQuestion = q->id;
        m_typing->start();
        return;
    }
    emit answerChanged(q->id, r);
}

void QuizPage::flushPendingAnswer()
{
    m_typing->stop();
    if (m_pendingQuestion.isEmpty())
        return;
    const QString id = m_pendingQuestion;
    m_pendingQuestion.clear();
    emit answerChanged(id, m_responses.value(id));
}

void QuizPage::hideEvent(QHideEvent *event)
{
    flushPendingAnswer();
    QWidget::hideEvent(event);
}

void QuizPage::onCheck()
{
    const Question *q = question(m_index);
    if (!q || !m_answer || m_awaitingNext)
        return;
    const QJsonValue r = m_answer->response();
    if (!isAnswered(*q, r)) {
        m_feedback->setText(tr("Give an answer first."));
        m_feedback->show();
        return;
    }
    m_responses.insert(q->id, r);
    m_checks[q->id] += 1;
    const QuestionResult result = scoreQuestion(*q, r, m_language);
    emit checkRequested(q->id, r);
    if (isMastery()) {
        showFeedback(*q, result, true);
        m_answer->setLocked(true);
        m_check->setEnabled(false);
        m_awaitingNext = true;
        m_next->setEnabled(true);
        m_next->setFocus();
        return;
    }
    const bool final = result.fullyCorrect || m_checks.value(q->id) >= m_assessment.practiceTries;
    showFeedback(*q, result, final);
    if (final) {
        m_answer->setLocked(true);
        m_check->setEnabled(false);
    }
    updateNavigation();
}

void QuizPage::onNext()
{
    if (!isMastery()) {
        showQuestion(m_index + 1);
        return;
    }
    // Mastery: the next question in the plan, round and round, each time blank.
    const int count = int(m_plan.questionIds.size());
    if (count == 0)
        return;
    const int next = (m_index + 1) % count;
    m_responses.remove(m_plan.questionIds[next]);
    showQuestion(next);
}

void QuizPage::showFeedback(const Question &q, const QuestionResult &result, bool final)
{
    const QColor color = result.fullyCorrect ? ui::Theme::success() : (result.fraction > 0 ? ui::Theme::warning() : ui::Theme::danger());
    QString verdict = result.fullyCorrect ? tr("Right.") : (result.fraction > 0 ? tr("Partly right.") : tr("Not right."));
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b></p>").arg(color.name(), verdict.toHtmlEscaped());
    for (const QString &f : result.feedback)
        html += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    if (!result.fullyCorrect && !final && isPractice()) {
        const int left = m_assessment.practiceTries - m_checks.value(q.id);
        html += QStringLiteral("<p>%1</p>").arg(tr("Try again: %n try(s) left.", nullptr, left).toHtmlEscaped());
    }
    if (final && !result.fullyCorrect && m_assessment.review.rightAnswer)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Right answer:").toHtmlEscaped(), describeCorrectAnswer(q, m_language).toHtmlEscaped());
    if (final && !q.feedback.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(q.feedback.text(m_language).toHtmlEscaped());
    m_feedback->setText(html);
    m_feedback->setStyleSheet(QStringLiteral("QLabel#quizFeedback { border-left: 4px solid %1; padding: 6px 12px; }").arg(color.name()));
    m_feedback->show();
}

void QuizPage::setMasteryProgress(int rightInWindow, int window, int needed, int answered)
{
    m_mastery->setText(tr("%1 of your last %2 answers right · %3 needed · %n answered so far", nullptr, answered)
                           .arg(rightInWindow)
                           .arg(std::min(window, answered))
                           .arg(needed));
}

void QuizPage::keyPressEvent(QKeyEvent *event)
{
    const int n = event->key() - Qt::Key_0;
    if (isShowingAttempt() && m_answer && n >= 1 && n <= 9 && event->modifiers() == Qt::NoModifier && m_answer->isEnabled()
        && m_answer->chooseByNumber(n))
        return;
    QWidget::keyPressEvent(event);
}

void QuizPage::updateNavigation()
{
    const QColor accent = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_navButtons.size(); ++i) {
        const Question *q = question(i);
        const bool answered = q && isAnswered(*q, m_responses.value(q->id));
        const bool flagged = q && m_flags.contains(q->id);
        QPushButton *b = m_navButtons[i];
        b->setText(flagged ? QStringLiteral("%1⚑").arg(i + 1) : QString::number(i + 1));
        b->setChecked(i == m_index);
        QString name = answered ? tr("Question %1, answered").arg(i + 1) : tr("Question %1, not answered").arg(i + 1);
        if (flagged)
            name += QStringLiteral(", ") + tr("flagged");
        b->setAccessibleName(name);
        // Answered: filled and bold; current: outlined. Never colour alone: text weight and marks change too.
        QString style = QStringLiteral("padding: 0px; border-radius: 6px;");
        if (answered)
            style += QStringLiteral("background: %1; color: %2; font-weight: 700;").arg(accent.name(), palette().color(QPalette::HighlightedText).name());
        style += i == m_index ? QStringLiteral("border: 2px solid %1;").arg(palette().color(QPalette::WindowText).name())
                              : QStringLiteral("border: 1px solid %1;").arg(ui::Theme::border().name());
        b->setStyleSheet(style);
    }
}

void QuizPage::updateTimer()
{
    if (!m_deadline.isValid())
        return;
    const qint64 left = std::max<qint64>(0, Clock::nowUtc().msecsTo(m_deadline) / 1000);
    const QString text = tr("Time left %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    m_timer->setText(text);
    // Calm until the last five minutes; then the warning colour and a bold weight (not colour alone).
    m_timer->setStyleSheet(left < 300 ? QStringLiteral("color: %1; font-weight: 700;").arg(ui::Theme::warning().name()) : QString());
    if (left == 0 && !m_expiredSignalled && isShowingAttempt()) {
        m_expiredSignalled = true;
        m_clock->stop();
        flushPendingAnswer();
        emit timeExpired();
    }
}

void QuizPage::askToSubmit()
{
    flushPendingAnswer();
    int unanswered = 0;
    int flagged = 0;
    for (const QString &id : std::as_const(m_plan.questionIds)) {
        const Question *q = m_assessment.question(id);
        if (q && q->type != QuestionTypes::Description && !isAnswered(*q, m_responses.value(id)))
            ++unanswered;
        flagged += m_flags.contains(id) ? 1 : 0;
    }
    QString text = unanswered == 0 ? tr("All %n question(s) answered.", nullptr, int(m_plan.questionIds.size()))
                                   : tr("%n question(s) not answered yet; they score nothing.", nullptr, unanswered);
    if (flagged > 0)
        text += QLatin1Char(' ') + tr("%n question(s) flagged for review.", nullptr, flagged);
    text += QLatin1Char(' ') + tr("Submit now? You cannot change your answers afterwards.");
    m_confirmText->setText(text);
    m_confirmBar->show();
    m_confirmSubmit->setFocus();
}

void QuizPage::showResults(const AttemptScore &score, const QMap<QString, QJsonValue> &responses)
{
    m_clock->stop();
    m_responses = responses;
    const ReviewOptions &review = m_assessment.review;
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
    const QString verdict = score.passed ? tr("Passed") : tr("Not passed yet");
    auto *big = ui::heading(review.score ? tr("%1% · %2").arg(qRound(score.percent)).arg(verdict) : verdict, "h1", summary);
    big->setObjectName(QStringLiteral("resultHeadline"));
    texts->addWidget(big);
    QString detail;
    if (isMastery())
        detail = tr("%1 of your last %2 answers were right.").arg(score.correct).arg(int(score.maxPoints));
    else if (review.score)
        detail = tr("%1 of %2 questions fully right · pass mark %3%").arg(score.correct).arg(m_plan.questionIds.size()).arg(m_assessment.passMark);
    else
        detail = tr("Your answers were submitted.");
    if (score.pendingGrading > 0)
        detail += QLatin1Char(' ') + tr("%n written answer(s) will be marked by a trainer.", nullptr, score.pendingGrading);
    texts->addWidget(ui::mutedLabel(detail, summary));
    sl->addLayout(texts, 1);
    auto *buttons = new QVBoxLayout;
    auto *done = ui::primaryButton(tr("Back to the module"), summary);
    done->setObjectName(QStringLiteral("quizDone"));
    connect(done, &QPushButton::clicked, this, &QuizPage::doneRequested);
    buttons->addWidget(done);
    if (!score.passed) {
        auto *retry = new QPushButton(tr("Try again"), summary);
        retry->setObjectName(QStringLiteral("quizRetry"));
        connect(retry, &QPushButton::clicked, this, &QuizPage::retryRequested);
        buttons->addWidget(retry);
    }
    sl->addLayout(buttons);
    m_resultsLayout->addWidget(summary);

    if (!isMastery() && (review.correctness || review.rightAnswer || review.feedback)) {
        m_resultsLayout->addWidget(ui::heading(tr("Review"), "h2"));
        int n = 0;
        for (const QString &id : std::as_const(m_plan.questionIds)) {
            const Question *q = m_assessment.question(id);
            if (!q)
                continue;
            ++n;
            const QJsonValue given = responses.value(id);
            const QuestionResult r = scoreQuestion(*q, given, m_language);
            QFrame *card = ui::card();
            auto *cl = new QVBoxLayout(card);
            cl->setContentsMargins(20, 14, 20, 14);
            cl->setSpacing(6);
            auto *head = new QHBoxLayout;
            if (review.correctness && r.scored) {
                auto *mark = new QLabel(card);
                mark->setPixmap(ui::Icons::pixmap(r.fullyCorrect ? QStringLiteral("circle-check") : QStringLiteral("x"), 22,
                                                  r.fullyCorrect ? ui::Theme::success() : ui::Theme::danger()));
                head->addWidget(mark, 0, Qt::AlignTop);
            }
            auto *qt = new QLabel(tr("%1\\. %2").arg(n).arg(displayText(*q, m_language)), card); // "\\." keeps Markdown from renumbering
            qt->setWordWrap(true);
            qt->setTextFormat(Qt::MarkdownText);
            qt->setProperty("role", QStringLiteral("h2"));
            head->addWidget(qt, 1);
            if (review.correctness) {
                QString verdictText;
                if (!r.scored)
                    verdictText = q->type == QuestionTypes::Essay ? tr("To be marked") : QString();
                else if (!r.answered)
                    verdictText = tr("Not answered");
                else
                    verdictText = r.fullyCorrect ? tr("Right") : (r.fraction > 0 ? tr("Partly right") : tr("Not right"));
                if (!verdictText.isEmpty())
                    head->addWidget(ui::chip(verdictText, card), 0, Qt::AlignTop);
            }
            cl->addLayout(head);
            const QString yours = describeResponse(*q, given, m_language);
            if (!yours.isEmpty()) {
                auto *l = new QLabel(tr("Your answer: %1").arg(yours), card);
                l->setWordWrap(true);
                cl->addWidget(l);
            }
            if (review.rightAnswer && r.scored && !r.fullyCorrect) {
                auto *l = new QLabel(tr("Right answer: %1").arg(describeCorrectAnswer(*q, m_language)), card);
                l->setWordWrap(true);
                cl->addWidget(l);
            }
            if (review.feedback) {
                for (const QString &f : r.feedback)
                    cl->addWidget(ui::mutedLabel(f, card));
                if (!q->feedback.isEmpty())
                    cl->addWidget(ui::mutedLabel(q->feedback.text(m_language), card));
            }
            m_resultsLayout->addWidget(card);
        }
    }
    m_resultsLayout->addStretch();
    m_stack->setCurrentIndex(2);
}

} // namespace cca::assessment
