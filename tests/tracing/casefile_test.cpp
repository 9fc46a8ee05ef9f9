// Case-file validation: the bundled cases are valid; broken files report each problem at its line.
#include "minicase.h"

#include "support/testutil.h"
#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace cca;
using namespace cca::tracing;

namespace {

QStringList messages(const CaseFile &c)
{
    QStringList out;
    for (const Diagnostic &d : c.errors)
        out << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    return out;
}

bool has(const QStringList &list, const QString &prefix, const QString &contains)
{
    for (const QString &m : list)
        if (m.startsWith(prefix) && m.contains(contains))
            return true;
    return false;
}

} // namespace

TEST(CaseFile, BundledCasesAreValid)
{
    const QStringList files = CaseFile::findCaseFiles(cca::test::sourcePath(QStringLiteral("content/cases")));
    ASSERT_EQ(files.size(), 3);
    for (const QString &file : files) {
        const CaseFile c = CaseFile::load(file);
        EXPECT_TRUE(c.isValid()) << file.toStdString() << ": " << messages(c).join(QLatin1Char('\n')).toStdString();
        EXPECT_FALSE(c.narrative.text(QStringLiteral("zh-Hant")).isEmpty());
        EXPECT_TRUE(c.narrative.has(QStringLiteral("zh-Hant")));
        EXPECT_GE(c.objectives.size(), 3);
        for (const Objective &o : c.objectives)
            EXPECT_TRUE(o.rubric.has(QStringLiteral("zh-Hant")) && o.question.has(QStringLiteral("zh-Hant"))) << o.id.toStdString();
    }
}

TEST(CaseFile, SpendingErrorsAtTheirLines)
{
    const CaseFile c = CaseFile::load(cca::test::dataPath(QStringLiteral("tracing/data/broken-spending.json")));
    const QStringList m = messages(c);
    EXPECT_EQ(m.size(), 3) << m.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(m, QStringLiteral("62:9:"), QStringLiteral("is spent twice: already by"))) << m.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(m, QStringLiteral("62:9:"), QStringLiteral("(line 39)")));
    EXPECT_TRUE(has(m, QStringLiteral("80:9:"), QStringLiteral("an output of no earlier transaction")));
    EXPECT_TRUE(has(m, QStringLiteral("93:5:"), QStringLiteral("outputs (901) exceed inputs (900)")));
    ASSERT_FALSE(c.errors.isEmpty());
    EXPECT_TRUE(c.errors[0].toString().contains(QStringLiteral("broken-spending.json:62:9: error:"))) << c.errors[0].toString().toStdString();
}

TEST(CaseFile, FieldErrorsAtTheirLines)
{
    const QStringList m = messages(CaseFile::load(cca::test::dataPath(QStringLiteral("tracing/data/broken-fields.json"))));
    EXPECT_EQ(m.size(), 5) << m.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(m, QStringLiteral("35:21:"), QStringLiteral("script 'p2pkh' does not match the address, which is p2wpkh")));
    EXPECT_TRUE(has(m, QStringLiteral("41:16:"), QStringLiteral("unknown chain 'ltc'")));
    EXPECT_TRUE(has(m, QStringLiteral("54:11:"), QStringLiteral("unknown field 'memo'")));
    EXPECT_TRUE(has(m, QStringLiteral("66:21:"), QStringLiteral("'confidence' must be between 0 and 100")));
    EXPECT_TRUE(has(m, QStringLiteral("70:18:"), QStringLiteral("appears nowhere on chain 'tbtc'")));
}

TEST(CaseFile, AccountErrorsAtTheirLines)
{
    const QStringList m = messages(CaseFile::load(cca::test::dataPath(QStringLiteral("tracing/data/broken-account.json"))));
    EXPECT_EQ(m.size(), 4) << m.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(has(m, QStringLiteral("33:5:"), QStringLiteral("sends 150 sun but")));
    EXPECT_TRUE(has(m, QStringLiteral("47:13:"), QStringLiteral("is not a well-formed tron address")));
    EXPECT_TRUE(has(m, QStringLiteral("57:16:"), QStringLiteral("unknown asset 'usdt'")));
    EXPECT_TRUE(has(m, QStringLiteral("62:5:"), QStringLiteral("a bridge links two chains")));
}

