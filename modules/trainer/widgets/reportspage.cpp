#include "trainer/widgets/reportspage.h"

#include "reports/scenariopaths.h"
#include "scenario/scenarioloader.h"

#include "core/clock.h"
#include "reports/csvwriter.h"
#include "reports/itemanalysis.h"
#include "reports/transcript.h"
#include "trainer/widgets/reportpdf.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cca::trainer {

namespace {
const QString kDash = QStringLiteral("–");

QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(qRound(*p)) : kDash;
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : kDash;
}

// A table cell that sorts by its number or date when it has one, by its text otherwise.
class SortItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        if (a.isValid() != b.isValid())
            return b.isValid(); // text and dashes before numbers
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
};

std::optional<double> sortKey(const QString &cell)
{
    bool ok = false;
    const double v = QLocale().toDouble(QString(cell).remove(QLatin1Char('%')).trimmed(), &ok);
    if (ok)
        return v;
    const double c = QString(cell).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
    if (ok)
        return c;
    const QDate d = QLocale().toDate(cell, QLocale::ShortFormat);
    if (d.isValid())
        return double(d.toJulianDay());
    const QDateTime dt = QLocale().toDateTime(cell, QLocale::ShortFormat);
    if (dt.isValid())
        return double(dt.toMSecsSinceEpoch());
    return std::nullopt;
}

// Right-aligned like the PDF: a column whose filled cells all start with a digit.
bool numericColumn(const reports::ReportTable &t, int column)
{
    bool any = false;
    for (const QStringList &row : t.rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty() || cell == kDash)
            continue;
        if (!cell.front().isDigit())
            return false;
        any = true;
    }
    return any;
}

// Sizes a report table to its contents whenever its font or style may have changed (it is built
// before the page is shown): rows with room to breathe, columns fitting their contents, the
// longest text column taking any room left, and a height showing up to maxRows rows so the
// page scrolls rather than the table. A compact table (beside a chart) is exactly as wide as
// its columns.
class TableFitter : public QObject
{
public:
    TableFitter(QTableWidget *table, int stretchColumn, int maxRows, bool compact)
        : QObject(table), m_table(table), m_stretch(compact ? -1 : stretchColumn), m_maxRows(maxRows), m_compact(compact)
    {
        table->installEventFilter(this);
        table->viewport()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && (event->type() == QEvent::Show || event->type() == QEvent::FontChange
                                   || event->type() == QEvent::StyleChange))
            fit();
        else if (watched == m_table->viewport() && event->type() == QEvent::Resize)
            stretch();
        return false;
    }

private:
    void fit()
    {
        m_rowHeight = m_table->fontMetrics().height() + 14;
        m_table->verticalHeader()->setDefaultSectionSize(m_rowHeight);
        m_table->resizeColumnsToContents();
        m_natural.clear();
        int total = 2 * m_table->frameWidth() + 2;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const int w = std::min(m_table->columnWidth(c) + 12, 480);
            m_table->setColumnWidth(c, w);
            m_natural << w;
            total += w;
        }
        if (m_compact)
            m_table->setFixedWidth(total);
        stretch();
    }

    void stretch()
    {
        int others = 0;
        for (int c = 0; c < m_natural.size(); ++c)
            if (c != m_stretch)
                others += m_natural[c];
        const int available = m_table->viewport()->width();
        if (m_stretch >= 0 && m_stretch < m_natural.size())
            m_table->setColumnWidth(m_stretch, std::max(m_natural[m_stretch], available - others));
        const bool scrolls = !m_compact && others + m_natural.value(m_stretch) > available;
        const int rows = std::max(1, std::min(m_table->rowCount(), m_maxRows));
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_rowHeight + 2 * m_table->frameWidth()
                                + (scrolls ? m_table->horizontalScrollBar()->sizeHint().height() : 0));
    }

    QTableWidget *m_table;
    int m_stretch;
    int m_maxRows;
    bool m_compact;
    int m_rowHeight = 30;
    QList<int> m_natural;
};

