#include "reports/transcript.h"
#include "progress/sqliteprogressstore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;

TEST(Transcript, EveryAttemptWithScoreDateAndContentVersion)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    progress::Officer o;
    o.displayName = QStringLiteral("Lam");
    o.serviceNumber = QStringLiteral("8");
    o.role = QStringLiteral("trainee");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(o, &error));
    const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QList<progress::Event> events;
    auto ev = [&](const QString &verb, const QString &type, const QString &object, const QJsonObject &data, const QString &version, int minutes) {
        progress::Event e = progress::Event::make(o.id, verb, QStringLiteral("m"), version, type, object, data);
        e.timestamp = t0.addSecs(60 * minutes);
        events << e;
    };
    ev(progress::Verbs::Attempted, progress::ObjectTypes::Assessment, QStringLiteral("final"), {{QStringLiteral("attempt"), QStringLiteral("a1")}}, QStringLiteral("1.0.0"), 0);
    ev(progress::Verbs::Failed, progress::ObjectTypes::Assessment, QStringLiteral("final"),
       {{QStringLiteral("attempt"), QStringLiteral("a1")}, {QStringLiteral("percent"), 55.0}}, QStringLiteral("1.0.0"), 20);
    ev(progress::Verbs::Attempted, progress::ObjectTypes::Assessment, QStringLiteral("final"), {{QStringLiteral("attempt"), QStringLiteral("a2")}}, QStringLiteral("1.1.0"), 1440);
    ev(progress::Verbs::Passed, progress::ObjectTypes::Assessment, QStringLiteral("final"),
       {{QStringLiteral("attempt"), QStringLiteral("a2")}, {QStringLiteral("percent"), 85.0}}, QStringLiteral("1.1.0"), 1460);
    ev(progress::Verbs::Completed, progress::ObjectTypes::Module, QStringLiteral("m"), {}, QStringLiteral("1.1.0"), 1461);
    ASSERT_TRUE(opened.store->record(events, &error));
    const auto modules = reports::transcript(opened.store.get(), {}, o.id, QStringLiteral("en"));
    ASSERT_EQ(modules.size(), 1);
    const reports::TranscriptModule &m = modules.first();
    EXPECT_TRUE(m.completed);
    EXPECT_EQ(m.contentVersion, QStringLiteral("1.1.0"));
    ASSERT_EQ(m.attempts.size(), 2);
    EXPECT_EQ(m.attempts[0].number, 1);
    EXPECT_DOUBLE_EQ(m.attempts[0].percent, 55.0);
    EXPECT_FALSE(m.attempts[0].passed);
    EXPECT_EQ(m.attempts[0].contentVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(m.attempts[1].submitted, t0.addSecs(60 * 1460));
    EXPECT_TRUE(m.attempts[1].passed);
    EXPECT_EQ(m.attempts[1].contentVersion, QStringLiteral("1.1.0"));
}
