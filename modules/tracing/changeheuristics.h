#pragma once

#include "tracing/tracegraph.h"

#include <QList>
#include <QString>

namespace cca::tracing {

// Change-address heuristics on one UTXO transaction (as catalogued by BlockSci). Each finding names
// the output it believes is change and says why, in the officer's language.
enum class ChangeHeuristic { AddressType, RoundAmount, OptimalChange, AddressReuse, PeelChain };

struct ChangeFinding
{
    ChangeHeuristic heuristic;
    int output = -1;        // graph output id believed to be change
    QString explanation;    // translated
};

QString heuristicId(ChangeHeuristic h); // "address-type", "round-amount", ...
QString heuristicName(ChangeHeuristic h); // translated

QList<ChangeFinding> detectChange(const TraceGraph &graph, int tx);

// The one output most findings agree on, or -1 when none or they disagree.
int likelyChange(const QList<ChangeFinding> &findings);

// A CoinJoin-shaped transaction: at least two inputs and at least three outputs of one equal value.
bool looksLikeCoinJoin(const TraceGraph &graph, int tx);

} // namespace cca::tracing
