#pragma once

#include "progress/event.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace cca::progress {

struct AssessmentResult
{
    QString attemptId;
    double percent = 0.0;
    bool passed = false;
    QDateTime at;
};

// An officer's state in one module, derived from the events only.
struct ModuleProgress
{
    QString moduleId;
    QString contentVersion; // the version seen most recently
    bool started = false;
    bool completed = false;
    QSet<QString> completedLessons;
    QString lastLessonId;
    double lastPosition = 0.0; // 0..1 within lastLessonId
    QMap<QString, AssessmentResult> bestResults; // by assessment id
    QMap<QString, AssessmentResult> lastResults; // by assessment id
    QString openAttemptId;     // attempt started but not submitted
    QString openAttemptAssessment;
    QDateTime lastActivity;
    QDateTime completedAt;

    std::optional<double> bestPercent() const;
};

namespace ProgressDeriver {
// events: one officer's events in recording order.
QMap<QString, ModuleProgress> derive(const QList<Event> &events);
} // namespace ProgressDeriver

} // namespace cca::progress
