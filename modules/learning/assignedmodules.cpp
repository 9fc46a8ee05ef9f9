#include "learning/assignedmodules.h"

#include <QMap>

#include <algorithm>

namespace cca::learning {

QList<AssignedModule> assignedModules(progress::ProgressStore *store, const QList<content::ModulePackage> &modules,
                                      const QString &officerId, const QString &language, const QDate &today)
{
    QMap<QString, QDate> due;
    const QList<progress::Assignment> assignments = store->assignmentsFor(officerId);
    for (const progress::Assignment &a : assignments)
        if (!due.contains(a.moduleId) || a.due < due.value(a.moduleId))
            due.insert(a.moduleId, a.due);
    const QMap<QString, progress::ModuleProgress> progress = store->allProgress(officerId);
    QList<AssignedModule> out;
    for (auto it = due.constBegin(); it != due.constEnd(); ++it) {
        AssignedModule m;
        m.moduleId = it.key();
        m.due = it.value();
        m.title = it.key();
        for (const content::ModulePackage &p : modules)
            if (p.id == it.key())
                m.title = p.title.text(language);
        m.completed = progress.value(it.key()).completed;
        m.overdue = !m.completed && m.due < today;
        out << m;
    }
    std::sort(out.begin(), out.end(), [](const AssignedModule &a, const AssignedModule &b) {
        if (a.completed != b.completed)
            return !a.completed;
        return a.due < b.due;
    });
    return out;
}

} // namespace cca::learning
