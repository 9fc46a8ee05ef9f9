#pragma once

#include "content/package.h"
#include "learning/assignedmodules.h"
#include "progress/officer.h"
#include "progress/progressderiver.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace cca::shell {

// Home: one obvious next step ("Continue" or "Start"), then modules in progress and completed.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setData(const progress::Officer &officer, const QList<content::ModulePackage> &modules,
                 const QMap<QString, progress::ModuleProgress> &progress, const QString &language, int reviewsDue,
                 const QList<learning::AssignedModule> &assigned = {});
    QPushButton *primaryAction() const { return m_primary; }
    QString primaryModuleId() const { return m_primaryModule; }

signals:
    void moduleRequested(const QString &moduleId);   // open the module page
    void continueRequested(const QString &moduleId); // go straight to where the officer left off
    void catalogRequested();
    void reviewRequested();

private:
    QVBoxLayout *m_layout;
    QPushButton *m_primary = nullptr;
    QString m_primaryModule;
};

} // namespace cca::shell
