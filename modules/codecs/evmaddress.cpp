#include "codecs/evmaddress.h"

#include <QCryptographicHash>

namespace cca::codecs::evm {

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

QByteArray keccakOfLowerHex(QStringView hex40)
{
    const QByteArray lower = hex40.toLatin1().toLower();
    return QCryptographicHash::hash(lower, QCryptographicHash::Keccak_256);
}

} // namespace

bool isHexAddressShape(QStringView text)
{
    if (text.size() != 42 || text[0] != QLatin1Char('0') || (text[1] != QLatin1Char('x') && text[1] != QLatin1Char('X')))
        return false;
    for (qsizetype i = 2; i < 42; ++i)
        if (!isHex(text[i]))
            return false;
    return true;
}

QString toChecksumAddress(QStringView text)
{
    if (!isHexAddressShape(text))
        return {};
    const QStringView hex = text.mid(2);
    const QByteArray hash = keccakOfLowerHex(hex);
    QString out = QStringLiteral("0x");
    out.reserve(42);
    for (qsizetype i = 0; i < 40; ++i) {
        const QChar c = hex[i].toLower();
        const int nibble = (static_cast<unsigned char>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
        out += (c.isLetter() && nibble >= 8) ? c.toUpper() : c;
    }
    return out;
}

Checksum checkEip55(QStringView text)
{
    if (!isHexAddressShape(text))
        return Checksum::NotAddress;
    bool lower = false, upper = false;
    for (qsizetype i = 2; i < 42; ++i) {
        lower |= (text[i] >= QLatin1Char('a') && text[i] <= QLatin1Char('f'));
        upper |= (text[i] >= QLatin1Char('A') && text[i] <= QLatin1Char('F'));
    }
    if (!(lower && upper))
        return Checksum::None;
    const QString expected = toChecksumAddress(text);
    return QStringView(expected).mid(2) == text.mid(2) ? Checksum::Valid : Checksum::Invalid;
}

} // namespace cca::codecs::evm
