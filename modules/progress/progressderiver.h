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
