#include "tracing/casefile.h"

#include "tracing/addressformat.h"

#include "core/appinfo.h"
#include "core/jsonfields.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace cca::tracing {

namespace {

constexpr qint64 kMaxExactInteger = 9007199254740991LL; // 2^53 - 1: exact in a JSON number

const QRegularExpression kTxid(QStringLiteral("^[0-9a-f]{64}$"));
const QRegularExpression kTransferId(QStringLiteral("^(0x)?[0-9a-f]{64}(:[0-9]+)?$"));

Position pos(const JsonNode &n)
{
    return Position{n.line, n.column};
}

// The case file's own checks on top of JsonFields: localized texts in every required language,
// amounts, times and addresses.
class Reader : public JsonFields
{
public:
    Reader(Diagnostics &out, QString file, QStringList languages)
        : JsonFields(out, std::move(file)), m_languages(std::move(languages)) {}

    using JsonFields::error;

    bool object(const JsonNode &node, const QString &what, const QStringList &allowed) { return checkObject(node, what, allowed); }
    const JsonNode *need(const JsonNode &obj, const QString &key, const QString &what) { return field(obj, key, what, true); }
    QString text(const JsonNode &obj, const QString &key, const QString &what, bool required = true)
    {
        return string(obj, key, what, required);
    }

    LocalizedText localized(const JsonNode &obj, const QString &key, const QString &what)
    {
        LocalizedText out;
        const JsonNode *node = field(obj, key, what, true);
        if (!node)
            return out;
        if (!node->isObject()) {
            error(*node, QStringLiteral("'%1' must be an object of languages such as {\"en\": \"...\", \"zh-Hant\": \"...\"}").arg(key));
            return out;
        }
        for (qsizetype i = 0; i < node->keys.size(); ++i) {
            const JsonNode &value = node->children[size_t(i)];
            const auto [line, column] = node->keyPositions[size_t(i)];
            if (!languagePattern().match(node->keys[i]).hasMatch())
                error(line, column, QStringLiteral("'%1' is not a language tag such as en or zh-Hant").arg(node->keys[i]));
            if (!value.isString() || value.string.trimmed().isEmpty()) {
                error(value, QStringLiteral("the '%1' text of '%2' must be non-empty text").arg(node->keys[i], key));
                continue;
            }
            out.set(node->keys[i], value.string);
        }
        for (const QString &language : std::as_const(m_languages))
            if (!out.has(language))
                error(*node, QStringLiteral("'%1' has no \"%2\" text").arg(key, language));
        return out;
    }

    // A whole number of base units, 0 ... 2^53-1 (larger integers are not exact in JSON numbers).
    qint64 amount(const JsonNode &obj, const QString &key, const QString &what, bool required, qint64 min = 0)
    {
        const JsonNode *n = field(obj, key, what, required);
        if (!n)
            return 0;
        if (!n->isInteger() || n->number < double(min) || n->number > double(kMaxExactInteger)) {
            error(*n, QStringLiteral("'%1' must be a whole number of base units from %2 to %3").arg(key).arg(min).arg(kMaxExactInteger));
            return 0;
        }
        return qint64(n->number);
    }

    qint64 time(const JsonNode &obj, const QString &what)
    {
        const QString value = text(obj, QStringLiteral("time"), what);
        if (value.isEmpty())
            return 0;
        const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
        if (!t.isValid() || !value.endsWith(QLatin1Char('Z'))) {
            error(*obj.member(QStringLiteral("time")), QStringLiteral("'time' must be a UTC time such as 2025-03-01T10:00:00Z"));
            return 0;
        }
        return t.toMSecsSinceEpoch();
    }

    const JsonNode *list(const JsonNode &obj, const QString &key, bool required, int minItems = 0)
    {
        const JsonNode *n = field(obj, key, QString(), required);
        if (!n)
            return nullptr;
        if (!n->isArray()) {
            error(*n, QStringLiteral("'%1' must be a list [ ... ]").arg(key));
            return nullptr;
        }
        if (int(n->children.size()) < minItems)
            error(*n, QStringLiteral("'%1' needs at least %2 item(s)").arg(key).arg(minItems));
        return n;
    }

private:
    QStringList m_languages;
};

const QStringList kCategories{QStringLiteral("exchange"),  QStringLiteral("otc"),        QStringLiteral("mixer"),
                              QStringLiteral("bridge"),    QStringLiteral("swap"),       QStringLiteral("defi"),
                              QStringLiteral("scam"),      QStringLiteral("ransomware"), QStringLiteral("victim"),
                              QStringLiteral("perpetrator"), QStringLiteral("gambling"), QStringLiteral("darknet"),
                              QStringLiteral("stablecoin-issuer"), QStringLiteral("miner"), QStringLiteral("service"),
                              QStringLiteral("unknown")};

QStringList scriptTypes()
{
    return {QStringLiteral("p2pkh"), QStringLiteral("p2sh"), QStringLiteral("p2wpkh"), QStringLiteral("p2wsh"), QStringLiteral("p2tr")};
}

struct Parser
{
    CaseFile &c;
    Reader &r;
    QHash<QString, int> txIndex;                 // txid -> index in c.transactions
    QHash<QString, int> transferIndex;           // transfer id -> index in c.transfers
    QHash<QString, QSet<QString>> addressesOnChain; // chain -> addresses seen (normalised by key())

