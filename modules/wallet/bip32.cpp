#include "wallet/bip32.h"
#include "wallet/hashes.h"
#include "wallet/secp256k1context_p.h"

#include "codecs/base58.h"

#include <QtEndian>

namespace cca::wallet::bip32 {

namespace {

using detail::secp256k1Context;

unsigned char *u(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *cu(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QString indexText(quint32 index)
{
    return index >= Hardened ? QStringLiteral("%1'").arg(index - Hardened) : QString::number(index);
}

struct KnownVersion
{
    quint32 value;
    Network network;
    Format format;
    bool isPrivate;
    const char *prefix;
};

// BIP32 (x, t), BIP49 (y, u) and BIP84 (z, v) as registered in SLIP-132.
constexpr KnownVersion KnownVersions[] = {
    {0x0488B21E, Network::Mainnet, Format::Standard, false, "xpub"}, {0x0488ADE4, Network::Mainnet, Format::Standard, true, "xprv"},
    {0x049D7CB2, Network::Mainnet, Format::Bip49, false, "ypub"},    {0x049D7878, Network::Mainnet, Format::Bip49, true, "yprv"},
    {0x04B24746, Network::Mainnet, Format::Bip84, false, "zpub"},    {0x04B2430C, Network::Mainnet, Format::Bip84, true, "zprv"},
    {0x043587CF, Network::Testnet, Format::Standard, false, "tpub"}, {0x04358394, Network::Testnet, Format::Standard, true, "tprv"},
    {0x044A5262, Network::Testnet, Format::Bip49, false, "upub"},    {0x044A4E28, Network::Testnet, Format::Bip49, true, "uprv"},
    {0x045F1CF6, Network::Testnet, Format::Bip84, false, "vpub"},    {0x045F18BC, Network::Testnet, Format::Bip84, true, "vprv"},
};

const KnownVersion *findVersion(quint32 value)
{
    for (const KnownVersion &v : KnownVersions)
        if (v.value == value)
            return &v;
    return nullptr;
}

const KnownVersion &versionFor(Network network, Format format, bool isPrivate)
{
    for (const KnownVersion &v : KnownVersions)
        if (v.network == network && v.format == format && v.isPrivate == isPrivate)
            return v;
    Q_UNREACHABLE();
}

QString serialize(const ExtendedKey &key, bool asPrivate)
{
    QByteArray data;
    data.reserve(78);
    data += be32(versionFor(key.network, key.format, asPrivate).value);
    data += static_cast<char>(key.depth);
    data += be32(key.parentFingerprint);
    data += be32(key.childNumber);
    data += key.chainCode;
    if (asPrivate)
        data += QByteArray(1, '\0') + key.privateKey;
    else
        data += key.publicKey;
    const QString text = QString::fromLatin1(codecs::base58::encodeCheck(data));
    wipe(data);
    return text;
}

} // namespace

Version versionBytes(Network network, Format format)
{
    return {versionFor(network, format, false).value, versionFor(network, format, true).value};
}

QString versionPrefix(Network network, Format format, bool isPrivate)
{
    return QString::fromLatin1(versionFor(network, format, isPrivate).prefix);
}

ExtendedKey::~ExtendedKey()
{
    wipe(privateKey);
    wipe(chainCode);
}

quint32 ExtendedKey::fingerprint() const
{
    return qFromBigEndian<quint32>(hash160(publicKey).constData());
}

ExtendedKey ExtendedKey::neutered() const
{
    ExtendedKey key = *this;
    wipe(key.privateKey);
    return key;
}

QString ExtendedKey::toBase58() const
{
    return serialize(*this, isPrivate());
}

QString ExtendedKey::toPublicBase58() const
{
    return serialize(*this, false);
}

QByteArray publicKeyFor(const QByteArray &privateKey)
{
    if (privateKey.size() != 32)
        return {};
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(secp256k1Context(), &pub, cu(privateKey)) != 1)
        return {};
    QByteArray out(33, Qt::Uninitialized);
    size_t length = 33;
    secp256k1_ec_pubkey_serialize(secp256k1Context(), u(out), &length, &pub, SECP256K1_EC_COMPRESSED);
    return out;
}

QByteArray uncompressedPublicKey(const QByteArray &compressedPublicKey)
{
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_parse(secp256k1Context(), &pub, cu(compressedPublicKey), static_cast<size_t>(compressedPublicKey.size())) != 1)
        return {};
    QByteArray out(65, Qt::Uninitialized);
    size_t length = 65;
    secp256k1_ec_pubkey_serialize(secp256k1Context(), u(out), &length, &pub, SECP256K1_EC_UNCOMPRESSED);
    return out;
}

std::optional<ExtendedKey> masterKey(const QByteArray &seed, QString *error, Network network, Format format)
{
    if (seed.size() < 16 || seed.size() > 64) {
        setError(error, QStringLiteral("seed: %1 byte%2; BIP32 takes a seed of 16 to 64 bytes (a BIP39 seed has 64)")
                            .arg(seed.size())
                            .arg(seed.size() == 1 ? QString() : QStringLiteral("s")));
        return std::nullopt;
    }
    QByteArray i = hmacSha512(QByteArrayLiteral("Bitcoin seed"), seed);
    WipeOnExit wipeI(i);
    ExtendedKey key;
    key.network = network;
    key.format = format;
    key.privateKey = i.left(32);
    key.chainCode = i.mid(32);
    if (secp256k1_ec_seckey_verify(secp256k1Context(), cu(key.privateKey)) != 1) {
        setError(error, QStringLiteral("seed: gives an invalid master key (probability below 2^-127); use another seed"));
        return std::nullopt;
    }
    key.publicKey = publicKeyFor(key.privateKey);
    return key;
}

std::optional<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index, QString *error)
{
    if (parent.depth >= 255) {
        setError(error, QStringLiteral("path: deeper than 255 levels, which the serialisation cannot hold"));
        return std::nullopt;
    }
    QByteArray data;
    WipeOnExit wipeData(data);
    if (index >= Hardened) {
        if (!parent.isPrivate()) {
            setError(error, QStringLiteral("path: step %1 is hardened, and a hardened child cannot be derived from a public key (xpub); "
                                           "it needs the private key")
                                .arg(indexText(index)));
            return std::nullopt;
        }
        data = QByteArray(1, '\0') + parent.privateKey;
    } else {
        data = parent.publicKey;
    }
    data += be32(index);
    QByteArray i = hmacSha512(parent.chainCode, data);
    WipeOnExit wipeI(i);
    QByteArray tweak = i.left(32);
    WipeOnExit wipeTweak(tweak);

    ExtendedKey child;
    child.network = parent.network;
    child.format = parent.format;
    child.depth = parent.depth + 1;
    child.parentFingerprint = parent.fingerprint();
    child.childNumber = index;
    child.chainCode = i.mid(32);
    const QString invalid = QStringLiteral("path: step %1 gives an invalid key (probability below 2^-127); BIP32 says to use the next index")
                                .arg(indexText(index));
    // I_L must be below the curve order; seckey_verify checks exactly that (and non-zero, which for a
    // tweak is also fine to refuse: it would need a SHA-512 output of all zeros).
    if (secp256k1_ec_seckey_verify(secp256k1Context(), cu(tweak)) != 1) {
        setError(error, invalid);
        return std::nullopt;
    }
    if (parent.isPrivate()) {
        child.privateKey = parent.privateKey;
        child.privateKey.detach();
        if (secp256k1_ec_seckey_tweak_add(secp256k1Context(), u(child.privateKey), cu(tweak)) != 1) {
            setError(error, invalid);
            return std::nullopt;
        }
        child.publicKey = publicKeyFor(child.privateKey);
    } else {
        secp256k1_pubkey pub;
        if (secp256k1_ec_pubkey_parse(secp256k1Context(), &pub, cu(parent.publicKey), 33) != 1
            || secp256k1_ec_pubkey_tweak_add(secp256k1Context(), &pub, cu(tweak)) != 1) {
            setError(error, invalid);
            return std::nullopt;
        }
        child.publicKey = QByteArray(33, Qt::Uninitialized);
        size_t length = 33;
        secp256k1_ec_pubkey_serialize(secp256k1Context(), u(child.publicKey), &length, &pub, SECP256K1_EC_COMPRESSED);
    }
    return child;
}