QTableWidget *makeTable(const reports::ReportTable &t, QWidget *parent, int maxVisibleRows, bool compact)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->setAccessibleName(t.title);
    table->setToolTip(QCoreApplication::translate("cca::trainer::ReportsPage", "Click a column heading to sort"));
    if (compact)
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int columns = int(t.header.size());
    table->setColumnCount(columns);
    table->setRowCount(int(t.rows.size()));
    int stretch = 0;
    qsizetype longest = -1;
    for (int c = 0; c < columns; ++c) {
        const bool numeric = c > 0 && numericColumn(t, c); // the first column names the row
        auto *header = new QTableWidgetItem(t.header[c]);
        header->setTextAlignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        table->setHorizontalHeaderItem(c, header);
        qsizetype length = 0;
        for (const QStringList &row : t.rows)
            length = std::max(length, row.value(c).size());
        if (!numeric && length > longest) {
            longest = length;
            stretch = c;
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            auto *item = new SortItem(t.rows[r].value(c));
            if (t.rows[r].value(c).size() > 50) // elided on screen: the whole text on hover (and in the exports)
                item->setToolTip(t.rows[r].value(c));
            if (const auto key = sortKey(t.rows[r].value(c)))
                item->setData(Qt::UserRole, *key);
            item->setTextAlignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(false);
    // The report's own order until a heading is clicked; no room kept for the sort arrow until then.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicatorShown(false);
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionClicked, table,
                     [table] { table->horizontalHeader()->setSortIndicatorShown(true); });
    new TableFitter(table, stretch, maxVisibleRows, compact);
    return table;
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar ch : text.toLower())
        out += ch.isLetterOrNumber() ? ch : QLatin1Char('-');
    while (out.contains(QStringLiteral("--")))
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    return out.mid(0, 60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}
} // namespace

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    QVBoxLayout *root = ui::scrollingColumn(this, QMargins(32, 24, 32, 32), 16);
    root->addWidget(ui::heading(tr("Reports"), "h1", this));
    m_locked = ui::mutedLabel(tr("Only trainers and administrators can see reports."), this);
    root->addWidget(m_locked);
    m_body = new QWidget(this);
    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->setSpacing(14);

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    m_kind = new QComboBox(m_body);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->addItem(tr("Cohort dashboard"), QStringLiteral("cohort"));
    m_kind->addItem(tr("Item analysis"), QStringLiteral("items"));
    m_kind->addItem(tr("Officer transcript"), QStringLiteral("transcript"));
    m_kind->addItem(tr("Scenario paths"), QStringLiteral("scenario"));
    m_subject = new QComboBox(m_body);
    m_subject->setObjectName(QStringLiteral("reportSubject"));
    m_subject->setAccessibleName(tr("Cohort, assessment, officer or scenario"));
    m_subject->setMinimumContentsLength(24);
    m_exportButton = new QPushButton(tr("Export…"), m_body);
    m_exportButton->setAccessibleName(tr("Export the report"));
    m_exportButton->setToolTip(tr("Save this report as CSV (Ctrl+E) or PDF (Ctrl+P)"));
    m_exportButton->setStyleSheet(QStringLiteral("QPushButton { padding-right: 30px; }"
                                                 "QPushButton::menu-indicator { subcontrol-origin: padding;"
                                                 " subcontrol-position: center right; right: 10px; }"));
    auto *menu = new QMenu(m_exportButton);
    m_csvAction = menu->addAction(tr("CSV…"));
    m_csvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_pdfAction = menu->addAction(tr("PDF…"));
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportButton->setMenu(menu);
    // On the page too, so the shortcuts work whenever the page is shown.
    addAction(m_csvAction);
    addAction(m_pdfAction);
    row->addWidget(m_kind);
    row->addWidget(m_subject, 1);
    row->addWidget(m_exportButton);
    bl->addLayout(row);

    // Export progress, in the page (no dialog): what is being written, how far, and Cancel.
    QFrame *bar = ui::card(m_body);
    m_exportBar = bar;
    auto *xl = new QHBoxLayout(bar);
    xl->setContentsMargins(16, 10, 12, 10);
    xl->setSpacing(12);
    m_exportLabel = new QLabel(bar);
    m_progress = new QProgressBar(bar);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false);
    m_progress->setMinimumWidth(160);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setAccessibleName(tr("Cancel the export"));
    m_cancelButton->setToolTip(tr("Stop the export (Esc); nothing is saved"));
    xl->addWidget(m_exportLabel);
    xl->addWidget(m_progress, 1);
    xl->addWidget(m_cancelButton);
    bar->hide();
    bl->addWidget(bar);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setEnabled(false); // only while exporting
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_escape, &QShortcut::activated, this, &ReportsPage::cancelExport);

    m_status = new QLabel(m_body);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    bl->addWidget(m_status);
    m_summary = ui::mutedLabel(QString(), m_body);
    bl->addWidget(m_summary);
    m_sections = new QVBoxLayout;
    m_sections->setSpacing(20);
    bl->addLayout(m_sections);
    root->addWidget(m_body);
    root->addStretch(1);

    auto fillSubjects = [this] {
        const QSignalBlocker block(m_subject);
        m_subject->clear();
        if (!m_store)
            return;
        const QString kind = m_kind->currentData().toString();
        if (kind == QLatin1String("cohort")) {
            for (const progress::Cohort &c : m_store->cohorts())
                m_subject->addItem(c.name, c.id);
        } else if (kind == QLatin1String("items")) {
            for (const content::ModulePackage &m : std::as_const(m_modules))
                for (const content::Assessment &a : m.assessments)
                    m_subject->addItem(QStringLiteral("%1 · %2").arg(m.title.text(m_language), a.title.text(m_language)),
                                       m.id + QLatin1Char('/') + a.id);
        } else if (kind == QLatin1String("scenario")) {
            for (const content::ModulePackage &m : std::as_const(m_modules))
                for (const content::Activity &a : m.activities)
                    if (a.isScenario())
                        m_subject->addItem(QStringLiteral("%1 · %2").arg(m.title.text(m_language), a.title.text(m_language)),
                                           m.id + QLatin1Char('/') + a.id);
        } else {
            for (const progress::Officer &o : m_store->officers())
                m_subject->addItem(QStringLiteral("%1 (%2)").arg(o.displayName, o.serviceNumber), o.id);
        }
    };
    auto show = [this] {
        const QString kind = m_kind->currentData().toString();
        const QString subject = m_subject->currentData().toString();
        if (kind == QLatin1String("cohort"))
            showCohort(subject);
        else if (kind == QLatin1String("items"))
            showItems(subject.section(QLatin1Char('/'), 0, 0), subject.section(QLatin1Char('/'), 1));
        else if (kind == QLatin1String("scenario"))
            showScenarioPaths(subject.section(QLatin1Char('/'), 0, 0), subject.section(QLatin1Char('/'), 1));
        else
            showTranscript(subject);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [fillSubjects, show] {
        fillSubjects();
        show();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, show);
    connect(m_csvAction, &QAction::triggered, this, [this] { chooseFileAndExport(ExportFormat::Csv); });
    connect(m_pdfAction, &QAction::triggered, this, [this] { chooseFileAndExport(ExportFormat::Pdf); });
}

