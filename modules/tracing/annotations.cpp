#include "tracing/annotations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cca::tracing {

QJsonObject NodeNote::toJson() const
{
    QJsonObject out;
    if (!note.isEmpty())
        out.insert(QStringLiteral("note"), note);
    if (!tags.isEmpty())
        out.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return out;
}

NodeNote NodeNote::fromJson(const QJsonObject &json)
{
    NodeNote n;
    n.note = json.value(QStringLiteral("note")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("tags")).toArray())
        n.tags << v.toString();
    return n;
}

QString CaseAnnotations::addressRef(const TraceGraph &graph, int address)
{
    if (address < 0 || size_t(address) >= graph.addresses().size())
        return {};
    const TraceGraph::Address &a = graph.addresses()[size_t(address)];
    return QStringLiteral("address:%1:%2").arg(graph.caseFile().chains[a.chain].id, graph.addressText(address));
}

QString CaseAnnotations::txRef(const TraceGraph &graph, int tx)
{
    if (tx < 0 || size_t(tx) >= graph.transactions().size())
        return {};
    return QStringLiteral("tx:%1").arg(graph.txid(tx));
}

CaseAnnotations::Target CaseAnnotations::resolve(const TraceGraph &graph, const QString &ref)
{
    if (ref.startsWith(QLatin1String("tx:")))
        return {false, graph.txId(ref.mid(3))};
    if (ref.startsWith(QLatin1String("address:"))) {
        const qsizetype colon = ref.indexOf(QLatin1Char(':'), 8);
        if (colon > 8)
            return {true, graph.addressId(ref.mid(8, colon - 8), ref.mid(colon + 1))};
    }
    return {true, -1};
}

QStringList CaseAnnotations::parseTags(const QString &text)
{
    QStringList out;
    QSet<QString> seen;
    // Commas separate tags, also the full-width comma and the enumeration comma of Chinese input.
    static const QRegularExpression separators(QStringLiteral("[,\\x{FF0C}\\x{3001}]"));
    for (const QString &part : text.split(separators)) {
        const QString tag = part.simplified().left(kMaxTagLength).trimmed();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        out << tag;
        if (out.size() == kMaxTags)
            break;
    }
    return out;
}

QString CaseAnnotations::cleanNote(const QString &note)
{
    QString out = note.left(kMaxNoteLength);
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

void CaseAnnotations::set(const QString &ref, const NodeNote &note)
{
    if (ref.isEmpty())
        return;
    if (note.isEmpty())
        m_entries.remove(ref);
    else
        m_entries.insert(ref, note);
}

QJsonObject CaseAnnotations::toJson() const
{
    QJsonArray notes;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject entry = it->toJson();
        entry.insert(QStringLiteral("node"), it.key());
        notes.append(entry);
    }
    return QJsonObject{{QStringLiteral("format"), kFormat}, {QStringLiteral("notes"), notes}};
}

CaseAnnotations CaseAnnotations::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return CaseAnnotations();
    };
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toInt() != kFormat)
        return fail(QStringLiteral("format: expected %1").arg(kFormat));
    const QJsonValue notes = json.value(QStringLiteral("notes"));
    if (!notes.isArray())
        return fail(QStringLiteral("notes: expected an array"));
    CaseAnnotations out;
    const QJsonArray array = notes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("notes[%1]").arg(i);
        if (!array[i].isObject())
            return fail(where + QStringLiteral(": expected an object"));
        const QJsonObject entry = array[i].toObject();
        const QJsonValue node = entry.value(QStringLiteral("node"));
        if (!node.isString() || !(node.toString().startsWith(QLatin1String("address:")) || node.toString().startsWith(QLatin1String("tx:"))))
            return fail(where + QStringLiteral(".node: expected \"address:<chain>:<address>\" or \"tx:<txid>\""));
        NodeNote n;
        const QJsonValue note = entry.value(QStringLiteral("note"));
        if (!note.isUndefined() && !note.isString())
            return fail(where + QStringLiteral(".note: expected a text"));
        if (note.toString().size() > kMaxNoteLength)
            return fail(where + QStringLiteral(".note: longer than %1 characters").arg(kMaxNoteLength));
        n.note = note.toString();
        const QJsonValue tags = entry.value(QStringLiteral("tags"));
        if (!tags.isUndefined()) {
            if (!tags.isArray())
                return fail(where + QStringLiteral(".tags: expected an array of texts"));
            const QJsonArray list = tags.toArray();
            for (qsizetype t = 0; t < list.size(); ++t) {
                if (!list[t].isString() || list[t].toString().trimmed().isEmpty())
                    return fail(where + QStringLiteral(".tags[%1]: expected a non-empty text").arg(t));
                if (list[t].toString().size() > kMaxTagLength)
                    return fail(where + QStringLiteral(".tags[%1]: longer than %2 characters").arg(t).arg(kMaxTagLength));
                n.tags << list[t].toString();
            }
            if (n.tags.size() > kMaxTags)
                return fail(where + QStringLiteral(".tags: more than %1 tags").arg(kMaxTags));
        }
        if (out.m_entries.contains(node.toString()))
            return fail(where + QStringLiteral(".node: \"%1\" appears twice").arg(node.toString()));
        out.set(node.toString(), n);
    }
    if (error)
        error->clear();
    return out;
}

} // namespace cca::tracing
