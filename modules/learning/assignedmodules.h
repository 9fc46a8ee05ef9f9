#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QDate>
#include <QList>

namespace cca::learning {

// A module an officer has to do, as Home lists it.
struct AssignedModule
{
    QString moduleId;
    QString title; // in the officer's language
    QDate due;     // the earliest due date when assigned more than once (cohort and personal)
    bool completed = false;
    bool overdue = false; // due date passed and not completed
};

// Everything assigned to the officer, personally or through a cohort, soonest due first.
QList<AssignedModule> assignedModules(progress::ProgressStore *store, const QList<content::ModulePackage> &modules,
                                      const QString &officerId, const QString &language, const QDate &today);

} // namespace cca::learning
