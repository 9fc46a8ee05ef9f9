#pragma once

#include "progress/event.h"
#include "progress/officer.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cca::records {

// Officers and events as plain JSON, the way a progress bundle carries them between stations.
// An officer travels with id, name, service number, unit, role and creation time; sign-in secrets
// and lockout state never leave the station.
class RecordJson
{
public:
    static QJsonObject officerToJson(const progress::Officer &officer);
    static QJsonObject eventToJson(const progress::Event &event);

    // nullopt with a message naming the bad field when the record is not valid.
    static std::optional<progress::Officer> officerFromJson(const QJsonObject &json, QString *error);
    static std::optional<progress::Event> eventFromJson(const QJsonObject &json, QString *error);

    static QString isoUtc(const QDateTime &time); // 2024-05-01T08:30:00.000Z
    static QDateTime parseIsoUtc(const QString &text); // invalid unless a full date and time
};

} // namespace cca::records
