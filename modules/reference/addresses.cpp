#include "reference/addresses.h"

#include "codecs/base58.h"
#include "codecs/bech32.h"
#include "codecs/cashaddr.h"
#include "codecs/evmaddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace cca::reference {

namespace base58 = cca::codecs::base58;
namespace bech32 = cca::codecs::bech32;
namespace cashaddr = cca::codecs::cashaddr;
namespace evm = cca::codecs::evm;

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool allAlnum(QStringView t)
{
    for (QChar c : t)
        if (!isAsciiAlnum(c))
            return false;
    return true;
}

bool hasDigit(QStringView t)
{
    for (QChar c : t)
        if (c.unicode() >= '0' && c.unicode() <= '9')
            return true;
    return false;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool startsWithCi(QStringView t, QLatin1StringView prefix)
{
    return t.startsWith(prefix, Qt::CaseInsensitive);
}

QString checksumReason()
{
    return QCoreApplication::translate("cca::reference::Indicators",
                                       "The checksum does not match: one or more characters are wrong (a typo, a copying error or an "
                                       "altered address). Do not send anything to it; ask for the address again.");
}

// ---- Base58Check families (Bitcoin, Litecoin, Dogecoin, TRON) ----

struct VersionInfo
{
    quint8 version;
    int payloadSize; // bytes after the version byte
    const char *chains[2];
    const char *format;
    const char *network;
};

constexpr VersionInfo kVersions[] = {
    {0x00, 20, {chains::Bitcoin, nullptr}, "p2pkh", "mainnet"},
    {0x05, 20, {chains::Bitcoin, chains::Litecoin}, "p2sh", "mainnet"},
    {0x6f, 20, {chains::Bitcoin, nullptr}, "p2pkh", "testnet"},
    {0xc4, 20, {chains::Bitcoin, nullptr}, "p2sh", "testnet"},
    {0x30, 20, {chains::Litecoin, nullptr}, "p2pkh", "mainnet"},
    {0x32, 20, {chains::Litecoin, nullptr}, "p2sh", "mainnet"},
    {0x3a, 20, {chains::Litecoin, nullptr}, "p2sh", "testnet"},
    {0x1e, 20, {chains::Dogecoin, nullptr}, "p2pkh", "mainnet"},
    {0x16, 20, {chains::Dogecoin, nullptr}, "p2sh", "mainnet"},
    {0x71, 20, {chains::Dogecoin, nullptr}, "p2pkh", "testnet"},
    {0x41, 20, {chains::Tron, nullptr}, "base58check", "mainnet"},
};

const VersionInfo *versionInfo(quint8 version)
{
    for (const VersionInfo &v : kVersions)
        if (v.version == version)
            return &v;
    return nullptr;
}

void applyVersion(AddressInfo *info, const VersionInfo &v)
{
    info->chains.clear();
    for (const char *c : v.chains)
        if (c)
            info->chains << QLatin1String(c);
    info->format = QLatin1String(v.format);
    info->network = QLatin1String(v.network);
}

bool classifyBase58Check(QStringView t, AddressInfo *info)
{
    if (t.size() < 25 || t.size() > 35)
        return false;
    QByteArray payload;
    const base58::CheckResult r = base58::decodeCheck(t, &payload);
    if (r == base58::CheckResult::BadCharacter || r == base58::CheckResult::TooShort || payload.size() != 21)
        return false;
    const VersionInfo *v = versionInfo(static_cast<quint8>(payload[0]));
    if (!v)
        return false;
    if (v->version == 0x41 && (t.size() != 34 || t[0] != QLatin1Char('T')))
        return false;
    if (r == base58::CheckResult::BadChecksum) {
        // A random word seldom decodes to 25 bytes with a known version byte, but be careful
        // with strings that have no digit at all.
        if (!hasDigit(t))
            return false;
        info->recognised = true;
        info->valid = false;
        info->reason = checksumReason();
        applyVersion(info, *v);
        info->canonical = t.toString();
        return true;
    }
    info->recognised = true;
    info->valid = true;
    applyVersion(info, *v);
    info->canonical = t.toString();
    info->details.insert(QStringLiteral("version_byte"), QStringLiteral("0x%1").arg(v->version, 2, 16, QLatin1Char('0')));
    if (v->version == 0x41)
        info->details.insert(QStringLiteral("hex_address"), hex(payload).toUpper());
    else
        info->details.insert(QStringLiteral("hash160"), hex(payload.mid(1)));
    return true;
}

// Characters Base58 never uses (0, O, I, l) in a string that otherwise has an address's shape.
bool classifyBase58Typo(QStringView t, AddressInfo *info)
{
    if (t.size() < 26 || t.size() > 35 || !allAlnum(t) || !hasDigit(t))
        return false;
    const QChar first = t[0];
    QStringList chainsGuess;
    if (first == QLatin1Char('1'))
        chainsGuess = {QLatin1String(chains::Bitcoin)};
    else if (first == QLatin1Char('3'))
        chainsGuess = {QLatin1String(chains::Bitcoin), QLatin1String(chains::Litecoin)};
    else if (first == QLatin1Char('T') && t.size() == 34)
        chainsGuess = {QLatin1String(chains::Tron)};
    else if ((first == QLatin1Char('L') || first == QLatin1Char('M')) && t.size() == 34)
        chainsGuess = {QLatin1String(chains::Litecoin)};
    else if (first == QLatin1Char('D') && t.size() == 34)
        chainsGuess = {QLatin1String(chains::Dogecoin)};
    else
        return false;
    bool lower = false, upper = false;
    QString bad;
    for (QChar c : t) {
        lower |= c.isLower();
        upper |= c.isUpper();
        if (!base58::isAlphabetChar(c) && !bad.contains(c))
            bad += c;
    }
    if (bad.isEmpty() || !lower || !upper)
        return false;
    info->recognised = true;
    info->valid = false;
    info->chains = chainsGuess;
    info->format = chainsGuess.first() == QLatin1String(chains::Tron) ? QStringLiteral("base58check") : QString();
    info->network = QStringLiteral("mainnet");
    info->canonical = t.toString();
    info->reason = QCoreApplication::translate("cca::reference::Indicators",
                                               "It contains %1, which Base58 addresses never use (Base58 leaves out 0, O, I and l "
                                               "because they look alike): the address was mistyped or altered.")
                       .arg(bad);
    return true;
}

// ---- XRP Ledger ----

bool classifyXrp(QStringView t, AddressInfo *info)
{
    using base58::Alphabet;
    if (t.size() >= 25 && t.size() <= 35 && t[0] == QLatin1Char('r')) {
        QByteArray payload;
        const base58::CheckResult r = base58::decodeCheck(t, &payload, Alphabet::Ripple);
        if (r == base58::CheckResult::BadCharacter || r == base58::CheckResult::TooShort || payload.size() != 21 || payload[0] != 0)
            return false;
        if (r == base58::CheckResult::BadChecksum && !hasDigit(t))
            return false;
        info->recognised = true;
        info->valid = r == base58::CheckResult::Ok;
        info->chains = {QLatin1String(chains::Xrp)};
        info->format = QStringLiteral("xrp-classic");
        info->network = QStringLiteral("mainnet");
        info->canonical = t.toString();
        if (info->valid)
            info->details.insert(QStringLiteral("account_id"), hex(payload.mid(1)).toUpper());
        else
            info->reason = checksumReason();
        return true;
    }
    if (t.size() == 47 && (t[0] == QLatin1Char('X') || t[0] == QLatin1Char('T'))) {
        QByteArray payload;
        const base58::CheckResult r = base58::decodeCheck(t, &payload, Alphabet::Ripple);
        if (r == base58::CheckResult::BadCharacter || r == base58::CheckResult::TooShort || payload.size() != 31)
            return false;
        const quint8 p0 = static_cast<quint8>(payload[0]), p1 = static_cast<quint8>(payload[1]);
        const bool main = p0 == 0x05 && p1 == 0x44;
        const bool test = p0 == 0x04 && p1 == 0x93;
        if (!main && !test)
            return false;
        info->recognised = true;
        info->chains = {QLatin1String(chains::Xrp)};
        info->format = QStringLiteral("x-address");
        info->network = main ? QStringLiteral("mainnet") : QStringLiteral("testnet");
        info->canonical = t.toString();
        if (r == base58::CheckResult::BadChecksum) {
            info->reason = checksumReason();
            return true;
        }
        const quint8 flag = static_cast<quint8>(payload[22]);
        quint64 tag = 0;
        for (int i = 0; i < 8; ++i)
            tag |= quint64(static_cast<quint8>(payload[23 + i])) << (8 * i);
        if (flag > 1 || (flag == 0 && tag != 0) || tag > 0xffffffffULL) {
            info->reason = QCoreApplication::translate("cca::reference::Indicators", "The X-address carries an invalid tag field.");
            return true;
        }
        info->valid = true;
        const QByteArray account = payload.mid(2, 20);
        const QString classic = QString::fromLatin1(base58::encodeCheck(QByteArray(1, '\0') + account, Alphabet::Ripple));
        info->details.insert(QStringLiteral("classic_address"), classic);
        if (flag == 1)
            info->details.insert(QStringLiteral("destination_tag"), QString::number(tag));
        return true;
    }
    return false;
}

// ---- Monero ----

struct MoneroPrefix
{
    quint8 prefix;
    const char *format;
    const char *network;
    int size; // decoded bytes including the 4-byte checksum
};

constexpr MoneroPrefix kMoneroPrefixes[] = {
    {18, "monero-standard", "mainnet", 69},   {19, "monero-integrated", "mainnet", 77},  {42, "monero-subaddress", "mainnet", 69},
    {53, "monero-standard", "testnet", 69},   {54, "monero-integrated", "testnet", 77},  {63, "monero-subaddress", "testnet", 69},
    {24, "monero-standard", "stagenet", 69},  {25, "monero-integrated", "stagenet", 77}, {36, "monero-subaddress", "stagenet", 69},
};

bool classifyMonero(QStringView t, AddressInfo *info)
{
    if (t.size() != 95 && t.size() != 106)
        return false;
    const std::optional<QByteArray> raw = base58::moneroDecode(t);
    if (!raw || raw->isEmpty())
        return false;
    const MoneroPrefix *p = nullptr;
    for (const MoneroPrefix &m : kMoneroPrefixes)
        if (m.prefix == static_cast<quint8>(raw->at(0)) && m.size == raw->size())
            p = &m;
    if (!p)
        return false;
    info->recognised = true;
    info->chains = {QLatin1String(chains::Monero)};
    info->format = QLatin1String(p->format);
    info->network = QLatin1String(p->network);
    info->canonical = t.toString();
    const QByteArray body = raw->left(raw->size() - 4);
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Keccak_256);
    if (hash.left(4) != raw->right(4)) {
        info->reason = checksumReason();
        return true;
    }
    info->valid = true;
    info->details.insert(QStringLiteral("public_spend_key"), hex(body.mid(1, 32)));
    info->details.insert(QStringLiteral("public_view_key"), hex(body.mid(33, 32)));
    if (p->size == 77)
        info->details.insert(QStringLiteral("payment_id"), hex(body.mid(65, 8)));
    return true;
}

