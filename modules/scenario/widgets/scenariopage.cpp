#include "scenario/widgets/scenariopage.h"

#include "content/package.h"

#include "scenario/chatscoring.h"
#include "scenario/scenarioloader.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QQueue>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSvgRenderer>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace cca::scenario {

namespace {

constexpr int kColumnWidth = 780;
constexpr int kBubbleWidth = 560;
constexpr int kImageWidth = 440;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *bold(const QString &text, QWidget *parent)
{
    QLabel *label = wrapped(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : points < 0 ? QStringLiteral("−%1").arg(-points) : QStringLiteral("0");
}

// A button whose text wraps: a decision's choices are whole sentences.
class ChoiceButton : public QPushButton
{
public:
    ChoiceButton(const QString &text, bool quick, QWidget *parent) : QPushButton(parent)
    {
        auto *l = new QHBoxLayout(this);
        l->setContentsMargins(quick ? 14 : 18, quick ? 7 : 12, quick ? 14 : 18, quick ? 7 : 12);
        m_label = new QLabel(text, this);
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
        l->addWidget(m_label);
        setAccessibleName(text);
        setToolTip(text);
        setCursor(Qt::PointingHandCursor);
        setProperty("choice", quick ? QStringLiteral("quick") : QStringLiteral("large"));
        // As tall as the wrapped text needs (a push button is otherwise one line high).
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        if (quick)
            setMaximumWidth(kBubbleWidth);
    }
    QSize sizeHint() const override { return layout()->totalSizeHint(); }
    QSize minimumSizeHint() const override { return layout()->totalMinimumSize(); }

private:
    QLabel *m_label;
};

// Clicks on a chat bubble select it.
class ClickFilter : public QObject
{
public:
    ClickFilter(std::function<void()> onClick, QObject *parent) : QObject(parent), m_onClick(std::move(onClick)) {}
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress)
            m_onClick();
        return false;
    }

private:
    std::function<void()> m_onClick;
};

QString pageStyleSheet()
{
    const bool dark = ui::Theme::current() == ui::Theme::Mode::Dark;
    const QColor outBg = dark ? QColor(0x16, 0x3a, 0x2b) : QColor(0xdc, 0xf5, 0xe4);
    const QColor outBorder = dark ? QColor(0x25, 0x5c, 0x43) : QColor(0xa7, 0xdc, 0xbb);
    const QColor choiceBg = dark ? QColor(0x17, 0x2b, 0x47) : QColor(0xef, 0xf6, 0xff);
    const QColor stamp = dark ? QColor(0x22, 0x2c, 0x3d) : QColor(0xe5, 0xe7, 0xeb);
    return QStringLiteral(R"(
QFrame[bubble="in"] { background: %1; border: 1px solid %2; border-radius: 14px; }
QFrame[bubble="out"] { background: %3; border: 1px solid %4; border-radius: 14px; }
QFrame[bubble="you"] { background: %5; border: 1px solid %6; border-radius: 14px; }
QFrame[bubble][selected="true"] { border: 2px solid %6; }
QFrame[bubble][flagged="true"] { border: 2px solid %7; }
QFrame[bubble] QLabel, QFrame[narration] QLabel, QFrame[decision] QLabel { background: transparent; }
QFrame[narration="true"] { background: %1; border: 1px solid %2; border-radius: 10px; }
QFrame[narration="chat"] { background: transparent; border: none; }
QFrame[decision="true"] { background: %1; border: 1px solid %6; border-radius: 12px; }
QLabel[role="stamp"] { background: %8; color: %9; border-radius: 9px; padding: 2px 12px; }
QLabel[verdict="found"] { color: %10; font-weight: 600; }
QLabel[verdict="missed"], QLabel[verdict="wrong"] { color: %7; font-weight: 600; }
QPushButton[choice="large"] { background: %5; border: 1px solid %6; border-radius: 10px; }
QPushButton[choice="quick"] { background: %5; border: 1px solid %6; border-radius: 16px; }
QPushButton[choice] QLabel { background: transparent; }
QPushButton#markButton { border: 1px solid %7; color: %7; font-weight: 600; }
QPushButton#markButton:disabled { border-color: %2; color: %9; }
QListWidget#transcriptList { border: 1px solid %2; border-radius: 8px; padding: 4px; }
QListWidget#transcriptList::item { padding: 6px 4px; border-radius: 6px; }
QListWidget#transcriptList::item:selected { background: %5; color: palette(text); border-left: 4px solid %6; }
)")
        .arg(ui::Theme::surface().name(), ui::Theme::border().name(), outBg.name(), outBorder.name(), choiceBg.name(),
             ui::Theme::accent().name(), ui::Theme::danger().name(), stamp.name(), ui::Theme::muted().name())
        .arg(ui::Theme::success().name());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Kinds

QString ScenarioPage::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Chat: return content::ActivityTypes::ChatSimulation;
    case Kind::Call: return content::ActivityTypes::CallSimulation;
    case Kind::Intervention: return content::ActivityTypes::Intervention;
    }
    return {};
}