void ReportsPage::setData(progress::ProgressStore *store, const QList<content::ModulePackage> &modules, const QString &language,
                          const QString &role)
{
    m_store = store;
    m_modules.clear();
    for (const content::ModulePackage &m : modules)
        if (m.isValid())
            m_modules << m;
    m_language = language;
    m_allowed = role == QLatin1String("trainer") || role == QLatin1String("admin");
    m_body->setVisible(m_allowed);
    m_locked->setVisible(!m_allowed);
    m_csvAction->setEnabled(m_allowed);
    m_pdfAction->setEnabled(m_allowed);
    if (!m_allowed)
        return;
    // Refill the subjects for the current report kind and show the first.
    const int kind = m_kind->currentIndex();
    m_kind->setCurrentIndex(kind == 0 ? 1 : 0);
    m_kind->setCurrentIndex(kind);
}

QTableWidget *ReportsPage::table(const QString &sectionId) const
{
    for (const auto &[id, table] : m_tables)
        if (sectionId.isEmpty() || id == sectionId)
            return table;
    return nullptr;
}

QStringList ReportsPage::chartTitles() const
{
    QStringList out;
    for (QWidget *w : m_charts)
        if (auto *view = qobject_cast<QChartView *>(w))
            out << view->chart()->title();
    return out;
}

