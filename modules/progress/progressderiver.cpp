#include "progress/progressderiver.h"

namespace cca::progress {

std::optional<double> ModuleProgress::bestPercent() const
{
    std::optional<double> best;
    for (const AssessmentResult &r : bestResults)
        if (!best || r.percent > *best)
            best = r.percent;
    return best;
}

QMap<QString, ModuleProgress> ProgressDeriver::derive(const QList<Event> &events)
{
    QMap<QString, ModuleProgress> modules;
    for (const Event &e : events) {
        if (e.moduleId.isEmpty())
            continue;
        ModuleProgress &m = modules[e.moduleId];
        m.moduleId = e.moduleId;
        m.started = true;
        if (!e.moduleVersion.isEmpty())
            m.contentVersion = e.moduleVersion;
        if (!m.lastActivity.isValid() || e.timestamp > m.lastActivity)
            m.lastActivity = e.timestamp;

        if (e.objectType == ObjectTypes::Lesson) {
            if (e.verb == Verbs::Experienced) {
                m.lastLessonId = e.objectId;
                m.lastPosition = 0.0;
            } else if (e.verb == Verbs::Progressed) {
                m.lastLessonId = e.objectId;
                m.lastPosition = qBound(0.0, e.data.value(QStringLiteral("position")).toDouble(), 1.0);
            } else if (e.verb == Verbs::Completed) {
                m.completedLessons.insert(e.objectId);
            }
        } else if (e.objectType == ObjectTypes::Assessment) {
            if (e.verb == Verbs::Attempted) {
                m.openAttemptId = e.data.value(QStringLiteral("attempt")).toString();
                m.openAttemptAssessment = e.objectId;
            } else if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
                AssessmentResult r;
                r.attemptId = e.data.value(QStringLiteral("attempt")).toString();
                r.percent = e.data.value(QStringLiteral("percent")).toDouble();
                r.passed = e.verb == Verbs::Passed;
                r.at = e.timestamp;
                m.lastResults.insert(e.objectId, r);
                auto best = m.bestResults.find(e.objectId);
                if (best == m.bestResults.end() || r.percent > best->percent || (r.passed && !best->passed))
                    m.bestResults.insert(e.objectId, r);
                if (m.openAttemptId == r.attemptId) {
                    m.openAttemptId.clear();
                    m.openAttemptAssessment.clear();
                }
            }
        } else if (e.objectType == ObjectTypes::Module && e.verb == Verbs::Completed) {
            m.completed = true;
            if (!m.completedAt.isValid())
                m.completedAt = e.timestamp;
        }
    }
    return modules;
}

} // namespace cca::progress
