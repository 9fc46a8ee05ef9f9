#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace cca::content {

// What the content screens need to know about an officer's progress in a module.
// The shell fills it from the progress store; the screens never read the store themselves.
struct ModuleStatus
{
    bool started = false;
    bool completed = false;
    QSet<QString> completedLessons;
    QString lastLessonId;
    std::optional<double> bestPercent;

    // The best result of each activity the officer has done, by activity id.
    struct ActivityStatus
    {
        int attempts = 0;
        int bestScore = 0;
        int maxScore = 0;
    };
    QHash<QString, ActivityStatus> activities;
};

} // namespace cca::content
