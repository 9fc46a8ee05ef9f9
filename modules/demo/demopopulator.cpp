#include "demo/demopopulator.h"

#include "assessment/attemptplan.h"
#include "assessment/scoring.h"
#include "demo/demonames.h"
#include "progress/certificateregistry.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cca::demo {

using namespace cca::progress;
using content::Assessment;
using content::ModulePackage;
using content::Question;

namespace {

const QString kAttempt = QStringLiteral("attempt");
const QString kQuestion = QStringLiteral("question");
const QString kPractice = QStringLiteral("practice");
const QString kMastery = QStringLiteral("mastery");
const QString kExam = QStringLiteral("exam");
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// FNV-1a: a stable hash (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

// A version 4 UUID whose bits come from the seeded generator, so a seed gives the same ids.
QString makeUuid(QRandomGenerator &random)
{
    const quint32 a = random.generate(), b = random.generate(), c = random.generate(), d = random.generate();
    const QUuid u(a, quint16(b >> 16), quint16((b & 0x0fffu) | 0x4000u), uchar(((c >> 24) & 0x3fu) | 0x80u), uchar(c >> 16),
                  uchar(c >> 8), uchar(c), uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
    return u.toString(QUuid::WithoutBraces);
}

double uniform(QRandomGenerator &random, double from, double to)
{
    return from + (to - from) * random.generateDouble();
}

qint64 between(QRandomGenerator &random, qint64 from, qint64 to)
{
    return to <= from ? from : from + qint64(random.generateDouble() * double(to - from));
}

bool chance(QRandomGenerator &random, double p)
{
    return random.generateDouble() < p;
}

struct Answer
{
    QJsonValue response;
    assessment::QuestionResult result;
};

// A question's right answer, a few wrong (or partly right) ones, and the result of leaving it blank.
struct AnswerSet
{
    Answer right;
    QList<Answer> wrong;
    assessment::QuestionResult blank;
    double difficulty = 0.0; // -0.15 (easy) .. +0.15 (hard)
};

QList<QJsonValue> wrongCandidates(const Question &q, const QJsonValue &right)
{
    QList<QJsonValue> out;
    if (q.type == QLatin1String("single_choice")) {
        for (const content::ChoiceOption &o : q.options)
            if (!o.correct && o.fraction < 1.0)
                out << QJsonArray{o.id};
        return out;
    }
    if (q.type == QLatin1String("multiple_choice")) {
        QJsonArray rightIds = right.toArray();
        for (const content::ChoiceOption &o : q.options) {
            if (rightIds.contains(o.id))
                continue;
            QJsonArray withWrong = rightIds;
            withWrong.append(o.id); // one too many
            out << withWrong << QJsonArray{o.id};
        }
        if (rightIds.size() > 1) {
            QJsonArray missing = rightIds;
            missing.removeLast(); // one missed
            out << missing;
        }
        return out;
    }
    if (right.isBool())
        return {QJsonValue(!right.toBool())};
    if (right.isString()) {
        if (q.type == QLatin1String("numeric"))
            return {QStringLiteral("0"), QStringLiteral("1000000"), QStringLiteral("-1")};
        return {QStringLiteral("not sure"), QStringLiteral("bank transfer"), QStringLiteral("password")};
    }
    if (right.isArray()) {
        const QJsonArray a = right.toArray();
        if (!a.isEmpty() && a.first().isArray()) // hotspot clicks
            return {QJsonArray{QJsonArray{1, 1}}, QJsonArray{QJsonArray{2, 3}}};
        if (a.size() > 1) {
            QJsonArray reversed;
            for (qsizetype i = a.size() - 1; i >= 0; --i)
                reversed.append(a.at(i));
            QJsonArray swapped = a;
            const QJsonValue first = swapped.at(0);
            swapped[0] = swapped.at(1);
            swapped[1] = first;
            out << swapped << reversed;
        }
        return out;
    }
    if (right.isObject()) {
        const QJsonObject o = right.toObject();
        const QStringList keys = o.keys();
        if (keys.size() > 1) {
            for (int shift = 1; shift < std::min<qsizetype>(keys.size(), 3); ++shift) {
                QJsonObject rotated;
                for (int i = 0; i < keys.size(); ++i)
                    rotated.insert(keys[i], o.value(keys[(i + shift) % keys.size()]));
                out << rotated;
            }
            QJsonObject oneWrong = o;
            oneWrong.insert(keys.first(), o.value(keys.last()));
            out << oneWrong;
        }
        QJsonObject allBlank;
        for (const QString &k : keys)
            allBlank.insert(k, QStringLiteral("?"));
        out << allBlank;
    }
    return out;
}

struct ModuleState
{
    int nextLesson = 0;
    int stage = 0;              // index into the sorted assessments; == size: assessments done
    QSet<QString> completedLessons;
    QMap<QString, int> attemptsUsed;
    QMap<QString, QList<double>> percents; // submitted attempts, in order
    int examFails = 0;
    int masteryFails = 0;
    bool completed = false;
};

struct OfficerSim
{
    Officer officer;
    double ability = 0.7;      // chance of a right answer, before question difficulty
    QString language = QStringLiteral("en");
    qint64 clock = 0;          // ms since epoch, advances with every event
    int sessions = 0;
    int expectedSessions = 1;
    int units = 0;             // lessons and attempts finished
    int stopAfterUnits = -1;   // drops out here (-1: never)
    int giveUpAfterFails = -1; // stops after this many failed exam attempts (-1: never)
    int module = 0;
    QList<ModuleState> modules;
    bool done = false;
};

class Simulation
{
public:
    Simulation(ProgressStore *store, const QList<ModulePackage> &modules, const DemoOptions &options,
               DemoPopulator::ProgressCallback progress, DemoSummary *summary)
        : m_store(store), m_modules(modules), m_options(options), m_progress(std::move(progress)), m_summary(summary),
          m_random(options.seed), m_numberRandom(options.seed ^ 0x5eed5eedu)
    {
        m_now = (options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
        m_start = m_now - qint64(std::max(1, options.daysBack)) * kDay;
        for (const ModulePackage &m : m_modules) {
            QList<const Assessment *> sorted;
            for (const QString &mode : {kPractice, kMastery, kExam})
                for (const Assessment &a : m.assessments)
                    if (a.mode == mode && !a.questions.isEmpty())
                        sorted << &a;
            m_sortedAssessments << sorted;
        }
    }

    bool run(QString *error);

private:
    bool createOfficers(QString *error);
    bool createCohorts(QString *error);
    void session(OfficerSim &s);
    void lesson(OfficerSim &s, int index, bool partial);
    void revisit(OfficerSim &s);
    void attempt(OfficerSim &s, const Assessment &a, bool partial);
    void finishModuleIfDone(OfficerSim &s);
    void emitEvent(OfficerSim &s, qint64 stepMs, const QString &verb, const QString &objectType, const QString &objectId,
                   const QJsonObject &data = {});
    bool flush(QString *error);
    const AnswerSet &answers(const Question &q, const QString &language);
    const Answer &pickAnswer(const AnswerSet &set, double p);
    double rightChance(const OfficerSim &s, const AnswerSet &set) const;

    const ModulePackage &module(const OfficerSim &s) const { return m_modules.at(s.module); }
    qint64 step(qint64 fromSeconds, qint64 toSeconds) { return between(m_random, fromSeconds * kSecond, toSeconds * kSecond); }

    ProgressStore *m_store;
    const QList<ModulePackage> &m_modules;
    QList<QList<const Assessment *>> m_sortedAssessments;
    DemoOptions m_options;
    DemoPopulator::ProgressCallback m_progress;
    DemoSummary *m_summary;
    QRandomGenerator m_random;
    QRandomGenerator m_numberRandom; // service numbers only, so a clash with existing officers changes nothing else
    qint64 m_now = 0;
    qint64 m_start = 0;
    QList<OfficerSim> m_sims;
    QList<Event> m_pending;
    qint64 m_generated = 0;
    QString m_writeError;
    QHash<QString, AnswerSet> m_answers;
    struct Completion
    {
        QString officerId, moduleId, version;
        double percent;
    };
    QList<Completion> m_completions;
};

bool Simulation::run(QString *error)
{
    if (!createOfficers(error) || !createCohorts(error))
        return false;
    const qint64 target = std::max<qint64>(0, m_options.events);
    qint64 sessions = 0;
    while (m_generated < target && m_writeError.isEmpty() && !m_modules.isEmpty()) {
        // Spread each active officer's remaining sessions over the rest of the period: the events
        // still to make, shared among the officers still active, at the session size seen so far.
        const qsizetype active = std::count_if(m_sims.cbegin(), m_sims.cend(), [](const OfficerSim &s) { return !s.done; });
        const double perSession = sessions > 0 ? double(m_generated) / double(sessions) : 18.0;
        const double perOfficer = active > 0 ? double(target - m_generated) / double(active) : 0.0;
        for (OfficerSim &s : m_sims)
            s.expectedSessions = s.sessions + std::max(1, int(std::lround(perOfficer / perSession)));
        bool anyActive = false;
        for (OfficerSim &s : m_sims) {
            if (s.done)
                continue;
            anyActive = true;
            session(s);
            ++sessions;
            if (m_pending.size() >= m_options.batchSize && !flush(error))
                return false;
            if (m_generated >= target)
                break;
        }
        if (!anyActive)
            break;
    }
    if (!flush(error))
        return false;
    // Completing a module earns its certificate, as in the app.
    for (const Completion &c : std::as_const(m_completions)) {
        QString certificateError;
        CertificateRegistry(m_store).issue(c.officerId, c.moduleId, c.version, c.percent, &certificateError);
    }
    m_summary->events = m_generated;
    return true;
}

bool Simulation::createOfficers(QString *error)
{
    QSet<QString> taken;
    const QList<Officer> existing = m_store->officers();
    for (const Officer &o : existing)
        taken.insert(o.serviceNumber);
    const int perCohort = std::max(1, m_options.officersPerCohort);
    for (int i = 0; i < m_options.officers; ++i) {
        OfficerSim s;
        Officer &o = s.officer;
        o.id = makeUuid(m_random);
        o.displayName = DemoNames::personName(m_random);
        o.unit = DemoNames::unit(m_random);
        // The first officer of every intake leads it as its trainer; the rest are trainees.
        o.role = i % perCohort == 0 ? QStringLiteral("trainer") : QStringLiteral("trainee");
        do {
            o.serviceNumber = o.role == QLatin1String("trainer")
                ? QStringLiteral("PI%1").arg(10000 + m_numberRandom.bounded(89999u), 5, 10, QLatin1Char('0'))
                : QStringLiteral("UI%1").arg(100000 + m_numberRandom.bounded(899999u), 6, 10, QLatin1Char('0'));
        } while (taken.contains(o.serviceNumber));
        taken.insert(o.serviceNumber);
        // Ability: a bell around 0.72; trainers know the subject.
        const double bell = (m_random.generateDouble() + m_random.generateDouble() + m_random.generateDouble()) / 3.0;
        s.ability = o.role == QLatin1String("trainer") ? uniform(m_random, 0.85, 0.98) : 0.35 + 0.65 * bell;
        s.language = chance(m_random, 0.3) ? QStringLiteral("zh-Hant") : QStringLiteral("en");
        const qint64 intakeStart = m_start + qint64(i / perCohort % 4) * 5 * kDay;
        s.clock = intakeStart + between(m_random, 0, 10 * kDay) + 8 * kHour;
        o.createdAt = QDateTime::fromMSecsSinceEpoch(intakeStart - between(m_random, 1 * kDay, 7 * kDay), Qt::UTC);
        if (o.role == QLatin1String("trainee")) {
            if (chance(m_random, 0.12))
                s.stopAfterUnits = int(m_random.bounded(1u, 9u));
            if (s.ability < 0.6 && chance(m_random, 0.6))
                s.giveUpAfterFails = int(m_random.bounded(1u, 4u));
        }
        for (int m = 0; m < m_modules.size(); ++m)
            s.modules << ModuleState{};
        if (!m_store->addOfficer(o, error))
            return false;
        ++m_summary->officers;
        if (o.role == QLatin1String("trainer"))
            ++m_summary->trainers;
        m_sims << s;
    }
    return true;
}

bool Simulation::createCohorts(QString *error)
{
    const int perCohort = std::max(1, m_options.officersPerCohort);
    const int count = (int(m_sims.size()) + perCohort - 1) / perCohort;
    for (int c = 0; c < count; ++c) {
        const qint64 intakeStart = m_start + qint64(c % 4) * 5 * kDay;
        const QDate intakeDate = QDateTime::fromMSecsSinceEpoch(intakeStart, Qt::UTC).date();
        Cohort cohort;
        cohort.id = makeUuid(m_random);
        cohort.name = QStringLiteral("Crypto intake %1 group %2 (demo %3)")
                          .arg(intakeDate.toString(QStringLiteral("yyyy-MM")))
                          .arg(c + 1)
                          .arg(m_options.seed);
        cohort.createdAt = QDateTime::fromMSecsSinceEpoch(intakeStart - 7 * kDay, Qt::UTC);
        if (!m_store->addCohort(cohort, error))
            return false;
        ++m_summary->cohorts;
        QStringList members;
        const QString trainerId = m_sims.at(c * perCohort).officer.id;
        for (int i = c * perCohort; i < std::min<qsizetype>(m_sims.size(), (c + 1) * perCohort); ++i)
            if (m_sims.at(i).officer.role == QLatin1String("trainee"))
                members << m_sims.at(i).officer.id;
        if (!m_store->setCohortMembers(cohort.id, members, error))
            return false;
        for (const ModulePackage &m : m_modules) {
            Assignment a;
            a.id = makeUuid(m_random);
            a.moduleId = m.id;
            a.cohortId = cohort.id;
            // Due four to twelve weeks after the intake: early intakes are past due.
            a.due = intakeDate.addDays(28 + int(m_random.bounded(57u)));
            a.assignedBy = trainerId;
            a.createdAt = cohort.createdAt.addSecs(3600);
            if (!m_store->addAssignment(a, error))
                return false;
            ++m_summary->assignments;
        }
    }
    // A few personal assignments: officers moved between units catch up on their own.
    for (int i = 0; i < m_sims.size(); ++i) {
        if (m_sims.at(i).officer.role != QLatin1String("trainee") || !chance(m_random, 0.05) || m_modules.isEmpty())
            continue;
        Assignment a;
        a.id = makeUuid(m_random);
        a.moduleId = m_modules.first().id;
        a.officerId = m_sims.at(i).officer.id;
        a.due = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).date().addDays(int(m_random.bounded(60u)) - 20);
        a.assignedBy = m_sims.at(i / perCohort * perCohort).officer.id;
        a.createdAt = QDateTime::fromMSecsSinceEpoch(m_start, Qt::UTC);
        if (!m_store->addAssignment(a, error))
            return false;
        ++m_summary->assignments;
    }
    return true;
}

void Simulation::emitEvent(OfficerSim &s, qint64 stepMs, const QString &verb, const QString &objectType,
                           const QString &objectId, const QJsonObject &data)
{
    s.clock += std::max<qint64>(1, stepMs);
    const ModulePackage &m = module(s);
    Event e;
    e.id = makeUuid(m_random);
    e.officerId = s.officer.id;
    e.verb = verb;
    e.moduleId = m.id;
    e.moduleVersion = m.version;
    e.objectType = objectType;
    e.objectId = objectId;
    e.data = data;
    e.timestamp = QDateTime::fromMSecsSinceEpoch(s.clock, Qt::UTC);
    m_pending << e;
    ++m_generated;
}

bool Simulation::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    if (!m_store->record(m_pending, error)) {
        m_writeError = error ? *error : QStringLiteral("write failed");
        return false;
    }
    m_pending.clear();
    ++m_summary->batches;
    if (m_progress)
        m_progress(m_generated, m_options.events);
    return true;
}

const AnswerSet &Simulation::answers(const Question &q, const QString &language)
{
    const QString key = language + QLatin1Char('/') + q.id + QLatin1Char('/') + QString::number(quintptr(&q));
    auto it = m_answers.find(key);
    if (it != m_answers.end())
        return *it;
    AnswerSet set;
    set.right.response = assessment::correctResponse(q, language);
    set.right.result = assessment::scoreQuestion(q, set.right.response, language);
    const QList<QJsonValue> candidates = wrongCandidates(q, set.right.response);
    for (const QJsonValue &c : candidates) {
        const assessment::QuestionResult r = assessment::scoreQuestion(q, c, language);
        if (r.answered && !r.fullyCorrect)
            set.wrong << Answer{c, r};
    }
    set.blank = assessment::scoreQuestion(q, QJsonValue(), language);
    set.difficulty = (double(stableHash(q.id) % 1000) / 1000.0 - 0.5) * 0.3;
    return *m_answers.insert(key, set);
}

double Simulation::rightChance(const OfficerSim &s, const AnswerSet &set) const
{
    return std::clamp(s.ability - set.difficulty, 0.05, 0.99);
}

const Answer &Simulation::pickAnswer(const AnswerSet &set, double p)
{
    if (set.wrong.isEmpty() || chance(m_random, p))
        return set.right;
    return set.wrong.at(int(m_random.bounded(quint32(set.wrong.size()))));
}

void Simulation::session(OfficerSim &s)
{
    // Time since the last session: the rest of the period shared among the sessions still expected.
    if (s.sessions > 0) {
        const qint64 left = m_now - kHour - s.clock;
        const int sessionsLeft = std::max(1, s.expectedSessions - s.sessions);
        const qint64 gap = left > 0 ? qint64(double(left) / (sessionsLeft + 1) * uniform(m_random, 0.4, 1.6)) : 0;
        s.clock += std::max(gap, step(60, 600));
    }
    ++s.sessions;
    ModuleState &ms = s.modules[s.module];
    const ModulePackage &m = module(s);
    const QList<const Assessment *> &assessments = m_sortedAssessments.at(s.module);
    emitEvent(s, step(1, 5), Verbs::Launched, ObjectTypes::Module, m.id);

    const auto dropsNow = [&s]() { return s.stopAfterUnits >= 0 && s.units >= s.stopAfterUnits; };

    if (ms.nextLesson < m.lessons.size()) {
        const int lessons = 1 + int(m_random.bounded(3u));
        for (int i = 0; i < lessons && ms.nextLesson < m.lessons.size(); ++i) {
            if (dropsNow()) {
                lesson(s, ms.nextLesson, true);
                s.done = true;
                return;
            }
            lesson(s, ms.nextLesson, false);
            ++ms.nextLesson;
            ++s.units;
        }
        return;
    }
    // Practice is optional; some skip it.
    while (ms.stage < assessments.size() && assessments.at(ms.stage)->mode == kPractice
           && ms.attemptsUsed.value(assessments.at(ms.stage)->id) == 0 && chance(m_random, 0.3))
        ++ms.stage;
    if (ms.stage < assessments.size()) {
        const Assessment &a = *assessments.at(ms.stage);
        if (a.maxAttempts > 0 && ms.attemptsUsed.value(a.id) >= a.maxAttempts) {
            s.done = true; // no attempts left: the module stays incomplete
            return;
        }
        if (dropsNow()) {
            attempt(s, a, true);
            s.done = true;
            return;
        }
        if (chance(m_random, 0.25)) // a look back at a lesson before the attempt
            revisit(s);
        attempt(s, a, false);
        ++s.units;
        const QList<double> &results = ms.percents.value(a.id);
        const bool passed = !results.isEmpty() && results.last() + 1e-9 >= (a.mode == kMastery ? 100.0 : a.passMark);
        if (a.mode == kPractice || passed) {
            ++ms.stage;
        } else if (a.mode == kExam) {
            ++ms.examFails;
            s.ability = std::min(0.97, s.ability + 0.04); // revising between attempts helps
            if (s.giveUpAfterFails >= 0 && ms.examFails >= s.giveUpAfterFails)
                s.done = true;
        } else {
            ++ms.masteryFails;
            s.ability = std::min(0.97, s.ability + 0.03);
            if (s.giveUpAfterFails >= 0 && ms.masteryFails > s.giveUpAfterFails + 1)
                s.done = true;
        }
        if (ms.stage >= assessments.size())
            finishModuleIfDone(s);
        return;
    }
    if (!ms.completed)
        finishModuleIfDone(s);
    if (s.module + 1 < m_modules.size()) {
        ++s.module;
        return;
    }
    // Everything done: refreshers until the period ends (practice rounds, lesson re-reads, and now
    // and then an exam retaken for a better grade where the best attempt counts).
    const Assessment *practice = nullptr;
    const Assessment *exam = nullptr;
    for (const Assessment *a : assessments) {
        if (a->mode == kPractice)
            practice = a;
        else if (a->mode == kExam && a->grading == QLatin1String("highest") && !exam)
            exam = a;
    }
    const double roll = m_random.generateDouble();
    if (exam && roll < 0.15 && (exam->maxAttempts == 0 || ms.attemptsUsed.value(exam->id) < exam->maxAttempts))
        attempt(s, *exam, false);
    else if (practice && roll < 0.65)
        attempt(s, *practice, false);
    else
        revisit(s);
}

void Simulation::lesson(OfficerSim &s, int index, bool partial)
{
    const QString &id = module(s).lessons.at(index).id;
    emitEvent(s, step(5, 40), Verbs::Experienced, ObjectTypes::Lesson, id);
    const int positions = partial ? 1 + int(m_random.bounded(2u)) : 2 + int(m_random.bounded(4u));
    double position = 0.0;
    for (int i = 0; i < positions; ++i) {
        position = partial ? std::min(0.8, position + uniform(m_random, 0.1, 0.35))
                           : (i + 1 == positions ? 1.0 : std::min(0.95, position + uniform(m_random, 0.15, 0.4)));
        emitEvent(s, step(30, 240), Verbs::Progressed, ObjectTypes::Lesson, id,
                  {{QStringLiteral("position"), std::round(position * 1000.0) / 1000.0}});
    }
    if (partial)
        return;
    ModuleState &ms = s.modules[s.module];
    if (ms.completedLessons.contains(id))
        return;
    ms.completedLessons.insert(id);
    emitEvent(s, step(5, 30), Verbs::Completed, ObjectTypes::Lesson, id);
}

void Simulation::revisit(OfficerSim &s)
{
    const ModulePackage &m = module(s);
    const ModuleState &ms = s.modules.at(s.module);
    const int upTo = std::max(1, std::min<int>(ms.nextLesson, int(m.lessons.size())));
    const QString &id = m.lessons.at(int(m_random.bounded(quint32(upTo)))).id;
    emitEvent(s, step(5, 40), Verbs::Experienced, ObjectTypes::Lesson, id);
    const int positions = 1 + int(m_random.bounded(3u));
    for (int i = 0; i < positions; ++i)
        emitEvent(s, step(20, 180), Verbs::Progressed, ObjectTypes::Lesson, id,
                  {{QStringLiteral("position"), std::round(uniform(m_random, 0.1, 1.0) * 1000.0) / 1000.0}});
}

void Simulation::attempt(OfficerSim &s, const Assessment &a, bool partial)
{
    ModuleState &ms = s.modules[s.module];
    const QString attemptId = makeUuid(m_random);
    const quint32 planSeed = m_random.generate();
    const assessment::AttemptPlan plan = assessment::makePlan(a, planSeed);
    const int number = ++ms.attemptsUsed[a.id];
    ++m_summary->attempts;
    emitEvent(s, step(10, 60), Verbs::Attempted, ObjectTypes::Assessment, a.id,
              {{kAttempt, attemptId},
               {QStringLiteral("mode"), a.mode},
               {QStringLiteral("seed"), qint64(planSeed)},
               {QStringLiteral("time_limit_minutes"), a.timeLimitMinutes},
               {QStringLiteral("number"), number},
               {QStringLiteral("plan"), plan.toJson()}});
    const qint64 started = s.clock;
    const QList<const Question *> questions = plan.questions(a);
    const auto answered = [&](const Question &q, const Answer &answer, bool checked) {
        QJsonObject data{{kAttempt, attemptId},
                         {QStringLiteral("assessment"), a.id},
                         {kQuestion, q.id},
                         {QStringLiteral("type"), q.type},
                         {QStringLiteral("response"), answer.response},
                         {QStringLiteral("score"), answer.result.points},
                         {QStringLiteral("max"), answer.result.maxPoints},
                         {QStringLiteral("correct"), answer.result.fullyCorrect},
                         {QStringLiteral("language"), s.language}};
        if (checked)
            data.insert(QStringLiteral("checked"), true);
        emitEvent(s, step(15, 75), Verbs::Answered, ObjectTypes::Question, a.id + QLatin1Char('/') + q.id, data);
    };
    const int stopAt = partial ? int(m_random.bounded(quint32(std::max<qsizetype>(1, questions.size())))) : -1;

    QJsonObject result;
    bool passed = false;
    double percent = 0.0;
    if (a.mode == kMastery) {
        // Questions come round until enough of the last answers are right, or the officer stops.
        QList<bool> results;
        const int window = std::max(1, a.masteryWindow);
        const int cap = std::max<int>(window * 3, int(questions.size()) * 2);
        int right = 0;
        bool achieved = false;
        for (int i = 0; i < cap && !questions.isEmpty(); ++i) {
            if (i == stopAt)
                return;
            const Question &q = *questions.at(i % questions.size());
            const AnswerSet &set = answers(q, s.language);
            const Answer &answer = pickAnswer(set, rightChance(s, set));
            answered(q, answer, true);
            results << answer.result.fullyCorrect;
            const QList<bool> last = results.mid(std::max<qsizetype>(0, results.size() - window));
            right = int(std::count(last.begin(), last.end(), true));
            achieved = a.masteryWindow > 0 && right >= a.masteryCorrect;
            if (achieved)
                break;
        }
        percent = 100.0 * right / window;
        passed = achieved;
        result = QJsonObject{{kAttempt, attemptId},
                             {QStringLiteral("mode"), a.mode},
                             {QStringLiteral("points"), double(right)},
                             {QStringLiteral("max"), double(window)},
                             {QStringLiteral("percent"), percent},
                             {QStringLiteral("pass_mark"), a.passMark},
                             {QStringLiteral("answered"), int(results.size())},
                             {QStringLiteral("correct"), right},
                             {QStringLiteral("pending_grading"), 0},
                             {QStringLiteral("questions"), int(plan.questionIds.size())},
                             {QStringLiteral("missed"), QJsonArray()}};
    } else {
        assessment::AttemptScore score;
        QJsonArray missed;
        const bool practice = a.mode == kPractice;
        for (int i = 0; i < questions.size(); ++i) {
            if (i == stopAt)
                return;
            const Question &q = *questions.at(i);
            const AnswerSet &set = answers(q, s.language);
            double p = rightChance(s, set);
            const Answer *last = nullptr;
            if (practice || !chance(m_random, (1.0 - s.ability) * 0.08)) { // the weakest leave a few blank
                const int tries = practice ? std::max(1, a.practiceTries) : 1;
                for (int t = 0; t < tries; ++t) {
                    last = &pickAnswer(set, p);
                    answered(q, *last, practice);
                    if (last->result.fullyCorrect || !chance(m_random, 0.7))
                        break;
                    p = std::min(0.99, p + 0.2);
                }
                if (!practice && chance(m_random, 0.03)) // flagged to look at again, sometimes cleared
                    emitEvent(s, step(2, 10), Verbs::Flagged, ObjectTypes::Question, a.id + QLatin1Char('/') + q.id,
                              {{kAttempt, attemptId}, {kQuestion, q.id}, {QStringLiteral("flagged"), true}});
            }
            const assessment::QuestionResult &r = last ? last->result : set.blank;
            if (r.answered)
                ++score.answered;
            if (q.type == QLatin1String("essay")) {
                if (r.answered)
                    ++score.pendingGrading;
                continue;
            }
            if (!r.scored)
                continue;
            score.maxPoints += r.maxPoints;
            score.points += r.points;
            score.correct += r.fullyCorrect ? 1 : 0;
            if (!r.fullyCorrect)
                missed.append(q.id);
        }
        score.points = std::max(0.0, score.points);
        percent = score.maxPoints > 0 ? 100.0 * score.points / score.maxPoints : 0.0;
        passed = percent + 1e-9 >= a.passMark;
        result = QJsonObject{{kAttempt, attemptId},
                             {QStringLiteral("mode"), a.mode},
                             {QStringLiteral("points"), score.points},
                             {QStringLiteral("max"), score.maxPoints},
                             {QStringLiteral("percent"), percent},
                             {QStringLiteral("pass_mark"), a.passMark},
                             {QStringLiteral("answered"), score.answered},
                             {QStringLiteral("correct"), score.correct},
                             {QStringLiteral("pending_grading"), score.pendingGrading},
                             {QStringLiteral("questions"), int(plan.questionIds.size())},
                             {QStringLiteral("missed"), missed}};
    }
    const qint64 submitStep = step(10, 60);
    const qint64 duration = s.clock + submitStep - started;
    result.insert(QStringLiteral("expired"), a.timeLimitMinutes > 0 && duration > qint64(a.timeLimitMinutes) * kMinute);
    result.insert(QStringLiteral("duration_ms"), duration);
    emitEvent(s, submitStep, passed ? Verbs::Passed : Verbs::Failed, ObjectTypes::Assessment, a.id, result);
    ms.percents[a.id] << (a.mode == kMastery ? (passed ? 100.0 : percent) : percent);
    if (passed)
        ++m_summary->passed;
    else
        ++m_summary->failed;
}

void Simulation::finishModuleIfDone(OfficerSim &s)
{
    ModuleState &ms = s.modules[s.module];
    const ModulePackage &m = module(s);
    if (ms.completed)
        return;
    for (const content::Lesson &l : m.lessons)
        if (!ms.completedLessons.contains(l.id))
            return;
    QJsonObject data;
    for (const Assessment &a : m.assessments) {
        if (a.mode == kPractice)
            continue;
        const QList<double> results = ms.percents.value(a.id);
        if (results.isEmpty())
            return;
        double grade = *std::max_element(results.begin(), results.end());
        if (a.grading == QLatin1String("last"))
            grade = results.last();
        else if (a.grading == QLatin1String("first"))
            grade = results.first();
        else if (a.grading == QLatin1String("average"))
            grade = std::accumulate(results.begin(), results.end(), 0.0) / results.size();
        if (a.mode == kMastery ? grade < 100.0 - 1e-9 : grade + 1e-9 < a.passMark)
            return;
        if (a.mode == kExam && !data.contains(QStringLiteral("percent")))
            data.insert(QStringLiteral("percent"), grade);
    }
    ms.completed = true;
    emitEvent(s, step(1, 3), Verbs::Completed, ObjectTypes::Module, m.id, data);
    ++m_summary->modulesCompleted;
    m_completions << Completion{s.officer.id, m.id, m.version, data.value(QStringLiteral("percent")).toDouble(100.0)};
}

} // namespace

DemoPopulator::DemoPopulator(ProgressStore *store, QList<ModulePackage> modules)
    : m_store(store), m_modules(usableModules(modules))
{
}

QList<ModulePackage> DemoPopulator::usableModules(const QList<ModulePackage> &catalog)
{
    QList<ModulePackage> out;
    for (const ModulePackage &m : catalog)
        if (m.isValid() && !m.lessons.isEmpty())
            out << m;
    return out;
}

bool DemoPopulator::populate(const DemoOptions &options, DemoSummary *summary, QString *error)
{
    DemoSummary local;
    DemoSummary *out = summary ? summary : &local;
    *out = {};
    if (!m_store) {
        if (error)
            *error = QStringLiteral("no progress store");
        return false;
    }
    if (m_modules.isEmpty() && options.events > 0) {
        if (error)
            *error = QStringLiteral("no valid module with lessons in the catalog");
        return false;
    }
    DemoOptions o = options;
    o.batchSize = std::max(1, o.batchSize);
    o.officers = std::max(0, o.officers);
    Simulation simulation(m_store, m_modules, o, m_progress, out);
    QString localError;
    const bool ok = simulation.run(error ? error : &localError);
    return ok;
}

} // namespace cca::demo
