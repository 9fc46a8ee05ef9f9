#include "reference/indicators.h"

#include "reference/addresses.h"
#include "codecs/base58.h"
#include "reference/guidance.h"
#include "reference/similarity.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace cca::reference {

namespace base58 = cca::codecs::base58;

namespace {

// ---- character classes ----

enum CharClass : quint8 { Sep = 0, Word = 1, Connector = 2 };

const std::array<quint8, 128> &asciiClasses()
{
    static const std::array<quint8, 128> table = [] {
        std::array<quint8, 128> t{};
        for (int c = '0'; c <= '9'; ++c)
            t[c] = Word;
        for (int c = 'a'; c <= 'z'; ++c)
            t[c] = Word;
        for (int c = 'A'; c <= 'Z'; ++c)
            t[c] = Word;
        for (char c : QByteArrayView("._-:/@%?=&#+~"))
            t[static_cast<unsigned char>(c)] = Connector;
        return t;
    }();
    return table;
}

inline quint8 classOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return asciiClasses()[u];
    // CJK, kana, hangul, full-width forms, symbols and surrogates (emoji) end a token; letters of
    // alphabetic scripts (Latin, Greek, Cyrillic…) are part of it, for look-alike domains.
    if (u >= 0x2E80 || (u >= 0x2000 && u <= 0x2BFF))
        return Sep;
    return (c.isLetterOrNumber() || c.isMark()) ? Word : Sep;
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && asciiClasses()[u] == Word;
}

inline bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool containsAny(QStringView s, QLatin1StringView chars)
{
    for (QChar c : s)
        if (c.unicode() < 128 && chars.contains(c))
            return true;
    return false;
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

class Extractor
{
public:
    explicit Extractor(const QString &text) : m_text(text) {}

    QList<Indicator> run();

private:
    void processRun(qsizetype s, qsizetype e, int depth = 0);
    void processPlain(qsizetype s, qsizetype e, int depth);
    void classifyWord(qsizetype s, qsizetype e, bool solanaLink = false);
    bool tryEmail(qsizetype s, qsizetype e, qsizetype at);
    bool tryCryptoUri(qsizetype s, qsizetype e);
    void splitOn(qsizetype s, qsizetype e, QLatin1StringView chars, int depth);
    void emitUrl(qsizetype s, qsizetype e);
    void emitDomain(qsizetype s, qsizetype e);
    void emitAddress(qsizetype s, qsizetype e, const AddressInfo &info);
    void captureDestinationTag(Indicator *indicator, qsizetype after);
    void scanPhones();
    bool covered(qsizetype s, qsizetype e) const;
    void add(Indicator indicator);

    const QString &m_text;
    QList<Indicator> m_found;
    QHash<QString, int> m_index; // kind + canonical -> position in m_found
    QList<Span> m_spans;         // text already used by an indicator or a destination tag
    QHash<QString, DomainInfo> m_domains; // look-alike analysis per host, done once per paste
    const DomainInfo &domainInfo(const QString &host);
};

const DomainInfo &Extractor::domainInfo(const QString &host)
{
    auto it = m_domains.find(host);
    if (it == m_domains.end())
        it = m_domains.insert(host, analyseDomain(host));
    return *it;
}

QStringView trimmedView(const QString &text, qsizetype *s, qsizetype *e, QLatin1StringView leading, QLatin1StringView trailing)
{
    while (*s < *e && text[*s].unicode() < 128 && leading.contains(text[*s]))
        ++*s;
    while (*e > *s && text[*e - 1].unicode() < 128 && trailing.contains(text[*e - 1]))
        --*e;
    return QStringView(text).mid(*s, *e - *s);
}

constexpr QLatin1StringView kTrimAll("._-:/@%?=&#+~");

QList<Indicator> Extractor::run()
{
    const qsizetype n = m_text.size();
    const QChar *data = m_text.constData();
    qsizetype i = 0;
    while (i < n) {
        if (classOf(data[i]) == Sep) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && classOf(data[j]) != Sep)
            ++j;
        // Short runs of letters and digits are ordinary words: nothing to find there.
        if (j - i >= 4)
            processRun(i, j);
        i = j;
    }
    scanPhones();

    // Address poisoning inside one message: two different addresses that look alike.
    QList<int> addressIndexes;
    for (int k = 0; k < m_found.size(); ++k)
        if (m_found[k].kind == IndicatorKind::Address && m_found[k].valid)
            addressIndexes << k;
    if (addressIndexes.size() <= 50) {
        for (int a = 0; a < addressIndexes.size(); ++a) {
            for (int b = a + 1; b < addressIndexes.size(); ++b) {
                Indicator &x = m_found[addressIndexes[a]];
                Indicator &y = m_found[addressIndexes[b]];
                bool sameChain = false;
                for (const QString &c : x.chains)
                    sameChain |= y.chains.contains(c);
                if (!sameChain)
                    continue;
                const AddressComparison cmp = compareAddresses(x.value, y.value);
                if (!cmp.lookAlike)
                    continue;
                QJsonArray xs = x.details.value(QStringLiteral("lookalike_addresses")).toArray();
                xs.append(QJsonObject{{QStringLiteral("address"), y.value}, {QStringLiteral("verdict"), cmp.verdict}});
                x.details.insert(QStringLiteral("lookalike_addresses"), xs);
                QJsonArray ys = y.details.value(QStringLiteral("lookalike_addresses")).toArray();
                ys.append(QJsonObject{{QStringLiteral("address"), x.value}, {QStringLiteral("verdict"), cmp.verdict}});
                y.details.insert(QStringLiteral("lookalike_addresses"), ys);
            }
        }
    }
    for (Indicator &indicator : m_found)
        applyGuidance(&indicator);
    std::sort(m_found.begin(), m_found.end(), [](const Indicator &a, const Indicator &b) { return a.offset < b.offset; });
    return m_found;
}

