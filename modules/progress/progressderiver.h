#pragma once

#include "progress/event.h"

#include <QDateTime>
#include <QJsonObject>
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

// One attempt at an assessment, from its "attempted" event to its "passed"/"failed" event.
struct AttemptRecord
{
    QString id;
    QString assessmentId;
    QDateTime started;
    QJsonObject data;     // what was recorded at the start (plan, time limit, mode)
    bool submitted = false;
    AssessmentResult result;
};

// The best result of one activity (a lab exercise, a tracing case, a scenario), from its
// "completed" events: the one with the highest share of its maximum, the earliest on a tie.
struct ActivityResult
{
    int score = 0;
    int max = 0;
    int attempts = 0;     // completed events
    QDateTime last;       // the most recent one
    double percent() const { return max > 0 ? 100.0 * score / max : 0.0; }
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
    QMap<QString, QList<AttemptRecord>> attempts; // by assessment id, in the order started
    QString openAttemptId;     // the most recent attempt started but not submitted
    QString openAttemptAssessment;
    // By object id: the lab exercise id, the tracing case id or the scenario activity id.
    QMap<QString, ActivityResult> activityResults;
    QDateTime lastActivity;
    QDateTime completedAt;

    std::optional<double> bestPercent() const;
    const AttemptRecord *openAttempt(const QString &assessmentId) const; // latest unsubmitted attempt
};

namespace ProgressDeriver {
// events: one officer's events in recording order.
QMap<QString, ModuleProgress> derive(const QList<Event> &events);
} // namespace ProgressDeriver

} // namespace cca::progress
