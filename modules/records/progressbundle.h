#pragma once

#include "progress/event.h"
#include "progress/officer.h"
#include "progress/progressstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cca::records {

// Officers and events carried between stations that are not connected, as one JSON file:
//   {"format": "ccacademy-progress-bundle", "version": 1, "exported_at": "...", "station": "...",
//    "since": "...", "officers": [...], "events": [...]}
// Events keep their UUIDs and recording order, so importing the same bundle again adds nothing.
class ProgressBundle
{
public:
    static const QString Format; // "ccacademy-progress-bundle"
    static constexpr int Version = 1;

    QDateTime exportedAt; // UTC
    QString station;      // optional: where it was exported
    QDateTime since;      // optional: the export only holds events from here on
    QList<progress::Officer> officers;
    QList<progress::Event> events;

    // Every officer of the store and the events recorded at or after `since` (all when invalid).
    static ProgressBundle fromStore(progress::ProgressStore &store, const QDateTime &since = {}, const QString &station = {});

    QJsonObject toJson() const;
    // nullopt with a message saying which record is bad ("events[3]: \"id\" is missing").
    static std::optional<ProgressBundle> fromJson(const QJsonObject &json, QString *error);

    // Written atomically: the file is either the old one or the complete new one.
    bool save(const QString &path, QString *error) const;
    // Errors start with the file name.
    static std::optional<ProgressBundle> load(const QString &path, QString *error);

    // Merges into the store (one transaction); counts what was new and what was already there.
    bool importInto(progress::ProgressStore &store, progress::ProgressStore::ImportCounts *counts, QString *error) const;
};

} // namespace cca::records