std::optional<ScenarioPage::Kind> ScenarioPage::kindFromId(const QString &id)
{
    for (Kind k : {Kind::Chat, Kind::Call, Kind::Intervention})
        if (kindId(k) == id)
            return k;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Building

ScenarioPage::ScenarioPage(QWidget *parent) : QWidget(parent)
{
    buildUi();
}

ScenarioPage::~ScenarioPage()
{
    releasePlayer();
}

void ScenarioPage::buildUi()
{
    setStyleSheet(pageStyleSheet());
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 16);
    root->setSpacing(10);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_back = new QPushButton(ui::Icons::icon(QStringLiteral("arrow-left")), tr("Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setProperty("flat", true);
    titleRow->addWidget(m_back, 0, Qt::AlignVCenter);
    m_title = ui::heading(QString(), "h1", this);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    titleRow->addWidget(m_title, 1);
    m_kindChip = ui::chip(QString(), this);
    titleRow->addWidget(m_kindChip, 0, Qt::AlignVCenter);
    root->addLayout(titleRow);
    m_summary = ui::mutedLabel(QString(), this);
    root->addWidget(m_summary);

    // The exercise is marked as one: fictional people, and what to do.
    auto *banner = ui::alertBox(QStringLiteral("info"), this);
    banner->setObjectName(QStringLiteral("trainingBanner"));
    auto *bl = new QHBoxLayout(banner);
    bl->setContentsMargins(14, 10, 14, 10);
    bl->setSpacing(12);
    auto *bannerIcon = new QLabel(banner);
    bannerIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("shield-check"), 24, ui::Theme::accent()));
    bl->addWidget(bannerIcon, 0, Qt::AlignTop);
    auto *bannerText = new QVBoxLayout;
    bannerText->setSpacing(2);
    bannerText->addWidget(bold(tr("Training exercise — the people, numbers and platforms in it are made up."), banner));
    m_instructions = wrapped(QString(), banner);
    bannerText->addWidget(m_instructions);
    bl->addLayout(bannerText, 1);
    root->addWidget(banner);

    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(12);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scenarioProgress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress through the exercise"));
    progressRow->addWidget(m_progress, 1);
    m_progressLabel = ui::mutedLabel(QString(), this);
    m_progressLabel->setWordWrap(false);
    progressRow->addWidget(m_progressLabel);
    root->addLayout(progressRow);

    m_noticeBox = ui::alertBox(QStringLiteral("warning"), this);
    auto *nl = new QHBoxLayout(m_noticeBox);
    nl->setContentsMargins(14, 8, 14, 8);
    m_notice = wrapped(QString(), m_noticeBox);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    nl->addWidget(m_notice);
    m_noticeBox->hide();
    root->addWidget(m_noticeBox);

    auto *body = new QHBoxLayout;
    m_body = body;
    body->setSpacing(16);
    root->addLayout(body, 1);

    // The conversation: one centred column of comfortable width.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *host = new QWidget(m_scroll);
    auto *centre = new QHBoxLayout(host);
    centre->setContentsMargins(0, 4, 8, 8);
    auto *column = new QWidget(host);
    column->setObjectName(QStringLiteral("conversation"));
    column->setMaximumWidth(kColumnWidth);
    m_column = new QVBoxLayout(column);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(12);
    m_column->addStretch(1);
    centre->addStretch(0);
    centre->addWidget(column, 1);
    centre->addStretch(0);
    m_scroll->setWidget(host);
    body->addWidget(m_scroll, 3);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_scrollTarget)
            scrollToTarget();
        else if (m_followEnd)
            m_scroll->verticalScrollBar()->setValue(max);
    });

    // The call panel: player, transcript, marks.
    m_callPanel = ui::card(this);
    m_callPanel->setObjectName(QStringLiteral("callPanel"));
    m_callPanel->setMinimumWidth(360);
    auto *cl = new QVBoxLayout(m_callPanel);
    cl->setContentsMargins(16, 14, 16, 14);
    cl->setSpacing(10);
    auto *callHead = new QHBoxLayout;
    auto *callIcon = new QLabel(m_callPanel);
    callIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("volume-2"), 22));
    callHead->addWidget(callIcon);
    callHead->addWidget(ui::heading(tr("The call"), "h2", m_callPanel), 1);
    cl->addLayout(callHead);
    m_audioNoticeBox = ui::alertBox(QStringLiteral("warning"), m_callPanel);
    auto *al = new QHBoxLayout(m_audioNoticeBox);
    al->setContentsMargins(12, 8, 12, 8);
    m_audioNotice = wrapped(QString(), m_audioNoticeBox);
    m_audioNotice->setObjectName(QStringLiteral("audioNotice"));
    al->addWidget(m_audioNotice);
    m_audioNoticeBox->hide();
    cl->addWidget(m_audioNoticeBox);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    m_playButton = new QPushButton(ui::Icons::icon(QStringLiteral("play")), tr("Play"), m_callPanel);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_previousLine = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-left")), tr("Previous line"), m_callPanel);
    m_previousLine->setObjectName(QStringLiteral("previousLineButton"));
    m_previousLine->setToolTip(tr("Previous line (Up)"));
    m_nextLine = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-right")), tr("Next line"), m_callPanel);
    m_nextLine->setObjectName(QStringLiteral("nextLineButton"));
    m_nextLine->setToolTip(tr("Next line (Down)"));
    m_timeLabel = ui::mutedLabel(QString(), m_callPanel);
    m_timeLabel->setWordWrap(false);
    controls->addWidget(m_playButton);
    controls->addWidget(m_previousLine);
    controls->addWidget(m_nextLine);
    controls->addStretch(1);
    controls->addWidget(m_timeLabel);
    cl->addLayout(controls);
    m_transcript = new QListWidget(m_callPanel);
    m_transcript->setObjectName(QStringLiteral("transcriptList"));
    m_transcript->setAccessibleName(tr("Transcript of the call"));
    m_transcript->setWordWrap(true);
    m_transcript->setUniformItemSizes(false);
    m_transcript->setSelectionMode(QAbstractItemView::SingleSelection);
    m_transcript->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_transcript->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcript->setIconSize(QSize(18, 18));
    cl->addWidget(m_transcript, 1);
    auto *markRow = new QHBoxLayout;
    markRow->setSpacing(8);
    m_markButton = new QPushButton(ui::Icons::icon(QStringLiteral("flag"), ui::Theme::danger()), tr("Pressure tactic!"), m_callPanel);
    m_markButton->setObjectName(QStringLiteral("markButton"));
    m_markButton->setToolTip(tr("Mark the line being spoken as a pressure tactic (T)"));
    markRow->addWidget(m_markButton);
    auto *tacticLabel = new QLabel(tr("T&actic:"), m_callPanel);
    m_tacticCombo = new QComboBox(m_callPanel);
    m_tacticCombo->setObjectName(QStringLiteral("tacticCombo"));
    m_tacticCombo->setAccessibleName(tr("Tactic used in the marked line"));
    tacticLabel->setBuddy(m_tacticCombo);
    markRow->addWidget(tacticLabel);
    markRow->addWidget(m_tacticCombo, 1);
    cl->addLayout(markRow);
    m_callHint = ui::mutedLabel(QString(), m_callPanel);
    cl->addWidget(m_callHint);
    m_callPanel->hide();
    body->addWidget(m_callPanel, 2);

    // The actions under the conversation.
    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    m_keysHint = ui::mutedLabel(QString(), this);
    actions->addWidget(m_keysHint, 1);
    m_rest = new QPushButton(tr("Show the rest"), this);
    m_rest->setObjectName(QStringLiteral("showRestButton"));
    m_rest->setToolTip(tr("Show everything up to the next decision (End)"));
    m_next = ui::primaryButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setIcon(ui::Icons::icon(QStringLiteral("chevron-right"), ui::Theme::surface()));
    m_check = ui::primaryButton(QString(), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setIcon(ui::Icons::icon(QStringLiteral("list-checks"), ui::Theme::surface()));
    m_check->setToolTip(tr("Ctrl+Return"));
    m_again = new QPushButton(ui::Icons::icon(QStringLiteral("undo-2")), tr("Play again"), this);
    m_again->setObjectName(QStringLiteral("playAgainButton"));
    for (QPushButton *b : {m_rest, m_next, m_check, m_again})
        actions->addWidget(b);
    root->addLayout(actions);

    connect(m_back, &QPushButton::clicked, this, &ScenarioPage::backRequested);
    connect(m_next, &QPushButton::clicked, this, &ScenarioPage::next);
    connect(m_rest, &QPushButton::clicked, this, &ScenarioPage::showRest);
    connect(m_check, &QPushButton::clicked, this, &ScenarioPage::check);
    connect(m_again, &QPushButton::clicked, this, &ScenarioPage::playAgain);
    connect(m_playButton, &QPushButton::clicked, this, &ScenarioPage::togglePlay);
    connect(m_previousLine, &QPushButton::clicked, this, [this] { stepLine(-1); });
    connect(m_nextLine, &QPushButton::clicked, this, [this] { stepLine(1); });
    connect(m_markButton, &QPushButton::clicked, this, [this] { toggleMark(); });
    connect(m_tacticCombo, &QComboBox::activated, this, [this](int index) { nameTactic(m_tacticCombo->itemData(index).toString()); });
    connect(m_transcript, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_fillingTranscript && row >= 0)
            goToLine(row);
    });

    // Keys. Each is live only while it has something to do, so that otherwise the focused control
    // (a choice button, the scroll area) keeps its own keys.
    m_spaceKey = addShortcut(QKeySequence(Qt::Key_Space), [this] {
        if (m_kind == Kind::Call && activeCall())
            togglePlay();
        else
            next();
    });
    m_nextKey = addShortcut(QKeySequence(Qt::Key_N), [this] { next(); });
    m_restKey = addShortcut(QKeySequence(Qt::Key_End), [this] { showRest(); });
    m_upKey = addShortcut(QKeySequence(Qt::Key_Up), [this] { m_kind == Kind::Call ? stepLine(-1) : moveSelection(-1); });
    m_downKey = addShortcut(QKeySequence(Qt::Key_Down), [this] { m_kind == Kind::Call ? stepLine(1) : moveSelection(1); });
    m_flagKey = addShortcut(QKeySequence(Qt::Key_F), [this] { toggleFlag(m_selected); });
    m_markKey = addShortcut(QKeySequence(Qt::Key_T), [this] { toggleMark(); });
    m_checkKey = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { check(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { emit backRequested(); });
    for (int i = 1; i <= 9; ++i) {
        m_digitKeys << addShortcut(QKeySequence(Qt::Key_0 + i), [this, i] {
            const QList<QPushButton *> choices = choiceButtons();
            if (!choices.isEmpty()) {
                if (i <= choices.size())
                    choices.at(i - 1)->click();
            } else if (m_kind == Kind::Call && activeCall() && i <= m_runner->scenario().tactics.size()) {
                nameTactic(m_runner->scenario().tactics.at(i - 1).id);
            }
        });
    }
    updateActions();
}

QShortcut *ScenarioPage::addShortcut(const QKeySequence &keys, std::function<void()> action)
{
    auto *shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, std::move(action));
    return shortcut;
}

// ---------------------------------------------------------------------------------------------
// Playing

void ScenarioPage::setAudioEnabled(bool enabled)
{
    m_audioEnabled = enabled;
    if (!enabled)
        releasePlayer();
}

void ScenarioPage::reset()
{
    releasePlayer();
    m_shown.clear();
    m_finished = false;
    m_result = {};
    m_flags.clear();
    m_selected.clear();
    m_bubbles.clear();
    m_flagButtons.clear();
    m_verdicts.clear();
    m_marks.clear();
    m_callNode.clear();
    m_revealed = 0;
    m_line = -1;
    m_audioAvailable = false;
    m_audioProblem.clear();
    m_callCardNote = nullptr;
    m_decisionCard = nullptr;
    m_resultHost = nullptr;
    m_scrollTarget = nullptr;
    m_followEnd = true;
    ui::clearLayout(m_column);
    m_column->addStretch(1);
    m_transcript->clear();
}

