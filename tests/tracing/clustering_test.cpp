// Common-input ownership clusters, with and without CoinJoin exclusion; paths ranked by taint.
#include "minicase.h"

#include "tracing/clustering.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <gtest/gtest.h>

using namespace cca::tracing;
using cca::tracing::test::MiniCase;

namespace {

MiniCase clusterCase()
{
    MiniCase m;
    for (const char *name : {"a", "b", "c", "d", "e"})
        m.tx(QStringLiteral("cb-") + QLatin1String(name), {}, {{QString::fromLatin1(name), 10000000}});
    m.tx(QStringLiteral("ab"), {{QStringLiteral("cb-a"), 0}, {QStringLiteral("cb-b"), 0}}, {{QStringLiteral("b"), 19990000}}); // back to b
    m.tx(QStringLiteral("bc"), {{QStringLiteral("ab"), 0}, {QStringLiteral("cb-c"), 0}}, {{QStringLiteral("y"), 29980000}});
    // CoinJoin shape: two owners, three equal outputs.
    m.tx(QStringLiteral("join"), {{QStringLiteral("cb-d"), 0}, {QStringLiteral("cb-e"), 0}},
         {{QStringLiteral("j1"), 6000000}, {QStringLiteral("j2"), 6000000}, {QStringLiteral("j3"), 6000000}, {QStringLiteral("j4"), 1990000}});
    m.setSource(MiniCase::ref(QStringLiteral("cb-a"), 0));
    return m;
}

int id(const TraceGraph &g, const QString &role)
{
    return g.addressId(QStringLiteral("tbtc"), MiniCase::addr(role));
}

} // namespace

TEST(Clustering, CommonInputsJoinTransitively)
{
    const CaseFile c = clusterCase().load();
    const TraceGraph g = TraceGraph::build(c);
    const Clustering cl = Clustering::compute(g);
    EXPECT_TRUE(cl.sameOwner(id(g, QStringLiteral("a")), id(g, QStringLiteral("b"))));
    // b's output of "ab" is spent with c in "bc": a, b and c are one owner.
    EXPECT_TRUE(cl.sameOwner(id(g, QStringLiteral("a")), id(g, QStringLiteral("c"))));
    EXPECT_FALSE(cl.sameOwner(id(g, QStringLiteral("a")), id(g, QStringLiteral("y"))));
    EXPECT_FALSE(cl.sameOwner(id(g, QStringLiteral("d")), id(g, QStringLiteral("e"))));
    EXPECT_EQ(cl.skippedCoinJoins(), 1);
    ASSERT_EQ(cl.clusters().size(), 1);
    EXPECT_EQ(cl.clusters()[0].addresses.size(), 3u); // a, b, c
    ASSERT_EQ(cl.clusters()[0].links.size(), 2);
    EXPECT_EQ(cl.clusters()[0].links[0].reason, QStringLiteral("common-input"));
}

TEST(Clustering, CoinJoinsJoinWhenNotExcluded)
{
    const CaseFile c = clusterCase().load();
    const TraceGraph g = TraceGraph::build(c);
    ClusterOptions options;
    options.excludeCoinJoin = false;
    const Clustering cl = Clustering::compute(g, options);
    EXPECT_TRUE(cl.sameOwner(id(g, QStringLiteral("d")), id(g, QStringLiteral("e"))));
    EXPECT_EQ(cl.skippedCoinJoins(), 0);
    EXPECT_EQ(cl.clusters().size(), 2);
}

TEST(Paths, RankedByTaintedValueWithTheirHops)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("victim"), 100000000}});
    m.tx(QStringLiteral("pay"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("scam"), 100000000}});
    m.tx(QStringLiteral("h1"), {{QStringLiteral("pay"), 0}}, {{QStringLiteral("small-exchange"), 10000000}, {QStringLiteral("hop"), 89990000}});
    m.tx(QStringLiteral("h2"), {{QStringLiteral("h1"), 1}}, {{QStringLiteral("big-exchange"), 89980000}});
    m.tag(QStringLiteral("tbtc"), QStringLiteral("small-exchange"), QStringLiteral("Small"), QStringLiteral("exchange"));
    m.tag(QStringLiteral("tbtc"), QStringLiteral("big-exchange"), QStringLiteral("Big"), QStringLiteral("exchange"));
    m.tag(QStringLiteral("tbtc"), QStringLiteral("scam"), QStringLiteral("Scam"), QStringLiteral("scam")); // not a service
    m.setSource(MiniCase::ref(QStringLiteral("pay"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    const TaintEngine engine(g);
    const TaintResult r = engine.run(TaintMethod::Haircut);
    const QList<ServicePath> paths = engine.paths(r);
    ASSERT_EQ(paths.size(), 2);
    EXPECT_EQ(c.tags[paths[0].tag].label, QStringLiteral("Big"));
    EXPECT_NEAR(paths[0].received, 89980000, 1e-6);
    EXPECT_EQ(c.tags[paths[1].tag].label, QStringLiteral("Small"));
    ASSERT_EQ(paths[0].hops.size(), 3u); // pay:0 (source), h1:1, h2:0
    EXPECT_EQ(r.hops[size_t(paths[0].hops[0])].parent, -1);
    EXPECT_EQ(g.outputRef(r.hops[size_t(paths[0].hops[1])].output), MiniCase::ref(QStringLiteral("h1"), 1));
    EXPECT_EQ(g.outputRef(r.hops[size_t(paths[0].hops[2])].output), MiniCase::ref(QStringLiteral("h2"), 0));
}

TEST(Clustering, ChangeJoinsWhenTwoHeuristicsAgree)
{
    MiniCase m;
    m.tx(QStringLiteral("c"), {}, {{QStringLiteral("start"), 100000000}});
    // Round P2SH payment, odd P2WPKH remainder spent again as a peel: three heuristics agree.
    m.tx(QStringLiteral("p1"), {{QStringLiteral("c"), 0}}, {{QStringLiteral("shop"), 5000000, QStringLiteral("p2sh")}, {QStringLiteral("rest"), 94990000}});
    m.tx(QStringLiteral("p2"), {{QStringLiteral("p1"), 1}}, {{QStringLiteral("shop-2"), 7000000, QStringLiteral("p2sh")}, {QStringLiteral("rest-2"), 87985000}});
    m.setSource(MiniCase::ref(QStringLiteral("c"), 0));
    const CaseFile c = m.load();
    const TraceGraph g = TraceGraph::build(c);
    EXPECT_FALSE(Clustering::compute(g).sameOwner(id(g, QStringLiteral("start")), id(g, QStringLiteral("rest"))));
    ClusterOptions options;
    options.joinChange = true;
    const Clustering cl = Clustering::compute(g, options);
    EXPECT_TRUE(cl.sameOwner(id(g, QStringLiteral("start")), id(g, QStringLiteral("rest"))));
    const int shop = g.addressId(QStringLiteral("tbtc"), MiniCase::addr(QStringLiteral("shop"), QStringLiteral("p2sh")));
    ASSERT_GE(shop, 0);
    EXPECT_FALSE(cl.sameOwner(id(g, QStringLiteral("start")), shop));
    EXPECT_FALSE(cl.sameOwner(id(g, QStringLiteral("start")), -1));
    ASSERT_FALSE(cl.clusters().isEmpty());
    EXPECT_TRUE(cl.clusters()[0].links[0].reason.startsWith(QStringLiteral("change:"))) << cl.clusters()[0].links[0].reason.toStdString();
}
