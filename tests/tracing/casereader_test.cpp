// The streaming case reader against the reference reader (a whole JSON tree first): the same
// model, the same errors at the same file:line:column, for good, broken and damaged files; the
// pieces it is built from (the pull reader, the string pool, the quick address check).
#include "core/jsonreader.h"
#include "support/testutil.h"
#include "tracing/addressformat.h"
#include "tracing/casefile.h"
#include "tracing/casegenerator.h"
#include "tracing/casetable.h"
#include "tracing/jsonstream.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cca;
using namespace cca::tracing;

namespace {

QByteArray generate(quint64 seed, int transactions)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_TRUE(CaseGenerator(GeneratorOptions{seed, transactions}).write(buffer, &error)) << error.toStdString();
    return buffer.data();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

QString errorText(const CaseFile &c)
{
    QStringList out;
    for (const Diagnostic &d : c.errors)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

// Both readers on the same bytes: equal models (errors included).
void expectSameBothWays(const QByteArray &bytes, const QString &name)
{
    const CaseFile streamed = CaseFile::parse(bytes, name);
    const CaseFile tree = CaseFile::parseTree(bytes, name);
    EXPECT_EQ(errorText(streamed), errorText(tree)) << name.toStdString();
    EXPECT_TRUE(streamed == tree) << name.toStdString();
}

QList<QByteArray> damagedCopies(const QByteArray &original, int rounds, quint64 seed)
{
    quint64 state = seed;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    QList<QByteArray> out;
    for (int round = 0; round < rounds; ++round) {
        QByteArray damaged = original;
        for (int k = 0; k < 3; ++k) {
            const qsizetype at = qsizetype(next() % quint32(damaged.size()));
            if (round % 3 == 0)
                damaged.remove(at, 1 + qsizetype(next() % 8));
            else if (round % 3 == 1 && damaged[at] >= '0' && damaged[at] <= '9')
                damaged[at] = char('0' + next() % 10);
            else
                damaged[at] = "{}[],:\"0a \\Z"[next() % 12];
        }
        out << damaged;
    }
    return out;
}

// Every value of a JsonNode tree, with its position, as text (for comparing two readers).
void dump(const JsonNode &n, QString &out)
{
    out += QStringLiteral("%1:%2:%3").arg(n.line).arg(n.column).arg(int(n.type));
    switch (n.type) {
    case JsonNode::Type::String: out += QLatin1Char('"') + n.string + QLatin1Char('"'); break;
    case JsonNode::Type::Number: out += QString::number(n.number, 'g', 17) + (n.integral ? QStringLiteral("i") : QString()); break;
    case JsonNode::Type::Bool: out += n.boolean ? QStringLiteral("t") : QStringLiteral("f"); break;
    default: break;
    }
    for (size_t i = 0; i < n.children.size(); ++i) {
        if (n.isObject())
            out += QStringLiteral("{%1@%2:%3}").arg(n.keys[qsizetype(i)]).arg(n.keyPositions[i].first).arg(n.keyPositions[i].second);
        dump(n.children[i], out);
    }
    out += QLatin1Char(';');
}

} // namespace

TEST(CaseReader, BundledAndBrokenCasesTheSameBothWays)
{
    QStringList files = CaseFile::findCaseFiles(cca::test::sourcePath(QStringLiteral("content/cases")));
    ASSERT_EQ(files.size(), 3);
    for (const char *broken : {"broken-spending.json", "broken-fields.json", "broken-account.json"})
        files << cca::test::dataPath(QStringLiteral("tracing/data/%1").arg(QLatin1String(broken)));
    for (const QString &file : files) {
        const QByteArray bytes = readFile(file);
        expectSameBothWays(bytes, file);
        // Loading the file (read in chunks) gives what parsing its bytes gives.
        EXPECT_TRUE(CaseFile::load(file) == CaseFile::parse(bytes, file)) << file.toStdString();
    }
}

TEST(CaseReader, GeneratedCaseTheSameBothWaysWithTheSameTrace)
{
    const QByteArray bytes = generate(5, 3000);
    const CaseFile streamed = CaseFile::parse(bytes, QStringLiteral("g.json"));
    const CaseFile tree = CaseFile::parseTree(bytes, QStringLiteral("g.json"));
    ASSERT_TRUE(streamed.isValid()) << errorText(streamed).toStdString();
    EXPECT_EQ(streamed.transactions.size(), 3000);
    EXPECT_TRUE(streamed == tree);
    // Spot checks of the compact table against the JSON itself.
    const JsonParseResult json = parseJson(bytes, QStringLiteral("g.json"));
    ASSERT_FALSE(json.error);
    const JsonNode &txs = *json.root.member(QStringLiteral("transactions"));
    for (qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(1234), qsizetype(2999)}) {
        const JsonNode &n = txs.children[size_t(i)];
        const Transaction t = streamed.transactions[i];
        EXPECT_EQ(t.txid, n.member(QStringLiteral("txid"))->string);
        EXPECT_EQ(t.at.line, n.line);
        EXPECT_EQ(t.time, QDateTime::fromString(n.member(QStringLiteral("time"))->string, Qt::ISODate).toMSecsSinceEpoch());
        const JsonNode &outs = *n.member(QStringLiteral("outputs"));
        ASSERT_EQ(t.outputs.size(), qsizetype(outs.children.size()));
        EXPECT_EQ(t.outputs[0].address, outs.children[0].member(QStringLiteral("address"))->string);
        EXPECT_EQ(t.outputs[0].script, outs.children[0].member(QStringLiteral("script"))->string);
        EXPECT_EQ(streamed.transactions.indexOf(t.txid), int(i));
    }
    // Every transaction's time read without QDateTime is the time QDateTime reads.
    for (qsizetype i = 0; i < streamed.transactions.size(); ++i)
        ASSERT_EQ(streamed.transactions.records()[size_t(i)].time,
                  QDateTime::fromString(txs.children[size_t(i)].member(QStringLiteral("time"))->string, Qt::ISODate).toMSecsSinceEpoch());
    // The graph and a trace are the same from either model.
    const TraceGraph g1 = TraceGraph::build(streamed), g2 = TraceGraph::build(tree);
    ASSERT_EQ(g1.addresses().size(), g2.addresses().size());
    for (TaintMethod m : {TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Poison}) {
        const TaintResult a = TaintEngine(g1).run(m), b = TaintEngine(g2).run(m);
        ASSERT_TRUE(a.ok()) << a.error.toStdString();
        ASSERT_EQ(a.addresses.size(), b.addresses.size());
        EXPECT_GT(a.addresses.size(), 3u);
        for (size_t k = 0; k < a.addresses.size(); ++k) {
            EXPECT_EQ(g1.addressText(a.addresses[k].address), g2.addressText(b.addresses[k].address));
            EXPECT_EQ(a.addresses[k].received, b.addresses[k].received);
            EXPECT_EQ(a.addresses[k].held, b.addresses[k].held);
        }
    }
}

