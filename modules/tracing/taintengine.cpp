#include "tracing/taintengine.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace cca::tracing {

namespace {

constexpr double kEpsilon = 1e-7; // below this (in source units) taint is rounding noise

// A run of value: `amount` in the holder's own unit, `taint` of it in source units.
struct Seg
{
    double amount = 0;
    double taint = 0;
};

// Value moving or resting somewhere: one output, one payment, one balance.
struct Parcel
{
    std::deque<Seg> segs; // FIFO/LIFO only; empty means wholly clean
    double taint = 0;
    bool poisoned = false;
    int hop = -1;
    double hopTaint = 0;

    bool tainted() const { return poisoned || taint > kEpsilon; }
};

struct PotState
{
    double balance = 0;
    Parcel parcel;
};

double segTaint(const std::deque<Seg> &segs)
{
    double t = 0;
    for (const Seg &s : segs)
        t += s.taint;
    return t;
}

void pushSeg(std::deque<Seg> &segs, Seg s, bool back)
{
    if (s.amount <= 0)
        return;
    auto mergeable = [](const Seg &a, const Seg &b) { return a.taint <= 0 && b.taint <= 0; };
    if (back) {
        if (!segs.empty() && mergeable(segs.back(), s))
            segs.back().amount += s.amount;
        else
            segs.push_back(s);
    } else {
        if (!segs.empty() && mergeable(segs.front(), s))
            segs.front().amount += s.amount;
        else
            segs.push_front(s);
    }
}

// Takes `amount` from the front (FIFO) or the back (LIFO) of `segs`; the taken runs keep their
// original order.
std::deque<Seg> takeSegs(std::deque<Seg> &segs, double amount, bool fromFront)
{
    std::deque<Seg> taken;
    while (amount > 0 && !segs.empty()) {
        Seg &s = fromFront ? segs.front() : segs.back();
        if (s.amount <= amount + 1e-9) {
            amount -= s.amount;
            pushSeg(taken, s, fromFront);
            if (fromFront)
                segs.pop_front();
            else
                segs.pop_back();
        } else {
            const double part = s.taint * (amount / s.amount);
            pushSeg(taken, Seg{amount, part}, fromFront);
            s.amount -= amount;
            s.taint -= part;
            amount = 0;
        }
    }
    return taken;
}

} // namespace

QString methodId(TaintMethod m)
{
    switch (m) {
    case TaintMethod::Poison: return QStringLiteral("poison");
    case TaintMethod::Haircut: return QStringLiteral("haircut");
    case TaintMethod::Fifo: return QStringLiteral("fifo");
    case TaintMethod::Lifo: return QStringLiteral("lifo");
    case TaintMethod::Libr: return QStringLiteral("libr");
    }
    return {};
}

std::optional<TaintMethod> methodFromId(const QString &id)
{
    for (TaintMethod m : {TaintMethod::Poison, TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Lifo, TaintMethod::Libr})
        if (methodId(m) == id)
            return m;
    return std::nullopt;
}

qint64 wholeUnits(double value)
{
    return value <= 0 ? 0 : qint64(std::floor(value + 1e-6));
}

bool TaintEngine::isService(const QString &category)
{
    static const QSet<QString> services{QStringLiteral("exchange"), QStringLiteral("otc"), QStringLiteral("mixer"),
                                        QStringLiteral("bridge"), QStringLiteral("swap"), QStringLiteral("defi"),
                                        QStringLiteral("gambling"), QStringLiteral("darknet"), QStringLiteral("stablecoin-issuer"),
                                        QStringLiteral("service")};
    return services.contains(category);
}

namespace {

class Run
{
public:
    Run(const TraceGraph &g, TaintMethod method, TaintResult &r) : g(g), method(method), r(r)
    {
        rate.assign(g.assets().size(), 0.0);
        pots.resize(g.pots().size());
        for (size_t i = 0; i < pots.size(); ++i)
            pots[i].balance = double(g.pots()[i].opening);
        r.addressIndex.assign(g.addresses().size(), -1);
        r.addressHop.assign(g.addresses().size(), -1);
    }