void ReportsPage::showDocument(const ReportDocument &document)
{
    m_document = document;
    m_document.generated = Clock::nowUtc();
    ui::clearLayout(m_sections);
    m_tables.clear();
    m_charts.clear();
    m_summary->setText(document.summary);
    m_summary->setVisible(!document.summary.isEmpty());
    m_exportButton->setEnabled(!m_exporting && !document.tables().isEmpty());

    for (const ReportSection &s : document.sections) {
        QFrame *card = ui::card(m_body);
        card->setObjectName(QStringLiteral("report-section-") + s.id);
        auto *cl = new QVBoxLayout(card);
        cl->setContentsMargins(20, 16, 20, 16);
        cl->setSpacing(10);
        cl->addWidget(ui::heading(s.heading, "h2", card));

        QChartView *view = nullptr;
        if (!s.chart.isEmpty()) {
            view = new QChartView(makeChart(s.chart, ChartPalette::Screen), card);
            view->setRenderHint(QPainter::Antialiasing);
            view->setFrameShape(QFrame::NoFrame);
            view->setBackgroundBrush(ui::Theme::surface());
            view->setMinimumHeight(300);
            view->setMinimumWidth(360);
            view->setAccessibleName(s.chart.title);
            view->setAccessibleDescription(tr("Bar chart; the same numbers are in the table beside it."));
            m_charts << view;
        }
        QTableWidget *table = nullptr;
        if (!s.table.header.isEmpty() && !s.table.rows.isEmpty()) {
            table = makeTable(s.table, card, s.chartBesideTable ? 11 : 14, view && s.chartBesideTable);
            table->setObjectName(QStringLiteral("report-table-") + s.id);
            m_tables.append({s.id, table});
        }
        if (view && table && s.chartBesideTable) {
            auto *beside = new QHBoxLayout;
            beside->setSpacing(20);
            beside->addWidget(view, 1);
            beside->addWidget(table, 0, Qt::AlignTop);
            cl->addLayout(beside);
        } else {
            if (view)
                cl->addWidget(view);
            if (table)
                cl->addWidget(table);
        }
        if (!s.note.isEmpty())
            cl->addWidget(ui::mutedLabel(s.note, card));
        m_sections->addWidget(card);
    }
}

