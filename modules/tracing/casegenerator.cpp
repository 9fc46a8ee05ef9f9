#include "tracing/casegenerator.h"

#include "tracing/addressformat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace cca::tracing {

namespace {

// SplitMix64: small, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); } // inclusive
    bool chance(int percent) { return int(next() % 100) < percent; }

private:
    quint64 m_state;
};

const char *kScripts[] = {"p2wpkh", "p2pkh", "p2sh", "p2tr"};
constexpr qint64 kCoin = 100000000;
constexpr qint64 kSubsidy = 50 * kCoin;

struct Utxo
{
    int tx;
    int vout;
    qint64 value;
    int address;
};

struct Out
{
    int address;
    qint64 value;
};

class Builder
{
public:
    Builder(const GeneratorOptions &o, QIODevice &dev) : opt(o), rnd(o.seed ^ 0x43434121ULL), dev(dev) {}

    bool run(QString *error)
    {
        header();
        const int n = opt.transactions;
        exchanges = {{QStringLiteral("Harbour Exchange (synthetic)"), {}, newAddress(0), {}},
                     {QStringLiteral("Lantern Exchange (synthetic)"), {}, newAddress(0), {}}};
        for (Exchange &e : exchanges)
            for (int i = 0; i < 12; ++i)
                e.deposits.push_back(newAddress(0));
        for (int i = 0; i < 4; ++i)
            mixerAddresses.push_back(newAddress(0));
        victim = newAddress(1);
        scammer = newAddress(0);
        const int victimAt = std::max(6, n / 10);
        const int peelHops = 8;
        const int mixerAt = std::max(victimAt + peelHops * 3 + 4, n / 2);
        while (txCount < n) {
            const int remaining = n - txCount;
            if (!victimPaid && txCount >= victimAt && remaining > peelHops * 3 + 8) {
                victimPayment();
                victimPaid = true;
            } else if (pool.size() < 8 || txCount % 25 == 0) {
                coinbase();
            } else if (peelOutput >= 0 && peelDone < peelHops && txCount % 3 == 0 && remaining > 4) {
                peelHop(peelDone + 1 == peelHops);
            } else if (txCount >= mixerAt && !mixed && mixerDeposit.tx >= 0 && pool.size() >= 6 && remaining > 3) {
                mixer();
            } else if (txCount % 40 == 17 && sweepable() >= 2) {
                sweep();
            } else {
                background();
            }
            if (!flush(false)) {
                *error = dev.errorString();
                return false;
            }
        }
        footer();
        if (!flush(true)) {
            *error = dev.errorString();
            return false;
        }
        return true;
    }

private:
    struct Exchange
    {
        QString label;
        std::vector<int> deposits;
        int hot;
        std::vector<Utxo> pending; // unspent outputs at its deposit addresses, until the next sweep
    };

    int newAddress(int scriptIndex)
    {
        addressScript.push_back(quint8(scriptIndex));
        return int(addressScript.size()) - 1;
    }
    int freshAddress()
    {
        const quint64 r = rnd.next() % 10;
        return newAddress(r < 6 ? 0 : r < 8 ? 1 : r < 9 ? 2 : 3);
    }
    QString address(int id) const
    {
        return addressformat::synthetic(QStringLiteral("bitcoin-testnet"), QString::fromLatin1(kScripts[addressScript[size_t(id)]]),
                                        QByteArray("cca-generated|") + QByteArray::number(opt.seed) + "|address|" + QByteArray::number(id));
    }
    QByteArray txid(int tx) const
    {
        return QCryptographicHash::hash(QByteArray("cca-generated|") + QByteArray::number(opt.seed) + "|tx|" + QByteArray::number(tx),
                                        QCryptographicHash::Sha256).toHex();
    }
    QByteArray time() const
    {
        return QDateTime::fromSecsSinceEpoch(clock, Qt::UTC).toString(Qt::ISODate).toLatin1();
    }

    Utxo takeRandom()
    {
        const size_t i = size_t(rnd.next() % pool.size());
        const Utxo u = pool[i];
        pool[i] = pool.back();
        pool.pop_back();
        return u;
    }