void Extractor::processRun(qsizetype s, qsizetype e, int depth)
{
    if (depth > 6)
        return;
    QStringView run = trimmedView(m_text, &s, &e, kTrimAll, QLatin1StringView(".-:?=&#%+~@_"));
    if (run.size() < 4)
        return;
    // 1. URLs with a scheme.
    const qsizetype schemeSep = run.indexOf(QLatin1String("://"));
    if (schemeSep > 0) {
        qsizetype k = s + schemeSep;
        while (k > s && m_text[k - 1].unicode() < 128 && QChar::isLetter(m_text[k - 1].unicode()))
            --k;
        const QString scheme = m_text.mid(k, s + schemeSep - k).toLower();
        static const QStringList webSchemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("hxxp"),
                                            QStringLiteral("hxxps"), QStringLiteral("ftp"), QStringLiteral("ws"),
                                            QStringLiteral("wss")};
        if (webSchemes.contains(scheme)) {
            if (k > s)
                processRun(s, k, depth + 1);
            emitUrl(k, e);
            return;
        }
    }
    // 2. URLs without a scheme.
    if (run.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) {
        emitUrl(s, e);
        return;
    }
    // 3. E-mail addresses.
    const qsizetype at = run.indexOf(QLatin1Char('@'));
    if (at > 0 && tryEmail(s, e, s + at))
        return;
    // 4. Payment links (bitcoin:, ethereum:, bitcoincash:…) and "label:value".
    if (run.contains(QLatin1Char(':'))) {
        if (tryCryptoUri(s, e))
            return;
        splitOn(s, e, QLatin1StringView(":"), depth);
        return;
    }
    // 5. A host followed by a path: a web address without a scheme.
    const qsizetype slash = run.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QStringView host = run.left(slash);
        if (host.contains(QLatin1Char('.')) && isPlausibleDomain(host) && !host.endsWith(QLatin1String(".eth"), Qt::CaseInsensitive)) {
            emitUrl(s, e);
            return;
        }
    }
    if (containsAny(run, QLatin1StringView("/?=&#%+~@"))) {
        splitOn(s, e, QLatin1StringView("/?=&#%+~@"), depth);
        return;
    }
    processPlain(s, e, depth);
}

void Extractor::splitOn(qsizetype s, qsizetype e, QLatin1StringView chars, int depth)
{
    qsizetype start = s;
    for (qsizetype i = s; i <= e; ++i) {
        if (i == e || (m_text[i].unicode() < 128 && chars.contains(m_text[i]))) {
            if (i - start >= 4)
                processRun(start, i, depth + 1);
            start = i + 1;
        }
    }
}

// Letters, digits, '.', '-', '_' (and letters of other alphabets) only.
void Extractor::processPlain(qsizetype s, qsizetype e, int depth)
{
    QStringView t = trimmedView(m_text, &s, &e, QLatin1StringView("._-"), QLatin1StringView("._-"));
    if (t.size() < 4)
        return;
    if (t.contains(QLatin1Char('.'))) {
        if (t.endsWith(QLatin1String(".eth"), Qt::CaseInsensitive) && t.size() >= 7) {
            const QStringView name = t.left(t.size() - 4);
            bool ok = !name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.')) && !name.contains(QLatin1String(".."));
            for (QChar c : name)
                ok &= c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_');
            if (ok) {
                Indicator ens;
                ens.kind = IndicatorKind::Ens;
                ens.value = t.toString();
                ens.canonical = ens.value.toLower();
                ens.offset = s;
                ens.length = e - s;
                ens.chains = {QLatin1String(chains::Ethereum)};
                ens.format = QStringLiteral("ens");
                add(ens);
                return;
            }
        }
        if (isPlausibleDomain(t)) {
            emitDomain(s, e);
            return;
        }
        splitOn(s, e, QLatin1StringView("."), depth);
        return;
    }
    if (t.size() < 14)
        return;
    if (t.contains(QLatin1Char('-')) || t.contains(QLatin1Char('_'))) {
        splitOn(s, e, QLatin1StringView("-_"), depth);
        return;
    }
    classifyWord(s, e);
}