void ReportsPage::showCohort(const QString &cohortId)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("cohort");
    doc.title = tr("Cohort dashboard");
    m_dashboard = {};
    if (!m_store || cohortId.isEmpty()) {
        doc.summary = tr("No cohort yet. Create one under Cohorts.");
        showDocument(doc);
        return;
    }
    const QDate today = Clock::nowUtc().toLocalTime().date();
    m_dashboard = reports::cohortDashboard(m_store, m_modules, cohortId, today, m_language);
    const reports::CohortDashboard &d = m_dashboard;
    doc.subject = d.cohortName;
    doc.summary = tr("%n member(s). The numbers of each chart are in the table beside or below it.", nullptr, d.members);

    // Completion and passing per module.
    ReportSection modules;
    modules.id = QStringLiteral("modules");
    modules.heading = tr("Completion and pass rate");
    modules.chart.title = tr("Completion and pass rate per module (%)");
    modules.chart.percent = true;
    modules.chart.valueAxisTitle = tr("% of officers");
    QList<double> completion, passRate;
    for (const reports::DashboardModule &m : d.modules) {
        modules.table.rows << QStringList{m.title, QString::number(m.completed), percent(m.completionPercent),
                                          QString::number(m.attempted), percent(m.passRate), percent(m.averageBestScore),
                                          QString::number(m.overdue), date(m.due)};
        modules.chart.categories << m.title;
        completion << std::round(m.completionPercent.value_or(0));
        passRate << std::round(m.passRate.value_or(0));
    }
    modules.chart.series = {{tr("Completed"), completion}, {tr("Passed the exam"), passRate}};
    modules.table.header = {tr("Module"), tr("Completed"), tr("Completion"), tr("Attempted"),
                            tr("Pass rate"), tr("Average best score"), tr("Overdue"), tr("Due")};
    modules.note = tr("Completion: the share of the cohort's %n member(s) who completed the module. Pass rate: of the members who submitted the exam, those "
                      "who passed it; scores are each member's best exam result (a module without an exam is scored by its "
                      "mastery check; practice does not count).", nullptr, d.members);

    // Score distribution.
    ReportSection distribution;
    distribution.id = QStringLiteral("distribution");
    distribution.heading = tr("Score distribution");
    distribution.chart.title = tr("Best exam score per officer");
    distribution.chart.valueAxisTitle = tr("Officers");
    distribution.chartBesideTable = true;
    distribution.table.header << tr("Score (%)");
    for (int b = 0; b < reports::kScoreBins; ++b)
        distribution.chart.categories << reports::scoreBinLabel(b);
    const bool severalModules = d.modules.size() > 1;
    int scored = 0;
    for (const reports::DashboardModule &m : d.modules) {
        QList<double> counts;
        for (int n : m.scoreBins)
            counts << n;
        distribution.chart.series.append({m.title, counts});
        distribution.table.header << (severalModules ? m.title : tr("Officers"));
        scored += m.attempted;
    }
    if (severalModules)
        distribution.table.header << tr("All modules");
    for (int b = reports::kScoreBins - 1; b >= 0; --b) {
        QStringList r{reports::scoreBinLabel(b)};
        int all = 0;
        for (const reports::DashboardModule &m : d.modules) {
            r << QString::number(m.scoreBins[b]);
            all += m.scoreBins[b];
        }
        if (severalModules)
            r << QString::number(all);
        distribution.table.rows << r;
    }
    distribution.note = scored ? tr("Each officer who submitted the exam counts once per module, in the range of their best score.")
                               : tr("Nobody in this cohort has submitted an exam yet.");
    if (!scored)
        distribution.chart = {};

    // Time spent.
    ReportSection time;
    time.id = QStringLiteral("time");
    time.heading = tr("Time spent in assessments");
    time.table.header = {tr("Module"), tr("Attempts"), tr("Officers"), tr("Total"), tr("Median per officer")};
    auto duration = [](double minutes) {
        const int m = qRound(minutes);
        if (minutes > 0 && m == 0)
            return tr("under 1 min");
        if (m < 60)
            return tr("%1 min").arg(m);
        return tr("%1 h %2 min").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    for (const reports::DashboardModule &m : d.modules)
        time.table.rows << QStringList{m.title, QString::number(m.time.attempts), QString::number(m.time.members),
                                       m.time.attempts ? duration(m.time.totalMinutes) : kDash,
                                       m.time.medianMinutesPerMember ? duration(*m.time.medianMinutesPerMember) : kDash};
    time.note = tr("From the start of each submitted attempt (exam, practice or mastery check) to its submission, at most the "
                   "attempt's time limit. How long officers read lessons is not recorded, so it is not included.");

    // Overdue officers.
    ReportSection overdue;
    overdue.id = QStringLiteral("overdue");
    overdue.heading = tr("Overdue (%n)", nullptr, int(d.overdue.size()));
    overdue.table.header = {tr("Officer"), tr("Service number"), tr("Module"), tr("Due"), tr("Days overdue")};
    for (const reports::OverdueOfficer &o : d.overdue)
        overdue.table.rows << QStringList{o.name, o.serviceNumber, o.moduleTitle, date(o.due), QString::number(o.daysOverdue)};
    if (d.overdue.isEmpty())
        overdue.note = tr("Nobody is overdue.");

    for (ReportSection *s : {&modules, &distribution, &time, &overdue}) {
        s->table.title = s->heading;
        doc.sections << *s;
    }
    showDocument(doc);
}

