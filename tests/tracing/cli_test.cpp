// 'ccacademy-cli trace ...' and 'validate' on case files, run as separate processes.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cca;

namespace {

QStringList bundledCases()
{
    QStringList out;
    const QDir dir(test::sourcePath(QStringLiteral("content/cases")));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

QJsonObject taint(const QString &file, const QString &method, const QStringList &extra = {})
{
    const test::ProcessResult r = test::run(test::cliPath(), QStringList{QStringLiteral("trace"), QStringLiteral("taint"), file,
                                                                         QStringLiteral("--method"), method, QStringLiteral("--json")} + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST(TraceCli, ValidateAcceptsCaseFilesAndFolders)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), test::sourcePath(QStringLiteral("content/cases"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral("0 problem(s)")), 3) << r.out.toStdString();
    const auto one = test::run(test::cliPath(), {QStringLiteral("validate"), bundledCases().first()});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    const auto bad = test::run(test::cliPath(), {QStringLiteral("validate"), test::dataPath(QStringLiteral("tracing/data/broken-spending.json"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("broken-spending.json:93:5: error: outputs (901) exceed inputs (900)"))) << bad.err.toStdString();
}

TEST(TraceCli, TaintJsonShapeAndConservationOnEveryBundledCase)
{
    const QStringList cases = bundledCases();
    ASSERT_EQ(cases.size(), 3);
    for (const QString &file : cases) {
        for (const QString &method : {QStringLiteral("poison"), QStringLiteral("haircut"), QStringLiteral("fifo"), QStringLiteral("lifo")}) {
            const QJsonObject o = taint(file, method);
            QStringList keys = o.keys();
            keys.sort();
            EXPECT_EQ(keys, (QStringList{QStringLiteral("addresses"), QStringLiteral("method"), QStringLiteral("source"),
                                         QStringLiteral("source_value"), QStringLiteral("unit")}));
            EXPECT_EQ(o.value(QStringLiteral("method")).toString(), method);
            EXPECT_FALSE(o.value(QStringLiteral("unit")).toString().isEmpty());
            const qint64 sourceValue = o.value(QStringLiteral("source_value")).toInteger();
            EXPECT_GT(sourceValue, 0);
            const QJsonArray addresses = o.value(QStringLiteral("addresses")).toArray();
            EXPECT_GE(addresses.size(), 3) << file.toStdString();
            qint64 held = 0;
            for (const QJsonValue &v : addresses) {
                const QJsonObject a = v.toObject();
                QStringList k = a.keys();
                k.sort();
                EXPECT_EQ(k, (QStringList{QStringLiteral("address"), QStringLiteral("held_tainted"), QStringLiteral("received_tainted"),
                                          QStringLiteral("share")}));
                EXPECT_TRUE(a.value(QStringLiteral("received_tainted")).isDouble());
                EXPECT_GE(a.value(QStringLiteral("received_tainted")).toInteger(), a.value(QStringLiteral("held_tainted")).toInteger());
                const double share = a.value(QStringLiteral("share")).toDouble();
                EXPECT_TRUE(share >= 0 && share <= 1) << share;
                held += a.value(QStringLiteral("held_tainted")).toInteger();
            }
            if (method != QLatin1String("poison")) {
                EXPECT_LE(held, sourceValue) << file.toStdString() << " " << method.toStdString();
            }
        }
    }
}

TEST(TraceCli, LibrOnlyForAccountSources)
{
    const QString usdt = test::sourcePath(QStringLiteral("content/cases/usdt-tron-bridge-otc.json"));
    const QJsonObject o = taint(usdt, QStringLiteral("libr"));
    EXPECT_EQ(o.value(QStringLiteral("method")).toString(), QStringLiteral("libr"));
    const auto r = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("taint"),
                                               test::sourcePath(QStringLiteral("content/cases/ransomware-mixer.json")),
                                               QStringLiteral("--method"), QStringLiteral("libr")});
    EXPECT_EQ(r.exitCode, 1);
}

// The case's own answer (FIFO amount at the final deposit address) is what the engine computes.
TEST(TraceCli, PigButcheringObjectiveMatchesTheEngine)
{
    const QString file = test::sourcePath(QStringLiteral("content/cases/pig-butchering-peel-chain.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QString deposit;
    qint64 amount = -1;
    for (const QJsonValue &v : doc.value(QStringLiteral("objectives")).toArray()) {
        const QJsonObject answer = v.toObject().value(QStringLiteral("answer")).toObject();
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("deposit-address"))
            deposit = answer.value(QStringLiteral("address")).toString();
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("fifo-amount"))
            amount = answer.value(QStringLiteral("amount")).toInteger();
    }
    ASSERT_FALSE(deposit.isEmpty());
    const QJsonObject o = taint(file, QStringLiteral("fifo"));
    qint64 received = -1;
    for (const QJsonValue &v : o.value(QStringLiteral("addresses")).toArray())
        if (v.toObject().value(QStringLiteral("address")).toString() == deposit)
            received = v.toObject().value(QStringLiteral("received_tainted")).toInteger();
    EXPECT_EQ(received, amount);
}

TEST(TraceCli, PathsClustersAndSource)
{
    const QString file = test::sourcePath(QStringLiteral("content/cases/usdt-tron-bridge-otc.json"));
    const auto paths = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("paths"), file, QStringLiteral("--json")});
    ASSERT_EQ(paths.exitCode, 0) << paths.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(paths.out.toUtf8()).object().value(QStringLiteral("paths")).toArray();
    ASSERT_FALSE(list.isEmpty());
    bool otc = false;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        EXPECT_LE(p.value(QStringLiteral("received_tainted")).toInteger(), previous);
        previous = p.value(QStringLiteral("received_tainted")).toInteger();
        if (p.value(QStringLiteral("category")).toString() == QLatin1String("otc")) {
            otc = true;
            bool viaBridge = false;
            for (const QJsonValue &h : p.value(QStringLiteral("hops")).toArray())
                viaBridge = viaBridge || h.toObject().value(QStringLiteral("via")).toString().contains(QStringLiteral("Arcbridge"));
            EXPECT_TRUE(viaBridge);
        }
    }
    EXPECT_TRUE(otc);
    const auto clusters = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("clusters"),
                                                      test::sourcePath(QStringLiteral("content/cases/ransomware-mixer.json")), QStringLiteral("--json")});
    ASSERT_EQ(clusters.exitCode, 0) << clusters.err.toStdString();
    const QJsonObject c = QJsonDocument::fromJson(clusters.out.toUtf8()).object();
    EXPECT_EQ(c.value(QStringLiteral("coinjoins_skipped")).toInt(), 1);
    const auto unknown = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("taint"), file, QStringLiteral("--method"),
                                                     QStringLiteral("haircut"), QStringLiteral("--source"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 1);
    const auto badMethod = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("taint"), file, QStringLiteral("--method"), QStringLiteral("tiho")});
    EXPECT_EQ(badMethod.exitCode, 2);
}