void Extractor::classifyWord(qsizetype s, qsizetype e, bool solanaLink)
{
    const QStringView t = QStringView(m_text).mid(s, e - s);
    const qsizetype len = t.size();
    if (len < 14 || len > 120)
        return;
    for (QChar c : t)
        if (!isAsciiAlnum(c))
            return;
    // Transaction hashes: 64 hexadecimal digits, with or without 0x.
    const bool prefixed = len == 66 && t[0] == QLatin1Char('0') && (t[1] == QLatin1Char('x') || t[1] == QLatin1Char('X'));
    if (len == 64 || prefixed) {
        bool hex = true;
        for (QChar c : t.mid(prefixed ? 2 : 0))
            hex &= isHex(c);
        if (hex) {
            Indicator h;
            h.kind = IndicatorKind::TxHash;
            h.value = t.toString();
            h.canonical = t.mid(prefixed ? 2 : 0).toString().toLower();
            h.offset = s;
            h.length = len;
            h.format = prefixed ? QStringLiteral("0x-hex") : QStringLiteral("hex");
            h.chains = prefixed ? QStringList{QLatin1String(chains::Ethereum)}
                                : QStringList{QLatin1String(chains::Bitcoin),  QLatin1String(chains::Litecoin), QLatin1String(chains::BitcoinCash),
                                              QLatin1String(chains::Dogecoin), QLatin1String(chains::Tron),     QLatin1String(chains::Xrp),
                                              QLatin1String(chains::Monero),   QLatin1String(chains::Ethereum)};
            add(h);
            return;
        }
    }
    AddressInfo info = classifyAddress(t, AddressContext{solanaLink});
    if (!info.recognised && !solanaLink && len >= 32 && len <= 44) {
        const std::optional<QByteArray> raw = base58::decode(t);
        if (raw && raw->size() == 32 && solanaMentionedNear(m_text, s, len))
            info = classifyAddress(t, AddressContext{true});
    }
    if (info.recognised)
        emitAddress(s, e, info);
}

bool Extractor::tryEmail(qsizetype s, qsizetype e, qsizetype at)
{
    qsizetype ls = at;
    while (ls > s) {
        const QChar c = m_text[ls - 1];
        if (isAsciiAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('%') || c == QLatin1Char('+')
            || c == QLatin1Char('-'))
            --ls;
        else
            break;
    }
    while (ls < at && m_text[ls] == QLatin1Char('.'))
        ++ls;
    qsizetype de = at + 1;
    while (de < e && (classOf(m_text[de]) == Word || m_text[de] == QLatin1Char('.') || m_text[de] == QLatin1Char('-')))
        ++de;
    while (de > at + 1 && (m_text[de - 1] == QLatin1Char('.') || m_text[de - 1] == QLatin1Char('-')))
        --de;
    if (ls >= at || at - ls > 64 || de <= at + 1)
        return false;
    const QStringView domain = QStringView(m_text).mid(at + 1, de - at - 1);
    if (!isPlausibleDomain(domain))
        return false;
    if (ls > s)
        processRun(s, ls, 1);
    Indicator mail;
    mail.kind = IndicatorKind::Email;
    mail.value = m_text.mid(ls, de - ls);
    mail.canonical = m_text.mid(ls, at - ls).toLower() + QLatin1Char('@') + canonicalDomain(domain);
    mail.offset = ls;
    mail.length = de - ls;
    const DomainInfo d = domainInfo(domain.toString());
    mail.details.insert(QStringLiteral("domain"), d.unicode);
    if (d.lookalike)
        mail.lookalike = d.lookalike;
    add(mail);
    if (de < e)
        processRun(de, e, 1);
    return true;
}

