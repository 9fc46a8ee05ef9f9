#pragma once

#include "content/question.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace cca::assessment {

// Which questions an attempt has, in which order, and the order of each question's options
// (choices, matching answers, ordering and categorize items). Made once from a seed when the
// attempt starts and recorded with it, so a resumed attempt shows exactly the same screen.
struct AttemptPlan
{
    QStringList questionIds;
    QMap<QString, QStringList> order; // question id -> display order of its option/answer/item keys

    QJsonObject toJson() const;
    static AttemptPlan fromJson(const QJsonObject &json);
    QList<const content::Question *> questions(const content::Assessment &assessment) const;
};

AttemptPlan makePlan(const content::Assessment &assessment, quint32 seed);

// The keys a question displays in its default order: option ids, matching answer keys
// (pair ids and "distractor-N"), ordering item ids, categorize item ids, choice-gap option ids.
QStringList displayKeys(const content::Question &question);

} // namespace cca::assessment
