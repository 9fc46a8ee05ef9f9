#pragma once

#include <QDateTime>
#include <QString>

namespace cca::progress::IsoTime {

// How the stores write times: UTC, ISO 8601 with milliseconds ("2026-06-30T17:00:00.000Z").
// The same text as t.toUTC().toString(Qt::ISODateWithMs), written without Qt's general date
// formatter (a bulk import formats a million of these); empty for an invalid time.
QString format(const QDateTime &t);

// The inverse: the same result as QDateTime::fromString(text, Qt::ISODateWithMs), with a fast path
// for the exact form format() writes.
QDateTime parse(const QString &text);

} // namespace cca::progress::IsoTime
