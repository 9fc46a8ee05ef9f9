#include "tracing/casetable.h"

#include <QHashFunctions>

#include <cstddef>
#include <cstring>

namespace cca::tracing {

namespace {

constexpr quint64 kEmpty = 0;

} // namespace

constexpr quint64 kOffsetMask = (quint64(1) << 40) - 1;

quint64 StringPool::hash(int scope, QByteArrayView bytes)
{
    const quint64 h = quint64(qHashBits(bytes.data(), size_t(bytes.size()), size_t(quint32(scope)) * 0x9e3779b97f4a7c15ULL));
    return h * 0xbf58476d1ce4e5b9ULL; // spread into the tag bits too (size_t may be 32 bits)
}

StringPool::Header StringPool::header(qsizetype offset) const
{
    Header h;
    std::memcpy(&h, m_bytes.data() + offset, sizeof(Header));
    return h;
}

size_t StringPool::probe(quint64 h, int scope, QByteArrayView bytes, int *id, int *value) const
{
    const quint64 tag = h >> 40;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == kEmpty) {
            *id = -1;
            *value = -1;
            return i;
        }
        if ((slot >> 40) == tag) {
            const qsizetype offset = qsizetype(slot & kOffsetMask);
            const Header e = header(offset);
            if (e.scope == scope && qsizetype(e.size) == bytes.size()
                && std::memcmp(m_bytes.data() + offset + qsizetype(sizeof(Header)), bytes.data(), size_t(bytes.size())) == 0) {
                *id = e.id;
                *value = e.value;
                return i;
            }
        }
    }
}

int StringPool::find(int scope, QByteArrayView bytes) const
{
    if (m_slots.empty())
        return -1;
    int id = -1, value = -1;
    probe(hash(scope, bytes), scope, bytes, &id, &value);
    return id;
}

int StringPool::intern(int scope, QByteArrayView bytes, int *value)
{
    if ((m_offsets.size() + 1) * 4 > m_slots.size() * 3)
        rehash(std::max<size_t>(64, m_slots.size() * 2));
    const quint64 h = hash(scope, bytes);
    int id = -1, found = -1;
    const size_t i = probe(h, scope, bytes, &id, &found);
    if (value)
        *value = found;
    if (id >= 0)
        return id;
    id = int(m_offsets.size());
    const qsizetype offset = qsizetype(m_bytes.size());
    const Header e{scope, id, quint32(bytes.size()), -1};
    const char *head = reinterpret_cast<const char *>(&e);
    m_bytes.insert(m_bytes.end(), head, head + sizeof(Header));
    m_bytes.insert(m_bytes.end(), bytes.data(), bytes.data() + bytes.size());
    m_offsets.push_back(offset);
    m_slots[i] = ((h >> 40) << 40) | quint64(offset);
    return id;
}

void StringPool::setValue(int id, int value)
{
    std::memcpy(m_bytes.data() + m_offsets[size_t(id)] + offsetof(Header, value), &value, sizeof(value));
}

