#include "progress/progressstore.h"

#include "progress/sqliteprogressstore.h"

#include <QCoreApplication>

namespace cca::progress {

ModuleProgress ProgressStore::moduleProgress(const QString &officerId, const QString &moduleId)
{
    ModuleProgress p = ProgressDeriver::derive(events(officerId, moduleId)).value(moduleId);
    p.moduleId = moduleId;
    return p;
}

QMap<QString, ModuleProgress> ProgressStore::allProgress(const QString &officerId)
{
    return ProgressDeriver::derive(events(officerId));
}

OpenResult openProgressStore(const QString &pathOrUrl)
{
    QString path = pathOrUrl;
    if (path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://")))
        return {nullptr,
                QCoreApplication::translate("cca::progress", "This version stores progress in SQLite only; "
                                                             "the PostgreSQL central store is not available yet (%1).")
                    .arg(pathOrUrl),
                {}};
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.startsWith(QLatin1String("file:")))
        path = path.mid(5);
    return SqliteProgressStore::open(path);
}

} // namespace cca::progress
