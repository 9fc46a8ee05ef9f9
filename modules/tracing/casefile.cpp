#include "tracing/casefile.h"

#include "tracing/addressformat.h"
#include "tracing/jsonstream.h"

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

// 64 lower-case hexadecimal digits.
bool isTxid(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

// "YYYY-MM-DDTHH:MM:SSZ" with every field in range: the common form, read without QDateTime (a
// million of them took seconds). False for anything else, which then goes to QDateTime.
bool plainUtcTime(QByteArrayView t, qint64 *ms)
{
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return false;
    auto num = [&](int from, int count, int *out) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            v = v * 10 + (t[i] - '0');
        }
        *out = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (!num(0, 4, &year) || !num(5, 2, &month) || !num(8, 2, &day) || !num(11, 2, &hour) || !num(14, 2, &minute) || !num(17, 2, &second))
        return false;
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return false;
    // Days from the civil date (Howard Hinnant's algorithm).
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    *ms = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL;
    return true;
}

// A case time in UTC milliseconds; false unless it is an ISO 8601 time in UTC ("...Z").
bool utcTime(const QString &value, qint64 *ms)
{
    bool latin1 = true;
    for (QChar ch : value)
        latin1 = latin1 && ch.unicode() < 0x80;
    if (latin1 && plainUtcTime(value.toLatin1(), ms))
        return true;
    const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
    if (!t.isValid() || !value.endsWith(QLatin1Char('Z')))
        return false;
    *ms = t.toMSecsSinceEpoch();
    return true;
}
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
        qint64 ms = 0;
        if (!utcTime(value, &ms)) {
            error(*obj.member(QStringLiteral("time")), QStringLiteral("'time' must be a UTC time such as 2025-03-01T10:00:00Z"));
            return 0;
        }
        return ms;
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
    Parser(CaseFile &c, Reader &r) : c(c), r(r) {}
    CaseFile &c;
    Reader &r;
    QHash<QString, int> transferIndex;               // transfer id -> index in c.transfers
    QHash<QString, QSet<QString>> accountAddresses;  // chain -> addresses of transfers and balances (normalised by key())
    struct OutputState
    {
        qint64 value;
        int spentBy; // the spending transaction, or -1
    };
    std::vector<OutputState> outs; // per output of c.transactions (value and spender side by side: one memory access)

    // EVM addresses are the same in any letter case; Base58 and Bech32 ones are compared exactly.
    QString key(const QString &chain, const QString &address) const
    {
        const Chain *ch = c.chain(chain);
        return ch && ch->addressFormat == QLatin1String("evm") ? address.toLower() : address;
    }
    void seen(const QString &chain, const QString &address) { accountAddresses[chain].insert(key(chain, address)); }
    // Whether `address` was paid or used on `chain` (outputs, transfers, balances).
    bool onChain(const QString &chain, const QString &address) const
    {
        if (c.transactions.addressId(chain, address) >= 0)
            return true;
        const auto it = accountAddresses.constFind(chain);
        return it != accountAddresses.cend() && it->contains(key(chain, address));
    }
    // After a transaction is added: its outputs can be spent, and (on an EVM chain, which is an
    // error for transactions already reported) its addresses are known in any letter case.
    void added()
    {
        const TransactionTable::Record &rec = c.transactions.records().back();
        for (int o = rec.firstOutput; o < rec.firstOutput + rec.outputCount; ++o)
            outs.push_back(OutputState{c.transactions.outputs()[size_t(o)].value, -1});
        // Whether each table chain is a declared EVM-format chain (asked once per chain).
        while (evmChain.size() < size_t(c.transactions.chainIds().size())) {
            const QString id = c.transactions.chainIds()[qsizetype(evmChain.size())];
            const Chain *declared = id.isEmpty() ? nullptr : c.chain(id);
            evmChain.push_back(declared && declared->addressFormat == QLatin1String("evm"));
        }
        if (evmChain[size_t(rec.chain)]) {
            const QString chain = c.transactions.chainIds().value(rec.chain);
            for (int o = rec.firstOutput; o < rec.firstOutput + rec.outputCount; ++o)
                seen(chain, c.transactions.addresses().text(c.transactions.outputs()[size_t(o)].address));
        }
    }
    std::vector<bool> evmChain; // per chain of c.transactions.chainIds()

    // One input of transaction `index` (on `chain` at `time`) that spends an output of transaction
    // `found`: checks the output exists, is on the same chain, is older and unspent, and adds its value.
    // False when that output does not exist.
    static const QString &text(const QString &s) { return s; }
    static QString text(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

    template<typename Txid>
    // (`tableChain`: the index of `chain` in the table's chain names, which are unique, so equal
    // indices mean equal names.)
    bool spend(Position at, const Txid &txid, int vout, int found, const QString &chain, int tableChain, qint64 time, int index,
               qint64 *inputTotal)
    {
        const TransactionTable &t = c.transactions;
        const TransactionTable::Record &prev = t.records()[size_t(found)];
        if (vout >= prev.outputCount) {
            r.error(at.line, at.column, QStringLiteral("the input spends %1:%2, but that transaction has %3 output(s)")
                                            .arg(text(txid)).arg(vout).arg(prev.outputCount));
            return false;
        }
        if (!chain.isEmpty() && prev.chain != tableChain && !t.chainIds()[prev.chain].isEmpty())
            r.error(at.line, at.column, QStringLiteral("the input spends an output on chain '%1' from chain '%2'").arg(t.chainIds()[prev.chain], chain));
        if (prev.time > time)
            r.error(at.line, at.column, QStringLiteral("the input spends an output created later (%1)").arg(formatTime(prev.time)));
        const int out = prev.firstOutput + vout;
        OutputState &state = outs[size_t(out)];
        if (const int other = state.spentBy; other >= 0) {
            r.error(at.line, at.column, QStringLiteral("output %1:%2 is spent twice: already by %3 (line %4)")
                                            .arg(text(txid)).arg(vout).arg(t.txid(other)).arg(t.records()[size_t(other)].at.line));
        } else {
            state.spentBy = index;
        }
        *inputTotal += state.value;
        return true;
    }

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
        for (const JsonNode &n : list->children) {
            if (!r.object(n, QStringLiteral("a transaction"), {QStringLiteral("txid"), QStringLiteral("chain"), QStringLiteral("time"),
                                                               QStringLiteral("coinbase"), QStringLiteral("inputs"), QStringLiteral("outputs")}))
                continue;
            Transaction tx;
            tx.at = pos(n);
            tx.txid = r.text(n, QStringLiteral("txid"), QStringLiteral("transaction"));
            if (!tx.txid.isEmpty() && !isTxid(tx.txid.toUtf8()))
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
                    const int found = input.txid.isEmpty() ? -1 : c.transactions.indexOf(input.txid);
                    if (found < 0) {
                        r.error(in, QStringLiteral("the input spends %1:%2, an output of no earlier transaction in this case")
                                        .arg(input.txid).arg(input.vout));
                        inputsKnown = false;
                        continue;
                    }
                    if (!spend(input.at, input.txid, input.vout, found, tx.chain, c.transactions.internChain(tx.chain.toUtf8()), tx.time, index,
                               &inputTotal))
                        inputsKnown = false;
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
                }
            }
            if (!tx.coinbase && inputsKnown && outputTotal > inputTotal)
                r.error(n, QStringLiteral("outputs (%1) exceed inputs (%2): value is not conserved in %3")
                               .arg(outputTotal).arg(inputTotal).arg(tx.txid));
            if (!tx.txid.isEmpty() && c.transactions.indexOf(tx.txid) >= 0)
                r.error(*n.member(QStringLiteral("txid")), QStringLiteral("txid %1 appears twice").arg(tx.txid));
            c.transactions.append(tx);
            added();
        }
    }

    // ---- The streaming reader of "transactions": the same checks and messages as transactions()
    // above, in the same order, on values read one by one; nothing of a transaction is kept but
    // its compact record.

    using Value = JsonStream::Value;
    struct Field
    {
        bool present = false;
        Value v;
    };
    struct Item // an input (txid, vout) or an output (address, value, script)
    {
        JsonNode::Type type = JsonNode::Type::Object;
        Position at;
        Field f[3];
        std::vector<std::pair<std::string, Position>> unknown;
    };
    struct RawTx
    {
        JsonNode::Type type = JsonNode::Type::Object;
        Position at;
        Field txid, chain, time, coinbase, inputs, outputs;
        std::vector<Item> ins, outs;
        size_t inCount = 0, outCount = 0;
        std::vector<std::pair<std::string, Position>> unknown;
    };
    struct ChainRef
    {
        QByteArray id;
        const Chain *chain = nullptr;
        int table = -1; // in c.transactions.chainIds()
    };

    RawTx raw;
    std::vector<ChainRef> chainRefs;
    QString inTransaction = QStringLiteral("transaction"), inInput = QStringLiteral("input"), inOutput = QStringLiteral("output");

    static QString qs(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
    static QByteArrayView view(const std::string &s) { return QByteArrayView(s.data(), qsizetype(s.size())); }
    void error(const Value &v, const QString &message) { r.error(v.line, v.column, message); }
    void error(Position at, const QString &message) { r.error(at.line, at.column, message); }

    static bool blank(const std::string &s)
    {
        for (char ch : s)
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' && ch != '\v' && static_cast<unsigned char>(ch) < 0x80)
                return false;
        for (char ch : s)
            if (static_cast<unsigned char>(ch) >= 0x80)
                return qs(s).trimmed().isEmpty();
        return true;
    }
    // JsonFields::string: empty unless the field is text; a required one must not be blank.
    const std::string *text(Position obj, const Field &f, const char *key, const QString &what)
    {
        if (!f.present) {
            error(obj, QStringLiteral("missing required field '%1' in %2").arg(QLatin1String(key), what));
            return nullptr;
        }
        if (!f.v.isString()) {
            error(f.v, QStringLiteral("'%1' must be text in double quotes").arg(QLatin1String(key)));
            return nullptr;
        }
        if (blank(f.v.text))
            error(f.v, QStringLiteral("'%1' must not be empty").arg(QLatin1String(key)));
        return &f.v.text;
    }
    bool list(Position obj, const Field &f, const char *key, bool required, size_t items, int minItems)
    {
        if (!f.present) {
            if (required)
                error(obj, QStringLiteral("missing required field '%1'").arg(QLatin1String(key)));
            return false;
        }
        if (f.v.type != JsonNode::Type::Array) {
            error(f.v, QStringLiteral("'%1' must be a list [ ... ]").arg(QLatin1String(key)));
            return false;
        }
        if (int(items) < minItems)
            error(f.v, QStringLiteral("'%1' needs at least %2 item(s)").arg(QLatin1String(key)).arg(minItems));
        return true;
    }
    bool object(JsonNode::Type type, Position at, const std::vector<std::pair<std::string, Position>> &unknown, const QString &what,
                const QStringList &allowed)
    {
        if (type != JsonNode::Type::Object) {
            error(at, QStringLiteral("%1 must be an object { ... }, not %2").arg(what, JsonNode::typeName(type)));
            return false;
        }
        for (const auto &[key, keyAt] : unknown)
            error(keyAt, QStringLiteral("unknown field '%1' in %2 (allowed: %3)").arg(qs(key), what, allowed.join(QStringLiteral(", "))));
        return true;
    }

    // Reads one object member's value into `f` (objects and lists: their type only).
    static void field(JsonStream &s, int depth, Field &f)
    {
        f.present = true;
        s.readValue(depth, f.v);
    }
    static void unknownField(JsonStream &s, int depth, JsonStream::Object &o, std::vector<std::pair<std::string, Position>> &unknown)
    {
        unknown.emplace_back(o.key(), Position{o.keyLine(), o.keyColumn()});
        s.readNode(depth);
    }
    static void reset(Field &f) { f.present = false; }

    // One input or output object at the stream (depth: of the object); keys a, b, c fill f[0..2].
    static void readItem(JsonStream &s, int depth, Item &item, const char *a, const char *b, const char *c3)
    {
        item.at = Position{s.line(), s.column()};
        for (Field &f : item.f)
            reset(f);
        item.unknown.clear();
        if (s.peek() != '{') {
            Value v;
            s.readValue(depth, v);
            item.type = v.type;
            return;
        }
        item.type = JsonNode::Type::Object;
        JsonStream::Object o(s);
        while (o.next()) {
            const std::string &k = o.key();
            if (k == a)
                field(s, depth + 1, item.f[0]);
            else if (k == b)
                field(s, depth + 1, item.f[1]);
            else if (c3 && k == c3)
                field(s, depth + 1, item.f[2]);
            else
                unknownField(s, depth + 1, o, item.unknown);
        }
    }

    // Warms the index slot a later lookup of this input's txid or output's address will read.
    void prefetch(const Item &item, bool output)
    {
        if (item.type != JsonNode::Type::Object || !item.f[0].present || !item.f[0].v.isString())
            return;
        if (!output) {
            c.transactions.prefetchTxid(view(item.f[0].v.text));
            return;
        }
        if (raw.chain.present && raw.chain.v.isString())
            for (const ChainRef &ref : chainRefs)
                if (ref.id == view(raw.chain.v.text))
                    c.transactions.prefetchAddress(ref.table, view(item.f[0].v.text));
    }

    void readItems(JsonStream &s, int depth, Field &f, std::vector<Item> &items, size_t &count, const char *a, const char *b,
                   const char *c3)
    {
        count = 0;
        f.present = true;
        if (s.peek() != '[') {
            s.readValue(depth, f.v);
            return;
        }
        f.v.type = JsonNode::Type::Array;
        f.v.line = s.line();
        f.v.column = s.column();
        JsonStream::Array list(s);
        while (list.next()) {
            if (items.size() <= count)
                items.emplace_back();
            readItem(s, depth + 1, items[count], a, b, c3);
            prefetch(items[count++], c3 != nullptr);
        }
    }

    void readTransaction(JsonStream &s, int depth)
    {
        RawTx &t = raw;
        t.at = Position{s.line(), s.column()};
        for (Field *f : {&t.txid, &t.chain, &t.time, &t.coinbase, &t.inputs, &t.outputs})
            reset(*f);
        t.inCount = t.outCount = 0;
        t.unknown.clear();
        if (s.peek() != '{') {
            Value v;
            s.readValue(depth, v);
            t.type = v.type;
            return;
        }
        t.type = JsonNode::Type::Object;
        JsonStream::Object o(s);
        while (o.next()) {
            const std::string &k = o.key();
            if (k == "txid") {
                field(s, depth + 1, t.txid);
                if (t.txid.v.isString())
                    c.transactions.prefetchTxid(view(t.txid.v.text));
            }
            else if (k == "chain")
                field(s, depth + 1, t.chain);
            else if (k == "time")
                field(s, depth + 1, t.time);
            else if (k == "coinbase")
                field(s, depth + 1, t.coinbase);
            else if (k == "inputs")
                readItems(s, depth + 1, t.inputs, t.ins, t.inCount, "txid", "vout", nullptr);
            else if (k == "outputs")
                readItems(s, depth + 1, t.outputs, t.outs, t.outCount, "address", "value", "script");
            else
                unknownField(s, depth + 1, o, t.unknown);
        }
    }

    // The "transactions" list at the stream (depth: of the list), after chains().
    void transactions(JsonStream &s, int depth, qint64 sizeHint)
    {
        for (const Chain &ch : std::as_const(c.chains))
            chainRefs.push_back(ChainRef{ch.id.toUtf8(), &ch, c.transactions.internChain(ch.id.toUtf8())});
        // About 450 bytes a generated transaction with 1.7 inputs and 1.9 outputs; reserving more
        // than is used costs address space, not memory.
        if (sizeHint > (1 << 20)) {
            const qsizetype txs = qsizetype(sizeHint / 400);
            c.transactions.reserve(txs, txs * 2, txs * 2, txs * 2 * 48);
            outs.reserve(size_t(txs) * 2);
        }
        JsonStream::Array list(s);
        while (list.next()) {
            readTransaction(s, depth + 1);
            checkTransaction();
        }
    }

    static TransactionTable::Script scriptCode(const QString &name)
    {
        for (auto code : {TransactionTable::P2wpkh, TransactionTable::P2pkh, TransactionTable::P2sh, TransactionTable::P2tr, TransactionTable::P2wsh})
            if (name == TransactionTable::scriptName(code))
                return code;
        return TransactionTable::NoScript;
    }

    const ChainRef *chainRef(Position obj, const Field &f, const QString &what)
    {
        const std::string *id = text(obj, f, "chain", what);
        if (!id || id->empty())
            return nullptr;
        for (const ChainRef &ref : chainRefs)
            if (ref.id == view(*id))
                return &ref;
        QStringList ids;
        for (const Chain &k : std::as_const(c.chains))
            ids << k.id;
        error(f.v, QStringLiteral("unknown chain '%1' (declared: %2)").arg(qs(*id), ids.join(QStringLiteral(", "))));
        return nullptr;
    }

    void checkTransaction()
    {
        static const QStringList txKeys{QStringLiteral("txid"), QStringLiteral("chain"), QStringLiteral("time"),
                                        QStringLiteral("coinbase"), QStringLiteral("inputs"), QStringLiteral("outputs")};
        static const QStringList inputKeys{QStringLiteral("txid"), QStringLiteral("vout")};
        static const QStringList outputKeys{QStringLiteral("address"), QStringLiteral("value"), QStringLiteral("script")};
        static const QStringList scripts = scriptTypes();
        const RawTx &t = raw;
        if (!object(t.type, t.at, t.unknown, QStringLiteral("a transaction"), txKeys))
            return;
        TransactionTable &table = c.transactions;
        static const std::string none;
        const std::string *txidText = text(t.at, t.txid, "txid", inTransaction);
        const std::string &txid = txidText ? *txidText : none;
        if (!txid.empty() && !isTxid(view(txid)))
            error(t.txid.v, QStringLiteral("'txid' must be 64 lower-case hexadecimal digits"));
        const ChainRef *ref = chainRef(t.at, t.chain, inTransaction);
        const Chain *ch = ref ? ref->chain : nullptr;
        const QString chain = ch ? ch->id : QString();
        if (ch && ch->model != ChainModel::Utxo)
            error(t.chain.v, QStringLiteral("'%1' is an account-model chain: write its payments under \"transfers\"").arg(ch->id));
        qint64 time = 0;
        if (const std::string *value = text(t.at, t.time, "time", inTransaction); value && !value->empty()) {
            if (!plainUtcTime(view(*value), &time) && !utcTime(qs(*value), &time)) {
                error(t.time.v, QStringLiteral("'time' must be a UTC time such as 2025-03-01T10:00:00Z"));
                time = 0;
            }
        }
        bool coinbase = false;
        if (t.coinbase.present) {
            if (t.coinbase.v.type != JsonNode::Type::Bool)
                error(t.coinbase.v, QStringLiteral("'coinbase' must be true or false"));
            else
                coinbase = t.coinbase.v.boolean;
        }
        qint64 inputTotal = 0;
        bool inputsKnown = true;
        const int index = int(table.size());
        const int tableChain = ref ? ref->table : table.internChain(QByteArrayView());
        if (list(t.at, t.inputs, "inputs", !coinbase, t.inCount, 0)) {
            if (coinbase && t.inCount > 0)
                error(t.inputs.v, QStringLiteral("a coinbase transaction has no inputs"));
            if (!coinbase && t.inCount == 0)
                error(t.inputs.v, QStringLiteral("a transaction other than a coinbase needs at least one input"));
            for (size_t i = 0; i < t.inCount; ++i) {
                const Item &in = t.ins[i];
                if (!object(in.type, in.at, in.unknown, QStringLiteral("an input"), inputKeys)) {
                    inputsKnown = false;
                    continue;
                }
                const std::string *spentText = text(in.at, in.f[0], "txid", inInput);
                const std::string &spent = spentText ? *spentText : none;
                const int vout = integer(in.at, in.f[1], "vout", inInput, 0, 1000000);
                int found = -1;
                const int spentId = table.internTxid(view(spent), &found);
                if (spent.empty())
                    found = -1;
                table.addInput(TransactionTable::Input{spentId, vout, in.at});
                if (found < 0) {
                    error(in.at, QStringLiteral("the input spends %1:%2, an output of no earlier transaction in this case").arg(qs(spent)).arg(vout));
                    inputsKnown = false;
                    continue;
                }
                if (!spend(in.at, spent, vout, found, chain, tableChain, time, index, &inputTotal))
                    inputsKnown = false;
            }
        }
        qint64 outputTotal = 0;
        if (list(t.at, t.outputs, "outputs", true, t.outCount, 1)) {
            for (size_t i = 0; i < t.outCount; ++i) {
                const Item &o = t.outs[i];
                if (!object(o.type, o.at, o.unknown, QStringLiteral("an output"), outputKeys))
                    continue;
                // address(): the format's script type of the address, checked once per address.
                const std::string *addressText = text(o.at, o.f[0], "address", inOutput);
                const std::string &address = addressText ? *addressText : none;
                int mark = -1; // the script type derived when the address was first met
                const int addressId = table.internAddress(tableChain, view(address), &mark);
                QString derived;
                if (!address.empty() && ch && !ch->addressFormat.isEmpty()) {
                    if (mark >= 0) {
                        derived = TransactionTable::scriptName(TransactionTable::Script(mark));
                    } else {
                        derived = addressformat::quickScriptType(ch->addressFormat, view(address));
                        QString why;
                        if (derived.isEmpty())
                            derived = addressformat::scriptType(ch->addressFormat, qs(address), &why);
                        if (derived.isEmpty())
                            error(o.f[0].v, QStringLiteral("'%1' is not a well-formed %2 address: %3").arg(qs(address), ch->addressFormat, why));
                        else
                            table.setAddressMark(addressId, scriptCode(derived));
                    }
                }
                const qint64 value = amount(o.at, o.f[1], "value", inOutput, 1);
                TransactionTable::Script script = TransactionTable::NoScript;
                const Field &sf = o.f[2];
                if (!sf.present) {
                    error(o.at, QStringLiteral("missing required field 'script' in output"));
                } else {
                    const TransactionTable::Script given = sf.v.isString() ? TransactionTable::scriptCode(view(sf.v.text)) : TransactionTable::NoScript;
                    if (given == TransactionTable::NoScript) {
                        error(sf.v, QStringLiteral("'script' must be one of: %1").arg(scripts.join(QStringLiteral(", "))));
                        script = TransactionTable::P2pkh;
                    } else {
                        script = given;
                        const QString name = TransactionTable::scriptName(script);
                        if (!derived.isEmpty() && derived != name)
                            error(sf.v, QStringLiteral("script '%1' does not match the address, which is %2").arg(name, derived));
                    }
                }
                outputTotal += value;
                table.addOutput(TransactionTable::Output{value, addressId, o.at, script});
            }
        }
        if (!coinbase && inputsKnown && outputTotal > inputTotal)
            error(t.at, QStringLiteral("outputs (%1) exceed inputs (%2): value is not conserved in %3").arg(outputTotal).arg(inputTotal).arg(qs(txid)));
        TransactionTable::Record rec;
        int first = -1;
        rec.txid = table.internTxid(view(txid), &first);
        if (!txid.empty() && first >= 0)
            error(t.txid.v, QStringLiteral("txid %1 appears twice").arg(qs(txid)));
        rec.chain = tableChain;
        rec.time = time;
        rec.coinbase = coinbase;
        rec.at = t.at;
        table.addRecord(rec);
        added();
    }

    int integer(Position obj, const Field &f, const char *key, const QString &what, int min, int max)
    {
        if (!f.present) {
            error(obj, QStringLiteral("missing required field '%1' in %2").arg(QLatin1String(key), what));
            return 0;
        }
        if (!f.v.isInteger()) {
            error(f.v, QStringLiteral("'%1' must be a whole number").arg(QLatin1String(key)));
            return 0;
        }
        if (f.v.number < min || f.v.number > max) {
            error(f.v, QStringLiteral("'%1' must be between %2 and %3").arg(QLatin1String(key)).arg(min).arg(max));
            return 0;
        }
        return int(f.v.number);
    }
    qint64 amount(Position obj, const Field &f, const char *key, const QString &what, qint64 min)
    {
        if (!f.present) {
            error(obj, QStringLiteral("missing required field '%1' in %2").arg(QLatin1String(key), what));
            return 0;
        }
        if (!f.v.isInteger() || f.v.number < double(min) || f.v.number > double(kMaxExactInteger)) {
            error(f.v, QStringLiteral("'%1' must be a whole number of base units from %2 to %3").arg(QLatin1String(key)).arg(min).arg(kMaxExactInteger));
            return 0;
        }
        return qint64(f.v.number);
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
                if (transferIndex.contains(t.id) || c.transactions.indexOf(t.id) >= 0)
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
        if (onChain(chain, address))
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
            const int tx = c.transactions.indexOf(ref.left(colon));
            if (ok && tx >= 0 && vout >= 0 && vout < c.transactions.records()[size_t(tx)].outputCount) {
                *chain = *asset = c.transactions.chain(tx);
                *time = c.transactions.records()[size_t(tx)].time;
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
        for (const Chain &chain : std::as_const(c.chains))
            address = address || onChain(chain.id, c.source);
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

namespace {

// The checks after the JSON, in the order of the format, on the root object; its "transactions"
// were already read and checked when `streamed`, and its chains when `chainsDone`.
void check(CaseFile &c, Reader &r, Parser &p, const JsonNode &root, bool chainsDone, bool streamed)
{
    if (!r.object(root, QStringLiteral("the case"),
                  {QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("title"),
                   QStringLiteral("narrative"), QStringLiteral("chains"), QStringLiteral("tokens"), QStringLiteral("transactions"),
                   QStringLiteral("transfers"), QStringLiteral("openingBalances"), QStringLiteral("tags"), QStringLiteral("bridges"),
                   QStringLiteral("source"), QStringLiteral("objectives"), QStringLiteral("debrief")}))
        return;
    if (const JsonNode *format = r.need(root, QStringLiteral("format"), QString()); format && (!format->isInteger() || format->number != 1))
        r.error(*format, QStringLiteral("'format' must be 1"));
    if (const JsonNode *kind = r.need(root, QStringLiteral("kind"), QString()); kind && (!kind->isString() || kind->string != QLatin1String("tracing-case")))
        r.error(*kind, QStringLiteral("'kind' must be \"tracing-case\""));
    c.id = r.id(root, QStringLiteral("id"), QString());
    c.title = r.localized(root, QStringLiteral("title"), QString());
    c.narrative = r.localized(root, QStringLiteral("narrative"), QString());
    if (!chainsDone)
        p.chains(root);
    p.tokens(root);
    if (!streamed)
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
}

// The streaming reader: every top-level member but "transactions" becomes a small JsonNode tree;
// the transactions are checked one by one as they are read when the chains came first.
CaseFile readStream(JsonStream &s, const QString &path, const QStringList &requiredLanguages, qint64 sizeHint)
{
    CaseFile c;
    c.path = path;
    Reader r(c.errors, path, requiredLanguages);
    Parser p{c, r};
    JsonNode root;
    bool chainsDone = false, streamed = false;
    try {
        s.begin();
        if (s.peek() != '{') {
            root = s.readNode(0);
        } else {
            root.type = JsonNode::Type::Object;
            root.line = s.line();
            root.column = s.column();
            JsonStream::Object o(s);
            while (o.next()) {
                root.keys << QString::fromUtf8(o.key().data(), qsizetype(o.key().size()));
                root.keyPositions.emplace_back(o.keyLine(), o.keyColumn());
                if (o.key() == "transactions" && s.peek() == '[' && root.member(QStringLiteral("chains"))) {
                    JsonNode placeholder;
                    placeholder.type = JsonNode::Type::Array;
                    placeholder.line = s.line();
                    placeholder.column = s.column();
                    root.children.push_back(placeholder);
                    p.chains(root);
                    chainsDone = true;
                    p.transactions(s, 1, sizeHint);
                    streamed = true;
                } else {
                    root.children.push_back(s.readNode(1));
                }
            }
        }
        s.end();
    } catch (const JsonStream::SyntaxError &e) {
        CaseFile broken;
        broken.path = path;
        broken.errors << Diagnostic{path, e.line, e.column, QStringLiteral("JSON syntax: ") + e.message};
        return broken;
    }
    check(c, r, p, root, chainsDone, streamed);
    return c;
}

} // namespace

CaseFile CaseFile::parse(const QByteArray &utf8, const QString &path, const QStringList &requiredLanguages)
{
    JsonStream s(utf8);
    return readStream(s, path, requiredLanguages, utf8.size());
}

CaseFile CaseFile::parseTree(const QByteArray &utf8, const QString &path, const QStringList &requiredLanguages)
{
    CaseFile c;
    c.path = path;
    JsonParseResult parsed = parseJson(utf8, path);
    if (parsed.error) {
        c.errors << *parsed.error;
        return c;
    }
    Reader r(c.errors, path, requiredLanguages);
    Parser p{c, r};
    check(c, r, p, parsed.root, false, false);
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
    JsonStream s(&f);
    return readStream(s, path, requiredLanguages, f.size());
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
