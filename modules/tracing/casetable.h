#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <iterator>
#include <vector>

namespace cca::tracing {

struct Position
{
    int line = 0;
    int column = 0;
    bool operator==(const Position &) const = default;
};

struct TxInput
{
    QString txid;
    int vout = 0;
    Position at;
    bool operator==(const TxInput &) const = default;
};

struct TxOutput
{
    QString address;
    qint64 value = 0;
    QString script;      // p2pkh, p2sh, p2wpkh, p2wsh, p2tr (empty when the file gave none)
    Position at;
    bool operator==(const TxOutput &) const = default;
};

struct Transaction
{
    QString txid;
    QString chain;
    qint64 time = 0;
    bool coinbase = false;
    QList<TxInput> inputs;
    QList<TxOutput> outputs;
    Position at;
    bool operator==(const Transaction &) const = default;
};

// Strings stored once, back to back in one byte array, each with a small integer id; a string is
// found again by (scope, bytes). The index is open addressing with 8-byte slots holding a hash
// tag and the string's place in the array, so a lookup touches two places in memory (a million
// txids cost a fraction of a QHash<QString, int> of them).
class StringPool
{
public:
    int size() const { return int(m_offsets.size()); }
    // The id of `bytes` in `scope`, or -1.
    int find(int scope, QByteArrayView bytes) const;
    // The id of `bytes` in `scope`, added when new (with the value -1); *value gets its value.
    int intern(int scope, QByteArrayView bytes, int *value = nullptr);
    // One integer kept with each string, in the same place in memory (a lookup brings it along).
    int value(int id) const { return header(m_offsets[size_t(id)]).value; }
    void setValue(int id, int value);
    QByteArrayView bytes(int id) const { return entryBytes(m_offsets[size_t(id)]); }
    QString text(int id) const { return QString::fromUtf8(bytes(id)); }
    int scope(int id) const { return header(m_offsets[size_t(id)]).scope; }
    void reserve(qsizetype strings, qsizetype bytes);
    // Asks the processor to fetch the index slot of (scope, bytes) ahead of a lookup.
    void prefetch(int scope, QByteArrayView bytes) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(hash(scope, bytes)) & (m_slots.size() - 1)]);
#else
        Q_UNUSED(scope);
        Q_UNUSED(bytes);
#endif
    }

private:
    struct Header
    {
        qint32 scope;
        qint32 id;
        quint32 size;
        qint32 value;
    };
    Header header(qsizetype offset) const;
    QByteArrayView entryBytes(qsizetype offset) const
    {
        return QByteArrayView(m_bytes.data() + offset + qsizetype(sizeof(Header)), qsizetype(header(offset).size));
    }
    static quint64 hash(int scope, QByteArrayView bytes);
    // The slot of (scope, bytes): its index, and the id there or -1 when the slot is empty.
    size_t probe(quint64 h, int scope, QByteArrayView bytes, int *id, int *value) const;
    void rehash(size_t slotCount);

    std::vector<char> m_bytes{'\0'};  // entries: Header, then the bytes; offset 0 is never one
    std::vector<qsizetype> m_offsets; // per id
    std::vector<quint64> m_slots;     // (hash >> 40) << 40 | offset; 0 is empty
};

// The UTXO transactions of a case. A million of them as QList<Transaction> (a QString per txid,
// address and script) took several GB; here every txid and address is interned once in a
// StringPool and the transactions, inputs and outputs are flat vectors of integers (about 180
// bytes a transaction with its strings).
//
// It still reads like the list it replaced: size(), operator[], range-for and append() work with
// whole Transaction values (built on demand). The engine uses the compact view: records(),
// inputs(), outputs(), and the ids of txids and addresses.
class TransactionTable
{
public:
    enum Script : quint8 { P2pkh, P2sh, P2wpkh, P2wsh, P2tr, NoScript };

