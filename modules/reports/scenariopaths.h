#pragma once

#include "progress/event.h"

#include <QList>
#include <QMap>
#include <QString>

namespace cca::reports {

// The paths officers take through one scenario activity, from its events: how often each choice
// of each decision was taken ("responded" events) and how the plays ended ("completed" events).
// Counts are of plays, not officers: an officer who plays twice counts twice.
struct ScenarioPaths
{
    struct Ending
    {
        QString outcome;   // the ending's outcome id ("stops-and-reports")
        QString band;      // good, partial, poor
        int plays = 0;
        double averagePercent = 0.0; // the plays' score as a share of their maximum
    };
    int plays = 0;         // completed plays
    int officers = 0;      // officers with at least one completed play
    int decisions = 0;     // choices recorded
    QList<Ending> endings; // most frequent first
    QMap<QString, QMap<QString, int>> choices; // decision node -> choice id -> times taken
};

ScenarioPaths scenarioPaths(const QString &moduleId, const QString &activityId, const QList<progress::Event> &events);

} // namespace cca::reports