bool Extractor::tryCryptoUri(qsizetype s, qsizetype e)
{
    const QStringView run = QStringView(m_text).mid(s, e - s);
    const qsizetype colon = run.indexOf(QLatin1Char(':'));
    const QString scheme = run.left(colon).toString().toLower();
    static const QStringList cashSchemes{QStringLiteral("bitcoincash"), QStringLiteral("bchtest"), QStringLiteral("bchreg")};
    static const QStringList schemes{QStringLiteral("bitcoin"), QStringLiteral("litecoin"), QStringLiteral("ethereum"),
                                     QStringLiteral("dogecoin"), QStringLiteral("monero"),   QStringLiteral("tron"),
                                     QStringLiteral("solana"),   QStringLiteral("ripple"),   QStringLiteral("xrpl"),
                                     QStringLiteral("xrp")};
    const bool cash = cashSchemes.contains(scheme);
    if (!cash && !schemes.contains(scheme))
        return false;
    qsizetype start = cash ? s : s + colon + 1;
    while (start < e && m_text[start] == QLatin1Char('/'))
        ++start;
    if (!cash && m_text.mid(start, 4).compare(QLatin1String("pay-"), Qt::CaseInsensitive) == 0)
        start += 4;
    qsizetype end = cash ? s + colon + 1 : start;
    while (end < e && !QLatin1StringView("?@/&#:").contains(m_text[end]))
        ++end;
    const qsizetype before = m_found.size();
    if (cash) {
        const AddressInfo info = classifyAddress(QStringView(m_text).mid(start, end - start));
        if (info.recognised)
            emitAddress(start, end, info);
    } else {
        classifyWord(start, end, scheme == QLatin1String("solana"));
    }
    // ripple:r…?dt=123
    if (m_found.size() > before && (scheme == QLatin1String("ripple") || scheme == QLatin1String("xrpl") || scheme == QLatin1String("xrp"))) {
        static const QRegularExpression dt(QStringLiteral("[?&](?:dt|tag)=(\\d{1,10})"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = dt.match(m_text.mid(end, e - end));
        if (m.hasMatch() && m_found.last().destinationTag.isEmpty())
            m_found.last().destinationTag = m.captured(1);
    }
    if (end < e)
        splitOn(end, e, QLatin1StringView("?@/&#=:"), 1);
    return true;
}

void Extractor::emitUrl(qsizetype s, qsizetype e)
{
    // Trailing punctuation and an unbalanced closing bracket are not part of the address.
    while (e > s && QLatin1StringView(".,:;!?'\"").contains(m_text[e - 1]))
        --e;
    QStringView url = QStringView(m_text).mid(s, e - s);
    qsizetype hostStart = url.indexOf(QLatin1String("://"));
    hostStart = hostStart < 0 ? 0 : hostStart + 3;
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && !QLatin1StringView("/?#").contains(url[hostEnd]))
        ++hostEnd;
    QStringView authority = url.mid(hostStart, hostEnd - hostStart);
    if (const qsizetype atSign = authority.lastIndexOf(QLatin1Char('@')); atSign >= 0)
        authority = authority.mid(atSign + 1);
    QStringView host = authority;
    if (const qsizetype port = host.lastIndexOf(QLatin1Char(':')); port >= 0)
        host = host.left(port);
    const QString hostLower = host.toString().toLower();
    if (!isPlausibleDomain(hostLower) && !isIpv4(hostLower))
        return;
    Indicator u;
    u.kind = IndicatorKind::Url;
    u.value = url.toString();
    QString path = url.mid(hostEnd).toString();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.canonical = (isIpv4(hostLower) ? hostLower : canonicalDomain(hostLower)) + path;
    u.offset = s;
    u.length = e - s;
    u.details.insert(QStringLiteral("host"), hostLower);
    const QString scheme = url.left(std::max<qsizetype>(0, hostStart - 3)).toString().toLower();
    if (scheme.startsWith(QLatin1String("hxxp")))
        u.details.insert(QStringLiteral("defanged"), true);
    if (!isIpv4(hostLower)) {
        const DomainInfo d = domainInfo(hostLower);
        if (d.unicode != hostLower)
            u.details.insert(QStringLiteral("host_unicode"), d.unicode);
        if (d.official)
            u.details.insert(QStringLiteral("official_site"), d.official->name);
        if (d.lookalike)
            u.lookalike = d.lookalike;
    } else {
        u.details.insert(QStringLiteral("ip_address"), true);
    }
    add(u);
}

void Extractor::emitDomain(qsizetype s, qsizetype e)
{
    const QStringView host = QStringView(m_text).mid(s, e - s);
    Indicator d;
    d.kind = IndicatorKind::Domain;
    d.value = host.toString();
    d.canonical = canonicalDomain(host);
    d.offset = s;
    d.length = e - s;
    const DomainInfo info = domainInfo(host.toString());
    if (info.punycode || info.unicode != info.ace) {
        d.details.insert(QStringLiteral("unicode"), info.unicode);
        d.details.insert(QStringLiteral("ascii"), info.ace);
    }
    d.details.insert(QStringLiteral("registrable_domain"), info.registrable);
    if (info.official)
        d.details.insert(QStringLiteral("official_site"), info.official->name);
    if (info.lookalike)
        d.lookalike = info.lookalike;
    add(d);
}

void Extractor::emitAddress(qsizetype s, qsizetype e, const AddressInfo &info)
{
    Indicator a;
    a.kind = IndicatorKind::Address;
    a.value = m_text.mid(s, e - s);
    a.canonical = info.canonical.isEmpty() ? a.value : info.canonical;
    a.offset = s;
    a.length = e - s;
    a.chains = info.chains;
    a.format = info.format;
    a.network = info.network;
    a.valid = info.valid;
    a.reason = info.reason;
    a.details = info.details;
    if (info.details.contains(QStringLiteral("destination_tag")))
        a.destinationTag = info.details.value(QStringLiteral("destination_tag")).toString();
    if (a.chains.contains(QLatin1String(chains::Xrp)) && a.format == QLatin1String("xrp-classic"))
        captureDestinationTag(&a, e);
    add(a);
}

void Extractor::captureDestinationTag(Indicator *indicator, qsizetype after)
{
    static const QRegularExpression tag(
        QStringLiteral("[\\s,;:，、。：(（\\[\\-]*(?:destination\\s*tag|dest\\.?\\s*tag|desttag|dt|tag|memo|目的地標籤|目的地标签|標籤|标签)"
                       "\\s*(?:no\\.?|number|#)?\\s*[:：=#]?\\s*(\\d{1,10})(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    // A short window after the address: matching against the whole text would make the regular
    // expression engine check all of it on every call.
    const QString window = m_text.mid(after, 80);
    const QRegularExpressionMatch m = tag.match(window, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch() || m.capturedLength(1) == 0)
        return;
    const quint64 value = m.captured(1).toULongLong();
    if (value > 0xffffffffULL)
        return;
    indicator->destinationTag = m.captured(1);
    m_spans << Span{after + m.capturedStart(1), after + m.capturedEnd(1)};
}

void Extractor::add(Indicator indicator)
{
    m_spans << Span{indicator.offset, indicator.offset + indicator.length};
    const QString key = kindName(indicator.kind) + QLatin1Char('\n') + indicator.canonical;
    if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
        Indicator &first = m_found[*it];
        ++first.occurrences;
        if (first.destinationTag.isEmpty())
            first.destinationTag = indicator.destinationTag;
        return;
    }
    m_index.insert(key, int(m_found.size()));
    m_found << std::move(indicator);
}

bool Extractor::covered(qsizetype s, qsizetype e) const
{
    for (const Span &span : m_spans)
        if (s < span.end && e > span.start)
            return true;
    return false;
}

// ---- phone numbers ----

bool isDateDigits(const QString &d)
{
    if (d.size() != 8)
        return false;
    auto valid = [](int y, int m, int day) { return y >= 1900 && y <= 2099 && QDate(y, m, day).isValid(); };
    return valid(d.left(4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt())
           || valid(d.mid(4, 4).toInt(), d.mid(2, 2).toInt(), d.left(2).toInt())
           || valid(d.mid(4, 4).toInt(), d.left(2).toInt(), d.mid(2, 2).toInt());
}

QString wordBefore(const QString &text, qsizetype i)
{
    qsizetype k = i;
    int spaces = 0;
    while (k > 0 && (text[k - 1] == QLatin1Char(' ') || text[k - 1] == QLatin1Char(':') || text[k - 1] == QLatin1Char('.')
                     || text[k - 1] == QChar(0xFF1A))
           && spaces < 3) {
        --k;
        ++spaces;
    }
    qsizetype w = k;
    while (w > 0 && w > k - 12 && (text[w - 1].isLetter() || text[w - 1] == QLatin1Char('$')))
        --w;
    return text.mid(w, k - w).toLower();
}

QString wordAfter(const QString &text, qsizetype e)
{
    qsizetype k = e;
    while (k < text.size() && k < e + 2 && text[k] == QLatin1Char(' '))
        ++k;
    qsizetype w = k;
    while (w < text.size() && w < k + 8 && text[w].isLetter() && !(text[w].unicode() >= 0x2E80 && w > k))
        ++w;
    if (w == k && k < text.size())
        return text.mid(k, 1);
    return text.mid(k, w - k).toLower();
}

void Extractor::scanPhones()
{
    static const QStringList unitsAfter{
        QStringLiteral("usdt"), QStringLiteral("usd"), QStringLiteral("usdc"), QStringLiteral("hkd"), QStringLiteral("btc"),
        QStringLiteral("eth"),  QStringLiteral("trx"), QStringLiteral("rmb"),  QStringLiteral("cny"), QStringLiteral("sgd"),
        QStringLiteral("eur"),  QStringLiteral("gbp"), QStringLiteral("jpy"),  QStringLiteral("twd"), QStringLiteral("bnb"),
        QStringLiteral("sol"),  QStringLiteral("xrp"), QStringLiteral("ltc"),  QStringLiteral("doge"), QStringLiteral("xmr"),
        QStringLiteral("k"),    QStringLiteral("m"),   QStringLiteral("tokens"), QStringLiteral("coins"), QStringLiteral("shares"),
        QStringLiteral("dollars"), QStringLiteral("元"), QStringLiteral("蚊"),  QStringLiteral("萬"),  QStringLiteral("万"),
        QStringLiteral("美"),   QStringLiteral("港"),  QStringLiteral("個"),   QStringLiteral("个"),  QStringLiteral("枚"),
        QStringLiteral("幣"),   QStringLiteral("币"),  QStringLiteral("%"),    QStringLiteral("年"),  QStringLiteral("号"),
        QStringLiteral("號"),   QStringLiteral("次"),  QStringLiteral("股")};
    static const QStringList wordsBefore{
        QStringLiteral("$"),     QStringLiteral("hk$"),   QStringLiteral("us$"),   QStringLiteral("usd"),   QStringLiteral("hkd"),
        QStringLiteral("usdt"),  QStringLiteral("rmb"),   QStringLiteral("cny"),   QStringLiteral("btc"),   QStringLiteral("eth"),
        QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("balance"), QStringLiteral("price"), QStringLiteral("id"),
        QStringLiteral("no"),    QStringLiteral("order"), QStringLiteral("ref"),   QStringLiteral("invoice"), QStringLiteral("account"),
        QStringLiteral("acct"),  QStringLiteral("acc"),   QStringLiteral("uid"),   QStringLiteral("code"),  QStringLiteral("block"),
        QStringLiteral("height"), QStringLiteral("tag"),  QStringLiteral("dt"),    QStringLiteral("memo"),  QStringLiteral("金額"),
        QStringLiteral("帳號"),  QStringLiteral("账号"),  QStringLiteral("編號"),  QStringLiteral("编号"),  QStringLiteral("訂單"),
        QStringLiteral("订单")};
    const QString &t = m_text;
    const qsizetype n = t.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = t[i];
        const bool plus = c == QLatin1Char('+') && i + 1 < n && isAsciiDigit(t[i + 1]);
        const bool paren = c == QLatin1Char('(') && i + 4 < n && isAsciiDigit(t[i + 1]);
        if (!plus && !paren && !isAsciiDigit(c)) {
            ++i;
            continue;
        }
        // Not inside a word, a number or an amount.
        if (i > 0) {
            const QChar p = t[i - 1];
            if (isAsciiAlnum(p) || QLatin1StringView(".,$/_-+#@").contains(p) || p == QChar(0x00A5) || p == QChar(0xFFE5)
                || p == QChar(0x20AC) || p == QChar(0x00A3) || (p.unicode() < 0x2E80 && p.unicode() >= 0x80 && p.isLetter())) {
                qsizetype k = i;
                while (k < n && (isAsciiAlnum(t[k]) || t[k] == QLatin1Char('+')))
                    ++k;
                i = std::max(k, i + 1);
                continue;
            }
        }
        qsizetype j = i;
        if (plus)
            ++j;
        bool openParen = false;
        if (paren) {
            openParen = true;
            ++j;
        }
        QString digits;
        QList<int> groups;
        int current = 0;
        while (j < n) {
            const QChar d = t[j];
            if (isAsciiDigit(d)) {
                digits += d;
                ++current;
                ++j;
            } else if (d == QLatin1Char(')') && openParen && current > 0) {
                openParen = false;
                ++j;
                if (j < n && t[j] == QLatin1Char(' '))
                    ++j;
                groups << current;
                current = 0;
            } else if ((d == QLatin1Char(' ') || d == QLatin1Char('-')) && current > 0 && j + 1 < n && isAsciiDigit(t[j + 1])
                       && digits.size() < 15) {
                groups << current;
                current = 0;
                ++j;
            } else {
                break;
            }
        }
        if (current > 0)
            groups << current;
        const qsizetype end = j;
        auto skip = [&] { i = std::max(end, i + 1); };
        if (openParen || digits.size() < 8 || digits.size() > 15) {
            skip();
            continue;
        }
        // What follows: letters or digits glued on, decimals, units and currencies.
        if (end < n) {
            const QChar next = t[end];
            if (isAsciiAlnum(next) || next == QLatin1Char('%')
                || ((next == QLatin1Char('.') || next == QLatin1Char(',')) && end + 1 < n && isAsciiDigit(t[end + 1]))) {
                skip();
                continue;
            }
        }
        if (unitsAfter.contains(wordAfter(t, end)) || wordsBefore.contains(wordBefore(t, i))) {
            skip();
            continue;
        }
        QString e164;
        QString format;
        if (plus) {
            if (digits.startsWith(QLatin1String("852")) && digits.size() != 11) {
                skip();
                continue;
            }
            e164 = QLatin1Char('+') + digits;
            format = QStringLiteral("international");
        } else {
            const bool hkLocal = digits.size() == 8 && (groups == QList<int>{8} || groups == QList<int>{4, 4})
                                 && QStringLiteral("235679").contains(digits[0]) && !isDateDigits(digits);
            const bool hkWithCode = digits.size() == 11 && digits.startsWith(QLatin1String("852"))
                                    && (groups == QList<int>{3, 8} || groups == QList<int>{3, 4, 4}) && !paren;
            const bool hkParen = paren && digits.size() == 11 && digits.startsWith(QLatin1String("852"));
            if (!hkLocal && !hkWithCode && !hkParen) {
                skip();
                continue;
            }
            e164 = QStringLiteral("+852") + digits.right(8);
            format = hkLocal ? QStringLiteral("hong-kong-local") : QStringLiteral("international");
        }
        if (covered(i, end)) {
            skip();
            continue;
        }
        Indicator p;
        p.kind = IndicatorKind::Phone;
        p.value = t.mid(i, end - i);
        p.canonical = e164;
        p.offset = i;
        p.length = end - i;
        p.format = format;
        p.details.insert(QStringLiteral("e164"), e164);
        if (e164.startsWith(QLatin1String("+852")) && e164.size() == 12) {
            const QChar first = e164[4];
            p.details.insert(QStringLiteral("region"), QStringLiteral("HK"));
            p.details.insert(QStringLiteral("line_type"), QStringLiteral("5679").contains(first)   ? QStringLiteral("mobile")
                                                          : QStringLiteral("23").contains(first) ? QStringLiteral("fixed")
                                                                                                   : QStringLiteral("other"));
        }
        add(p);
        i = end;
    }
}

} // namespace

QString kindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Address: return QStringLiteral("address");
    case IndicatorKind::TxHash: return QStringLiteral("tx_hash");
    case IndicatorKind::Url: return QStringLiteral("url");
    case IndicatorKind::Domain: return QStringLiteral("domain");
    case IndicatorKind::Email: return QStringLiteral("email");
    case IndicatorKind::Phone: return QStringLiteral("phone");
    case IndicatorKind::Ens: return QStringLiteral("ens");
    }
    return {};
}

