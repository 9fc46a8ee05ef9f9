#include "progress/event.h"

#include "core/clock.h"

#include <QUuid>

namespace cca::progress {

Event Event::make(const QString &officerId, const QString &verb, const QString &moduleId,
                  const QString &moduleVersion, const QString &objectType, const QString &objectId,
                  const QJsonObject &data)
{
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.officerId = officerId;
    e.verb = verb;
    e.moduleId = moduleId;
    e.moduleVersion = moduleVersion;
    e.objectType = objectType;
    e.objectId = objectId;
    e.data = data;
    e.timestamp = Clock::nowUtc();
    return e;
}

} // namespace cca::progress
