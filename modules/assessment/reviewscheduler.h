#pragma once

#include <QDateTime>

namespace cca::assessment {

// SM-2, the spaced-repetition algorithm of SuperMemo 2 (P. A. Woźniak, 1990), as Anki
// popularised it. A missed question becomes a card; each review grades recall 0..5 and moves
// the next review further away when it was recalled.
struct ReviewCard
{
    int repetition = 0;      // successful reviews in a row
    double easiness = 2.5;   // E-factor, never below 1.3
    int intervalDays = 0;
    QDateTime due;           // UTC
    QDateTime lastReviewed;  // UTC, invalid when never reviewed
};

namespace Sm2 {
constexpr int kGradeRight = 4; // the officer answered the question right
constexpr int kGradeWrong = 1; // answered it wrong
void review(ReviewCard &card, int quality, const QDateTime &atUtc);
} // namespace Sm2

} // namespace cca::assessment
