#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// The hash functions the wallet standards use, from well-known implementations: SHA-256, SHA-512,
// HMAC-SHA512, PBKDF2-HMAC-SHA512 and RIPEMD-160 from OpenSSL's libcrypto, Keccak-256 from Qt,
// BIP340 tagged hashes from libsecp256k1. And wiping of secret buffers.
namespace cca::wallet {

QByteArray sha256(const QByteArray &data);
QByteArray doubleSha256(const QByteArray &data);
QByteArray ripemd160(const QByteArray &data);
QByteArray hash160(const QByteArray &data); // RIPEMD-160(SHA-256(data)), the Bitcoin key and script hash
QByteArray hmacSha512(const QByteArray &key, const QByteArray &data);
QByteArray pbkdf2HmacSha512(const QByteArray &password, const QByteArray &salt, int iterations, int length);
QByteArray keccak256(const QByteArray &data); // the original Keccak (Ethereum), not SHA3-256
QByteArray taggedHash(const QByteArray &tag, const QByteArray &message); // SHA256(SHA256(tag)||SHA256(tag)||message)

// Overwrites the bytes (OPENSSL_cleanse, which the compiler may not optimise away) and empties the
// array. A QByteArray shared with another copy is detached first, so every copy must be wiped.
void wipe(QByteArray &secret);
void wipe(QString &secret);

// Wipes the referenced array when the scope ends.
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray &secret) : m_secret(secret) {}
    ~WipeOnExit() { wipe(m_secret); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    QByteArray &m_secret;
};

// Strict hexadecimal: an even number of 0-9a-fA-F digits, nothing else (QByteArray::fromHex skips
// anything it does not understand). Nothing on a bad digit or an odd length.
std::optional<QByteArray> fromHexStrict(QStringView text);

} // namespace cca::wallet
