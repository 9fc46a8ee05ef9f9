#include "reference/domains.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace cca::reference {

namespace {

const QSet<QString> &commonTlds()
{
    static const QSet<QString> tlds = [] {
        QSet<QString> s;
        const char *list[] = {"com", "net", "org", "info", "biz", "io", "app", "dev", "xyz", "top", "vip", "online", "site",
                              "shop", "store", "club", "live", "pro", "finance", "financial", "exchange", "money", "cash",
                              "capital", "fund", "trade", "trading", "market", "markets", "global", "world", "network", "tech",
                              "cloud", "link", "click", "win", "bet", "ltd", "group", "asia", "mobi", "name", "one", "today",
                              "space", "website", "fun", "icu", "cyou", "buzz", "sbs", "bond", "cfd", "lol", "plus", "support",
                              "services", "service", "help", "center", "digital", "wallet", "bank", "loan", "loans", "invest",
                              "investments", "tokens", "email", "agency", "company", "solutions", "systems", "media", "news",
                              "blog", "page", "art", "life", "best", "work", "works", "run", "guru", "ink", "host", "hosting",
                              "rest", "red", "gold", "vc", "gov", "edu", "int", "mil", "aero", "coop", "museum", "travel",
                              "jobs", "tel", "cat", "pub", "pw", "ws"};
        for (const char *t : list)
            s.insert(QLatin1String(t));
        return s;
    }();
    return tlds;
}

const QSet<QString> &secondLevelSuffixes()
{
    static const QSet<QString> s = [] {
        QSet<QString> out;
        const char *list[] = {"com.hk", "org.hk", "net.hk", "edu.hk", "gov.hk", "idv.hk", "co.uk", "org.uk", "com.cn", "net.cn",
                              "org.cn", "com.tw", "com.sg", "com.au", "co.jp", "co.kr", "com.my", "com.ph", "co.in", "com.br",
                              "co.nz", "co.za", "com.vn", "co.th", "co.id"};
        for (const char *t : list)
            out.insert(QLatin1String(t));
        return out;
    }();
    return s;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (QChar c : label) {
        if (isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('-'))
            continue;
        if (c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isMark()))
            continue;
        return false;
    }
    return true;
}

// Confusable characters folded to the Latin letter they imitate (a practical subset of Unicode's
// confusables.txt for the scripts seen in phishing domains: Cyrillic, Greek, Latin look-alikes).
QChar foldConfusable(QChar c)
{
    switch (c.unicode()) {
    // Cyrillic
    case 0x0430: return QLatin1Char('a');
    case 0x0435: return QLatin1Char('e');
    case 0x043E: return QLatin1Char('o');
    case 0x0440: return QLatin1Char('p');
    case 0x0441: return QLatin1Char('c');
    case 0x0443: return QLatin1Char('y');
    case 0x0445: return QLatin1Char('x');
    case 0x0456: return QLatin1Char('i');
    case 0x0458: return QLatin1Char('j');
    case 0x0455: return QLatin1Char('s');
    case 0x0501: return QLatin1Char('d');
    case 0x04BB: return QLatin1Char('h');
    case 0x04CF: return QLatin1Char('l');
    case 0x043A: return QLatin1Char('k');
    case 0x043C: return QLatin1Char('m');
    case 0x043D: return QLatin1Char('h');
    case 0x0442: return QLatin1Char('t');
    case 0x0432: return QLatin1Char('b');
    case 0x0491: return QLatin1Char('r');
    case 0x051B: return QLatin1Char('q');
    case 0x051D: return QLatin1Char('w');
    // Greek
    case 0x03B1: return QLatin1Char('a');
    case 0x03BF: return QLatin1Char('o');
    case 0x03C1: return QLatin1Char('p');
    case 0x03B9: return QLatin1Char('i');
    case 0x03BA: return QLatin1Char('k');
    case 0x03BD: return QLatin1Char('v');
    case 0x03C4: return QLatin1Char('t');
    case 0x03C5: return QLatin1Char('u');
    case 0x03C7: return QLatin1Char('x');
    case 0x03B5: return QLatin1Char('e');
    case 0x03B7: return QLatin1Char('n');
    // Latin look-alikes
    case 0x0131: return QLatin1Char('i'); // dotless i
    case 0x0269: return QLatin1Char('i');
    case 0x0261: return QLatin1Char('g');
    case 0x01C0: return QLatin1Char('l');
    case 0x0251: return QLatin1Char('a');
    default: return c;
    }
}

enum class Script { Latin, Cyrillic, Greek, Other, Neutral };

Script scriptOf(QChar c)
{
    if (isAsciiLetter(c))
        return Script::Latin;
    if (isAsciiDigit(c) || c == QLatin1Char('-'))
        return Script::Neutral;
    switch (c.script()) {
    case QChar::Script_Latin: return Script::Latin;
    case QChar::Script_Cyrillic: return Script::Cyrillic;
    case QChar::Script_Greek: return Script::Greek;
    case QChar::Script_Common:
    case QChar::Script_Inherited: return Script::Neutral;
    default: return Script::Other;
    }
}

QString toUnicodeHost(const QString &lowerHost)
{
    if (!lowerHost.contains(QLatin1String("xn--")))
        return lowerHost;
    return QUrl::fromAce(lowerHost.toLatin1(), QUrl::IgnoreIDNWhitelist).toLower();
}

QString toAceHost(const QString &lowerHost)
{
    bool ascii = true;
    for (QChar c : lowerHost)
        ascii &= c.unicode() < 0x80;
    if (ascii)
        return lowerHost;
    return QString::fromLatin1(QUrl::toAce(lowerHost, QUrl::IgnoreIDNWhitelist)).toLower();
}


void addReason(LookAlike *l, const QString &code, const QString &reason)
{
    if (l->codes.contains(code))
        return;
    l->codes << code;
    l->reasons << reason;
}

} // namespace

const QList<KnownDomain> &knownDomains()
{
    static const QList<KnownDomain> list = [] {
        auto d = [](const char *domain, const char *name, const char *category, QStringList alternates = {}, bool generic = false) {
            return KnownDomain{QLatin1String(domain), QLatin1String(name), QLatin1String(category), std::move(alternates), generic};
        };
        return QList<KnownDomain>{
            d("binance.com", "Binance", "exchange", {QStringLiteral("binance.us")}),
            d("coinbase.com", "Coinbase", "exchange"),
            d("kraken.com", "Kraken", "exchange"),
            d("okx.com", "OKX", "exchange"),
            d("bybit.com", "Bybit", "exchange"),
            d("crypto.com", "Crypto.com", "exchange", {}, true),
            d("hashkey.com", "HashKey", "exchange"),
            d("kucoin.com", "KuCoin", "exchange"),
            d("bitget.com", "Bitget", "exchange"),
            d("gate.io", "Gate", "exchange", {}, true),
            d("htx.com", "HTX", "exchange"),
            d("huobi.com", "Huobi", "exchange"),
            d("bitfinex.com", "Bitfinex", "exchange"),
            d("gemini.com", "Gemini", "exchange", {}, true),
            d("bitstamp.net", "Bitstamp", "exchange"),
            d("upbit.com", "Upbit", "exchange"),
            d("mexc.com", "MEXC", "exchange"),
            d("osl.com", "OSL", "exchange"),
            d("metamask.io", "MetaMask", "wallet"),
            d("trustwallet.com", "Trust Wallet", "wallet"),
            d("ledger.com", "Ledger", "wallet", {}, true),
            d("trezor.io", "Trezor", "wallet"),
            d("phantom.app", "Phantom", "wallet", {}, true),
            d("exodus.com", "Exodus", "wallet", {}, true),
            d("tronlink.org", "TronLink", "wallet"),
            d("safepal.com", "SafePal", "wallet"),
            d("blockchain.com", "Blockchain.com", "explorer", {}, true),
            d("etherscan.io", "Etherscan", "explorer"),
            d("tronscan.org", "Tronscan", "explorer"),
            d("bscscan.com", "BscScan", "explorer"),
            d("polygonscan.com", "PolygonScan", "explorer"),
            d("solscan.io", "Solscan", "explorer"),
            d("blockchair.com", "Blockchair", "explorer"),
            d("mempool.space", "mempool.space", "explorer", {}, true),
            d("xrpscan.com", "XRPSCAN", "explorer"),
            d("tether.to", "Tether", "issuer"),
            d("circle.com", "Circle", "issuer", {}, true),
        };
    }();
    return list;
}

bool isIpv4(QStringView host)
{
    const auto parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (QStringView p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255 || p.isEmpty() || p.size() > 3)
            return false;
    }
    return true;
}

bool isPlausibleDomain(QStringView host)
{
    if (host.size() < 4 || host.size() > 253)
        return false;
    const qsizetype lastDot = host.lastIndexOf(QLatin1Char('.'));
    if (lastDot <= 0 || lastDot == host.size() - 1)
        return false;
    const QStringView tld = host.mid(lastDot + 1);
    if (tld.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
        if (tld.size() < 6)
            return false;
    } else {
        for (QChar c : tld)
            if (!isAsciiLetter(c))
                return false;
        if (tld.size() != 2 && !commonTlds().contains(tld.toString().toLower()))
            return false;
    }
    qsizetype start = 0;
    while (start <= lastDot) {
        qsizetype end = host.indexOf(QLatin1Char('.'), start);
        if (end < 0)
            end = host.size();
        if (!validLabel(host.mid(start, end - start)))
            return false;
        start = end + 1;
    }
    return true;
}

QString registrableDomain(const QString &host)
{
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return host;
    const QString lastTwo = labels[labels.size() - 2] + QLatin1Char('.') + labels.last();
    const int keep = secondLevelSuffixes().contains(lastTwo) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

QString canonicalDomain(QStringView host)
{
    QString h = host.trimmed().toString().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty())
        return {};
    return toAceHost(h);
}

int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

QString skeleton(QStringView label)
{
    const QString decomposed = label.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark() || c == QLatin1Char('-'))
            continue;
        QChar f = foldConfusable(c.toLower());
        switch (f.unicode()) {
        case '0': f = QLatin1Char('o'); break;
        case '1':
        case 'i':
        case '|': f = QLatin1Char('l'); break;
        case '3': f = QLatin1Char('e'); break;
        case '5': f = QLatin1Char('s'); break;
        default: break;
        }
        out += f;
    }
    out.replace(QLatin1String("rn"), QLatin1String("m"));
    out.replace(QLatin1String("vv"), QLatin1String("w"));
    return out;
}

DomainInfo analyseDomain(QStringView hostView)
{
    DomainInfo info;
    QString host = hostView.toString().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    info.host = host;
    info.punycode = host.startsWith(QLatin1String("xn--")) || host.contains(QLatin1String(".xn--"));
    info.unicode = toUnicodeHost(host);
    info.ace = toAceHost(info.unicode);
    info.registrable = registrableDomain(info.unicode);
    const QString registrableAce = registrableDomain(info.ace);

    for (const KnownDomain &k : knownDomains()) {
        if (registrableAce == k.domain || k.alternates.contains(registrableAce)) {
            info.official = k;
            return info;
        }
    }

    // The label that names the site (binance in binance-support.com) and what is left of the host.
    const QStringList labels = info.unicode.split(QLatin1Char('.'));
    const int registrableLabels = int(info.registrable.count(QLatin1Char('.'))) + 1;
    const QString siteLabel = labels.value(labels.size() - registrableLabels);
    const QStringList subLabels = labels.mid(0, labels.size() - registrableLabels);
    const QString siteSkeleton = skeleton(siteLabel);

    // Mixed alphabets inside one label.
    bool mixed = false;
    bool nonLatinLookalike = false;
    for (const QString &label : labels) {
        bool latin = false, cyrillic = false, greek = false;
        for (QChar c : label) {
            const Script s = scriptOf(c);
            latin |= s == Script::Latin;
            cyrillic |= s == Script::Cyrillic;
            greek |= s == Script::Greek;
            nonLatinLookalike |= foldConfusable(c) != c;
        }
        mixed |= (latin && (cyrillic || greek)) || (cyrillic && greek);
    }

    LookAlike look;
    for (const KnownDomain &k : knownDomains()) {
        const QString brandLabel = k.domain.section(QLatin1Char('.'), 0, 0);
        const QString brandSkeleton = skeleton(brandLabel);
        bool hit = false;
        if (siteLabel == brandLabel) {
            addReason(&look, QStringLiteral("other-tld"),
                      QCoreApplication::translate("cca::reference::Indicators", "It uses the name of %1 with a different ending; the genuine site is %2.").arg(k.name, k.domain));
            hit = true;
        } else if (siteSkeleton == brandSkeleton) {
            const bool homoglyph = info.punycode || nonLatinLookalike;
            addReason(&look, homoglyph ? QStringLiteral("homoglyph") : QStringLiteral("confusable"),
                      homoglyph ? QCoreApplication::translate("cca::reference::Indicators", "It imitates %1 with letters from another alphabet that look the same (an IDN homograph); "
                                     "the genuine site is %2.")
                                      .arg(k.name, k.domain)
                                : QCoreApplication::translate("cca::reference::Indicators", "It imitates %1 by swapping look-alike characters (such as 0 for o, 1 or I for l, rn for m); "
                                     "the genuine site is %2.")
                                      .arg(k.name, k.domain));
            hit = true;
        } else if (!k.genericName && brandSkeleton.size() >= 3) {
            const bool asToken = siteLabel.split(QLatin1Char('-')).contains(brandLabel);
            if ((brandSkeleton.size() >= 4 && siteSkeleton.contains(brandSkeleton)) || asToken) {
                addReason(&look, QStringLiteral("extra-words"),
                          QCoreApplication::translate("cca::reference::Indicators", "It adds words or hyphens to the name of %1 (like \"-support\" or \"-login\"); %1 uses only %2.")
                              .arg(k.name, k.domain));
                hit = true;
            }
        }
        if (!hit) {
            const int threshold = brandSkeleton.size() >= 7 ? 2 : brandSkeleton.size() >= 5 ? 1 : 0;
            if (threshold > 0 && std::abs(siteSkeleton.size() - brandSkeleton.size()) <= threshold
                && editDistance(siteSkeleton, brandSkeleton) <= threshold) {
                addReason(&look, QStringLiteral("edit-distance"),
                          QCoreApplication::translate("cca::reference::Indicators", "It differs from %1 by only one or two characters, a typical typo-squatting domain; the genuine "
                             "site is %2.")
                              .arg(k.name, k.domain));
                hit = true;
            }
        }
        if (!hit) {
            for (const QString &sub : subLabels) {
                if (sub == brandLabel || skeleton(sub) == brandSkeleton) {
                    addReason(&look, QStringLiteral("subdomain-trick"),
                              QCoreApplication::translate("cca::reference::Indicators", "It puts the name of %1 in front of an unrelated domain (%2), so the address starts like the "
                                 "genuine one.")
                                  .arg(k.name, info.registrable));
                    hit = true;
                    break;
                }
            }
        }
        if (hit && look.target.isEmpty()) {
            look.target = k.domain;
            look.targetName = k.name;
        }
    }
    if (mixed)
        addReason(&look, QStringLiteral("mixed-script"),
                  QCoreApplication::translate("cca::reference::Indicators", "It mixes letters from different alphabets (for example Latin and Cyrillic) in one name, which genuine "
                     "sites avoid."));
    if (!look.codes.isEmpty())
        info.lookalike = look;
    return info;
}

} // namespace cca::reference