    // Writes one transaction and adds its outputs to the pool (unless `keep` says otherwise).
    int emitTx(const std::vector<Utxo> &inputs, const std::vector<Out> &outputs, bool coinbase, std::vector<Utxo> *created = nullptr,
             bool toPool = true)
    {
        clock += rnd.range(30, 900);
        const int id = txCount++;
        QByteArray &b = buffer;
        b += first ? "\n    {" : ",\n    {";
        first = false;
        b += "\"txid\": \"" + txid(id) + "\", \"chain\": \"tbtc\", \"time\": \"" + time() + "\"";
        if (coinbase)
            b += ", \"coinbase\": true";
        b += ", \"inputs\": [";
        for (size_t i = 0; i < inputs.size(); ++i) {
            b += i ? ", " : "";
            b += "{\"txid\": \"" + txid(inputs[i].tx) + "\", \"vout\": " + QByteArray::number(inputs[i].vout) + "}";
        }
        b += "], \"outputs\": [";
        for (size_t i = 0; i < outputs.size(); ++i) {
            b += i ? ", " : "";
            b += "{\"address\": \"" + address(outputs[i].address).toLatin1() + "\", \"value\": " + QByteArray::number(outputs[i].value)
                 + ", \"script\": \"" + kScripts[addressScript[size_t(outputs[i].address)]] + "\"}";
            const Utxo u{id, int(i), outputs[i].value, outputs[i].address};
            used.resize(addressScript.size(), false);
            used[size_t(outputs[i].address)] = true;
            if (created)
                created->push_back(u);
            if (toPool)
                pool.push_back(u);
        }
        b += "]}";
        return id;
    }

    void coinbase()
    {
        emitTx({}, {{freshAddress(), kSubsidy}}, true);
    }

    qint64 fee() { return rnd.range(500, 5000); }

    void background()
    {
        std::vector<Utxo> in{takeRandom()};
        if (rnd.chance(30) && !pool.empty())
            in.push_back(takeRandom());
        qint64 total = 0;
        for (const Utxo &u : in)
            total += u.value;
        const qint64 f = fee();
        if (total <= f + 20000) { // dust: consolidate into one output
            emitTx(in, {{in.front().address, std::max<qint64>(1, total - std::min(f, total - 1))}}, false);
            return;
        }
        // A payment: round (a person choosing an amount) or odd; sometimes to an exchange deposit.
        qint64 pay = rnd.range(10000, std::max<qint64>(10001, (total - f) * 9 / 10));
        if (rnd.chance(50))
            pay = std::max<qint64>(100000, pay / 100000 * 100000);
        pay = std::min(pay, total - f - 1);
        int payee;
        int exchange = -1;
        if (rnd.chance(15)) {
            exchange = int(rnd.next() % exchanges.size());
            const Exchange &e = exchanges[size_t(exchange)];
            payee = e.deposits[size_t(rnd.next() % e.deposits.size())];
        } else if (rnd.chance(10) && !addressScript.empty()) {
            payee = int(rnd.next() % addressScript.size());
        } else {
            payee = freshAddress();
        }
        const qint64 change = total - f - pay;
        std::vector<Out> out{{payee, pay}};
        if (change > 0) {
            // Change in the spender's own script type, sometimes back to its own address.
            const int changeAddress = rnd.chance(10) ? in.front().address : newAddress(addressScript[size_t(in.front().address)]);
            out.insert(rnd.chance(50) ? out.begin() : out.end(), Out{changeAddress, change});
        }
        std::vector<Utxo> created;
        emitTx(in, out, false, &created, false);
        for (const Utxo &u : created)
            (exchange >= 0 && u.address == payee ? exchanges[size_t(exchange)].pending : pool).push_back(u);
    }

    void victimPayment()
    {
        // The victim buys coins at an exchange, receives them, then pays the "platform".
        size_t pick = pool.size();
        for (size_t i = 0; i < pool.size() && pick == pool.size(); ++i)
            if (pool[i].value >= 2 * kCoin)
                pick = i;
        if (pick == pool.size()) {
            coinbase();
            pick = pool.size() - 1;
        }
        const Utxo funds = pool[pick];
        pool[pick] = pool.back();
        pool.pop_back();
        std::vector<Utxo> toVictim;
        const qint64 bought = std::min<qint64>(funds.value - 10000, kCoin + kCoin / 2);
        std::vector<Out> out{{victim, bought}};
        if (funds.value - 10000 - bought > 0)
            out.push_back({newAddress(addressScript[size_t(funds.address)]), funds.value - 10000 - bought});
        emitTx({funds}, out, false, &toVictim, false);
        if (toVictim.size() > 1)
            pool.push_back(toVictim[1]);
        std::vector<Utxo> paid;
        const qint64 payment = kCoin;
        emitTx({toVictim[0]}, {{scammer, payment}, {newAddress(1), bought - payment - 2000}}, false, &paid, false);
        pool.push_back(paid[1]);
        source = txid(paid[0].tx) + ":0";
        peelOutput = 0;
        peel = paid[0];
    }