bool solanaMentionedNear(const QString &text, qsizetype offset, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, offset - 200);
    const qsizetype to = std::min<qsizetype>(text.size(), offset + length + 200);
    const QStringView window = QStringView(text).mid(from, to - from);
    static const char16_t *const cjk[] = {u"索拉納", u"索拉纳"};
    for (const char16_t *k : cjk)
        if (window.contains(QStringView(k)))
            return true;
    static const QLatin1StringView words[] = {QLatin1StringView("solana"), QLatin1StringView("sol"), QLatin1StringView("spl"),
                                              QLatin1StringView("phantom"), QLatin1StringView("solflare"),
                                              QLatin1StringView("solscan")};
    for (QLatin1StringView w : words) {
        qsizetype pos = 0;
        while ((pos = window.indexOf(w, pos, Qt::CaseInsensitive)) >= 0) {
            const bool startOk = pos == 0 || !window[pos - 1].isLetterOrNumber() || window[pos - 1].unicode() >= 0x2E80;
            const qsizetype endPos = pos + w.size();
            const bool endOk = endPos >= window.size() || !window[endPos].isLetterOrNumber() || window[endPos].unicode() >= 0x2E80;
            // The candidate itself may contain "sol": only whole words outside it count.
            const qsizetype abs = from + pos;
            const bool inside = abs >= offset && abs < offset + length;
            if (startOk && endOk && !inside)
                return true;
            pos = endPos;
        }
    }
    return false;
}