void ScenarioPage::play(const Scenario &scenario, Kind kind, const QString &language, const QJsonObject &savedState)
{
    reset();
    m_kind = kind;
    m_language = language.isEmpty() ? QStringLiteral("en") : language;
    m_resumeProblem.clear();
    m_noticeBox->hide();
    m_runner = std::make_unique<ScenarioRunner>(scenario);
    m_runner->setDecisionListener([this](const DecisionEvent &event) { emit decisionMade(event); });

    m_title->setText(scenario.title.text(m_language));
    m_title->setAccessibleName(m_title->text());
    m_summary->setText(scenario.summary.text(m_language));
    m_summary->setVisible(!m_summary->text().isEmpty());
    switch (kind) {
    case Kind::Chat:
        m_kindChip->setText(tr("Chat simulation"));
        m_instructions->setText(tr("Read the chat as it unfolds and flag every message that is a red flag. At the end, check your "
                                   "flags: each red flag found earns a point, each ordinary message flagged costs one."));
        m_check->setText(tr("Check my flags"));
        break;
    case Kind::Call:
        m_kindChip->setText(tr("Call simulation"));
        m_instructions->setText(tr("Listen to the call and mark each line in which the caller uses a pressure tactic, as it "
                                   "happens; name the tactic for a second point. Each line marked that uses none costs a point."));
        m_check->setText(tr("Check my marks"));
        break;
    case Kind::Intervention:
        m_kindChip->setText(tr("Intervention role-play"));
        m_instructions->setText(tr("Talk with the person as you would on duty. What you say moves them towards one of several "
                                   "endings, and there is no going back."));
        m_check->setText(tr("Check"));
        break;
    }
    m_callPanel->setVisible(kind == Kind::Call);
    // In a call the transcript is what the officer works on: as wide as the story beside it.
    m_body->setStretch(0, kind == Kind::Call ? 1 : 3);
    m_body->setStretch(1, kind == Kind::Call ? 1 : 2);
    m_tacticCombo->clear();
    m_tacticCombo->addItem(tr("Not named"), QString());
    for (const Tactic &t : scenario.tactics)
        m_tacticCombo->addItem(t.name.text(m_language), t.id);

    if (!scenario.isValid()) {
        showErrors(scenario);
        updateActions();
        return;
    }

    // Fewest steps from each node to an ending, for the progress bar (conditions aside).
    m_toEnding.clear();
    QHash<QString, QStringList> predecessors;
    QQueue<QString> queue;
    for (const Node &n : scenario.nodes) {
        for (const QString &next : n.successors())
            predecessors[next] << n.id;
        if (n.isEnding()) {
            m_toEnding.insert(n.id, 0);
            queue.enqueue(n.id);
        }
    }
    while (!queue.isEmpty()) {
        const QString id = queue.dequeue();
        for (const QString &p : predecessors.value(id))
            if (!m_toEnding.contains(p)) {
                m_toEnding.insert(p, m_toEnding.value(id) + 1);
                queue.enqueue(p);
            }
    }

    QJsonObject call;
    if (!savedState.isEmpty()) {
        QString problem;
        if (restore(savedState, &problem)) {
            call = savedState.value(QStringLiteral("call")).toObject();
        } else {
            m_resumeProblem = problem;
            m_notice->setText(tr("Your place in this exercise could not be restored (%1), so it starts from the beginning.").arg(problem));
            m_noticeBox->show();
            m_flags.clear();
            m_marks.clear();
            m_finished = false;
            m_runner->start();
        }
    } else {
        m_runner->start();
    }
    redraw();
    const Node *current = m_runner->current();
    const bool sameCall = current && call.value(QStringLiteral("node")).toString() == current->id;
    reactToCurrent(sameCall ? call.value(QStringLiteral("revealed")).toInt(1) : 1, sameCall ? call.value(QStringLiteral("line")).toInt(0) : 0);
    emitState();
}

void ScenarioPage::showErrors(const Scenario &scenario)
{
    auto *box = ui::alertBox(QStringLiteral("danger"), this);
    box->setObjectName(QStringLiteral("errorBox"));
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(14, 10, 14, 10);
    l->addWidget(bold(tr("This scenario cannot be played because its file has errors. Ask the module's author to fix them "
                         "(ccacademy-cli validate finds them too):"),
                      box));
    QStringList lines;
    for (const Diagnostic &d : scenario.errors)
        lines << d.toString();
    QLabel *list = wrapped(lines.join(QLatin1Char('\n')), box);
    list->setFont(ui::monospaceFont(0.9));
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(list);
    appendToColumn(box);
    m_progress->setValue(0);
    m_progressLabel->clear();
}

bool ScenarioPage::restore(const QJsonObject &saved, QString *problem)
{
    const QString kind = saved.value(QStringLiteral("kind")).toString();
    if (kind != kindId(m_kind)) {
        *problem = tr("it was saved as a %1 exercise, not as a %2 exercise").arg(kind, kindId(m_kind));
        return false;
    }
    if (!m_runner->restoreState(saved.value(QStringLiteral("runner")).toObject(), problem))
        return false;
    const Scenario &s = m_runner->scenario();
    QSet<QString> onPath;
    for (const ScenarioRunner::Step &step : m_runner->path())
        onPath.insert(step.node);
    for (const QJsonValue &v : saved.value(QStringLiteral("flags")).toArray()) {
        const Node *n = s.node(v.toString());
        if (!n || n->type != Node::Type::Message || !onPath.contains(n->id)) {
            *problem = tr("the flag on '%1' is not on a message that was shown").arg(v.toString());
            return false;
        }
        m_flags.insert(n->id);
    }
    for (const QJsonValue &v : saved.value(QStringLiteral("marks")).toArray()) {
        const QJsonObject o = v.toObject();
        const CallMark mark{o.value(QStringLiteral("node")).toString(), o.value(QStringLiteral("line")).toInt(-1),
                            o.value(QStringLiteral("tactic")).toString()};
        const Node *n = s.node(mark.node);
        if (!n || n->type != Node::Type::Call || !onPath.contains(n->id) || mark.line < 0 || mark.line >= n->transcript.size()
            || (!mark.tactic.isEmpty() && !s.tactic(mark.tactic))) {
            *problem = tr("the mark on line %1 of '%2' does not fit the scenario").arg(mark.line + 1).arg(mark.node);
            return false;
        }
        if (markIndex(mark.node, mark.line) < 0)
            m_marks << mark;
    }
    m_finished = saved.value(QStringLiteral("finished")).toBool() && m_runner->isFinished();
    return true;
}

void ScenarioPage::redraw()
{
    m_shown.clear();
    const QList<ScenarioRunner::Step> path = m_runner->path();
    for (int i = 0; i < path.size(); ++i) {
        const Node *n = m_runner->scenario().node(path.at(i).node);
        if (!n)
            continue;
        m_shown << n->id;
        renderNode(*n, path.at(i).choice, i == path.size() - 1);
    }
}

void ScenarioPage::reactToCurrent(int revealed, int line)
{
    const Node *n = m_runner->current();
    if (!n)
        return;
    if (m_kind == Kind::Call && n->type == Node::Type::Call)
        setUpCall(n, revealed, line);
    if (m_kind == Kind::Chat && n->type == Node::Type::Message)
        select(n->id);
    if (n->isEnding()) {
        if (m_finished)
            showResult();
        else if (m_kind == Kind::Intervention)
            finish();
    }
    updateProgress();
    updateActions();
}

void ScenarioPage::renderNode(const Node &node, const QString &choiceTaken, bool current)
{
    switch (node.type) {
    case Node::Type::Narration: addNarration(node); break;
    case Node::Type::Message: addMessage(node); break;
    case Node::Type::Document: addDocument(node); break;
    case Node::Type::Call: addCallCard(node, current); break;
    case Node::Type::Decision:
        addDecision(node, choiceTaken, current && choiceTaken.isEmpty());
        for (const Choice &c : node.choices)
            if (c.id == choiceTaken)
                addChosen(c);
        break;
    case Node::Type::Ending: addEndingNote(); break;
    }
}

void ScenarioPage::appendToColumn(QWidget *widget)
{
    m_column->insertWidget(m_column->count() - 1, widget);
    scrollToEnd();
}