    bool segmented() const { return method == TaintMethod::Fifo || method == TaintMethod::Lifo; }
    bool fromFront() const { return method == TaintMethod::Fifo; }

    // The source: seeds are outputs or transfers that enter wholly tainted.
    bool resolveSource(const QString &source)
    {
        const CaseFile &c = g.caseFile();
        const qsizetype colon = source.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            bool ok = false;
            const int vout = source.mid(colon + 1).toInt(&ok);
            const int tx = g.txId(source.left(colon));
            if (ok && tx >= 0 && vout >= 0 && vout < g.transactions()[size_t(tx)].outputCount) {
                const int o = g.outputId(tx, vout);
                seedOutputs.insert(o);
                asset = g.nativeAsset(g.transactions()[size_t(tx)].chain);
                r.sourceValue = g.outputs()[size_t(o)].value;
                return true;
            }
        }
        if (const int t = g.transferId(source); t >= 0) {
            seedTransfers.insert(t);
            asset = g.transfers()[size_t(t)].asset;
            r.sourceValue = g.transfers()[size_t(t)].value;
            return true;
        }
        for (const Chain &chain : c.chains) {
            const int a = g.addressId(chain.id, source);
            if (a < 0)
                continue;
            if (chain.model == ChainModel::Utxo) {
                for (size_t o = 0; o < g.outputs().size(); ++o)
                    if (g.outputs()[o].address == a) {
                        seedOutputs.insert(int(o));
                        r.sourceValue += g.outputs()[o].value;
                        asset = g.nativeAsset(g.outputs()[o].tx >= 0 ? g.transactions()[size_t(g.outputs()[o].tx)].chain : 0);
                    }
            } else {
                for (const TraceGraph::Event &e : g.events()) {
                    if (e.kind != TraceGraph::EventKind::Transfer)
                        continue;
                    const TraceGraph::Transfer &t = g.transfers()[size_t(e.index)];
                    if (t.to != a || (asset >= 0 && t.asset != asset))
                        continue;
                    asset = t.asset;
                    seedTransfers.insert(e.index);
                    r.sourceValue += t.value;
                }
            }
            if (asset >= 0)
                return true;
        }
        r.error = QStringLiteral("the source '%1' is not an output (txid:vout), a transfer id or an address that received funds in this case").arg(source);
        return false;
    }

    void execute()
    {
        rate[size_t(asset)] = 1.0;
        r.sourceAsset = asset;
        r.unit = g.assets()[size_t(asset)].unit;
        for (const TraceGraph::Event &e : g.events()) {
            if (e.kind == TraceGraph::EventKind::Transaction)
                transaction(e.index);
            else
                transfer(e.index);
        }
        finish();
    }

private:
    double valueIn(int assetId, double amount) const { return amount * rate[size_t(assetId)]; }

    int addHop(bool isTransfer, int index, int output, int parent, int address, qint64 amount, double taint, int bridge = -1)
    {
        r.hops.push_back(TaintHop{isTransfer, index, output, parent, address, amount, taint, bridge});
        const int hop = int(r.hops.size()) - 1;
        received(address, taint, hop);
        return hop;
    }

    void received(int address, double taint, int hop)
    {
        int &i = r.addressIndex[size_t(address)];
        if (i < 0) {
            i = int(r.addresses.size());
            r.addresses.push_back(AddressTaint{address, 0, 0, 0});
        }
        r.addresses[size_t(i)].received += taint;
        int &best = r.addressHop[size_t(address)];
        if (best < 0 || r.hops[size_t(best)].taint < taint)
            best = hop;
    }

    Parcel wholeTaint(double amount, int assetId)
    {
        Parcel p;
        p.poisoned = method == TaintMethod::Poison;
        p.taint = valueIn(assetId, amount);
        if (segmented())
            p.segs.push_back(Seg{amount, p.taint});
        return p;
    }

