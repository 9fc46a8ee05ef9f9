#include "codecs/base58.h"

#include <QCryptographicHash>

#include <array>

namespace cca::codecs::base58 {

namespace {

constexpr char kBitcoin[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char kRipple[] = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";

struct Table
{
    std::array<qint8, 128> index{};
    explicit Table(const char *chars)
    {
        index.fill(-1);
        for (int i = 0; i < 58; ++i)
            index[static_cast<unsigned char>(chars[i])] = static_cast<qint8>(i);
    }
};

const Table &table(Alphabet a)
{
    static const Table bitcoin(kBitcoin);
    static const Table ripple(kRipple);
    return a == Alphabet::Bitcoin ? bitcoin : ripple;
}

int digit(QChar c, Alphabet a)
{
    const char16_t u = c.unicode();
    return u < 128 ? table(a).index[u] : -1;
}

// Monero: number of encoded characters for a block of n bytes (n = 0..8).
constexpr std::array<int, 9> kMoneroEncodedSize{0, 2, 3, 5, 6, 7, 9, 10, 11};

} // namespace

const char *alphabet(Alphabet a)
{
    return a == Alphabet::Bitcoin ? kBitcoin : kRipple;
}

bool isAlphabetChar(QChar c, Alphabet a)
{
    return digit(c, a) >= 0;
}

QByteArray encode(const QByteArray &data, Alphabet a)
{
    const char *chars = alphabet(a);
    int zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;
    // Base-256 to base-58, most significant digit first.
    QByteArray b58((data.size() - zeros) * 138 / 100 + 1, 0);
    int length = 0;
    for (int i = zeros; i < data.size(); ++i) {
        int carry = static_cast<unsigned char>(data[i]);
        int j = 0;
        for (auto it = b58.rbegin(); (carry != 0 || j < length) && it != b58.rend(); ++it, ++j) {
            carry += 256 * static_cast<unsigned char>(*it);
            *it = static_cast<char>(carry % 58);
            carry /= 58;
        }
        length = j;
    }
    auto it = b58.begin() + (b58.size() - length);
    while (it != b58.end() && *it == 0)
        ++it;
    QByteArray out(zeros, chars[0]);
    out.reserve(zeros + (b58.end() - it));
    for (; it != b58.end(); ++it)
        out.append(chars[static_cast<unsigned char>(*it)]);
    return out;
}

std::optional<QByteArray> decode(QStringView text, Alphabet a)
{
    int zeros = 0;
    while (zeros < text.size() && digit(text[zeros], a) == 0)
        ++zeros;
    QByteArray b256((text.size() - zeros) * 733 / 1000 + 1, 0);
    int length = 0;
    for (qsizetype i = zeros; i < text.size(); ++i) {
        int carry = digit(text[i], a);
        if (carry < 0)
            return std::nullopt;
        int j = 0;
        for (auto it = b256.rbegin(); (carry != 0 || j < length) && it != b256.rend(); ++it, ++j) {
            carry += 58 * static_cast<unsigned char>(*it);
            *it = static_cast<char>(carry % 256);
            carry /= 256;
        }
        length = j;
    }
    auto it = b256.begin() + (b256.size() - length);
    while (it != b256.end() && *it == 0)
        ++it;
    QByteArray out(zeros, '\0');
    out.append(b256.constData() + (it - b256.begin()), b256.end() - it);
    return out;
}

QByteArray checksum(const QByteArray &payload)
{
    const QByteArray once = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    return QCryptographicHash::hash(once, QCryptographicHash::Sha256).left(4);
}

QByteArray encodeCheck(const QByteArray &payload, Alphabet a)
{
    return encode(payload + checksum(payload), a);
}

CheckResult decodeCheck(QStringView text, QByteArray *payload, Alphabet a)
{
    const std::optional<QByteArray> raw = decode(text, a);
    if (!raw)
        return CheckResult::BadCharacter;
    if (raw->size() < 5)
        return CheckResult::TooShort;
    const QByteArray body = raw->left(raw->size() - 4);
    if (payload)
        *payload = body;
    return checksum(body) == raw->right(4) ? CheckResult::Ok : CheckResult::BadChecksum;
}

QByteArray moneroEncode(const QByteArray &data)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < data.size(); offset += 8) {
        const qsizetype n = std::min<qsizetype>(8, data.size() - offset);
        quint64 value = 0;
        for (qsizetype i = 0; i < n; ++i)
            value = (value << 8) | static_cast<unsigned char>(data[offset + i]);
        const int size = kMoneroEncodedSize[n];
        QByteArray block(size, kBitcoin[0]);
        for (int i = size - 1; i >= 0 && value > 0; --i) {
            block[i] = kBitcoin[value % 58];
            value /= 58;
        }
        out += block;
    }
    return out;
}

std::optional<QByteArray> moneroDecode(QStringView text)
{
    QByteArray out;
    for (qsizetype offset = 0; offset < text.size(); offset += 11) {
        const qsizetype chars = std::min<qsizetype>(11, text.size() - offset);
        int bytes = -1;
        for (int n = 0; n <= 8; ++n)
            if (kMoneroEncodedSize[n] == chars)
                bytes = n;
        if (bytes <= 0)
            return std::nullopt;
        unsigned __int128 value = 0;
        for (qsizetype i = 0; i < chars; ++i) {
            const int d = digit(text[offset + i], Alphabet::Bitcoin);
            if (d < 0)
                return std::nullopt;
            value = value * 58 + static_cast<unsigned>(d);
        }
        if (bytes < 8 && (value >> (8 * bytes)) != 0)
            return std::nullopt; // overflow of a partial block
        if (bytes == 8 && (value >> 64) != 0)
            return std::nullopt;
        for (int i = bytes - 1; i >= 0; --i)
            out.append(static_cast<char>((value >> (8 * i)) & 0xff));
    }
    return out;
}

} // namespace cca::codecs::base58
