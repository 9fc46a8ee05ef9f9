// Progress bundles: export from one station, import into another, and refuse damaged files clearly.
#include "records/progressbundle.h"
#include "recordsfixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cca;
using namespace cca::records;
using namespace cca::progress;

namespace {

Officer makeOfficer(const QString &serviceNumber)
{
    Officer o;
    o.displayName = QStringLiteral("Officer ") + serviceNumber;
    o.serviceNumber = serviceNumber;
    o.unit = QStringLiteral("Cyber Unit");
    o.role = QStringLiteral("trainee");
    return o;
}

class BundleTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;

    std::unique_ptr<ProgressStore> open(const QString &name)
    {
        OpenResult r = openProgressStore(dir.filePath(name));
        EXPECT_TRUE(r.store) << r.error.toStdString();
        return std::move(r.store);
    }

    // Station A: two officers, a few events each, at known times.
    std::unique_ptr<ProgressStore> stationA(QList<Event> *recorded = nullptr)
    {
        auto store = open(QStringLiteral("a.sqlite"));
        Officer one = makeOfficer(QStringLiteral("PC1001"));
        Officer two = makeOfficer(QStringLiteral("PC1002"));
        QString error;
        EXPECT_TRUE(store->addOfficer(one, &error)) << error.toStdString();
        EXPECT_TRUE(store->addOfficer(two, &error)) << error.toStdString();
        QList<Event> events;
        const QDateTime start(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 6; ++i) {
            Event e = Event::make(i % 2 ? two.id : one.id, i == 0 ? Verbs::Launched : Verbs::Experienced, QStringLiteral("crypto-basics"),
                                  QStringLiteral("1.1.0"), i == 0 ? ObjectTypes::Module : ObjectTypes::Lesson,
                                  i == 0 ? QStringLiteral("crypto-basics") : QStringLiteral("exchanges"), {{QStringLiteral("n"), i}});
            e.timestamp = start.addSecs(3600 * i);
            events << e;
        }
        EXPECT_TRUE(store->record(events, &error)) << error.toStdString();
        if (recorded)
            *recorded = events;
        return store;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        cca::test::writeFile(path, bytes);
        return path;
    }

    QJsonObject validBundleJson()
    {
        auto a = stationA();
        return ProgressBundle::fromStore(*a).toJson();
    }

    // Loads a bundle that should be refused; returns the message.
    QString refusal(const QJsonObject &json)
    {
        const QString path = write(QStringLiteral("bad.json"), QJsonDocument(json).toJson());
        QString error;
        EXPECT_FALSE(ProgressBundle::load(path, &error).has_value());
        EXPECT_TRUE(error.startsWith(path + QStringLiteral(": "))) << error.toStdString();
        return error;
    }
};

} // namespace

TEST_F(BundleTest, RoundTripBetweenTwoStoresAddsNothingTheSecondTime)
{
    QList<Event> recorded;
    auto a = stationA(&recorded);
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QString error;
    const ProgressBundle exported = ProgressBundle::fromStore(*a, {}, QStringLiteral("front-desk-3"));
    ASSERT_TRUE(exported.save(path, &error)) << error.toStdString();

    auto loaded = ProgressBundle::load(path, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->station, QStringLiteral("front-desk-3"));
    EXPECT_EQ(loaded->officers.size(), 2);
    ASSERT_EQ(loaded->events.size(), 6);

    auto b = open(QStringLiteral("b.sqlite"));
    ProgressStore::ImportCounts counts;
    ASSERT_TRUE(loaded->importInto(*b, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 2);
    EXPECT_EQ(counts.newEvents, 6);
    EXPECT_EQ(counts.knownEvents, 0);

    auto again = ProgressBundle::load(path, &error);
    ASSERT_TRUE(again);
    ASSERT_TRUE(again->importInto(*b, &counts, &error)) << error.toStdString();
    EXPECT_EQ(counts.newOfficers, 0);
    EXPECT_EQ(counts.newEvents, 0);
    EXPECT_EQ(counts.knownEvents, 6);

    const QList<Event> merged = b->allEvents();
    ASSERT_EQ(merged.size(), recorded.size());
    for (qsizetype i = 0; i < merged.size(); ++i) {
        EXPECT_EQ(merged[i].id, recorded[i].id) << "ids and order preserved";
        EXPECT_EQ(merged[i].officerId, recorded[i].officerId);
        EXPECT_EQ(merged[i].verb, recorded[i].verb);
        EXPECT_EQ(merged[i].objectId, recorded[i].objectId);
        EXPECT_EQ(merged[i].data, recorded[i].data);
        EXPECT_EQ(merged[i].timestamp, recorded[i].timestamp);
    }
    QStringList numbers;
    for (const Officer &o : b->officers())
        numbers << o.serviceNumber;
    numbers.sort();
    EXPECT_EQ(numbers, (QStringList{QStringLiteral("PC1001"), QStringLiteral("PC1002")}));
}

TEST_F(BundleTest, SinceKeepsOnlyLaterEventsButEveryOfficer)
{
    QList<Event> recorded;
    auto a = stationA(&recorded);
    const ProgressBundle b = ProgressBundle::fromStore(*a, recorded[4].timestamp);
    EXPECT_EQ(b.officers.size(), 2);
    ASSERT_EQ(b.events.size(), 2);
    EXPECT_EQ(b.events[0].id, recorded[4].id);
    const QJsonObject json = b.toJson();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("ccacademy-progress-bundle"));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_TRUE(json.contains(QStringLiteral("exported_at")));
    EXPECT_TRUE(json.contains(QStringLiteral("since")));
}