void ScenarioPage::scrollToEnd()
{
    m_followEnd = true;
    m_scrollTarget = nullptr;
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

void ScenarioPage::scrollToTarget()
{
    if (m_scrollTarget)
        m_scroll->verticalScrollBar()->setValue(m_scrollTarget->mapTo(m_scroll->widget(), QPoint(0, 0)).y() - 8);
}

void ScenarioPage::addTimeLabel(const QString &time)
{
    auto *row = new QWidget;
    auto *l = new QHBoxLayout(row);
    l->setContentsMargins(0, 6, 0, 0);
    auto *stamp = new QLabel(time, row);
    stamp->setProperty("role", QStringLiteral("stamp"));
    l->addStretch(1);
    l->addWidget(stamp);
    l->addStretch(1);
    appendToColumn(row);
}

void ScenarioPage::addMessage(const Node &node)
{
    const QString time = node.time.text(m_language);
    if (!time.isEmpty())
        addTimeLabel(time);
    auto *row = new QWidget;
    auto *rl = new QHBoxLayout(row);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *bubble = new QFrame(row);
    bubble->setObjectName(QStringLiteral("bubble-") + node.id);
    bubble->setProperty("bubble", node.outgoing ? QStringLiteral("out") : QStringLiteral("in"));
    bubble->setMaximumWidth(kBubbleWidth);
    const QString sender = node.sender.text(m_language);
    const QString text = node.text.text(m_language);
    bubble->setAccessibleName(sender.isEmpty() ? text : tr("%1: %2").arg(sender, text));
    auto *bl = new QVBoxLayout(bubble);
    bl->setContentsMargins(14, 8, 14, 8);
    bl->setSpacing(4);
    if (!sender.isEmpty()) {
        QLabel *who = bold(sender, bubble);
        if (!node.outgoing) {
            QPalette p = who->palette();
            p.setColor(QPalette::WindowText, ui::Theme::accent());
            who->setPalette(p);
        }
        bl->addWidget(who);
    }
    bl->addWidget(wrapped(text, bubble));
    if (m_kind == Kind::Chat) {
        auto *footer = new QHBoxLayout;
        footer->setSpacing(6);
        auto *verdict = new QLabel(bubble);
        verdict->setWordWrap(true);
        verdict->hide();
        footer->addWidget(verdict, 1);
        footer->addStretch(0);
        auto *flag = new QToolButton(bubble);
        flag->setObjectName(QStringLiteral("flag-") + node.id);
        flag->setCheckable(true);
        flag->setAutoRaise(true);
        flag->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        flag->setCursor(Qt::PointingHandCursor);
        flag->setToolTip(tr("Mark this message as a red flag (F)"));
        footer->addWidget(flag, 0, Qt::AlignRight);
        bl->addLayout(footer);
        const QString id = node.id;
        connect(flag, &QToolButton::clicked, this, [this, id] {
            select(id);
            toggleFlag(id);
        });
        auto *filter = new ClickFilter([this, id] { select(id); }, bubble);
        bubble->installEventFilter(filter);
        bubble->setCursor(Qt::PointingHandCursor);
        m_flagButtons.insert(id, flag);
        m_verdicts.insert(id, verdict);
    }
    m_bubbles.insert(node.id, bubble);
    if (node.outgoing)
        rl->addStretch(1);
    rl->addWidget(bubble, 0);
    if (!node.outgoing)
        rl->addStretch(1);
    appendToColumn(row);
    updateBubble(node.id);
}

void ScenarioPage::addNarration(const Node &node)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("narration-") + node.id);
    card->setProperty("narration", m_kind == Kind::Chat ? QStringLiteral("chat") : QStringLiteral("true"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(16, 10, 16, 10);
    QLabel *text = wrapped(node.text.text(m_language), card);
    if (m_kind == Kind::Chat) {
        text->setAlignment(Qt::AlignHCenter);
        text->setProperty("role", QStringLiteral("muted"));
        QFont f = text->font();
        f.setItalic(true);
        text->setFont(f);
    }
    l->addWidget(text);
    appendToColumn(card);
}

QWidget *ScenarioPage::imageWidget(const QString &relative, QWidget *parent) const
{
    // Only files inside the scenario's package; nothing from the network or elsewhere on disk.
    const QString path = ScenarioLoader::mediaPath(m_runner->scenario(), relative);
    QString problem;
    QPixmap pixmap;
    const qreal dpr = devicePixelRatioF();
    if (path.isEmpty()) {
        problem = tr("The picture “%1” is outside the scenario's package and is not shown.").arg(relative);
    } else if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid()) {
            problem = tr("The picture “%1” cannot be read.").arg(relative);
        } else {
            QSizeF size = renderer.defaultSize();
            if (size.isEmpty())
                size = QSizeF(kImageWidth, kImageWidth * 0.6);
            if (size.width() > kImageWidth)
                size = size * (kImageWidth / size.width());
            pixmap = QPixmap((size * dpr).toSize());
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            pixmap.setDevicePixelRatio(dpr);
        }
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            problem = tr("The picture “%1” cannot be read: %2").arg(relative, reader.errorString());
        } else {
            QImage shown = image.width() * 1.0 > kImageWidth * dpr ? image.scaledToWidth(int(kImageWidth * dpr), Qt::SmoothTransformation)
                                                                   : image;
            pixmap = QPixmap::fromImage(shown);
            if (shown.width() != image.width())
                pixmap.setDevicePixelRatio(dpr);
        }
    }
    if (!problem.isEmpty()) {
        QLabel *label = ui::mutedLabel(problem, parent);
        return label;
    }
    auto *label = new QLabel(parent);
    label->setPixmap(pixmap);
    label->setObjectName(QStringLiteral("documentImage"));
    return label;
}

