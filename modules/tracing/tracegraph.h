#pragma once

#include "tracing/casefile.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace cca::tracing {

// The graph index the engine works on: every address, output, transaction, transfer and account
// balance ("pot") is an integer id into flat vectors, so a case of a million transactions costs a
// few dozen bytes per edge. Text (addresses, txids) stays in the case's transaction table and is
// looked up only at the edges of the API; the graph refers to its case, which must outlive it.
class TraceGraph
{
public:
    enum class Script : quint8 { P2pkh, P2sh, P2wpkh, P2wsh, P2tr, Account };

    struct Asset
    {
        QString id;
        QString unit;
        int chain = -1;
        bool utxo = false;
    };
    // The text is addressText(id): outputs' addresses live once, in the case's transaction table.
    struct Address
    {
        int chain = -1;
    };
    struct Output
    {
        int tx = -1;
        int address = -1;
        qint64 value = 0;
        int spentBy = -1; // spending transaction, -1 while unspent
        Script script = Script::P2wpkh;
    };
    struct Tx
    {
        qint64 time = 0;
        int chain = -1;
        int firstInput = 0;  // into inputs()
        int inputCount = 0;
        int firstOutput = 0; // into outputs()
        int outputCount = 0;
        bool coinbase = false;
    };
    struct Transfer
    {
        qint64 time = 0;
        int asset = -1;
        int from = -1;  // address ids
        int to = -1;
        qint64 value = 0;
        qint64 fee = 0;
        int fromPot = -1;
        int toPot = -1;
        int feePot = -1;
    };
    // The balance of one address in one asset on an account-model chain.
    struct Pot
    {
        int address = -1;
        int asset = -1;
        qint64 opening = 0;
    };
    enum class EventKind : quint8 { Transaction, Transfer };
    struct Event
    {
        EventKind kind;
        int index;
    };
    struct BridgeLink
    {
        int bridge = -1;
        bool outputEnd = false; // the end is an output (else a transfer)
        int end = -1;
    };

    static TraceGraph build(const CaseFile &c);

    const CaseFile &caseFile() const { return *m_case; }
    const std::vector<Asset> &assets() const { return m_assets; }
    const std::vector<Address> &addresses() const { return m_addresses; }
    const std::vector<Output> &outputs() const { return m_outputs; }
    const std::vector<int> &inputs() const { return m_inputs; } // output ids spent, per tx range
    const std::vector<Tx> &transactions() const { return m_txs; }
    const std::vector<Transfer> &transfers() const { return m_transfers; }
    const std::vector<Pot> &pots() const { return m_pots; }
    const std::vector<Event> &events() const { return m_events; } // time order, file order on ties

    int addressId(const QString &chain, const QString &address) const;
    int txId(const QString &txid) const { return m_case->transactions.indexOf(txid); }
    int transferId(const QString &id) const { return m_transferIndex.value(id, -1); }
    int outputId(int tx, int vout) const { return m_txs[size_t(tx)].firstOutput + vout; }
    int nativeAsset(int chain) const { return m_nativeAsset[size_t(chain)]; }
    QString txid(int tx) const { return m_case->transactions.txid(tx); }
    QString transferText(int transfer) const { return m_case->transfers[transfer].id; }
    QString outputRef(int output) const;
    int vout(int output) const { return output - m_txs[size_t(m_outputs[size_t(output)].tx)].firstOutput; }
    QString addressText(int address) const;
    // Tags on an address (indices into caseFile().tags).
    QList<int> tagsOf(int address) const { return m_tags.value(address); }
    // Bridge ends: the bridge an output or transfer deposits into / is released by, or null.
    const BridgeLink *depositOfOutput(int output) const;
    const BridgeLink *depositOfTransfer(int transfer) const;
    const BridgeLink *releaseOfOutput(int output) const;
    const BridgeLink *releaseOfTransfer(int transfer) const;

private:
    const CaseFile *m_case = nullptr;
    std::vector<Asset> m_assets;
    std::vector<int> m_nativeAsset; // per chain
    std::vector<Address> m_addresses;
    std::vector<Output> m_outputs;
    std::vector<int> m_inputs;
    std::vector<Tx> m_txs;
    std::vector<Transfer> m_transfers;
    std::vector<Pot> m_pots;
    std::vector<Event> m_events;
    // Address ids: first those of the transaction table (same ids), then those only in transfers and
    // opening balances, indexed here per chain (EVM addresses in lower case).
    int m_tableAddresses = 0;
    std::vector<int> m_tableChain; // table chain index -> chain index, or -1
    QStringList m_otherText;
    std::vector<QHash<QString, int>> m_addressIndex;
    std::vector<bool> m_caseInsensitive; // per chain: EVM addresses ignore case
    QHash<QString, int> m_transferIndex;
    QHash<int, QList<int>> m_tags;
    std::unordered_map<int, BridgeLink> m_depositOutput, m_depositTransfer, m_releaseOutput, m_releaseTransfer;
};

} // namespace cca::tracing
