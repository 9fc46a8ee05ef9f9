#include "records/progressbundle.h"

#include "records/recordjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace cca::records {

const QString ProgressBundle::Format = QStringLiteral("ccacademy-progress-bundle");

namespace {
const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kExportedAt = QStringLiteral("exported_at");
const QString kStation = QStringLiteral("station");
const QString kSince = QStringLiteral("since");
const QString kOfficers = QStringLiteral("officers");
const QString kEvents = QStringLiteral("events");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

ProgressBundle ProgressBundle::fromStore(progress::ProgressStore &store, const QDateTime &since, const QString &station)
{
    ProgressBundle b;
    b.exportedAt = QDateTime::currentDateTimeUtc();
    b.station = station;
    b.since = since.isValid() ? since.toUTC() : QDateTime();
    b.officers = store.officers();
    b.events = store.allEvents(b.since);
    return b;
}

QJsonObject ProgressBundle::toJson() const
{
    QJsonArray officersJson;
    for (const progress::Officer &o : officers)
        officersJson.append(RecordJson::officerToJson(o));
    QJsonArray eventsJson;
    for (const progress::Event &e : events)
        eventsJson.append(RecordJson::eventToJson(e));
    QJsonObject json{{kFormat, Format},
                     {kVersion, Version},
                     {kExportedAt, RecordJson::isoUtc(exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc())},
                     {kOfficers, officersJson},
                     {kEvents, eventsJson}};
    if (!station.isEmpty())
        json.insert(kStation, station);
    if (since.isValid())
        json.insert(kSince, RecordJson::isoUtc(since));
    return json;
}

std::optional<ProgressBundle> ProgressBundle::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(kFormat).toString() != Format) {
        setError(error, QStringLiteral("not a progress bundle (\"format\" must be \"%1\")").arg(Format));
        return std::nullopt;
    }
    const QJsonValue version = json.value(kVersion);
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        setError(error, QStringLiteral("\"version\" must be a whole number"));
        return std::nullopt;
    }
    if (version.toInt() != Version) {
        setError(error, QStringLiteral("bundle version %1 is not supported (this program reads version %2)")
                            .arg(version.toInt())
                            .arg(Version));
        return std::nullopt;
    }
    ProgressBundle b;
    b.exportedAt = RecordJson::parseIsoUtc(json.value(kExportedAt).toString());
    if (!b.exportedAt.isValid()) {
        setError(error, QStringLiteral("\"exported_at\" must be an ISO 8601 date and time"));
        return std::nullopt;
    }
    if (json.contains(kStation) && !json.value(kStation).isString()) {
        setError(error, QStringLiteral("\"station\" must be a string"));
        return std::nullopt;
    }
    b.station = json.value(kStation).toString();
    if (json.contains(kSince)) {
        b.since = RecordJson::parseIsoUtc(json.value(kSince).toString());
        if (!b.since.isValid()) {
            setError(error, QStringLiteral("\"since\" must be an ISO 8601 date and time"));
            return std::nullopt;
        }
    }
    if (!json.value(kOfficers).isArray() || !json.value(kEvents).isArray()) {
        setError(error, QStringLiteral("\"%1\" must be an array").arg(json.value(kOfficers).isArray() ? kEvents : kOfficers));
        return std::nullopt;
    }
    QSet<QString> officerIds;
    const QJsonArray officersJson = json.value(kOfficers).toArray();
    for (qsizetype i = 0; i < officersJson.size(); ++i) {
        QString why = QStringLiteral("not an object");
        const auto o = officersJson[i].isObject() ? RecordJson::officerFromJson(officersJson[i].toObject(), &why) : std::nullopt;
        if (!o) {
            setError(error, QStringLiteral("officers[%1]: %2").arg(i).arg(why));
            return std::nullopt;
        }
        if (officerIds.contains(o->id)) {
            setError(error, QStringLiteral("officers[%1]: officer %2 is listed twice").arg(i).arg(o->id));
            return std::nullopt;
        }
        officerIds.insert(o->id);
        b.officers << *o;
    }
    QSet<QString> eventIds;
    const QJsonArray eventsJson = json.value(kEvents).toArray();
    for (qsizetype i = 0; i < eventsJson.size(); ++i) {
        QString why = QStringLiteral("not an object");
        const auto e = eventsJson[i].isObject() ? RecordJson::eventFromJson(eventsJson[i].toObject(), &why) : std::nullopt;
        if (!e) {
            setError(error, QStringLiteral("events[%1]: %2").arg(i).arg(why));
            return std::nullopt;
        }
        if (!officerIds.contains(e->officerId)) {
            setError(error, QStringLiteral("events[%1] (%2): officer %3 is not in the bundle's officers").arg(i).arg(e->id, e->officerId));
            return std::nullopt;
        }
        if (eventIds.contains(e->id)) {
            setError(error, QStringLiteral("events[%1]: event %2 is listed twice").arg(i).arg(e->id));
            return std::nullopt;
        }
        eventIds.insert(e->id);
        b.events << *e;
    }
    return b;
}

bool ProgressBundle::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<ProgressBundle> ProgressBundle::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        setError(error, QStringLiteral("%1: not valid JSON at offset %2: %3").arg(path).arg(parse.offset).arg(parse.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(error, QStringLiteral("%1: not a progress bundle (expected a JSON object)").arg(path));
        return std::nullopt;
    }
    QString why;
    auto bundle = fromJson(doc.object(), &why);
    if (!bundle)
        setError(error, QStringLiteral("%1: %2").arg(path, why));
    return bundle;
}

bool ProgressBundle::importInto(progress::ProgressStore &store, progress::ProgressStore::ImportCounts *counts, QString *error) const
{
    return store.importRecords(officers, events, counts, error);
}

} // namespace cca::records