// ---- Bech32 / Bech32m segwit (Bitcoin, Litecoin) ----

struct SegwitHrp
{
    const char *hrp;
    const char *chain;
    const char *network;
};

constexpr SegwitHrp kSegwitHrps[] = {
    {"bc", chains::Bitcoin, "mainnet"},  {"tb", chains::Bitcoin, "testnet"},     {"bcrt", chains::Bitcoin, "regtest"},
    {"ltc", chains::Litecoin, "mainnet"}, {"tltc", chains::Litecoin, "testnet"}, {"rltc", chains::Litecoin, "regtest"},
};

bool classifySegwit(QStringView t, AddressInfo *info)
{
    if (t.size() < 14 || t.size() > 90 || !allAlnum(t))
        return false;
    // The human-readable part must be one we know; the first '1' after it separates.
    const SegwitHrp *h = nullptr;
    for (const SegwitHrp &candidate : kSegwitHrps) {
        const QLatin1StringView prefix(candidate.hrp);
        if (startsWithCi(t, prefix) && t.size() > prefix.size() && t[prefix.size()] == QLatin1Char('1'))
            h = &candidate;
    }
    if (!h)
        return false;
    info->recognised = true;
    info->chains = {QLatin1String(h->chain)};
    info->network = QLatin1String(h->network);
    info->canonical = t.toString().toLower();
    const bech32::SegwitAddress a = bech32::decodeSegwit(t);
    if (!a.valid) {
        if (a.error.contains(QLatin1String("checksum")))
            info->reason = checksumReason();
        else if (a.error.contains(QLatin1String("Bech32m")) || a.error.contains(QLatin1String("Bech32,")))
            info->reason = QCoreApplication::translate("cca::reference::Indicators",
                                                       "It uses the wrong checksum variant for its witness version (BIP350: version 0 "
                                                       "uses Bech32, versions 1 and above use Bech32m): likely altered or produced by "
                                                       "faulty software.");
        else if (a.error == QLatin1String("mixed case"))
            info->reason = QCoreApplication::translate("cca::reference::Indicators",
                                                       "It mixes upper and lower case, which Bech32 addresses never do.");
        else
            info->reason = QCoreApplication::translate("cca::reference::Indicators", "It breaks the segwit address rules: %1.")
                               .arg(a.error);
        info->details.insert(QStringLiteral("error"), a.error);
        if (t.size() > 4) {
            const QChar v = t[QLatin1StringView(h->hrp).size() + 1].toLower();
            info->format = v == QLatin1Char('q') ? QStringLiteral("segwit-v0") : v == QLatin1Char('p') ? QStringLiteral("p2tr") : QString();
        }
        return true;
    }
    info->valid = true;
    if (a.version == 0)
        info->format = a.program.size() == 20 ? QStringLiteral("p2wpkh") : QStringLiteral("p2wsh");
    else if (a.version == 1 && a.program.size() == 32)
        info->format = QStringLiteral("p2tr");
    else
        info->format = QStringLiteral("segwit-v%1").arg(a.version);
    info->details.insert(QStringLiteral("witness_version"), a.version);
    info->details.insert(QStringLiteral("witness_program"), hex(a.program));
    info->details.insert(QStringLiteral("checksum_encoding"),
                         a.encoding == bech32::Encoding::Bech32 ? QStringLiteral("bech32") : QStringLiteral("bech32m"));
    return true;
}

