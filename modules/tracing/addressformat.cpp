#include "tracing/addressformat.h"

#include "codecs/base58.h"
#include "codecs/bech32.h"
#include "codecs/evmaddress.h"

#include <QCryptographicHash>

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
