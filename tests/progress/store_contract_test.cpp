// The storage interface, tested the same way on both backends: the workstation's SQLite file and
// a force's central PostgreSQL server (the throwaway cluster CTest starts for these tests).
#include "progress/certificateregistry.h"
#include "progress/progressstore.h"
#include "support/testdatabase.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QUuid>

using namespace cca::progress;
using cca::test::TestDatabase;

namespace {

Officer makeOfficer(const QString &serviceNumber, const QString &name = {})
{
    Officer o;
    o.displayName = name.isEmpty() ? QStringLiteral("Officer ") + serviceNumber : name;
    o.serviceNumber = serviceNumber;
    o.unit = QStringLiteral("Cyber Unit");
    o.role = QStringLiteral("trainee");
    return o;
}

Event lessonEvent(const QString &officerId, const QString &module, double position)
{
    return Event::make(officerId, Verbs::Progressed, module, QStringLiteral("1.0.0"), ObjectTypes::Lesson, QStringLiteral("l1"),
                       {{QStringLiteral("position"), position}});
}

class StoreContract : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        db = std::make_unique<TestDatabase>(QString::fromLatin1(GetParam()));
        ASSERT_TRUE(db->ok()) << db->error().toStdString();
        opened = open();
        ASSERT_TRUE(opened.store) << opened.error.toStdString();
        store = opened.store.get();
    }
    void TearDown() override
    {
        opened = {};
        db.reset();
    }
    OpenResult open() const { return openProgressStore(db->location(), db->password()); }
    bool isPostgres() const { return db->backend() == QLatin1String("postgresql"); }

    std::unique_ptr<TestDatabase> db;
    OpenResult opened;
    ProgressStore *store = nullptr;
    QString error;
};

} // namespace

TEST_P(StoreContract, AFreshDatabaseIsMigratedOnceAndKeepsItsDataWhenReopened)
{
    Officer o = makeOfficer(QStringLiteral("1001"));
    ASSERT_TRUE(store->addOfficer(o, &error)) << error.toStdString();
    ASSERT_TRUE(store->record(lessonEvent(o.id, QStringLiteral("m"), 0.5), &error)) << error.toStdString();
    const QString key = store->certificateKey();
    EXPECT_EQ(key.size(), 64) << "a 256-bit certificate key, in hex";
    opened = {};
    OpenResult again = open();
    ASSERT_TRUE(again.store) << again.error.toStdString();
    ASSERT_EQ(again.store->officers().size(), 1);
    EXPECT_EQ(again.store->events(o.id).size(), 1);
    EXPECT_EQ(again.store->certificateKey(), key) << "migrations ran once: the key was not made again";
    EXPECT_FALSE(again.store->description().contains(db->password().isEmpty() ? QStringLiteral("\x01") : db->password()));
}

TEST_P(StoreContract, ADatabaseFromANewerVersionIsRefusedAndLeftUntouched)
{
    Officer o = makeOfficer(QStringLiteral("1002"));
    ASSERT_TRUE(store->addOfficer(o, &error));
    opened = {};
    const QString bump = isPostgres() ? QStringLiteral("UPDATE cca_schema_version SET version = 99")
                                      : QStringLiteral("PRAGMA user_version = 99");
    db->rawQuery(bump);
    OpenResult r = open();
    EXPECT_FALSE(r.store);
    EXPECT_TRUE(r.error.contains(QStringLiteral("newer version"))) << r.error.toStdString();
    const QString version = isPostgres() ? QStringLiteral("SELECT version FROM cca_schema_version") : QStringLiteral("PRAGMA user_version");
    EXPECT_EQ(db->rawQuery(version).toInt(), 99);
    EXPECT_EQ(db->rawQuery(QStringLiteral("SELECT count(*) FROM officers")).toInt(), 1);
}

