#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// BIP32 hierarchical deterministic keys: the master key from a seed, private and public child
// derivation (hardened and normal), derivation paths, and the 78-byte Base58Check serialisation with
// the version bytes of BIP32 (xprv/xpub, tprv/tpub) and of BIP49/BIP84 as registered in SLIP-132
// (yprv/ypub, zprv/zpub; testnet uprv/upub, vprv/vpub). All curve arithmetic is libsecp256k1's.
namespace cca::wallet::bip32 {

constexpr quint32 Hardened = 0x80000000u;

enum class Network { Mainnet, Testnet };
// Which family of version bytes a key is written with: BIP32's own (x/t), BIP49's (y/u), BIP84's (z/v).
enum class Format { Standard, Bip49, Bip84 };

struct Version
{
    quint32 publicVersion;
    quint32 privateVersion;
};
Version versionBytes(Network network, Format format);
QString versionPrefix(Network network, Format format, bool isPrivate); // "xprv", "zpub", ...

class ExtendedKey
{
public:
    ExtendedKey() = default;
    ExtendedKey(const ExtendedKey &) = default;
    ExtendedKey &operator=(const ExtendedKey &) = default;
    ~ExtendedKey(); // wipes the private key and chain code

    int depth = 0;
    quint32 parentFingerprint = 0;
    quint32 childNumber = 0;
    QByteArray chainCode;  // 32 bytes
    QByteArray privateKey; // 32 bytes; empty for a public-only key
    QByteArray publicKey;  // 33 bytes, compressed
    Network network = Network::Mainnet;
    Format format = Format::Standard;

    bool isPrivate() const { return !privateKey.isEmpty(); }
    quint32 fingerprint() const; // first four bytes of HASH160(publicKey), big-endian
    ExtendedKey neutered() const; // the same key without its private half

    // Base58Check of the 78-byte serialisation in this key's network and format.
    QString toBase58() const;          // xprv when private, else xpub
    QString toPublicBase58() const;    // always the public form
};

// The master key: HMAC-SHA512("Bitcoin seed", seed). Nothing, with *error naming "seed", when the
// seed is not 16 to 64 bytes or (with probability below 2^-127) gives an invalid key.
std::optional<ExtendedKey> masterKey(const QByteArray &seed, QString *error = nullptr, Network network = Network::Mainnet,
                                     Format format = Format::Standard);

// CKDpriv for a private parent, CKDpub for a public one (which refuses hardened indexes).
std::optional<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index, QString *error = nullptr);
std::optional<ExtendedKey> derivePath(const ExtendedKey &parent, const QList<quint32> &path, QString *error = nullptr);

// "m/84'/0'/0'/0/0" (also h or H for hardened; "m" alone is the master). Nothing, with *error
// naming "path", on anything else.
std::optional<QList<quint32>> parsePath(QStringView text, QString *error = nullptr);
QString formatPath(const QList<quint32> &path); // "m/84'/0'/0'/0/0"

// Parses and checks a serialised key: Base58 characters, checksum, length, known version, depth 0
// with a zero fingerprint and index, private key in 1..n-1 behind a 0x00 byte, public key a point
// on the curve with prefix 02 or 03, and the version matching which of the two it holds.
std::optional<ExtendedKey> parse(QStringView text, QString *error = nullptr);

// Wallet import format: Base58Check(0x80 or 0xef, key, 0x01 for a compressed public key).
QString toWif(const QByteArray &privateKey, Network network);

// The compressed public key for a private key; empty when the key is not in 1..n-1.
QByteArray publicKeyFor(const QByteArray &privateKey);
// The 65-byte uncompressed form (04 x y) of a compressed public key; empty when not a valid point.
QByteArray uncompressedPublicKey(const QByteArray &compressedPublicKey);

} // namespace cca::wallet::bip32
