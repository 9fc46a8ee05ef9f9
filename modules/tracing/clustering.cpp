#include "tracing/clustering.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace cca::tracing {

int Clustering::find(int a) const
{
    while (m_parent[size_t(a)] != a) {
        m_parent[size_t(a)] = m_parent[size_t(m_parent[size_t(a)])]; // path halving
        a = m_parent[size_t(a)];
    }
    return a;
}

int Clustering::clusterOf(int address) const
{
    if (address < 0 || size_t(address) >= m_parent.size())
        return -1;
    return find(address);
}

Clustering Clustering::compute(const TraceGraph &g, const ClusterOptions &options)
{
    Clustering c;
    const size_t n = g.addresses().size();
    c.m_parent.resize(n);
    std::iota(c.m_parent.begin(), c.m_parent.end(), 0);
    c.m_rank.assign(n, 0);
    auto unite = [&c](int a, int b) {
        a = c.find(a);
        b = c.find(b);
        if (a == b)
            return false;
        if (c.m_rank[size_t(a)] < c.m_rank[size_t(b)])
            std::swap(a, b);
        c.m_parent[size_t(b)] = a;
        if (c.m_rank[size_t(a)] == c.m_rank[size_t(b)])
            ++c.m_rank[size_t(a)];
        return true;
    };
    // Joining transactions, remembered per transaction; assigned to clusters at the end.
    std::vector<std::pair<int, QString>> joins;
    const auto &txs = g.transactions();
    for (size_t tx = 0; tx < txs.size(); ++tx) {
        const TraceGraph::Tx &t = txs[tx];
        if (t.inputCount == 0)
            continue;
        if (options.excludeCoinJoin && looksLikeCoinJoin(g, int(tx))) {
            ++c.m_skippedCoinJoins;
            continue;
        }
        const int first = g.outputs()[size_t(g.inputs()[size_t(t.firstInput)])].address;
        bool joined = false;
        for (int i = 1; i < t.inputCount; ++i)
            joined = unite(first, g.outputs()[size_t(g.inputs()[size_t(t.firstInput + i)])].address) || joined;
        if (joined)
            joins.emplace_back(int(tx), QStringLiteral("common-input"));
        if (options.joinChange) {
            const QList<ChangeFinding> findings = detectChange(g, int(tx));
            const int change = likelyChange(findings);
            QStringList agreeing;
            for (const ChangeFinding &f : findings)
                if (f.output == change)
                    agreeing << heuristicId(f.heuristic);
            if (change >= 0 && agreeing.size() >= 2 && unite(first, g.outputs()[size_t(change)].address))
                joins.emplace_back(int(tx), QStringLiteral("change:") + agreeing.join(QLatin1Char('+')));
        }
    }
    QHash<int, int> clusterIndex; // root -> index in m_clusters
    for (size_t a = 0; a < n; ++a) {
        const int root = c.find(int(a));
        if (root == int(a) && c.m_rank[a] == 0)
            continue; // a singleton (a root with rank 0 never had anything attached)
        auto it = clusterIndex.find(root);
        if (it == clusterIndex.end()) {
            it = clusterIndex.insert(root, int(c.m_clusters.size()));
            c.m_clusters.append(Cluster{});
        }
        c.m_clusters[*it].addresses.push_back(int(a));
    }
    for (const auto &[tx, reason] : joins) {
        const TraceGraph::Tx &t = txs[size_t(tx)];
        const int root = c.find(g.outputs()[size_t(g.inputs()[size_t(t.firstInput)])].address);
        const auto it = clusterIndex.constFind(root);
        if (it != clusterIndex.cend())
            c.m_clusters[*it].links.append(ClusterLink{tx, reason});
    }
    std::stable_sort(c.m_clusters.begin(), c.m_clusters.end(), [](const Cluster &a, const Cluster &b) {
        if (a.addresses.size() != b.addresses.size())
            return a.addresses.size() > b.addresses.size();
        return a.addresses.front() < b.addresses.front();
    });
    return c;
}

} // namespace cca::tracing
