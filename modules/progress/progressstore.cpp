#include "progress/progressstore.h"

#include "progress/postgresprogressstore.h"
#include "progress/sqliteprogressstore.h"


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

bool isServerAddress(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("postgresql://")) || pathOrUrl.startsWith(QLatin1String("postgres://"));
}

OpenResult openProgressStore(const QString &pathOrUrl, const QString &password)
{
    if (isServerAddress(pathOrUrl))
        return PostgresProgressStore::open(pathOrUrl, password);
    QString path = pathOrUrl;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    else if (path.startsWith(QLatin1String("file:")))
        path = path.mid(5);
    return SqliteProgressStore::open(path);
}

} // namespace cca::progress