TEST_F(BundleTest, NoSecretsLeaveTheStation)
{
    auto a = stationA();
    const Officer o = a->officers().first();
    QString error;
    ASSERT_TRUE(a->setOfficerSecret(o.id, QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA"), QStringLiteral("password"), &error))
        << error.toStdString();
    const QByteArray bytes = QJsonDocument(ProgressBundle::fromStore(*a).toJson()).toJson();
    EXPECT_FALSE(bytes.contains("argon2id"));
    EXPECT_FALSE(bytes.contains("secret"));
}

TEST_F(BundleTest, DamagedFilesAreRefusedWithTheReason)
{
    QString error;
    EXPECT_FALSE(ProgressBundle::load(dir.filePath(QStringLiteral("missing.json")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.json: cannot read"))) << error.toStdString();

    const QString notJson = write(QStringLiteral("broken.json"), "{\"format\": ");
    EXPECT_FALSE(ProgressBundle::load(notJson, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("broken.json: not valid JSON"))) << error.toStdString();

    const QString array = write(QStringLiteral("array.json"), "[]");
    EXPECT_FALSE(ProgressBundle::load(array, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a progress bundle"))) << error.toStdString();

    const QJsonObject valid = validBundleJson();
    QJsonObject j = valid;
    j.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    EXPECT_TRUE(refusal(j).contains(QStringLiteral("not a progress bundle")));

    j = valid;
    j.insert(QStringLiteral("version"), 2);
    EXPECT_TRUE(refusal(j).contains(QStringLiteral("version 2 is not supported")));

    j = valid;
    j.remove(QStringLiteral("events"));
    EXPECT_TRUE(refusal(j).contains(QStringLiteral("\"events\" must be an array")));

    j = valid;
    j.insert(QStringLiteral("exported_at"), QStringLiteral("yesterday"));
    EXPECT_TRUE(refusal(j).contains(QStringLiteral("exported_at")));
}

TEST_F(BundleTest, TheBadRecordIsNamed)
{
    const QJsonObject valid = validBundleJson();
    auto withEvent = [&](int index, const QString &key, const QJsonValue &value) {
        QJsonObject j = valid;
        QJsonArray events = j.value(QStringLiteral("events")).toArray();
        QJsonObject e = events[index].toObject();
        if (value.isUndefined())
            e.remove(key);
        else
            e.insert(key, value);
        events[index] = e;
        j.insert(QStringLiteral("events"), events);
        return j;
    };
    QString error = refusal(withEvent(3, QStringLiteral("id"), QJsonValue::Undefined));
    EXPECT_TRUE(error.contains(QStringLiteral("events[3]: \"id\" is missing"))) << error.toStdString();
    error = refusal(withEvent(2, QStringLiteral("id"), QStringLiteral("not-a-uuid")));
    EXPECT_TRUE(error.contains(QStringLiteral("events[2]: \"id\" is not a UUID"))) << error.toStdString();
    error = refusal(withEvent(5, QStringLiteral("timestamp"), QStringLiteral("1 May")));
    EXPECT_TRUE(error.contains(QStringLiteral("events[5]: \"timestamp\""))) << error.toStdString();
    error = refusal(withEvent(1, QStringLiteral("data"), QStringLiteral("text")));
    EXPECT_TRUE(error.contains(QStringLiteral("events[1]: \"data\" must be an object"))) << error.toStdString();
    error = refusal(withEvent(0, QStringLiteral("officer_id"), QStringLiteral("0b7c1e2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b")));
    EXPECT_TRUE(error.contains(QStringLiteral("events[0]")) && error.contains(QStringLiteral("not in the bundle's officers"))) << error.toStdString();

    QJsonObject dup = valid;
    QJsonArray events = dup.value(QStringLiteral("events")).toArray();
    events.append(events[0]);
    dup.insert(QStringLiteral("events"), events);
    error = refusal(dup);
    EXPECT_TRUE(error.contains(QStringLiteral("events[6]")) && error.contains(QStringLiteral("listed twice"))) << error.toStdString();

    QJsonObject badOfficer = valid;
    QJsonArray officers = badOfficer.value(QStringLiteral("officers")).toArray();
    QJsonObject o = officers[1].toObject();
    o.insert(QStringLiteral("role"), QStringLiteral("chief"));
    officers[1] = o;
    badOfficer.insert(QStringLiteral("officers"), officers);
    error = refusal(badOfficer);
    EXPECT_TRUE(error.contains(QStringLiteral("officers[1]: \"role\""))) << error.toStdString();

    QJsonObject notObject = valid;
    officers = notObject.value(QStringLiteral("officers")).toArray();
    officers[0] = 42;
    notObject.insert(QStringLiteral("officers"), officers);
    EXPECT_TRUE(refusal(notObject).contains(QStringLiteral("officers[0]: not an object")));
}

TEST_F(BundleTest, AFailedImportChangesNothing)
{
    auto a = stationA();
    const ProgressBundle bundle = ProgressBundle::fromStore(*a);
    auto b = open(QStringLiteral("b.sqlite"));
    Officer clash = makeOfficer(QStringLiteral("PC1002")); // same service number, another id
    QString error;
    ASSERT_TRUE(b->addOfficer(clash, &error));
    ProgressStore::ImportCounts counts;
    EXPECT_FALSE(bundle.importInto(*b, &counts, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("PC1002"))) << error.toStdString();
    EXPECT_TRUE(b->allEvents().isEmpty());
    EXPECT_EQ(b->officers().size(), 1);
}