    // Moves a parcel's taint onto a bridge release of `amount` in `releaseAsset`, adding what the
    // release already carried.
    Parcel release(int bridge, Parcel normal, double amount, int releaseAsset)
    {
        auto it = escrow.find(bridge);
        if (it == escrow.end())
            return normal;
        Escrow e = std::move(it->second);
        escrow.erase(it);
        if (!e.parcel.tainted())
            return normal;
        r.inBridges -= e.parcel.taint;
        if (rate[size_t(releaseAsset)] <= 0 && amount > 0)
            rate[size_t(releaseAsset)] = rate[size_t(e.asset)] * e.amount / amount;
        Parcel out;
        out.poisoned = e.parcel.poisoned || normal.poisoned;
        out.taint = e.parcel.taint + normal.taint;
        out.hop = e.parcel.hop;
        if (segmented()) {
            const double factor = e.amount > 0 ? amount / e.amount : 0;
            const std::deque<Seg> &from = e.parcel.segs.empty() ? std::deque<Seg>{Seg{e.amount, 0}} : e.parcel.segs;
            for (const Seg &s : from)
                pushSeg(out.segs, Seg{s.amount * factor, s.taint + (amount > 0 ? normal.taint * s.amount * factor / amount : 0)}, true);
        }
        if (out.poisoned)
            out.taint = std::max(out.taint, valueIn(releaseAsset, amount));
        return out;
    }

    void deposit(int bridge, const Parcel &p, double amount, int assetId)
    {
        escrow[bridge] = Escrow{p, amount, assetId};
        r.inBridges += p.taint;
    }

