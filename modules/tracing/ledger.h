#pragma once

#include "core/localizedtext.h"
#include "tracing/tracegraph.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The simulated ledger of the tracing cases: what an address holds when a case ends. The wallet
// lab's restore drill looks a restored wallet's addresses up here.
namespace cca::tracing {

// What one address holds at the end of a case, per asset id index (TraceGraph::assets()): its
// unspent outputs on UTXO chains; its opening balance plus transfers in, minus transfers and their
// fees out, on account chains.
QMap<int, qint64> endBalances(const TraceGraph &graph, int address);

// An amount of an asset in its coin or token ("0.09 tBTC", "1,250 USDT"), in the current locale.
QString formatAmount(const TraceGraph &graph, qint64 baseUnits, int asset);

// An address found in a case, with what it holds there at the end.
struct Holding
{
    QString caseId;
    LocalizedText caseTitle;
    QString chainName;
    QString address;   // as written in the case
    QString amounts;   // formatAmount of every asset it holds, or of 0 in its chain's coin
    bool holds = false; // anything left at the end (else the money only passed through)
};

// Which of `addresses` occur in the graphs' cases (EVM addresses in any letter case), in the order
// of the graphs and then of `addresses`.
QList<Holding> findHoldings(const QList<const TraceGraph *> &graphs, const QStringList &addresses);

} // namespace cca::tracing
