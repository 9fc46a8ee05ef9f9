#pragma once

#include "content/question.h"
#include "progress/event.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cca::reports {

// How one question performed across submitted attempts: the classical item statistics a trainer
// uses to find a broken question.
struct ItemStatistics
{
    QString questionId;
    QString type;
    int responses = 0;                   // submitted attempts in which the question was answered
    double difficulty = 0.0;             // proportion fully right (p); high = easy
    std::optional<double> discrimination; // point-biserial correlation of "right" with the rest of the score
    QMap<QString, int> optionCounts;     // choice questions: how often each option was chosen
    QStringList flags;                   // "too-hard", "too-easy", "low-discrimination", "negative-discrimination"
};

// Item analysis of one assessment from the events of every officer. Only submitted attempts count;
// the answer that counts is the last one given in the attempt. Discrimination is the corrected
// point-biserial: the item against the attempt's score without that item, so an item is not
// correlated with itself.
QList<ItemStatistics> analyseItems(const content::Assessment &assessment, const QString &moduleId,
                                   const QList<progress::Event> &events);

} // namespace cca::reports
