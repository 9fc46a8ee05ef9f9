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

const AttemptRecord *ModuleProgress::openAttempt(const QString &assessmentId) const
{
    const auto it = attempts.constFind(assessmentId);
    if (it == attempts.constEnd())
        return nullptr;
    for (auto a = it->crbegin(); a != it->crend(); ++a)
        if (!a->submitted)
            return &*a;
    return nullptr;
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
                AttemptRecord a;
                a.id = m.openAttemptId;
                a.assessmentId = e.objectId;
                a.started = e.timestamp;
                a.data = e.data;
                m.attempts[e.objectId].append(a);
            } else if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
                AssessmentResult r;
                r.attemptId = e.data.value(QStringLiteral("attempt")).toString();
                r.percent = e.data.value(QStringLiteral("percent")).toDouble();
                r.passed = e.verb == Verbs::Passed;
                r.at = e.timestamp;
                m.lastResults.insert(e.objectId, r);
                auto best = m.bestResults.find(e.objectId);
                // A pass beats any fail (the pass mark can differ between content versions, so a fail can
                // score more than an earlier pass); between two of a kind the higher score wins.
                if (best == m.bestResults.end() || (r.passed && !best->passed) || (r.passed == best->passed && r.percent > best->percent))
                    m.bestResults.insert(e.objectId, r);
                for (AttemptRecord &a : m.attempts[e.objectId])
                    if (a.id == r.attemptId) {
                        a.submitted = true;
                        a.result = r;
                    }
                if (m.openAttemptId == r.attemptId) {
                    m.openAttemptId.clear();
                    m.openAttemptAssessment.clear();
                }
            }
        } else if ((e.objectType == ObjectTypes::Activity || e.objectType == ObjectTypes::TracingCase) && e.verb == Verbs::Completed) {
            ActivityResult &r = m.activityResults[e.objectId];
            const int score = e.data.value(QStringLiteral("score")).toInt();
            const int max = e.data.value(QStringLiteral("max")).toInt();
            const ActivityResult candidate{score, max, 0, {}};
            if (r.attempts == 0 || (max > 0 && (r.max == 0 || candidate.percent() > r.percent()))) {
                r.score = score;
                r.max = max;
            }
            ++r.attempts;
            r.last = e.timestamp;
        } else if (e.objectType == ObjectTypes::Module && e.verb == Verbs::Completed) {
            m.completed = true;
            if (!m.completedAt.isValid())
                m.completedAt = e.timestamp;
        }
    }
    return modules;
}

} // namespace cca::progress