void ReportsPage::showItems(const QString &moduleId, const QString &assessmentId)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("items");
    doc.title = tr("Item analysis");
    const content::ModulePackage *module = nullptr;
    for (const content::ModulePackage &m : std::as_const(m_modules))
        if (m.id == moduleId)
            module = &m;
    const content::Assessment *assessment = module ? module->assessment(assessmentId) : nullptr;
    if (!m_store || !assessment) {
        doc.summary = tr("No assessment to analyse.");
        showDocument(doc);
        return;
    }
    doc.subject = QStringLiteral("%1 · %2").arg(module->title.text(m_language), assessment->title.text(m_language));
    const QList<reports::ItemStatistics> stats = reports::analyseItems(*assessment, moduleId, m_store->allEvents());
    ReportSection items;
    items.id = QStringLiteral("items");
    items.heading = tr("Questions");
    int flagged = 0;
    for (const reports::ItemStatistics &s : stats) {
        QStringList options;
        for (auto it = s.optionCounts.constBegin(); it != s.optionCounts.constEnd(); ++it)
            options << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        QStringList flags;
        for (const QString &f : s.flags)
            flags << (f == QLatin1String("too-hard")              ? tr("too hard")
                      : f == QLatin1String("too-easy")            ? tr("too easy")
                      : f == QLatin1String("negative-discrimination") ? tr("strong officers get it wrong: check the key")
                                                                  : tr("does not separate strong and weak"));
        flagged += s.flags.isEmpty() ? 0 : 1;
        const content::Question *q = assessment->question(s.questionId);
        items.table.rows << QStringList{s.questionId, q ? q->text.text(m_language).simplified() : QString(), QString::number(s.responses),
                                        QString::number(s.difficulty, 'f', 2),
                                        s.discrimination ? QString::number(*s.discrimination, 'f', 2) : kDash,
                                        options.join(QStringLiteral("  ")), flags.join(QStringLiteral("; "))};
    }
    items.table.header = {tr("Question"), tr("Text"), tr("Responses"), tr("Difficulty (p)"), tr("Discrimination"), tr("Options chosen"),
                          tr("Flags")};
    items.table.title = items.heading;
    if (items.table.rows.isEmpty())
        items.note = tr("No submitted attempts yet.");
    doc.summary = tr("Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of "
                     "the score. %n question(s) flagged.",
                     nullptr, flagged);
    doc.sections << items;
    showDocument(doc);
}

void ReportsPage::showScenarioPaths(const QString &moduleId, const QString &activityId)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("scenario");
    doc.title = tr("Scenario paths");
    const content::ModulePackage *module = nullptr;
    for (const content::ModulePackage &m : std::as_const(m_modules))
        if (m.id == moduleId)
            module = &m;
    const content::Activity *activity = module ? module->activity(activityId) : nullptr;
    if (!m_store || !activity || !activity->isScenario()) {
        doc.summary = tr("No scenario to report on.");
        showDocument(doc);
        return;
    }
    doc.subject = QStringLiteral("%1 · %2").arg(module->title.text(m_language), activity->title.text(m_language));
    // The scenario's own texts name the decisions, choices and endings.
    const scenario::Scenario s = scenario::ScenarioLoader::loadFile(module->absolutePath(activity->file), module->directory);
    const reports::ScenarioPaths paths = reports::scenarioPaths(moduleId, activityId, m_store->allEvents());
    auto bandName = [this](const QString &band) {
        return band == QLatin1String("good") ? tr("good") : band == QLatin1String("partial") ? tr("partial") : band == QLatin1String("poor") ? tr("poor") : band;
    };

    ReportSection endings;
    endings.id = QStringLiteral("endings");
    endings.heading = tr("How the plays ended");
    endings.table.header = {tr("Ending"), tr("Result"), tr("Plays"), tr("Share"), tr("Average score")};
    for (const reports::ScenarioPaths::Ending &e : paths.endings) {
        QString name = QString(e.outcome).replace(QLatin1Char('-'), QLatin1Char(' '));
        for (const scenario::Node &n : s.nodes)
            if (n.isEnding() && n.outcome == e.outcome && !n.text.isEmpty()) {
                name += QStringLiteral(": ") + n.text.text(m_language).section(QLatin1Char('.'), 0, 0).simplified();
                break;
            }
        endings.table.rows << QStringList{name, bandName(e.band), QString::number(e.plays),
                                          percent(paths.plays > 0 ? std::optional<double>(100.0 * e.plays / paths.plays) : std::nullopt),
                                          percent(e.averagePercent)};
    }
    endings.table.title = endings.heading;
    if (endings.table.rows.isEmpty())
        endings.note = tr("Nobody has finished this scenario yet.");

    ReportSection decisions;
    decisions.id = QStringLiteral("decisions");
    decisions.heading = tr("Choices at each decision");
    decisions.table.header = {tr("Decision"), tr("Choice"), tr("Taken"), tr("Share")};
    // In the scenario's order, every choice, also those nobody took.
    for (const scenario::Node &n : s.nodes) {
        if (n.type != scenario::Node::Type::Decision)
            continue;
        const QMap<QString, int> taken = paths.choices.value(n.id);
        int total = 0;
        for (const int count : taken)
            total += count;
        for (const scenario::Choice &c : n.choices)
            decisions.table.rows << QStringList{n.text.text(m_language).simplified(), c.text.text(m_language).simplified(),
                                                QString::number(taken.value(c.id)),
                                                percent(total > 0 ? std::optional<double>(100.0 * taken.value(c.id) / total) : std::nullopt)};
    }
    decisions.table.title = decisions.heading;
    if (paths.decisions == 0)
        decisions.note = tr("No choices recorded yet.");

    doc.summary = tr("Plays finished: %1. Officers who finished it: %2. Choices recorded: %3. An officer who plays again counts "
                     "again.")
                      .arg(paths.plays)
                      .arg(paths.officers)
                      .arg(paths.decisions);
    doc.sections << endings << decisions;
    showDocument(doc);
}

