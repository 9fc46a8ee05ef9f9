#pragma once

#include "tracing/tracegraph.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cca::tracing {

// How taint from a source spreads (definitions and citations in docs/tracing.md):
//   Poison  every output of a transaction with a tainted input, and every payment out of a balance
//           that ever received taint, is wholly tainted (Möser, Böhme and Breuker 2014).
//   Haircut each output (payment) carries the tainted fraction of what went in (ibid.).
//   Fifo    first in, first out: value leaves in the order it arrived (Clayton's Case, as used by
//           Anderson, Shumailov, Ahmed and Rietmann, "Bitcoin Redux", 2018/2019).
//   Lifo    last in, first out.
//   Libr    lowest intermediate balance rule, for account balances: clean money leaves first, and
//           an address keeps at most min(tainted received, lowest balance since) of taint.
//           UTXO transactions met during a LIBR trace are split by haircut.
// Haircut, FIFO, LIFO and LIBR conserve taint: what leaves a transaction or a balance is what came
// in, less fees.
enum class TaintMethod { Poison, Haircut, Fifo, Lifo, Libr };

QString methodId(TaintMethod m);
std::optional<TaintMethod> methodFromId(const QString &id);

struct AddressTaint
{
    int address = -1;
    double received = 0;  // tainted value that reached it, in source units
    double held = 0;      // tainted value still there (unspent outputs, balance)
    double heldValue = 0; // everything it still holds, in source units
    double share() const { return heldValue > 0 ? std::min(1.0, held / heldValue) : 0.0; }
};

// One step of the flow tree: a transaction output or a transfer that carried taint.
struct TaintHop
{
    bool transfer = false;
    int index = -1;     // transaction or transfer id
    int output = -1;    // output id for transactions
    int parent = -1;    // the hop that brought most of this taint in, -1 at the source
    int address = -1;   // who received
    qint64 amount = 0;  // the whole output or transfer, in its own unit
    double taint = 0;   // in source units
    int bridge = -1;    // this hop was released by a bridge or swap
};

struct TaintResult
{
    QString error;       // empty on success
    QString source;
    TaintMethod method = TaintMethod::Haircut;
    QString unit;        // of the source's asset
    int sourceAsset = -1;
    qint64 sourceValue = 0;
    std::vector<AddressTaint> addresses; // in the order the taint reached them
    std::vector<int> addressIndex;       // graph address id -> index in addresses, or -1
    std::vector<TaintHop> hops;
    std::vector<int> addressHop;         // graph address id -> the hop that brought it most taint
    std::vector<std::pair<int, double>> unspentOutputs; // tainted unspent outputs and their taint
    double lostToFees = 0;
    double inBridges = 0; // deposited into a bridge or swap that never released in this case

    bool ok() const { return error.isEmpty(); }
    const AddressTaint *forAddress(int address) const
    {
        const int i = address >= 0 && size_t(address) < addressIndex.size() ? addressIndex[size_t(address)] : -1;
        return i >= 0 ? &addresses[size_t(i)] : nullptr;
    }
};

// A route from the source to a labelled service, for preservation and freeze requests.
struct ServicePath
{
    int tag = -1;        // index in caseFile().tags
    int address = -1;
    double received = 0; // tainted value that reached the service address, source units
    std::vector<int> hops; // TaintResult::hops indices, from the source to the service
};

class TaintEngine
{
public:
    explicit TaintEngine(const TraceGraph &graph) : m_graph(graph) {}

    // `source`: "txid:vout", a transfer id, or an address; empty means the case's declared source.
    TaintResult run(TaintMethod method, const QString &source = QString()) const;
    // Every tagged service address the taint reached, most tainted value first.
    QList<ServicePath> paths(const TaintResult &result) const;
    static bool isService(const QString &category);

private:
    const TraceGraph &m_graph;
};

// Whole base units for reporting: never rounds a value up past what the arithmetic gave.
qint64 wholeUnits(double value);

} // namespace cca::tracing