    // EVM addresses are the same in any letter case; Base58 and Bech32 ones are compared exactly.
    QString key(const QString &chain, const QString &address) const
    {
        const Chain *ch = c.chain(chain);
        return ch && ch->addressFormat == QLatin1String("evm") ? address.toLower() : address;
    }
    void seen(const QString &chain, const QString &address) { addressesOnChain[chain].insert(key(chain, address)); }

    void chains(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("chains"), true, 1);
        if (!list)
            return;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a chain"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("model"),
                                                         QStringLiteral("addressFormat"), QStringLiteral("symbol"), QStringLiteral("unit"),
                                                         QStringLiteral("decimals")}))
                continue;
            Chain ch;
            ch.at = pos(n);
            ch.id = r.id(n, QStringLiteral("id"), QStringLiteral("chain"));
            ch.name = r.text(n, QStringLiteral("name"), QStringLiteral("chain"));
            if (r.need(n, QStringLiteral("model"), QStringLiteral("chain")))
                ch.model = r.oneOf(n, QStringLiteral("model"), {QStringLiteral("utxo"), QStringLiteral("account")}) == QLatin1String("utxo")
                               ? ChainModel::Utxo : ChainModel::Account;
            if (r.need(n, QStringLiteral("addressFormat"), QStringLiteral("chain")))
                ch.addressFormat = r.oneOf(n, QStringLiteral("addressFormat"), addressformat::known());
            if (!ch.addressFormat.isEmpty() && (ch.model == ChainModel::Utxo) != addressformat::isUtxoFormat(ch.addressFormat))
                r.error(*n.member(QStringLiteral("addressFormat")),
                        QStringLiteral("address format '%1' does not belong to a %2 chain")
                            .arg(ch.addressFormat, ch.model == ChainModel::Utxo ? QStringLiteral("UTXO") : QStringLiteral("account-model")));
            ch.symbol = r.text(n, QStringLiteral("symbol"), QStringLiteral("chain"));
            ch.unit = r.text(n, QStringLiteral("unit"), QStringLiteral("chain"));
            ch.decimals = r.integer(n, QStringLiteral("decimals"), QStringLiteral("chain"), 0, 18, true);
            if (!ch.id.isEmpty() && c.chain(ch.id))
                r.error(*n.member(QStringLiteral("id")), QStringLiteral("the chain id '%1' is used twice").arg(ch.id));
            c.chains << ch;
        }
    }

    // The chain named by obj[key]; reports unknown ones.
    const Chain *chainRef(const JsonNode &obj, const QString &what)
    {
        const QString id = r.text(obj, QStringLiteral("chain"), what);
        if (id.isEmpty())
            return nullptr;
        const Chain *ch = c.chain(id);
        if (!ch) {
            QStringList ids;
            for (const Chain &k : std::as_const(c.chains))
                ids << k.id;
            r.error(*obj.member(QStringLiteral("chain")), QStringLiteral("unknown chain '%1' (declared: %2)").arg(id, ids.join(QStringLiteral(", "))));
        }
        return ch;
    }

    QString address(const JsonNode &obj, const QString &key, const Chain *ch, const QString &what, QString *script = nullptr)
    {
        const QString value = r.text(obj, key, what);
        if (value.isEmpty() || !ch || ch->addressFormat.isEmpty())
            return value;
        QString why;
        const QString type = addressformat::scriptType(ch->addressFormat, value, &why);
        if (type.isEmpty())
            r.error(*obj.member(key), QStringLiteral("'%1' is not a well-formed %2 address: %3").arg(value, ch->addressFormat, why));
        if (script)
            *script = type;
        return value;
    }

    void tokens(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("tokens"), false);
        if (!list)
            return;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a token"), {QStringLiteral("id"), QStringLiteral("chain"), QStringLiteral("symbol"),
                                                         QStringLiteral("contract"), QStringLiteral("unit"), QStringLiteral("decimals")}))
                continue;
            Token t;
            t.at = pos(n);
            t.id = r.id(n, QStringLiteral("id"), QStringLiteral("token"));
            const Chain *ch = chainRef(n, QStringLiteral("token"));
            t.chain = ch ? ch->id : QString();
            if (ch && ch->model != ChainModel::Account)
                r.error(*n.member(QStringLiteral("chain")), QStringLiteral("tokens live on account-model chains; '%1' is a UTXO chain").arg(ch->id));
            t.symbol = r.text(n, QStringLiteral("symbol"), QStringLiteral("token"));
            t.contract = address(n, QStringLiteral("contract"), ch, QStringLiteral("token"));
            t.unit = r.text(n, QStringLiteral("unit"), QStringLiteral("token"));
            t.decimals = r.integer(n, QStringLiteral("decimals"), QStringLiteral("token"), 0, 18, true);
            if (!t.id.isEmpty() && (c.token(t.id) || c.chain(t.id)))
                r.error(*n.member(QStringLiteral("id")), QStringLiteral("the asset id '%1' is used twice (chain and token ids share one name space)").arg(t.id));
            c.tokens << t;
        }
    }

    void transactions(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("transactions"), false);
        if (!list)
            return;
        // Where each output was spent: (transaction, vout) -> the spending transaction's index.
        QHash<QPair<int, int>, int> spentBy;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a transaction"), {QStringLiteral("txid"), QStringLiteral("chain"), QStringLiteral("time"),
                                                               QStringLiteral("coinbase"), QStringLiteral("inputs"), QStringLiteral("outputs")}))
                continue;
            Transaction tx;
            tx.at = pos(n);
            tx.txid = r.text(n, QStringLiteral("txid"), QStringLiteral("transaction"));
            if (!tx.txid.isEmpty() && !kTxid.match(tx.txid).hasMatch())
                r.error(*n.member(QStringLiteral("txid")), QStringLiteral("'txid' must be 64 lower-case hexadecimal digits"));
            const Chain *ch = chainRef(n, QStringLiteral("transaction"));
            tx.chain = ch ? ch->id : QString();
            if (ch && ch->model != ChainModel::Utxo)
                r.error(*n.member(QStringLiteral("chain")), QStringLiteral("'%1' is an account-model chain: write its payments under \"transfers\"").arg(ch->id));
            tx.time = r.time(n, QStringLiteral("transaction"));
            tx.coinbase = r.boolean(n, QStringLiteral("coinbase"), false);
            qint64 inputTotal = 0;
            bool inputsKnown = true;
            const int index = int(c.transactions.size());
            if (const JsonNode *inputs = r.list(n, QStringLiteral("inputs"), !tx.coinbase)) {
                if (tx.coinbase && !inputs->children.empty())
                    r.error(*inputs, QStringLiteral("a coinbase transaction has no inputs"));
                if (!tx.coinbase && inputs->children.empty())
                    r.error(*inputs, QStringLiteral("a transaction other than a coinbase needs at least one input"));
                for (const JsonNode &in : inputs->children) {
                    if (!r.object(in, QStringLiteral("an input"), {QStringLiteral("txid"), QStringLiteral("vout")})) {
                        inputsKnown = false;
                        continue;
                    }
                    TxInput input;
                    input.at = pos(in);
                    input.txid = r.text(in, QStringLiteral("txid"), QStringLiteral("input"));
                    input.vout = r.integer(in, QStringLiteral("vout"), QStringLiteral("input"), 0, 1000000, true);
                    tx.inputs << input;
                    const auto found = txIndex.constFind(input.txid);
                    if (found == txIndex.cend()) {
                        r.error(in, QStringLiteral("the input spends %1:%2, an output of no earlier transaction in this case")
                                        .arg(input.txid).arg(input.vout));
                        inputsKnown = false;
                        continue;
                    }
                    const Transaction &prev = c.transactions[*found];
                    if (input.vout >= prev.outputs.size()) {
                        r.error(in, QStringLiteral("the input spends %1:%2, but that transaction has %3 output(s)")
                                        .arg(input.txid).arg(input.vout).arg(prev.outputs.size()));
                        inputsKnown = false;
                        continue;
                    }
                    if (!tx.chain.isEmpty() && !prev.chain.isEmpty() && prev.chain != tx.chain)
                        r.error(in, QStringLiteral("the input spends an output on chain '%1' from chain '%2'").arg(prev.chain, tx.chain));
                    if (prev.time > tx.time)
                        r.error(in, QStringLiteral("the input spends an output created later (%1)").arg(formatTime(prev.time)));
                    const QPair<int, int> key(*found, input.vout);
                    if (const auto spent = spentBy.constFind(key); spent != spentBy.cend()) {
                        const Transaction &other = c.transactions[*spent];
                        r.error(in, QStringLiteral("output %1:%2 is spent twice: already by %3 (line %4)")
                                        .arg(input.txid).arg(input.vout).arg(other.txid).arg(other.at.line));
                    } else {
                        spentBy.insert(key, index);
                    }
                    inputTotal += prev.outputs[input.vout].value;
                }
            }
            qint64 outputTotal = 0;
            if (const JsonNode *outputs = r.list(n, QStringLiteral("outputs"), true, 1)) {
                for (const JsonNode &o : outputs->children) {
                    if (!r.object(o, QStringLiteral("an output"), {QStringLiteral("address"), QStringLiteral("value"), QStringLiteral("script")}))
                        continue;
                    TxOutput out;
                    out.at = pos(o);
                    QString derived;
                    out.address = address(o, QStringLiteral("address"), ch, QStringLiteral("output"), &derived);
                    out.value = r.amount(o, QStringLiteral("value"), QStringLiteral("output"), true, 1);
                    if (r.need(o, QStringLiteral("script"), QStringLiteral("output"))) {
                        out.script = r.oneOf(o, QStringLiteral("script"), scriptTypes());
                        if (!derived.isEmpty() && derived != out.script && o.member(QStringLiteral("script"))->isString()
                            && scriptTypes().contains(o.member(QStringLiteral("script"))->string))
                            r.error(*o.member(QStringLiteral("script")),
                                    QStringLiteral("script '%1' does not match the address, which is %2").arg(out.script, derived));
                    }
                    outputTotal += out.value;
                    tx.outputs << out;
                    if (!tx.chain.isEmpty())
                        seen(tx.chain, out.address);
                }
            }
            if (!tx.coinbase && inputsKnown && outputTotal > inputTotal)
                r.error(n, QStringLiteral("outputs (%1) exceed inputs (%2): value is not conserved in %3")
                               .arg(outputTotal).arg(inputTotal).arg(tx.txid));
            if (!tx.txid.isEmpty()) {
                if (txIndex.contains(tx.txid))
                    r.error(*n.member(QStringLiteral("txid")), QStringLiteral("txid %1 appears twice").arg(tx.txid));
                else
                    txIndex.insert(tx.txid, index);
            }
            c.transactions << tx;
        }
    }

    // Asset id on `chain`: the chain id itself (native coin) or a token declared on that chain.
    bool assetOn(const QString &asset, const QString &chain) const
    {
        if (asset == chain)
            return true;
        const Token *t = c.token(asset);
        return t && t->chain == chain;
    }

    void openingBalances(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("openingBalances"), false);
        if (!list)
            return;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("an opening balance"), {QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("asset"),
                                                                    QStringLiteral("value")}))
                continue;
            OpeningBalance b;
            b.at = pos(n);
            const Chain *ch = chainRef(n, QStringLiteral("opening balance"));
            b.chain = ch ? ch->id : QString();
            if (ch && ch->model != ChainModel::Account)
                r.error(*n.member(QStringLiteral("chain")), QStringLiteral("opening balances are for account-model chains"));
            b.address = address(n, QStringLiteral("address"), ch, QStringLiteral("opening balance"));
            b.asset = r.text(n, QStringLiteral("asset"), QStringLiteral("opening balance"));
            if (ch && !b.asset.isEmpty() && !assetOn(b.asset, ch->id))
                r.error(*n.member(QStringLiteral("asset")), QStringLiteral("unknown asset '%1' on chain '%2'").arg(b.asset, ch->id));
            b.value = r.amount(n, QStringLiteral("value"), QStringLiteral("opening balance"), true);
            if (!b.chain.isEmpty())
                seen(b.chain, b.address);
            c.openingBalances << b;
        }
    }

    void transfers(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("transfers"), false);
        if (!list)
            return;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a transfer"), {QStringLiteral("id"), QStringLiteral("chain"), QStringLiteral("time"),
                                                            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("asset"),
                                                            QStringLiteral("value"), QStringLiteral("fee")}))
                continue;
            Transfer t;
            t.at = pos(n);
            t.id = r.text(n, QStringLiteral("id"), QStringLiteral("transfer"));
            if (!t.id.isEmpty() && !kTransferId.match(t.id).hasMatch())
                r.error(*n.member(QStringLiteral("id")),
                        QStringLiteral("a transfer id is a transaction hash (64 lower-case hex digits, 0x allowed), optionally :log-index"));
            const Chain *ch = chainRef(n, QStringLiteral("transfer"));
            t.chain = ch ? ch->id : QString();
            if (ch && ch->model != ChainModel::Account)
                r.error(*n.member(QStringLiteral("chain")), QStringLiteral("'%1' is a UTXO chain: write its payments under \"transactions\"").arg(ch->id));
            t.time = r.time(n, QStringLiteral("transfer"));
            t.from = address(n, QStringLiteral("from"), ch, QStringLiteral("transfer"));
            t.to = address(n, QStringLiteral("to"), ch, QStringLiteral("transfer"));
            if (!t.from.isEmpty() && key(t.chain, t.from) == key(t.chain, t.to))
                r.error(n, QStringLiteral("a transfer from an address to itself"));
            t.asset = r.text(n, QStringLiteral("asset"), QStringLiteral("transfer"));
            if (ch && !t.asset.isEmpty() && !assetOn(t.asset, ch->id)) {
                r.error(*n.member(QStringLiteral("asset")), QStringLiteral("unknown asset '%1' on chain '%2'").arg(t.asset, ch->id));
                t.asset.clear();
            }
            t.value = r.amount(n, QStringLiteral("value"), QStringLiteral("transfer"), true, 1);
            t.fee = r.amount(n, QStringLiteral("fee"), QStringLiteral("transfer"), false);
            if (!t.id.isEmpty()) {
                if (transferIndex.contains(t.id) || txIndex.contains(t.id))
                    r.error(*n.member(QStringLiteral("id")), QStringLiteral("the transfer id %1 appears twice").arg(t.id));
                else
                    transferIndex.insert(t.id, int(c.transfers.size()));
            }
            if (!t.chain.isEmpty()) {
                seen(t.chain, t.from);
                seen(t.chain, t.to);
            }
            c.transfers << t;
        }
    }

    // Balances never go below zero: replays the transfers in time order (file order on ties).
    void checkBalances()
    {
        QHash<QString, qint64> balance; // chain|address|asset
        auto key = [this](const QString &chain, const QString &address, const QString &asset) {
            return chain + QLatin1Char('|') + this->key(chain, address) + QLatin1Char('|') + asset;
        };
        for (const OpeningBalance &b : std::as_const(c.openingBalances))
            balance[key(b.chain, b.address, b.asset)] += b.value;
        QList<int> order(c.transfers.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return c.transfers[a].time < c.transfers[b].time; });
        for (int i : std::as_const(order)) {
            const Transfer &t = c.transfers[i];
            if (t.chain.isEmpty() || t.asset.isEmpty())
                continue;
            qint64 &from = balance[key(t.chain, t.from, t.asset)];
            if (from < t.value) {
                r.error(t.at.line, t.at.column, QStringLiteral("transfer %1 sends %2 %3 but %4 holds only %5 at that time (add an opening balance if it had funds before the case)")
                                                  .arg(t.id).arg(t.value).arg(c.assetUnit(t.asset), t.from).arg(from));
            }
            from -= t.value;
            balance[key(t.chain, t.to, t.asset)] += t.value;
            if (t.fee > 0) {
                qint64 &native = balance[key(t.chain, t.from, t.chain)];
                if (native < t.fee)
                    r.error(t.at.line, t.at.column, QStringLiteral("transfer %1 pays a fee of %2 %3 but %4 holds only %5 of it")
                                                      .arg(t.id).arg(t.fee).arg(c.assetUnit(t.chain), t.from).arg(native));
                native -= t.fee;
            }
        }
    }

    bool knownAddress(const QString &chain, const QString &address) const
    {
        const auto it = addressesOnChain.constFind(chain);
        if (it == addressesOnChain.cend())
            return false;
        if (it->contains(key(chain, address)))
            return true;
        for (const Token &t : std::as_const(c.tokens))
            if (t.chain == chain && key(chain, t.contract) == key(chain, address))
                return true;
        return false;
    }

    void tags(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("tags"), false);
        if (!list)
            return;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a tag"), {QStringLiteral("chain"), QStringLiteral("address"), QStringLiteral("label"),
                                                       QStringLiteral("category"), QStringLiteral("source"), QStringLiteral("confidence"),
                                                       QStringLiteral("actor")}))
                continue;
            Tag t;
            t.at = pos(n);
            const Chain *ch = chainRef(n, QStringLiteral("tag"));
            t.chain = ch ? ch->id : QString();
            t.address = address(n, QStringLiteral("address"), ch, QStringLiteral("tag"));
            if (ch && !t.address.isEmpty() && !knownAddress(t.chain, t.address))
                r.error(*n.member(QStringLiteral("address")), QStringLiteral("the tag names %1, an address that appears nowhere on chain '%2' in this case")
                                                                  .arg(t.address, t.chain));
            t.label = r.text(n, QStringLiteral("label"), QStringLiteral("tag"));
            if (r.need(n, QStringLiteral("category"), QStringLiteral("tag")))
                t.category = r.oneOf(n, QStringLiteral("category"), kCategories);
            t.source = r.text(n, QStringLiteral("source"), QStringLiteral("tag"));
            t.confidence = r.integer(n, QStringLiteral("confidence"), QStringLiteral("tag"), 0, 100, true);
            t.actor = r.text(n, QStringLiteral("actor"), QStringLiteral("tag"), false);
            c.tags << t;
        }
    }

    // Chain and asset of a reference ("txid:vout" or a transfer id); false when unknown.
    bool reference(const QString &ref, QString *chain, QString *asset, qint64 *time) const
    {
        const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            bool ok = false;
            const int vout = ref.mid(colon + 1).toInt(&ok);
            const auto tx = txIndex.constFind(ref.left(colon));
            if (ok && tx != txIndex.cend() && vout >= 0 && vout < c.transactions[*tx].outputs.size()) {
                *chain = *asset = c.transactions[*tx].chain;
                *time = c.transactions[*tx].time;
                return true;
            }
        }
        const auto tr = transferIndex.constFind(ref);
        if (tr != transferIndex.cend()) {
            *chain = c.transfers[*tr].chain;
            *asset = c.transfers[*tr].asset;
            *time = c.transfers[*tr].time;
            return true;
        }
        return false;
    }

    void bridges(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("bridges"), false);
        if (!list)
            return;
        QHash<QString, int> usedDeposit, usedRelease;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a bridge or swap"), {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("service"),
                                                                  QStringLiteral("deposit"), QStringLiteral("release")}))
                continue;
            Bridge b;
            b.at = pos(n);
            b.id = r.id(n, QStringLiteral("id"), QStringLiteral("bridge"));
            if (r.need(n, QStringLiteral("kind"), QStringLiteral("bridge")))
                b.kind = r.oneOf(n, QStringLiteral("kind"), {QStringLiteral("bridge"), QStringLiteral("swap")});
            b.service = r.text(n, QStringLiteral("service"), QStringLiteral("bridge"));
            b.deposit = r.text(n, QStringLiteral("deposit"), QStringLiteral("bridge"));
            b.release = r.text(n, QStringLiteral("release"), QStringLiteral("bridge"));
            QString depositChain, depositAsset, releaseChain, releaseAsset;
            qint64 depositTime = 0, releaseTime = 0;
            const bool depositOk = !b.deposit.isEmpty() && reference(b.deposit, &depositChain, &depositAsset, &depositTime);
            const bool releaseOk = !b.release.isEmpty() && reference(b.release, &releaseChain, &releaseAsset, &releaseTime);
            if (!b.deposit.isEmpty() && !depositOk)
                r.error(*n.member(QStringLiteral("deposit")), QStringLiteral("'%1' is neither an output (txid:vout) nor a transfer id in this case").arg(b.deposit));
            if (!b.release.isEmpty() && !releaseOk)
                r.error(*n.member(QStringLiteral("release")), QStringLiteral("'%1' is neither an output (txid:vout) nor a transfer id in this case").arg(b.release));
            if (depositOk && releaseOk) {
                if (b.kind == QLatin1String("bridge") && depositChain == releaseChain)
                    r.error(n, QStringLiteral("a bridge links two chains, but deposit and release are both on '%1' (use kind \"swap\")").arg(depositChain));
                if (b.kind == QLatin1String("swap") && depositAsset == releaseAsset)
                    r.error(n, QStringLiteral("a swap changes the asset, but deposit and release are both '%1'").arg(depositAsset));
                if (releaseTime <= depositTime)
                    r.error(*n.member(QStringLiteral("release")), QStringLiteral("the release must happen after the deposit"));
            }
            if (depositOk && usedDeposit.contains(b.deposit))
                r.error(*n.member(QStringLiteral("deposit")), QStringLiteral("the deposit %1 is already linked by another record").arg(b.deposit));
            if (releaseOk && usedRelease.contains(b.release))
                r.error(*n.member(QStringLiteral("release")), QStringLiteral("the release %1 is already linked by another record").arg(b.release));
            usedDeposit.insert(b.deposit, 1);
            usedRelease.insert(b.release, 1);
            c.bridges << b;
        }
    }

    void source(const JsonNode &root)
    {
        const JsonNode *n = r.need(root, QStringLiteral("source"), QString());
        if (!n || !r.object(*n, QStringLiteral("the source"), {QStringLiteral("ref"), QStringLiteral("note")}))
            return;
        c.source = r.text(*n, QStringLiteral("ref"), QStringLiteral("source"));
        c.sourceNote = r.localized(*n, QStringLiteral("note"), QStringLiteral("source"));
        QString chain, asset;
        qint64 time = 0;
        bool address = false;
        for (auto it = addressesOnChain.cbegin(); it != addressesOnChain.cend() && !address; ++it)
            address = it->contains(key(it.key(), c.source));
        if (!c.source.isEmpty() && !reference(c.source, &chain, &asset, &time) && !address)
            r.error(*n->member(QStringLiteral("ref")), QStringLiteral("the source '%1' is not an output (txid:vout), a transfer id or an address of this case").arg(c.source));
    }

    void objectives(const JsonNode &root)
    {
        const JsonNode *list = r.list(root, QStringLiteral("objectives"), true, 1);
        if (!list)
            return;
        QSet<QString> ids;
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("an objective"), {QStringLiteral("id"), QStringLiteral("question"), QStringLiteral("answer"),
                                                              QStringLiteral("points"), QStringLiteral("rubric")}))
                continue;
            Objective o;
            o.at = pos(n);
            o.id = r.id(n, QStringLiteral("id"), QStringLiteral("objective"));
            if (!o.id.isEmpty() && ids.contains(o.id))
                r.error(*n.member(QStringLiteral("id")), QStringLiteral("the objective id '%1' is used twice").arg(o.id));
            ids.insert(o.id);
            o.question = r.localized(n, QStringLiteral("question"), QStringLiteral("objective"));
            o.points = r.integer(n, QStringLiteral("points"), QStringLiteral("objective"), 1, 100, true);
            o.rubric = r.localized(n, QStringLiteral("rubric"), QStringLiteral("objective"));
            const JsonNode *a = r.need(n, QStringLiteral("answer"), QStringLiteral("objective"));
            if (!a || !r.object(*a, QStringLiteral("an answer"), {QStringLiteral("kind"), QStringLiteral("chain"), QStringLiteral("address"),
                                                                  QStringLiteral("label"), QStringLiteral("amount"), QStringLiteral("asset"),
                                                                  QStringLiteral("tolerance")})) {
                c.objectives << o;
                continue;
            }
            if (r.need(*a, QStringLiteral("kind"), QStringLiteral("answer")))
                o.answerKind = r.oneOf(*a, QStringLiteral("kind"), {QStringLiteral("address"), QStringLiteral("label"), QStringLiteral("amount")});
            if (o.answerKind == QLatin1String("address")) {
                const Chain *ch = chainRef(*a, QStringLiteral("answer"));
                o.answer = address(*a, QStringLiteral("address"), ch, QStringLiteral("answer"));
                if (ch && !o.answer.isEmpty() && !knownAddress(ch->id, o.answer))
                    r.error(*a->member(QStringLiteral("address")), QStringLiteral("the answer %1 appears nowhere on chain '%2'").arg(o.answer, ch->id));
            } else if (o.answerKind == QLatin1String("label")) {
                o.answer = r.text(*a, QStringLiteral("label"), QStringLiteral("answer"));
                bool found = false;
                for (const Tag &t : std::as_const(c.tags))
                    found = found || t.label == o.answer || t.actor == o.answer;
                if (!o.answer.isEmpty() && !found)
                    r.error(*a->member(QStringLiteral("label")), QStringLiteral("no tag has the label or actor '%1'").arg(o.answer));
            } else if (o.answerKind == QLatin1String("amount")) {
                o.answer = QString::number(r.amount(*a, QStringLiteral("amount"), QStringLiteral("answer"), true));
                o.answerAsset = r.text(*a, QStringLiteral("asset"), QStringLiteral("answer"));
                if (!o.answerAsset.isEmpty() && !c.chain(o.answerAsset) && !c.token(o.answerAsset))
                    r.error(*a->member(QStringLiteral("asset")), QStringLiteral("unknown asset '%1'").arg(o.answerAsset));
                o.tolerance = r.amount(*a, QStringLiteral("tolerance"), QStringLiteral("answer"), false);
            }
            c.objectives << o;
        }
    }
};

} // namespace