void ScenarioPage::addDocument(const Node &node)
{
    auto *row = new QWidget;
    auto *rl = new QHBoxLayout(row);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *card = new QFrame(row);
    card->setObjectName(QStringLiteral("document-") + node.id);
    card->setProperty("bubble", QStringLiteral("in"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(12, 12, 12, 10);
    l->setSpacing(6);
    QWidget *image = imageWidget(node.image, card);
    const QString caption = node.caption.text(m_language);
    image->setAccessibleName(caption.isEmpty() ? tr("Picture") : caption);
    l->addWidget(image);
    if (!caption.isEmpty())
        l->addWidget(ui::mutedLabel(caption, card));
    card->setMaximumWidth(kImageWidth + 26);
    rl->addWidget(card);
    rl->addStretch(1);
    appendToColumn(row);
}

void ScenarioPage::addCallCard(const Node &node, bool current)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("call-") + node.id);
    card->setProperty("narration", QStringLiteral("true"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(16, 10, 16, 10);
    l->setSpacing(6);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(card);
    icon->setPixmap(ui::Icons::pixmap(QStringLiteral("volume-2"), 20));
    head->addWidget(icon);
    head->addWidget(bold(m_kind == Kind::Call ? tr("Phone call") : tr("Voice message"), card), 1);
    l->addLayout(head);
    if (m_kind == Kind::Call) {
        QLabel *note = ui::mutedLabel(QString(), card);
        l->addWidget(note);
        const int heard = current ? 0 : int(node.transcript.size());
        int marked = 0;
        for (const CallMark &m : std::as_const(m_marks))
            marked += m.node == node.id;
        note->setText(current ? tr("Listen in the call panel and mark the pressure tactics as they happen.")
                              : tr("%n line(s) in the call, ", nullptr, heard) + tr("%n marked.", nullptr, marked));
        if (current)
            m_callCardNote = note;
    } else {
        // Outside the call simulation a voice message is read: its transcript in full.
        for (const TranscriptLine &t : node.transcript) {
            const QString speaker = t.speaker.text(m_language);
            l->addWidget(wrapped(speaker.isEmpty() ? t.text.text(m_language) : tr("%1: %2").arg(speaker, t.text.text(m_language)), card));
        }
    }
    appendToColumn(card);
}

void ScenarioPage::addDecision(const Node &node, const QString &choiceTaken, bool current)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("decision-") + node.id);
    card->setProperty("decision", current ? QStringLiteral("true") : QStringLiteral("past"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(current ? 16 : 0, current ? 14 : 0, current ? 16 : 0, current ? 14 : 0);
    l->setSpacing(8);
    QLabel *prompt = current ? bold(node.text.text(m_language), card) : ui::mutedLabel(node.text.text(m_language), card);
    l->addWidget(prompt);
    if (current) {
        const bool quick = m_kind == Kind::Chat;
        int number = 0;
        for (const Choice *c : m_runner->availableChoices()) {
            ++number;
            auto *button = new ChoiceButton(QStringLiteral("%1.  %2").arg(number).arg(c->text.text(m_language)), quick, card);
            button->setObjectName(QStringLiteral("choice-") + c->id);
            button->setAccessibleName(c->text.text(m_language));
            const QString id = c->id;
            connect(button, &QPushButton::clicked, this, [this, id] { choose(id); });
            if (quick) {
                // In a row of its own, so the text wraps at the width the button gets.
                auto *row = new QHBoxLayout;
                row->addWidget(button, 1);
                row->addStretch(0);
                l->addLayout(row);
            } else {
                l->addWidget(button);
            }
        }
        m_decisionCard = card;
    }
    Q_UNUSED(choiceTaken);
    appendToColumn(card);
}

void ScenarioPage::addChosen(const Choice &choice)
{
    auto *row = new QWidget;
    auto *rl = new QHBoxLayout(row);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *bubble = new QFrame(row);
    bubble->setObjectName(QStringLiteral("chosen-") + choice.id);
    bubble->setProperty("bubble", QStringLiteral("you"));
    bubble->setMaximumWidth(kBubbleWidth);
    auto *bl = new QVBoxLayout(bubble);
    bl->setContentsMargins(14, 8, 14, 8);
    bl->setSpacing(4);
    bl->addWidget(bold(m_kind == Kind::Chat ? tr("Your reply") : tr("You"), bubble));
    bl->addWidget(wrapped(choice.text.text(m_language), bubble));
    rl->addStretch(1);
    rl->addWidget(bubble);
    appendToColumn(row);
}

void ScenarioPage::addEndingNote()
{
    if (m_kind == Kind::Intervention)
        return; // the ending card follows at once
    QLabel *note = ui::mutedLabel(m_kind == Kind::Chat ? tr("End of the conversation. Check your flags to see what you found.")
                                                       : tr("End of the exercise. Check your marks to see what you found."),
                                  nullptr);
    note->setAlignment(Qt::AlignHCenter);
    note->setObjectName(QStringLiteral("endNote"));
    appendToColumn(note);
}

// ---------------------------------------------------------------------------------------------
// Moving on

bool ScenarioPage::advanceOne()
{
    if (!m_runner || m_finished)
        return false;
    const Node *n = m_runner->current();
    if (!n || n->type == Node::Type::Decision || n->isEnding())
        return false;
    if (n->type == Node::Type::Call && m_kind == Kind::Call)
        leaveCall();
    if (!m_runner->advance())
        return false;
    const Node *now = m_runner->current();
    m_shown << now->id;
    renderNode(*now, QString(), true);
    reactToCurrent(1, 0);
    return true;
}

void ScenarioPage::next()
{
    if (advanceOne())
        emitState();
}

void ScenarioPage::showRest()
{
    bool moved = false;
    while (advanceOne()) {
        moved = true;
        if (m_kind == Kind::Call && m_runner->current()->type == Node::Type::Call)
            break; // a call is listened to, not skipped
    }
    if (moved)
        emitState();
}

void ScenarioPage::choose(const QString &choiceId)
{
    if (!m_runner || m_finished)
        return;
    const Node *decision = m_runner->current();
    if (!decision || decision->type != Node::Type::Decision)
        return;
    const Node node = *decision;
    QString error;
    if (!m_runner->choose(choiceId, &error)) {
        m_notice->setText(tr("That choice cannot be taken: %1").arg(error));
        m_noticeBox->show();
        return;
    }
    // The decision's card becomes its record: the question and the answer given.
    if (m_decisionCard) {
        m_column->removeWidget(m_decisionCard);
        m_decisionCard->hide();
        m_decisionCard->deleteLater();
        m_decisionCard = nullptr;
    }
    renderNode(node, choiceId, false);
    const Node *now = m_runner->current();
    m_shown << now->id;
    renderNode(*now, QString(), true);
    reactToCurrent(1, 0);
    emitState();
}

void ScenarioPage::check()
{
    if (m_runner && !m_finished && m_runner->isFinished() && m_kind != Kind::Intervention) {
        finish();
        emitState();
    }
}

void ScenarioPage::finish()
{
    int score = 0;
    int maxScore = 0;
    m_result = finishData(&score, &maxScore);
    m_finished = true;
    showResult();
    updateActions();
    emit finished(m_runner->scenario().id, score, maxScore, m_result);
}

void ScenarioPage::playAgain()
{
    if (!m_runner)
        return;
    const Scenario scenario = m_runner->scenario();
    play(scenario, m_kind, m_language);
}

void ScenarioPage::stop()
{
    if (m_player)
        m_player->pause();
}

void ScenarioPage::emitState()
{
    if (m_runner && m_runner->isStarted())
        emit stateChanged(state());
}

QJsonObject ScenarioPage::state() const
{
    if (!m_runner || !m_runner->isStarted())
        return {};
    QJsonObject s{{QStringLiteral("kind"), kindId(m_kind)}, {QStringLiteral("runner"), m_runner->saveState()}};
    if (m_kind == Kind::Chat) {
        QStringList flags(m_flags.begin(), m_flags.end());
        flags.sort();
        s.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    }
    if (m_kind == Kind::Call) {
        QJsonArray marks;
        for (const CallMark &m : m_marks) {
            QJsonObject o{{QStringLiteral("node"), m.node}, {QStringLiteral("line"), m.line}};
            if (!m.tactic.isEmpty())
                o.insert(QStringLiteral("tactic"), m.tactic);
            marks.append(o);
        }
        s.insert(QStringLiteral("marks"), marks);
        if (activeCall())
            s.insert(QStringLiteral("call"), QJsonObject{{QStringLiteral("node"), m_callNode},
                                                         {QStringLiteral("revealed"), m_revealed},
                                                         {QStringLiteral("line"), m_line}});
    }
    if (m_finished)
        s.insert(QStringLiteral("finished"), true);
    return s;
}

void ScenarioPage::updateProgress()
{
    if (!m_runner || !m_runner->current())
        return;
    const int done = int(m_runner->path().size()) - 1;
    const int left = m_toEnding.value(m_runner->current()->id, 0);
    m_progress->setValue(done + left == 0 ? 100 : done * 100 / (done + left));
    m_progressLabel->setText(m_runner->isFinished() ? tr("Finished") : tr("Step %1 of about %2").arg(done + 1).arg(done + left + 1));
}

void ScenarioPage::updateActions()
{
    const Node *n = m_runner && m_runner->isStarted() ? m_runner->current() : nullptr;
    const bool atInput = n && (n->type == Node::Type::Decision || n->isEnding());
    const bool canMove = n && !atInput && !m_finished;
    const bool atEnd = n && n->isEnding();
    const bool inCall = activeCall() != nullptr;
    m_next->setVisible(!atEnd);
    m_next->setEnabled(canMove);
    m_next->setText(inCall ? tr("Continue after the call") : tr("Next"));
    m_next->setToolTip(inCall ? tr("Continue (N)") : tr("Next (Space or N)"));
    m_rest->setVisible(!atEnd && !inCall);
    m_rest->setEnabled(canMove);
    m_check->setVisible(atEnd && !m_finished && m_kind != Kind::Intervention);
    m_again->setVisible(m_finished);
    if (m_check->isVisible())
        m_check->setFocus(Qt::OtherFocusReason);

    m_spaceKey->setEnabled(inCall || canMove);
    m_nextKey->setEnabled(canMove);
    m_restKey->setEnabled(canMove && !inCall);
    m_upKey->setEnabled(inCall || (m_kind == Kind::Chat && !m_bubbles.isEmpty()));
    m_downKey->setEnabled(m_upKey->isEnabled());
    m_flagKey->setEnabled(m_kind == Kind::Chat && !m_finished);
    m_markKey->setEnabled(inCall);
    m_checkKey->setEnabled(m_check->isVisible());
    const bool digits = (n && n->type == Node::Type::Decision && !m_finished) || inCall;
    for (QShortcut *s : std::as_const(m_digitKeys))
        s->setEnabled(digits);

    switch (m_kind) {
    case Kind::Chat:
        m_keysHint->setText(tr("Space: next message · F: flag the selected message · Up/Down: select · End: show the rest"));
        break;
    case Kind::Call:
        m_keysHint->setText(m_audioAvailable || !inCall ? tr("Space: play or pause · T: mark a pressure tactic, then 1–9 to name it · "
                                                             "Up/Down: lines · N: continue")
                                                        : tr("Space or Down: next line · T: mark a pressure tactic, then 1–9 to name "
                                                             "it · N: continue"));
        break;
    case Kind::Intervention:
        m_keysHint->setText(tr("Space: next · 1–9: choose · End: show the rest"));
        break;
    }
    if (m_finished)
        m_keysHint->clear();
    m_audioNoticeBox->setVisible(inCall && !m_audioProblem.isEmpty());
    m_playButton->setEnabled(inCall && m_audioAvailable);
    m_playButton->setVisible(m_audioAvailable);
    m_timeLabel->setVisible(m_audioAvailable);
    m_previousLine->setEnabled(inCall && m_line > 0);
    m_nextLine->setEnabled(inCall && m_line + 1 < (activeCall() ? activeCall()->transcript.size() : 0));
    m_transcript->setEnabled(inCall || m_transcript->count() > 0);
    updateMarkControls();
}

QList<QPushButton *> ScenarioPage::choiceButtons() const
{
    QList<QPushButton *> out;
    if (!m_decisionCard)
        return out;
    for (QPushButton *b : m_decisionCard->findChildren<QPushButton *>())
        if (b->objectName().startsWith(QLatin1String("choice-")))
            out << b;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Chat: selection and flags

QStringList ScenarioPage::shownMessages() const
{
    QStringList ids;
    for (const QString &id : m_shown)
        if (m_bubbles.contains(id))
            ids << id;
    return ids;
}

void ScenarioPage::select(const QString &messageId)
{
    if (!m_bubbles.contains(messageId) || m_kind != Kind::Chat)
        return;
    const QString previous = m_selected;
    m_selected = messageId;
    if (!previous.isEmpty() && previous != messageId)
        updateBubble(previous);
    updateBubble(messageId);
}

void ScenarioPage::moveSelection(int delta)
{
    const QStringList ids = shownMessages();
    if (ids.isEmpty())
        return;
    const int at = int(ids.indexOf(m_selected));
    const int to = at < 0 ? int(ids.size()) - 1 : std::clamp(at + delta, 0, int(ids.size()) - 1);
    select(ids.at(to));
    m_followEnd = false;
    m_scrollTarget = nullptr;
    m_scroll->ensureWidgetVisible(m_bubbles.value(ids.at(to)));
}

bool ScenarioPage::toggleFlag(const QString &messageId)
{
    if (m_kind != Kind::Chat || m_finished || !m_bubbles.contains(messageId))
        return false;
    if (m_flags.contains(messageId))
        m_flags.remove(messageId);
    else
        m_flags.insert(messageId);
    updateBubble(messageId);
    emitState();
    return true;
}

QToolButton *ScenarioPage::flagButton(const QString &messageId) const
{
    return m_flagButtons.value(messageId);
}

void ScenarioPage::updateBubble(const QString &messageId)
{
    QFrame *bubble = m_bubbles.value(messageId);
    if (!bubble)
        return;
    const bool flagged = m_flags.contains(messageId);
    bubble->setProperty("flagged", flagged);
    bubble->setProperty("selected", m_selected == messageId);
    ui::repolish(bubble);
    if (QToolButton *flag = m_flagButtons.value(messageId)) {
        flag->setChecked(flagged);
        flag->setEnabled(!m_finished);
        flag->setText(flagged ? tr("Red flag") : tr("Flag"));
        flag->setIcon(ui::Icons::icon(QStringLiteral("flag"), flagged ? ui::Theme::danger() : ui::Theme::muted()));
        flag->setAccessibleName(flagged ? tr("Marked as a red flag; click to unmark") : tr("Mark as a red flag"));
    }
}

// ---------------------------------------------------------------------------------------------
// Call: player, transcript and marks

const Node *ScenarioPage::activeCall() const
{
    if (!m_runner || m_finished || m_kind != Kind::Call || m_callNode.isEmpty())
        return nullptr;
    const Node *n = m_runner->current();
    return n && n->type == Node::Type::Call && n->id == m_callNode ? n : nullptr;
}

void ScenarioPage::setUpCall(const Node *node, int revealed, int line)
{
    releasePlayer();
    m_callNode = node->id;
    const int lines = int(node->transcript.size());
    m_revealed = lines == 0 ? 0 : std::clamp(revealed, 1, lines);
    m_line = lines == 0 ? -1 : std::clamp(line, 0, m_revealed - 1);
    m_playerStarted = false;
    m_transcript->clear();
    m_audioProblem.clear();
    m_audioAvailable = false;

    const QString path = ScenarioLoader::mediaPath(m_runner->scenario(), node->audio);
    if (path.isEmpty())
        setAudioProblem(tr("The recording “%1” is outside the scenario's package, so it is not played.").arg(node->audio));
    else if (!QFileInfo(path).isFile())
        setAudioProblem(tr("The recording “%1” is missing.").arg(node->audio));
    else if (!m_audioEnabled || QMediaDevices::audioOutputs().isEmpty())
        setAudioProblem(tr("This computer has no sound output, so the call cannot be heard."));
    else {
        m_audioAvailable = true;
        m_playerSource = path;
        ensurePlayer();
    }
    m_timeLabel->setText(QStringLiteral("0:00"));
    refreshTranscript();
    updateActions();
}

void ScenarioPage::leaveCall()
{
    releasePlayer();
    if (const Node *n = m_runner->current(); n && n->type == Node::Type::Call) {
        m_revealed = int(n->transcript.size());
        if (m_callCardNote) {
            int marked = 0;
            for (const CallMark &m : std::as_const(m_marks))
                marked += m.node == n->id;
            m_callCardNote->setText(tr("%n line(s) in the call, ", nullptr, int(n->transcript.size())) + tr("%n marked.", nullptr, marked));
        }
    }
    m_callCardNote = nullptr;
}

void ScenarioPage::setAudioProblem(const QString &problem)
{
    m_audioAvailable = false;
    m_audioProblem = problem;
    m_audioNotice->setText(problem + QLatin1Char(' ') + tr("Read the transcript instead: Space or “Next line” shows the next line."));
    updateActions();
}

QString ScenarioPage::audioNotice() const
{
    return m_audioProblem.isEmpty() ? QString() : m_audioNotice->text();
}

void ScenarioPage::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        m_timeLabel->setText(m_player->duration() > 0 ? QStringLiteral("%1 / %2").arg(clock(position), clock(m_player->duration()))
                                                      : clock(position));
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            setLine(lineAt(position), false);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
        const bool playing = s == QMediaPlayer::PlayingState;
        m_playButton->setText(playing ? tr("Pause") : tr("Play"));
        m_playButton->setIcon(ui::Icons::icon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia) {
            if (const Node *n = activeCall())
                setLine(int(n->transcript.size()) - 1, false); // the whole call has been heard
        } else if (status == QMediaPlayer::InvalidMedia) {
            setAudioProblem(tr("The recording cannot be played: %1.").arg(m_player->errorString()));
            releasePlayerLater();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        setAudioProblem(tr("The recording cannot be played: %1.").arg(message));
        releasePlayerLater();
    });
    m_player->setSource(QUrl::fromLocalFile(m_playerSource));
}

void ScenarioPage::releasePlayer()
{
    if (m_player) {
        m_player->stop();
        delete m_player;
        m_player = nullptr;
        delete m_audio;
        m_audio = nullptr;
    }
    m_playButton->setText(tr("Play"));
    m_playButton->setIcon(ui::Icons::icon(QStringLiteral("play")));
}

void ScenarioPage::releasePlayerLater()
{
    // Not from inside the player's own signal; and only this player, not one made since.
    QTimer::singleShot(0, this, [this, player = QPointer<QMediaPlayer>(m_player)] {
        if (player && player == m_player)
            releasePlayer();
    });
}

void ScenarioPage::togglePlay()
{
    if (!activeCall())
        return;
    if (!m_audioAvailable || !m_player) {
        stepLine(1);
        return;
    }
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (!m_playerStarted && m_line > 0)
        m_player->setPosition(qint64(activeCall()->transcript.at(m_line).start * 1000));
    m_playerStarted = true;
    m_player->play();
}

void ScenarioPage::stepLine(int delta)
{
    if (activeCall())
        setLine(m_line + delta, true);
}

void ScenarioPage::goToLine(int line)
{
    if (activeCall() && line >= 0 && line < m_revealed)
        setLine(line, true);
}

void ScenarioPage::setLine(int line, bool seek)
{
    const Node *n = activeCall();
    if (!n || n->transcript.isEmpty())
        return;
    line = std::clamp(line, 0, int(n->transcript.size()) - 1);
    const bool changed = line != m_line || line + 1 > m_revealed;
    m_line = line;
    m_revealed = std::max(m_revealed, line + 1);
    if (seek && m_player) {
        m_player->setPosition(qint64(n->transcript.at(line).start * 1000));
        m_playerStarted = true;
    }
    if (!changed)
        return;
    refreshTranscript();
    updateActions();
    emitState();
}

int ScenarioPage::lineAt(qint64 positionMs) const
{
    const Node *n = activeCall();
    if (!n)
        return -1;
    int line = 0;
    for (int i = 0; i < n->transcript.size(); ++i)
        if (qint64(n->transcript.at(i).start * 1000) <= positionMs + 20)
            line = i;
    return line;
}

int ScenarioPage::markIndex(const QString &node, int line) const
{
    for (int i = 0; i < m_marks.size(); ++i)
        if (m_marks.at(i).node == node && m_marks.at(i).line == line)
            return i;
    return -1;
}

QString ScenarioPage::tacticName(const QString &id) const
{
    const Tactic *t = m_runner ? m_runner->scenario().tactic(id) : nullptr;
    return t ? t->name.text(m_language) : id;
}

void ScenarioPage::refreshTranscript()
{
    const Node *n = m_runner ? m_runner->scenario().node(m_callNode) : nullptr;
    m_fillingTranscript = true;
    if (!n) {
        m_transcript->clear();
        m_fillingTranscript = false;
        return;
    }
    // The same picture when the line is selected (a selected icon is otherwise tinted away).
    const QPixmap flag = ui::Icons::pixmap(QStringLiteral("flag"), 18, ui::Theme::danger());
    QIcon flagIcon;
    flagIcon.addPixmap(flag, QIcon::Normal);
    flagIcon.addPixmap(flag, QIcon::Selected);
    QPixmap blank(flag.size());
    blank.fill(Qt::transparent);
    const QIcon blankIcon(blank);
    while (m_transcript->count() > m_revealed)
        delete m_transcript->takeItem(m_transcript->count() - 1);
    while (m_transcript->count() < m_revealed)
        m_transcript->addItem(new QListWidgetItem);
    for (int i = 0; i < m_revealed; ++i) {
        const TranscriptLine &t = n->transcript.at(i);
        QString text = QStringLiteral("%1  ·  %2\n%3").arg(t.speaker.text(m_language), clock(qint64(t.start * 1000)), t.text.text(m_language));
        const int mark = markIndex(n->id, i);
        QListWidgetItem *item = m_transcript->item(i);
        if (mark >= 0) {
            const QString tactic = m_marks.at(mark).tactic;
            text += QLatin1Char('\n') + (tactic.isEmpty() ? tr("Marked as a pressure tactic (tactic not named)")
                                                          : tr("Marked as a pressure tactic: %1").arg(tacticName(tactic)));
            item->setIcon(flagIcon);
        } else {
            item->setIcon(blankIcon); // keeps the lines aligned
        }
        item->setText(text);
    }
    m_transcript->setCurrentRow(m_line);
    if (QListWidgetItem *item = m_transcript->item(m_line))
        m_transcript->scrollToItem(item);
    m_fillingTranscript = false;
}

void ScenarioPage::updateMarkControls()
{
    const Node *n = activeCall();
    const int mark = n && m_line >= 0 ? markIndex(n->id, m_line) : -1;
    m_markButton->setEnabled(n && m_line >= 0);
    m_markButton->setText(mark >= 0 ? tr("Remove mark") : tr("Pressure tactic!"));
    m_tacticCombo->setEnabled(mark >= 0);
    const int index = mark >= 0 ? m_tacticCombo->findData(m_marks.at(mark).tactic) : 0;
    m_tacticCombo->setCurrentIndex(std::max(0, index));
    m_callHint->setText(m_audioAvailable ? tr("Click a line to hear it again.") : QString());
    m_callHint->setVisible(m_audioAvailable);
}

bool ScenarioPage::toggleMark()
{
    const Node *n = activeCall();
    if (!n || m_line < 0)
        return false;
    const int mark = markIndex(n->id, m_line);
    if (mark >= 0)
        m_marks.removeAt(mark);
    else
        m_marks << CallMark{n->id, m_line, QString()};
    refreshTranscript();
    updateMarkControls();
    emitState();
    return true;
}

void ScenarioPage::nameTactic(const QString &tacticId)
{
    const Node *n = activeCall();
    if (!n || m_line < 0 || (!tacticId.isEmpty() && !m_runner->scenario().tactic(tacticId)))
        return;
    const int mark = markIndex(n->id, m_line);
    if (mark < 0 || m_marks.at(mark).tactic == tacticId)
        return;
    m_marks[mark].tactic = tacticId;
    refreshTranscript();
    updateMarkControls();
    emitState();
}

// ---------------------------------------------------------------------------------------------
// Results

Scenario ScenarioPage::shownScenario() const
{
    // Only what the officer saw is scored: flags on branches not taken are not "missed".
    Scenario s = m_runner->scenario();
    const QSet<QString> shown(m_shown.begin(), m_shown.end());
    QList<Node> nodes;
    for (const Node &n : std::as_const(s.nodes))
        if (shown.contains(n.id))
            nodes << n;
    s.nodes = nodes;
    return s;
}

QJsonObject ScenarioPage::finishData(int *score, int *maxScore) const
{
    const std::optional<Outcome> outcome = m_runner->outcome();
    const QJsonObject saved = m_runner->saveState();
    QJsonObject data{{QStringLiteral("kind"), kindId(m_kind)},
                     {QStringLiteral("ending"), outcome ? outcome->nodeId : QString()},
                     {QStringLiteral("outcome"), outcome ? outcome->outcome : QString()},
                     {QStringLiteral("band"), outcome ? outcome->band : QString()},
                     {QStringLiteral("scenarioScore"), m_runner->score()},
                     {QStringLiteral("path"), saved.value(QStringLiteral("path"))}};
    if (m_kind == Kind::Chat) {
        const ChatScore cs = scoreChat(shownScenario(), m_flags);
        data.insert(QStringLiteral("found"), QJsonArray::fromStringList(cs.found));
        data.insert(QStringLiteral("missed"), QJsonArray::fromStringList(cs.missed));
        data.insert(QStringLiteral("wrong"), QJsonArray::fromStringList(cs.wronglyMarked));
        *score = cs.score;
        *maxScore = cs.maxScore;
    } else if (m_kind == Kind::Call) {
        const CallScore cs = scoreCall(shownScenario(), m_marks);
        QJsonArray found, missed, wrong;
        for (const CallScore::Line &l : cs.lines) {
            QJsonObject o{{QStringLiteral("node"), l.node}, {QStringLiteral("line"), l.line}, {QStringLiteral("tactic"), l.tactic}};
            if (l.found) {
                o.insert(QStringLiteral("named"), l.named);
                found.append(o);
            } else {
                missed.append(o);
            }
        }
        for (const CallMark &m : cs.wronglyMarked)
            wrong.append(QJsonObject{{QStringLiteral("node"), m.node}, {QStringLiteral("line"), m.line}, {QStringLiteral("named"), m.tactic}});
        data.insert(QStringLiteral("found"), found);
        data.insert(QStringLiteral("missed"), missed);
        data.insert(QStringLiteral("wrong"), wrong);
        data.insert(QStringLiteral("namedRight"), cs.namedRight);
        *score = cs.score;
        *maxScore = cs.maxScore;
    } else {
        *score = std::max(0, m_runner->score());
        *maxScore = std::max(*score, bestPossibleScore(m_runner->scenario()).value_or(0));
    }
    data.insert(QStringLiteral("score"), *score);
    data.insert(QStringLiteral("max"), *maxScore);
    return data;
}

void ScenarioPage::showResult()
{
    if (m_resultHost)
        return;
    if (m_result.isEmpty()) {
        int score = 0, maxScore = 0;
        m_result = finishData(&score, &maxScore);
    }
    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("resultHost"));
    auto *l = new QVBoxLayout(host);
    l->setContentsMargins(0, 8, 0, 0);
    l->setSpacing(12);
    if (m_kind == Kind::Chat)
        l->addWidget(chatDebrief());
    else if (m_kind == Kind::Call)
        l->addWidget(callDebrief());
    l->addWidget(endingCard());
    m_resultHost = host;
    appendToColumn(host);
    // The result is read from its top, once it is laid out.
    m_followEnd = false;
    m_scrollTarget = host;
    QTimer::singleShot(0, this, [this] { scrollToTarget(); });

    if (m_kind == Kind::Chat) {
        const ChatScore cs = scoreChat(shownScenario(), m_flags);
        for (const ChatScore::Flag &f : cs.flags)
            if (QLabel *v = m_verdicts.value(f.messageId)) {
                v->setText(f.found ? tr("Red flag found: %1").arg(tacticName(f.tactic)) : tr("Missed red flag: %1").arg(tacticName(f.tactic)));
                v->setProperty("verdict", f.found ? QStringLiteral("found") : QStringLiteral("missed"));
                ui::repolish(v);
                v->show();
            }
        for (const QString &id : cs.wronglyMarked)
            if (QLabel *v = m_verdicts.value(id)) {
                v->setText(tr("Not a red flag"));
                v->setProperty("verdict", QStringLiteral("wrong"));
                ui::repolish(v);
                v->show();
            }
        for (const QString &id : shownMessages())
            updateBubble(id);
    }
    updateActions();
}

