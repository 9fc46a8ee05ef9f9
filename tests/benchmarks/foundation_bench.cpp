// Benchmarks for the foundation: loading the catalog, opening the store, recording an answer,
// deriving progress. Start-up as a whole is measured with scripts/bench-startup.sh.
#include "assessment/scoring.h"
#include "content/catalog.h"
#include "learning/learningsession.h"
#include "progress/sqliteprogressstore.h"
#include "reports/dashboard.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace cca;

namespace {
const QString kContent = QStringLiteral(CCA_SOURCE_DIR "/content");

progress::Officer addOfficer(progress::ProgressStore *store, const QString &number)
{
    progress::Officer o;
    o.displayName = QStringLiteral("Bench");
    o.serviceNumber = number;
    o.role = QStringLiteral("trainee");
    QString error;
    store->addOfficer(o, &error);
    return o;
}
} // namespace

static void BM_LoadBundledCatalog(benchmark::State &state)
{
    for (auto _ : state) {
        content::Catalog c = content::Catalog::load({kContent}, QString());
        benchmark::DoNotOptimize(c.modules().size());
    }
}
BENCHMARK(BM_LoadBundledCatalog)->Unit(benchmark::kMillisecond);

static void BM_OpenExistingStore(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    { progress::SqliteProgressStore::open(path); }
    for (auto _ : state) {
        auto r = progress::SqliteProgressStore::open(path);
        benchmark::DoNotOptimize(r.store.get());
    }
}
BENCHMARK(BM_OpenExistingStore)->Unit(benchmark::kMillisecond);

static void BM_RecordAnswer(benchmark::State &state)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    const progress::Officer o = addOfficer(opened.store.get(), QStringLiteral("1"));
    const content::Catalog c = content::Catalog::load({kContent}, QString());
    learning::LearningSession session(opened.store.get(), *c.find(QStringLiteral("crypto-basics")), o.id);
    const content::Assessment &a = session.module().assessments.first();
    const auto attempt = session.startOrResumeAttempt(a.id);
    int i = 0;
    for (auto _ : state) {
        const content::Question *q = a.question(attempt->plan.questionIds[i++ % attempt->plan.questionIds.size()]);
        session.recordAnswer(attempt->id, a.id, q->id, assessment::correctResponse(*q, QStringLiteral("en")));
    }
}
BENCHMARK(BM_RecordAnswer)->Unit(benchmark::kMicrosecond);

static void BM_ModuleProgressFromEvents(benchmark::State &state)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    const progress::Officer o = addOfficer(opened.store.get(), QStringLiteral("1"));
    QList<progress::Event> events;
    for (int i = 0; i < state.range(0); ++i)
        events << progress::Event::make(o.id, progress::Verbs::Progressed, QStringLiteral("crypto-basics"), QStringLiteral("1.0.0"),
                                        progress::ObjectTypes::Lesson, QStringLiteral("l%1").arg(i % 6),
                                        {{QStringLiteral("position"), 0.5}});
    QString error;
    opened.store->record(events, &error);
    for (auto _ : state) {
        auto p = opened.store->moduleProgress(o.id, QStringLiteral("crypto-basics"));
        benchmark::DoNotOptimize(p.lastPosition);
    }
}
BENCHMARK(BM_ModuleProgressFromEvents)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The cohort dashboard over a cohort of N members with 100 events each (five exam attempts of
// eighteen answers), in a store of only that cohort.
static void BM_CohortDashboard(benchmark::State &state)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    progress::ProgressStore *store = opened.store.get();
    const content::Catalog catalog = content::Catalog::load({kContent}, QString());
    progress::Cohort cohort{QString(), QStringLiteral("Bench"), {}};
    QString error;
    store->addCohort(cohort, &error);
    QStringList members;
    QList<progress::Event> events;
    const QString module = QStringLiteral("crypto-basics"), quiz = QStringLiteral("final-quiz");
    for (int m = 0; m < state.range(0); ++m) {
        const progress::Officer o = addOfficer(store, QString::number(m));
        members << o.id;
        for (int a = 0; a < 5; ++a) {
            const QString attempt = QStringLiteral("%1-%2").arg(m).arg(a);
            events << progress::Event::make(o.id, progress::Verbs::Attempted, module, QStringLiteral("1.1.0"), progress::ObjectTypes::Assessment,
                                            quiz, {{QStringLiteral("attempt"), attempt}, {QStringLiteral("time_limit_minutes"), 30}});
            for (int q = 0; q < 18; ++q)
                events << progress::Event::make(o.id, progress::Verbs::Answered, module, QStringLiteral("1.1.0"), progress::ObjectTypes::Question,
                                                quiz + QStringLiteral("/q%1").arg(q),
                                                {{QStringLiteral("attempt"), attempt}, {QStringLiteral("question"), QStringLiteral("q%1").arg(q)},
                                                 {QStringLiteral("score"), 1}, {QStringLiteral("correct"), true}});
            events << progress::Event::make(o.id, progress::Verbs::Passed, module, QStringLiteral("1.1.0"), progress::ObjectTypes::Assessment,
                                            quiz, {{QStringLiteral("attempt"), attempt}, {QStringLiteral("percent"), 50 + (m + a) % 50}});
        }
        if (events.size() >= 5000) {
            store->record(events, &error);
            events.clear();
        }
    }
    store->record(events, &error);
    store->setCohortMembers(cohort.id, members, &error);
    progress::Assignment assignment{QString(), module, cohort.id, QString(), QDate(2026, 1, 1), QString(), {}};
    store->addAssignment(assignment, &error);
    for (auto _ : state) {
        const reports::CohortDashboard d = reports::cohortDashboard(store, catalog.modules(), cohort.id, QDate(2026, 6, 1), QStringLiteral("en"));
        benchmark::DoNotOptimize(d.overdue.size());
    }
}
BENCHMARK(BM_CohortDashboard)->Arg(250)->Arg(1000)->Unit(benchmark::kMillisecond);

// The dashboard of the largest cohort of an existing database, e.g. one filled by
// 'ccacademy-cli demo populate': CCA_BENCH_DATABASE=/tmp/demo.sqlite foundation_bench --benchmark_filter=OnDatabase
static void BM_CohortDashboardOnDatabase(benchmark::State &state)
{
    const QString path = qEnvironmentVariable("CCA_BENCH_DATABASE");
    if (path.isEmpty()) {
        state.SkipWithError("set CCA_BENCH_DATABASE to a database file");
        return;
    }
    auto opened = progress::SqliteProgressStore::open(path);
    if (!opened.store) {
        state.SkipWithError("the database could not be opened");
        return;
    }
    progress::ProgressStore *store = opened.store.get();
    const content::Catalog catalog = content::Catalog::load({kContent}, QString());
    QString largest;
    qsizetype size = -1;
    for (const progress::Cohort &c : store->cohorts())
        if (const qsizetype n = store->cohortMembers(c.id).size(); n > size) {
            size = n;
            largest = c.id;
        }
    state.counters["members"] = double(size);
    for (auto _ : state) {
        const reports::CohortDashboard d = reports::cohortDashboard(store, catalog.modules(), largest, QDate::currentDate(), QStringLiteral("en"));
        benchmark::DoNotOptimize(d.overdue.size());
    }
}
BENCHMARK(BM_CohortDashboardOnDatabase)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
