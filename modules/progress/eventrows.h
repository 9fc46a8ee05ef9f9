#pragma once

#include "progress/event.h"

#include <QList>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <thread>
#include <vector>

// How the stores turn events into rows of the events table; shared by the Qt SQL path
// (SqlProgressStore) and SQLite's direct one (SqliteProgressStore). Internal to the progress module.
namespace cca::progress::EventRows {

// record() fills a missing id and time and refuses a known id; importRecords() skips a known id.
enum class Mode { Record, Import };

inline constexpr int kColumns = 9;

// INSERT INTO events (...) VALUES (...), (...) with kColumns placeholders a row, taken in order.
QString insertSql(const QStringList &placeholders, Mode mode);

// The values of one row, in column order. data is the event's data as compact JSON text. A null
// string stands for SQL NULL (only a missing id on import can be one; the table refuses it).
std::array<QString, kColumns> row(const Event &event, Mode mode, QString data);

QString dataText(const Event &event); // the event's data as compact JSON text

// Each event's data as compact JSON text, in order. Serialising it is the largest part of our own
// work per event, so for a large batch (an import, a demo batch) a second thread does it a block
// ahead of the writes; a small batch (what the app records) is serialised as it goes.
class DataTexts
{
public:
    explicit DataTexts(const QList<Event> &events);
    ~DataTexts();
    DataTexts(const DataTexts &) = delete;
    DataTexts &operator=(const DataTexts &) = delete;

    // Call with i = 0, 1, 2... once each.
    QString take(qsizetype i);

private:
    static constexpr qsizetype kBlock = 1024;
    static constexpr qsizetype kBlocks = 4;

    const QList<Event> &m_events;
    std::vector<QString> m_ring;
    QSemaphore m_free{int(kBlocks)};
    QSemaphore m_filled{0};
    std::atomic<bool> m_stop{false};
    std::thread m_worker;
};

} // namespace cca::progress::EventRows
