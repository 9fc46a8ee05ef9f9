#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace cca::tracing {

// The address formats a case chain may declare, checked with the shared codecs so that every
// address in a case is well-formed for its chain (even when it is synthetic):
//   bitcoin          1... (p2pkh), 3... (p2sh), bc1q... (p2wpkh/p2wsh), bc1p... (p2tr)
//   bitcoin-testnet  m.../n... (p2pkh), 2... (p2sh), tb1q... (p2wpkh/p2wsh), tb1p... (p2tr)
//   tron             T... Base58Check with version byte 0x41
//   evm              0x + 40 hex digits; mixed case must carry a valid EIP-55 checksum
namespace addressformat {

QStringList known();
bool isUtxoFormat(const QString &format);
// The script type of a UTXO address (p2pkh, p2sh, p2wpkh, p2wsh, p2tr); "account" for account
// formats; empty and *why set when the address is not well-formed for the format.
QString scriptType(const QString &format, const QString &address, QString *why = nullptr);
// scriptType() for the bitcoin formats on the address's bytes, without allocating: a million
// outputs are checked in a fraction of a second. Empty for anything it cannot settle quickly
// (other formats, upper case, every malformed address); scriptType() then has the last word and
// the reason. Never accepts an address scriptType() rejects, never gives another type.
QString quickScriptType(const QString &format, QByteArrayView address);
// A well-formed address of the format (and script type, for UTXO formats) whose payload is the
// first bytes of SHA-256(seed): deterministic synthetic addresses for generated and hand-built cases.
QString synthetic(const QString &format, const QString &script, const QByteArray &seed);

} // namespace addressformat
} // namespace cca::tracing
