// The tracing engine on a generated case (issue 7's targets for 1,000,000 transactions: load under
// 5 s, haircut or FIFO taint under 1 s, under 1 GB). The case is generated once into bench-data/
// (or $CCA_BENCH_TRACING_CASE). Size: $CCA_BENCH_TRACING_TX, default 100,000.
// Run: build/release/tests/benchmarks/tracing_bench
#include "core/jsonreader.h"
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

QByteArray caseBytes()
{
    static const QByteArray bytes = [] {
        QFile f(casePath());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the benchmark case");
        return f.readAll();
    }();
    return bytes;
}

const CaseFile &loadedCase()
{
    static const CaseFile c = CaseFile::parse(caseBytes(), QStringLiteral("bench.json"));
    return c;
}

const TraceGraph &graph()
{
    static const TraceGraph g = TraceGraph::build(loadedCase());
    return g;
}

void BM_ParseJsonTree(benchmark::State &state)
{
    const QByteArray bytes = caseBytes();
    for (auto _ : state)
        benchmark::DoNotOptimize(cca::parseJson(bytes, QStringLiteral("bench.json")));
    state.counters["transactions"] = transactions();
}

void BM_LoadAndValidate(benchmark::State &state)
{
    const QByteArray bytes = caseBytes();
    for (auto _ : state) {
        const CaseFile c = CaseFile::parse(bytes, QStringLiteral("bench.json"));
        if (!c.isValid())
            state.SkipWithError("the generated case is not valid");
        benchmark::DoNotOptimize(c.transactions.size());
    }
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

BENCHMARK(BM_ParseJsonTree)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_LoadAndValidate)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_BuildGraph)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Taint, haircut, TaintMethod::Haircut)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Taint, fifo, TaintMethod::Fifo)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Taint, poison, TaintMethod::Poison)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Clusters)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
