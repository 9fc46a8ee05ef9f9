#include "assessment/reviewscheduler.h"

#include <gtest/gtest.h>

using namespace cca::assessment;

TEST(Sm2, IntervalsGrowOneSixThenByEasiness)
{
    ReviewCard card;
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    Sm2::review(card, 4, t0);
    EXPECT_EQ(card.intervalDays, 1);
    Sm2::review(card, 4, card.due);
    EXPECT_EQ(card.intervalDays, 6);
    Sm2::review(card, 4, card.due);
    EXPECT_EQ(card.intervalDays, 15); // round(6 * 2.5)
    EXPECT_DOUBLE_EQ(card.easiness, 2.5);
    EXPECT_EQ(card.due, t0.addDays(1 + 6 + 15));
}

TEST(Sm2, AMissResetsAndEasinessNeverDropsBelowTheFloor)
{
    ReviewCard card;
    const QDateTime t(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    Sm2::review(card, 5, t);
    Sm2::review(card, 5, t);
    Sm2::review(card, Sm2::kGradeWrong, t);
    EXPECT_EQ(card.repetition, 0);
    EXPECT_EQ(card.intervalDays, 1);
    for (int i = 0; i < 20; ++i)
        Sm2::review(card, 0, t);
    EXPECT_DOUBLE_EQ(card.easiness, 1.3);
}