    struct Record
    {
        qint64 time = 0;
        int txid = -1;       // id in txids()
        int chain = -1;      // index in chainIds()
        int firstInput = 0;  // into inputs()
        int inputCount = 0;
        int firstOutput = 0; // into outputs()
        int outputCount = 0;
        Position at;
        bool coinbase = false;
    };
    struct Input
    {
        int txid = -1; // id in txids(); spentTx() gives the transaction
        int vout = 0;
        Position at;
    };
    struct Output
    {
        qint64 value = 0;
        int address = -1; // id in addresses(); its scope is the chain
        Position at;
        Script script = NoScript;
    };

    // The list view.
    qsizetype size() const { return qsizetype(m_records.size()); }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_records.empty(); }
    Transaction operator[](qsizetype i) const { return at(i); }
    Transaction at(qsizetype i) const;
    void append(const Transaction &t);
    TransactionTable &operator<<(const Transaction &t)
    {
        append(t);
        return *this;
    }

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Transaction;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = Transaction;
        const_iterator(const TransactionTable *t, qsizetype i) : m_table(t), m_i(i) {}
        Transaction operator*() const { return m_table->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }

    private:
        const TransactionTable *m_table;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // The compact view.
    const std::vector<Record> &records() const { return m_records; }
    const std::vector<Input> &inputs() const { return m_inputs; }
    const std::vector<Output> &outputs() const { return m_outputs; }
    const StringPool &txids() const { return m_txids; }
    const StringPool &addresses() const { return m_addresses; }
    const QList<QString> &chainIds() const { return m_chains; }
    QString txid(qsizetype tx) const { return m_txids.text(m_records[size_t(tx)].txid); }
    QString chain(qsizetype tx) const { return m_chains.value(m_records[size_t(tx)].chain); }
    // The first transaction with this txid, or -1.
    int indexOf(QByteArrayView txidUtf8) const;  // (kept as the txid's value in txids())
    int indexOf(const QString &txid) const { return indexOf(QByteArrayView(txid.toUtf8())); }
    // The transaction whose output an input spends (the first with that txid), or -1.
    int spentTx(const Input &in) const { return txOfTxid(in.txid); }
    int txOfTxid(int txidId) const { return txidId >= 0 ? m_txids.value(txidId) : -1; }
    int chainIndex(QByteArrayView id) const;
    int chainIndex(const QString &id) const { return m_chains.indexOf(id); }
    // The address id of `address` on chain `chain`, exactly as written, or -1.
    int addressId(const QString &chain, const QString &address) const;
    static QString scriptName(Script s);
    static Script scriptCode(QByteArrayView name);

    // Building, for the case reader: the strings as UTF-8.
    int internChain(QByteArrayView id);
    // *tx: the first transaction with this txid so far, or -1.
    int internTxid(QByteArrayView txid, int *tx = nullptr) { return m_txids.intern(0, txid, tx); }
    // *mark: what setAddressMark() left on the address (the reader keeps its script type there), or -1.
    int internAddress(int chain, QByteArrayView address, int *mark = nullptr) { return m_addresses.intern(chain, address, mark); }
    void setAddressMark(int address, int mark) { m_addresses.setValue(address, mark); }
    void prefetchTxid(QByteArrayView txid) const { m_txids.prefetch(0, txid); }
    void prefetchAddress(int chain, QByteArrayView address) const { m_addresses.prefetch(chain, address); }
    // Adds a transaction whose inputs and outputs were added just before with addInput()/addOutput()
    // (since the previous record).
    void addInput(const Input &in) { m_inputs.push_back(in); }
    void addOutput(const Output &out) { m_outputs.push_back(out); }
    void addRecord(Record r);
    void reserve(qsizetype transactions, qsizetype inputs, qsizetype outputs, qsizetype addressBytes);

    bool operator==(const TransactionTable &other) const;

private:
    std::vector<Record> m_records;
    std::vector<Input> m_inputs;
    std::vector<Output> m_outputs;
    StringPool m_txids;
    StringPool m_addresses;
    QList<QString> m_chains;
    QList<QByteArray> m_chainsUtf8;
};

} // namespace cca::tracing