QFrame *ScenarioPage::chatDebrief() const
{
    const ChatScore cs = scoreChat(shownScenario(), m_flags);
    QFrame *card = ui::card();
    card->setObjectName(QStringLiteral("debriefCard"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(18, 14, 18, 14);
    l->setSpacing(10);
    l->addWidget(ui::heading(tr("Your flags: %1 of %2 points").arg(cs.score).arg(cs.maxScore), "h2", card));
    l->addWidget(ui::mutedLabel(tr("%n red flag(s) found, ", nullptr, int(cs.found.size())) + tr("%n missed, ", nullptr, int(cs.missed.size()))
                                    + tr("%n ordinary message(s) flagged.", nullptr, int(cs.wronglyMarked.size())),
                                card));
    const Scenario &s = m_runner->scenario();
    auto quote = [&](const QString &id) {
        const Node *n = s.node(id);
        if (!n)
            return id;
        const QString sender = n->sender.text(m_language);
        return sender.isEmpty() ? QStringLiteral("“%1”").arg(n->text.text(m_language))
                                : tr("%1: “%2”").arg(sender, n->text.text(m_language));
    };
    for (const ChatScore::Flag &f : cs.flags) {
        auto *item = new QFrame(card);
        item->setProperty("alert", f.found ? QStringLiteral("ok") : QStringLiteral("danger"));
        item->setObjectName(QStringLiteral("debrief-") + f.messageId);
        auto *il = new QVBoxLayout(item);
        il->setContentsMargins(12, 8, 12, 8);
        il->setSpacing(4);
        il->addWidget(bold((f.found ? tr("Found") : tr("Missed")) + QStringLiteral(" — ") + tacticName(f.tactic), item));
        il->addWidget(wrapped(quote(f.messageId), item));
        il->addWidget(wrapped(f.explanation.text(m_language), item));
        l->addWidget(item);
    }
    if (!cs.wronglyMarked.isEmpty()) {
        l->addWidget(bold(tr("Flagged, but not red flags"), card));
        for (const QString &id : cs.wronglyMarked) {
            QLabel *label = wrapped(quote(id), card);
            label->setObjectName(QStringLiteral("wrong-") + id);
            l->addWidget(label);
        }
        l->addWidget(ui::mutedLabel(tr("Each ordinary message flagged costs a point: in a real chat, flagging everything hides "
                                       "the signs that matter."),
                                    card));
    }
    return card;
}

QFrame *ScenarioPage::callDebrief() const
{
    const CallScore cs = scoreCall(shownScenario(), m_marks);
    QFrame *card = ui::card();
    card->setObjectName(QStringLiteral("debriefCard"));
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(18, 14, 18, 14);
    l->setSpacing(10);
    l->addWidget(ui::heading(tr("Your marks: %1 of %2 points").arg(cs.score).arg(cs.maxScore), "h2", card));
    l->addWidget(ui::mutedLabel(tr("%n pressure tactic(s) found, ", nullptr, cs.found) + tr("%n named right, ", nullptr, cs.namedRight)
                                    + tr("%n missed, ", nullptr, cs.missed)
                                    + tr("%n line(s) marked that use none. ", nullptr, int(cs.wronglyMarked.size()))
                                    + tr("A point for each tactic found, another for naming it right."),
                                card));
    const Scenario &s = m_runner->scenario();
    auto quote = [&](const QString &node, int line) {
        const Node *n = s.node(node);
        if (!n || line < 0 || line >= n->transcript.size())
            return tr("line %1 of %2").arg(line + 1).arg(node);
        const TranscriptLine &t = n->transcript.at(line);
        return tr("%1: “%2”").arg(t.speaker.text(m_language), t.text.text(m_language));
    };
    for (const CallScore::Line &line : cs.lines) {
        auto *item = new QFrame(card);
        item->setProperty("alert", line.namedRight ? QStringLiteral("ok") : line.found ? QStringLiteral("warning") : QStringLiteral("danger"));
        item->setObjectName(QStringLiteral("debrief-%1-%2").arg(line.node).arg(line.line));
        auto *il = new QVBoxLayout(item);
        il->setContentsMargins(12, 8, 12, 8);
        il->setSpacing(4);
        QString verdict;
        if (line.namedRight)
            verdict = tr("Found and named right");
        else if (line.found && line.named.isEmpty())
            verdict = tr("Found, tactic not named");
        else if (line.found)
            verdict = tr("Found, but named “%1”").arg(tacticName(line.named));
        else
            verdict = tr("Missed");
        il->addWidget(bold(verdict + QStringLiteral(" — ") + tacticName(line.tactic), item));
        il->addWidget(wrapped(quote(line.node, line.line), item));
        l->addWidget(item);
    }
    if (!cs.wronglyMarked.isEmpty()) {
        l->addWidget(bold(tr("Marked, but no pressure tactic"), card));
        for (const CallMark &m : cs.wronglyMarked)
            l->addWidget(wrapped(quote(m.node, m.line), card));
    }
    return card;
}

QFrame *ScenarioPage::endingCard() const
{
    const std::optional<Outcome> outcome = m_runner->outcome();
    const QString band = outcome ? outcome->band : QString();
    QString alert = QStringLiteral("info");
    QString word;
    QString icon = QStringLiteral("info");
    QColor colour = ui::Theme::accent();
    if (band == QLatin1String("good")) {
        alert = QStringLiteral("ok");
        word = tr("Good outcome");
        icon = QStringLiteral("circle-check");
        colour = ui::Theme::success();
    } else if (band == QLatin1String("partial")) {
        alert = QStringLiteral("warning");
        word = tr("Partial outcome");
        icon = QStringLiteral("triangle-alert");
        colour = ui::Theme::warning();
    } else if (band == QLatin1String("poor")) {
        alert = QStringLiteral("danger");
        word = tr("Poor outcome");
        icon = QStringLiteral("triangle-alert");
        colour = ui::Theme::danger();
    } else {
        word = tr("Outcome");
    }
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("endingCard"));
    card->setProperty("alert", alert);
    card->setProperty("band", band);
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(18, 14, 18, 14);
    l->setSpacing(8);
    auto *head = new QHBoxLayout;
    auto *iconLabel = new QLabel(card);
    iconLabel->setPixmap(ui::Icons::pixmap(icon, 26, colour));
    head->addWidget(iconLabel);
    QLabel *title = ui::heading(word, "h2", card);
    title->setObjectName(QStringLiteral("bandLabel"));
    head->addWidget(title, 1);
    l->addLayout(head);
    if (m_kind == Kind::Intervention) {
        QLabel *score = bold(tr("Score: %1 of a possible %2").arg(m_result.value(QStringLiteral("score")).toInt())
                                 .arg(m_result.value(QStringLiteral("max")).toInt()),
                             card);
        score->setObjectName(QStringLiteral("scoreLabel"));
        l->addWidget(score);
    }
    if (outcome)
        l->addWidget(wrapped(outcome->debrief.text(m_language), card));

    // The way taken: each decision and the answer given, with its points.
    QStringList steps;
    const Scenario &s = m_runner->scenario();
    for (const ScenarioRunner::Step &step : m_runner->path()) {
        if (step.choice.isEmpty())
            continue;
        const Node *n = s.node(step.node);
        if (!n)
            continue;
        for (const Choice &c : n->choices)
            if (c.id == step.choice)
                steps << tr("%1. %2 (%3)").arg(steps.size() + 1).arg(c.text.text(m_language), signedPoints(c.score));
    }
    if (!steps.isEmpty()) {
        l->addWidget(bold(tr("The path you took"), card));
        QLabel *path = wrapped(steps.join(QLatin1Char('\n')), card);
        path->setObjectName(QStringLiteral("pathLabel"));
        l->addWidget(path);
    }
    return card;
}

QString ScenarioPage::resultText() const
{
    if (!m_resultHost)
        return {};
    QStringList out;
    for (const QLabel *label : m_resultHost->findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue;
        out << (label->textFormat() == Qt::RichText ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace cca::scenario
