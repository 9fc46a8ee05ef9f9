#include "core/clock.h"

#include <atomic>

namespace cca::Clock {

namespace {
std::atomic<qint64> s_offset{0};
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc().addMSecs(s_offset.load());
}

void setOffsetForTesting(qint64 milliseconds)
{
    s_offset.store(milliseconds);
}

qint64 offsetForTesting()
{
    return s_offset.load();
}

} // namespace cca::Clock