// Damaged files (bytes dropped, digits changed, stray characters): the same errors both ways.
TEST(CaseReader, DamagedCasesTheSameBothWays)
{
    QList<QByteArray> originals;
    for (const QString &file : CaseFile::findCaseFiles(cca::test::sourcePath(QStringLiteral("content/cases"))))
        originals << readFile(file);
    originals << generate(9, 120);
    int syntax = 0, semantic = 0;
    for (qsizetype i = 0; i < originals.size(); ++i) {
        for (const QByteArray &damaged : damagedCopies(originals[i], 80, 777 + quint64(i))) {
            const CaseFile streamed = CaseFile::parse(damaged, QStringLiteral("damaged.json"));
            const CaseFile tree = CaseFile::parseTree(damaged, QStringLiteral("damaged.json"));
            ASSERT_EQ(errorText(streamed), errorText(tree)) << damaged.toStdString();
            ASSERT_TRUE(streamed == tree);
            for (const Diagnostic &d : streamed.errors)
                EXPECT_GT(d.line, 0) << d.toString().toStdString();
            if (!streamed.errors.isEmpty())
                (streamed.errors[0].message.startsWith(QLatin1String("JSON syntax")) ? syntax : semantic)++;
        }
    }
    // The damage reached both kinds of error.
    EXPECT_GT(syntax, 20);
    EXPECT_GT(semantic, 20);
}

