#include "reports/transcript.h"

#include <QHash>

#include <algorithm>

namespace cca::reports {

QList<TranscriptModule> transcript(progress::ProgressStore *store, const QList<content::ModulePackage> &modules,
                                   const QString &officerId, const QString &language)
{
    QList<TranscriptModule> out;
    const QList<progress::Event> events = store->events(officerId);
    const QMap<QString, progress::ModuleProgress> all = progress::ProgressDeriver::derive(events);
    // The content version of each attempt: that of the first event carrying its attempt id (an
    // event without one counts as carrying ""), found in one pass instead of once per attempt.
    QHash<QString, QString> versionByAttempt;
    for (const progress::Event &e : events) {
        const QString attempt = e.data.value(QStringLiteral("attempt")).toString();
        if (!versionByAttempt.contains(attempt))
            versionByAttempt.insert(attempt, e.moduleVersion);
    }
    for (const progress::ModuleProgress &p : all) {
        TranscriptModule m;
        m.moduleId = p.moduleId;
        m.title = p.moduleId;
        for (const content::ModulePackage &pkg : modules)
            if (pkg.id == p.moduleId) {
                m.title = pkg.title.text(language);
                m.lessons = int(pkg.lessons.size());
            }
        m.contentVersion = p.contentVersion;
        m.lessonsCompleted = int(p.completedLessons.size());
        m.completed = p.completed;
        m.completedAt = p.completedAt;
        for (auto it = p.attempts.constBegin(); it != p.attempts.constEnd(); ++it) {
            int number = 0;
            for (const progress::AttemptRecord &a : it.value()) {
                TranscriptAttempt t;
                t.assessmentId = it.key();
                t.number = ++number;
                t.started = a.started;
                t.submitted = a.submitted ? a.result.at : QDateTime();
                t.percent = a.result.percent;
                t.passed = a.result.passed;
                t.contentVersion = versionByAttempt.value(a.id);
                m.attempts << t;
            }
        }
        std::sort(m.attempts.begin(), m.attempts.end(), [](const TranscriptAttempt &a, const TranscriptAttempt &b) { return a.started < b.started; });
        out << m;
    }
    return out;
}

} // namespace cca::reports