// ---- CashAddr (Bitcoin Cash) ----

bool classifyCashAddr(QStringView t, AddressInfo *info)
{
    const bool prefixed = startsWithCi(t, QLatin1StringView("bitcoincash:")) || startsWithCi(t, QLatin1StringView("bchtest:"))
                          || startsWithCi(t, QLatin1StringView("bchreg:"));
    const QStringView payload = prefixed ? t.mid(t.indexOf(QLatin1Char(':')) + 1) : t;
    if (!prefixed) {
        // Unprefixed: 42 characters (160-bit hash), starting with q (P2PKH) or p (P2SH).
        if (payload.size() != 42 || !(payload[0].toLower() == QLatin1Char('q') || payload[0].toLower() == QLatin1Char('p')))
            return false;
    }
    for (QChar c : payload)
        if (!isAsciiAlnum(c))
            return false;
    const cashaddr::Address a = cashaddr::decode(t);
    if (!prefixed && !a.checksumValid && !hasDigit(payload))
        return false;
    if (!prefixed && !a.checksumValid) {
        // Only characters of the CashAddr alphabet, in one case: otherwise it is just a word.
        static const QString charset = QStringLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
        bool lower = false, upper = false;
        for (QChar c : payload) {
            lower |= c.isLower();
            upper |= c.isUpper();
            if (!charset.contains(c.toLower()))
                return false;
        }
        if (lower && upper)
            return false;
    }
    info->recognised = true;
    info->chains = {QLatin1String(chains::BitcoinCash)};
    info->format = QStringLiteral("cashaddr");
    info->network = a.prefix == QLatin1String("bitcoincash") ? QStringLiteral("mainnet")
                    : a.prefix == QLatin1String("bchreg")    ? QStringLiteral("regtest")
                                                              : QStringLiteral("testnet");
    const QString lowerPayload = payload.toString().toLower();
    info->canonical = (a.prefix.isEmpty() ? QStringLiteral("bitcoincash") : a.prefix) + QLatin1Char(':') + lowerPayload;
    if (!a.valid) {
        info->reason = a.checksumValid ? QCoreApplication::translate("cca::reference::Indicators", "It breaks the CashAddr rules: %1.")
                                             .arg(a.error)
                                       : checksumReason();
        return true;
    }
    info->valid = true;
    info->details.insert(QStringLiteral("script_type"), a.type == 0 ? QStringLiteral("p2pkh")
                                                         : a.type == 1 ? QStringLiteral("p2sh")
                                                                       : QStringLiteral("type-%1").arg(a.type));
    info->details.insert(QStringLiteral("hash"), hex(a.hash));
    info->details.insert(QStringLiteral("prefix_written"), a.prefixWritten);
    return true;
}

