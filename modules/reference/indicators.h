#pragma once

#include "reference/domains.h"
#include "reference/watchlist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The indicator checker: every address, transaction hash, web address, domain, e-mail address,
// phone number and ENS name in a pasted chat message or payment instruction, classified,
// validated, explained, with what an officer can do next.
//
// Extraction rules worth knowing:
// - Tokens end at spaces, at CJK text and at punctuation (ASCII or Chinese: ，。：「」 and so on);
//   trailing full stops, commas, colons and brackets are not part of an indicator.
// - Solana addresses have no checksum and look like any Base58 word, so a 32-44 character Base58
//   string that decodes to exactly 32 bytes is reported as Solana only when the text within 200
//   characters of it names Solana (solana, sol, spl, phantom, solflare, solscan, 索拉納, 索拉纳) or it
//   is written as a solana: link. Otherwise it is not reported.
// - XRP destination tags are captured when they follow the address: "dt:123", "tag 123",
//   "destination tag: 123", "memo 123", "標籤：123", or ?dt=123 in a ripple: link.
// - Phone numbers: international (+ and 8 to 15 digits, spaces or hyphens between groups) and Hong
//   Kong local numbers (8 digits starting with 2, 3, 5, 6, 7 or 9, written 91234567 or 9123 4567).
//   Digits inside amounts (next to $, HK$, USDT, 元 or a decimal point), dates (20240315) and
//   references (order no., ID, account) are not phone numbers.
namespace cca::reference {

enum class IndicatorKind { Address, TxHash, Url, Domain, Email, Phone, Ens };
QString kindName(IndicatorKind kind); // address, tx_hash, url, domain, email, phone, ens

struct Indicator
{
    IndicatorKind kind = IndicatorKind::Address;
    QString value;          // as written
    QString canonical;      // the form used for watchlists and de-duplication
    qsizetype offset = -1;  // first occurrence in the text (UTF-16 code units)
    qsizetype length = 0;
    int occurrences = 1;
    QStringList chains;     // addresses, transaction hashes, ENS names
    QString format;
    QString network;        // addresses
    bool valid = true;
    QString reason;         // translated, when !valid
    QString explanation;    // translated
    QString explorer;       // translated: which explorer to use when online
    QStringList freezeIssuers; // translated: who can freeze a stablecoin on this chain
    QStringList nextSteps;  // translated
    QString destinationTag; // XRP
    QJsonObject details;    // decoded facts (see addresses.h, domains.h)
    std::optional<LookAlike> lookalike;
    QList<WatchlistEntry> watchlist;
};

QList<Indicator> extractIndicators(const QString &text);

// Flags indicators that appear on a watchlist (addresses canonically: EVM case-insensitive, Bech32
// lower case; domains case-insensitive, also for the host of a web address or e-mail address and
// for parent domains) and adds the matching next step.
void matchWatchlist(QList<Indicator> *indicators, const Watchlist &watchlist);

// Whether the text near [offset, offset + length) names Solana (the rule above).
bool solanaMentionedNear(const QString &text, qsizetype offset, qsizetype length);

QJsonObject toJson(const Indicator &indicator);
QJsonArray toJson(const QList<Indicator> &indicators);

} // namespace cca::reference
