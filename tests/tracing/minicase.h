#pragma once
// Small hand-made cases for the tracing tests: transactions and transfers by name, well-formed
// synthetic addresses by role, times one minute apart in the order written.
#include "tracing/addressformat.h"
#include "tracing/casefile.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>

#include <utility>
#include <vector>

namespace cca::tracing::test {

struct Out
{
    QString role;
    qint64 value;
    QString script = QStringLiteral("p2wpkh");
};

class MiniCase
{
public:
    MiniCase()
    {
        m_chains.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("tbtc")}, {QStringLiteral("name"), QStringLiteral("t")},
                                    {QStringLiteral("model"), QStringLiteral("utxo")}, {QStringLiteral("addressFormat"), QStringLiteral("bitcoin-testnet")},
                                    {QStringLiteral("symbol"), QStringLiteral("tBTC")}, {QStringLiteral("unit"), QStringLiteral("satoshi")},
                                    {QStringLiteral("decimals"), 8}});
    }

    void addAccountChain(const QString &id, const QString &format, const QString &unit)
    {
        m_chains.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("model"), QStringLiteral("account")},
                                    {QStringLiteral("addressFormat"), format}, {QStringLiteral("symbol"), id.toUpper()},
                                    {QStringLiteral("unit"), unit}, {QStringLiteral("decimals"), 6}});
        m_formats.emplace_back(id, format);
    }
    void addToken(const QString &id, const QString &chain)
    {
        m_tokens.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("chain"), chain}, {QStringLiteral("symbol"), QStringLiteral("USDT")},
                                    {QStringLiteral("contract"), address(chain, id + QStringLiteral("-contract"))},
                                    {QStringLiteral("unit"), QStringLiteral("micro-USDT")}, {QStringLiteral("decimals"), 6}});
    }

    static QString addr(const QString &role, const QString &script = QStringLiteral("p2wpkh"))
    {
        return addressformat::synthetic(QStringLiteral("bitcoin-testnet"), script, ("mini:" + role).toUtf8());
    }
    QString address(const QString &chain, const QString &role) const
    {
        if (chain == QLatin1String("tbtc"))
            return addr(role);
        for (const auto &[id, format] : m_formats)
            if (id == chain)
                return addressformat::synthetic(format, QString(), ("mini:" + chain + ":" + role).toUtf8());
        return {};
    }
    static QString txid(const QString &name)
    {
        return QString::fromLatin1(QCryptographicHash::hash(("mini-tx:" + name).toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    static QString ref(const QString &name, int vout) { return txid(name) + QLatin1Char(':') + QString::number(vout); }

    void tx(const QString &name, const std::vector<std::pair<QString, int>> &inputs, const std::vector<Out> &outputs)
    {
        QJsonArray in, out;
        for (const auto &[t, v] : inputs)
            in.append(QJsonObject{{QStringLiteral("txid"), txid(t)}, {QStringLiteral("vout"), v}});
        for (const Out &o : outputs)
            out.append(QJsonObject{{QStringLiteral("address"), addr(o.role, o.script)}, {QStringLiteral("value"), o.value},
                                   {QStringLiteral("script"), o.script}});
        QJsonObject t{{QStringLiteral("txid"), txid(name)}, {QStringLiteral("chain"), QStringLiteral("tbtc")}, {QStringLiteral("time"), nextTime()},
                      {QStringLiteral("inputs"), in}, {QStringLiteral("outputs"), out}};
        if (inputs.empty())
            t.insert(QStringLiteral("coinbase"), true);
        m_txs.append(t);
    }

    QString transfer(const QString &name, const QString &chain, const QString &from, const QString &to, const QString &asset, qint64 value)
    {
        m_transfers.append(QJsonObject{{QStringLiteral("id"), txid(name)}, {QStringLiteral("chain"), chain}, {QStringLiteral("time"), nextTime()},
                                       {QStringLiteral("from"), address(chain, from)}, {QStringLiteral("to"), address(chain, to)},
                                       {QStringLiteral("asset"), asset}, {QStringLiteral("value"), value}});
        return txid(name);
    }
    void opening(const QString &chain, const QString &role, const QString &asset, qint64 value)
    {
        m_balances.append(QJsonObject{{QStringLiteral("chain"), chain}, {QStringLiteral("address"), address(chain, role)},
                                      {QStringLiteral("asset"), asset}, {QStringLiteral("value"), value}});
    }
    void bridge(const QString &kind, const QString &deposit, const QString &release)
    {
        m_bridges.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("b%1").arg(m_bridges.size())}, {QStringLiteral("kind"), kind},
                                     {QStringLiteral("service"), QStringLiteral("Bridge")}, {QStringLiteral("deposit"), deposit},
                                     {QStringLiteral("release"), release}});
    }
    void tag(const QString &chain, const QString &role, const QString &label, const QString &category)
    {
        m_tags.append(QJsonObject{{QStringLiteral("chain"), chain}, {QStringLiteral("address"), address(chain, role)},
                                  {QStringLiteral("label"), label}, {QStringLiteral("category"), category},
                                  {QStringLiteral("source"), QStringLiteral("test")}, {QStringLiteral("confidence"), 90}});
    }
    void setSource(const QString &ref) { m_source = ref; }

    QByteArray json() const
    {
        const QJsonObject text{{QStringLiteral("en"), QStringLiteral("text")}};
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("tracing-case")}, {QStringLiteral("format"), 1}, {QStringLiteral("id"), QStringLiteral("mini")},
                      {QStringLiteral("title"), text}, {QStringLiteral("narrative"), text}, {QStringLiteral("chains"), m_chains},
                      {QStringLiteral("transactions"), m_txs}, {QStringLiteral("transfers"), m_transfers},
                      {QStringLiteral("openingBalances"), m_balances}, {QStringLiteral("tokens"), m_tokens},
                      {QStringLiteral("tags"), m_tags}, {QStringLiteral("bridges"), m_bridges},
                      {QStringLiteral("source"), QJsonObject{{QStringLiteral("ref"), m_source}, {QStringLiteral("note"), text}}},
                      {QStringLiteral("objectives"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("o")}, {QStringLiteral("question"), text},
                                                                            {QStringLiteral("answer"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("amount")},
                                                                                                                   {QStringLiteral("amount"), 1},
                                                                                                                   {QStringLiteral("asset"), QStringLiteral("tbtc")}}},
                                                                            {QStringLiteral("points"), 1}, {QStringLiteral("rubric"), text}}}},
                      {QStringLiteral("debrief"), text}};
        return QJsonDocument(o).toJson();
    }

    CaseFile load() const
    {
        CaseFile c = CaseFile::parse(json(), QStringLiteral("mini.json"), {QStringLiteral("en")});
        for (const Diagnostic &d : c.errors)
            ADD_FAILURE() << d.toString().toStdString();
        return c;
    }

private:
    QString nextTime()
    {
        return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * ++m_clock).toString(Qt::ISODate);
    }

    QJsonArray m_chains, m_txs, m_transfers, m_balances, m_tokens, m_tags, m_bridges;
    std::vector<std::pair<QString, QString>> m_formats;
    QString m_source;
    int m_clock = 0;
};

} // namespace cca::tracing::test
