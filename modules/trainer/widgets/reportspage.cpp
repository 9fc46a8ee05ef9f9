#include "trainer/widgets/reportspage.h"

#include "core/clock.h"
#include "reports/csvwriter.h"
#include "reports/itemanalysis.h"
#include "reports/transcript.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cca::trainer {

namespace {
QString percent(double p)
{
    return QStringLiteral("%1%").arg(qRound(p));
}
} // namespace

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(12);
    root->addWidget(ui::heading(tr("Reports"), "h1", this));
    m_locked = ui::mutedLabel(tr("Only trainers and administrators can see reports."), this);
    root->addWidget(m_locked);
    m_body = new QWidget(this);
    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->setSpacing(12);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(m_body);
    m_kind->setAccessibleName(tr("Report"));
    m_kind->addItem(tr("Cohort dashboard"), QStringLiteral("cohort"));
    m_kind->addItem(tr("Item analysis"), QStringLiteral("items"));
    m_kind->addItem(tr("Officer transcript"), QStringLiteral("transcript"));
    m_subject = new QComboBox(m_body);
    m_subject->setAccessibleName(tr("Cohort, assessment or officer"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), m_body);
    row->addWidget(m_kind);
    row->addWidget(m_subject, 1);
    row->addWidget(exportButton);
    bl->addLayout(row);
    m_summary = ui::mutedLabel(QString(), m_body);
    bl->addWidget(m_summary);
    m_chartHost = new QVBoxLayout;
    bl->addLayout(m_chartHost);
    m_table = new QTableWidget(m_body);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    bl->addWidget(m_table, 1);
    root->addWidget(m_body, 1);

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
        else
            showTranscript(subject);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [fillSubjects, show] {
        fillSubjects();
        show();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, show);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QDir::home().filePath(QStringLiteral("report.csv")),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCurrent(path, &error))
            m_summary->setText(tr("The report could not be saved: %1").arg(error));
        else if (!path.isEmpty())
            m_summary->setText(tr("Saved %1").arg(path));
    });
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
    if (!m_allowed)
        return;
    // Refill the subjects for the current report kind and show the first.
    const int kind = m_kind->currentIndex();
    m_kind->setCurrentIndex(kind == 0 ? 1 : 0);
    m_kind->setCurrentIndex(kind);
}

