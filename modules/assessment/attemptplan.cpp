#include "assessment/attemptplan.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace cca::assessment {

using namespace cca::content;

namespace {
template<typename T>
void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}
} // namespace

QStringList displayKeys(const Question &q)
{
    QStringList keys;
    if (q.type == QuestionTypes::SingleChoice || q.type == QuestionTypes::MultipleChoice)
        for (const ChoiceOption &o : q.options)
            keys << o.id;
    else if (q.type == QuestionTypes::Matching) {
        for (const MatchPair &p : q.pairs)
            keys << p.id;
        for (qsizetype i = 0; i < q.distractors.size(); ++i)
            keys << QStringLiteral("distractor-%1").arg(i);
    } else if (q.type == QuestionTypes::Ordering)
        for (const OrderItem &i : q.items)
            keys << i.id;
    else if (q.type == QuestionTypes::Categorize)
        for (const SortItem &i : q.sortItems)
            keys << i.id;
    return keys;
}

AttemptPlan makePlan(const Assessment &assessment, quint32 seed)
{
    QRandomGenerator rng(seed);
    AttemptPlan plan;
    QSet<QString> chosen;
    if (assessment.fixed.isEmpty() && assessment.draws.isEmpty()) {
        for (const Question &q : assessment.questions)
            plan.questionIds << q.id;
    } else {
        for (const QString &id : assessment.fixed)
            if (assessment.question(id) && !chosen.contains(id)) {
                plan.questionIds << id;
                chosen.insert(id);
            }
        for (const RandomDraw &draw : assessment.draws) {
            QStringList pool;
            for (const Question &q : assessment.questions)
                if ((draw.category.isEmpty() || q.category == draw.category) && !chosen.contains(q.id))
                    pool << q.id;
            shuffle(pool, rng);
            for (const QString &id : pool.mid(0, draw.count)) {
                plan.questionIds << id;
                chosen.insert(id);
            }
        }
        // In fixed order, questions appear as they stand in the bank.
        if (!assessment.shuffleQuestions) {
            QStringList bankOrder;
            for (const Question &q : assessment.questions)
                if (chosen.contains(q.id))
                    bankOrder << q.id;
            plan.questionIds = bankOrder;
        }
    }
    if (assessment.shuffleQuestions || assessment.mode == QLatin1String("mastery"))
        shuffle(plan.questionIds, rng);

    for (const QString &id : std::as_const(plan.questionIds)) {
        const Question *q = assessment.question(id);
        QStringList keys = displayKeys(*q);
        if (keys.isEmpty())
            continue;
        // An ordering question shown in its right order would give the answer away: always shuffle it.
        const bool mustShuffle = q->type == QuestionTypes::Ordering;
        if (mustShuffle || (assessment.shuffleOptions && q->shuffle)) {
            const QStringList original = keys;
            for (int tries = 0; tries < 10; ++tries) {
                shuffle(keys, rng);
                if (!mustShuffle || keys != original || keys.size() < 2)
                    break;
            }
        }
        plan.order.insert(id, keys);
    }
    return plan;
}

QJsonObject AttemptPlan::toJson() const
{
    QJsonObject orders;
    for (auto it = order.constBegin(); it != order.constEnd(); ++it)
        orders.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("questions"), QJsonArray::fromStringList(questionIds)}, {QStringLiteral("order"), orders}};
}

AttemptPlan AttemptPlan::fromJson(const QJsonObject &json)
{
    AttemptPlan plan;
    const QJsonArray ids = json.value(QStringLiteral("questions")).toArray();
    for (const QJsonValue &v : ids)
        plan.questionIds << v.toString();
    const QJsonObject orders = json.value(QStringLiteral("order")).toObject();
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        QStringList keys;
        const QJsonArray a = it.value().toArray();
        for (const QJsonValue &v : a)
            keys << v.toString();
        plan.order.insert(it.key(), keys);
    }
    return plan;
}

QList<const Question *> AttemptPlan::questions(const Assessment &assessment) const
{
    QList<const Question *> list;
    for (const QString &id : questionIds)
        if (const Question *q = assessment.question(id))
            list << q;
    return list;
}

} // namespace cca::assessment