void ReportsPage::showTranscript(const QString &officerId)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("transcript");
    doc.title = tr("Officer transcript");
    const std::optional<progress::Officer> officer = m_store && !officerId.isEmpty() ? m_store->officer(officerId) : std::nullopt;
    if (!officer) {
        doc.summary = tr("No officer chosen.");
        showDocument(doc);
        return;
    }
    doc.subject = officer->unit.isEmpty() ? QStringLiteral("%1 (%2)").arg(officer->displayName, officer->serviceNumber)
                                          : QStringLiteral("%1 (%2), %3").arg(officer->displayName, officer->serviceNumber, officer->unit);
    ReportSection section;
    section.id = QStringLiteral("transcript");
    section.heading = tr("Modules and attempts");
    const QList<reports::TranscriptModule> modules = reports::transcript(m_store, m_modules, officerId, m_language);
    auto assessmentTitle = [this](const QString &moduleId, const QString &assessmentId) {
        for (const content::ModulePackage &m : std::as_const(m_modules))
            if (m.id == moduleId)
                if (const content::Assessment *a = m.assessment(assessmentId))
                    return a->title.text(m_language);
        return assessmentId;
    };
    auto when = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : kDash; };
    for (const reports::TranscriptModule &m : modules) {
        const QString state = m.completed ? tr("completed %1").arg(date(m.completedAt.toLocalTime().date()))
                                          : tr("%1 of %2 lessons").arg(m.lessonsCompleted).arg(m.lessons);
        if (m.attempts.isEmpty())
            section.table.rows << QStringList{m.title, m.contentVersion, state, QString(), QString(), QString(), QString(), QString()};
        for (const reports::TranscriptAttempt &a : m.attempts)
            section.table.rows << QStringList{m.title, a.contentVersion, state, assessmentTitle(m.moduleId, a.assessmentId),
                                              QString::number(a.number), when(a.started), when(a.submitted),
                                              a.submitted.isValid()
                                                  ? QStringLiteral("%1 · %2").arg(percent(a.percent), a.passed ? tr("passed") : tr("not passed"))
                                                  : tr("in progress")};
    }
    section.table.header = {tr("Module"), tr("Version"), tr("Progress"), tr("Assessment"), tr("Attempt"), tr("Started"), tr("Submitted"),
                            tr("Result")};
    section.table.title = section.heading;
    if (section.table.rows.isEmpty())
        section.note = tr("This officer has not started a module yet.");
    doc.summary = tr("Every module, attempt, score, date and content version of this officer.");
    doc.sections << section;
    showDocument(doc);
}

