#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Domain names in free text: shape checks, punycode (xn--) decoding, and look-alike detection
// against a built-in list of well-known exchange, wallet and explorer domains.
namespace cca::reference {

struct KnownDomain
{
    QString domain;       // registrable domain, e.g. "binance.com"
    QString name;         // "Binance"
    QString category;     // exchange, wallet, explorer, issuer
    QStringList alternates; // other official registrable domains (binance.us)
    bool genericName = false; // the name is an ordinary word ("crypto", "ledger"): no containment check
};

const QList<KnownDomain> &knownDomains();

struct LookAlike
{
    QString target;        // the genuine domain it imitates ("binance.com"); empty when none in particular
    QString targetName;    // "Binance"
    QStringList codes;     // homoglyph, confusable, extra-words, subdomain-trick, edit-distance, other-tld, mixed-script
    QStringList reasons;   // translated, one per code
};

struct DomainInfo
{
    QString host;          // lower case, as written (Unicode or ACE)
    QString ace;           // ASCII form (xn--… for international names)
    QString unicode;       // decoded form
    QString registrable;   // last two labels (three under a known second-level suffix), Unicode
    bool punycode = false; // written with xn-- labels
    std::optional<KnownDomain> official; // the host is, or is under, a listed genuine domain
    std::optional<LookAlike> lookalike;
};

// A host name: labels of letters, digits and hyphens (or non-ASCII letters), a real top-level
// domain (a list of common ones, any two-letter country code, or xn--). Not .eth (ENS).
bool isPlausibleDomain(QStringView host);
bool isIpv4(QStringView host);
DomainInfo analyseDomain(QStringView host);

// For comparisons: lower-case ACE form without a trailing dot; empty if it is not a host name.
QString canonicalDomain(QStringView host);
QString registrableDomain(const QString &host);

int editDistance(QStringView a, QStringView b); // Damerau-Levenshtein (optimal string alignment)
QString skeleton(QStringView label);            // confusables folded: "b1nаnce" -> "blnance"

} // namespace cca::reference
