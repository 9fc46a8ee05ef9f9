// Every taint method on small graphs computed by hand, and conservation.
#include "minicase.h"

#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace cca::tracing;
using cca::tracing::test::MiniCase;

namespace {

// c1 pays X 60 (the source), c2 pays Y 40. t1 spends both: P 50, Q 45, fee 5. t2 spends P: R 20,
// S 29, fee 1.
MiniCase utxoCase()
{
    MiniCase m;
    m.tx(QStringLiteral("c1"), {}, {{QStringLiteral("x"), 60}});
    m.tx(QStringLiteral("c2"), {}, {{QStringLiteral("y"), 40}});
    m.tx(QStringLiteral("t1"), {{QStringLiteral("c1"), 0}, {QStringLiteral("c2"), 0}}, {{QStringLiteral("p"), 50}, {QStringLiteral("q"), 45}});
    m.tx(QStringLiteral("t2"), {{QStringLiteral("t1"), 0}}, {{QStringLiteral("r"), 20}, {QStringLiteral("s"), 29}});
    m.setSource(MiniCase::ref(QStringLiteral("c1"), 0));
    return m;
}

double held(const TraceGraph &g, const TaintResult &r, const QString &role)
{
    const AddressTaint *a = r.forAddress(g.addressId(QStringLiteral("tbtc"), MiniCase::addr(role)));
    return a ? a->held : 0.0;
}

double received(const TraceGraph &g, const TaintResult &r, const QString &role)
{
    const AddressTaint *a = r.forAddress(g.addressId(QStringLiteral("tbtc"), MiniCase::addr(role)));
    return a ? a->received : 0.0;
}

double totalHeld(const TaintResult &r)
{
    return std::accumulate(r.addresses.begin(), r.addresses.end(), 0.0, [](double s, const AddressTaint &a) { return s + a.held; });
}

void expectConserved(const TaintResult &r)
{
    EXPECT_LE(totalHeld(r), double(r.sourceValue) + 1e-6);
    EXPECT_NEAR(totalHeld(r) + r.lostToFees + r.inBridges, double(r.sourceValue), 1e-6);
}

} // namespace

TEST(Taint, HaircutSplitsInProportion)
{
    const CaseFile c = utxoCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult r = TaintEngine(g).run(TaintMethod::Haircut);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.sourceValue, 60);
    EXPECT_EQ(r.unit, QStringLiteral("satoshi"));
    EXPECT_NEAR(received(g, r, QStringLiteral("x")), 60, 1e-9);
    EXPECT_NEAR(received(g, r, QStringLiteral("p")), 30, 1e-9); // 60/100 of 50
    EXPECT_NEAR(held(g, r, QStringLiteral("p")), 0, 1e-9);      // spent by t2
    EXPECT_NEAR(held(g, r, QStringLiteral("q")), 27, 1e-9);     // 60/100 of 45
    EXPECT_NEAR(held(g, r, QStringLiteral("r")), 12, 1e-9);     // 30/50 of 20
    EXPECT_NEAR(held(g, r, QStringLiteral("s")), 17.4, 1e-9);   // 30/50 of 29
    EXPECT_NEAR(r.lostToFees, 3.6, 1e-9);                       // 60% of 5, 60% of 1
    EXPECT_EQ(held(g, r, QStringLiteral("y")), 0);
    const AddressTaint *q = r.forAddress(g.addressId(QStringLiteral("tbtc"), MiniCase::addr(QStringLiteral("q"))));
    ASSERT_NE(q, nullptr);
    EXPECT_NEAR(q->share(), 0.6, 1e-9);
    expectConserved(r);
}

TEST(Taint, FifoTakesTheOldestValueFirst)
{
    const CaseFile c = utxoCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult r = TaintEngine(g).run(TaintMethod::Fifo);
    ASSERT_TRUE(r.ok());
    // t1's inputs line up as [60 tainted][40 clean]: P takes 50 tainted, Q 10 tainted + 35 clean,
    // the fee the last 5 clean. t2: P is wholly tainted, so R 20, S 29 and the fee 1.
    EXPECT_NEAR(received(g, r, QStringLiteral("p")), 50, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("q")), 10, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("r")), 20, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("s")), 29, 1e-9);
    EXPECT_NEAR(r.lostToFees, 1, 1e-9);
    expectConserved(r);
}

