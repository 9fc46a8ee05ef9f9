#include "tracing/addressformat.h"

#include "codecs/base58.h"
#include "codecs/bech32.h"
#include "codecs/evmaddress.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace cca::tracing::addressformat {

namespace {

struct Params
{
    char p2pkh;
    char p2sh;
    const char *hrp;
};

bool params(const QString &format, Params *p)
{
    if (format == QLatin1String("bitcoin")) {
        *p = {char(0x00), char(0x05), "bc"};
        return true;
    }
    if (format == QLatin1String("bitcoin-testnet")) {
        *p = {char(0x6f), char(0xc4), "tb"};
        return true;
    }
    return false;
}

} // namespace

QStringList known()
{
    return {QStringLiteral("bitcoin"), QStringLiteral("bitcoin-testnet"), QStringLiteral("tron"), QStringLiteral("evm")};
}

bool isUtxoFormat(const QString &format)
{
    Params p;
    return params(format, &p);
}

QString scriptType(const QString &format, const QString &address, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    Params p;
    if (params(format, &p)) {
        const QString hrp = QString::fromLatin1(p.hrp);
        if (address.toLower().startsWith(hrp + QLatin1Char('1'))) {
            const codecs::bech32::SegwitAddress s = codecs::bech32::decodeSegwit(address);
            if (!s.valid)
                return fail(s.error);
            if (s.hrp != hrp)
                return fail(QStringLiteral("the prefix is not %1").arg(hrp));
            if (s.version == 0 && s.program.size() == 20)
                return QStringLiteral("p2wpkh");
            if (s.version == 0 && s.program.size() == 32)
                return QStringLiteral("p2wsh");
            if (s.version == 1 && s.program.size() == 32)
                return QStringLiteral("p2tr");
            return fail(QStringLiteral("unsupported witness version %1").arg(s.version));
        }
        QByteArray payload;
        const auto result = codecs::base58::decodeCheck(address, &payload);
        if (result != codecs::base58::CheckResult::Ok || payload.size() != 21)
            return fail(QStringLiteral("not a Base58Check address with a valid checksum"));
        if (payload[0] == p.p2pkh)
            return QStringLiteral("p2pkh");
        if (payload[0] == p.p2sh)
            return QStringLiteral("p2sh");
        return fail(QStringLiteral("version byte 0x%1 does not belong to %2").arg(quint8(payload[0]), 2, 16, QLatin1Char('0')).arg(format));
    }
    if (format == QLatin1String("tron")) {
        QByteArray payload;
        const auto result = codecs::base58::decodeCheck(address, &payload);
        if (result != codecs::base58::CheckResult::Ok || payload.size() != 21 || quint8(payload[0]) != 0x41)
            return fail(QStringLiteral("not a TRON address (Base58Check, version byte 0x41)"));
        return QStringLiteral("account");
    }
    if (format == QLatin1String("evm")) {
        switch (codecs::evm::checkEip55(address)) {
        case codecs::evm::Checksum::Valid:
        case codecs::evm::Checksum::None:
            return QStringLiteral("account");
        case codecs::evm::Checksum::Invalid:
            return fail(QStringLiteral("the mixed-case EIP-55 checksum is wrong"));
        case codecs::evm::Checksum::NotAddress:
            break;
        }
        return fail(QStringLiteral("not 0x followed by 40 hexadecimal digits"));
    }
    return fail(QStringLiteral("unknown address format '%1'").arg(format));
}