TEST(TraceCli, GenerateIsReproducible)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
    for (const QString &path : {a, b}) {
        const auto r = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("5"),
                                                   QStringLiteral("--transactions"), QStringLiteral("300"), QStringLiteral("--out"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QFile fa(a), fb(b);
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    EXPECT_FALSE(bytes.isEmpty());
    EXPECT_EQ(bytes, fb.readAll());
    const auto v = test::run(test::cliPath(), {QStringLiteral("validate"), a});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
}

TEST(TraceCli, ChangeExplainsEachHeuristic)
{
    // peel-3 of the pig-butchering case: one p2wpkh input; a round 0.1 tBTC peel to a P2SH exchange
    // deposit and an odd remainder to a fresh P2WPKH address, spent again the same way.
    const QString file = test::sourcePath(QStringLiteral("content/cases/pig-butchering-peel-chain.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray txs = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("transactions")).toArray();
    QString peel3;
    for (const QJsonValue &v : txs) {
        const QJsonArray outs = v.toObject().value(QStringLiteral("outputs")).toArray();
        if (outs.size() == 2 && outs[0].toObject().value(QStringLiteral("value")).toInteger() == 10000000)
            peel3 = v.toObject().value(QStringLiteral("txid")).toString();
    }
    ASSERT_FALSE(peel3.isEmpty());
    const auto r = test::run(test::cliPath(), {QStringLiteral("trace"), QStringLiteral("change"), file, peel3, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("likely_change")).toInt(), 1);
    QStringList heuristics;
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        heuristics << v.toObject().value(QStringLiteral("heuristic")).toString();
        EXPECT_EQ(v.toObject().value(QStringLiteral("output")).toInt(), 1);
        EXPECT_FALSE(v.toObject().value(QStringLiteral("explanation")).toString().isEmpty());
    }
    heuristics.sort();
    EXPECT_EQ(heuristics, (QStringList{QStringLiteral("address-type"), QStringLiteral("peel-chain"), QStringLiteral("round-amount")}));
}
