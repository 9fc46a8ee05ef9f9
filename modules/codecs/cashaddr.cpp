#include "codecs/cashaddr.h"

#include "codecs/bech32.h"

#include <QStringList>

#include <array>

namespace cca::codecs::cashaddr {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

int charIndex(QChar c)
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
    const char16_t u = c.unicode();
    return u < 128 ? table[u] : -1;
}

// PolyMod exactly as given in the specification.
quint64 polyMod(const QByteArray &v)
{
    quint64 c = 1;
    for (char ch : v) {
        const quint8 d = static_cast<quint8>(ch);
        const quint8 c0 = static_cast<quint8>(c >> 35);
        c = ((c & 0x07ffffffffULL) << 5) ^ d;
        if (c0 & 0x01) c ^= 0x98f2bc8e61ULL;
        if (c0 & 0x02) c ^= 0x79b76d99e2ULL;
        if (c0 & 0x04) c ^= 0xf33e5fb3c4ULL;
        if (c0 & 0x08) c ^= 0xae2eabe2a8ULL;
        if (c0 & 0x10) c ^= 0x1e4f43e470ULL;
    }
    return c ^ 1;
}

QByteArray prefixValues(const QString &prefix)
{
    QByteArray out;
    for (QChar c : prefix)
        out.append(static_cast<char>(c.unicode() & 0x1f));
    out.append('\0');
    return out;
}

struct Split
{
    QString prefix;
    QStringView payload;
    bool written = false;
    QString error;
};

Split split(QStringView text)
{
    Split s;
    bool lower = false, upper = false;
    for (QChar c : text) {
        lower |= c.isLower();
        upper |= c.isUpper();
    }
    if (lower && upper) {
        s.error = QStringLiteral("mixed upper and lower case");
        return s;
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        s.prefix = text.left(colon).toString().toLower();
        s.payload = text.mid(colon + 1);
        s.written = true;
    } else {
        s.payload = text;
    }
    return s;
}

bool payloadValues(QStringView payload, QByteArray *values)
{
    values->clear();
    for (QChar c : payload) {
        const int v = charIndex(c);
        if (v < 0)
            return false;
        values->append(static_cast<char>(v));
    }
    return true;
}

} // namespace

bool verifyChecksum(QStringView text, const QString &defaultPrefix)
{
    const Split s = split(text);
    if (!s.error.isEmpty())
        return false;
    QByteArray values;
    if (!payloadValues(s.payload, &values) || values.size() < 8)
        return false;
    return polyMod(prefixValues(s.written ? s.prefix : defaultPrefix) + values) == 0;
}

Address decode(QStringView text, const QStringList &defaultPrefixes)
{
    Address a;
    const Split s = split(text);
    a.prefixWritten = s.written;
    if (!s.error.isEmpty()) {
        a.error = s.error;
        return a;
    }
    QByteArray values;
    if (!payloadValues(s.payload, &values)) {
        a.error = QStringLiteral("character outside the CashAddr alphabet");
        return a;
    }
    if (values.size() < 8 + 2) {
        a.error = QStringLiteral("too short");
        return a;
    }
    const QStringList candidates = s.written ? QStringList{s.prefix} : defaultPrefixes;
    for (const QString &prefix : candidates) {
        if (polyMod(prefixValues(prefix) + values) == 0) {
            a.checksumValid = true;
            a.prefix = prefix;
            break;
        }
    }
    if (!a.checksumValid) {
        a.prefix = candidates.value(0);
        a.error = QStringLiteral("checksum does not match");
        return a;
    }
    QByteArray bytes;
    if (!bech32::convertBits(values.left(values.size() - 8), 5, 8, false, &bytes) || bytes.isEmpty()) {
        a.error = QStringLiteral("invalid padding");
        return a;
    }
    const quint8 version = static_cast<quint8>(bytes[0]);
    if (version & 0x80) {
        a.error = QStringLiteral("reserved bit of the version byte is set");
        return a;
    }
    a.type = (version >> 3) & 0x0f;
    static constexpr std::array<int, 8> kSizes{20, 24, 28, 32, 40, 48, 56, 64};
    const int expected = kSizes[version & 0x07];
    a.hash = bytes.mid(1);
    if (a.hash.size() != expected) {
        a.error = QStringLiteral("hash is %1 bytes but the version byte says %2").arg(a.hash.size()).arg(expected);
        return a;
    }
    a.valid = true;
    return a;
}

QString encode(const QString &prefix, int type, const QByteArray &hash)
{
    static constexpr std::array<int, 8> kSizes{20, 24, 28, 32, 40, 48, 56, 64};
    int sizeBits = 0;
    for (int i = 0; i < 8; ++i)
        if (kSizes[i] == hash.size())
            sizeBits = i;
    QByteArray payload(1, static_cast<char>((type << 3) | sizeBits));
    payload += hash;
    QByteArray values;
    bech32::convertBits(payload, 8, 5, true, &values);
    const quint64 mod = polyMod(prefixValues(prefix.toLower()) + values + QByteArray(8, '\0'));
    QString out = prefix.toLower() + QLatin1Char(':');
    for (char v : values)
        out += QLatin1Char(kCharset[static_cast<unsigned char>(v)]);
    for (int i = 0; i < 8; ++i)
        out += QLatin1Char(kCharset[(mod >> (5 * (7 - i))) & 0x1f]);
    return out;
}

} // namespace cca::codecs::cashaddr