// ---- EVM ----

bool classifyEvm(QStringView t, AddressInfo *info)
{
    if (t.size() < 3 || t[0] != QLatin1Char('0') || (t[1] != QLatin1Char('x') && t[1] != QLatin1Char('X')))
        return false;
    const QStringView body = t.mid(2);
    if (body.size() == 64)
        return false; // a transaction hash
    if (t.size() == 42 && evm::isHexAddressShape(t)) {
        info->recognised = true;
        info->chains = {QLatin1String(chains::Ethereum)};
        info->network = QStringLiteral("mainnet");
        info->canonical = t.toString().toLower();
        const evm::Checksum state = evm::checkEip55(t);
        info->details.insert(QStringLiteral("evm_chains"), QStringLiteral("all"));
        if (state == evm::Checksum::Valid) {
            info->valid = true;
            info->format = QStringLiteral("eip55");
            info->details.insert(QStringLiteral("checksum"), QStringLiteral("valid"));
        } else if (state == evm::Checksum::None) {
            info->valid = true;
            info->format = QStringLiteral("hex");
            info->details.insert(QStringLiteral("checksum"), QStringLiteral("none"));
            info->details.insert(QStringLiteral("checksummed_form"), evm::toChecksumAddress(t));
        } else {
            info->valid = false;
            info->format = QStringLiteral("eip55");
            info->details.insert(QStringLiteral("checksum"), QStringLiteral("invalid"));
            info->details.insert(QStringLiteral("checksummed_form"), evm::toChecksumAddress(t));
            info->reason = QCoreApplication::translate("cca::reference::Indicators",
                                                       "The mixed upper and lower case does not match the EIP-55 checksum: likely a "
                                                       "typo or an altered address. Wallets refuse it; ask for the address again.");
        }
        return true;
    }
    // Near misses: 0x and 36 to 44 characters that are not exactly 40 hex digits.
    if (body.size() < 36 || body.size() > 44 || !allAlnum(body))
        return false;
    bool allHex = true;
    for (QChar c : body)
        allHex &= isHexDigit(c);
    if (!allHex && !hasDigit(body))
        return false;
    info->recognised = true;
    info->chains = {QLatin1String(chains::Ethereum)};
    info->network = QStringLiteral("mainnet");
    info->format = QStringLiteral("hex");
    info->canonical = t.toString().toLower();
    info->reason = allHex ? QCoreApplication::translate("cca::reference::Indicators",
                                                        "It has %1 hexadecimal digits after 0x; an EVM address has exactly 40. "
                                                        "Characters were lost or added when it was copied.")
                                .arg(body.size())
                          : QCoreApplication::translate("cca::reference::Indicators",
                                                        "It contains characters that are not hexadecimal (0-9, a-f); an EVM address "
                                                        "is 0x followed by 40 hexadecimal digits.");
    return true;
}