void ReportsPage::setTable(const QStringList &header, const QList<QStringList> &rows)
{
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            bool numeric = false;
            const double v = QString(rows[r][c]).remove(QLatin1Char('%')).toDouble(&numeric);
            if (numeric)
                item->setData(Qt::UserRole, v);
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

QString ReportsPage::chartTitle() const
{
    auto *view = qobject_cast<QChartView *>(m_chart);
    return view ? view->chart()->title() : QString();
}

void ReportsPage::showCohort(const QString &cohortId)
{
    delete m_chart;
    m_chart = nullptr;
    if (!m_store || cohortId.isEmpty()) {
        setTable({}, {});
        m_summary->setText(tr("No cohort yet. Create one under Cohorts."));
        return;
    }
    const QStringList members = m_store->cohortMembers(cohortId);
    const QDate today = Clock::nowUtc().toLocalTime().date();
    QList<QStringList> rows;
    auto *completedSet = new QBarSet(tr("Completed"));
    auto *passedSet = new QBarSet(tr("Passed the exam"));
    QStringList categories;
    for (const content::ModulePackage &m : std::as_const(m_modules)) {
        int completed = 0, attempted = 0, passed = 0, overdue = 0;
        double scoreSum = 0;
        QDate due;
        for (const progress::Assignment &a : m_store->assignments())
            if (a.cohortId == cohortId && a.moduleId == m.id && (!due.isValid() || a.due < due))
                due = a.due;
        for (const QString &officer : members) {
            const progress::ModuleProgress p = m_store->moduleProgress(officer, m.id);
            completed += p.completed ? 1 : 0;
            if (const auto best = p.bestPercent()) {
                ++attempted;
                scoreSum += *best;
                bool anyPassed = false;
                for (const progress::AssessmentResult &r : p.bestResults)
                    anyPassed = anyPassed || r.passed;
                passed += anyPassed ? 1 : 0;
            }
            if (due.isValid() && due < today && !p.completed)
                ++overdue;
        }
        const int n = int(members.size());
        rows << QStringList{m.title.text(m_language), QString::number(n), QString::number(completed),
                            n ? percent(100.0 * completed / n) : QStringLiteral("–"), attempted ? percent(100.0 * passed / attempted) : QStringLiteral("–"),
                            attempted ? percent(scoreSum / attempted) : QStringLiteral("–"), QString::number(overdue),
                            due.isValid() ? QLocale().toString(due, QLocale::ShortFormat) : QStringLiteral("–")};
        categories << m.title.text(m_language);
        *completedSet << (n ? 100.0 * completed / n : 0.0);
        *passedSet << (attempted ? 100.0 * passed / attempted : 0.0);
    }
    setTable({tr("Module"), tr("Members"), tr("Completed"), tr("Completion"), tr("Pass rate"), tr("Average best score"), tr("Overdue"),
              tr("Due")},
             rows);
    auto *series = new QBarSeries;
    series->append(completedSet);
    series->append(passedSet);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Completion and pass rate per module (%)"));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTheme(ui::Theme::current() == ui::Theme::Mode::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    auto *view = new QChartView(chart, m_body);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    m_chart = view;
    m_chartHost->addWidget(view);
    m_summary->setText(tr("%n member(s). Numbers are beside the chart in the table below; click a column to sort.", nullptr, int(members.size())));
}

void ReportsPage::showItems(const QString &moduleId, const QString &assessmentId)
{
    delete m_chart;
    m_chart = nullptr;
    const content::ModulePackage *module = nullptr;
    for (const content::ModulePackage &m : std::as_const(m_modules))
        if (m.id == moduleId)
            module = &m;
    const content::Assessment *assessment = module ? module->assessment(assessmentId) : nullptr;
    if (!m_store || !assessment) {
        setTable({}, {});
        return;
    }
    const QList<reports::ItemStatistics> stats = reports::analyseItems(*assessment, moduleId, m_store->allEvents());
    QList<QStringList> rows;
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
        rows << QStringList{s.questionId, q ? q->text.text(m_language).left(80) : QString(), QString::number(s.responses),
                            QString::number(s.difficulty, 'f', 2),
                            s.discrimination ? QString::number(*s.discrimination, 'f', 2) : QStringLiteral("–"),
                            options.join(QStringLiteral("  ")), flags.join(QStringLiteral("; "))};
    }
    setTable({tr("Question"), tr("Text"), tr("Responses"), tr("Difficulty (p)"), tr("Discrimination"), tr("Options chosen"), tr("Flags")},
             rows);
    m_summary->setText(tr("Difficulty is the share of right answers; discrimination is the point-biserial correlation with the rest of "
                          "the score. %n question(s) flagged.",
                          nullptr, flagged));
}

void ReportsPage::showTranscript(const QString &officerId)
{
    delete m_chart;
    m_chart = nullptr;
    if (!m_store || officerId.isEmpty()) {
        setTable({}, {});
        return;
    }
    QList<QStringList> rows;
    const QList<reports::TranscriptModule> modules = reports::transcript(m_store, m_modules, officerId, m_language);
    for (const reports::TranscriptModule &m : modules) {
        const QString state = m.completed ? tr("completed %1").arg(QLocale().toString(m.completedAt.toLocalTime().date(), QLocale::ShortFormat))
                                          : tr("%1 of %2 lessons").arg(m.lessonsCompleted).arg(m.lessons);
        if (m.attempts.isEmpty())
            rows << QStringList{m.title, m.contentVersion, state, QString(), QString(), QString(), QString()};
        for (const reports::TranscriptAttempt &a : m.attempts)
            rows << QStringList{m.title, a.contentVersion, state, a.assessmentId, QString::number(a.number),
                                QLocale().toString(a.started.toLocalTime(), QLocale::ShortFormat),
                                a.submitted.isValid() ? QStringLiteral("%1 · %2").arg(percent(a.percent), a.passed ? tr("passed") : tr("not passed"))
                                                      : tr("in progress")};
    }
    setTable({tr("Module"), tr("Version"), tr("Progress"), tr("Assessment"), tr("Attempt"), tr("Started"), tr("Result")}, rows);
    m_summary->setText(tr("Every module, attempt, score, date and content version of this officer."));
}

bool ReportsPage::exportCurrent(const QString &path, QString *error)
{
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_table->columnCount(); ++c)
            row << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        rows << row;
    }
    return reports::writeCsv(path, header, rows, error);
}

} // namespace cca::trainer
