#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cca::trainer {

// Cohorts (a course intake, a unit) and what is assigned to them, with due dates.
// Only trainers and administrators may use it.
class CohortsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsPage(QWidget *parent = nullptr);

    void setData(progress::ProgressStore *store, const QList<content::ModulePackage> &modules, const QString &language,
                 const QString &role, const QString &trainerId);
    bool createCohort(const QString &name);
    bool saveMembers();
    bool assign(const QString &moduleId, const QDate &due);
    void selectCohort(const QString &cohortId);

    QListWidget *cohortList() const { return m_cohorts; }
    QListWidget *memberList() const { return m_members; }
    QListWidget *assignmentList() const { return m_assignments; }
    QLabel *statusLabel() const { return m_status; }

private:
    void refreshCohorts();
    void refreshCohort();
    QString selectedCohort() const;

    progress::ProgressStore *m_store = nullptr;
    QList<content::ModulePackage> m_modules;
    QString m_language;
    QString m_trainerId;
    bool m_allowed = false;
    QWidget *m_body;
    QLabel *m_locked;
    QListWidget *m_cohorts;
    QLineEdit *m_newName;
    QListWidget *m_members;
    QComboBox *m_module;
    QDateEdit *m_due;
    QListWidget *m_assignments;
    QLabel *m_status;
};

} // namespace cca::trainer