std::optional<ExtendedKey> derivePath(const ExtendedKey &parent, const QList<quint32> &path, QString *error)
{
    ExtendedKey key = parent;
    for (quint32 index : path) {
        std::optional<ExtendedKey> child = deriveChild(key, index, error);
        if (!child)
            return std::nullopt;
        key = *child;
    }
    return key;
}

std::optional<QList<quint32>> parsePath(QStringView text, QString *error)
{
    const QString trimmed = text.trimmed().toString();
    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (trimmed.isEmpty() || (parts.first() != QLatin1String("m") && parts.first() != QLatin1String("M"))) {
        setError(error, QStringLiteral("path: \"%1\" must start with m, as in m/84'/0'/0'/0/0").arg(trimmed));
        return std::nullopt;
    }
    QList<quint32> path;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString part = parts[i];
        bool hardened = false;
        if (part.endsWith(QLatin1Char('\'')) || part.endsWith(QLatin1Char('h')) || part.endsWith(QLatin1Char('H'))) {
            hardened = true;
            part.chop(1);
        }
        bool digits = !part.isEmpty() && part.size() <= 10;
        for (QChar c : std::as_const(part))
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        bool ok = false;
        const qulonglong value = digits ? part.toULongLong(&ok) : 0;
        if (!digits || !ok) {
            setError(error, QStringLiteral("path: step %1 \"%2\" is not an index (a number, with ' or h when hardened)").arg(i).arg(parts[i]));
            return std::nullopt;
        }
        if (value >= Hardened) {
            setError(error, QStringLiteral("path: step %1 \"%2\" is too large; an index is below 2^31 (2147483648), "
                                           "hardened ones marked with '")
                                .arg(i)
                                .arg(parts[i]));
            return std::nullopt;
        }
        path << (static_cast<quint32>(value) | (hardened ? Hardened : 0u));
    }
    if (path.size() > 255) {
        setError(error, QStringLiteral("path: %1 steps; BIP32 keys hold at most 255 levels").arg(path.size()));
        return std::nullopt;
    }
    return path;
}

