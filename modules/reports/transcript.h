#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cca::reports {

struct TranscriptAttempt
{
    QString assessmentId;
    int number = 0;
    QDateTime started;   // UTC
    QDateTime submitted; // UTC; invalid when not submitted
    double percent = 0.0;
    bool passed = false;
    QString contentVersion;
};

struct TranscriptModule
{
    QString moduleId;
    QString title;
    QString contentVersion; // most recent version the officer saw
    int lessonsCompleted = 0;
    int lessons = 0;
    bool completed = false;
    QDateTime completedAt;
    QList<TranscriptAttempt> attempts;
};

// Every module an officer started, with every attempt, score, date and content version.
QList<TranscriptModule> transcript(progress::ProgressStore *store, const QList<content::ModulePackage> &modules,
                                   const QString &officerId, const QString &language);

} // namespace cca::reports
