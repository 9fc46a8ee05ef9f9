#pragma once

#include "content/package.h"
#include "progress/progressstore.h"
#include "reports/dashboard.h"
#include "reports/reporttable.h"
#include "trainer/widgets/reportdocument.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QTableWidget;
class QVBoxLayout;

namespace cca::trainer {

enum class ExportFormat { Csv, Pdf };

// Trainer reports: a cohort's dashboard (completion and pass rate per module, score distribution,
// time spent in assessments, overdue officers; charts with their numbers beside them), the item
// analysis of an assessment, and an officer's transcript. Each exports to CSV or PDF, row by row
// with an inline progress bar and a Cancel button.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);

    void setData(progress::ProgressStore *store, const QList<content::ModulePackage> &modules, const QString &language,
                 const QString &role);
    void showCohort(const QString &cohortId);
    void showItems(const QString &moduleId, const QString &assessmentId);
    void showTranscript(const QString &officerId);
    // How officers went through a scenario activity: their endings and the choices at each decision.
    void showScenarioPaths(const QString &moduleId, const QString &activityId);

    // Exports the report on screen to path. Runs here, row by row, keeping the screen responsive;
    // cancelExport() (the Cancel button, Esc, or a slot on exportProgress) stops it and leaves
    // nothing at path. The outcome is also said on the page.
    reports::WriteOutcome exportTo(const QString &path, ExportFormat format, QString *error = nullptr);
    bool isExporting() const { return m_exporting; }

    const ReportDocument &document() const { return m_document; }
    const reports::CohortDashboard &dashboard() const { return m_dashboard; }
    // The table of a section ("modules", "distribution", "time", "overdue", "items", "transcript");
    // the first section's when id is empty.
    QTableWidget *table(const QString &sectionId = {}) const;
    QStringList chartTitles() const;
    QString chartTitle() const { return chartTitles().value(0); }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *exportProgressBar() const { return m_progress; }

public slots:
    void cancelExport();

signals:
    void exportProgress(int done, int total);
    void exportFinished(cca::reports::WriteOutcome outcome, const QString &path);

private:
    void showDocument(const ReportDocument &document);
    void chooseFileAndExport(ExportFormat format);
    void setStatus(const QString &text, bool error);
    QString suggestedFileName(ExportFormat format) const;

    progress::ProgressStore *m_store = nullptr;
    QList<content::ModulePackage> m_modules;
    QString m_language;
    bool m_allowed = false;
    ReportDocument m_document;
    reports::CohortDashboard m_dashboard;
    QWidget *m_body;
    QLabel *m_locked;
    QComboBox *m_kind;
    QComboBox *m_subject;
    QPushButton *m_exportButton;
    QAction *m_csvAction;
    QAction *m_pdfAction;
    QWidget *m_exportBar;
    QLabel *m_exportLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QShortcut *m_escape;
    QLabel *m_status;
    QLabel *m_summary;
    QVBoxLayout *m_sections;
    QList<std::pair<QString, QTableWidget *>> m_tables;
    QList<QWidget *> m_charts;
    bool m_exporting = false;
    bool m_cancelRequested = false;
};

} // namespace cca::trainer
