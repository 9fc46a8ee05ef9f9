#include "codecs/bech32.h"

#include <array>

namespace cca::codecs::bech32 {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 kBech32Const = 1;
constexpr quint32 kBech32mConst = 0x2bc830a3;

const std::array<qint8, 128> &charsetIndex()
{
    static const std::array<qint8, 128> table = [] {
        std::array<qint8, 128> t{};
        t.fill(-1);
        for (int i = 0; i < 32; ++i) {
            t[static_cast<unsigned char>(kCharset[i])] = static_cast<qint8>(i);
            t[static_cast<unsigned char>(QChar::toUpper(char32_t(kCharset[i])))] = static_cast<qint8>(i);
        }
        return t;
    }();
    return table;
}

quint32 polymod(const QByteArray &values)
{
    quint32 chk = 1;
    for (char v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ static_cast<unsigned char>(v);
        if (top & 1) chk ^= 0x3b6a57b2;
        if (top & 2) chk ^= 0x26508e6d;
        if (top & 4) chk ^= 0x1ea119fa;
        if (top & 8) chk ^= 0x3d4233dd;
        if (top & 16) chk ^= 0x2a1462b3;
    }
    return chk;
}

QByteArray hrpExpand(const QString &hrp)
{
    QByteArray out;
    out.reserve(hrp.size() * 2 + 1);
    for (QChar c : hrp)
        out.append(static_cast<char>(c.unicode() >> 5));
    out.append('\0');
    for (QChar c : hrp)
        out.append(static_cast<char>(c.unicode() & 31));
    return out;
}

} // namespace

Decoded decode(QStringView text)
{
    Decoded d;
    bool lower = false, upper = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 33 || u > 126) {
            d.error = QStringLiteral("character out of range");
            return d;
        }
        lower |= (u >= 'a' && u <= 'z');
        upper |= (u >= 'A' && u <= 'Z');
    }
    if (lower && upper) {
        d.error = QStringLiteral("mixed case");
        return d;
    }
    if (text.size() > 90) {
        d.error = QStringLiteral("longer than 90 characters");
        return d;
    }
    const qsizetype sep = text.lastIndexOf(QLatin1Char('1'));
    if (sep < 0) {
        d.error = QStringLiteral("no separator '1'");
        return d;
    }
    if (sep == 0) {
        d.error = QStringLiteral("empty human-readable part");
        return d;
    }
    if (sep + 7 > text.size()) {
        d.error = QStringLiteral("checksum too short");
        return d;
    }
    const QString hrp = text.left(sep).toString().toLower();
    QByteArray values;
    values.reserve(text.size() - sep - 1);
    for (qsizetype i = sep + 1; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const int v = u < 128 ? charsetIndex()[u] : -1;
        if (v < 0) {
            d.error = QStringLiteral("invalid data character '%1'").arg(text[i]);
            return d;
        }
        values.append(static_cast<char>(v));
    }
    const quint32 check = polymod(hrpExpand(hrp) + values);
    if (check == kBech32Const)
        d.encoding = Encoding::Bech32;
    else if (check == kBech32mConst)
        d.encoding = Encoding::Bech32m;
    else {
        d.error = QStringLiteral("checksum does not match");
        return d;
    }
    d.hrp = hrp;
    d.data = values.left(values.size() - 6);
    return d;
}

QString encode(const QString &hrp, const QByteArray &values, Encoding encoding)
{
    const QString lowerHrp = hrp.toLower();
    QByteArray enc = hrpExpand(lowerHrp) + values + QByteArray(6, '\0');
    const quint32 mod = polymod(enc) ^ (encoding == Encoding::Bech32m ? kBech32mConst : kBech32Const);
    QString out = lowerHrp + QLatin1Char('1');
    for (char v : values)
        out += QLatin1Char(kCharset[static_cast<unsigned char>(v)]);
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

bool convertBits(const QByteArray &in, int fromBits, int toBits, bool pad, QByteArray *out)
{
    quint32 acc = 0;
    int bits = 0;
    const quint32 maxv = (1u << toBits) - 1;
    out->clear();
    for (char c : in) {
        const quint32 value = static_cast<unsigned char>(c);
        if (value >> fromBits)
            return false;
        acc = (acc << fromBits) | value;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out->append(static_cast<char>((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits)
            out->append(static_cast<char>((acc << (toBits - bits)) & maxv));
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv)) {
        return false;
    }
    return true;
}

SegwitAddress decodeSegwit(QStringView text)
{
    SegwitAddress a;
    const Decoded d = decode(text);
    if (d.encoding == Encoding::Invalid) {
        a.error = d.error;
        return a;
    }
    a.hrp = d.hrp;
    a.encoding = d.encoding;
    if (d.data.isEmpty()) {
        a.error = QStringLiteral("empty data section");
        return a;
    }
    a.version = static_cast<unsigned char>(d.data[0]);
    if (a.version > 16) {
        a.error = QStringLiteral("invalid witness version %1").arg(a.version);
        return a;
    }
    if (!convertBits(d.data.mid(1), 5, 8, false, &a.program)) {
        a.error = QStringLiteral("invalid padding in the witness program");
        return a;
    }
    if (a.program.size() < 2 || a.program.size() > 40) {
        a.error = QStringLiteral("invalid witness program length (%1 bytes)").arg(a.program.size());
        return a;
    }
    if (a.version == 0 && a.program.size() != 20 && a.program.size() != 32) {
        a.error = QStringLiteral("a version 0 witness program must be 20 or 32 bytes, not %1").arg(a.program.size());
        return a;
    }
    if (a.version == 0 && a.encoding != Encoding::Bech32) {
        a.error = QStringLiteral("version 0 must use Bech32, not Bech32m (BIP350)");
        return a;
    }
    if (a.version != 0 && a.encoding != Encoding::Bech32m) {
        a.error = QStringLiteral("version %1 must use Bech32m, not Bech32 (BIP350)").arg(a.version);
        return a;
    }
    a.valid = true;
    return a;
}

QString encodeSegwit(const QString &hrp, int version, const QByteArray &program)
{
    QByteArray values(1, static_cast<char>(version));
    QByteArray five;
    convertBits(program, 8, 5, true, &five);
    return encode(hrp, values + five, version == 0 ? Encoding::Bech32 : Encoding::Bech32m);
}

} // namespace cca::codecs::bech32
