#pragma once

#include "scenario/scenario.h"

#include <QList>
#include <QString>

namespace cca::scenario {

// One "Pressure tactic!" mark in a call simulation: a transcript line of a call node and, when the
// officer named it, the tactic they chose from the scenario's tactics.
struct CallMark
{
    QString node;   // id of the call node
    int line = -1;  // index into its transcript
    QString tactic; // the tactic named, empty when not named

    bool operator==(const CallMark &) const = default;
};

// The call simulation's result: which transcript lines with a tactic the officer marked (and whether
// they named the tactic right), which they missed, and which lines they marked that use none.
struct CallScore
{
    struct Line
    {
        QString node;
        int line = -1;
        LocalizedText speaker;
        LocalizedText text;
        QString tactic;       // the tactic the line uses
        bool found = false;   // the officer marked it
        QString named;        // the tactic the officer named for it, empty when not named
        bool namedRight = false;
    };

    QList<Line> lines;          // every transcript line with a tactic, in file order
    QList<CallMark> wronglyMarked; // marks on lines without a tactic (or on no transcript line), in file order
    int found = 0;
    int missed = 0;
    int namedRight = 0;
    int score = 0;              // found + named right - wrongly marked, never below 0
    int maxScore = 0;           // twice the number of tactic lines: one for finding, one for naming

    int percent() const { return maxScore == 0 ? 0 : (score * 100 + maxScore / 2) / maxScore; }
};

// Scores the marks of a call simulation against the `tactic`s of the scenario's transcript lines.
// A line marked twice counts once, with the tactic of its last mark. A found line earns 1 point and
// 1 more when the tactic named is the line's own; every mark on a line without a tactic costs 1.
CallScore scoreCall(const Scenario &scenario, const QList<CallMark> &marks);

} // namespace cca::scenario
