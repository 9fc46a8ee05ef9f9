#include "tracing/tracegraph.h"

#include <algorithm>
#include <numeric>

namespace cca::tracing {

namespace {

TraceGraph::Script scriptOf(TransactionTable::Script s)
{
    switch (s) {
    case TransactionTable::P2pkh: return TraceGraph::Script::P2pkh;
    case TransactionTable::P2sh: return TraceGraph::Script::P2sh;
    case TransactionTable::P2wsh: return TraceGraph::Script::P2wsh;
    case TransactionTable::P2tr: return TraceGraph::Script::P2tr;
    case TransactionTable::P2wpkh:
    case TransactionTable::NoScript: break;
    }
    return TraceGraph::Script::P2wpkh;
}

} // namespace

int TraceGraph::addressId(const QString &chain, const QString &address) const
{
    for (size_t i = 0; i < m_addressIndex.size(); ++i) {
        if (m_case->chains[qsizetype(i)].id != chain)
            continue;
        if (const int id = m_case->transactions.addressId(chain, address); id >= 0 && id < m_tableAddresses)
            return id;
        return m_addressIndex[i].value(m_caseInsensitive[i] ? address.toLower() : address, -1);
    }
    return -1;
}

QString TraceGraph::addressText(int address) const
{
    return address < m_tableAddresses ? m_case->transactions.addresses().text(address) : m_otherText[address - m_tableAddresses];
}

QString TraceGraph::outputRef(int output) const
{
    return txid(m_outputs[size_t(output)].tx) + QLatin1Char(':') + QString::number(vout(output));
}

const TraceGraph::BridgeLink *TraceGraph::depositOfOutput(int output) const
{
    const auto it = m_depositOutput.find(output);
    return it == m_depositOutput.end() ? nullptr : &it->second;
}

const TraceGraph::BridgeLink *TraceGraph::depositOfTransfer(int transfer) const
{
    const auto it = m_depositTransfer.find(transfer);
    return it == m_depositTransfer.end() ? nullptr : &it->second;
}

const TraceGraph::BridgeLink *TraceGraph::releaseOfOutput(int output) const
{
    const auto it = m_releaseOutput.find(output);
    return it == m_releaseOutput.end() ? nullptr : &it->second;
}

const TraceGraph::BridgeLink *TraceGraph::releaseOfTransfer(int transfer) const
{
    const auto it = m_releaseTransfer.find(transfer);
    return it == m_releaseTransfer.end() ? nullptr : &it->second;
}

TraceGraph TraceGraph::build(const CaseFile &c)
{
    TraceGraph g;
    g.m_case = &c;
    QHash<QString, int> chainIndex;
    for (qsizetype i = 0; i < c.chains.size(); ++i) {
        chainIndex.insert(c.chains[i].id, int(i));
        g.m_nativeAsset.push_back(int(g.m_assets.size()));
        g.m_assets.push_back(Asset{c.chains[i].id, c.chains[i].unit, int(i), c.chains[i].model == ChainModel::Utxo});
    }
    QHash<QString, int> assetIndex;
    for (size_t i = 0; i < g.m_assets.size(); ++i)
        assetIndex.insert(g.m_assets[i].id, int(i));
    for (const Token &t : c.tokens) {
        assetIndex.insert(t.id, int(g.m_assets.size()));
        g.m_assets.push_back(Asset{t.id, t.unit, chainIndex.value(t.chain, -1), false});
    }
    g.m_addressIndex.resize(size_t(c.chains.size()));
    for (const Chain &chain : c.chains)
        g.m_caseInsensitive.push_back(chain.addressFormat == QLatin1String("evm"));

    // Transactions, outputs and their addresses straight from the case's table.
    const TransactionTable &table = c.transactions;
    for (const QString &chain : table.chainIds())
        g.m_tableChain.push_back(chainIndex.value(chain, -1));
    const StringPool &tableAddresses = table.addresses();
    g.m_tableAddresses = tableAddresses.size();
    g.m_addresses.reserve(size_t(g.m_tableAddresses));
    for (int a = 0; a < g.m_tableAddresses; ++a)
        g.m_addresses.push_back(Address{g.m_tableChain[size_t(tableAddresses.scope(a))]});
    auto address = [&](const QString &chain, const QString &text) {
        const int ci = chainIndex.value(chain, -1);
        if (ci < 0)
            return -1;
        if (const int id = table.addressId(chain, text); id >= 0)
            return id;
        QHash<QString, int> &index = g.m_addressIndex[size_t(ci)];
        const QString key = g.m_caseInsensitive[size_t(ci)] ? text.toLower() : text;
        const auto it = index.constFind(key);
        if (it != index.cend())
            return *it;
        const int id = int(g.m_addresses.size());
        g.m_addresses.push_back(Address{ci});
        g.m_otherText << text;
        index.insert(key, id);
        return id;
    };
    QHash<quint64, int> potIndex;
    auto pot = [&](int addr, int asset) {
        const quint64 key = (quint64(quint32(addr)) << 32) | quint32(asset);
        const auto it = potIndex.constFind(key);
        if (it != potIndex.cend())
            return *it;
        const int id = int(g.m_pots.size());
        g.m_pots.push_back(Pot{addr, asset, 0});
        potIndex.insert(key, id);
        return id;
    };

    const auto &records = table.records();
    g.m_txs.reserve(records.size());
    g.m_outputs.reserve(table.outputs().size());
    g.m_inputs.reserve(table.inputs().size());
    for (size_t i = 0; i < records.size(); ++i) {
        const TransactionTable::Record &t = records[i];
        Tx tx;
        tx.time = t.time;
        tx.chain = g.m_tableChain[size_t(t.chain)];
        tx.coinbase = t.coinbase;
        tx.firstInput = int(g.m_inputs.size());
        for (int k = t.firstInput; k < t.firstInput + t.inputCount; ++k) {
            const TransactionTable::Input &in = table.inputs()[size_t(k)];
            const int prev = table.spentTx(in);
            if (prev < 0 || size_t(prev) >= i || in.vout < 0 || in.vout >= g.m_txs[size_t(prev)].outputCount)
                continue; // a validated case has none of these
            const int out = g.m_txs[size_t(prev)].firstOutput + in.vout;
            g.m_inputs.push_back(out);
            g.m_outputs[size_t(out)].spentBy = int(i);
        }
        tx.inputCount = int(g.m_inputs.size()) - tx.firstInput;
        tx.firstOutput = int(g.m_outputs.size());
        for (int k = t.firstOutput; k < t.firstOutput + t.outputCount; ++k) {
            const TransactionTable::Output &o = table.outputs()[size_t(k)];
            g.m_outputs.push_back(Output{int(i), tx.chain < 0 ? -1 : o.address, o.value, -1, scriptOf(o.script)});
        }
        tx.outputCount = int(g.m_outputs.size()) - tx.firstOutput;
        g.m_txs.push_back(tx);
    }
    for (const OpeningBalance &b : c.openingBalances)
        g.m_pots[size_t(pot(address(b.chain, b.address), assetIndex.value(b.asset)))].opening += b.value;
    for (qsizetype i = 0; i < c.transfers.size(); ++i) {
        const tracing::Transfer &t = c.transfers[i];
        Transfer tr;
        tr.time = t.time;
        tr.asset = assetIndex.value(t.asset, -1);
        tr.from = address(t.chain, t.from);
        tr.to = address(t.chain, t.to);
        tr.value = t.value;
        tr.fee = t.fee;
        tr.fromPot = pot(tr.from, tr.asset);
        tr.toPot = pot(tr.to, tr.asset);
        if (t.fee > 0)
            tr.feePot = pot(tr.from, assetIndex.value(t.chain));
        g.m_transfers.push_back(tr);
        g.m_transferIndex.insert(t.id, int(i));
    }
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        const int a = g.addressId(c.tags[i].chain, c.tags[i].address);
        if (a >= 0)
            g.m_tags[a].append(int(i));
    }
    auto end = [&](const QString &ref, int bridge) {
        BridgeLink link;
        link.bridge = bridge;
        const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            const int tx = g.txId(ref.left(colon));
            if (tx >= 0) {
                link.outputEnd = true;
                link.end = g.outputId(tx, ref.mid(colon + 1).toInt());
                return link;
            }
        }
        link.end = g.transferId(ref);
        return link;
    };
    for (qsizetype i = 0; i < c.bridges.size(); ++i) {
        const BridgeLink d = end(c.bridges[i].deposit, int(i));
        const BridgeLink r = end(c.bridges[i].release, int(i));
        if (d.end >= 0)
            (d.outputEnd ? g.m_depositOutput : g.m_depositTransfer)[d.end] = d;
        if (r.end >= 0)
            (r.outputEnd ? g.m_releaseOutput : g.m_releaseTransfer)[r.end] = r;
    }

    g.m_events.reserve(g.m_txs.size() + g.m_transfers.size());
    for (size_t i = 0; i < g.m_txs.size(); ++i)
        g.m_events.push_back(Event{EventKind::Transaction, int(i)});
    for (size_t i = 0; i < g.m_transfers.size(); ++i)
        g.m_events.push_back(Event{EventKind::Transfer, int(i)});
    auto time = [&](const Event &e) {
        return e.kind == EventKind::Transaction ? g.m_txs[size_t(e.index)].time : g.m_transfers[size_t(e.index)].time;
    };
    std::stable_sort(g.m_events.begin(), g.m_events.end(), [&](const Event &a, const Event &b) { return time(a) < time(b); });
    return g;
}

} // namespace cca::tracing