TEST(Taint, LifoTakesTheNewestValueFirst)
{
    const CaseFile c = utxoCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult r = TaintEngine(g).run(TaintMethod::Lifo);
    ASSERT_TRUE(r.ok());
    // t1 from the back of [60 T][40 C]: P takes 40 clean + 10 tainted, Q the next 45 tainted, the fee
    // the last 5 tainted. t2 from the back of P = [10 T][40 C]: R 20 clean, S 20 clean + 9 tainted,
    // the fee 1 tainted.
    EXPECT_NEAR(received(g, r, QStringLiteral("p")), 10, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("q")), 45, 1e-9);
    EXPECT_EQ(r.forAddress(g.addressId(QStringLiteral("tbtc"), MiniCase::addr(QStringLiteral("r")))), nullptr);
    EXPECT_NEAR(held(g, r, QStringLiteral("s")), 9, 1e-9);
    EXPECT_NEAR(r.lostToFees, 6, 1e-9);
    expectConserved(r);
}

TEST(Taint, PoisonTaintsEverythingDownstreamWhole)
{
    const CaseFile c = utxoCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult r = TaintEngine(g).run(TaintMethod::Poison);
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(held(g, r, QStringLiteral("q")), 45, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("r")), 20, 1e-9);
    EXPECT_NEAR(held(g, r, QStringLiteral("s")), 29, 1e-9);
    EXPECT_GT(totalHeld(r), double(r.sourceValue)); // poison does not conserve, by design
    EXPECT_EQ(held(g, r, QStringLiteral("y")), 0);   // upstream of the source stays clean
}

TEST(Taint, SourceByAddressAndUnknownSource)
{
    const CaseFile c = utxoCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult byAddress = TaintEngine(g).run(TaintMethod::Haircut, MiniCase::addr(QStringLiteral("y")));
    ASSERT_TRUE(byAddress.ok());
    EXPECT_EQ(byAddress.sourceValue, 40);
    EXPECT_NEAR(held(g, byAddress, QStringLiteral("q")), 18, 1e-9); // 40/100 of 45
    const TaintResult unknown = TaintEngine(g).run(TaintMethod::Haircut, QStringLiteral("nothing-like-this"));
    EXPECT_FALSE(unknown.ok());
    EXPECT_FALSE(TaintEngine(g).run(TaintMethod::Libr).ok()); // LIBR is for account sources
}

