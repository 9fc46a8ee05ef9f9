#include "records/recordjson.h"

#include <QJsonValue>
#include <QUuid>

namespace cca::records {

namespace {

const QString kId = QStringLiteral("id");

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

// A required, non-empty string field; sets the error and returns false otherwise.
bool requireString(const QJsonObject &json, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = json.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        if (error)
            *error = v.isUndefined() ? QStringLiteral("\"%1\" is missing").arg(key)
                                     : QStringLiteral("\"%1\" must be a non-empty string").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

// An optional string field: absent or a string.
bool optionalString(const QJsonObject &json, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        if (error)
            *error = QStringLiteral("\"%1\" must be a string").arg(key);
        return false;
    }
    *out = v.toString();
    return true;
}

} // namespace

QString RecordJson::isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime RecordJson::parseIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject RecordJson::officerToJson(const progress::Officer &o)
{
    QJsonObject json{{kId, o.id},
                     {QStringLiteral("display_name"), o.displayName},
                     {QStringLiteral("service_number"), o.serviceNumber},
                     {QStringLiteral("unit"), o.unit},
                     {QStringLiteral("role"), o.role}};
    if (o.createdAt.isValid())
        json.insert(QStringLiteral("created_at"), isoUtc(o.createdAt));
    return json;
}

QJsonObject RecordJson::eventToJson(const progress::Event &e)
{
    return QJsonObject{{kId, e.id},
                       {QStringLiteral("officer_id"), e.officerId},
                       {QStringLiteral("verb"), e.verb},
                       {QStringLiteral("module_id"), e.moduleId},
                       {QStringLiteral("module_version"), e.moduleVersion},
                       {QStringLiteral("object_type"), e.objectType},
                       {QStringLiteral("object_id"), e.objectId},
                       {QStringLiteral("data"), e.data},
                       {QStringLiteral("timestamp"), isoUtc(e.timestamp)}};
}

std::optional<progress::Officer> RecordJson::officerFromJson(const QJsonObject &json, QString *error)
{
    progress::Officer o;
    if (!requireString(json, kId, &o.id, error) || !requireString(json, QStringLiteral("service_number"), &o.serviceNumber, error)
        || !optionalString(json, QStringLiteral("display_name"), &o.displayName, error)
        || !optionalString(json, QStringLiteral("unit"), &o.unit, error)
        || !requireString(json, QStringLiteral("role"), &o.role, error))
        return std::nullopt;
    if (!isUuid(o.id)) {
        if (error)
            *error = QStringLiteral("\"id\" is not a UUID: %1").arg(o.id);
        return std::nullopt;
    }
    if (!progress::Officer::roles().contains(o.role)) {
        if (error)
            *error = QStringLiteral("\"role\" must be one of %1, not \"%2\"")
                         .arg(progress::Officer::roles().join(QStringLiteral(", ")), o.role);
        return std::nullopt;
    }
    QString created;
    if (!optionalString(json, QStringLiteral("created_at"), &created, error))
        return std::nullopt;
    if (!created.isEmpty()) {
        o.createdAt = parseIsoUtc(created);
        if (!o.createdAt.isValid()) {
            if (error)
                *error = QStringLiteral("\"created_at\" is not an ISO 8601 date and time: %1").arg(created);
            return std::nullopt;
        }
    }
    return o;
}

std::optional<progress::Event> RecordJson::eventFromJson(const QJsonObject &json, QString *error)
{
    progress::Event e;
    QString timestamp;
    if (!requireString(json, kId, &e.id, error) || !requireString(json, QStringLiteral("officer_id"), &e.officerId, error)
        || !requireString(json, QStringLiteral("verb"), &e.verb, error)
        || !requireString(json, QStringLiteral("module_id"), &e.moduleId, error)
        || !optionalString(json, QStringLiteral("module_version"), &e.moduleVersion, error)
        || !requireString(json, QStringLiteral("object_type"), &e.objectType, error)
        || !requireString(json, QStringLiteral("object_id"), &e.objectId, error)
        || !requireString(json, QStringLiteral("timestamp"), &timestamp, error))
        return std::nullopt;
    if (!isUuid(e.id)) {
        if (error)
            *error = QStringLiteral("\"id\" is not a UUID: %1").arg(e.id);
        return std::nullopt;
    }
    e.timestamp = parseIsoUtc(timestamp);
    if (!e.timestamp.isValid()) {
        if (error)
            *error = QStringLiteral("\"timestamp\" is not an ISO 8601 date and time: %1").arg(timestamp);
        return std::nullopt;
    }
    const QJsonValue data = json.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject()) {
        if (error)
            *error = QStringLiteral("\"data\" must be an object");
        return std::nullopt;
    }
    e.data = data.toObject();
    return e;
}

} // namespace cca::records
