// The tracing cases as a ledger: what an address holds at the end of a case.
#include "support/testutil.h"
#include "tracing/casefile.h"
#include "tracing/ledger.h"
#include "tracing/tracegraph.h"

#include <gtest/gtest.h>

using namespace cca;
using namespace cca::tracing;


TEST(Ledger, FindsUnspentPeelsAndSpentAddressesOfACase)
{
    const CaseFile c = CaseFile::load(test::sourcePath(QStringLiteral("content/cases/pig-butchering-peel-chain.json")));
    ASSERT_TRUE(c.isValid());
    const TraceGraph g = TraceGraph::build(c);
    // The two P2PKH peels (12 and 9 million satoshi, never spent), the Kestrel deposit address
    // (swept on: nothing left), and an address not in the case.
    const QList<Holding> found = findHoldings({&g}, {QStringLiteral("muNSfsQwdJURHWMyPgwsR1yRrYChYfPqBV"),
                                                     QStringLiteral("tb1qnotinthiscase"),
                                                     QStringLiteral("mzZnHNtPFLQxiyc6ssK462EBBAegEJ4AQk"),
                                                     QStringLiteral("tb1qed3e328vgh226kvh6k34djxjr8sjzt04my8fzj")});
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].address, QStringLiteral("muNSfsQwdJURHWMyPgwsR1yRrYChYfPqBV")) << "in the order asked";
    EXPECT_TRUE(found[0].holds);
    EXPECT_EQ(found[0].amounts, QStringLiteral("0.09 tBTC"));
    EXPECT_EQ(found[0].caseId, QStringLiteral("pig-butchering-peel-chain"));
    EXPECT_FALSE(found[0].chainName.isEmpty());
    EXPECT_EQ(found[1].amounts, QStringLiteral("0.12 tBTC"));
    EXPECT_FALSE(found[2].holds) << "the deposit address was swept";
    EXPECT_EQ(found[2].amounts, QStringLiteral("0 tBTC"));
    const int deposit = g.addressId(QStringLiteral("tbtc"), QStringLiteral("tb1qed3e328vgh226kvh6k34djxjr8sjzt04my8fzj"));
    ASSERT_GE(deposit, 0);
    EXPECT_TRUE(endBalances(g, deposit).value(g.nativeAsset(g.addresses()[size_t(deposit)].chain)) == 0);
}

TEST(Ledger, AccountBalancesCountTransfersAndFeesAndEvmAddressesMatchInAnyCase)
{
    const CaseFile c = CaseFile::load(test::sourcePath(QStringLiteral("content/cases/usdt-tron-bridge-otc.json")));
    ASSERT_TRUE(c.isValid());
    const TraceGraph g = TraceGraph::build(c);
    const QList<Holding> found = findHoldings({&g}, {QStringLiteral("0x04C5C0534CD34F8DDD1B91A9E5571294282DE7BA")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].address, QStringLiteral("0x04c5c0534cd34F8dDD1B91A9e5571294282De7BA"));
    // The bridge's custody address opens with 1,000,000 USDT and releases 99,950 of it.
    EXPECT_TRUE(found[0].holds);
    EXPECT_EQ(found[0].amounts, QStringLiteral("900,050 USDT"));

    // No address ends with less than nothing.
    for (size_t a = 0; a < g.addresses().size(); ++a) {
        const QMap<int, qint64> balances = endBalances(g, int(a));
        for (auto it = balances.cbegin(); it != balances.cend(); ++it)
            EXPECT_GE(it.value(), 0) << g.addressText(int(a)).toStdString() << " holds a negative amount";
    }
}
