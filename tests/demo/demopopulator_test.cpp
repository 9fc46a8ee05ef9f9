// DemoPopulator: deterministic, realistic synthetic training records.
#include "assessment/scoring.h"
#include "content/catalog.h"
#include "demo/demopopulator.h"
#include "progress/progressstore.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace cca;
using namespace cca::progress;

namespace {

const QString kModule = QStringLiteral("crypto-basics");

const content::Catalog &catalog()
{
    static const content::Catalog c = content::Catalog::loadDefault();
    return c;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 30), QTime(17, 0), Qt::UTC);
}

struct Populated
{
    std::unique_ptr<ProgressStore> store;
    demo::DemoSummary summary;
    QList<qint64> callbacks;
};

Populated populate(const QString &path, int officers, qint64 events, quint32 seed, int batch = 1000)
{
    Populated p;
    OpenResult r = openProgressStore(path);
    EXPECT_TRUE(r.store) << r.error.toStdString();
    p.store = std::move(r.store);
    demo::DemoPopulator populator(p.store.get(), catalog().modules());
    populator.setProgressCallback([&p](qint64 written, qint64) { p.callbacks << written; });
    demo::DemoOptions o;
    o.officers = officers;
    o.events = events;
    o.seed = seed;
    o.batchSize = batch;
    o.now = fixedNow();
    QString error;
    EXPECT_TRUE(populator.populate(o, &p.summary, &error)) << error.toStdString();
    return p;
}

QStringList officerIds(ProgressStore &store)
{
    QStringList ids;
    const QList<Officer> officers = store.officers();
    for (const Officer &o : officers)
        ids << o.id;
    ids.sort();
    return ids;
}

class DemoPopulatorTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db(const QString &name) const { return dir.filePath(name + QStringLiteral(".sqlite")); }
};

TEST(DemoCatalog, BundledModuleIsUsable)
{
    const auto modules = demo::DemoPopulator::usableModules(catalog().modules());
    ASSERT_FALSE(modules.isEmpty());
    EXPECT_TRUE(std::any_of(modules.begin(), modules.end(), [](const content::ModulePackage &m) { return m.id == kModule; }));
}

TEST_F(DemoPopulatorTest, SameSeedGivesSameRecords)
{
    Populated a = populate(db(QStringLiteral("a")), 12, 3000, 42);
    Populated b = populate(db(QStringLiteral("b")), 12, 3000, 42);
    EXPECT_EQ(officerIds(*a.store), officerIds(*b.store));
    const QList<Officer> oa = a.store->officers(), ob = b.store->officers();
    QHash<QString, Officer> byId;
    for (const Officer &o : ob)
        byId.insert(o.id, o);
    for (const Officer &o : oa) {
        EXPECT_EQ(o.displayName, byId.value(o.id).displayName);
        EXPECT_EQ(o.serviceNumber, byId.value(o.id).serviceNumber);
        EXPECT_EQ(o.unit, byId.value(o.id).unit);
        EXPECT_EQ(o.role, byId.value(o.id).role);
    }
    QStringList ca, cb;
    for (const Cohort &c : a.store->cohorts())
        ca << c.id + c.name;
    for (const Cohort &c : b.store->cohorts())
        cb << c.id + c.name;
    ca.sort();
    cb.sort();
    EXPECT_EQ(ca, cb);

    const QList<Event> ea = a.store->allEvents(), eb = b.store->allEvents();
    ASSERT_EQ(ea.size(), eb.size());
    for (qsizetype i = 0; i < ea.size(); ++i) {
        ASSERT_EQ(ea[i].id, eb[i].id) << i;
        ASSERT_EQ(ea[i].officerId, eb[i].officerId) << i;
        ASSERT_EQ(ea[i].verb, eb[i].verb) << i;
        ASSERT_EQ(ea[i].objectId, eb[i].objectId) << i;
        ASSERT_EQ(ea[i].data, eb[i].data) << i;
        ASSERT_EQ(ea[i].timestamp, eb[i].timestamp) << i;
    }
}

TEST_F(DemoPopulatorTest, DifferentSeedDiffers)
{
    Populated a = populate(db(QStringLiteral("a")), 8, 1500, 1);
    Populated b = populate(db(QStringLiteral("b")), 8, 1500, 2);
    const QStringList ia = officerIds(*a.store), ib = officerIds(*b.store);
    EXPECT_TRUE(QSet<QString>(ia.begin(), ia.end()).intersect(QSet<QString>(ib.begin(), ib.end())).isEmpty());
    const QList<Event> ea = a.store->allEvents(), eb = b.store->allEvents();
    ASSERT_FALSE(ea.isEmpty());
    ASSERT_FALSE(eb.isEmpty());
    EXPECT_NE(ea.first().id, eb.first().id);
}