    void peelHop(bool last)
    {
        const qint64 f = 1500;
        if (last) {
            // The rest goes to a deposit address of the first exchange.
            const int deposit = exchanges[0].deposits[0];
            std::vector<Utxo> c;
            emitTx({peel}, {{deposit, peel.value - f}}, false, &c, false);
            exchanges[0].pending.push_back(c[0]);
            peelDone++;
            return;
        }
        const qint64 peelValue = std::max<qint64>(100000, peel.value * rnd.range(4, 9) / 100 / 100000 * 100000);
        int to;
        if (peelDone == 2) {
            to = mixerAddresses[0]; // one peel goes into the mixer
        } else if (peelDone % 2 == 1) {
            const Exchange &e = exchanges[1];
            to = e.deposits[size_t(peelDone) % e.deposits.size()];
        } else {
            to = freshAddress();
        }
        std::vector<Utxo> c;
        emitTx({peel}, {{to, peelValue}, {newAddress(0), peel.value - peelValue - f}}, false, &c, false);
        if (to == mixerAddresses[0])
            mixerDeposit = c[0];
        else if (peelDone % 2 == 1)
            exchanges[1].pending.push_back(c[0]);
        else
            pool.push_back(c[0]);
        peel = c[1];
        peelDone++;
    }

    void mixer()
    {
        // Fan-in: other participants' coins and the tainted deposit; equal outputs; fan-out.
        std::vector<Utxo> in{mixerDeposit};
        for (int i = 0; i < 5; ++i) {
            Utxo u = takeRandom();
            in.push_back(u);
        }
        qint64 smallest = in.front().value;
        for (const Utxo &u : in)
            smallest = std::min(smallest, u.value);
        const qint64 denomination = std::max<qint64>(10000, (smallest - 5000) / 100000 * 100000);
        std::vector<Out> out;
        for (size_t i = 0; i < in.size(); ++i)
            out.push_back({freshAddress(), denomination});
        for (const Utxo &u : in) {
            const qint64 change = u.value - denomination - 1000;
            if (change > 0)
                out.push_back({newAddress(addressScript[size_t(u.address)]), change});
        }
        // Shuffle so the order says nothing.
        for (size_t i = out.size(); i > 1; --i)
            std::swap(out[i - 1], out[size_t(rnd.next() % i)]);
        emitTx(in, out, false);
        mixed = true;
    }

    int sweepable() const
    {
        int count = 0;
        for (const Exchange &e : exchanges)
            count += int(e.pending.size());
        return count;
    }

    void sweep()
    {
        // An exchange gathers its customers' deposits into its hot wallet: many inputs, one output.
        for (Exchange &e : exchanges) {
            if (e.pending.empty() || txCount >= opt.transactions)
                continue;
            std::vector<Utxo> in;
            in.swap(e.pending);
            qint64 total = 0;
            for (const Utxo &u : in)
                total += u.value;
            const qint64 f = std::min<qint64>(1000 * qint64(in.size()), total - 1);
            emitTx(in, {{e.hot, total - f}}, false);
        }
    }

    static QByteArray json(const QJsonValue &v)
    {
        const QByteArray doc = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return doc.mid(1, doc.size() - 2);
    }
    static QJsonObject text(const char *en, const char *zh)
    {
        return QJsonObject{{QStringLiteral("en"), QString::fromUtf8(en)}, {QStringLiteral("zh-Hant"), QString::fromUtf8(zh)}};
    }

