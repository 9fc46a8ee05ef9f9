#include "learning/learningsession.h"

#include "core/clock.h"
#include "progress/certificateregistry.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace cca::learning {

using namespace cca::progress;
using content::Assessment;
using content::Question;

namespace {
const QString kAttempt = QStringLiteral("attempt");
const QString kQuestion = QStringLiteral("question");

AttemptState stateOf(const AttemptRecord &record)
{
    AttemptState s;
    s.id = record.id;
    s.assessmentId = record.assessmentId;
    s.plan = assessment::AttemptPlan::fromJson(record.data.value(QStringLiteral("plan")).toObject());
    s.started = record.started;
    const int limit = record.data.value(QStringLiteral("time_limit_minutes")).toInt();
    if (limit > 0)
        s.deadline = record.started.addSecs(qint64(limit) * 60);
    return s;
}

bool countsForCompletion(const Assessment &a)
{
    return a.mode != QLatin1String("practice");
}
} // namespace

LearningSession::LearningSession(ProgressStore *store, content::ModulePackage module, QString officerId, QString language,
                                 QObject *parent)
    : QObject(parent), m_store(store), m_module(std::move(module)), m_officerId(std::move(officerId)), m_language(std::move(language))
{
}

ModuleProgress LearningSession::progress() const
{
    return m_store->moduleProgress(m_officerId, m_module.id);
}

Event LearningSession::event(const QString &verb, const QString &objectType, const QString &objectId, const QJsonObject &data) const
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
    if (index >= 0 && index < m_module.lessons.size())
        record(event(Verbs::Experienced, ObjectTypes::Lesson, m_module.lessons[index].id));
}

void LearningSession::recordPosition(int index, double position)
{
    if (index >= 0 && index < m_module.lessons.size())
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
    return std::max(0, m_module.lessonIndex(progress().lastLessonId));
}

std::optional<AttemptState> LearningSession::openAttempt(const QString &assessmentId) const
{
    const ModuleProgress p = progress();
    if (const AttemptRecord *open = p.openAttempt(assessmentId))
        return stateOf(*open);
    return std::nullopt;
}

int LearningSession::attemptsUsed(const QString &assessmentId) const
{
    return int(progress().attempts.value(assessmentId).size());
}

bool LearningSession::canStartAttempt(const QString &assessmentId) const
{
    const Assessment *a = m_module.assessment(assessmentId);
    return a && (a->maxAttempts == 0 || attemptsUsed(assessmentId) < a->maxAttempts);
}

std::optional<AttemptState> LearningSession::startOrResumeAttempt(const QString &assessmentId)
{
    if (auto open = openAttempt(assessmentId))
        return open;
    const Assessment *a = m_module.assessment(assessmentId);
    if (!a || !canStartAttempt(assessmentId))
        return std::nullopt;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const quint32 seed = QRandomGenerator::global()->generate();
    const assessment::AttemptPlan plan = assessment::makePlan(*a, seed);
    const QJsonObject data{{kAttempt, id},
                           {QStringLiteral("mode"), a->mode},
                           {QStringLiteral("seed"), qint64(seed)},
                           {QStringLiteral("time_limit_minutes"), a->timeLimitMinutes},
                           {QStringLiteral("number"), attemptsUsed(assessmentId) + 1},
                           {QStringLiteral("plan"), plan.toJson()}};
    if (!record(event(Verbs::Attempted, ObjectTypes::Assessment, assessmentId, data)))
        return std::nullopt;
    return openAttempt(assessmentId);
}

QList<Event> LearningSession::attemptEvents(const QString &attemptId) const
{
    QList<Event> out;
    const QList<Event> all = m_store->events(m_officerId, m_module.id);
    for (const Event &e : all)
        if (e.data.value(kAttempt).toString() == attemptId)
            out << e;
    return out;
}

