// The tracing lab's canvas at 5,000 visible nodes (issue 7: one full repaint under 16 ms, measured
// by rendering the scene to an image). The case is synthetic: a binary tree of transactions, each
// spending one output into two fresh addresses, expanded on the canvas node by node as an officer
// would, until at least 5,000 nodes show. Run: build/release/tests/benchmarks/tracing_canvas_bench
#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"
#include "tracing/widgets/tracecanvas.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <memory>

using namespace cca::tracing;

namespace {

constexpr int kVisibleNodes = 5000;

CaseFile treeCase(int transactions)
{
    CaseFile c;
    c.id = QStringLiteral("canvas-bench");
    Chain chain;
    chain.id = QStringLiteral("tbtc");
    chain.name = QStringLiteral("Bitcoin testnet");
    chain.model = ChainModel::Utxo;
    chain.symbol = QStringLiteral("tBTC");
    chain.unit = QStringLiteral("satoshi");
    chain.decimals = 8;
    c.chains.append(chain);
    auto address = [](int i) { return QStringLiteral("tb1qbench%1").arg(i, 32, 10, QLatin1Char('0')); };
    int nextAddress = 0;
    Transaction coinbase;
    coinbase.txid = QStringLiteral("%1").arg(0, 64, 16, QLatin1Char('0'));
    coinbase.chain = chain.id;
    coinbase.coinbase = true;
    coinbase.time = 1700000000000;
    coinbase.outputs.append({address(nextAddress++), qint64(1) << 40, QStringLiteral("p2wpkh"), {}});
    c.transactions.append(coinbase);
    // Spend outputs breadth-first: each transaction one input, two outputs.
    QList<QPair<QString, QPair<int, qint64>>> unspent{{coinbase.txid, {0, coinbase.outputs[0].value}}};
    for (int t = 1; t <= transactions && !unspent.isEmpty(); ++t) {
        const auto in = unspent.takeFirst();
        Transaction tx;
        tx.txid = QStringLiteral("%1").arg(t, 64, 16, QLatin1Char('0'));
        tx.chain = chain.id;
        tx.time = coinbase.time + t * 60000;
        tx.inputs.append({in.first, in.second.first, {}});
        const qint64 half = (in.second.second - 1000) / 2;
        tx.outputs.append({address(nextAddress++), half, QStringLiteral("p2wpkh"), {}});
        tx.outputs.append({address(nextAddress++), in.second.second - 1000 - half, QStringLiteral("p2wpkh"), {}});
        c.transactions.append(tx);
        unspent.append({tx.txid, {0, tx.outputs[0].value}});
        unspent.append({tx.txid, {1, tx.outputs[1].value}});
    }
    c.source = coinbase.txid + QStringLiteral(":0");
    return c;
}

struct Fixture
{
    CaseFile c = treeCase(kVisibleNodes / 3 + 50);
    std::unique_ptr<TraceGraph> graph;
    std::unique_ptr<TaintResult> taint;
    std::unique_ptr<TraceCanvas> canvas;
    qint64 expandMs = 0;

    Fixture()
    {
        graph = std::make_unique<TraceGraph>(TraceGraph::build(c));
        canvas = std::make_unique<TraceCanvas>();
        canvas->resize(1600, 900);
        canvas->setGraph(graph.get());
        QElapsedTimer timer;
        timer.start();
        while (canvas->nodeCount() < kVisibleNodes) {
            bool any = false;
            for (const QString &key : canvas->nodeKeys())
                if (canvas->nodeCount() < kVisibleNodes && !canvas->isExpanded(key))
                    any = canvas->expand(key) || any;
            if (!any)
                break;
        }
        expandMs = timer.elapsed();
        canvas->zoomToFit(); // what an officer does to see all of it
        taint = std::make_unique<TaintResult>(TaintEngine(*graph).run(TaintMethod::Haircut));
        canvas->setTaint(taint.get());
        std::printf("canvas: %d nodes, %d edges, expanded one by one in %lld ms\n", canvas->nodeCount(), canvas->edgeCount(),
                    static_cast<long long>(expandMs));
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

// Every node and edge drawn into a 1920x1080 image, the whole graph fitted after "zoom to fit" (nodes
// as boxes, edges through the one overview item).
void BM_CanvasFullRepaint5000(benchmark::State &state)
{
    Fixture &f = fixture();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QGraphicsScene *scene = f.canvas->scene();
    const QRectF all = scene->itemsBoundingRect();
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&p, QRectF(image.rect()), all);
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["nodes"] = f.canvas->nodeCount();
}
BENCHMARK(BM_CanvasFullRepaint5000)->Unit(benchmark::kMillisecond);

// A working view: 1920x1080 at zoom 1 around the source (full detail: texts, curves, labels).
void BM_CanvasReadableViewport(benchmark::State &state)
{
    Fixture &f = fixture();
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    QGraphicsScene *scene = f.canvas->scene();
    f.canvas->resetTransform(); // back to readable detail: single edges shown again
    f.canvas->zoomIn();
    f.canvas->zoomOut();
    const QPointF centre = f.canvas->node(TraceCanvas::addressKey(0))->pos + QPointF(800, 0);
    const QRectF view(centre - QPointF(960, 540), QSizeF(1920, 1080));
    state.counters["items"] = double(scene->items(view).size());
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&p, QRectF(image.rect()), view);
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(BM_CanvasReadableViewport)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