TEST_F(DemoPopulatorTest, CountsMatchTheRequest)
{
    const int batch = 500;
    Populated p = populate(db(QStringLiteral("counts")), 60, 6000, 5, batch);
    EXPECT_EQ(p.store->officers().size(), 60);
    EXPECT_EQ(p.summary.officers, 60);
    const qsizetype events = p.store->allEvents().size();
    EXPECT_EQ(events, p.summary.events);
    EXPECT_GE(events, 6000);
    EXPECT_LE(events, 6000 + batch);
    // Written in batches, with progress reported after each.
    EXPECT_GE(p.summary.batches, 6000 / batch);
    ASSERT_FALSE(p.callbacks.isEmpty());
    EXPECT_EQ(p.callbacks.last(), events);
    EXPECT_TRUE(std::is_sorted(p.callbacks.begin(), p.callbacks.end()));
    // An intake per 25 officers, each with its members and an assignment of the module.
    const QList<Cohort> cohorts = p.store->cohorts();
    EXPECT_EQ(cohorts.size(), 3);
    int members = 0;
    for (const Cohort &c : cohorts)
        members += int(p.store->cohortMembers(c.id).size());
    int trainers = 0;
    for (const Officer &o : p.store->officers())
        trainers += o.role == QLatin1String("trainer") ? 1 : 0;
    EXPECT_EQ(trainers, 3);
    EXPECT_EQ(members, 60 - trainers);
    const QList<Assignment> assignments = p.store->assignments();
    EXPECT_GE(assignments.size(), 3);
    EXPECT_TRUE(std::any_of(assignments.begin(), assignments.end(),
                            [](const Assignment &a) { return a.due < fixedNow().date(); }));
    // Every bundled module is assigned to every intake.
    const auto usable = demo::DemoPopulator::usableModules(catalog().modules());
    for (const Cohort &c : cohorts)
        for (const content::ModulePackage &m : usable)
            EXPECT_TRUE(std::any_of(assignments.begin(), assignments.end(),
                                    [&](const Assignment &a) { return a.cohortId == c.id && a.moduleId == m.id; }))
                << c.name.toStdString() << " " << m.id.toStdString();
    for (const Assignment &a : assignments)
        EXPECT_NE(catalog().find(a.moduleId), nullptr) << a.moduleId.toStdString();
}