TEST(CaseFile, SyntaxErrorsAndMissingFields)
{
    const CaseFile broken = CaseFile::parse("{\"kind\": \"tracing-case\",\n \"format\": 1,,}", QStringLiteral("x.json"));
    ASSERT_EQ(broken.errors.size(), 1);
    EXPECT_EQ(broken.errors[0].line, 2);
    const CaseFile empty = CaseFile::parse("{\"kind\": \"tracing-case\", \"format\": 1}", QStringLiteral("y.json"));
    const QStringList m = messages(empty);
    for (const char *field : {"'id'", "'chains'", "'source'", "'objectives'", "'title'"})
        EXPECT_TRUE(has(m, QStringLiteral("1:1:"), QString::fromLatin1(field))) << field << "\n" << m.join(QLatin1Char('\n')).toStdString();
}

TEST(CaseFile, ValueMustBeExactAndPositive)
{
    cca::tracing::test::MiniCase mc;
    mc.tx(QStringLiteral("c"), {}, {{QStringLiteral("a"), 1000}});
    mc.setSource(cca::tracing::test::MiniCase::ref(QStringLiteral("c"), 0));
    QByteArray json = mc.json();
    json.replace("\"value\": 1000", "\"value\": 10.5");
    const QStringList m = messages(CaseFile::parse(json, QStringLiteral("v.json"), {QStringLiteral("en")}));
    ASSERT_EQ(m.size(), 1) << m.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m[0].contains(QStringLiteral("'value' must be a whole number of base units")));
}

TEST(CaseFile, AnswersCheckedAgainstTheObjectives)
{
    const CaseFile c = CaseFile::load(cca::test::sourcePath(QStringLiteral("content/cases/pig-butchering-peel-chain.json")));
    ASSERT_TRUE(c.isValid());
    auto objective = [&](const QString &id) {
        for (const Objective &o : c.objectives)
            if (o.id == id)
                return o;
        ADD_FAILURE() << id.toStdString();
        return Objective{};
    };
    const Objective exchange = objective(QStringLiteral("cash-out-exchange"));
    EXPECT_TRUE(answerMatches(c, exchange, QStringLiteral("Kestrel Exchange (fictional)")));
    EXPECT_TRUE(answerMatches(c, exchange, QStringLiteral("  kestrel   exchange ")));
    EXPECT_TRUE(answerMatches(c, exchange, QStringLiteral("Kestrel Exchange (fictional) hot wallet"))); // a label of that actor
    EXPECT_FALSE(answerMatches(c, exchange, QStringLiteral("Northbay Exchange")));
    EXPECT_FALSE(answerMatches(c, exchange, QString()));
    const Objective deposit = objective(QStringLiteral("deposit-address"));
    EXPECT_TRUE(answerMatches(c, deposit, deposit.answer));
    EXPECT_FALSE(answerMatches(c, deposit, deposit.answer.toUpper()));
    const Objective amount = objective(QStringLiteral("fifo-amount"));
    EXPECT_TRUE(answerMatches(c, amount, QStringLiteral("48,000,000")));
    EXPECT_FALSE(answerMatches(c, amount, QStringLiteral("48000001")));
    EXPECT_FALSE(answerMatches(c, amount, QStringLiteral("about 48 million")));
}

// Damaged copies of the bundled cases (bytes dropped, digits changed) never crash the validator,
// and any that still validate trace with taint conserved.
TEST(CaseFile, DamagedCasesNeverCrash)
{
    quint64 state = 12345;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    for (const QString &file : CaseFile::findCaseFiles(cca::test::sourcePath(QStringLiteral("content/cases")))) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        for (int round = 0; round < 60; ++round) {
            QByteArray damaged = original;
            for (int k = 0; k < 3; ++k) {
                const qsizetype at = qsizetype(next() % quint32(damaged.size()));
                if (round % 2 == 0)
                    damaged.remove(at, 1 + qsizetype(next() % 8));
                else if (damaged[at] >= '0' && damaged[at] <= '9')
                    damaged[at] = char('0' + next() % 10);
                else
                    damaged[at] = "{}[],:\"0a "[next() % 10];
            }
            const CaseFile c = CaseFile::parse(damaged, QStringLiteral("damaged.json"));
            for (const Diagnostic &d : c.errors)
                EXPECT_GE(d.line, 0);
            if (!c.isValid())
                continue;
            const TraceGraph g = TraceGraph::build(c);
            for (TaintMethod m : {TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Lifo}) {
                const TaintResult r = TaintEngine(g).run(m);
                if (!r.ok())
                    continue;
                double held = 0;
                for (const AddressTaint &a : r.addresses)
                    held += a.held;
                EXPECT_LE(held, double(r.sourceValue) + 1e-6);
            }
        }
    }
}
