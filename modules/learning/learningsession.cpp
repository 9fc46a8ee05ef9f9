#include "learning/learningsession.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace cca::learning {

using namespace cca::progress;

LearningSession::LearningSession(ProgressStore *store, content::ModulePackage module, QString officerId, QObject *parent)
    : QObject(parent), m_store(store), m_module(std::move(module)), m_officerId(std::move(officerId))
{
}

ModuleProgress LearningSession::progress() const
{
    return m_store->moduleProgress(m_officerId, m_module.id);
}

Event LearningSession::event(const QString &verb, const QString &objectType, const QString &objectId,
                             const QJsonObject &data) const
{
    return Event::make(m_officerId, verb, m_module.id, m_module.version, objectType, objectId, data);
}

bool LearningSession::record(const Event &e)
{
    QString error;
    if (!m_store->record(e, &error)) {
        emit writeFailed(error);
        return false;
    }
    emit progressChanged();
    return true;
}

void LearningSession::launch()
{
    record(event(Verbs::Launched, ObjectTypes::Module, m_module.id));
}

void LearningSession::openLesson(int index)
{
    if (index < 0 || index >= m_module.lessons.size())
        return;
    record(event(Verbs::Experienced, ObjectTypes::Lesson, m_module.lessons[index].id));
}

void LearningSession::recordPosition(int index, double position)
{
    if (index < 0 || index >= m_module.lessons.size())
        return;
    record(event(Verbs::Progressed, ObjectTypes::Lesson, m_module.lessons[index].id,
                 {{QStringLiteral("position"), qBound(0.0, position, 1.0)}}));
}

void LearningSession::completeLesson(int index)
{
    if (index < 0 || index >= m_module.lessons.size())
        return;
    if (progress().completedLessons.contains(m_module.lessons[index].id))
        return;
    if (record(event(Verbs::Completed, ObjectTypes::Lesson, m_module.lessons[index].id)))
        completeModuleIfDone();
}

int LearningSession::resumeLessonIndex() const
{
    const ModuleProgress p = progress();
    const int last = m_module.lessonIndex(p.lastLessonId);
    return std::max(0, last);
}

QString LearningSession::startOrResumeAttempt(const QString &assessmentId)
{
    const ModuleProgress p = progress();
    if (!p.openAttemptId.isEmpty() && p.openAttemptAssessment == assessmentId)
        return p.openAttemptId;
    const QString attempt = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record(event(Verbs::Attempted, ObjectTypes::Assessment, assessmentId, {{QStringLiteral("attempt"), attempt}}));
    return attempt;
}

QMap<QString, QSet<QString>> LearningSession::answers(const QString &attemptId) const
{
    QMap<QString, QSet<QString>> out;
    const QList<Event> events = m_store->events(m_officerId, m_module.id);
    for (const Event &e : events) {
        if (e.verb != Verbs::Answered || e.data.value(QStringLiteral("attempt")).toString() != attemptId)
            continue;
        QSet<QString> chosen;
        const QJsonArray response = e.data.value(QStringLiteral("response")).toArray();
        for (const QJsonValue &v : response)
            chosen.insert(v.toString());
        out.insert(e.data.value(QStringLiteral("question")).toString(), chosen);
    }
    return out;
}

bool LearningSession::recordAnswer(const QString &attemptId, const QString &assessmentId, const QString &questionId,
                                   const QSet<QString> &chosen)
{
    const content::Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return false;
    const auto q = std::find_if(a->questions.cbegin(), a->questions.cend(),
                                [&](const content::Question &x) { return x.id == questionId; });
    if (q == a->questions.cend())
        return false;
    QStringList sorted(chosen.begin(), chosen.end());
    sorted.sort();
    QJsonObject data{{QStringLiteral("attempt"), attemptId},
                     {QStringLiteral("assessment"), assessmentId},
                     {QStringLiteral("question"), questionId},
                     {QStringLiteral("type"), q->type},
                     {QStringLiteral("response"), QJsonArray::fromStringList(sorted)},
                     {QStringLiteral("score"), assessment::scoreQuestion(*q, chosen)},
                     {QStringLiteral("max"), q->weight},
                     {QStringLiteral("correct"), assessment::isFullyCorrect(*q, chosen)}};
    return record(event(Verbs::Answered, ObjectTypes::Question, assessmentId + QLatin1Char('/') + questionId, data));
}

assessment::AttemptScore LearningSession::submit(const QString &attemptId, const QString &assessmentId)
{
    const content::Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return {};
    const assessment::AttemptScore score = assessment::scoreAttempt(*a, answers(attemptId));
    const QJsonObject data{{QStringLiteral("attempt"), attemptId},
                           {QStringLiteral("points"), score.points},
                           {QStringLiteral("max"), score.maxPoints},
                           {QStringLiteral("percent"), score.percent},
                           {QStringLiteral("pass_mark"), a->passMark},
                           {QStringLiteral("answered"), score.answered},
                           {QStringLiteral("questions"), int(a->questions.size())}};
    if (record(event(score.passed ? Verbs::Passed : Verbs::Failed, ObjectTypes::Assessment, assessmentId, data)))
        completeModuleIfDone();
    return score;
}

bool LearningSession::isComplete() const
{
    return progress().completed;
}

void LearningSession::completeModuleIfDone()
{
    const ModuleProgress p = progress();
    if (p.completed)
        return;
    for (const content::Lesson &l : m_module.lessons)
        if (!p.completedLessons.contains(l.id))
            return;
    QJsonObject data;
    for (const content::Assessment &a : m_module.assessments) {
        const auto best = p.bestResults.constFind(a.id);
        if (best == p.bestResults.constEnd() || !best->passed)
            return;
        data.insert(QStringLiteral("percent"), best->percent);
    }
    record(event(Verbs::Completed, ObjectTypes::Module, m_module.id, data));
}

} // namespace cca::learning