// Problems deep in a big "transactions" list are reported at their own file:line:column.
TEST(CaseReader, ErrorsDeepInTheTransactionsAtTheirLines)
{
    const QByteArray bytes = generate(3, 2000);
    const QList<QByteArray> lines = bytes.split('\n');
    // Each transaction is one line; pick one far down.
    int target = -1;
    for (int i = int(lines.size()) * 3 / 4; i < lines.size() && target < 0; ++i)
        if (lines[i].contains("\"inputs\": [{\"txid\""))
            target = i;
    ASSERT_GT(target, 100);
    const int lineNumber = target + 1;

    // A comma missing between two fields: a syntax error, and nothing else.
    QList<QByteArray> broken = lines;
    broken[target].replace("\", \"chain\"", "\" \"chain\"");
    const CaseFile syntax = CaseFile::load([&] {
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("syntax.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(broken.join('\n'));
        return path;
    }());
    ASSERT_EQ(syntax.errors.size(), 1) << errorText(syntax).toStdString();
    EXPECT_TRUE(syntax.errors[0].toString().contains(QStringLiteral("syntax.json:%1:").arg(lineNumber))) << errorText(syntax).toStdString();
    EXPECT_TRUE(syntax.errors[0].message.contains(QStringLiteral("expected ',' or '}'")));

    // An upper-case txid, a value that is not a whole number and an unknown script.
    broken = lines;
    const qsizetype txidAt = broken[target].indexOf("\"txid\": \"") + 9;
    broken[target][txidAt] = 'F';
    broken[target].replace("\"script\": \"p2", "\"script\": \"q2");
    const qsizetype valueAt = broken[target].indexOf("\"value\": ") + 9;
    broken[target].insert(valueAt, "0.5");
    const QByteArray bad = broken.join('\n');
    const CaseFile c = CaseFile::parse(bad, QStringLiteral("bad.json"));
    const QString text = errorText(c);
    EXPECT_TRUE(text.contains(QStringLiteral("'txid' must be 64 lower-case hexadecimal digits"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'value' must be a whole number of base units"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'script' must be one of"))) << text.toStdString();
    for (const Diagnostic &d : c.errors) {
        if (!d.message.contains(QLatin1String("no earlier transaction")) && !d.message.contains(QLatin1String("not conserved"))) {
            EXPECT_EQ(d.line, lineNumber) << d.toString().toStdString();
        }
    }
    expectSameBothWays(bad, QStringLiteral("bad.json"));
}

// Transactions before the chains still load (the tree path for them), with the same result.
TEST(CaseReader, TransactionsBeforeChains)
{
    QByteArray bytes = generate(4, 200);
    const qsizetype chainsAt = bytes.indexOf("  \"chains\": [");
    const qsizetype chainsEnd = bytes.indexOf('\n', chainsAt) + 1;
    const QByteArray chains = bytes.mid(chainsAt, chainsEnd - chainsAt);
    bytes.remove(chainsAt, chainsEnd - chainsAt);
    const qsizetype tagsAt = bytes.indexOf("  \"tags\": [");
    bytes.insert(tagsAt, chains);
    const CaseFile c = CaseFile::parse(bytes, QStringLiteral("late-chains.json"));
    EXPECT_TRUE(c.isValid()) << errorText(c).toStdString();
    EXPECT_EQ(c.transactions.size(), 200);
    expectSameBothWays(bytes, QStringLiteral("late-chains.json"));
}

// The pull reader, fed a few bytes at a time, reads the same tree with the same positions as cca::parseJson.
TEST(JsonStream, SmallChunksGiveTheSameTree)
{
    QByteArray bytes = readFile(cca::test::sourcePath(QStringLiteral("content/cases/usdt-tron-bridge-otc.json")));
    bytes.prepend("\xEF\xBB\xBF");
    bytes.append(QByteArrayLiteral("\n"));
    const JsonParseResult reference = parseJson(bytes, QStringLiteral("x.json"));
    ASSERT_FALSE(reference.error);
    QString expected;
    dump(reference.root, expected);
    for (qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(64), qsizetype(4096)}) {
        QBuffer buffer(&bytes);
        ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
        JsonStream s(&buffer, chunk);
        s.begin();
        const JsonNode root = s.readNode(0);
        s.end();
        QString got;
        dump(root, got);
        EXPECT_EQ(got, expected) << "chunk " << chunk;
    }
}

