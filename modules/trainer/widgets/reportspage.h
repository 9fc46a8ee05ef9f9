#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace cca::trainer {

// Trainer reports: a cohort's completion and scores per module (with a chart), the item analysis
// of an assessment, and an officer's transcript; each exportable to CSV.
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
    bool exportCurrent(const QString &path, QString *error); // the table on screen, as CSV

    QTableWidget *table() const { return m_table; }
    QString chartTitle() const;

private:
    void setTable(const QStringList &header, const QList<QStringList> &rows);

    progress::ProgressStore *m_store = nullptr;
    QList<content::ModulePackage> m_modules;
    QString m_language;
    bool m_allowed = false;
    QWidget *m_body;
    QLabel *m_locked;
    QComboBox *m_kind;
    QComboBox *m_subject;
    QLabel *m_summary;
    QVBoxLayout *m_chartHost;
    QWidget *m_chart = nullptr;
    QTableWidget *m_table;
};

} // namespace cca::trainer
