#include "tracing/ledger.h"

#include <QHash>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace cca::tracing {

QMap<int, qint64> endBalances(const TraceGraph &g, int address)
{
    QMap<int, qint64> perAsset;
    for (const TraceGraph::Output &out : g.outputs())
        if (out.address == address && out.spentBy < 0)
            perAsset[g.nativeAsset(g.transactions()[size_t(out.tx)].chain)] += out.value;
    for (const TraceGraph::Pot &pot : g.pots())
        if (pot.address == address)
            perAsset[pot.asset] += pot.opening;
    for (const TraceGraph::Transfer &t : g.transfers()) {
        if (t.to == address)
            perAsset[t.asset] += t.value;
        if (t.from == address) {
            perAsset[t.asset] -= t.value;
            perAsset[g.nativeAsset(g.assets()[size_t(t.asset)].chain)] -= t.fee;
        }
    }
    return perAsset;
}

QString formatAmount(const TraceGraph &g, qint64 baseUnits, int asset)
{
    QString symbol;
    int decimals = 0;
    if (asset >= 0 && size_t(asset) < g.assets().size()) {
        const QString id = g.assets()[size_t(asset)].id;
        if (const Chain *c = g.caseFile().chain(id)) {
            symbol = c->symbol;
            decimals = c->decimals;
        } else if (const Token *t = g.caseFile().token(id)) {
            symbol = t->symbol;
            decimals = t->decimals;
        }
    }
    const qint64 scale = qint64(std::pow(10, decimals));
    QString text = QLocale().toString(qlonglong(baseUnits / scale));
    if (baseUnits < 0 && baseUnits / scale == 0)
        text.prepend(QLocale().negativeSign());
    if (decimals > 0) {
        QString fraction = QStringLiteral("%1").arg(std::llabs(baseUnits % scale), decimals, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        if (!fraction.isEmpty())
            text += QLocale().decimalPoint() + fraction;
    }
    return symbol.isEmpty() ? text : text + QLatin1Char(' ') + symbol;
}

namespace {
QString key(const QString &address)
{
    // EVM addresses are the same in any letter case (EIP-55 only adds a checksum).
    return address.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive) ? address.toLower() : address;
}
} // namespace

QList<Holding> findHoldings(const QList<const TraceGraph *> &graphs, const QStringList &addresses)
{
    QHash<QString, int> wanted; // key -> order in `addresses`
    for (int i = 0; i < addresses.size(); ++i)
        wanted.insert(key(addresses[i]), i);
    QList<Holding> out;
    for (const TraceGraph *g : graphs) {
        QMap<int, int> found; // order -> address id
        for (size_t a = 0; a < g->addresses().size(); ++a)
            if (const auto it = wanted.constFind(key(g->addressText(int(a)))); it != wanted.cend())
                found.insert(it.value(), int(a));
        for (const int a : std::as_const(found)) {
            const CaseFile &c = g->caseFile();
            const TraceGraph::Address &address = g->addresses()[size_t(a)];
            Holding h;
            h.caseId = c.id;
            h.caseTitle = c.title;
            h.chainName = c.chains.value(address.chain).name;
            h.address = g->addressText(a);
            QStringList amounts;
            const QMap<int, qint64> balances = endBalances(*g, a);
            for (auto it = balances.cbegin(); it != balances.cend(); ++it)
                if (it.value() != 0) {
                    amounts << formatAmount(*g, it.value(), it.key());
                    h.holds = true;
                }
            h.amounts = amounts.isEmpty() ? formatAmount(*g, 0, g->nativeAsset(address.chain)) : amounts.join(QStringLiteral(", "));
            out << h;
        }
    }
    return out;
}

} // namespace cca::tracing