QMap<QString, QJsonValue> LearningSession::responses(const QString &attemptId) const
{
    QMap<QString, QJsonValue> out;
    const QList<Event> events = attemptEvents(attemptId);
    for (const Event &e : events)
        if (e.verb == Verbs::Answered)
            out.insert(e.data.value(kQuestion).toString(), e.data.value(QStringLiteral("response")));
    return out;
}

QSet<QString> LearningSession::flags(const QString &attemptId) const
{
    QSet<QString> out;
    const QList<Event> events = attemptEvents(attemptId);
    for (const Event &e : events) {
        if (e.verb != Verbs::Flagged)
            continue;
        if (e.data.value(QStringLiteral("flagged")).toBool())
            out.insert(e.data.value(kQuestion).toString());
        else
            out.remove(e.data.value(kQuestion).toString());
    }
    return out;
}

QMap<QString, int> LearningSession::checks(const QString &attemptId) const
{
    QMap<QString, int> out;
    const QList<Event> events = attemptEvents(attemptId);
    for (const Event &e : events)
        if (e.verb == Verbs::Answered && e.data.value(QStringLiteral("checked")).toBool())
            out[e.data.value(kQuestion).toString()] += 1;
    return out;
}

bool LearningSession::recordAnswer(const QString &attemptId, const QString &assessmentId, const QString &questionId,
                                   const QJsonValue &response, bool checked)
{
    const Assessment *a = m_module.assessment(assessmentId);
    const Question *q = a ? a->question(questionId) : nullptr;
    if (!q)
        return false;
    const assessment::QuestionResult r = assessment::scoreQuestion(*q, response, m_language);
    QJsonObject data{{kAttempt, attemptId},
                     {QStringLiteral("assessment"), assessmentId},
                     {kQuestion, questionId},
                     {QStringLiteral("type"), q->type},
                     {QStringLiteral("response"), response},
                     {QStringLiteral("score"), r.points},
                     {QStringLiteral("max"), r.maxPoints},
                     {QStringLiteral("correct"), r.fullyCorrect},
                     {QStringLiteral("language"), m_language}};
    if (checked)
        data.insert(QStringLiteral("checked"), true);
    if (!record(event(Verbs::Answered, ObjectTypes::Question, assessmentId + QLatin1Char('/') + questionId, data)))
        return false;
    // A mastery attempt ends by itself once enough recent answers are right.
    if (checked && a->mode == QLatin1String("mastery")) {
        const MasteryState m = mastery(attemptId, assessmentId);
        if (m.achieved)
            submit(attemptId, assessmentId);
    }
    return true;
}

bool LearningSession::setFlag(const QString &attemptId, const QString &assessmentId, const QString &questionId, bool flagged)
{
    return record(event(Verbs::Flagged, ObjectTypes::Question, assessmentId + QLatin1Char('/') + questionId,
                        {{kAttempt, attemptId}, {kQuestion, questionId}, {QStringLiteral("flagged"), flagged}}));
}

MasteryState LearningSession::mastery(const QString &attemptId, const QString &assessmentId) const
{
    MasteryState m;
    const Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return m;
    m.window = a->masteryWindow;
    m.needed = a->masteryCorrect;
    QList<bool> results;
    const QList<Event> events = attemptEvents(attemptId);
    for (const Event &e : events)
        if (e.verb == Verbs::Answered && e.data.value(QStringLiteral("checked")).toBool())
            results << e.data.value(QStringLiteral("correct")).toBool();
    m.answered = int(results.size());
    const QList<bool> window = results.mid(std::max<qsizetype>(0, results.size() - m.window));
    m.rightInWindow = int(std::count(window.begin(), window.end(), true));
    m.achieved = m.window > 0 && m.rightInWindow >= m.needed;
    return m;
}