QList<Indicator> extractIndicators(const QString &text)
{
    return Extractor(text).run();
}

void matchWatchlist(QList<Indicator> *indicators, const Watchlist &watchlist)
{
    if (indicators->isEmpty() || watchlist.count() == 0)
        return; // nothing to ask thousands of times
    for (Indicator &indicator : *indicators) {
        QList<WatchlistEntry> found;
        auto domainAndParents = [&](const QString &host) {
            QString h = canonicalDomain(host);
            const QString registrable = registrableDomain(h);
            while (!h.isEmpty()) {
                found += watchlist.find(QStringLiteral("domain"), h);
                if (h == registrable)
                    break;
                const qsizetype dot = h.indexOf(QLatin1Char('.'));
                if (dot < 0)
                    break;
                h = h.mid(dot + 1);
            }
        };
        switch (indicator.kind) {
        case IndicatorKind::Address:
            found = watchlist.find(QStringLiteral("address"), indicator.canonical);
            break;
        case IndicatorKind::TxHash:
            found = watchlist.find(QStringLiteral("tx_hash"), indicator.canonical);
            break;
        case IndicatorKind::Ens:
            found = watchlist.find(QStringLiteral("ens"), indicator.canonical);
            break;
        case IndicatorKind::Phone:
            found = watchlist.find(QStringLiteral("phone"), indicator.canonical);
            break;
        case IndicatorKind::Email:
            found = watchlist.find(QStringLiteral("email"), indicator.canonical);
            domainAndParents(indicator.canonical.section(QLatin1Char('@'), -1));
            break;
        case IndicatorKind::Url: {
            found = watchlist.find(QStringLiteral("url"), indicator.canonical);
            const QString host = indicator.details.value(QStringLiteral("host")).toString();
            if (!isIpv4(host))
                domainAndParents(host);
            break;
        }
        case IndicatorKind::Domain:
            domainAndParents(indicator.canonical);
            break;
        }
        if (found.isEmpty())
            continue;
        indicator.watchlist = found;
        applyWatchlistGuidance(&indicator);
    }
}

QJsonObject toJson(const Indicator &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(i.kind));
    o.insert(QStringLiteral("value"), i.value);
    o.insert(QStringLiteral("canonical"), i.canonical);
    if (!i.chains.isEmpty()) {
        if (i.chains.size() == 1)
            o.insert(QStringLiteral("chain"), i.chains.first());
        else
            o.insert(QStringLiteral("chain"), QJsonArray::fromStringList(i.chains));
    }
    if (!i.format.isEmpty())
        o.insert(QStringLiteral("format"), i.format);
    if (!i.network.isEmpty())
        o.insert(QStringLiteral("network"), i.network);
    o.insert(QStringLiteral("valid"), i.valid);
    if (!i.valid)
        o.insert(QStringLiteral("reason"), i.reason);
    o.insert(QStringLiteral("explanation"), i.explanation);
    if (!i.explorer.isEmpty())
        o.insert(QStringLiteral("explorer"), i.explorer);
    if (!i.freezeIssuers.isEmpty())
        o.insert(QStringLiteral("freeze_issuers"), QJsonArray::fromStringList(i.freezeIssuers));
    o.insert(QStringLiteral("next_steps"), QJsonArray::fromStringList(i.nextSteps));
    if (!i.destinationTag.isEmpty())
        o.insert(QStringLiteral("destination_tag"), i.destinationTag);
    if (i.lookalike) {
        QJsonObject l{{QStringLiteral("of"), i.lookalike->target},
                      {QStringLiteral("name"), i.lookalike->targetName},
                      {QStringLiteral("codes"), QJsonArray::fromStringList(i.lookalike->codes)},
                      {QStringLiteral("reasons"), QJsonArray::fromStringList(i.lookalike->reasons)}};
        o.insert(QStringLiteral("lookalike"), l);
    }
    QJsonArray matches;
    for (const WatchlistEntry &w : i.watchlist)
        matches.append(QJsonObject{{QStringLiteral("value"), w.value},
                                   {QStringLiteral("kind"), w.kind},
                                   {QStringLiteral("source"), w.source},
                                   {QStringLiteral("category"), w.category},
                                   {QStringLiteral("date"), w.date},
                                   {QStringLiteral("note"), w.note}});
    o.insert(QStringLiteral("watchlist"), matches);
    o.insert(QStringLiteral("offset"), qint64(i.offset));
    o.insert(QStringLiteral("occurrences"), i.occurrences);
    if (!i.details.isEmpty())
        o.insert(QStringLiteral("details"), i.details);
    return o;
}

QJsonArray toJson(const QList<Indicator> &indicators)
{
    QJsonArray a;
    for (const Indicator &i : indicators)
        a.append(toJson(i));
    return a;
}

} // namespace cca::reference