    void transaction(int tx)
    {
        const TraceGraph::Tx &t = g.transactions()[size_t(tx)];
        const int txAsset = g.nativeAsset(t.chain);
        bool special = false;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
            special = special || seedOutputs.count(o) || g.releaseOfOutput(o);
        // Tainted inputs, and the total going in.
        double inValue = 0, inTaint = 0, bestTaint = -1;
        bool poisoned = false, anyTainted = false;
        int parentHop = -1;
        std::deque<Seg> stream;
        for (int i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
            const int o = g.inputs()[size_t(i)];
            const double value = double(g.outputs()[size_t(o)].value);
            inValue += value;
            const auto it = outs.find(o);
            if (it == outs.end()) {
                if (segmented())
                    pushSeg(stream, Seg{value, 0}, true);
                continue;
            }
            Parcel &p = it->second;
            anyTainted = true;
            inTaint += p.taint;
            poisoned = poisoned || p.poisoned;
            if (p.taint > bestTaint) {
                bestTaint = p.taint;
                parentHop = p.hop;
            }
            if (segmented()) {
                if (p.segs.empty())
                    pushSeg(stream, Seg{value, 0}, true);
                for (const Seg &s : p.segs)
                    pushSeg(stream, s, true);
            }
            outs.erase(it);
        }
        if (!anyTainted && !special)
            return;
        double outTotal = 0;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
            const TraceGraph::Output &out = g.outputs()[size_t(o)];
            const double value = double(out.value);
            outTotal += value;
            Parcel p;
            if (anyTainted) {
                switch (method) {
                case TaintMethod::Poison:
                    p.poisoned = poisoned;
                    p.taint = poisoned ? valueIn(txAsset, value) : 0;
                    break;
                case TaintMethod::Haircut:
                case TaintMethod::Libr:
                    p.taint = inValue > 0 ? inTaint * value / inValue : 0;
                    break;
                case TaintMethod::Fifo:
                case TaintMethod::Lifo:
                    p.segs = takeSegs(stream, value, fromFront());
                    p.taint = segTaint(p.segs);
                    break;
                }
            }
            const bool seed = seedOutputs.count(o) > 0;
            if (seed)
                p = wholeTaint(value, txAsset);
            int parent = seed ? -1 : parentHop;
            int bridge = -1;
            if (const TraceGraph::BridgeLink *rel = g.releaseOfOutput(o)) {
                p = release(rel->bridge, std::move(p), value, txAsset);
                if (p.hop >= 0) {
                    bridge = rel->bridge;
                    parent = p.hop;
                }
            }
            if (!p.tainted())
                continue;
            p.hop = addHop(false, tx, o, parent, out.address, out.value, p.taint, bridge);
            if (const TraceGraph::BridgeLink *dep = g.depositOfOutput(o)) {
                deposit(dep->bridge, p, value, txAsset);
                continue; // the value rests with the bridge, its taint travels on
            }
            outs[o] = std::move(p);
        }
        if (method != TaintMethod::Poison && anyTainted) {
            // The fee: what went in and did not come out.
            if (segmented())
                r.lostToFees += segTaint(stream);
            else if (inValue > 0)
                r.lostToFees += inTaint * std::max(0.0, inValue - outTotal) / inValue;
        }
    }

    Parcel withdraw(PotState &pot, double amount, int assetId)
    {
        Parcel out;
        const double before = pot.balance;
        pot.balance -= amount;
        Parcel &p = pot.parcel;
        if (!p.tainted())
            return out;
        switch (method) {
        case TaintMethod::Poison:
            out.poisoned = true;
            out.taint = valueIn(assetId, amount);
            break;
        case TaintMethod::Haircut: {
            const double t = before > 0 ? p.taint * std::min(1.0, amount / before) : 0;
            out.taint = t;
            p.taint -= t;
            break;
        }
        case TaintMethod::Libr: {
            const double cap = std::max(0.0, valueIn(assetId, pot.balance));
            const double t = std::max(0.0, p.taint - cap);
            out.taint = t;
            p.taint -= t;
            break;
        }
        case TaintMethod::Fifo:
        case TaintMethod::Lifo:
            out.segs = takeSegs(p.segs, amount, fromFront());
            out.taint = segTaint(out.segs);
            p.taint = segTaint(p.segs);
            break;
        }
        out.hop = p.hop;
        if (method != TaintMethod::Poison && p.taint <= kEpsilon) {
            p.segs.clear();
            p.taint = 0;
        }
        return out;
    }

    void put(PotState &pot, Parcel parcel, double amount)
    {
        const double before = pot.balance;
        pot.balance += amount;
        Parcel &p = pot.parcel;
        if (!parcel.tainted()) {
            if (segmented() && !p.segs.empty())
                pushSeg(p.segs, Seg{amount, 0}, true);
            return;
        }
        if (segmented()) {
            if (p.segs.empty() && before > 0)
                p.segs.push_back(Seg{before, 0});
            if (parcel.segs.empty())
                parcel.segs.push_back(Seg{amount, 0});
            for (const Seg &s : parcel.segs)
                pushSeg(p.segs, s, true);
        }
        p.taint += parcel.taint;
        p.poisoned = p.poisoned || parcel.poisoned;
        if (parcel.taint >= p.hopTaint) {
            p.hop = parcel.hop;
            p.hopTaint = parcel.taint;
        }
    }

    void transfer(int index)
    {
        const TraceGraph::Transfer &t = g.transfers()[size_t(index)];
        const double value = double(t.value);
        Parcel p = withdraw(pots[size_t(t.fromPot)], value, t.asset);
        int parent = p.hop;
        const bool seed = seedTransfers.count(index) > 0;
        if (seed) {
            p = wholeTaint(value, t.asset);
            parent = -1;
        }
        int bridge = -1;
        if (const TraceGraph::BridgeLink *rel = g.releaseOfTransfer(index)) {
            bridge = rel->bridge;
            p = release(rel->bridge, std::move(p), value, t.asset);
            parent = p.hop;
        }
        if (p.tainted())
            p.hop = addHop(true, index, -1, parent, t.to, t.value, p.taint, bridge);
        if (const TraceGraph::BridgeLink *dep = g.depositOfTransfer(index); dep && p.tainted()) {
            deposit(dep->bridge, p, value, t.asset);
            put(pots[size_t(t.toPot)], Parcel{}, value);
        } else {
            put(pots[size_t(t.toPot)], std::move(p), value);
        }
        if (t.fee > 0 && t.feePot >= 0) {
            const Parcel fee = withdraw(pots[size_t(t.feePot)], double(t.fee), g.nativeAsset(g.addresses()[size_t(t.from)].chain));
            if (method != TaintMethod::Poison)
                r.lostToFees += fee.taint;
        }
    }

    void finish()
    {
        // Tainted value still held, and everything the reached addresses hold (for the share).
        for (auto &[o, p] : outs) {
            const int a = g.outputs()[size_t(o)].address;
            const int i = r.addressIndex[size_t(a)];
            if (i >= 0)
                r.addresses[size_t(i)].held += p.taint;
            r.unspentOutputs.emplace_back(o, p.taint);
        }
        std::sort(r.unspentOutputs.begin(), r.unspentOutputs.end());
        const auto &outputs = g.outputs();
        for (size_t o = 0; o < outputs.size(); ++o) {
            if (outputs[o].spentBy >= 0 || g.depositOfOutput(int(o)))
                continue;
            const int i = r.addressIndex[size_t(outputs[o].address)];
            if (i < 0)
                continue;
            const int assetId = g.nativeAsset(g.transactions()[size_t(outputs[o].tx)].chain);
            r.addresses[size_t(i)].heldValue += valueIn(assetId, double(outputs[o].value));
        }
        for (size_t k = 0; k < pots.size(); ++k) {
            const TraceGraph::Pot &pot = g.pots()[k];
            const int i = r.addressIndex[size_t(pot.address)];
            if (i < 0 || rate[size_t(pot.asset)] <= 0)
                continue;
            AddressTaint &a = r.addresses[size_t(i)];
            const double held = pots[k].parcel.poisoned ? valueIn(pot.asset, pots[k].balance) : pots[k].parcel.taint;
            a.held += std::max(0.0, held);
            a.heldValue += valueIn(pot.asset, std::max(0.0, pots[k].balance));
        }
    }

    struct Escrow
    {
        Parcel parcel;
        double amount = 0;
        int asset = -1;
    };

    const TraceGraph &g;
    TaintMethod method;
    TaintResult &r;

