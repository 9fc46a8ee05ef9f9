#include "reports/scenariopaths.h"

#include <QSet>

#include <algorithm>

namespace cca::reports {

ScenarioPaths scenarioPaths(const QString &moduleId, const QString &activityId, const QList<progress::Event> &events)
{
    ScenarioPaths out;
    QSet<QString> officers;
    QMap<QString, ScenarioPaths::Ending> endings; // by outcome
    QMap<QString, double> percentSums;
    for (const progress::Event &e : events) {
        if (e.moduleId != moduleId || e.objectType != progress::ObjectTypes::Activity || e.objectId != activityId)
            continue;
        if (e.verb == progress::Verbs::Responded) {
            const QString node = e.data.value(QStringLiteral("node")).toString();
            const QString choice = e.data.value(QStringLiteral("choice")).toString();
            if (node.isEmpty() || choice.isEmpty())
                continue;
            ++out.choices[node][choice];
            ++out.decisions;
        } else if (e.verb == progress::Verbs::Completed) {
            const QString outcome = e.data.value(QStringLiteral("outcome")).toString();
            ScenarioPaths::Ending &ending = endings[outcome];
            ending.outcome = outcome;
            ending.band = e.data.value(QStringLiteral("band")).toString();
            ++ending.plays;
            const double max = e.data.value(QStringLiteral("max")).toDouble();
            percentSums[outcome] += max > 0 ? 100.0 * e.data.value(QStringLiteral("score")).toDouble() / max : 0.0;
            ++out.plays;
            officers.insert(e.officerId);
        }
    }
    for (auto it = endings.begin(); it != endings.end(); ++it) {
        it->averagePercent = percentSums.value(it.key()) / it->plays;
        out.endings << *it;
    }
    std::stable_sort(out.endings.begin(), out.endings.end(), [](const auto &a, const auto &b) { return a.plays > b.plays; });
    out.officers = int(officers.size());
    return out;
}

} // namespace cca::reports