// ---- Solana ----

bool classifySolana(QStringView t, const AddressContext &context, AddressInfo *info)
{
    if (!context.solanaPlausible || t.size() < 32 || t.size() > 44)
        return false;
    const std::optional<QByteArray> raw = base58::decode(t);
    if (!raw || raw->size() != 32)
        return false;
    info->recognised = true;
    info->valid = true;
    info->chains = {QLatin1String(chains::Solana)};
    info->format = QStringLiteral("base58-pubkey");
    info->network = QStringLiteral("mainnet");
    info->canonical = t.toString();
    info->details.insert(QStringLiteral("public_key"), hex(*raw));
    info->details.insert(QStringLiteral("checksum"), QStringLiteral("none"));
    return true;
}

} // namespace

AddressInfo classifyAddress(QStringView t, const AddressContext &context)
{
    AddressInfo info;
    if (t.size() < 14)
        return info;
    if (classifyEvm(t, &info) || classifyCashAddr(t, &info) || classifySegwit(t, &info) || classifyMonero(t, &info)
        || classifyXrp(t, &info) || classifyBase58Check(t, &info) || classifySolana(t, context, &info)
        || classifyBase58Typo(t, &info))
        return info;
    return AddressInfo{};
}

QString canonicalAddress(QStringView token)
{
    const QString t = token.trimmed().toString();
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return t.toLower();
    const AddressInfo info = classifyAddress(t, AddressContext{true});
    if (info.recognised && !info.canonical.isEmpty())
        return info.canonical;
    return t;
}

} // namespace cca::reference
