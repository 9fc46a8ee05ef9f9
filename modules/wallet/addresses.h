#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Addresses from a compressed secp256k1 public key: Bitcoin (and its testnet) and Litecoin as
// P2PKH, P2SH-P2WPKH (BIP49), P2WPKH (BIP84, Bech32) and, for Bitcoin, P2TR (BIP86: BIP341 key
// tweak with the TapTweak tagged hash, Bech32m); Ethereum (Keccak-256 of the uncompressed key,
// EIP-55 casing) and TRON (0x41 + the same 20 bytes, Base58Check). Encodings are the shared codecs.
namespace cca::wallet {

enum class Coin { Bitcoin, BitcoinTestnet, Litecoin, Ethereum, Tron };
enum class Script { P2pkh, P2shP2wpkh, P2wpkh, P2tr };

QList<Coin> coins();
QString coinCode(Coin coin);   // "btc", "btc-testnet", "ltc", "eth", "trx"
QString coinName(Coin coin);   // "Bitcoin", ...
std::optional<Coin> coinFromCode(QStringView code);
quint32 slip44CoinType(Coin coin); // 0, 1, 2, 60, 195
std::optional<Coin> coinFromSlip44(quint32 coinType);

QString scriptCode(Script script); // "p2pkh", "p2sh-p2wpkh", "p2wpkh", "p2tr"
std::optional<Script> scriptFromCode(QStringView code);
bool usesScripts(Coin coin);                 // Bitcoin and Litecoin; Ethereum and TRON have one form
bool supportsScript(Coin coin, Script script); // Litecoin has no taproot

namespace address {

QString p2pkh(const QByteArray &publicKey, Coin coin);      // version 0x00 (1...), 0x6f testnet, 0x30 Litecoin (L...)
QString p2shP2wpkh(const QByteArray &publicKey, Coin coin); // version 0x05 (3...), 0xc4 testnet, 0x32 Litecoin (M...)
QString p2wpkh(const QByteArray &publicKey, Coin coin);     // bc1q..., tb1q..., ltc1q...
QString p2tr(const QByteArray &publicKey, Coin coin);       // bc1p..., tb1p...
QString ethereum(const QByteArray &publicKey);              // 0x + EIP-55
QString tron(const QByteArray &publicKey);                  // T...

// BIP86/BIP341: the x-only internal key and the tweaked output key Q = P + int(hash_TapTweak(P))G.
QByteArray taprootInternalKey(const QByteArray &publicKey);
QByteArray taprootOutputKey(const QByteArray &publicKey);

// The address for a coin and, on Bitcoin and Litecoin, a script type; empty with *error naming
// "script" or "public key" when the combination does not exist or the key is not a valid point.
QString forCoin(Coin coin, Script script, const QByteArray &publicKey, QString *error = nullptr);

} // namespace address

} // namespace cca::wallet
