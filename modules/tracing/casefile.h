#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "tracing/casetable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace cca::tracing {

// A tracing case as written in content/cases/*.json (docs/content-format.md, "Case files").
// Amounts are whole numbers in the base unit of their asset (satoshi, sun, the token's smallest
// unit); times are UTC milliseconds since the epoch.

enum class ChainModel { Utxo, Account };

struct Chain
{
    QString id;          // "btc", "tron", "eth"
    QString name;
    ChainModel model = ChainModel::Utxo;
    QString addressFormat; // see addressformat.h
    QString symbol;      // native coin: BTC, TRX, ETH
    QString unit;        // base unit of the native coin: satoshi, sun, gwei
    int decimals = 0;    // base units per coin = 10^decimals
    Position at;
    bool operator==(const Chain &) const = default;
};

struct Token
{
    QString id;          // "usdt-tron"
    QString chain;
    QString symbol;
    QString contract;
    QString unit;
    int decimals = 0;
    Position at;
    bool operator==(const Token &) const = default;
};

struct Transfer
{
    QString id;          // transaction hash, or hash:log-index for a token transfer
    QString chain;
    qint64 time = 0;
    QString from;
    QString to;
    QString asset;       // the chain id for the native coin, else a token id
    qint64 value = 0;
    qint64 fee = 0;      // native coin paid by `from`
    Position at;
    bool operator==(const Transfer &) const = default;
};

struct OpeningBalance
{
    QString chain;
    QString address;
    QString asset;
    qint64 value = 0;
    Position at;
    bool operator==(const OpeningBalance &) const = default;
};

// Modelled on GraphSense TagPacks: label, category, source, confidence (0-100), actor.
struct Tag
{
    QString chain;
    QString address;
    QString label;
    QString category;
    QString source;
    int confidence = 0;
    QString actor;
    Position at;
    bool operator==(const Tag &) const = default;
};

// Links a deposit on one chain (or in one asset) to a release on another: a bridge or a swap.
// Both ends are references: "txid:vout" for a UTXO output, a transfer id for a transfer.
struct Bridge
{
    QString id;
    QString kind;        // bridge | swap
    QString service;
    QString deposit;
    QString release;
    Position at;
    bool operator==(const Bridge &) const = default;
};

struct Objective
{
    QString id;
    LocalizedText question;
    QString answerKind;  // address | label | amount
    QString answer;      // address or label; the amount as a decimal number of base units
    QString answerAsset;
    qint64 tolerance = 0;
    int points = 0;
    LocalizedText rubric;
    Position at;
    bool operator==(const Objective &) const = default;
};

struct CaseFile
{
    QString path;
    QString id;
    LocalizedText title;
    LocalizedText narrative;
    QList<Chain> chains;
    QList<Token> tokens;
    TransactionTable transactions; // compact; reads like a QList<Transaction>
    QList<Transfer> transfers;
    QList<OpeningBalance> openingBalances;
    QList<Tag> tags;
    QList<Bridge> bridges;
    QString source;      // a reference: "txid:vout", a transfer id, or an address
    LocalizedText sourceNote;
    QList<Objective> objectives;
    LocalizedText debrief;
    Diagnostics errors;

    bool isValid() const { return errors.isEmpty(); }
    bool operator==(const CaseFile &) const = default;
    const Chain *chain(const QString &id) const;
    const Token *token(const QString &id) const;
    // Chain of an asset id (a chain id for its native coin, or a token id).
    QString assetChain(const QString &asset) const;
    QString assetUnit(const QString &asset) const;

    // Reads and validates one case file; every problem is in `errors` as file:line:column. The
    // file is read as a stream in chunks; when "chains" comes before "transactions" (as in every
    // bundled and generated case) each transaction is checked as it is read, straight into the
    // compact table, without a JSON tree (docs/content-format.md, "Case files").
    static CaseFile load(const QString &path, const QStringList &requiredLanguages = {QStringLiteral("en"), QStringLiteral("zh-Hant")});
    static CaseFile parse(const QByteArray &utf8, const QString &path,
                          const QStringList &requiredLanguages = {QStringLiteral("en"), QStringLiteral("zh-Hant")});
    // The same checks on a whole JSON tree (cca::parseJson) first: the reference reader the
    // streaming one is tested against; it needs several GB for a million transactions.
    static CaseFile parseTree(const QByteArray &utf8, const QString &path,
                              const QStringList &requiredLanguages = {QStringLiteral("en"), QStringLiteral("zh-Hant")});
    // Every *.json below `folder` that declares "kind": "tracing-case" (or one file).
    static QStringList findCaseFiles(const QString &path);
    static bool looksLikeCaseFile(const QString &file);
    static QString bundledFolder();
};

// Whether an officer's answer meets an objective: an address (EVM in any letter case), a service
// (the label or actor of a tag that carries the expected name; case, spacing and parenthesised
// notes such as "(fictional)" ignored), or an amount of base units within the tolerance.
bool answerMatches(const CaseFile &c, const Objective &objective, const QString &given);

// "2025-03-01T10:00:00Z" <-> UTC milliseconds.
QString formatTime(qint64 utcMs);

} // namespace cca::tracing
