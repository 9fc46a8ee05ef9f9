// The tracing engine on a generated case (issue 7's targets for 1,000,000 transactions: load under
// 5 s, haircut or FIFO taint under 1 s, under 1 GB). The case is generated once into bench-data/
// (or $CCA_BENCH_TRACING_CASE). Size: $CCA_BENCH_TRACING_TX, default 100,000.
// Run: CCA_BENCH_TRACING_TX=1000000 /usr/bin/time -v build/release/tests/benchmarks/tracing_bench
// (docs/performance.md has the figures; the peak memory of loading alone is in that file too).
#include "tracing/casefile.h"
#include "tracing/casegenerator.h"
#include "tracing/clustering.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace cca::tracing;

namespace {

int transactions()
{
    const int n = qEnvironmentVariableIntValue("CCA_BENCH_TRACING_TX");
    return n > 0 ? n : 100000;
}

QString casePath()
{
    if (qEnvironmentVariableIsSet("CCA_BENCH_TRACING_CASE"))
        return qEnvironmentVariable("CCA_BENCH_TRACING_CASE");
    QDir().mkpath(QStringLiteral(CCA_BENCH_DATA_DIR));
    const QString path = QDir(QStringLiteral(CCA_BENCH_DATA_DIR)).filePath(QStringLiteral("tracing-%1.json").arg(transactions()));
    if (!QFileInfo::exists(path)) {
        QString error;
        if (!CaseGenerator(GeneratorOptions{1, transactions()}).writeFile(path, &error))
            qFatal("cannot generate %s: %s", qPrintable(path), qPrintable(error));
    }
    return path;
}

const CaseFile &loadedCase()
{
    static const CaseFile c = CaseFile::load(casePath());
    return c;
}

const TraceGraph &graph()
{
    static const TraceGraph g = TraceGraph::build(loadedCase());
    return g;
}

// Loading as the app and the CLI do: the file read in chunks by the streaming reader, every
// transaction checked into the compact table (issue 7: under 5 s at 1,000,000 transactions).
void BM_LoadCaseFile(benchmark::State &state)
{
    const QString path = casePath();
    for (auto _ : state) {
        const CaseFile c = CaseFile::load(path);
        if (!c.isValid())
            state.SkipWithError("the generated case is not valid");
        benchmark::DoNotOptimize(c.transactions.size());
    }
    state.counters["transactions"] = double(loadedCase().transactions.size());
    state.counters["outputs"] = double(loadedCase().transactions.outputs().size());
}

// Loading and building the graph index: everything before the first taint.
void BM_LoadAndBuildGraph(benchmark::State &state)
{
    const QString path = casePath();
    for (auto _ : state) {
        const CaseFile c = CaseFile::load(path);
        benchmark::DoNotOptimize(TraceGraph::build(c).outputs().size());
    }
}

// The reference reader (a whole JSON tree first), for comparison; several GB at 1,000,000.
void BM_LoadWithJsonTree(benchmark::State &state)
{
    QFile f(casePath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the benchmark case");
    const QByteArray bytes = f.readAll();
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseFile::parseTree(bytes, QStringLiteral("bench.json")).transactions.size());
}

void BM_BuildGraph(benchmark::State &state)
{
    const CaseFile &c = loadedCase();
    for (auto _ : state)
        benchmark::DoNotOptimize(TraceGraph::build(c).outputs().size());
}

void BM_Taint(benchmark::State &state, TaintMethod method)
{
    const TaintEngine engine(graph());
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.run(method).addresses.size());
}

void BM_Clusters(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(Clustering::compute(graph()).clusters().size());
}

} // namespace

BENCHMARK(BM_LoadCaseFile)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_BuildGraph)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LoadAndBuildGraph)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Taint, haircut, TaintMethod::Haircut)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Taint, fifo, TaintMethod::Fifo)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Taint, poison, TaintMethod::Poison)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Clusters)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    // The tree reader needs about 6 GB at 1,000,000 transactions: only on request, or up to 100,000.
    if (transactions() <= 100000 || qEnvironmentVariableIntValue("CCA_BENCH_TRACING_TREE") > 0)
        benchmark::RegisterBenchmark("BM_LoadWithJsonTree", BM_LoadWithJsonTree)->Unit(benchmark::kMillisecond)->Iterations(1);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