TEST_P(StoreContract, ServiceNumbersAreUniqueAndRolesAreChecked)
{
    Officer a = makeOfficer(QStringLiteral("42"));
    Officer b = makeOfficer(QStringLiteral("42"));
    ASSERT_TRUE(store->addOfficer(a, &error));
    EXPECT_FALSE(store->addOfficer(b, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("42"))) << error.toStdString();
    Officer c = makeOfficer(QStringLiteral("43"));
    c.role = QStringLiteral("boss");
    EXPECT_FALSE(store->addOfficer(c, &error));
    Officer nameless = makeOfficer(QStringLiteral("44"));
    nameless.displayName = QStringLiteral("  ");
    EXPECT_FALSE(store->addOfficer(nameless, &error));
    EXPECT_EQ(store->officers().size(), 1);
}

TEST_P(StoreContract, OfficersAreListedByNameIgnoringCaseWithChineseNamesIntact)
{
    for (const auto &[number, name] : {std::pair{"1", "chan Tai-man"}, std::pair{"2", "Au Siu-ming"}, std::pair{"3", "陳大文"},
                                       std::pair{"4", "Bui Thi Hoa"}}) {
        Officer o = makeOfficer(QString::fromLatin1(number), QString::fromUtf8(name));
        ASSERT_TRUE(store->addOfficer(o, &error)) << error.toStdString();
    }
    QStringList names;
    for (const Officer &o : store->officers())
        names << o.displayName;
    EXPECT_EQ(names.mid(0, 3), (QStringList{QStringLiteral("Au Siu-ming"), QStringLiteral("Bui Thi Hoa"), QStringLiteral("chan Tai-man")}));
    EXPECT_EQ(names.value(3), QString::fromUtf8("陳大文"));
    const Officer last = store->officers().last();
    const auto found = store->officer(last.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->serviceNumber, QStringLiteral("3"));
    EXPECT_EQ(found->displayName, last.displayName);
    EXPECT_EQ(found->createdAt, last.createdAt);
    EXPECT_FALSE(store->officer(QStringLiteral("no-such-officer")));
    EXPECT_FALSE(store->officer(QString()));
}