void StringPool::rehash(size_t slotCount)
{
    m_slots.assign(slotCount, kEmpty);
    const size_t mask = slotCount - 1;
    for (const qsizetype offset : m_offsets) {
        const quint64 h = hash(header(offset).scope, entryBytes(offset));
        size_t i = size_t(h) & mask;
        while (m_slots[i] != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = ((h >> 40) << 40) | quint64(offset);
    }
}

void StringPool::reserve(qsizetype strings, qsizetype bytes)
{
    m_bytes.reserve(size_t(bytes + strings * qsizetype(sizeof(Header))));
    m_offsets.reserve(size_t(strings));
    size_t slotCount = 64;
    while (size_t(strings) * 4 > slotCount * 3)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        rehash(slotCount);
}

Transaction TransactionTable::at(qsizetype i) const
{
    const Record &r = m_records[size_t(i)];
    Transaction t;
    t.txid = m_txids.text(r.txid);
    t.chain = m_chains.value(r.chain);
    t.time = r.time;
    t.coinbase = r.coinbase;
    t.at = r.at;
    t.inputs.reserve(r.inputCount);
    for (int k = r.firstInput; k < r.firstInput + r.inputCount; ++k) {
        const Input &in = m_inputs[size_t(k)];
        t.inputs.append(TxInput{m_txids.text(in.txid), in.vout, in.at});
    }
    t.outputs.reserve(r.outputCount);
    for (int k = r.firstOutput; k < r.firstOutput + r.outputCount; ++k) {
        const Output &out = m_outputs[size_t(k)];
        t.outputs.append(TxOutput{m_addresses.text(out.address), out.value, scriptName(out.script), out.at});
    }
    return t;
}

void TransactionTable::append(const Transaction &t)
{
    const int chain = internChain(t.chain.toUtf8());
    Record r;
    r.txid = internTxid(t.txid.toUtf8());
    r.chain = chain;
    r.time = t.time;
    r.coinbase = t.coinbase;
    r.at = t.at;
    for (const TxInput &in : t.inputs)
        addInput(Input{internTxid(in.txid.toUtf8()), in.vout, in.at});
    for (const TxOutput &out : t.outputs)
        addOutput(Output{out.value, internAddress(chain, out.address.toUtf8()), out.at, scriptCode(out.script.toUtf8())});
    addRecord(r);
}

void TransactionTable::addRecord(Record r)
{
    r.firstInput = m_records.empty() ? 0 : m_records.back().firstInput + m_records.back().inputCount;
    r.inputCount = int(m_inputs.size()) - r.firstInput;
    r.firstOutput = m_records.empty() ? 0 : m_records.back().firstOutput + m_records.back().outputCount;
    r.outputCount = int(m_outputs.size()) - r.firstOutput;
    const int index = int(m_records.size());
    m_records.push_back(r);
    // The first transaction with a txid keeps it; an empty txid names none.
    if (r.txid >= 0 && m_txids.value(r.txid) < 0 && !m_txids.bytes(r.txid).isEmpty())
        m_txids.setValue(r.txid, index);
}

int TransactionTable::indexOf(QByteArrayView txidUtf8) const
{
    return txOfTxid(m_txids.find(0, txidUtf8));
}

int TransactionTable::chainIndex(QByteArrayView id) const
{
    for (qsizetype i = 0; i < m_chainsUtf8.size(); ++i)
        if (m_chainsUtf8[i] == id)
            return int(i);
    return -1;
}

int TransactionTable::internChain(QByteArrayView id)
{
    const int i = chainIndex(id);
    if (i >= 0)
        return i;
    m_chainsUtf8.append(id.toByteArray());
    m_chains.append(QString::fromUtf8(id));
    return int(m_chains.size()) - 1;
}

int TransactionTable::addressId(const QString &chain, const QString &address) const
{
    const int c = chainIndex(chain);
    return c < 0 ? -1 : m_addresses.find(c, address.toUtf8());
}

QString TransactionTable::scriptName(Script s)
{
    switch (s) {
    case P2pkh: return QStringLiteral("p2pkh");
    case P2sh: return QStringLiteral("p2sh");
    case P2wpkh: return QStringLiteral("p2wpkh");
    case P2wsh: return QStringLiteral("p2wsh");
    case P2tr: return QStringLiteral("p2tr");
    case NoScript: break;
    }
    return {};
}

TransactionTable::Script TransactionTable::scriptCode(QByteArrayView name)
{
    if (name == "p2wpkh")
        return P2wpkh;
    if (name == "p2pkh")
        return P2pkh;
    if (name == "p2sh")
        return P2sh;
    if (name == "p2wsh")
        return P2wsh;
    if (name == "p2tr")
        return P2tr;
    return NoScript;
}

void TransactionTable::reserve(qsizetype transactions, qsizetype inputs, qsizetype outputs, qsizetype addressBytes)
{
    m_records.reserve(size_t(transactions));
    m_inputs.reserve(size_t(inputs));
    m_outputs.reserve(size_t(outputs));
    m_txids.reserve(transactions, transactions * 64);
    m_addresses.reserve(outputs, addressBytes);
}

bool TransactionTable::operator==(const TransactionTable &other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < size(); ++i)
        if (at(i) != other.at(i))
            return false;
    return true;
}

} // namespace cca::tracing
