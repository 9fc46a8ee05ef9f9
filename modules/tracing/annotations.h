#pragma once

#include "tracing/tracegraph.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cca::tracing {

// What an officer wrote on one address or transaction of a case: a free-text note and short tags.
struct NodeNote
{
    QString note;
    QStringList tags;

    bool isEmpty() const { return note.trimmed().isEmpty() && tags.isEmpty(); }
    bool operator==(const NodeNote &other) const { return note == other.note && tags == other.tags; }
    bool operator!=(const NodeNote &other) const { return !(*this == other); }
    QJsonObject toJson() const;
    static NodeNote fromJson(const QJsonObject &json);
};

// An officer's notes and tags on one case, keyed by a reference that names the node by its text,
// never by the graph's integer ids (those depend on how the loader indexes the file):
//   "address:<chain id>:<address>"  or  "tx:<txid>".
// Saved as one JSON object with the officer's progress (an `annotated` event on the tracing case,
// see docs/tracing.md): {"format": 1, "notes": [{"node": ref, "note": text, "tags": [text, ...]}]}.
class CaseAnnotations
{
public:
    static constexpr int kFormat = 1;
    static constexpr int kMaxNoteLength = 4000;
    static constexpr int kMaxTagLength = 40;
    static constexpr int kMaxTags = 12;

    static QString addressRef(const TraceGraph &graph, int address);
    static QString txRef(const TraceGraph &graph, int tx);
    // The graph id a reference names: {true, address id} for an address, {false, tx id} for a
    // transaction; id -1 when the case has no such node.
    struct Target
    {
        bool address = true;
        int id = -1;
    };
    static Target resolve(const TraceGraph &graph, const QString &ref);

    // Splits "a, b,c" into tags: trimmed, empty ones dropped, duplicates (any case) once, each at
    // most kMaxTagLength characters, at most kMaxTags.
    static QStringList parseTags(const QString &text);
    // The note as stored: trimmed at the end, at most kMaxNoteLength characters.
    static QString cleanNote(const QString &note);

    NodeNote get(const QString &ref) const { return m_entries.value(ref); }
    // Sets (or, when empty, removes) the note and tags of a node.
    void set(const QString &ref, const NodeNote &note);
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    bool operator==(const CaseAnnotations &other) const { return m_entries == other.m_entries; }

    QJsonObject toJson() const;
    // Reads what toJson wrote; on bad input returns an empty set and names the field in `error`
    // ("notes[2].tags: expected an array of texts").
    static CaseAnnotations fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    QMap<QString, NodeNote> m_entries;
};

} // namespace cca::tracing
