#pragma once

#include <QDateTime>

namespace cca::Clock {

// The one source of "now" for recorded events, time limits and review schedules.
// Tests move it forward (e.g. an exam whose time ran out while the app was closed).
QDateTime nowUtc();
void setOffsetForTesting(qint64 milliseconds);
qint64 offsetForTesting();

} // namespace cca::Clock
