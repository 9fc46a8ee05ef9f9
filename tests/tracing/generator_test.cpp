// The synthetic case generator: reproducible, valid, and carrying its laundering patterns.
#include "tracing/casefile.h"
#include "tracing/casegenerator.h"
#include "tracing/clustering.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <numeric>

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

} // namespace

TEST(Generator, SameSeedSameBytes)
{
    const QByteArray a = generate(42, 400);
    const QByteArray b = generate(42, 400);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, generate(43, 400));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    ASSERT_TRUE(CaseGenerator(GeneratorOptions{42, 400}).writeFile(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), a);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("case.json")}); // no temporary left
}

TEST(Generator, RefusesTooFewTransactions)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_FALSE(CaseGenerator(GeneratorOptions{1, 10}).write(buffer, &error));
    EXPECT_FALSE(error.isEmpty());
}

class GeneratedCase : public ::testing::TestWithParam<int>
{
};

TEST_P(GeneratedCase, ValidWithPatternsAndConservedTaint)
{
    const int count = GetParam();
    const CaseFile c = CaseFile::parse(generate(7, count), QStringLiteral("generated.json"));
    ASSERT_TRUE(c.isValid()) << (c.errors.isEmpty() ? std::string() : c.errors[0].toString().toStdString());
    EXPECT_EQ(c.transactions.size(), count);
    const TraceGraph g = TraceGraph::build(c);
    // Exchange sweeps make multi-input clusters; the mixer is CoinJoin-shaped.
    const Clustering clusters = Clustering::compute(g);
    EXPECT_FALSE(clusters.clusters().isEmpty());
    EXPECT_EQ(clusters.skippedCoinJoins(), 1);
    const TaintEngine engine(g);
    for (TaintMethod m : {TaintMethod::Haircut, TaintMethod::Fifo, TaintMethod::Lifo}) {
        const TaintResult r = engine.run(m);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        EXPECT_EQ(r.sourceValue, 100000000);
        const double held = std::accumulate(r.addresses.begin(), r.addresses.end(), 0.0,
                                            [](double s, const AddressTaint &a) { return s + a.held; });
        EXPECT_LE(held, double(r.sourceValue) + 1e-6);
        EXPECT_NEAR(held + r.lostToFees + r.inBridges, double(r.sourceValue), 1e-3);
        // The peel chain ends at an exchange: at least one exchange is reached.
        bool exchange = false;
        for (const ServicePath &p : engine.paths(r))
            exchange = exchange || c.tags[p.tag].category == QLatin1String("exchange");
        EXPECT_TRUE(exchange) << methodId(m).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, GeneratedCase, ::testing::Values(60, 500, 5000));
