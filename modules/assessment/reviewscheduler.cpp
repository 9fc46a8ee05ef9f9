#include "assessment/reviewscheduler.h"

#include <algorithm>
#include <cmath>

namespace cca::assessment::Sm2 {

void review(ReviewCard &card, int quality, const QDateTime &atUtc)
{
    quality = std::clamp(quality, 0, 5);
    if (quality < 3) {
        card.repetition = 0;
        card.intervalDays = 1;
    } else {
        ++card.repetition;
        if (card.repetition == 1)
            card.intervalDays = 1;
        else if (card.repetition == 2)
            card.intervalDays = 6;
        else
            card.intervalDays = int(std::lround(card.intervalDays * card.easiness));
    }
    card.easiness = std::max(1.3, card.easiness + (0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02)));
    card.lastReviewed = atUtc;
    card.due = atUtc.addDays(card.intervalDays);
}

} // namespace cca::assessment::Sm2