const Chain *CaseFile::chain(const QString &id) const
{
    for (const Chain &c : chains)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Token *CaseFile::token(const QString &id) const
{
    for (const Token &t : tokens)
        if (t.id == id)
            return &t;
    return nullptr;
}

QString CaseFile::assetChain(const QString &asset) const
{
    if (chain(asset))
        return asset;
    const Token *t = token(asset);
    return t ? t->chain : QString();
}

QString CaseFile::assetUnit(const QString &asset) const
{
    if (const Chain *c = chain(asset))
        return c->unit;
    const Token *t = token(asset);
    return t ? t->unit : QString();
}

namespace {

QString simplifiedName(QString text)
{
    static const QRegularExpression notes(QStringLiteral("\\([^)]*\\)"));
    return text.remove(notes).simplified().toLower();
}

} // namespace

bool answerMatches(const CaseFile &c, const Objective &objective, const QString &given)
{
    const QString answer = given.trimmed();
    if (answer.isEmpty())
        return false;
    if (objective.answerKind == QLatin1String("address")) {
        const bool evm = answer.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
        return evm ? answer.compare(objective.answer, Qt::CaseInsensitive) == 0 : answer == objective.answer;
    }
    if (objective.answerKind == QLatin1String("amount")) {
        bool ok = false;
        const qint64 value = QString(answer).remove(QLatin1Char(',')).remove(QLatin1Char(' ')).toLongLong(&ok);
        return ok && std::llabs(value - objective.answer.toLongLong()) <= objective.tolerance;
    }
    const QString wanted = simplifiedName(objective.answer);
    const QString got = simplifiedName(answer);
    if (got == wanted)
        return true;
    for (const Tag &t : c.tags)
        if ((simplifiedName(t.label) == wanted || simplifiedName(t.actor) == wanted)
            && (simplifiedName(t.label) == got || (!t.actor.isEmpty() && simplifiedName(t.actor) == got)))
            return true;
    return false;
}

QString formatTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

CaseFile CaseFile::parse(const QByteArray &utf8, const QString &path, const QStringList &requiredLanguages)
{
    CaseFile c;
    c.path = path;
    JsonParseResult parsed = parseJson(utf8, path);
    if (parsed.error) {
        c.errors << *parsed.error;
        return c;
    }
    const JsonNode &root = parsed.root;
    Reader r(c.errors, path, requiredLanguages);
    if (!r.object(root, QStringLiteral("the case"),
                  {QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("title"),
                   QStringLiteral("narrative"), QStringLiteral("chains"), QStringLiteral("tokens"), QStringLiteral("transactions"),
                   QStringLiteral("transfers"), QStringLiteral("openingBalances"), QStringLiteral("tags"), QStringLiteral("bridges"),
                   QStringLiteral("source"), QStringLiteral("objectives"), QStringLiteral("debrief")}))
        return c;
    if (const JsonNode *format = r.need(root, QStringLiteral("format"), QString()); format && (!format->isInteger() || format->number != 1))
        r.error(*format, QStringLiteral("'format' must be 1"));
    if (const JsonNode *kind = r.need(root, QStringLiteral("kind"), QString()); kind && (!kind->isString() || kind->string != QLatin1String("tracing-case")))
        r.error(*kind, QStringLiteral("'kind' must be \"tracing-case\""));
    c.id = r.id(root, QStringLiteral("id"), QString());
    c.title = r.localized(root, QStringLiteral("title"), QString());
    c.narrative = r.localized(root, QStringLiteral("narrative"), QString());
    Parser p{c, r, {}, {}, {}};
    p.chains(root);
    p.tokens(root);
    p.transactions(root);
    p.openingBalances(root);
    p.transfers(root);
    p.checkBalances();
    p.tags(root);
    p.bridges(root);
    p.source(root);
    p.objectives(root);
    c.debrief = r.localized(root, QStringLiteral("debrief"), QString());
    if (c.transactions.isEmpty() && c.transfers.isEmpty())
        r.error(root, QStringLiteral("a case needs at least one transaction or transfer"));
    std::stable_sort(c.errors.begin(), c.errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return c;
}

CaseFile CaseFile::load(const QString &path, const QStringList &requiredLanguages)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CaseFile c;
        c.path = path;
        c.errors << Diagnostic{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString())};
        return c;
    }
    return parse(f.readAll(), path, requiredLanguages);
}

bool CaseFile::looksLikeCaseFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4096).contains("\"tracing-case\"");
}

QStringList CaseFile::findCaseFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return looksLikeCaseFile(path) ? QStringList{path} : QStringList{};
    QDir dir(path);
    if (QFileInfo(dir.filePath(QStringLiteral("cases"))).isDir())
        dir.setPath(dir.filePath(QStringLiteral("cases")));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (looksLikeCaseFile(dir.filePath(name)))
            out << dir.filePath(name);
    return out;
}

QString CaseFile::bundledFolder()
{
    for (const QString &root : AppInfo::bundledContentRoots()) {
        const QString folder = QDir(root).filePath(QStringLiteral("cases"));
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return {};
}

} // namespace cca::tracing
