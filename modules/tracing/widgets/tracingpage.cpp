#include "tracing/widgets/tracingpage.h"

#include "tracing/ledger.h"

#include "tracing/annotations.h"
#include "tracing/changeheuristics.h"
#include "tracing/clustering.h"
#include "tracing/widgets/tracecanvas.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QJsonArray>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QScrollBar>
#include <QTimer>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cca::tracing {

namespace {

bool isZoomIn(QKeyEvent *e)
{
    return e->matches(QKeySequence::ZoomIn)
        || ((e->modifiers() & Qt::ControlModifier) && (e->key() == Qt::Key_Plus || e->key() == Qt::Key_Equal));
}

bool isZoomOut(QKeyEvent *e)
{
    return e->matches(QKeySequence::ZoomOut) || ((e->modifiers() & Qt::ControlModifier) && e->key() == Qt::Key_Minus);
}

bool isFit(QKeyEvent *e)
{
    return (e->modifiers() & Qt::ControlModifier) && e->key() == Qt::Key_0;
}

bool isRedo(QKeyEvent *e)
{
    return e->matches(QKeySequence::Redo)
        || (e->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) && e->key() == Qt::Key_Z);
}

// The canvas's keys: the page answers them while focus is anywhere in it except a text field
// (where Ctrl+Z stays the field's own undo).
bool isPageKey(QKeyEvent *e, bool inTextField)
{
    if (e->matches(QKeySequence::Find) || isZoomIn(e) || isZoomOut(e) || isFit(e))
        return true;
    return !inTextField && (e->matches(QKeySequence::Undo) || isRedo(e));
}

bool isTextField(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 60000, Qt::UTC);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// An address or txid in a typewriter font that may wrap in the narrow panel (zero-width spaces).
QString breakable(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); i += 16)
        out += text.mid(i, 16).toHtmlEscaped() + (i + 16 < text.size() ? QStringLiteral("&#8203;") : QString());
    return QStringLiteral("<span style=\"font-family: monospace\">%1</span>").arg(out);
}

} // namespace

TracingPage::TracingPage(QWidget *parent) : QWidget(parent)
{
    buildUi();
}

TracingPage::~TracingPage()
{
    // The canvas holds pointers into the graph: clear it before the graph goes.
    if (m_canvas)
        m_canvas->setGraph(nullptr);
}

void TracingPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 16);
    root->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(ui::heading(tr("Tracing lab"), "h1", this));
    titleRow->addWidget(ui::chip(tr("Training only: synthetic cases on test networks"), this));
    titleRow->addStretch(1);
    root->addLayout(titleRow);

    auto *caseRow = new QHBoxLayout;
    auto *caseLabel = new QLabel(tr("&Case:"), this);
    m_caseCombo = new QComboBox(this);
    m_caseCombo->setAccessibleName(tr("Case"));
    m_caseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caseLabel->setBuddy(m_caseCombo);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(m_caseCombo);
    caseRow->addStretch(1);
    root->addLayout(caseRow);
    m_caseProblem = new QLabel(this);
    m_caseProblem->setWordWrap(true);
    m_caseProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caseProblem->hide();
    root->addWidget(m_caseProblem);
    m_narrative = new QLabel(this);
    m_narrative->setWordWrap(true);
    m_narrative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_narrative);
    m_sourceNote = ui::mutedLabel(QString(), this);
    m_sourceNote->setWordWrap(true);
    root->addWidget(m_sourceNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    root->addWidget(splitter, 1);

    // Left: tools, canvas, legend.
    auto *left = new QWidget(splitter);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->setSpacing(6);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(4);
    m_canvas = new TraceCanvas(left);
    auto tool = [&](const QString &icon, const QString &text, const QKeySequence &keys, auto slot) {
        auto *b = new QToolButton(left);
        b->setIcon(ui::Icons::icon(icon));
        b->setText(text);
        const QString shortcut = keys.toString(QKeySequence::NativeText);
        b->setToolTip(shortcut.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, shortcut));
        b->setAccessibleName(text);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    tool(QStringLiteral("waypoints"), tr("Follow the money from the selected node"), QKeySequence(Qt::Key_Return),
         [this] { m_canvas->expandSelected(); });
    // Undo and redo cover expansions, clusters collapsed or expanded, and notes.
    m_undoButton = tool(QStringLiteral("undo-2"), tr("Undo"), QKeySequence::Undo, [this] { m_canvas->undoStack()->undo(); });
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_redoButton = tool(QStringLiteral("redo-2"), tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                        [this] { m_canvas->undoStack()->redo(); });
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    tool(QStringLiteral("zoom-in"), tr("Zoom in"), QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); });
    tool(QStringLiteral("zoom-out"), tr("Zoom out"), QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); });
    tool(QStringLiteral("maximize"), tr("Zoom to fit"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->zoomToFit(); });
    m_collapseButton = tool(QStringLiteral("users"), tr("Collapse the selected address's cluster into one node"),
                            QKeySequence(Qt::CTRL | Qt::Key_G), [this] { m_canvas->collapseCluster(m_canvas->selectedKey()); });
    m_collapseButton->setObjectName(QStringLiteral("collapseClusterButton"));
    m_expandClusterButton = tool(QStringLiteral("git-compare"), tr("Expand the selected cluster into its addresses"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] { m_canvas->expandCluster(m_canvas->selectedKey()); });
    m_expandClusterButton->setObjectName(QStringLiteral("expandClusterButton"));
    for (const auto &[keys, collapse] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_G), true}, std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), false}}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, collapse = collapse] {
            if (collapse)
                m_canvas->collapseCluster(m_canvas->selectedKey());
            else
                m_canvas->expandCluster(m_canvas->selectedKey());
        });
    }
    // The layouts: automatic (a peel chain as a line when the graph is shaped like one), columns, peel chain.
    m_layoutButton = new QToolButton(left);
    m_layoutButton->setObjectName(QStringLiteral("layoutButton"));
    m_layoutButton->setIcon(ui::Icons::icon(QStringLiteral("waypoints")));
    m_layoutButton->setText(tr("Layout"));
    m_layoutButton->setAccessibleName(tr("Layout"));
    m_layoutButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_layoutButton->setPopupMode(QToolButton::InstantPopup);
    m_layoutButton->setAutoRaise(true);
    auto *layoutMenu = new QMenu(m_layoutButton);
    auto *layoutGroup = new QActionGroup(layoutMenu);
    for (const auto &[mode, text, name] :
         {std::tuple{CanvasLayout::Automatic, tr("&Automatic (a peel chain as a line)"), "layoutAutomatic"},
          std::tuple{CanvasLayout::Columns, tr("&Columns by hop"), "layoutColumns"},
          std::tuple{CanvasLayout::PeelChain, tr("&Peel chain"), "layoutPeelChain"}}) {
        QAction *a = layoutMenu->addAction(text, this, [this, mode = mode] { m_canvas->setLayoutMode(mode); });
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(mode == CanvasLayout::Automatic);
        a->setData(int(mode));
        layoutGroup->addAction(a);
    }
    m_layoutButton->setMenu(layoutMenu);
    tools->addWidget(m_layoutButton);
    tool(QStringLiteral("image-down"), tr("Export the graph as PNG…"), QKeySequence(), [this] { exportImage(); });
    // Ctrl+P, as for the other PDFs in the app (the reference card, the trainer's reports): free in
    // the main window's menus, and the page's own shortcut, so it never reaches another page.
    m_reportButton = tool(QStringLiteral("printer"), tr("Export trace report…"), QKeySequence::Print,
                          [this] { exportReportInteractively(); });
    auto *reportShortcut = new QShortcut(QKeySequence::Print, this);
    reportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reportShortcut, &QShortcut::activated, this, [this] { exportReportInteractively(); });
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    connect(m_canvas->undoStack(), &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_canvas->undoStack(), &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    tools->addSpacing(12);
    auto *methodLabel = new QLabel(tr("&Taint:"), left);
    m_methodCombo = new QComboBox(left);
    m_methodCombo->setAccessibleName(tr("Taint method"));
    methodLabel->setBuddy(m_methodCombo);
    tools->addWidget(methodLabel);
    tools->addWidget(m_methodCombo);
    tools->addSpacing(12);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Find address or transaction id (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find address or transaction id"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    tools->addWidget(m_search, 1);
    ll->addLayout(tools);
    // The time filter: what moved between two moments (UTC), with "All time" to show everything.
    auto *timeRow = new QHBoxLayout;
    timeRow->setSpacing(6);
    auto timeEdit = [&](const QString &label, const QString &name, const QString &accessible) {
        auto *l = new QLabel(label, left);
        auto *e = new QDateTimeEdit(left);
        e->setObjectName(name);
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setKeyboardTracking(false); // filter once the officer has finished typing, not on every digit
        e->setAccessibleName(accessible);
        e->setEnabled(false);
        l->setBuddy(e);
        timeRow->addWidget(l);
        timeRow->addWidget(e);
        return e;
    };
    m_from = timeEdit(tr("Time &from:"), QStringLiteral("timeFrom"), tr("Show what moved from (UTC)"));
    m_to = timeEdit(tr("t&o:"), QStringLiteral("timeTo"), tr("Show what moved until (UTC)"));
    timeRow->addWidget(new QLabel(tr("UTC"), left));
    m_allTime = new QToolButton(left);
    m_allTime->setObjectName(QStringLiteral("allTimeButton"));
    m_allTime->setIcon(ui::Icons::icon(QStringLiteral("clock")));
    m_allTime->setText(tr("All time"));
    m_allTime->setToolTip(tr("Show everything again (the whole case)"));
    m_allTime->setAccessibleName(tr("All time"));
    m_allTime->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_allTime->setAutoRaise(true);
    m_allTime->setEnabled(false);
    timeRow->addWidget(m_allTime);
    m_timeNote = ui::mutedLabel(QString(), left);
    m_timeNote->setObjectName(QStringLiteral("timeNote"));
    timeRow->addWidget(m_timeNote, 1);
    ll->addLayout(timeRow);
    m_searchMessage = ui::mutedLabel(QString(), left);
    m_searchMessage->hide();
    ll->addWidget(m_searchMessage);
    ll->addWidget(m_canvas, 1);

    // The legend: four entries a row, so it never squeezes the words.
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(6);
    legend->setVerticalSpacing(2);
    int entry = 0;
    // A long entry takes two places of a row.
    auto addLegend = [&](const QColor &color, int radius, const QString &text, bool wide = false) {
        if (wide && entry % 2 != 0)
            ++entry;
        auto *swatch = new QLabel(left);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: %2px;").arg(color.name()).arg(radius));
        legend->addWidget(swatch, entry / 4, (entry % 4) * 2);
        legend->addWidget(new QLabel(text, left), entry / 4, (entry % 4) * 2 + 1, 1, wide ? 3 : 1);
        entry += wide ? 2 : 1;
    };
    for (NodeGroup g : {NodeGroup::Victim, NodeGroup::Suspect, NodeGroup::Exchange, NodeGroup::Mixer, NodeGroup::Otc,
                        NodeGroup::Service, NodeGroup::Unknown})
        addLegend(TraceCanvas::groupColor(g), 3, TraceCanvas::groupName(g));
    addLegend(ui::Theme::danger(), 7, tr("Tainted amount (bar: share still held)"), true);
    addLegend(ui::Theme::accent(), 3, tr("Your tags above a node (✎: a note)"), true);
    for (int column = 1; column < 8; column += 2)
        legend->setColumnStretch(column, 1);
    ll->addLayout(legend);
    ll->addWidget(ui::mutedLabel(tr("Click a node or press Enter to follow its money; Ctrl+Z takes the step back. "
                                    "Amounts on the lines are what moved; the wider the line, the more. "
                                    "Right-click a node for its cluster and notes."),
                                 left));

    // Right: details and the exercise.
    auto *side = new QWidget(splitter);
    side->setMinimumWidth(320);
    QVBoxLayout *sl = ui::scrollingColumn(side, QMargins(12, 0, 8, 0), 10);
    if (auto *scroll = side->findChild<QScrollArea *>())
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // texts wrap to the panel instead
    sl->addWidget(ui::heading(tr("Selected node"), "h3", side));
    m_details = new QLabel(side);
    m_details->setWordWrap(true);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected node details"));
    sl->addWidget(m_details);
    m_methodNote = ui::mutedLabel(QString(), side);
    m_methodNote->setWordWrap(true);
    sl->addWidget(m_methodNote);
    sl->addSpacing(8);
    // The officer's own note and tags on the selected address or transaction.
    m_noteHeading = ui::heading(tr("Your note and tags"), "h3", side);
    sl->addWidget(m_noteHeading);
    auto *noteLabel = new QLabel(tr("&Note:"), side);
    sl->addWidget(noteLabel);
    m_noteEdit = new QPlainTextEdit(side);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Your note on the selected node"));
    m_noteEdit->setPlaceholderText(tr("What you found out about this address or transaction"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(110);
    noteLabel->setBuddy(m_noteEdit);
    sl->addWidget(m_noteEdit);
    auto *tagsLabel = new QLabel(tr("T&ags:"), side);
    sl->addWidget(tagsLabel);
    m_tagsEdit = new QLineEdit(side);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setAccessibleName(tr("Your tags on the selected node, separated by commas"));
    m_tagsEdit->setPlaceholderText(tr("Separated by commas, e.g. suspect, cash-out"));
    tagsLabel->setBuddy(m_tagsEdit);
    sl->addWidget(m_tagsEdit);
    m_saveNote = new QPushButton(tr("Save note"), side);
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_saveNote->setToolTip(tr("Save note (Ctrl+Enter); Ctrl+Z on the graph takes it back"));
    sl->addWidget(m_saveNote, 0, Qt::AlignLeft);
    sl->addWidget(ui::mutedLabel(tr("Saved with your progress: they come back when you open the case again."), side));
    for (QWidget *field : std::initializer_list<QWidget *>{m_noteEdit, m_tagsEdit})
        for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            auto *save = new QShortcut(keys, field);
            save->setContext(Qt::WidgetShortcut);
            connect(save, &QShortcut::activated, this, [this] { saveNote(m_noteEdit->toPlainText(), m_tagsEdit->text()); });
        }
    connect(m_saveNote, &QPushButton::clicked, this, [this] { saveNote(m_noteEdit->toPlainText(), m_tagsEdit->text()); });
    connect(m_tagsEdit, &QLineEdit::returnPressed, this, [this] { saveNote(m_noteEdit->toPlainText(), m_tagsEdit->text()); });
    sl->addSpacing(8);
    sl->addWidget(ui::heading(tr("Objectives"), "h3", side));
    m_objectivesLayout = new QVBoxLayout;
    m_objectivesLayout->setSpacing(6);
    sl->addLayout(m_objectivesLayout);
    m_check = ui::primaryButton(tr("Check answers"), side);
    sl->addWidget(m_check, 0, Qt::AlignLeft);
    m_result = new QLabel(side);
    m_result->setWordWrap(true);
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    sl->addWidget(m_result);
    m_debrief = new QLabel(side);
    m_debrief->setWordWrap(true);
    m_debrief->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_debrief->setTextFormat(Qt::RichText);
    m_debrief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debrief->hide();
    sl->addWidget(m_debrief);
    sl->addStretch(1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({740, 400});

    connect(m_caseCombo, &QComboBox::activated, this, [this](int index) { openCase(index); });
    connect(m_methodCombo, &QComboBox::activated, this, [this](int index) {
        const QVariant v = m_methodCombo->itemData(index);
        setMethod(v.isValid() && !v.isNull() ? methodFromId(v.toString()) : std::nullopt);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &TracingPage::search);
    connect(m_canvas, &TraceCanvas::selectedNodeChanged, this, &TracingPage::updateDetails);
    connect(m_canvas, &TraceCanvas::viewChanged, this, &TracingPage::updateClusterButtons);
    connect(m_canvas, &TraceCanvas::annotationsChanged, this, &TracingPage::onAnnotationsChanged);
    connect(m_canvas, &TraceCanvas::annotateRequested, this, [this](const QString &key) {
        m_canvas->selectNode(key);
        m_noteEdit->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_canvas, &TraceCanvas::viewChanged, this, [this, layoutGroup] {
        for (QAction *a : layoutGroup->actions())
            a->setChecked(CanvasLayout(a->data().toInt()) == m_canvas->layoutMode());
        const QString now = m_canvas->effectiveLayout() == CanvasLayout::PeelChain ? tr("peel chain") : tr("columns by hop");
        m_layoutButton->setToolTip(tr("Layout of the graph (now: %1); zooms to fit after laying out").arg(now));
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_to->dateTime() < m_from->dateTime()) {
            const QSignalBlocker block(m_to);
            m_to->setDateTime(m_from->dateTime()); // the end never before the start
        }
        applyTimeFilter();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_from->dateTime() > m_to->dateTime()) {
            const QSignalBlocker block(m_from);
            m_from->setDateTime(m_to->dateTime());
        }
        applyTimeFilter();
    });
    connect(m_allTime, &QToolButton::clicked, this, [this] {
        m_canvas->setTimeRange(std::nullopt);
        updateTimeEdits();
    });
    connect(m_check, &QPushButton::clicked, this, [this] { checkAnswers(); });
    updateDetails();
}

bool TracingPage::event(QEvent *event)
{
    // The main window uses Ctrl+F, Ctrl+plus and Ctrl+minus for itself: inside the lab they
    // search and zoom the canvas instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isPageKey(key, isTextField(focusWidget()))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TracingPage::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    } else if (isZoomIn(event)) {
        m_canvas->zoomIn();
    } else if (isZoomOut(event)) {
        m_canvas->zoomOut();
    } else if (isFit(event)) {
        m_canvas->zoomToFit();
    } else if (isRedo(event)) {
        m_canvas->undoStack()->redo();
    } else if (event->matches(QKeySequence::Undo)) {
        m_canvas->undoStack()->undo();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TracingPage::setLanguage(const QString &language)
{
    if (language == m_language && m_loaded)
        return; // coming back to the lab keeps the graph, the overlay and the answers typed so far
    m_language = language;
    fillCaseCombo();
    showCaseTexts();
    rebuildObjectives();
    updateDetails();
}

bool TracingPage::loadCases(const QString &folder)
{
    const QString dir = folder.isEmpty() ? CaseFile::bundledFolder() : folder;
    if (m_loaded && dir == m_folder)
        return std::any_of(m_cases.begin(), m_cases.end(), [](const auto &c) { return c->isValid(); });
    m_loaded = true;
    m_folder = dir;
    m_canvas->setGraph(nullptr);
    m_graph.reset();
    m_taint.reset();
    m_answersCase = nullptr;
    m_cases.clear();
    m_current = -1;
    if (!dir.isEmpty())
        for (const QString &file : CaseFile::findCaseFiles(dir))
            m_cases.push_back(std::make_unique<CaseFile>(CaseFile::load(file)));
    fillCaseCombo();
    for (int i = 0; i < int(m_cases.size()); ++i)
        if (m_cases[size_t(i)]->isValid())
            return openCase(i);
    showCaseTexts();
    return false;
}

void TracingPage::fillCaseCombo()
{
    m_caseCombo->clear();
    for (const auto &c : m_cases) {
        QString title = c->title.text(m_language);
        if (title.isEmpty())
            title = QFileInfo(c->path).completeBaseName();
        if (!c->isValid())
            title = tr("%1 (cannot be opened)").arg(title);
        m_caseCombo->addItem(title, c->id);
    }
    m_caseCombo->setEnabled(!m_cases.empty());
    if (m_current >= 0)
        m_caseCombo->setCurrentIndex(m_current);
}

const CaseFile *TracingPage::currentCase() const
{
    return m_current >= 0 && size_t(m_current) < m_cases.size() ? m_cases[size_t(m_current)].get() : nullptr;
}

bool TracingPage::openCase(const QString &caseId)
{
    for (int i = 0; i < int(m_cases.size()); ++i)
        if (m_cases[size_t(i)]->id == caseId)
            return openCase(i);
    return false;
}

bool TracingPage::openCase(int index)
{
    if (index < 0 || size_t(index) >= m_cases.size())
        return false;
    m_current = index;
    m_caseCombo->setCurrentIndex(index);
    m_canvas->setGraph(nullptr);
    m_taint.reset();
    m_graph.reset();
    const CaseFile &c = *m_cases[size_t(index)];
    m_searchMessage->hide();
    if (c.isValid()) {
        m_graph = std::make_unique<TraceGraph>(TraceGraph::build(c));
        m_canvas->setGraph(m_graph.get());
        // The officer's notes on this case, as saved.
        if (m_savedAnnotations.contains(c.id)) {
            QString error;
            const CaseAnnotations notes = CaseAnnotations::fromJson(m_savedAnnotations.value(c.id), &error);
            if (error.isEmpty())
                m_canvas->setAnnotations(notes);
            else
                showMessage(tr("Your notes on this case could not be read (%1), so they are not shown.").arg(error));
        }
    }
    updateTimeEdits();
    updateClusterButtons();
    updateMethods();
    showCaseTexts();
    rebuildObjectives();
    updateDetails();
    return c.isValid();
}

void TracingPage::showCaseTexts()
{
    const CaseFile *c = currentCase();
    m_caseProblem->hide();
    if (!c) {
        m_narrative->setText(m_cases.empty() ? tr("No tracing cases were found. The cases come with the app in its "
                                                 "content folder (content/cases); ask the administrator to reinstall it.")
                                             : QString());
        m_sourceNote->clear();
        return;
    }
    if (!c->isValid()) {
        QStringList lines;
        for (const Diagnostic &d : c->errors)
            lines << d.toString();
        m_caseProblem->setText(tr("This case file has problems and cannot be opened. Tell the trainer who wrote it:\n%1")
                                   .arg(lines.mid(0, 5).join(QLatin1Char('\n'))));
        m_caseProblem->show();
        m_narrative->clear();
        m_sourceNote->clear();
        return;
    }
    m_narrative->setText(c->narrative.text(m_language));
    const QString note = c->sourceNote.text(m_language);
    m_sourceNote->setText(note.isEmpty() ? tr("The trail starts at the victim's payment: %1").arg(c->source)
                                         : tr("The trail starts at the victim's payment: %1").arg(note));
}

void TracingPage::updateMethods()
{
    m_methodCombo->clear();
    m_methodCombo->addItem(tr("None"), QVariant());
    m_methodCombo->addItem(tr("Poison"), methodId(TaintMethod::Poison));
    m_methodCombo->addItem(tr("Haircut"), methodId(TaintMethod::Haircut));
    m_methodCombo->addItem(tr("FIFO"), methodId(TaintMethod::Fifo));
    m_methodCombo->addItem(tr("LIFO"), methodId(TaintMethod::Lifo));
    // LIBR is a rule for account balances: offered when the source is on an account chain.
    if (m_graph && m_graph->transferId(m_graph->caseFile().source) >= 0)
        m_methodCombo->addItem(tr("LIBR"), methodId(TaintMethod::Libr));
    m_methodCombo->setCurrentIndex(0);
    m_methodNote->clear();
}

void TracingPage::setMethod(std::optional<TaintMethod> method)
{
    m_canvas->setTaint(nullptr);
    m_taint.reset();
    int index = 0;
    if (method && m_graph) {
        TaintResult r = TaintEngine(*m_graph).run(*method);
        if (r.ok())
            m_taint = std::move(r);
        else
            m_methodNote->setText(tr("This method cannot be used here: %1").arg(r.error));
        index = m_methodCombo->findData(methodId(*method));
    }
    m_methodCombo->setCurrentIndex(std::max(0, index));
    m_canvas->setTaint(taint());
    if (m_taint) {
        m_methodNote->setText(methodNote(m_taint->method) + QLatin1Char(' ')
                              + tr("Say in any report which method gave the amounts."));
    } else if (!method) {
        m_methodNote->setText(tr("Choose a taint method above the graph to see tainted amounts."));
    }
    updateDetails();
}

QString TracingPage::methodNote(TaintMethod method)
{
    static const char *const notes[] = {
        QT_TR_NOOP("Poison: everything the money touched counts in full. It shows where it could have gone and overstates amounts."),
        QT_TR_NOOP("Haircut: each output carries the tainted fraction of what went in."),
        QT_TR_NOOP("FIFO: money leaves in the order it arrived (Clayton's Case). Depends on the order of inputs and outputs."),
        QT_TR_NOOP("LIFO: the newest money leaves first."),
        QT_TR_NOOP("LIBR: clean money leaves first; an address keeps at most its lowest balance since the taint arrived."),
    };
    return tr(notes[int(method)]);
}

std::optional<TraceReport> TracingPage::report() const
{
    if (!m_graph || !m_taint)
        return std::nullopt;
    const int index = m_methodCombo->findData(methodId(m_taint->method));
    const QString name = index >= 0 ? m_methodCombo->itemText(index) : methodId(m_taint->method);
    return TraceReportBuilder::build(*m_graph, *m_taint, m_language, name, methodNote(m_taint->method),
                                     [this](qint64 value, int asset) { return m_canvas->formatAmount(value, asset); });
}

bool TracingPage::exportReport(const QString &path, QString *error)
{
    const std::optional<TraceReport> r = report();
    if (!r) {
        if (error)
            *error = m_graph ? tr("Choose a taint method first: the report gives its amounts.") : tr("Open a case first.");
        return false;
    }
    // The canvas as the officer sees it now (zoom, scroll, expansions, overlay), at twice its size.
    const QRect visible = m_canvas->viewport()->rect();
    QImage view(visible.size() * 2, QImage::Format_ARGB32_Premultiplied);
    view.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&view);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_canvas->render(&painter, QRectF(view.rect()), visible);
    }
    return TraceReportBuilder::writePdf(path, *r, view, error);
}

void TracingPage::exportReportInteractively()
{
    QString error;
    if (!report()) {
        exportReport(QString(), &error);
        m_searchMessage->setText(error);
        m_searchMessage->show();
        return;
    }
    const CaseFile *c = currentCase();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("trace-report-%1.pdf").arg(c ? c->id : QStringLiteral("case")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trace report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_searchMessage->setText(exportReport(path, &error) ? tr("Saved the trace report to %1.").arg(QDir::toNativeSeparators(path))
                                                        : tr("The trace report could not be saved: %1").arg(error));
    m_searchMessage->show();
}

QString TracingPage::balanceText(int address) const
{
    const TraceGraph &g = *m_graph;
    const QMap<int, qint64> perAsset = endBalances(g, address);
    QStringList parts;
    for (auto it = perAsset.cbegin(); it != perAsset.cend(); ++it)
        if (it.value() != 0 || perAsset.size() == 1)
            parts << m_canvas->formatAmount(it.value(), it.key());
    return parts.isEmpty() ? m_canvas->formatAmount(0, g.nativeAsset(g.addresses()[size_t(address)].chain)) : parts.join(QStringLiteral(", "));
}

QString TracingPage::addressDetails(int address) const
{
    const TraceGraph &g = *m_graph;
    const CaseFile &c = g.caseFile();
    const TraceGraph::Address &a = g.addresses()[size_t(address)];
    QString out = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(tr("Address")), breakable(g.addressText(address)));
    out += QStringLiteral("<p>%1</p>").arg(html(tr("Chain: %1").arg(c.chains[a.chain].name)));
    const QList<int> tags = g.tagsOf(address);
    if (tags.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(html(tr("No tag: nobody has attributed this address yet.")));
    for (int t : tags) {
        const Tag &tag = c.tags[t];
        out += QStringLiteral("<p><b>%1</b><br>%2<br>%3<br>%4</p>")
                   .arg(html(tag.label),
                        html(tr("Category: %1 (%2)").arg(tag.category, TraceCanvas::groupName(TraceCanvas::groupOf(tag.category)))),
                        html(tr("Source: %1").arg(tag.source)), html(tr("Confidence: %1 of 100").arg(tag.confidence)));
        if (!tag.actor.isEmpty())
            out.insert(out.size() - 4, QStringLiteral("<br>") + html(tr("Actor: %1").arg(tag.actor)));
    }
    out += QStringLiteral("<p>%1</p>").arg(html(tr("Balance at the end of the case: %1").arg(balanceText(address))));
    if (const int cluster = m_canvas->clusterOf(address); cluster >= 0)
        out += QStringLiteral("<p>%1</p>").arg(html(tr("Cluster: one of %1 addresses spent together in this case (common-input "
                                                       "ownership), %2 of them on the graph. Ctrl+G collapses them into one node.")
                                                        .arg(m_canvas->clusterSize(cluster))
                                                        .arg(m_canvas->clusterMembersOnCanvas(cluster).size())));
    if (m_taint) {
        const AddressTaint *at = m_taint->forAddress(address);
        const QString method = m_methodCombo->currentText();
        if (at && at->received > 0) {
            const qint64 received = wholeUnits(at->received);
            const qint64 held = wholeUnits(at->held);
            out += QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
                       .arg(html(tr("Taint (%1)").arg(method)),
                            html(tr("Received tainted: %1 %2 (%3)")
                                     .arg(QLocale().toString(received), m_taint->unit, m_canvas->formatAmount(received, m_taint->sourceAsset))),
                            html(at->heldValue > 0
                                     ? tr("Held tainted: %1 %2 (%3 of what it holds)")
                                           .arg(QLocale().toString(held), m_taint->unit,
                                                QLocale().toString(at->share() * 100, 'f', 1) + QLatin1Char('%'))
                                     : tr("Held tainted: %1 %2 (it holds nothing now: the money moved on)")
                                           .arg(QLocale().toString(held), m_taint->unit)));
        } else {
            out += QStringLiteral("<p>%1</p>").arg(html(tr("No taint reached this address under %1.").arg(method)));
        }
        if (const auto range = m_canvas->timeRange())
            out += QStringLiteral("<p>%1</p>")
                       .arg(html(tr("Received tainted between %1 and %2 UTC: %3 %4")
                                     .arg(formatTime(range->first).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                          formatTime(range->second).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                          QLocale().toString(wholeUnits(m_canvas->shownTaint(TraceCanvas::addressKey(address)))), m_taint->unit)));
    }
    // Change findings on the outputs paid to this address.
    QStringList change;
    for (size_t o = 0; o < g.outputs().size(); ++o) {
        const TraceGraph::Output &out = g.outputs()[o];
        if (out.address != address || g.transactions()[size_t(out.tx)].coinbase)
            continue;
        for (const ChangeFinding &f : detectChange(g, out.tx))
            if (f.output == int(o))
                change << QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                              .arg(html(heuristicName(f.heuristic)), html(TraceCanvas::shortText(g.txid(out.tx))), html(f.explanation));
    }
    if (!change.isEmpty())
        out += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(html(tr("Looks like change")), change.join(QString()));
    return out;
}

QString TracingPage::transactionDetails(int tx) const
{
    const TraceGraph &g = *m_graph;
    const TraceGraph::Tx &t = g.transactions()[size_t(tx)];
    QString out = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(html(tr("Transaction")), breakable(g.txid(tx)));
    out += QStringLiteral("<p>%1<br>%2<br>%3</p>")
               .arg(html(tr("Chain: %1").arg(g.caseFile().chains[t.chain].name)), html(tr("Time: %1 UTC").arg(formatTime(t.time))),
                    html(tr("%n input(s)", nullptr, t.inputCount) + QStringLiteral(", ") + tr("%n output(s)", nullptr, t.outputCount)));
    QStringList outputs;
    const int asset = g.nativeAsset(t.chain);
    for (int o = 0; o < t.outputCount; ++o) {
        const TraceGraph::Output &output = g.outputs()[size_t(t.firstOutput + o)];
        outputs << QStringLiteral("<li>%1: <span style=\"font-family: monospace\">%2</span> %3</li>")
                       .arg(o)
                       .arg(html(TraceCanvas::shortText(g.addressText(output.address))), html(m_canvas->formatAmount(output.value, asset)));
    }
    out += QStringLiteral("<ul>%1</ul>").arg(outputs.join(QString()));
    if (looksLikeCoinJoin(g, tx))
        out += QStringLiteral("<p>%1</p>").arg(html(tr("CoinJoin shape: many equal outputs. Common-input ownership and the change "
                                                       "heuristics do not apply; which output is whose cannot be told.")));
    const QList<ChangeFinding> findings = detectChange(g, tx);
    if (!findings.isEmpty()) {
        QStringList items;
        for (const ChangeFinding &f : findings)
            items << QStringLiteral("<li><b>%1</b>: %2</li>").arg(html(heuristicName(f.heuristic)), html(f.explanation));
        const int likely = likelyChange(findings);
        out += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(html(tr("Change heuristics")), items.join(QString()));
        if (likely >= 0)
            out += QStringLiteral("<p>%1</p>").arg(html(tr("Likely change: output %1 to %2").arg(g.vout(likely)).arg(g.addressText(g.outputs()[size_t(likely)].address))));
    }
    if (m_taint && size_t(tx) < g.transactions().size()) {
        double taint = 0;
        for (const TaintHop &h : m_taint->hops)
            if (!h.transfer && h.index == tx)
                taint += h.taint;
        out += QStringLiteral("<p>%1</p>").arg(html(tr("Tainted value moved (%1): %2 %3")
                                                        .arg(m_methodCombo->currentText(), QLocale().toString(wholeUnits(taint)), m_taint->unit)));
    }
    return out;
}

void TracingPage::updateDetails()
{
    const QString key = m_canvas->selectedKey();
    const std::optional<CanvasNode> n = m_canvas->shownNode(key);
    updateNoteEditor();
    updateClusterButtons();
    if (!m_graph || !n) {
        m_details->setText(html(m_graph ? tr("Select a node on the graph to see its tags, balance and taint.") : QString()));
        return;
    }
    switch (n->kind) {
    case CanvasNode::Kind::Address: m_details->setText(addressDetails(n->id)); break;
    case CanvasNode::Kind::Transaction: m_details->setText(transactionDetails(n->id)); break;
    case CanvasNode::Kind::Cluster: m_details->setText(clusterDetails(n->id)); break;
    }
}

QString TracingPage::clusterDetails(int representative) const
{
    const TraceGraph &g = *m_graph;
    const QStringList members = m_canvas->clusterMembersOnCanvas(representative);
    QString out = QStringLiteral("<p><b>%1</b><br>%2</p>")
                      .arg(html(tr("Cluster (common-input ownership)")),
                           html(tr("%1 addresses in the case, %2 of them on the graph, shown as one node.")
                                    .arg(m_canvas->clusterSize(representative))
                                    .arg(members.size())));
    out += QStringLiteral("<p>%1</p>").arg(html(tr("Addresses spent together as inputs of one transaction are taken to be one "
                                                   "wallet's (Meiklejohn et al., 2013). CoinJoin-shaped transactions are left out: "
                                                   "there the inputs belong to different people. A heuristic, not proof.")));
    QStringList items;
    for (const QString &m : members) {
        const int a = m_canvas->node(m)->id;
        const QList<int> tags = g.tagsOf(a);
        QString line = QStringLiteral("<span style=\"font-family: monospace\">%1</span>").arg(html(TraceCanvas::shortText(g.addressText(a))));
        if (!tags.isEmpty())
            line += QStringLiteral(" — ") + html(g.caseFile().tags[tags.first()].label);
        items << QStringLiteral("<li>%1</li>").arg(line);
    }
    out += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    if (const Clustering *clustering = m_canvas->clustering()) {
        for (const Cluster &cluster : clustering->clusters()) {
            if (!std::binary_search(cluster.addresses.begin(), cluster.addresses.end(), representative)
                && clustering->clusterOf(cluster.addresses.front()) != representative)
                continue;
            QStringList txs;
            for (const ClusterLink &link : cluster.links)
                if (txs.size() < 5)
                    txs << html(TraceCanvas::shortText(g.txid(link.tx)));
            if (!txs.isEmpty())
                out += QStringLiteral("<p>%1</p>").arg(html(tr("Joined by the transactions: %1")).arg(txs.join(QStringLiteral(", "))));
            break;
        }
    }
    if (m_taint) {
        out += QStringLiteral("<p>%1</p>").arg(html(tr("Tainted value received (%1): %2 %3")
                                                        .arg(m_methodCombo->currentText(),
                                                             QLocale().toString(wholeUnits(m_canvas->shownTaint(TraceCanvas::clusterKey(representative)))),
                                                             m_taint->unit)));
    }
    out += QStringLiteral("<p>%1</p>").arg(html(tr("Ctrl+Shift+G shows its addresses again; Enter follows the money of all of them.")));
    return out;
}

QString TracingPage::detailsText() const
{
    QTextDocument doc;
    doc.setHtml(m_details->text());
    return doc.toPlainText();
}

void TracingPage::rebuildObjectives()
{
    // Answers typed for this case survive a change of language.
    QHash<QString, QString> typed;
    for (QLineEdit *field : std::as_const(m_answers))
        typed.insert(field->property("objective").toString(), field->text());
    const CaseFile *before = m_answersCase;
    ui::clearLayout(m_objectivesLayout);
    m_answers.clear();
    m_answersCase = currentCase();
    m_result->hide();
    m_debrief->hide();
    m_checked = false;
    const CaseFile *c = currentCase();
    m_check->setEnabled(c && c->isValid() && !c->objectives.isEmpty());
    if (!c || !c->isValid())
        return;
    for (int i = 0; i < c->objectives.size(); ++i) {
        const Objective &o = c->objectives[i];
        auto *q = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(o.question.text(m_language)));
        q->setWordWrap(true);
        auto *field = new QLineEdit;
        field->setAccessibleName(o.question.text(m_language));
        if (o.answerKind == u"address")
            field->setPlaceholderText(tr("Paste the address"));
        else if (o.answerKind == u"amount")
            field->setPlaceholderText(tr("Amount in %1 (whole number)").arg(c->assetUnit(o.answerAsset)));
        else
            field->setPlaceholderText(tr("Name of the service"));
        q->setBuddy(field);
        field->setProperty("objective", o.id);
        if (before == c)
            field->setText(typed.value(o.id));
        connect(field, &QLineEdit::returnPressed, this, [this] { checkAnswers(); });
        m_objectivesLayout->addWidget(q);
        m_objectivesLayout->addWidget(field);
        m_answers.append(field);
    }
}

QLineEdit *TracingPage::answerField(int objective) const
{
    return objective >= 0 && objective < m_answers.size() ? m_answers[objective] : nullptr;
}

int TracingPage::checkAnswers()
{
    return showResult(true);
}

int TracingPage::showResult(bool emitResult)
{
    const CaseFile *c = currentCase();
    if (!c || !c->isValid())
        return 0;
    int score = 0;
    int max = 0;
    QJsonObject answers;
    QString lines;
    for (int i = 0; i < c->objectives.size() && i < m_answers.size(); ++i) {
        const Objective &o = c->objectives[i];
        const QString given = m_answers[i]->text().trimmed();
        const bool right = !given.isEmpty() && answerMatches(*c, o, given);
        max += o.points;
        if (right)
            score += o.points;
        answers.insert(o.id, QJsonObject{{QStringLiteral("answer"), given}, {QStringLiteral("correct"), right}});
        const QString verdict = right ? tr("Correct") : (given.isEmpty() ? tr("Not answered") : tr("Not correct"));
        lines += QStringLiteral("<p><b>%1. %2</b> (%3)<br>%4</p>")
                     .arg(i + 1)
                     .arg(html(verdict), html(tr("%1 of %2 points").arg(right ? o.points : 0).arg(o.points)), html(o.rubric.text(m_language)));
    }
    const QColor color = score == max ? ui::Theme::success() : ui::Theme::warning();
    m_result->setText(QStringLiteral("<p style=\"font-size: large; color: %1\"><b>%2</b></p>%3")
                          .arg(color.name(), html(tr("Score: %1 of %2").arg(score).arg(max)), lines));
    m_result->show();
    m_debrief->setText(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(html(tr("Debrief")), html(c->debrief.text(m_language))));
    m_debrief->show();
    // Bring the score into view in the side panel.
    for (QWidget *w = m_result->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            // Once the panel has laid the result out: its first line (the score) at the top.
            QTimer::singleShot(0, scroll, [scroll, result = m_result] {
                scroll->verticalScrollBar()->setValue(result->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
            });
            break;
        }
    m_checked = true;
    if (emitResult)
        emit answersChecked(c->id, score, max, answers);
    return score;
}

QString TracingPage::resultText() const
{
    if (m_result->isHidden())
        return {};
    QTextDocument doc;
    doc.setHtml(m_result->text());
    return doc.toPlainText();
}

void TracingPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const QString key = m_canvas->find(text);
    if (key.isEmpty()) {
        m_searchMessage->setText(text.size() < 4 ? tr("Type at least four characters of an address or transaction id.")
                                                 : tr("“%1” is not on the graph yet. Follow the money further, then search again.").arg(text));
        m_searchMessage->show();
        return;
    }
    m_searchMessage->hide();
    m_canvas->setFocus(Qt::OtherFocusReason);
}

QString TracingPage::searchMessage() const
{
    return m_searchMessage->isHidden() ? QString() : m_searchMessage->text();
}

void TracingPage::exportImage()
{
    const CaseFile *c = currentCase();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("trace-%1.png").arg(c ? c->id : QStringLiteral("graph")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the graph"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_canvas->exportPng(path, &error)) {
        m_searchMessage->setText(tr("Saved the graph to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_searchMessage->setText(error);
    }
    m_searchMessage->show();
}

void TracingPage::focusCanvas()
{
    m_canvas->setFocus(Qt::OtherFocusReason);
}

} // namespace cca::tracing

namespace cca::tracing {

void TracingPage::showMessage(const QString &text)
{
    m_searchMessage->setText(text);
    m_searchMessage->setVisible(!text.isEmpty());
}

void TracingPage::updateClusterButtons()
{
    const QString key = m_canvas->selectedKey();
    m_collapseButton->setEnabled(m_canvas->collapsibleCluster(key) >= 0);
    m_expandClusterButton->setEnabled(m_canvas->expandableCluster(key) >= 0);
}

void TracingPage::updateNoteEditor()
{
    const QString key = m_canvas->selectedKey();
    const QString ref = m_canvas->refOf(key);
    const bool editable = m_graph && !ref.isEmpty();
    m_noteKey = editable ? key : QString();
    const NodeNote note = editable ? m_canvas->noteOf(key) : NodeNote();
    m_noteEdit->setPlainText(note.note);
    m_noteEdit->moveCursor(QTextCursor::End); // ready to add to what is there
    m_tagsEdit->setText(note.tags.join(QStringLiteral(", ")));
    for (QWidget *w : std::initializer_list<QWidget *>{m_noteEdit, m_tagsEdit, m_saveNote})
        w->setEnabled(editable);
    const std::optional<CanvasNode> n = m_canvas->shownNode(key);
    m_noteEdit->setPlaceholderText(n && n->kind == CanvasNode::Kind::Cluster
                                       ? tr("Expand the cluster to write a note on one of its addresses")
                                       : editable ? tr("What you found out about this address or transaction")
                                                  : tr("Select an address or transaction to write a note"));
}

bool TracingPage::saveNote(const QString &note, const QString &tags)
{
    if (m_noteKey.isEmpty())
        return false;
    return m_canvas->annotate(m_noteKey, NodeNote{note, CaseAnnotations::parseTags(tags)});
}

void TracingPage::onAnnotationsChanged()
{
    const CaseFile *c = currentCase();
    if (!c)
        return;
    const QJsonObject json = m_canvas->annotations().toJson();
    m_savedAnnotations.insert(c->id, json);
    if (!m_restoring)
        emit annotationsChanged(c->id, json);
}

void TracingPage::updateTimeEdits()
{
    const bool on = m_graph != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_allTime})
        w->setEnabled(on);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    if (!on) {
        m_timeNote->clear();
        return;
    }
    const QPair<qint64, qint64> span = m_canvas->timeSpan();
    for (QDateTimeEdit *e : {m_from, m_to})
        e->setDateTimeRange(utc(span.first), utc(span.second));
    const std::optional<QPair<qint64, qint64>> range = m_canvas->timeRange();
    m_from->setDateTime(utc(range ? range->first : span.first));
    m_to->setDateTime(utc(range ? range->second : span.second));
    m_allTime->setEnabled(range.has_value());
    m_timeNote->setText(range ? tr("Showing only what moved in this time; the taint badges count only taint that arrived in it.")
                              : QString());
}

void TracingPage::applyTimeFilter()
{
    if (!m_graph)
        return;
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_to->dateTime().toMSecsSinceEpoch() + 59'999; // the whole last minute
    m_canvas->setTimeRange(qMakePair(from, to));
    updateTimeEdits();
    updateDetails();
}

void TracingPage::setOfficer(const QString &officerId, const QHash<QString, QJsonObject> &savedAnnotations)
{
    if (officerId == m_officer && !officerId.isEmpty())
        return; // coming back to the lab: everything stays as it was
    m_officer = officerId;
    m_savedAnnotations = savedAnnotations;
    m_answersCase = nullptr; // the answers typed were someone else's
    if (m_current >= 0)
        openCase(m_current);
}

void TracingPage::clear()
{
    m_officer.clear();
    m_savedAnnotations.clear();
    m_answersCase = nullptr;
    m_search->clear();
    if (m_current >= 0)
        openCase(m_current);
}

QJsonObject TracingPage::saveState() const
{
    const CaseFile *c = currentCase();
    if (!m_loaded || !c)
        return {};
    QJsonObject answers;
    for (QLineEdit *field : m_answers)
        if (!field->text().isEmpty())
            answers.insert(field->property("objective").toString(), field->text());
    QJsonObject notes;
    for (auto it = m_savedAnnotations.cbegin(); it != m_savedAnnotations.cend(); ++it)
        notes.insert(it.key(), it.value());
    QJsonObject state{{QStringLiteral("officer"), m_officer},
                      {QStringLiteral("case"), c->id},
                      {QStringLiteral("answers"), answers},
                      {QStringLiteral("checked"), m_checked},
                      {QStringLiteral("annotations"), notes},
                      {QStringLiteral("search"), m_search->text()}};
    if (m_graph)
        state.insert(QStringLiteral("canvas"), m_canvas->saveState());
    if (m_taint)
        state.insert(QStringLiteral("method"), methodId(m_taint->method));
    if (!m_noteKey.isEmpty())
        state.insert(QStringLiteral("draft"), QJsonObject{{QStringLiteral("node"), m_noteKey},
                                                          {QStringLiteral("note"), m_noteEdit->toPlainText()},
                                                          {QStringLiteral("tags"), m_tagsEdit->text()}});
    return state;
}

bool TracingPage::restoreState(const QJsonObject &state)
{
    const QString caseId = state.value(QStringLiteral("case")).toString();
    if (caseId.isEmpty())
        return false;
    m_restoring = true;
    m_officer = state.value(QStringLiteral("officer")).toString();
    m_savedAnnotations.clear();
    const QJsonObject notes = state.value(QStringLiteral("annotations")).toObject();
    for (auto it = notes.constBegin(); it != notes.constEnd(); ++it)
        m_savedAnnotations.insert(it.key(), it.value().toObject());
    m_answersCase = nullptr;
    bool ok = openCase(caseId);
    if (ok && state.contains(QStringLiteral("canvas")))
        ok = m_canvas->restoreState(state.value(QStringLiteral("canvas")).toObject());
    if (const std::optional<TaintMethod> method = methodFromId(state.value(QStringLiteral("method")).toString()))
        setMethod(method);
    const QJsonObject answers = state.value(QStringLiteral("answers")).toObject();
    for (QLineEdit *field : std::as_const(m_answers))
        field->setText(answers.value(field->property("objective").toString()).toString());
    if (state.value(QStringLiteral("checked")).toBool())
        showResult(false); // shown again, not recorded again
    m_search->setText(state.value(QStringLiteral("search")).toString());
    updateTimeEdits();
    updateDetails();
    const QJsonObject draft = state.value(QStringLiteral("draft")).toObject();
    if (!draft.isEmpty() && draft.value(QStringLiteral("node")).toString() == m_noteKey) {
        // A note being written when the language changed is still there, unsaved.
        m_noteEdit->setPlainText(draft.value(QStringLiteral("note")).toString());
        m_noteEdit->moveCursor(QTextCursor::End);
        m_tagsEdit->setText(draft.value(QStringLiteral("tags")).toString());
    }
    m_restoring = false;
    return ok;
}

} // namespace cca::tracing