QString ReportsPage::suggestedFileName(ExportFormat format) const
{
    QString name = slug(m_document.title);
    if (const QString s = slug(m_document.subject); !s.isEmpty())
        name += QLatin1Char('-') + s;
    name += QLatin1Char('-') + Clock::nowUtc().toLocalTime().date().toString(Qt::ISODate);
    return name + (format == ExportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
}

void ReportsPage::chooseFileAndExport(ExportFormat format)
{
    if (!m_allowed || m_exporting || m_document.tables().isEmpty())
        return;
    static QString lastDirectory = QDir::homePath();
    const bool pdf = format == ExportFormat::Pdf;
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export report as PDF") : tr("Export report as CSV"),
                                                QDir(lastDirectory).filePath(suggestedFileName(format)),
                                                pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    lastDirectory = QFileInfo(path).absolutePath();
    exportTo(path, format);
}

void ReportsPage::setStatus(const QString &text, bool error)
{
    m_status->setProperty("role", error ? QStringLiteral("error") : QString());
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReportsPage::cancelExport()
{
    if (m_exporting)
        m_cancelRequested = true;
}

reports::WriteOutcome ReportsPage::exportTo(const QString &path, ExportFormat format, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return reports::WriteOutcome::Failed;
    };
    if (!m_allowed)
        return fail(tr("Only trainers and administrators can export reports."));
    if (m_exporting)
        return fail(tr("An export is already running."));
    const ReportDocument document = m_document; // what is on screen now, whatever happens meanwhile
    const QList<reports::ReportTable> tables = document.tables();
    if (tables.isEmpty())
        return fail(tr("There is nothing to export yet."));

    m_exporting = true;
    m_cancelRequested = false;
    const bool existed = QFileInfo::exists(path);
    const bool pdf = format == ExportFormat::Pdf;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_subject, m_exportButton})
        w->setEnabled(false);
    m_csvAction->setEnabled(false);
    m_pdfAction->setEnabled(false);
    const int total = reports::rowCount(tables);
    const QString fileName = QFileInfo(path).fileName();
    auto label = [pdf, fileName](int done, int total) {
        return (pdf ? tr("Writing PDF %1: row %2 of %3") : tr("Writing CSV %1: row %2 of %3")).arg(fileName).arg(done).arg(total);
    };
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_exportLabel->setText(label(0, total));
    m_exportBar->show();
    m_escape->setEnabled(true);
    setStatus(QString(), false);
    m_cancelButton->setFocus();

    QPointer<ReportsPage> self(this);
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    QCoreApplication::processEvents(); // show the bar before the first row
    // Called after each row: report it, let the screen breathe every few tens of milliseconds,
    // and stop when Cancel was pressed (or the page went away meanwhile).
    const reports::ExportProgress progress = [self, &sinceEvents, label](int done, int total) {
        if (!self)
            return false;
        emit self->exportProgress(done, total);
        if (!self || self->m_cancelRequested)
            return false;
        self->m_progress->setValue(done);
        self->m_exportLabel->setText(label(done, total));
        if (sinceEvents.elapsed() >= 30) {
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return self && !self->m_cancelRequested;
    };
    QString writeError;
    reports::WriteOutcome outcome;
    if (pdf) {
        QList<QImage> charts;
        for (const ReportSection &s : document.sections)
            charts << (s.chart.isEmpty() ? QImage() : renderChart(s.chart, QSize(760, 300), 3.0));
        outcome = writeReportPdf(path, document, charts, progress, &writeError);
    } else {
        outcome = reports::writeCsv(path, tables, progress, &writeError);
    }
    if (!self) // the screen was rebuilt meanwhile (language or theme); the export stopped with it
        return outcome;

    m_exporting = false;
    m_cancelRequested = false;
    m_exportBar->hide();
    m_escape->setEnabled(false);
    m_kind->setEnabled(true);
    m_subject->setEnabled(true);
    m_exportButton->setEnabled(!m_document.tables().isEmpty());
    m_exportButton->setFocus();
    m_csvAction->setEnabled(m_allowed);
    m_pdfAction->setEnabled(m_allowed);
    QString message;
    switch (outcome) {
    case reports::WriteOutcome::Written:
        message = tr("Saved %1").arg(QDir::toNativeSeparators(path));
        break;
    case reports::WriteOutcome::Cancelled:
        message = existed ? tr("Export cancelled. %1 was left as it was.").arg(QDir::toNativeSeparators(path))
                          : tr("Export cancelled. No file was written.");
        break;
    case reports::WriteOutcome::Failed:
        message = tr("The report could not be saved: %1. Choose another folder or file name and try again.").arg(writeError);
        break;
    }
    setStatus(message, outcome == reports::WriteOutcome::Failed);
    if (error)
        *error = outcome == reports::WriteOutcome::Written ? QString() : message;
    emit exportFinished(outcome, path);
    return outcome;
}

} // namespace cca::trainer