namespace {

// Account model: V pays A 100 (the source); A already had 50. A pays B 80, receives 40 clean from
// W, pays C 60.
MiniCase accountCase()
{
    MiniCase m;
    m.addAccountChain(QStringLiteral("eth"), QStringLiteral("evm"), QStringLiteral("gwei"));
    m.opening(QStringLiteral("eth"), QStringLiteral("v"), QStringLiteral("eth"), 100);
    m.opening(QStringLiteral("eth"), QStringLiteral("a"), QStringLiteral("eth"), 50);
    m.opening(QStringLiteral("eth"), QStringLiteral("w"), QStringLiteral("eth"), 40);
    m.setSource(m.transfer(QStringLiteral("s"), QStringLiteral("eth"), QStringLiteral("v"), QStringLiteral("a"), QStringLiteral("eth"), 100));
    m.transfer(QStringLiteral("ab"), QStringLiteral("eth"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("eth"), 80);
    m.transfer(QStringLiteral("wa"), QStringLiteral("eth"), QStringLiteral("w"), QStringLiteral("a"), QStringLiteral("eth"), 40);
    m.transfer(QStringLiteral("ac"), QStringLiteral("eth"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("eth"), 60);
    m.tx(QStringLiteral("unused"), {}, {{QStringLiteral("z"), 1}});
    return m;
}

struct AccountHeld
{
    double a, b, c;
};

AccountHeld accountHeld(const MiniCase &m, TaintMethod method)
{
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintResult r = TaintEngine(g).run(method);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    expectConserved(r);
    auto h = [&](const QString &role) {
        const AddressTaint *a = r.forAddress(g.addressId(QStringLiteral("eth"), m.address(QStringLiteral("eth"), role)));
        return a ? a->held : 0.0;
    };
    return {h(QStringLiteral("a")), h(QStringLiteral("b")), h(QStringLiteral("c"))};
}

} // namespace

TEST(Taint, AccountLowestIntermediateBalanceRule)
{
    // After A->B A holds 70, so at most 70 of the 100 stay tainted (30 left); the clean 40 arrives;
    // after A->C A holds 50: 20 more leave. A 50, B 30, C 20.
    const AccountHeld h = accountHeld(accountCase(), TaintMethod::Libr);
    EXPECT_NEAR(h.a, 50, 1e-9);
    EXPECT_NEAR(h.b, 30, 1e-9);
    EXPECT_NEAR(h.c, 20, 1e-9);
}

TEST(Taint, AccountHaircut)
{
    const AccountHeld h = accountHeld(accountCase(), TaintMethod::Haircut);
    EXPECT_NEAR(h.b, 100.0 * 80 / 150, 1e-9);
    const double left = 100.0 - 100.0 * 80 / 150; // in A, of 110 after W's 40
    EXPECT_NEAR(h.c, left * 60 / 110, 1e-9);
    EXPECT_NEAR(h.a, left - left * 60 / 110, 1e-9);
}

TEST(Taint, AccountFifoAndLifo)
{
    // FIFO queue at A: [50 C][100 T] -> B takes 50 C + 30 T; then [70 T][40 C] -> C takes 60 T.
    const AccountHeld fifo = accountHeld(accountCase(), TaintMethod::Fifo);
    EXPECT_NEAR(fifo.a, 10, 1e-9);
    EXPECT_NEAR(fifo.b, 30, 1e-9);
    EXPECT_NEAR(fifo.c, 60, 1e-9);
    // LIFO: B takes the newest 80 T; A is [50 C][20 T][40 C] -> C takes 40 C + 20 T.
    const AccountHeld lifo = accountHeld(accountCase(), TaintMethod::Lifo);
    EXPECT_NEAR(lifo.a, 0, 1e-9);
    EXPECT_NEAR(lifo.b, 80, 1e-9);
    EXPECT_NEAR(lifo.c, 20, 1e-9);
}

TEST(Taint, BridgeCarriesTaintAcrossChains)
{
    for (bool linked : {true, false}) {
        MiniCase m;
        m.addAccountChain(QStringLiteral("tron"), QStringLiteral("tron"), QStringLiteral("sun"));
        m.addAccountChain(QStringLiteral("eth"), QStringLiteral("evm"), QStringLiteral("gwei"));
        m.addToken(QStringLiteral("usdt-tron"), QStringLiteral("tron"));
        m.addToken(QStringLiteral("usdt-eth"), QStringLiteral("eth"));
        m.opening(QStringLiteral("tron"), QStringLiteral("v"), QStringLiteral("usdt-tron"), 100);
        m.opening(QStringLiteral("eth"), QStringLiteral("custody"), QStringLiteral("usdt-eth"), 1000);
        m.setSource(m.transfer(QStringLiteral("theft"), QStringLiteral("tron"), QStringLiteral("v"), QStringLiteral("t"), QStringLiteral("usdt-tron"), 100));
        const QString in = m.transfer(QStringLiteral("in"), QStringLiteral("tron"), QStringLiteral("t"), QStringLiteral("bridge"), QStringLiteral("usdt-tron"), 100);
        const QString out = m.transfer(QStringLiteral("out"), QStringLiteral("eth"), QStringLiteral("custody"), QStringLiteral("e"), QStringLiteral("usdt-eth"), 90);
        m.tag(QStringLiteral("eth"), QStringLiteral("e"), QStringLiteral("OTC"), QStringLiteral("otc"));
        if (linked)
            m.bridge(QStringLiteral("bridge"), in, out);
        m.tx(QStringLiteral("unused"), {}, {{QStringLiteral("z"), 1}});
        const CaseFile c = m.load();
        const TraceGraph g = TraceGraph::build(c);
        for (TaintMethod method : {TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Lifo, TaintMethod::Libr}) {
            const TaintResult r = TaintEngine(g).run(method);
            ASSERT_TRUE(r.ok());
            const AddressTaint *e = r.forAddress(g.addressId(QStringLiteral("eth"), m.address(QStringLiteral("eth"), QStringLiteral("e"))));
            const AddressTaint *bridge = r.forAddress(g.addressId(QStringLiteral("tron"), m.address(QStringLiteral("tron"), QStringLiteral("bridge"))));
            ASSERT_NE(bridge, nullptr);
            EXPECT_NEAR(bridge->received, 100, 1e-9);
            if (linked) {
                ASSERT_NE(e, nullptr) << methodId(method).toStdString();
                EXPECT_NEAR(e->received, 100, 1e-6); // in source units: 90 released at the bridge's rate
                EXPECT_NEAR(e->held, 100, 1e-6);
                EXPECT_NEAR(e->share(), 1.0, 1e-9);
                EXPECT_NEAR(bridge->held, 0, 1e-9); // the taint moved on with the release
                const QList<ServicePath> paths = TaintEngine(g).paths(r);
                ASSERT_EQ(paths.size(), 1);
                EXPECT_EQ(paths[0].hops.size(), 3u); // theft, deposit, release
                EXPECT_EQ(r.hops[size_t(paths[0].hops[2])].bridge, 0);
            } else {
                EXPECT_EQ(e, nullptr);
                EXPECT_NEAR(bridge->held, 100, 1e-9);
            }
            expectConserved(r);
        }
    }
}

// A UTXO output swapped into TRX on TRON, and the TRX swapped back into a UTXO output: the taint
// goes through both swaps, fees aside.
TEST(Taint, SwapsBetweenUtxoOutputsAndTransfers)
{
    MiniCase m;
    m.addAccountChain(QStringLiteral("tron"), QStringLiteral("tron"), QStringLiteral("sun"));
    m.opening(QStringLiteral("tron"), QStringLiteral("pool"), QStringLiteral("tron"), 100000);
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("victim"), 100}});
    m.tx(QStringLiteral("liquidity"), {}, {{QStringLiteral("swap-btc"), 500}});
    m.tx(QStringLiteral("dep"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("swap-in"), 90}, {QStringLiteral("change"), 9}});
    const QString out1 = m.transfer(QStringLiteral("out1"), QStringLiteral("tron"), QStringLiteral("pool"), QStringLiteral("t"), QStringLiteral("tron"), 4500);
    const QString in2 = m.transfer(QStringLiteral("in2"), QStringLiteral("tron"), QStringLiteral("t"), QStringLiteral("pool2"), QStringLiteral("tron"), 4500);
    m.tx(QStringLiteral("rel"), {{QStringLiteral("liquidity"), 0}}, {{QStringLiteral("dest"), 80}, {QStringLiteral("swap-btc"), 419}});
    m.bridge(QStringLiteral("swap"), MiniCase::ref(QStringLiteral("dep"), 0), out1);
    m.bridge(QStringLiteral("swap"), in2, MiniCase::ref(QStringLiteral("rel"), 0));
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    for (TaintMethod method : {TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Lifo}) {
        const TaintResult r = TaintEngine(g).run(method);
        ASSERT_TRUE(r.ok());
        const AddressTaint *t = r.forAddress(g.addressId(QStringLiteral("tron"), m.address(QStringLiteral("tron"), QStringLiteral("t"))));
        ASSERT_NE(t, nullptr) << methodId(method).toStdString();
        EXPECT_NEAR(t->received, 90, 1e-6);
        EXPECT_NEAR(held(g, r, QStringLiteral("dest")), 90, 1e-6) << methodId(method).toStdString();
        EXPECT_NEAR(held(g, r, QStringLiteral("swap-btc")), 0, 1e-6); // the liquidity's change stays clean
        expectConserved(r);
    }
}