QString formatPath(const QList<quint32> &path)
{
    QString out = QStringLiteral("m");
    for (quint32 index : path)
        out += QLatin1Char('/') + indexText(index);
    return out;
}

std::optional<ExtendedKey> parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    QByteArray data;
    WipeOnExit wipeData(data);
    switch (codecs::base58::decodeCheck(trimmed, &data)) {
    case codecs::base58::CheckResult::Ok:
        break;
    case codecs::base58::CheckResult::BadCharacter:
        setError(error, QStringLiteral("extended key: contains a character that is not Base58"));
        return std::nullopt;
    case codecs::base58::CheckResult::TooShort:
        setError(error, QStringLiteral("extended key: too short to be an extended key"));
        return std::nullopt;
    case codecs::base58::CheckResult::BadChecksum:
        setError(error, QStringLiteral("extended key: the checksum does not match (a character is wrong or missing)"));
        return std::nullopt;
    }
    if (data.size() != 78) {
        setError(error, QStringLiteral("extended key: %1 bytes after decoding; an extended key has 78").arg(data.size()));
        return std::nullopt;
    }
    const quint32 versionValue = qFromBigEndian<quint32>(data.constData());
    const KnownVersion *version = findVersion(versionValue);
    if (version == nullptr) {
        setError(error, QStringLiteral("extended key: unknown version bytes %1 (known: xprv/xpub, yprv/ypub, zprv/zpub and the "
                                       "testnet tprv/tpub, uprv/upub, vprv/vpub)")
                            .arg(QString::fromLatin1(be32(versionValue).toHex())));
        return std::nullopt;
    }
    ExtendedKey key;
    key.network = version->network;
    key.format = version->format;
    key.depth = static_cast<unsigned char>(data[4]);
    key.parentFingerprint = qFromBigEndian<quint32>(data.constData() + 5);
    key.childNumber = qFromBigEndian<quint32>(data.constData() + 9);
    key.chainCode = data.mid(13, 32);
    const QByteArray keyData = data.mid(45, 33);
    const QString prefix = QString::fromLatin1(version->prefix);
    if (key.depth == 0 && key.parentFingerprint != 0) {
        setError(error, QStringLiteral("extended key: depth 0 (a master key) with a non-zero parent fingerprint"));
        return std::nullopt;
    }
    if (key.depth == 0 && key.childNumber != 0) {
        setError(error, QStringLiteral("extended key: depth 0 (a master key) with a non-zero child index"));
        return std::nullopt;
    }
    const unsigned char first = static_cast<unsigned char>(keyData[0]);
    if (version->isPrivate) {
        if (first != 0) {
            setError(error, QStringLiteral("extended key: the version says private (%1) but the key data starts with %2, not 00 "
                                           "(a public key where a private key should be, or damaged data)")
                                .arg(prefix, QString::fromLatin1(keyData.left(1).toHex())));
            return std::nullopt;
        }
        key.privateKey = keyData.mid(1);
        if (secp256k1_ec_seckey_verify(secp256k1Context(), cu(key.privateKey)) != 1) {
            setError(error, QStringLiteral("extended key: the private key is not in the range 1 to n-1 of secp256k1"));
            return std::nullopt;
        }
        key.publicKey = publicKeyFor(key.privateKey);
    } else {
        if (first != 0x02 && first != 0x03) {
            setError(error, QStringLiteral("extended key: the version says public (%1) but the key data starts with %2, not 02 or 03 "
                                           "(%3)")
                                .arg(prefix, QString::fromLatin1(keyData.left(1).toHex()),
                                     first == 0 ? QStringLiteral("a private key where a public key should be")
                                                : QStringLiteral("not a compressed public key")));
            return std::nullopt;
        }
        secp256k1_pubkey pub;
        if (secp256k1_ec_pubkey_parse(secp256k1Context(), &pub, cu(keyData), 33) != 1) {
            setError(error, QStringLiteral("extended key: the public key %1 is not a point on secp256k1").arg(QString::fromLatin1(keyData.toHex())));
            return std::nullopt;
        }
        key.publicKey = keyData;
    }
    return key;
}

QString toWif(const QByteArray &privateKey, Network network)
{
    QByteArray payload = QByteArray(1, static_cast<char>(network == Network::Mainnet ? 0x80 : 0xef)) + privateKey + QByteArray(1, '\x01');
    const QString text = QString::fromLatin1(codecs::base58::encodeCheck(payload));
    wipe(payload);
    return text;
}

} // namespace cca::wallet::bip32