namespace {

constexpr char kBech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

struct Tables
{
    qint8 bech32[128];
    qint8 base58[128];
    Tables()
    {
        std::fill(std::begin(bech32), std::end(bech32), qint8(-1));
        std::fill(std::begin(base58), std::end(base58), qint8(-1));
        for (int i = 0; i < 32; ++i)
            bech32[int(kBech32Charset[i])] = qint8(i);
        for (int i = 0; i < 58; ++i)
            base58[int(kBase58Alphabet[i])] = qint8(i);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

// The BIP173 checksum step, with the five generator terms combined in a table (no branches).
quint32 polymodStep(quint32 chk, quint32 value)
{
    static const std::array<quint32, 32> kTerms = [] {
        constexpr quint32 kGenerator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        std::array<quint32, 32> t{};
        for (int top = 0; top < 32; ++top)
            for (int b = 0; b < 5; ++b)
                if (top & (1 << b))
                    t[size_t(top)] ^= kGenerator[b];
        return t;
    }();
    return (((chk & 0x1ffffff) << 5) ^ value) ^ kTerms[chk >> 25];
}

// A lower-case segwit address "<hrp>1<data>": the codec's decodeSegwit() checks, in the common case.
QString quickSegwit(QByteArrayView a, const char *hrp)
{
    const qsizetype hrpSize = qsizetype(std::strlen(hrp));
    if (a.size() > 90 || a.size() < hrpSize + 1 + 7)
        return {};
    // All in lower case (the codec refuses mixed case), so the last '1' is the one after the hrp.
    if (std::memcmp(a.data(), hrp, size_t(hrpSize)) != 0 || a[hrpSize] != '1')
        return {};
    quint32 chk = 1;
    for (qsizetype i = 0; i < hrpSize; ++i)
        chk = polymodStep(chk, quint32(static_cast<unsigned char>(hrp[i])) >> 5);
    chk = polymodStep(chk, 0);
    for (qsizetype i = 0; i < hrpSize; ++i)
        chk = polymodStep(chk, quint32(static_cast<unsigned char>(hrp[i])) & 31);
    const qsizetype dataSize = a.size() - hrpSize - 1;
    quint8 values[90];
    for (qsizetype i = 0; i < dataSize; ++i) {
        const unsigned char c = static_cast<unsigned char>(a[hrpSize + 1 + i]);
        const int v = c < 128 ? tables().bech32[c] : -1; // upper case, '1' and the rest: not here
        if (v < 0)
            return {};
        values[i] = quint8(v);
        chk = polymodStep(chk, quint32(v));
    }
    const bool bech32m = chk == 0x2bc830a3;
    if (chk != 1 && !bech32m)
        return {};
    const qsizetype n = dataSize - 6; // without the checksum
    if (n < 1)
        return {};
    const int version = values[0];
    // Witness program: 5-bit groups to bytes, no padding allowed.
    quint32 acc = 0;
    int bits = 0;
    int size = 0;
    for (qsizetype i = 1; i < n; ++i) {
        acc = (acc << 5) | values[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            ++size;
        }
    }
    if (bits >= 5 || ((acc << (8 - bits)) & 0xff))
        return {};
    if (version == 0 && !bech32m && size == 20)
        return QStringLiteral("p2wpkh");
    if (version == 0 && !bech32m && size == 32)
        return QStringLiteral("p2wsh");
    if (version == 1 && bech32m && size == 32)
        return QStringLiteral("p2tr");
    return {};
}

// A Base58Check address of 25 bytes (version, 20-byte hash, checksum).
QString quickBase58(QByteArrayView a, const Params &p)
{
    if (a.size() < 26 || a.size() > 35)
        return {};
    qsizetype zeros = 0;
    while (zeros < a.size() && a[zeros] == '1')
        ++zeros;
    // The number in base 2^32, least significant limb first (35 digits < 2^206: 7 limbs).
    quint32 limbs[8] = {};
    for (qsizetype i = zeros; i < a.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(a[i]);
        const int digit = c < 128 ? tables().base58[c] : -1;
        if (digit < 0)
            return {};
        quint64 carry = quint64(digit);
        for (quint32 &limb : limbs) {
            carry += quint64(limb) * 58;
            limb = quint32(carry);
            carry >>= 32;
        }
    }
    quint8 b256[32];
    for (int k = 0; k < 8; ++k)
        for (int b = 0; b < 4; ++b)
            b256[31 - (k * 4 + b)] = quint8(limbs[k] >> (8 * b));
    int first = 0;
    while (first < 32 && b256[first] == 0)
        ++first;
    if (zeros + (32 - first) != 25)
        return {};
    quint8 raw[25] = {};
    std::memcpy(raw + zeros, b256 + first, size_t(32 - first));
    static thread_local QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.reset();
    sha.addData(QByteArrayView(reinterpret_cast<const char *>(raw), 21));
    quint8 once[32];
    std::memcpy(once, sha.resultView().data(), 32);
    sha.reset();
    sha.addData(QByteArrayView(reinterpret_cast<const char *>(once), 32));
    if (std::memcmp(sha.resultView().data(), raw + 21, 4) != 0)
        return {};
    if (char(raw[0]) == p.p2pkh)
        return QStringLiteral("p2pkh");
    if (char(raw[0]) == p.p2sh)
        return QStringLiteral("p2sh");
    return {};
}

} // namespace

QString quickScriptType(const QString &format, QByteArrayView address)
{
    Params p;
    if (!params(format, &p))
        return {};
    const qsizetype hrpSize = qsizetype(std::strlen(p.hrp));
    // scriptType() takes the segwit path when the lower-cased address starts with "<hrp>1".
    bool segwit = address.size() > hrpSize;
    for (qsizetype i = 0; segwit && i <= hrpSize; ++i) {
        const char c = address[i];
        const char lower = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        segwit = lower == (i < hrpSize ? p.hrp[i] : '1');
    }
    return segwit ? quickSegwit(address, p.hrp) : quickBase58(address, p);
}

QString synthetic(const QString &format, const QString &script, const QByteArray &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    Params p;
    if (params(format, &p)) {
        const QString hrp = QString::fromLatin1(p.hrp);
        if (script == QLatin1String("p2pkh"))
            return QString::fromLatin1(codecs::base58::encodeCheck(QByteArray(1, p.p2pkh) + hash.left(20)));
        if (script == QLatin1String("p2sh"))
            return QString::fromLatin1(codecs::base58::encodeCheck(QByteArray(1, p.p2sh) + hash.left(20)));
        if (script == QLatin1String("p2wsh"))
            return codecs::bech32::encodeSegwit(hrp, 0, hash);
        if (script == QLatin1String("p2tr"))
            return codecs::bech32::encodeSegwit(hrp, 1, hash);
        return codecs::bech32::encodeSegwit(hrp, 0, hash.left(20));
    }
    if (format == QLatin1String("tron"))
        return QString::fromLatin1(codecs::base58::encodeCheck(QByteArray(1, char(0x41)) + hash.left(20)));
    if (format == QLatin1String("evm"))
        return codecs::evm::toChecksumAddress(QStringLiteral("0x") + QString::fromLatin1(hash.left(20).toHex()));
    return {};
}

} // namespace cca::tracing::addressformat