    void header()
    {
        QByteArray &b = buffer;
        b += "{\n  \"kind\": \"tracing-case\",\n  \"format\": 1,\n";
        b += "  \"id\": \"generated-" + QByteArray::number(opt.seed) + "-" + QByteArray::number(opt.transactions) + "\",\n";
        b += "  \"title\": " + json(text("Generated case (synthetic traffic)", "生成的案件（合成交易）")) + ",\n";
        b += "  \"narrative\": "
             + json(text("A synthetic case made by the generator. A victim paid 1 tBTC to a fake investment platform. The payment was "
                         "peeled through fresh addresses, one peel went through a CoinJoin-like mixer, and the rest reached exchange "
                         "deposit addresses, hidden among ordinary background payments.",
                         "由生成器製作的合成案件。受害人向虛假投資平台支付了1 tBTC。款項經多個新地址逐層剝離轉出，其中一筆經過類似CoinJoin的混幣交易，"
                         "其餘流入交易所的存款地址，混雜在一般背景交易之中。"))
             + ",\n";
        b += "  \"chains\": [{\"id\": \"tbtc\", \"name\": \"Bitcoin testnet (synthetic)\", \"model\": \"utxo\", \"addressFormat\": "
             "\"bitcoin-testnet\", \"symbol\": \"tBTC\", \"unit\": \"satoshi\", \"decimals\": 8}],\n";
        b += "  \"transactions\": [";
        clock = QDateTime(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(opt.seed % 86400);
    }

    void footer()
    {
        QByteArray &b = buffer;
        b += "\n  ],\n  \"tags\": [";
        bool firstTag = true;
        auto tag = [&](int address, const QString &label, const char *category, int confidence, const QString &actor) {
            if (size_t(address) >= used.size() || !used[size_t(address)])
                return;
            QJsonObject o{{QStringLiteral("chain"), QStringLiteral("tbtc")}, {QStringLiteral("address"), this->address(address)},
                          {QStringLiteral("label"), label}, {QStringLiteral("category"), QString::fromLatin1(category)},
                          {QStringLiteral("source"), QStringLiteral("generator")}, {QStringLiteral("confidence"), confidence}};
            if (!actor.isEmpty())
                o.insert(QStringLiteral("actor"), actor);
            b += firstTag ? "\n    " : ",\n    ";
            firstTag = false;
            b += QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        for (const Exchange &e : exchanges) {
            tag(e.hot, e.label + QStringLiteral(" hot wallet"), "exchange", 90, e.label);
            for (int d : e.deposits)
                tag(d, e.label + QStringLiteral(" deposit address"), "exchange", 70, e.label);
        }
        for (int m : mixerAddresses)
            tag(m, QStringLiteral("Mixer deposit (synthetic)"), "mixer", 50, QStringLiteral("Mixer (synthetic)"));
        tag(victim, QStringLiteral("Victim"), "victim", 100, QString());
        tag(scammer, QStringLiteral("Fake platform deposit address"), "scam", 60, QStringLiteral("Fake platform"));
        b += "\n  ],\n";
        b += "  \"source\": {\"ref\": \"" + source.toLatin1() + "\", \"note\": "
             + json(text("The victim's payment to the fake platform.", "受害人向虛假平台的付款。")) + "},\n";
        QJsonObject answer{{QStringLiteral("kind"), QStringLiteral("label")}, {QStringLiteral("label"), exchanges[0].label}};
        QJsonObject objective{{QStringLiteral("id"), QStringLiteral("cash-out")},
                              {QStringLiteral("question"), text("Which exchange received the rest of the peel chain?",
                                                                 "剝離鏈餘下的款項流入了哪一間交易所？")},
                              {QStringLiteral("answer"), answer},
                              {QStringLiteral("points"), 1},
                              {QStringLiteral("rubric"), text("Full marks for the exchange at the end of the peel chain.",
                                                               "答出剝離鏈末端的交易所即得滿分。")}};
        b += "  \"objectives\": [" + QJsonDocument(objective).toJson(QJsonDocument::Compact) + "],\n";
        b += "  \"debrief\": "
             + json(text("Follow the larger output at each step of the peel chain; it ends at an exchange deposit address.",
                         "沿着剝離鏈每一步較大的輸出追蹤，最終到達交易所的存款地址。"))
             + "\n}\n";
    }

    bool flush(bool force)
    {
        if (!force && buffer.size() < (1 << 20))
            return true;
        const bool ok = dev.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    }

    const GeneratorOptions &opt;
    Random rnd;
    QIODevice &dev;
    QByteArray buffer;
    bool first = true;
    int txCount = 0;
    qint64 clock = 0;
    std::vector<quint8> addressScript;
    std::vector<bool> used;
    std::vector<Utxo> pool;
    std::vector<Exchange> exchanges;
    std::vector<int> mixerAddresses;
    int victim = -1, scammer = -1;
    int peelOutput = -1, peelDone = 0;
    Utxo peel{-1, 0, 0, -1};
    Utxo mixerDeposit{-1, 0, 0, -1};
    bool mixed = false;
    bool victimPaid = false;
    QString source;
};

} // namespace

bool CaseGenerator::write(QIODevice &out, QString *error) const
{
    if (m_options.transactions < GeneratorOptions::kMinimumTransactions) {
        *error = QStringLiteral("at least %1 transactions are needed for the laundering patterns").arg(GeneratorOptions::kMinimumTransactions);
        return false;
    }
    Builder b(m_options, out);
    return b.run(error);
}

bool CaseGenerator::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cca::tracing
