#include "reports/itemanalysis.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace cca::reports {

using namespace cca::progress;

namespace {
struct AttemptAnswers
{
    QHash<QString, bool> right;               // question -> fully right (last answer)
    QHash<QString, double> points;            // question -> points
    QHash<QString, QStringList> chosen;       // question -> options chosen (choice types)
};
} // namespace

QList<ItemStatistics> analyseItems(const content::Assessment &assessment, const QString &moduleId, const QList<Event> &events)
{
    QHash<QString, AttemptAnswers> attempts;
    QSet<QString> submitted;
    for (const Event &e : events) {
        if (e.moduleId != moduleId)
            continue;
        const QString attempt = e.data.value(QStringLiteral("attempt")).toString();
        if (attempt.isEmpty() || e.data.value(QStringLiteral("review")).toBool())
            continue;
        if ((e.verb == Verbs::Passed || e.verb == Verbs::Failed) && e.objectId == assessment.id) {
            submitted.insert(attempt);
        } else if (e.verb == Verbs::Answered && e.data.value(QStringLiteral("assessment")).toString() == assessment.id) {
            const QString q = e.data.value(QStringLiteral("question")).toString();
            AttemptAnswers &a = attempts[attempt];
            a.right.insert(q, e.data.value(QStringLiteral("correct")).toBool());
            a.points.insert(q, e.data.value(QStringLiteral("score")).toDouble());
            QStringList chosen;
            const QJsonValue response = e.data.value(QStringLiteral("response"));
            if (response.isArray())
                for (const QJsonValue &v : response.toArray())
                    if (v.isString())
                        chosen << v.toString();
            a.chosen.insert(q, chosen);
        }
    }
    QList<ItemStatistics> out;
    for (const content::Question &q : assessment.questions) {
        if (!content::QuestionTypes::isScored(q.type))
            continue;
        ItemStatistics s;
        s.questionId = q.id;
        s.type = q.type;
        for (const content::ChoiceOption &o : q.options)
            s.optionCounts.insert(o.id, 0);
        QList<double> item, rest;
        for (auto it = attempts.constBegin(); it != attempts.constEnd(); ++it) {
            if (!submitted.contains(it.key()) || !it->right.contains(q.id))
                continue;
            const bool right = it->right.value(q.id);
            double total = 0.0;
            for (auto p = it->points.constBegin(); p != it->points.constEnd(); ++p)
                if (p.key() != q.id)
                    total += p.value();
            item << (right ? 1.0 : 0.0);
            rest << total;
            for (const QString &o : it->chosen.value(q.id))
                s.optionCounts[o] += 1;
        }
        s.responses = int(item.size());
        if (s.responses > 0) {
            double sum = 0;
            for (double x : item)
                sum += x;
            s.difficulty = sum / s.responses;
        }
        if (s.responses >= 2) {
            // Point-biserial = Pearson correlation between the 0/1 item and the rest of the score.
            double mx = 0, my = 0;
            for (int i = 0; i < s.responses; ++i) {
                mx += item[i];
                my += rest[i];
            }
            mx /= s.responses;
            my /= s.responses;
            double sxy = 0, sxx = 0, syy = 0;
            for (int i = 0; i < s.responses; ++i) {
                sxy += (item[i] - mx) * (rest[i] - my);
                sxx += (item[i] - mx) * (item[i] - mx);
                syy += (rest[i] - my) * (rest[i] - my);
            }
            if (sxx > 0 && syy > 0)
                s.discrimination = sxy / std::sqrt(sxx * syy);
        }
        if (s.responses >= 5) {
            if (s.difficulty < 0.2)
                s.flags << QStringLiteral("too-hard");
            if (s.difficulty > 0.95)
                s.flags << QStringLiteral("too-easy");
            if (s.discrimination && *s.discrimination < 0)
                s.flags << QStringLiteral("negative-discrimination");
            else if (s.discrimination && *s.discrimination < 0.2)
                s.flags << QStringLiteral("low-discrimination");
        }
        out << s;
    }
    return out;
}

} // namespace cca::reports