TEST_P(StoreContract, SecretsAndTheLockoutCounterAreKeptPerOfficer)
{
    Officer o = makeOfficer(QStringLiteral("77"));
    o.role = QStringLiteral("trainer");
    ASSERT_TRUE(store->addOfficer(o, &error));
    EXPECT_TRUE(store->officerSecret(o.id).isEmpty());
    ASSERT_TRUE(store->setOfficerSecret(o.id, QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"), QStringLiteral("password"), &error))
        << error.toStdString();
    EXPECT_TRUE(store->officerSecret(o.id).startsWith(QStringLiteral("$argon2id$")));
    EXPECT_FALSE(store->setOfficerSecret(o.id, QStringLiteral("x"), QStringLiteral("fingerprint"), &error)) << "unknown secret kind";
    EXPECT_FALSE(store->setOfficerSecret(QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("pin"), &error));

    ASSERT_TRUE(store->recordSignIn(o.id, false, {}, &error));
    ASSERT_TRUE(store->recordSignIn(o.id, false, {}, &error));
    EXPECT_EQ(store->officer(o.id)->failedAttempts, 2);
    EXPECT_EQ(store->officer(o.id)->secretKind, QStringLiteral("password"));
    const QDateTime until(QDate(2026, 11, 26), QTime(10, 15), Qt::UTC);
    ASSERT_TRUE(store->recordSignIn(o.id, false, until, &error));
    EXPECT_EQ(store->officer(o.id)->lockedUntil, until);
    EXPECT_EQ(store->officer(o.id)->failedAttempts, 0) << "the count starts again after a lock";
    ASSERT_TRUE(store->recordSignIn(o.id, true, {}, &error));
    EXPECT_FALSE(store->officer(o.id)->lockedUntil.isValid());
}

TEST_P(StoreContract, CohortsMembersAndAssignmentsReachTheRightOfficers)
{
    Officer a = makeOfficer(QStringLiteral("A1")), b = makeOfficer(QStringLiteral("B1")), c = makeOfficer(QStringLiteral("C1"));
    for (Officer *o : {&a, &b, &c})
        ASSERT_TRUE(store->addOfficer(*o, &error));
    Cohort intake{{}, QStringLiteral("Intake 2026/3"), {}};
    ASSERT_TRUE(store->addCohort(intake, &error)) << error.toStdString();
    Cohort twin{{}, QStringLiteral("Intake 2026/3"), {}};
    EXPECT_FALSE(store->addCohort(twin, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("exists already"))) << error.toStdString();
    ASSERT_TRUE(store->setCohortMembers(intake.id, {a.id, b.id, c.id}, &error));
    ASSERT_TRUE(store->setCohortMembers(intake.id, {a.id, b.id}, &error));
    QStringList expected{a.id, b.id};
    expected.sort();
    EXPECT_EQ(store->cohortMembers(intake.id), expected);
    EXPECT_FALSE(store->setCohortMembers(intake.id, {QStringLiteral("no-such-officer")}, &error));
    EXPECT_EQ(store->cohortMembers(intake.id), expected) << "a failed change leaves the members as they were";

    Assignment forCohort{{}, QStringLiteral("crypto-basics"), intake.id, {}, QDate(2026, 12, 15), a.id, {}};
    Assignment forC{{}, QStringLiteral("wallets"), {}, c.id, QDate(2026, 12, 1), a.id, {}};
    ASSERT_TRUE(store->addAssignment(forCohort, &error)) << error.toStdString();
    ASSERT_TRUE(store->addAssignment(forC, &error)) << error.toStdString();
    Assignment both{{}, QStringLiteral("x"), intake.id, c.id, QDate(2026, 12, 1), {}, {}};
    EXPECT_FALSE(store->addAssignment(both, &error));
    EXPECT_EQ(store->assignments().size(), 2);
    ASSERT_EQ(store->assignmentsFor(a.id).size(), 1);
    EXPECT_EQ(store->assignmentsFor(a.id).first().moduleId, QStringLiteral("crypto-basics"));
    EXPECT_EQ(store->assignmentsFor(a.id).first().due, QDate(2026, 12, 15));
    ASSERT_EQ(store->assignmentsFor(c.id).size(), 1);
    EXPECT_EQ(store->assignmentsFor(c.id).first().moduleId, QStringLiteral("wallets"));
    EXPECT_TRUE(store->assignmentsFor(c.id).first().cohortId.isEmpty());
}

TEST_P(StoreContract, CertificatesAreGenuineAlteredOrUnknown)
{
    Officer o = makeOfficer(QStringLiteral("12345"));
    ASSERT_TRUE(store->addOfficer(o, &error));
    CertificateRegistry registry(store);
    const auto c = registry.issue(o.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 62.0, &error);
    ASSERT_TRUE(c.has_value()) << error.toStdString();
    EXPECT_EQ(registry.issue(o.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 90.0, &error)->code, c->code);
    EXPECT_EQ(store->certificatesFor(o.id).size(), 1);
    EXPECT_EQ(registry.verify(c->code).verdict, CertificateRegistry::Verdict::Genuine);
    EXPECT_EQ(registry.verify(QStringLiteral("CCA-0000-0000-0000-0000")).verdict, CertificateRegistry::Verdict::Unknown);
    // Someone edits the record directly, without the key: the signature no longer fits.
    EXPECT_FALSE(db->rawQuery(QStringLiteral("UPDATE certificates SET percent = 99")).toString().startsWith(QStringLiteral("ERROR")));
    EXPECT_EQ(registry.verify(c->code).verdict, CertificateRegistry::Verdict::Altered);
}

TEST_P(StoreContract, EventsAreAppendOnly)
{
    Officer o = makeOfficer(QStringLiteral("7"));
    ASSERT_TRUE(store->addOfficer(o, &error));
    ASSERT_TRUE(store->record(lessonEvent(o.id, QStringLiteral("m"), 0.1), &error));
    EXPECT_TRUE(db->rawQuery(QStringLiteral("UPDATE events SET verb = 'x'")).toString().contains(QStringLiteral("append-only")));
    EXPECT_TRUE(db->rawQuery(QStringLiteral("DELETE FROM events")).toString().contains(QStringLiteral("append-only")));
    ASSERT_EQ(store->events(o.id).size(), 1);
    EXPECT_EQ(store->events(o.id).first().verb, Verbs::Progressed);
}

TEST_P(StoreContract, ABatchIsStoredWhollyOrNotAtAll)
{
    Officer o = makeOfficer(QStringLiteral("8"));
    ASSERT_TRUE(store->addOfficer(o, &error));
    const Event good = lessonEvent(o.id, QStringLiteral("m"), 0.2);
    const Event duplicate = good; // same UUID: violates uniqueness
    EXPECT_FALSE(store->record(QList<Event>{good, duplicate}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store->events(o.id).isEmpty());
    EXPECT_FALSE(store->record(lessonEvent(QStringLiteral("no-such-officer"), QStringLiteral("m"), 0.0), &error))
        << "foreign keys must be enforced";
    EXPECT_TRUE(store->record(good, &error)) << "the connection is usable after a failed batch: " << error.toStdString();
}

TEST_P(StoreContract, EventsRoundTripInOrderAndCanBeReadSinceATime)
{
    Officer o = makeOfficer(QStringLiteral("9"));
    ASSERT_TRUE(store->addOfficer(o, &error));
    const QDateTime base(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QList<Event> batch;
    for (int i = 0; i < 6; ++i) {
        Event e = lessonEvent(o.id, i % 2 ? QStringLiteral("wallets") : QStringLiteral("crypto-basics"), i / 10.0);
        e.timestamp = base.addSecs(3600 * i).addMSecs(123);
        e.data.insert(QStringLiteral("note"), QString::fromUtf8("證據 'quoted' \\ back"));
        batch << e;
    }
    ASSERT_TRUE(store->record(batch, &error)) << error.toStdString();
    const QList<Event> back = store->events(o.id);
    ASSERT_EQ(back.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(back[i].id, batch[i].id);
        EXPECT_EQ(back[i].timestamp, batch[i].timestamp);
        EXPECT_DOUBLE_EQ(back[i].data.value(QStringLiteral("position")).toDouble(), i / 10.0);
        EXPECT_EQ(back[i].data.value(QStringLiteral("note")).toString(), QString::fromUtf8("證據 'quoted' \\ back"));
    }
    EXPECT_EQ(store->events(o.id, QStringLiteral("wallets")).size(), 3);
    EXPECT_TRUE(store->events(o.id, QStringLiteral("other")).isEmpty());
    EXPECT_EQ(store->allEvents().size(), 6);
    const QList<Event> recent = store->allEvents(base.addSecs(3600 * 4));
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent.first().id, batch[4].id);
}

TEST_P(StoreContract, ImportingRecordsTwiceAddsNothingTheSecondTime)
{
    Officer o = makeOfficer(QStringLiteral("B-1"));
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.createdAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    QList<Event> bundle;
    for (int i = 0; i < 5; ++i) {
        Event e = lessonEvent(o.id, QStringLiteral("m"), i / 5.0);
        e.timestamp = QDateTime(QDate(2026, 11, 20), QTime(9, i), Qt::UTC);
        bundle << e;
    }
    ProgressStore::ImportCounts counts;
    ASSERT_TRUE(store->importRecords({o}, bundle, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 1);
    EXPECT_EQ(counts.newEvents, 5);
    ASSERT_TRUE(store->importRecords({o}, bundle, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 0);
    EXPECT_EQ(counts.newEvents, 0);
    EXPECT_EQ(counts.knownEvents, 5);
    EXPECT_EQ(store->events(o.id).size(), 5);

    Officer impostor = makeOfficer(QStringLiteral("B-1"));
    impostor.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_FALSE(store->importRecords({impostor}, {}, &counts, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("B-1"))) << error.toStdString();
    EXPECT_EQ(store->officers().size(), 1);
}

// Events are written many to a statement: order, all-or-nothing and skipping known events must hold
// across those statements too.
TEST_P(StoreContract, LargeBatchesKeepTheirOrderAndImportSkipsKnownEventsOneByOne)
{
    Officer o = makeOfficer(QStringLiteral("L-1"));
    ASSERT_TRUE(store->addOfficer(o, &error)) << error.toStdString();
    const QDateTime base(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QList<Event> recorded;
    for (int i = 0; i < 150; ++i) {
        Event e = lessonEvent(o.id, QStringLiteral("m"), i / 150.0);
        e.timestamp = base.addSecs(i);
        recorded << e;
    }
    ASSERT_TRUE(store->record(recorded, &error)) << error.toStdString();

    QList<Event> withDuplicate;
    for (int i = 0; i < 130; ++i)
        withDuplicate << lessonEvent(o.id, QStringLiteral("m"), 0.5);
    withDuplicate[100].id = recorded[3].id;
    EXPECT_FALSE(store->record(withDuplicate, &error));
    EXPECT_EQ(store->events(o.id).size(), 150) << "the whole batch was refused";

    // Every third event of the bundle is already here; one new event is listed twice.
    QList<Event> bundle;
    QStringList expected;
    for (const Event &e : recorded)
        expected << e.id;
    for (int i = 0; i < 200; ++i) {
        if (i % 3 == 0) {
            bundle << recorded[i / 3];
        } else {
            Event e = lessonEvent(o.id, QStringLiteral("imported"), 0.25);
            e.timestamp = base.addSecs(1000 + i);
            bundle << e;
            expected << e.id;
        }
    }
    bundle.insert(120, bundle[1]);
    ProgressStore::ImportCounts counts;
    ASSERT_TRUE(store->importRecords({o}, bundle, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 0);
    EXPECT_EQ(counts.newEvents, 133);
    EXPECT_EQ(counts.knownEvents, 68);
    QStringList stored;
    const QList<Event> back = store->events(o.id);
    for (const Event &e : back)
        stored << e.id;
    EXPECT_EQ(stored, expected);
    EXPECT_EQ(back.last().timestamp, base.addSecs(1000 + 199));
    EXPECT_EQ(store->events(o.id, QStringLiteral("imported")).size(), 133);
}

// Batches of thousands (an import, a demo batch) have their data serialised ahead on a second
// thread: order, data and all-or-nothing must be the same as for a small batch.
TEST_P(StoreContract, ThousandsOfEventsKeepTheirOrderAndData)
{
    Officer o = makeOfficer(QStringLiteral("T-1"));
    ASSERT_TRUE(store->addOfficer(o, &error)) << error.toStdString();
    const QDateTime base(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    QList<Event> batch;
    for (int i = 0; i < 5000; ++i) {
        Event e = lessonEvent(o.id, QStringLiteral("m"), i / 5000.0);
        e.data.insert(QStringLiteral("n"), i);
        e.timestamp = base.addMSecs(i);
        batch << e;
    }
    ASSERT_TRUE(store->record(batch, &error)) << error.toStdString();
    QList<Event> back = store->events(o.id);
    ASSERT_EQ(back.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        ASSERT_EQ(back[i].id, batch[i].id) << i;
        ASSERT_EQ(back[i].data, batch[i].data) << i;
        ASSERT_EQ(back[i].timestamp, batch[i].timestamp) << i;
    }

    QList<Event> failing;
    for (int i = 0; i < 6000; ++i)
        failing << lessonEvent(o.id, QStringLiteral("m"), 0.5);
    failing[5500].id = batch[10].id;
    EXPECT_FALSE(store->record(failing, &error));
    EXPECT_EQ(store->events(o.id).size(), 5000) << "the whole batch was refused";

    QList<Event> bundle;
    for (int i = 0; i < 9000; ++i) {
        if (i % 3 == 0) {
            bundle << batch[i / 3];
        } else {
            Event e = lessonEvent(o.id, QStringLiteral("imported"), 0.25);
            e.data.insert(QStringLiteral("n"), i);
            e.timestamp = base.addSecs(10000 + i);
            bundle << e;
        }
    }
    ProgressStore::ImportCounts counts;
    ASSERT_TRUE(store->importRecords({o}, bundle, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newEvents, 6000);
    EXPECT_EQ(counts.knownEvents, 3000);
    back = store->events(o.id, QStringLiteral("imported"));
    ASSERT_EQ(back.size(), 6000);
    for (int i = 0, j = 0; i < 9000; ++i) {
        if (i % 3 == 0)
            continue;
        ASSERT_EQ(back[j].id, bundle[i].id) << i;
        ASSERT_EQ(back[j].data, bundle[i].data) << i;
        ++j;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });
