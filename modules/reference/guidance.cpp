#include "reference/guidance.h"

#include "reference/addresses.h"
#include "reference/indicators.h"

#include <QCoreApplication>

namespace cca::reference {

namespace {


QString joinChains(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << chainDisplayName(id);
    return names.join(QCoreApplication::translate("cca::reference::Indicators", " or "));
}

QString addressExplanation(const Indicator &a)
{
    const QString chain = a.chains.value(0);
    const QString &f = a.format;
    QString text;
    if (chain == QLatin1String(chains::Ethereum)) {
        const QString checksum = a.details.value(QStringLiteral("checksum")).toString();
        if (checksum == QLatin1String("valid"))
            text = QCoreApplication::translate("cca::reference::Indicators", "An Ethereum-style (EVM) address with a valid EIP-55 checksum (its mixed upper and lower case "
                      "protects against typos).");
        else if (checksum == QLatin1String("none"))
            text = QCoreApplication::translate("cca::reference::Indicators", "An Ethereum-style (EVM) address written in one case only, so it carries no EIP-55 checksum and "
                      "a typo in it would not be noticed.");
        else if (checksum == QLatin1String("invalid"))
            text = QCoreApplication::translate("cca::reference::Indicators", "An Ethereum-style (EVM) address whose mixed upper and lower case does not match the EIP-55 "
                      "checksum.");
        else
            text = QCoreApplication::translate("cca::reference::Indicators", "Something written like an Ethereum-style (EVM) address (0x and hexadecimal digits), but not a "
                      "complete one.");
        text += QLatin1Char(' ')
                + QCoreApplication::translate("cca::reference::Indicators", "The same address exists on every EVM chain (Ethereum, BNB Chain, Polygon, Arbitrum, Base and "
                     "others) and may hold funds on several of them: check each chain the case may involve.");
        return text;
    }
    if (chain == QLatin1String(chains::Tron))
        return QCoreApplication::translate("cca::reference::Indicators", "A TRON address (Base58Check, version byte 0x41, starts with T). USDT on TRON (TRC-20) is among the "
                  "stablecoins most used in scams and laundering.");
    if (chain == QLatin1String(chains::Xrp))
        return f == QLatin1String("x-address")
                   ? QCoreApplication::translate("cca::reference::Indicators", "An XRP Ledger X-address: the account address and the destination tag packed into one string.")
                   : QCoreApplication::translate("cca::reference::Indicators", "An XRP Ledger account address (starts with r, Base58Check with the XRP Ledger's own alphabet). "
                        "Exchanges receive many customers' deposits on one address and tell them apart by a destination "
                        "tag, so the tag matters as much as the address.");
    if (chain == QLatin1String(chains::Solana))
        return QCoreApplication::translate("cca::reference::Indicators", "A Solana account address (a 32-byte public key in Base58). Solana addresses carry no checksum, so a typo "
                  "cannot be detected; it is reported because the text mentions Solana.");
    if (chain == QLatin1String(chains::Monero)) {
        QString kind = f == QLatin1String("monero-subaddress")   ? QCoreApplication::translate("cca::reference::Indicators", "a subaddress, starts with 8 on the main network")
                       : f == QLatin1String("monero-integrated") ? QCoreApplication::translate("cca::reference::Indicators", "an integrated address: address and payment ID in one")
                                                                  : QCoreApplication::translate("cca::reference::Indicators", "a standard address, starts with 4 on the main network");
        return QCoreApplication::translate("cca::reference::Indicators", "A Monero address (%1). Monero is a privacy coin: senders, receivers and amounts are hidden on its "
                  "blockchain (ring signatures, one-time stealth addresses, confidential amounts), so the address cannot "
                  "be followed on an explorer. Tracing works at the edges instead: where funds were swapped into or out "
                  "of Monero (exchanges, swap services), which can be asked for their records.")
            .arg(kind);
    }
    if (chain == QLatin1String(chains::BitcoinCash)) {
        const QString type = a.details.value(QStringLiteral("script_type")).toString();
        return QCoreApplication::translate("cca::reference::Indicators", "A Bitcoin Cash address in CashAddr format (%1; the bitcoincash: prefix may be left out, it is still "
                  "part of the checksum). Bitcoin Cash split from Bitcoin in 2017; its coins are separate.")
            .arg(type == QLatin1String("p2sh") ? QCoreApplication::translate("cca::reference::Indicators", "script address, starts with p") : QCoreApplication::translate("cca::reference::Indicators", "key address, starts with q"));
    }
    QString form;
    if (f == QLatin1String("p2pkh"))
        form = QCoreApplication::translate("cca::reference::Indicators", "a legacy pay-to-public-key-hash address (P2PKH)");
    else if (f == QLatin1String("p2sh"))
        form = QCoreApplication::translate("cca::reference::Indicators", "a pay-to-script-hash address (P2SH), often a multi-signature or wrapped SegWit wallet");
    else if (f == QLatin1String("p2wpkh"))
        form = QCoreApplication::translate("cca::reference::Indicators", "a native SegWit version 0 key address (P2WPKH, Bech32)");
    else if (f == QLatin1String("p2wsh"))
        form = QCoreApplication::translate("cca::reference::Indicators", "a native SegWit version 0 script address (P2WSH, Bech32), often a multi-signature wallet");
    else if (f == QLatin1String("p2tr"))
        form = QCoreApplication::translate("cca::reference::Indicators", "a Taproot address (SegWit version 1, Bech32m)");
    else if (f.startsWith(QLatin1String("segwit-v")))
        form = QCoreApplication::translate("cca::reference::Indicators", "a SegWit address of a version no wallet uses yet (Bech32m); no genuine service would hand one out");
    else
        form = QCoreApplication::translate("cca::reference::Indicators", "an address");
    if (a.chains.size() > 1)
        text = QCoreApplication::translate("cca::reference::Indicators", "An address that is valid on %1: %2. The same form is used by both, so check both chains' explorers.")
                   .arg(joinChains(a.chains), form);
    else
        text = QCoreApplication::translate("cca::reference::Indicators", "A %1 address: %2.").arg(chainDisplayName(chain), form);
    if (chain == QLatin1String(chains::Bitcoin) && f == QLatin1String("p2pkh"))
        text += QLatin1Char(' ') + QCoreApplication::translate("cca::reference::Indicators", "Bitcoin Cash also accepts this legacy form.");
    return text;
}

void addressSteps(Indicator *a)
{
    QStringList &steps = a->nextSteps;
    if (!a->valid) {
        steps << QCoreApplication::translate("cca::reference::Indicators", "Do not send anything to it and do not search for it as written: ask for the original message or a "
                    "screenshot and copy the address exactly.");
        const QString fixed = a->details.value(QStringLiteral("checksummed_form")).toString();
        if (!fixed.isEmpty())
            steps << QCoreApplication::translate("cca::reference::Indicators", "If the letters' case was changed by hand or by a program, the intended address may be %1; confirm it "
                        "with the source before relying on it.")
                         .arg(fixed);
    }
    if (a->network == QLatin1String("testnet") || a->network == QLatin1String("regtest") || a->network == QLatin1String("stagenet"))
        steps << QCoreApplication::translate("cca::reference::Indicators", "This is a test-network address: test coins have no value. A 'payment' to it is not a real payment.");
    if (!a->explorer.isEmpty())
        steps << QCoreApplication::translate("cca::reference::Indicators", "When online, look it up on %1: balance, transactions, first and last activity, and any label the "
                    "explorer shows.")
                     .arg(a->explorer);
    for (const QString &issuer : a->freezeIssuers)
        steps << issuer;
    if (a->chains.contains(QLatin1String(chains::Monero)))
        steps << QCoreApplication::translate("cca::reference::Indicators", "Ask the victim how they bought or sent the Monero (which exchange or swap service) and send that "
                    "service a preservation request: that is where the trail can be picked up.");
    else
        steps << QCoreApplication::translate("cca::reference::Indicators", "If an explorer or the case labels it as an exchange's address, send that exchange a preservation request "
                    "at once (and a freeze or disclosure request with the legal authority needed) through its law-enforcement "
                    "channel.");
    if (a->chains.contains(QLatin1String(chains::Xrp))) {
        if (a->destinationTag.isEmpty())
            steps << QCoreApplication::translate("cca::reference::Indicators", "Ask for the destination tag (or memo) used with this address: without it an exchange cannot tell "
                        "which customer received the funds.");
        else
            steps << QCoreApplication::translate("cca::reference::Indicators", "Quote the destination tag %1 in any request to an exchange: it identifies the customer account.")
                         .arg(a->destinationTag);
    }
    if (a->details.contains(QStringLiteral("lookalike_addresses")))
        steps << QCoreApplication::translate("cca::reference::Indicators", "Another address in this text looks like this one (same start and end): check which one the victim "
                    "really meant to pay; a look-alike is the mark of address poisoning.");
    steps << QCoreApplication::translate("cca::reference::Indicators", "Record it exactly as written, with the chain, the amounts and the times (UTC) of the transfers.");
}

} // namespace

QString chainDisplayName(const QString &id)
{
    if (id == QLatin1String(chains::Bitcoin)) return QCoreApplication::translate("cca::reference::Indicators", "Bitcoin");
    if (id == QLatin1String(chains::Ethereum)) return QCoreApplication::translate("cca::reference::Indicators", "Ethereum and other EVM chains");
    if (id == QLatin1String(chains::Tron)) return QCoreApplication::translate("cca::reference::Indicators", "TRON");
    if (id == QLatin1String(chains::Litecoin)) return QCoreApplication::translate("cca::reference::Indicators", "Litecoin");
    if (id == QLatin1String(chains::BitcoinCash)) return QCoreApplication::translate("cca::reference::Indicators", "Bitcoin Cash");
    if (id == QLatin1String(chains::Dogecoin)) return QCoreApplication::translate("cca::reference::Indicators", "Dogecoin");
    if (id == QLatin1String(chains::Xrp)) return QCoreApplication::translate("cca::reference::Indicators", "XRP Ledger");
    if (id == QLatin1String(chains::Solana)) return QCoreApplication::translate("cca::reference::Indicators", "Solana");
    if (id == QLatin1String(chains::Monero)) return QCoreApplication::translate("cca::reference::Indicators", "Monero");
    return id;
}

QString explorerFor(const QString &id)
{
    if (id == QLatin1String(chains::Bitcoin)) return QCoreApplication::translate("cca::reference::Indicators", "a Bitcoin block explorer");
    if (id == QLatin1String(chains::Ethereum))
        return QCoreApplication::translate("cca::reference::Indicators", "an Etherscan-type explorer (Etherscan for Ethereum; BscScan, PolygonScan, Arbiscan and the like for the other "
                  "EVM chains)");
    if (id == QLatin1String(chains::Tron)) return QCoreApplication::translate("cca::reference::Indicators", "Tronscan (the TRON explorer)");
    if (id == QLatin1String(chains::Litecoin)) return QCoreApplication::translate("cca::reference::Indicators", "a Litecoin block explorer");
    if (id == QLatin1String(chains::BitcoinCash)) return QCoreApplication::translate("cca::reference::Indicators", "a Bitcoin Cash block explorer");
    if (id == QLatin1String(chains::Dogecoin)) return QCoreApplication::translate("cca::reference::Indicators", "a Dogecoin block explorer");
    if (id == QLatin1String(chains::Xrp)) return QCoreApplication::translate("cca::reference::Indicators", "an XRP Ledger explorer");
    if (id == QLatin1String(chains::Solana)) return QCoreApplication::translate("cca::reference::Indicators", "a Solana explorer (such as Solscan)");
    if (id == QLatin1String(chains::Monero))
        return QCoreApplication::translate("cca::reference::Indicators", "a Monero block explorer (it shows that transactions exist, not who paid whom or how much)");
    return {};
}

QStringList freezeIssuersFor(const QString &id)
{
    if (id == QLatin1String(chains::Ethereum))
        return {QCoreApplication::translate("cca::reference::Indicators", "USDT on Ethereum and the other EVM chains can be frozen by its issuer Tether, and USDC by Circle: send a "
                   "freeze request quickly if the address holds them.")};
    if (id == QLatin1String(chains::Tron))
        return {QCoreApplication::translate("cca::reference::Indicators", "USDT on TRON can be frozen by its issuer Tether: send a freeze request quickly if the address holds it.")};
    if (id == QLatin1String(chains::Solana))
        return {QCoreApplication::translate("cca::reference::Indicators", "USDT and USDC on Solana can be frozen by their issuers, Tether and Circle: send a freeze request quickly if "
                   "the address holds them.")};
    if (id == QLatin1String(chains::Xrp))
        return {QCoreApplication::translate("cca::reference::Indicators", "XRP itself cannot be frozen by anyone; tokens issued on the XRP Ledger can be frozen by their issuer if the "
                   "issuer enabled freezing.")};
    if (id.isEmpty())
        return {};
    return {QCoreApplication::translate("cca::reference::Indicators", "No issuer can freeze %1's own coin: only an exchange or custodian that holds the funds can stop them.")
                .arg(chainDisplayName(id))};
}

void applyGuidance(Indicator *i)
{
    i->nextSteps.clear();
    i->freezeIssuers.clear();
    switch (i->kind) {
    case IndicatorKind::Address: {
        i->explanation = addressExplanation(*i);
        QStringList explorers;
        for (const QString &c : i->chains)
            explorers << explorerFor(c);
        i->explorer = explorers.join(QCoreApplication::translate("cca::reference::Indicators", ", or "));
        for (const QString &c : i->chains)
            for (const QString &f : freezeIssuersFor(c))
                if (!i->freezeIssuers.contains(f))
                    i->freezeIssuers << f;
        addressSteps(i);
        break;
    }
    case IndicatorKind::TxHash:
        i->explanation = QCoreApplication::translate("cca::reference::Indicators", "A transaction hash (transaction ID): 64 hexadecimal digits. EVM chains (Ethereum, BNB Chain, "
                            "Polygon…) write it with 0x; Bitcoin, Litecoin, Bitcoin Cash, Dogecoin, TRON, the XRP Ledger and "
                            "Monero write it without. The same form fits several chains, so find out which one was used.");
        i->explorer = i->format == QLatin1String("0x-hex") ? QCoreApplication::translate("cca::reference::Indicators", "an Etherscan-type explorer (or Tronscan without the 0x)")
                                                            : QCoreApplication::translate("cca::reference::Indicators", "the explorer of the chain that was used (a Bitcoin block "
                                                                 "explorer, Tronscan, an XRP Ledger explorer…)");
        i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "When online, search it on %1: it shows sender, receiver, amount, token and time.").arg(i->explorer)
                     << QCoreApplication::translate("cca::reference::Indicators", "Follow the funds from the receiving address to the first exchange or stablecoin issuer and send "
                           "them a preservation or freeze request.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Record the hash with the chain, the amount and the time (UTC).");
        break;
    case IndicatorKind::Url:
    case IndicatorKind::Domain: {
        const bool url = i->kind == IndicatorKind::Url;
        i->explanation = url ? QCoreApplication::translate("cca::reference::Indicators", "A web address. Scam sites copy the look of exchanges, wallets and investment platforms; "
                                  "the address is often the only clue.")
                             : QCoreApplication::translate("cca::reference::Indicators", "A domain name (a website's name).");
        const QString official = i->details.value(QStringLiteral("official_site")).toString();
        if (!official.isEmpty())
            i->explanation += QLatin1Char(' ') + QCoreApplication::translate("cca::reference::Indicators", "It belongs to %1, a well-known service; if the case involves it, %1 can "
                                                    "receive preservation and disclosure requests.")
                                                     .arg(official);
        if (i->details.contains(QStringLiteral("host_unicode")) || i->details.contains(QStringLiteral("unicode")))
            i->explanation += QLatin1Char(' ') + QCoreApplication::translate("cca::reference::Indicators", "It is an international name written in punycode (xn--); it reads as %1.")
                                                     .arg(i->details.value(QStringLiteral("host_unicode"))
                                                              .toString(i->details.value(QStringLiteral("unicode")).toString()));
        if (i->lookalike) {
            i->explanation += QLatin1Char(' ') + QCoreApplication::translate("cca::reference::Indicators", "Warning: it looks like a well-known site but is not.");
            for (const QString &r : i->lookalike->reasons)
                i->explanation += QLatin1Char(' ') + r;
            i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "Treat it as a phishing site: do not open it on a work device, log in, or connect a wallet.");
        }
        i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "Preserve it: a screenshot showing the full address and the time, and an archived copy if policy "
                           "allows.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Look up who registered and hosts the domain (WHOIS/RDAP) and ask the registrar and host to preserve "
                           "records and take the site down.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Check it against Scameter (防騙視伏器) and report it so others are warned.");
        break;
    }
    case IndicatorKind::Email:
        i->explanation = QCoreApplication::translate("cca::reference::Indicators", "An e-mail address.");
        if (i->lookalike) {
            i->explanation += QLatin1Char(' ') + QCoreApplication::translate("cca::reference::Indicators", "Warning: its domain imitates a well-known service.");
            for (const QString &r : i->lookalike->reasons)
                i->explanation += QLatin1Char(' ') + r;
        }
        i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "Keep the original messages with their full headers (they show the sending servers).")
                     << QCoreApplication::translate("cca::reference::Indicators", "Ask the mail provider to preserve the account and its sign-in records, then to disclose them with "
                           "the legal authority needed.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Check it against Scameter (防騙視伏器).");
        break;
    case IndicatorKind::Phone: {
        const QString line = i->details.value(QStringLiteral("line_type")).toString();
        i->explanation = i->format == QLatin1String("hong-kong-local")
                             ? (line == QLatin1String("mobile") ? QCoreApplication::translate("cca::reference::Indicators", "A Hong Kong mobile number (8 digits, +852).")
                                                                : QCoreApplication::translate("cca::reference::Indicators", "A Hong Kong fixed-line number (8 digits, +852)."))
                             : QCoreApplication::translate("cca::reference::Indicators", "An international phone number (%1).").arg(i->canonical);
        i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "Check it with Scameter (防騙視伏器) or the Anti-Scam Helpline 18222.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Ask the telecom operator, and any messaging app used with it (WhatsApp, Telegram, WeChat), to "
                           "preserve subscriber and usage records.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Warn the victim that callers can fake a displayed number, and that real police never ask for "
                           "money or crypto to 'recover' funds.");
        break;
    }
    case IndicatorKind::Ens:
        i->explanation = QCoreApplication::translate("cca::reference::Indicators", "An ENS name (Ethereum Name Service): a readable name that points to an Ethereum address. Its owner "
                            "can point it elsewhere at any time.");
        i->explorer = explorerFor(QLatin1String(chains::Ethereum));
        i->nextSteps << QCoreApplication::translate("cca::reference::Indicators", "When online, resolve it on an Etherscan-type explorer or in the ENS app, and record the address it "
                           "points to and the time you checked.")
                     << QCoreApplication::translate("cca::reference::Indicators", "Then treat that address like any other EVM address (explorer, stablecoin freeze, exchange "
                           "preservation request).");
        break;
    }
}

void applyWatchlistGuidance(Indicator *i)
{
    QStringList sources;
    for (const WatchlistEntry &w : i->watchlist)
        if (!sources.contains(w.source))
            sources << w.source;
    i->nextSteps.prepend(QCoreApplication::translate("cca::reference::Indicators", "It is on a watchlist (%1): link this case to the earlier reports and contact the list's source "
                            "for what is known.")
                             .arg(sources.join(QStringLiteral(", "))));
}

} // namespace cca::reference
