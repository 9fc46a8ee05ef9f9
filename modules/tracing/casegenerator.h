#pragma once

#include <QIODevice>
#include <QString>

namespace cca::tracing {

// A reproducible synthetic case on a Bitcoin-testnet-like chain: background payments (with change,
// some address reuse, round and odd amounts), exchanges whose per-customer deposit addresses are
// swept into a hot wallet, and the victim's payment laundered through a peel chain, a CoinJoin-like
// mixer (fan-in, equal outputs, fan-out) and deposits at an exchange. The same seed and size give
// byte-identical files. Every address is well-formed (Bech32/Base58Check from the shared codecs).
struct GeneratorOptions
{
    quint64 seed = 1;
    int transactions = 1000; // exactly this many transactions; at least kMinimumTransactions
    static constexpr int kMinimumTransactions = 60;
};

class CaseGenerator
{
public:
    explicit CaseGenerator(GeneratorOptions options) : m_options(options) {}
    // Writes the case JSON to `out`; false with *error on a write failure.
    bool write(QIODevice &out, QString *error) const;
    // Writes to a temporary file beside `path` and renames it into place.
    bool writeFile(const QString &path, QString *error) const;

private:
    GeneratorOptions m_options;
};

} // namespace cca::tracing
