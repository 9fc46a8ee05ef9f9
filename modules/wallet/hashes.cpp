#include "wallet/hashes.h"
#include "wallet/secp256k1context_p.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace cca::wallet {

namespace {

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// One-shot EVP digest. OpenSSL 3 (Debian 12 ships 3.0.x) keeps RIPEMD-160 in the default provider
// since 3.0.7, so EVP_ripemd160() needs no legacy provider here; tests check the published values.
QByteArray evpDigest(const EVP_MD *md, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (md == nullptr || EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                                    &length, md, nullptr) != 1)
        qFatal("cca::wallet: OpenSSL digest unavailable");
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    return evpDigest(EVP_sha256(), data);
}

QByteArray doubleSha256(const QByteArray &data)
{
    return sha256(sha256(data));
}

QByteArray ripemd160(const QByteArray &data)
{
    return evpDigest(EVP_ripemd160(), data);
}

QByteArray hash160(const QByteArray &data)
{
    return ripemd160(sha256(data));
}

QByteArray hmacSha512(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(64, Qt::Uninitialized);
    unsigned int length = 0;
    if (HMAC(EVP_sha512(), key.constData(), static_cast<int>(key.size()), bytes(data), static_cast<size_t>(data.size()),
             reinterpret_cast<unsigned char *>(out.data()), &length) == nullptr || length != 64)
        qFatal("cca::wallet: OpenSSL HMAC-SHA512 failed");
    return out;
}

QByteArray pbkdf2HmacSha512(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()), bytes(salt), static_cast<int>(salt.size()), iterations,
                          EVP_sha512(), length, reinterpret_cast<unsigned char *>(out.data())) != 1)
        qFatal("cca::wallet: OpenSSL PBKDF2 failed");
    return out;
}

QByteArray keccak256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QByteArray taggedHash(const QByteArray &tag, const QByteArray &message)
{
    QByteArray out(32, Qt::Uninitialized);
    if (secp256k1_tagged_sha256(detail::secp256k1Context(), reinterpret_cast<unsigned char *>(out.data()), bytes(tag),
                                static_cast<size_t>(tag.size()), bytes(message), static_cast<size_t>(message.size())) != 1)
        qFatal("cca::wallet: secp256k1_tagged_sha256 failed");
    return out;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

void wipe(QString &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

std::optional<QByteArray> fromHexStrict(QStringView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    auto digit = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            return u - '0';
        if (u >= 'a' && u <= 'f')
            return u - 'a' + 10;
        if (u >= 'A' && u <= 'F')
            return u - 'A' + 10;
        return -1;
    };
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int high = digit(text[2 * i]);
        const int low = digit(text[2 * i + 1]);
        if (high < 0 || low < 0) {
            wipe(out);
            return std::nullopt;
        }
        out[i] = static_cast<char>(high * 16 + low);
    }
    return out;
}

namespace detail {

const secp256k1_context *secp256k1Context()
{
    static const secp256k1_context *const context = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Randomisation protects the signing and key-generation paths against side channels.
        std::array<quint32, 8> seed{};
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        if (secp256k1_context_randomize(c, reinterpret_cast<const unsigned char *>(seed.data())) != 1)
            qFatal("cca::wallet: secp256k1_context_randomize failed");
        OPENSSL_cleanse(seed.data(), sizeof(seed));
        return c;
    }();
    return context;
}

} // namespace detail

} // namespace cca::wallet