TEST(JsonStream, SyntaxErrorsLikeTheTreeReader)
{
    const QList<QByteArray> samples{
        "{\"a\": 1,}", "{\"a\": 1 \"b\": 2}", "[1, 2,]", "{\"a\": 1, \"a\": 2}", "{\"a\": \"x\ny\"}", "{\"a\": tru}",
        "{\"a\": 01.}", "{\"a\": 1e}", "{\"a\": \"\\q\"}", "{\"a\": \"\\u12G4\"}", "{\"a\": [1, 2}", "{\"a\": 1} x",
        "{\"a\": \"caf\xC3\xA9 \\u00e9\", \"b\": [\"\\ud83d\\ude00\"]} ", "", "   ", "{\"a\": -}", "{\"a\": 1e999}",
        QByteArray(300, '[') + QByteArray(300, ']'), "{\"a\": \"unterminated", "\xEF\xBB\xBF{\"\xC3\xA9\": 2,\n\"\xC3\xA9\": 3}",
    };
    for (const QByteArray &sample : samples) {
        const JsonParseResult reference = parseJson(sample, QStringLiteral("s.json"));
        QString expected, got;
        if (reference.error)
            expected = reference.error->toString();
        else
            dump(reference.root, expected);
        for (qsizetype chunk : {qsizetype(0), qsizetype(2)}) {
            QByteArray copy = sample;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            std::unique_ptr<JsonStream> s = chunk ? std::make_unique<JsonStream>(&buffer, chunk) : std::make_unique<JsonStream>(sample);
            try {
                s->begin();
                const JsonNode root = s->readNode(0);
                s->end();
                got.clear();
                dump(root, got);
            } catch (const JsonStream::SyntaxError &e) {
                got = Diagnostic{QStringLiteral("s.json"), e.line, e.column, QStringLiteral("JSON syntax: ") + e.message}.toString();
            }
            EXPECT_EQ(got, expected) << sample.toStdString() << " chunk " << chunk;
        }
    }
}

TEST(StringPool, InternFindScopesAndValues)
{
    StringPool pool;
    EXPECT_EQ(pool.find(0, "a"), -1);
    const int a = pool.intern(0, "a");
    const int a1 = pool.intern(1, "a");
    EXPECT_NE(a, a1);
    EXPECT_EQ(pool.intern(0, "a"), a);
    EXPECT_EQ(pool.scope(a1), 1);
    EXPECT_EQ(pool.intern(0, ""), 2);
    int value = 0;
    EXPECT_EQ(pool.intern(0, "a", &value), a);
    EXPECT_EQ(value, -1);
    pool.setValue(a, 42);
    EXPECT_EQ(pool.value(a), 42);
    EXPECT_EQ(pool.value(a1), -1);
    // Growing past many rehashes keeps every string, its scope and its value.
    for (int i = 0; i < 200000; ++i) {
        const int id = pool.intern(i % 3, QByteArray::number(i * 7919));
        pool.setValue(id, i);
    }
    EXPECT_EQ(pool.size(), 200003);
    for (int i = 0; i < 200000; i += 997) {
        const int id = pool.find(i % 3, QByteArray::number(i * 7919));
        ASSERT_GE(id, 0);
        EXPECT_EQ(pool.value(id), i);
        EXPECT_EQ(pool.scope(id), i % 3);
        EXPECT_EQ(pool.bytes(id), QByteArray::number(i * 7919));
        EXPECT_EQ(pool.find((i + 1) % 3, QByteArray::number(i * 7919)), -1);
    }
    EXPECT_EQ(pool.value(a), 42);
}

// The quick address check never disagrees with the full one, and settles well-formed addresses.
TEST(AddressFormat, QuickScriptTypeAgreesWithScriptType)
{
    int settled = 0, compared = 0;
    for (const char *format : {"bitcoin", "bitcoin-testnet"}) {
        const QString f = QString::fromLatin1(format);
        for (const char *script : {"p2pkh", "p2sh", "p2wpkh", "p2wsh", "p2tr"}) {
            for (int i = 0; i < 60; ++i) {
                const QString address = addressformat::synthetic(f, QString::fromLatin1(script), QByteArray::number(i));
                EXPECT_EQ(addressformat::quickScriptType(f, address.toLatin1()), QString::fromLatin1(script)) << address.toStdString();
                ++settled;
                // Damaged and re-cased copies: the quick answer, when it gives one, is the full one.
                QList<QString> variants{address, address.toUpper(), address.left(address.size() - 1), address + QLatin1Char('q'),
                                        address.mid(1), QString(address).replace(5, 1, QLatin1Char('1'))};
                for (int k = 0; k < address.size(); k += 3) {
                    QString v = address;
                    v[k] = QLatin1Char(v[k] == QLatin1Char('2') ? '3' : '2');
                    variants << v;
                }
                for (const QString &v : std::as_const(variants)) {
                    const QString quick = addressformat::quickScriptType(f, v.toLatin1());
                    if (!quick.isEmpty()) {
                        EXPECT_EQ(quick, addressformat::scriptType(f, v)) << v.toStdString();
                        ++compared;
                    }
                }
            }
        }
    }
    EXPECT_EQ(settled, 600);
    EXPECT_GE(compared, 600);
    EXPECT_TRUE(addressformat::quickScriptType(QStringLiteral("tron"), "TJ").isEmpty());
}