public:
    int asset = -1;

private:
    std::unordered_set<int> seedOutputs;
    std::unordered_set<int> seedTransfers;
    std::vector<double> rate; // source units per unit of each asset, once taint reached it
    std::unordered_map<int, Parcel> outs; // tainted unspent outputs
    std::vector<PotState> pots;
    std::unordered_map<int, Escrow> escrow; // per bridge record
};

} // namespace

TaintResult TaintEngine::run(TaintMethod method, const QString &source) const
{
    TaintResult r;
    r.method = method;
    r.source = source.isEmpty() ? m_graph.caseFile().source : source;
    if (r.source.isEmpty()) {
        r.error = QStringLiteral("the case declares no source: give one with --source");
        return r;
    }
    Run run(m_graph, method, r);
    if (!run.resolveSource(r.source))
        return r;
    if (method == TaintMethod::Libr && m_graph.assets()[size_t(run.asset)].utxo) {
        r.error = QStringLiteral("the lowest intermediate balance rule is for account-model sources; this source is a UTXO output");
        return r;
    }
    run.execute();
    return r;
}

QList<ServicePath> TaintEngine::paths(const TaintResult &result) const
{
    QList<ServicePath> out;
    if (!result.ok())
        return out;
    const CaseFile &c = m_graph.caseFile();
    for (const AddressTaint &a : result.addresses) {
        if (a.received <= kEpsilon && result.method != TaintMethod::Poison)
            continue;
        for (int tag : m_graph.tagsOf(a.address)) {
            if (!isService(c.tags[tag].category))
                continue;
            ServicePath p;
            p.tag = tag;
            p.address = a.address;
            p.received = a.received;
            QSet<int> seen;
            for (int hop = result.addressHop[size_t(a.address)]; hop >= 0 && !seen.contains(hop); hop = result.hops[size_t(hop)].parent) {
                seen.insert(hop);
                p.hops.insert(p.hops.begin(), hop);
            }
            out << p;
            break; // one path per address, under its first service tag
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ServicePath &a, const ServicePath &b) { return a.received > b.received; });
    return out;
}

} // namespace cca::tracing
