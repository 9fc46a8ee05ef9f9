#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace cca::tracing {

// A tracing case as written in content/cases/*.json (docs/content-format.md, "Case files").
// Amounts are whole numbers in the base unit of their asset (satoshi, sun, the token's smallest
// unit); times are UTC milliseconds since the epoch.

enum class ChainModel { Utxo, Account };

struct Position
{
    int line = 0;
    int column = 0;
};

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
};

struct TxInput
{
    QString txid;
    int vout = 0;
    Position at;
};

struct TxOutput
{
    QString address;
    qint64 value = 0;
    QString script;      // p2pkh, p2sh, p2wpkh, p2wsh, p2tr
    Position at;
};

struct Transaction
{
    QString txid;
    QString chain;
    qint64 time = 0;
    bool coinbase = false;
    QList<TxInput> inputs;
    QList<TxOutput> outputs;
    Position at;
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
};

struct OpeningBalance
{
    QString chain;
    QString address;
    QString asset;
    qint64 value = 0;
    Position at;
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
};

struct CaseFile
{
    QString path;
    QString id;
    LocalizedText title;
    LocalizedText narrative;
    QList<Chain> chains;
    QList<Token> tokens;
    QList<Transaction> transactions;
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
    const Chain *chain(const QString &id) const;
    const Token *token(const QString &id) const;
    // Chain of an asset id (a chain id for its native coin, or a token id).
    QString assetChain(const QString &asset) const;
    QString assetUnit(const QString &asset) const;

    // Reads and validates one case file; every problem is in `errors` as file:line:column.
    static CaseFile load(const QString &path, const QStringList &requiredLanguages = {QStringLiteral("en"), QStringLiteral("zh-Hant")});
    static CaseFile parse(const QByteArray &utf8, const QString &path,
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
