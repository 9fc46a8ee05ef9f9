#pragma once

#include "content/package.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace cca::assessment {

// Points earned for a set of chosen option ids (0..question.weight).
// single_choice: full weight for the correct option. multiple_choice: weight * max(0, (right - wrong) / correct count).
double scoreQuestion(const content::Question &question, const QSet<QString> &chosen);
bool isFullyCorrect(const content::Question &question, const QSet<QString> &chosen);

struct AttemptScore
{
    double points = 0.0;
    double maxPoints = 0.0;
    double percent = 0.0; // 0..100
    bool passed = false;
    int answered = 0;
    int correct = 0;
};

// Scores a whole attempt; unanswered questions earn nothing.
AttemptScore scoreAttempt(const content::Assessment &assessment, const QMap<QString, QSet<QString>> &answers);

} // namespace cca::assessment