TEST_F(DemoPopulatorTest, RecordsLookReal)
{
    Populated p = populate(db(QStringLiteral("real")), 40, 12000, 11);
    const content::ModulePackage *first = catalog().find(kModule);
    ASSERT_NE(first, nullptr);
    QSet<QString> officers;
    for (const Officer &o : p.store->officers()) {
        officers.insert(o.id);
        EXPECT_FALSE(o.displayName.isEmpty());
        EXPECT_FALSE(o.unit.isEmpty());
    }
    QHash<QString, QSet<QString>> open; // officer -> attempts started and not submitted
    QHash<QString, QString> attemptAssessment;
    QHash<QString, QDateTime> last;
    QSet<QString> passedOfficers, failedOfficers, completedOfficers, eventIds, modulesSeen;
    int modulesCompleted = 0;
    const QDateTime earliest = fixedNow().addDays(-91), latest = fixedNow().addDays(1);
    int rescored = 0;
    const QList<Event> events = p.store->allEvents();
    for (const Event &e : events) {
        ASSERT_TRUE(officers.contains(e.officerId)) << e.id.toStdString();
        EXPECT_FALSE(eventIds.contains(e.id));
        eventIds.insert(e.id);
        // Officers work through the bundled modules in order, each event naming its module's version.
        const content::ModulePackage *module = catalog().find(e.moduleId);
        ASSERT_NE(module, nullptr) << e.moduleId.toStdString();
        EXPECT_EQ(e.moduleVersion, module->version);
        modulesSeen.insert(e.moduleId);
        EXPECT_GE(e.timestamp, earliest);
        EXPECT_LE(e.timestamp, latest);
        if (last.contains(e.officerId)) {
            EXPECT_GT(e.timestamp, last.value(e.officerId)) << e.id.toStdString();
        }
        last.insert(e.officerId, e.timestamp);
        const QString attempt = e.data.value(QStringLiteral("attempt")).toString();
        if (e.verb == Verbs::Attempted) {
            const QJsonObject plan = e.data.value(QStringLiteral("plan")).toObject();
            const QJsonArray questions = plan.value(QStringLiteral("questions")).toArray();
            EXPECT_FALSE(plan.isEmpty());
            EXPECT_FALSE(questions.isEmpty()) << QJsonDocument(plan).toJson().toStdString();
            EXPECT_NE(module->assessment(e.objectId), nullptr);
            EXPECT_FALSE(attempt.isEmpty());
            open[e.officerId].insert(attempt);
            attemptAssessment.insert(attempt, e.objectId);
        } else if (e.verb == Verbs::Answered || e.verb == Verbs::Flagged) {
            ASSERT_TRUE(open.value(e.officerId).contains(attempt)) << e.id.toStdString();
            if (e.verb == Verbs::Answered) {
                EXPECT_TRUE(e.data.contains(QStringLiteral("response")));
                EXPECT_TRUE(e.data.contains(QStringLiteral("score")));
                EXPECT_TRUE(e.data.contains(QStringLiteral("max")));
                EXPECT_TRUE(e.data.contains(QStringLiteral("correct")));
                EXPECT_TRUE(e.objectId.startsWith(attemptAssessment.value(attempt) + QLatin1Char('/')));
                if (rescored < 300) { // the recorded score is what the scorer gives the response
                    const content::Assessment *a = module->assessment(attemptAssessment.value(attempt));
                    const content::Question *q = a->question(e.data.value(QStringLiteral("question")).toString());
                    ASSERT_NE(q, nullptr);
                    const auto r = assessment::scoreQuestion(*q, e.data.value(QStringLiteral("response")),
                                                             e.data.value(QStringLiteral("language")).toString());
                    EXPECT_DOUBLE_EQ(r.points, e.data.value(QStringLiteral("score")).toDouble());
                    EXPECT_EQ(r.fullyCorrect, e.data.value(QStringLiteral("correct")).toBool());
                    ++rescored;
                }
            }
        } else if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
            ASSERT_TRUE(open[e.officerId].remove(attempt)) << e.id.toStdString();
            EXPECT_TRUE(e.data.contains(QStringLiteral("percent")));
            EXPECT_TRUE(e.data.contains(QStringLiteral("missed")));
            if (e.moduleId == kModule && e.objectId == QLatin1String("final-quiz"))
                (e.verb == Verbs::Passed ? passedOfficers : failedOfficers).insert(e.officerId);
        } else if (e.verb == Verbs::Completed && e.objectType == ObjectTypes::Module) {
            ++modulesCompleted;
            if (e.moduleId == kModule)
                completedOfficers.insert(e.officerId);
        }
    }
    EXPECT_GT(rescored, 100);
    EXPECT_FALSE(passedOfficers.isEmpty());
    EXPECT_FALSE(failedOfficers.isEmpty());
    EXPECT_GT(p.summary.passed, 0);
    EXPECT_GT(p.summary.failed, 0);

    // Derived progress agrees: some officers completed the module, others did not (yet).
    int completed = 0, unfinished = 0, started = 0;
    for (const QString &id : std::as_const(officers)) {
        const ModuleProgress mp = p.store->moduleProgress(id, kModule);
        started += mp.started ? 1 : 0;
        if (mp.completed) {
            ++completed;
            EXPECT_TRUE(completedOfficers.contains(id));
            EXPECT_EQ(mp.completedLessons.size(), first->lessons.size());
        } else {
            ++unfinished;
        }
    }
    EXPECT_GT(completed, 0);
    EXPECT_GT(unfinished, 0);
    EXPECT_EQ(started, officers.size());
    EXPECT_EQ(completed, completedOfficers.size());
    EXPECT_EQ(modulesCompleted, p.summary.modulesCompleted);
    // Those who finished the first module went on to the next.
    EXPECT_EQ(modulesSeen.size(), demo::DemoPopulator::usableModules(catalog().modules()).size());
}

TEST_F(DemoPopulatorTest, TimestampsSpreadOverTheLastNinetyDays)
{
    Populated p = populate(db(QStringLiteral("spread")), 20, 8000, 3);
    const QList<Event> events = p.store->allEvents();
    ASSERT_FALSE(events.isEmpty());
    QDateTime first = events.first().timestamp, lastSeen = first;
    for (const Event &e : events) {
        first = std::min(first, e.timestamp);
        lastSeen = std::max(lastSeen, e.timestamp);
    }
    EXPECT_GT(first.daysTo(lastSeen), 45);
    EXPECT_LE(first, fixedNow().addDays(-70));
}

TEST_F(DemoPopulatorTest, RefusesASecondRunWithTheSameSeed)
{
    Populated p = populate(db(QStringLiteral("twice")), 3, 200, 9);
    demo::DemoPopulator again(p.store.get(), catalog().modules());
    demo::DemoOptions o;
    o.officers = 3;
    o.events = 200;
    o.seed = 9;
    QString error;
    EXPECT_FALSE(again.populate(o, nullptr, &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
