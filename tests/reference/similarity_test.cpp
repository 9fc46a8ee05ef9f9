// The address-poisoning comparison.
#include "reference/similarity.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::reference;

TEST(Similarity, PoisonedEvmAddress)
{
    const AddressComparison c = compareAddresses(u"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", u"0xd8da7c0b4f3a1e52c6d9f0e1b2a3c4d5e6f96045");
    EXPECT_FALSE(c.identical);
    EXPECT_EQ(c.prefix, QStringLiteral("0x"));
    EXPECT_EQ(c.leadingMatch, 4);
    EXPECT_EQ(c.trailingMatch, 5);
    EXPECT_TRUE(c.lookAlike);
    EXPECT_TRUE(c.verdict.startsWith(QLatin1String("look-alike: the first 4 and last 5 characters"))) << c.verdict.toStdString();
    EXPECT_EQ(c.differingPositions.first(), 7); // 1-based, "0x" counted
    EXPECT_LT(c.similarity, 0.5);
}

TEST(Similarity, CaseOnlyIsTheSameAddress)
{
    const AddressComparison c = compareAddresses(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
    EXPECT_TRUE(c.identical);
    EXPECT_FALSE(c.lookAlike);
    EXPECT_TRUE(c.differingPositions.isEmpty());
    EXPECT_DOUBLE_EQ(c.similarity, 1.0);
    EXPECT_TRUE(c.verdict.contains(QLatin1String("letter case")));
}

TEST(Similarity, UnrelatedAddressesAreNotLookAlikes)
{
    const AddressComparison c = compareAddresses(u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", u"1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo");
    EXPECT_FALSE(c.identical);
    EXPECT_FALSE(c.lookAlike);
    EXPECT_EQ(c.leadingMatch, 1);
    EXPECT_TRUE(c.verdict.startsWith(QLatin1String("different addresses")));
}

TEST(Similarity, TronLookAlike)
{
    const AddressComparison c = compareAddresses(u"TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL", u"TNPeXbXXXXXXXXXXXXXXXXXXXXXX1NYqeL");
    EXPECT_TRUE(c.lookAlike);
    EXPECT_EQ(c.leadingMatch, 4);
    EXPECT_EQ(c.trailingMatch, 6);
    EXPECT_EQ(c.differingPositions.size(), 24);
}
