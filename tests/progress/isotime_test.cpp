// IsoTime: the stores' own time formatting and parsing give exactly what Qt's ISO functions give.
#include "progress/isotime.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QTimeZone>

using namespace cca::progress;

namespace {

void expectSameAsQt(const QDateTime &t)
{
    const QString qt = t.toUTC().toString(Qt::ISODateWithMs);
    EXPECT_EQ(IsoTime::format(t), qt) << qt.toStdString();
    const QDateTime parsed = IsoTime::parse(qt);
    const QDateTime qtParsed = QDateTime::fromString(qt, Qt::ISODateWithMs);
    EXPECT_EQ(parsed, qtParsed) << qt.toStdString();
    EXPECT_EQ(parsed.timeSpec(), qtParsed.timeSpec()) << qt.toStdString();
    EXPECT_EQ(parsed.isValid(), qtParsed.isValid()) << qt.toStdString();
}

void expectParsesAsQt(const QString &text)
{
    const QDateTime parsed = IsoTime::parse(text);
    const QDateTime qtParsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    EXPECT_EQ(parsed.isValid(), qtParsed.isValid()) << text.toStdString();
    EXPECT_EQ(parsed, qtParsed) << text.toStdString();
    EXPECT_EQ(parsed.timeSpec(), qtParsed.timeSpec()) << text.toStdString();
    EXPECT_EQ(parsed.toString(Qt::ISODateWithMs), qtParsed.toString(Qt::ISODateWithMs)) << text.toStdString();
}

} // namespace

TEST(IsoTime, FormatsAndParsesLikeQt)
{
    expectSameAsQt(QDateTime(QDate(2026, 6, 30), QTime(17, 0), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56, 789), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(2100, 3, 1), QTime(0, 0, 0, 1), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::LocalTime));
    expectSameAsQt(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600));
    expectSameAsQt(QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone("Europe/London")));
    QRandomGenerator random(42);
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i)
        expectSameAsQt(QDateTime::fromMSecsSinceEpoch(from + qint64(random.generateDouble() * double(to - from)), Qt::UTC));
}

TEST(IsoTime, OutsideTheFastPathQtDecides)
{
    EXPECT_EQ(IsoTime::format(QDateTime()), QDateTime().toUTC().toString(Qt::ISODateWithMs));
    expectSameAsQt(QDateTime(QDate(999, 12, 31), QTime(23, 0), Qt::UTC));
    expectSameAsQt(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC));
    for (const char *text : {"", "2026-06-30T17:00:00.000", "2026-06-30T17:00:00Z", "2026-06-30T17:00:00.000+02:00",
                             "2026-02-29T10:00:00.000Z", "2024-02-29T10:00:00.000Z", "2026-06-30T24:00:00.000Z",
                             "2026-13-01T00:00:00.000Z", "2026-06-31T00:00:00.000Z", "2026-06-30T17:60:00.000Z",
                             "2026-06-30T17:00:60.000Z", "2026-06-30 17:00:00.000Z", "2026-06-30T17:00:00,000Z",
                             "20x6-06-30T17:00:00.000Z", "0999-06-30T17:00:00.000Z", "2026-06-30T17:00:00.0000Z",
                             "2026-06-30T17:00:00.12Z", "not a time"})
        expectParsesAsQt(QString::fromLatin1(text));
}
