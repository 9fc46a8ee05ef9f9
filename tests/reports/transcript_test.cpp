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

TEST(Transcript, TitlesLessonsDatesAndOpenAttemptsPerModule)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    progress::Officer o;
    o.displayName = QStringLiteral("Chan");
    o.serviceNumber = QStringLiteral("9");
    o.role = QStringLiteral("trainee");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(o, &error));
    content::ModulePackage basics;
    basics.id = QStringLiteral("basics");
    basics.version = QStringLiteral("2.0.0");
    basics.title = LocalizedText(QStringLiteral("Crypto basics"));
    basics.title.set(QStringLiteral("zh-Hant"), QStringLiteral("加密貨幣基礎"));
    for (const char *id : {"l1", "l2", "l3"}) {
        content::Lesson l;
        l.id = QString::fromLatin1(id);
        basics.lessons << l;
    }
    const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QList<progress::Event> events;
    auto ev = [&](const QString &module, const QString &verb, const QString &type, const QString &object, const QJsonObject &data,
                  const QString &version, int minutes) {
        progress::Event e = progress::Event::make(o.id, verb, module, version, type, object, data);
        e.timestamp = t0.addSecs(60 * minutes);
        events << e;
    };
    // basics: two of three lessons in 1.9.0, then a second exam attempt begun in 2.0.0 and not submitted.
    ev(QStringLiteral("basics"), progress::Verbs::Completed, progress::ObjectTypes::Lesson, QStringLiteral("l1"), {}, QStringLiteral("1.9.0"), 0);
    ev(QStringLiteral("basics"), progress::Verbs::Completed, progress::ObjectTypes::Lesson, QStringLiteral("l2"), {}, QStringLiteral("1.9.0"), 10);
    ev(QStringLiteral("basics"), progress::Verbs::Attempted, progress::ObjectTypes::Assessment, QStringLiteral("final"),
       {{QStringLiteral("attempt"), QStringLiteral("x1")}}, QStringLiteral("1.9.0"), 20);
    ev(QStringLiteral("basics"), progress::Verbs::Failed, progress::ObjectTypes::Assessment, QStringLiteral("final"),
       {{QStringLiteral("attempt"), QStringLiteral("x1")}, {QStringLiteral("percent"), 62.5}}, QStringLiteral("1.9.0"), 45);
    ev(QStringLiteral("basics"), progress::Verbs::Attempted, progress::ObjectTypes::Assessment, QStringLiteral("final"),
       {{QStringLiteral("attempt"), QStringLiteral("x2")}}, QStringLiteral("2.0.0"), 2 * 1440);
    // A module that is not in the catalog any more keeps its id as its title.
    ev(QStringLiteral("retired"), progress::Verbs::Completed, progress::ObjectTypes::Module, QStringLiteral("retired"), {},
       QStringLiteral("0.1.0"), 5);
    ASSERT_TRUE(opened.store->record(events, &error));

    const auto modules = reports::transcript(opened.store.get(), {basics}, o.id, QStringLiteral("zh-Hant"));
    ASSERT_EQ(modules.size(), 2);
    const reports::TranscriptModule &b = modules[0];
    EXPECT_EQ(b.moduleId, QStringLiteral("basics"));
    EXPECT_EQ(b.title, QStringLiteral("加密貨幣基礎"));
    EXPECT_EQ(b.lessons, 3);
    EXPECT_EQ(b.lessonsCompleted, 2);
    EXPECT_FALSE(b.completed);
    EXPECT_FALSE(b.completedAt.isValid());
    EXPECT_EQ(b.contentVersion, QStringLiteral("2.0.0")) << "the version seen most recently";
    ASSERT_EQ(b.attempts.size(), 2);
    EXPECT_EQ(b.attempts[0].assessmentId, QStringLiteral("final"));
    EXPECT_EQ(b.attempts[0].started, t0.addSecs(60 * 20));
    EXPECT_EQ(b.attempts[0].submitted, t0.addSecs(60 * 45));
    EXPECT_DOUBLE_EQ(b.attempts[0].percent, 62.5);
    EXPECT_EQ(b.attempts[0].contentVersion, QStringLiteral("1.9.0"));
    EXPECT_EQ(b.attempts[1].number, 2);
    EXPECT_EQ(b.attempts[1].started, t0.addSecs(60 * 2 * 1440));
    EXPECT_FALSE(b.attempts[1].submitted.isValid()) << "an attempt still open has no submission date";
    EXPECT_EQ(b.attempts[1].contentVersion, QStringLiteral("2.0.0"));
    const reports::TranscriptModule &r = modules[1];
    EXPECT_EQ(r.title, QStringLiteral("retired"));
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(r.completedAt, t0.addSecs(60 * 5));
    EXPECT_EQ(r.contentVersion, QStringLiteral("0.1.0"));
    EXPECT_TRUE(r.attempts.isEmpty());
}
