#include "progress/isotime.h"

namespace cca::progress::IsoTime {

namespace {

constexpr qint64 kMsPerDay = 86400000;

// Days since 1970-01-01 to a civil date, and back (proleptic Gregorian; H. Hinnant's algorithms).
void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    *year = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = int(m);
    *day = int(d);
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

void put(char16_t *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

// Digits at text[from, from + count); -1 when any is not a digit.
int digitsAt(const QChar *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString format(const QDateTime &t)
{
    if (!t.isValid())
        return t.toUTC().toString(Qt::ISODateWithMs);
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - (kMsPerDay - 1)) / kMsPerDay;
    const qint64 inDay = ms - days * kMsPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1000 || year > 9999) // Qt's own form for years outside four plain digits
        return t.toUTC().toString(Qt::ISODateWithMs);
    QString s(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(s.data());
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, int(inDay / 3600000), 2);
    *out++ = u':';
    put(out, int(inDay / 60000 % 60), 2);
    *out++ = u':';
    put(out, int(inDay / 1000 % 60), 2);
    *out++ = u'.';
    put(out, int(inDay % 1000), 3);
    *out++ = u'Z';
    return s;
}

QDateTime parse(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() == 24) {
        const QChar *c = text.constData();
        if (c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':' && c[16] == u':' && c[19] == u'.' && c[23] == u'Z') {
            const int year = digitsAt(c, 0, 4), month = digitsAt(c, 5, 2), day = digitsAt(c, 8, 2);
            const int hour = digitsAt(c, 11, 2), minute = digitsAt(c, 14, 2), second = digitsAt(c, 17, 2), milli = digitsAt(c, 20, 3);
            if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour >= 0 && hour < 24
                && minute >= 0 && minute < 60 && second >= 0 && second < 60 && milli >= 0) {
                const qint64 ms = daysFromCivil(year, month, day) * kMsPerDay + qint64(hour) * 3600000 + qint64(minute) * 60000
                                  + qint64(second) * 1000 + milli;
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            }
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace cca::progress::IsoTime
