#pragma once

#include "scenario/scenario.h"

#include <QList>
#include <QSet>
#include <QString>

namespace cca::scenario {

// The chat simulation's result: which red-flag messages the officer marked, which they missed, and
// which ordinary messages they marked by mistake, with the debrief for every flag.
struct ChatScore
{
    struct Flag
    {
        QString messageId;
        QString tactic;
        LocalizedText explanation;
        bool found = false;
    };

    QList<Flag> flags;          // every red flag in the scenario, in file order
    QStringList found;          // red-flag messages marked
    QStringList missed;         // red-flag messages not marked
    QStringList wronglyMarked;  // marked messages that are not red flags (or not messages at all)
    int score = 0;              // found minus wrongly marked, never below 0
    int maxScore = 0;           // the number of red flags

    int percent() const { return maxScore == 0 ? 0 : (score * 100 + maxScore / 2) / maxScore; }
};

// Scores the marks of a chat simulation against the scenario's red flags.
ChatScore scoreChat(const Scenario &scenario, const QSet<QString> &markedMessageIds);

} // namespace cca::scenario