assessment::AttemptScore LearningSession::submit(const QString &attemptId, const QString &assessmentId)
{
    const Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return {};
    const ModuleProgress p = progress();
    const AttemptRecord *open = p.openAttempt(assessmentId);
    if (!open || open->id != attemptId)
        return {};
    const AttemptState state = stateOf(*open);
    const QMap<QString, QJsonValue> given = responses(attemptId);
    assessment::AttemptScore score;
    QJsonArray missed;
    if (a->mode == QLatin1String("mastery")) {
        const MasteryState m = mastery(attemptId, assessmentId);
        score.answered = m.answered;
        score.correct = m.rightInWindow;
        score.maxPoints = m.window;
        score.points = m.rightInWindow;
        score.percent = m.window > 0 ? 100.0 * m.rightInWindow / m.window : 0.0;
        score.passed = m.achieved;
    } else {
        const QList<const Question *> questions = state.plan.questions(*a);
        score = assessment::scoreAttempt(questions, given, a->passMark, m_language);
        for (const Question *q : questions) {
            const auto r = assessment::scoreQuestion(*q, given.value(q->id), m_language);
            if (r.scored && !r.fullyCorrect)
                missed.append(q->id);
        }
    }
    const QJsonObject data{{kAttempt, attemptId},
                           {QStringLiteral("mode"), a->mode},
                           {QStringLiteral("points"), score.points},
                           {QStringLiteral("max"), score.maxPoints},
                           {QStringLiteral("percent"), score.percent},
                           {QStringLiteral("pass_mark"), a->passMark},
                           {QStringLiteral("answered"), score.answered},
                           {QStringLiteral("correct"), score.correct},
                           {QStringLiteral("pending_grading"), score.pendingGrading},
                           {QStringLiteral("questions"), int(state.plan.questionIds.size())},
                           {QStringLiteral("missed"), missed},
                           {QStringLiteral("expired"), state.expired(Clock::nowUtc())},
                           {QStringLiteral("duration_ms"), state.started.msecsTo(Clock::nowUtc())}};
    if (record(event(score.passed ? Verbs::Passed : Verbs::Failed, ObjectTypes::Assessment, assessmentId, data)))
        completeModuleIfDone();
    return score;
}

std::optional<double> LearningSession::grade(const QString &assessmentId) const
{
    const Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return std::nullopt;
    QList<double> results;
    const QList<AttemptRecord> attempts = progress().attempts.value(assessmentId);
    for (const AttemptRecord &r : attempts)
        if (r.submitted)
            results << r.result.percent;
    if (results.isEmpty())
        return std::nullopt;
    if (a->grading == QLatin1String("last"))
        return results.last();
    if (a->grading == QLatin1String("first"))
        return results.first();
    if (a->grading == QLatin1String("average")) {
        double sum = 0;
        for (double r : results)
            sum += r;
        return sum / results.size();
    }
    return *std::max_element(results.begin(), results.end());
}

bool LearningSession::isPassed(const QString &assessmentId) const
{
    const Assessment *a = m_module.assessment(assessmentId);
    if (!a)
        return false;
    if (a->mode == QLatin1String("mastery")) {
        const ModuleProgress p = progress();
        const auto best = p.bestResults.constFind(assessmentId);
        return best != p.bestResults.constEnd() && best->passed;
    }
    const auto g = grade(assessmentId);
    return g && *g + 1e-9 >= a->passMark;
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
    for (const Assessment &a : m_module.assessments) {
        if (!countsForCompletion(a))
            continue;
        if (!isPassed(a.id))
            return;
        if (a.mode == QLatin1String("exam") && !data.contains(QStringLiteral("percent")))
            data.insert(QStringLiteral("percent"), grade(a.id).value_or(0.0));
    }
    if (!record(event(Verbs::Completed, ObjectTypes::Module, m_module.id, data)))
        return;
    // Completing a module earns its certificate (issued once per module version).
    QString error;
    if (!CertificateRegistry(m_store).issue(m_officerId, m_module.id, m_module.version,
                                            data.value(QStringLiteral("percent")).toDouble(100.0), &error))
        emit writeFailed(error);
}

} // namespace cca::learning
