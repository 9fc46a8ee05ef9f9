// Benchmarks for the foundation: loading the catalog, opening the store, recording an answer,
// deriving progress. Start-up as a whole is measured with scripts/bench-startup.sh.
#include "assessment/scoring.h"
#include "content/catalog.h"
#include "learning/learningsession.h"
#include "progress/sqliteprogressstore.h"

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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
