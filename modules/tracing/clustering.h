#pragma once

#include "tracing/changeheuristics.h"
#include "tracing/tracegraph.h"

#include <QList>
#include <QString>

#include <vector>

namespace cca::tracing {

// Addresses believed to share one owner. Common-input ownership (Nakamoto 2008, §10; Meiklejohn et
// al. 2013): the inputs of one transaction are signed by one wallet. Optionally the change output
// agreed by at least two change heuristics joins the inputs' cluster too.
struct ClusterOptions
{
    bool excludeCoinJoin = true; // CoinJoin-shaped transactions join nobody
    bool joinChange = false;
};

struct ClusterLink
{
    int tx = -1;
    QString reason;        // "common-input" or "change:<heuristic ids>"
};

struct Cluster
{
    std::vector<int> addresses; // graph address ids, ascending
    QList<ClusterLink> links;   // the transactions that joined them
};

class Clustering
{
public:
    static Clustering compute(const TraceGraph &graph, const ClusterOptions &options = {});

    int clusterOf(int address) const; // a representative address id; -1 for an unknown id
    bool sameOwner(int a, int b) const { return clusterOf(a) >= 0 && clusterOf(a) == clusterOf(b); }
    // Clusters of two or more addresses, largest first (ties by lowest address id).
    const QList<Cluster> &clusters() const { return m_clusters; }
    int skippedCoinJoins() const { return m_skippedCoinJoins; }

private:
    int find(int a) const;
    mutable std::vector<int> m_parent;
    std::vector<int> m_rank;
    QList<Cluster> m_clusters;
    int m_skippedCoinJoins = 0;
};

} // namespace cca::tracing
