#include "progress/eventrows.h"

#include "progress/isotime.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace cca::progress::EventRows {

namespace {
// A null QString binds as SQL NULL; the schema wants empty text instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QString insertSql(const QStringList &placeholders, Mode mode)
{
    QString sql = QStringLiteral("INSERT INTO events (id, officer_id, verb, module_id, module_version, object_type, "
                                 "object_id, data, created_at) VALUES ");
    for (qsizetype i = 0; i < placeholders.size(); ++i) {
        if (i % kColumns == 0)
            sql += i == 0 ? QStringLiteral("(") : QStringLiteral("), (");
        else
            sql += QStringLiteral(", ");
        sql += placeholders.at(i);
    }
    sql += QLatin1Char(')');
    // On import, an event already present (same id) is skipped on its own.
    if (mode == Mode::Import)
        sql += QStringLiteral(" ON CONFLICT (id) DO NOTHING");
    return sql;
}

std::array<QString, kColumns> row(const Event &e, Mode mode, QString data)
{
    const bool record = mode == Mode::Record;
    return {record && e.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.id,
            text(e.officerId),
            text(e.verb),
            text(e.moduleId),
            text(e.moduleVersion),
            text(e.objectType),
            text(e.objectId),
            std::move(data),
            IsoTime::format(record && !e.timestamp.isValid() ? QDateTime::currentDateTimeUtc() : e.timestamp)};
}

QString dataText(const Event &e)
{
    return QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
}

DataTexts::DataTexts(const QList<Event> &events) : m_events(events)
{
    if (events.size() < 4 * kBlock)
        return;
    m_ring.resize(size_t(kBlock * kBlocks));
    m_worker = std::thread([this] {
        for (qsizetype from = 0; from < m_events.size(); from += kBlock) {
            m_free.acquire();
            if (m_stop.load())
                return;
            const qsizetype slot = (from / kBlock) % kBlocks * kBlock;
            for (qsizetype i = from; i < std::min(from + kBlock, m_events.size()); ++i)
                m_ring[size_t(slot + i - from)] = dataText(m_events.at(i));
            m_filled.release();
        }
    });
}

DataTexts::~DataTexts()
{
    if (!m_worker.joinable())
        return;
    m_stop.store(true);
    m_free.release(int(kBlocks)); // wakes the worker if it waits for room
    m_worker.join();
}

QString DataTexts::take(qsizetype i)
{
    if (!m_worker.joinable())
        return dataText(m_events.at(i));
    if (i % kBlock == 0) {
        if (i > 0)
            m_free.release(); // the block before is used up
        m_filled.acquire();
    }
    return std::move(m_ring[size_t(i % (kBlock * kBlocks))]);
}

} // namespace cca::progress::EventRows
