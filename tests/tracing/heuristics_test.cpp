// Each change-address heuristic on a transaction built to trigger it (and one that must not).
#include "minicase.h"

#include "tracing/changeheuristics.h"
#include "tracing/tracegraph.h"

#include <gtest/gtest.h>

using namespace cca::tracing;
using cca::tracing::test::MiniCase;
using cca::tracing::test::Out;

namespace {

const QString kP2pkh = QStringLiteral("p2pkh");
const QString kP2sh = QStringLiteral("p2sh");

// Findings of one heuristic on transaction `name`.
QList<ChangeFinding> findings(const TraceGraph &g, const QString &name, ChangeHeuristic h)
{
    QList<ChangeFinding> out;
    for (const ChangeFinding &f : detectChange(g, g.txId(MiniCase::txid(name))))
        if (f.heuristic == h)
            out << f;
    return out;
}

int outputOf(const TraceGraph &g, const QString &name, int vout)
{
    return g.outputId(g.txId(MiniCase::txid(name)), vout);
}

} // namespace

TEST(ChangeHeuristics, AddressTypeMatch)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("a"), 1000000, kP2pkh}});
    // Inputs P2PKH; output 0 is P2SH (the payee's choice), output 1 P2PKH like the input.
    m.tx(QStringLiteral("t"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("payee"), 400000, kP2sh}, {QStringLiteral("change"), 598765, kP2pkh}});
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const QList<ChangeFinding> f = findings(g, QStringLiteral("t"), ChangeHeuristic::AddressType);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].output, outputOf(g, QStringLiteral("t"), 1));
    EXPECT_TRUE(f[0].explanation.contains(QStringLiteral("P2PKH"))) << f[0].explanation.toStdString();
}

TEST(ChangeHeuristics, RoundPaymentAmount)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("a"), 100000000, kP2pkh}});
    m.tx(QStringLiteral("t"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("odd"), 23456789}, {QStringLiteral("round"), 50000000, kP2sh}});
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const QList<ChangeFinding> f = findings(g, QStringLiteral("t"), ChangeHeuristic::RoundAmount);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].output, outputOf(g, QStringLiteral("t"), 0));
    EXPECT_FALSE(f[0].explanation.isEmpty());
    // Two round outputs: nothing to tell them apart.
    MiniCase both;
    both.tx(QStringLiteral("c"), {}, {{QStringLiteral("a"), 100000000}});
    both.tx(QStringLiteral("t"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("x"), 30000000}, {QStringLiteral("y"), 60000000}});
    both.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c2 = both.load();
    const TraceGraph g2 = TraceGraph::build(c2);
    EXPECT_TRUE(findings(g2, QStringLiteral("t"), ChangeHeuristic::RoundAmount).isEmpty());
}

TEST(ChangeHeuristics, OptimalChange)
{
    MiniCase m;
    m.tx(QStringLiteral("c1"), {}, {{QStringLiteral("a"), 30000000}});
    m.tx(QStringLiteral("c2"), {}, {{QStringLiteral("b"), 40000000}});
    // 65 million paid needs both inputs; the 4.99 million output is smaller than either input.
    m.tx(QStringLiteral("t"), {{QStringLiteral("c1"), 0}, {QStringLiteral("c2"), 0}},
         {{QStringLiteral("pay"), 65000000}, {QStringLiteral("change"), 4990000}});
    m.setSource(MiniCase::ref(QStringLiteral("c1"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const QList<ChangeFinding> f = findings(g, QStringLiteral("t"), ChangeHeuristic::OptimalChange);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].output, outputOf(g, QStringLiteral("t"), 1));
}

TEST(ChangeHeuristics, AddressReuse)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("me"), 1000000}});
    m.tx(QStringLiteral("t"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("me"), 612345}, {QStringLiteral("shop"), 380000}});
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const QList<ChangeFinding> f = findings(g, QStringLiteral("t"), ChangeHeuristic::AddressReuse);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].output, outputOf(g, QStringLiteral("t"), 0));
    EXPECT_TRUE(f[0].explanation.contains(MiniCase::addr(QStringLiteral("me"))));
}

TEST(ChangeHeuristics, PeelChainShape)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("start"), 100000000}});
    m.tx(QStringLiteral("p1"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("peel-1"), 5000000}, {QStringLiteral("rest-1"), 94990000}});
    m.tx(QStringLiteral("p2"), {{QStringLiteral("p1"), 1}}, {{QStringLiteral("rest-2"), 87985000}, {QStringLiteral("peel-2"), 7000000}});
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const QList<ChangeFinding> f = findings(g, QStringLiteral("p1"), ChangeHeuristic::PeelChain);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].output, outputOf(g, QStringLiteral("p1"), 1));
    // p2's larger output is unspent: the shape is not confirmed there.
    EXPECT_TRUE(findings(g, QStringLiteral("p2"), ChangeHeuristic::PeelChain).isEmpty());
    EXPECT_EQ(likelyChange(detectChange(g, g.txId(MiniCase::txid(QStringLiteral("p1"))))), outputOf(g, QStringLiteral("p1"), 1));
}

TEST(ChangeHeuristics, NothingOnCoinJoinShapes)
{
    MiniCase m;
    m.tx(QStringLiteral("c1"), {}, {{QStringLiteral("a"), 20000000}});
    m.tx(QStringLiteral("c2"), {}, {{QStringLiteral("b"), 30000000}});
    m.tx(QStringLiteral("mix"), {{QStringLiteral("c1"), 0}, {QStringLiteral("c2"), 0}},
         {{QStringLiteral("m1"), 10000000}, {QStringLiteral("m2"), 10000000}, {QStringLiteral("m3"), 10000000}, {QStringLiteral("a"), 9990000}});
    m.setSource(MiniCase::ref(QStringLiteral("c1"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const int mix = g.txId(MiniCase::txid(QStringLiteral("mix")));
    EXPECT_TRUE(looksLikeCoinJoin(g, mix));
    EXPECT_TRUE(detectChange(g, mix).isEmpty());
}
