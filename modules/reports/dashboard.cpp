#include "reports/dashboard.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cca::reports {

using namespace cca::progress;

namespace {
QStringList scoredAssessments(const content::ModulePackage &module)
{
    QStringList exams, mastery;
    for (const content::Assessment &a : module.assessments) {
        if (a.mode == QLatin1String("exam"))
            exams << a.id;
        else if (a.mode == QLatin1String("mastery"))
            mastery << a.id;
    }
    return exams.isEmpty() ? mastery : exams;
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Minutes from an attempt's start to its submission, capped at its recorded time limit.
std::optional<double> attemptMinutes(const AttemptRecord &a)
{
    if (!a.submitted || !a.started.isValid() || !a.result.at.isValid())
        return std::nullopt;
    qint64 ms = a.started.msecsTo(a.result.at);
    if (ms < 0)
        return std::nullopt;
    const int limit = a.data.value(QStringLiteral("time_limit_minutes")).toInt();
    if (limit > 0)
        ms = std::min(ms, qint64(limit) * 60 * 1000);
    return ms / 60000.0;
}

// One member's standing in one module's scored assessments.
struct Scored
{
    bool attempted = false;
    bool passedAll = false;
    double best = 0.0;
};

Scored scored(const ModuleProgress &p, const QStringList &assessments)
{
    Scored s;
    if (assessments.isEmpty())
        return s;
    s.passedAll = true;
    for (const QString &id : assessments) {
        bool any = false, passed = false;
        double best = 0.0;
        for (const AttemptRecord &a : p.attempts.value(id)) {
            if (!a.submitted)
                continue;
            best = any ? std::max(best, a.result.percent) : a.result.percent;
            any = true;
            passed = passed || a.result.passed;
        }
        // A submission without its start event (e.g. from an older import) still counts.
        if (const auto r = p.bestResults.constFind(id); !any && r != p.bestResults.constEnd()) {
            any = true;
            best = r->percent;
            passed = r->passed;
        }
        if (any) {
            s.best = s.attempted ? std::max(s.best, best) : best;
            s.attempted = true;
        }
        s.passedAll = s.passedAll && passed;
    }
    if (!s.attempted)
        s.passedAll = false;
    return s;
}
} // namespace

int scoreBin(double percent)
{
    if (!std::isfinite(percent))
        return 0;
    return std::clamp(int(std::floor(percent / 10.0)), 0, kScoreBins - 1);
}

QString scoreBinLabel(int bin)
{
    bin = std::clamp(bin, 0, kScoreBins - 1);
    return QStringLiteral("%1–%2").arg(bin * 10).arg(bin == kScoreBins - 1 ? 100 : bin * 10 + 9);
}

CohortDashboard cohortDashboard(ProgressStore *store, const QList<content::ModulePackage> &modules, const QString &cohortId,
                                const QDate &today, const QString &language)
{
    CohortDashboard out;
    out.cohortId = cohortId;
    if (!store || cohortId.isEmpty())
        return out;
    for (const Cohort &c : store->cohorts())
        if (c.id == cohortId)
            out.cohortName = c.name;
    const QStringList members = store->cohortMembers(cohortId);
    out.members = int(members.size());

    // Names only for the overdue list, each read once by id (one row, not the whole force).
    QHash<QString, Officer> officers;
    auto officer = [&](const QString &id) {
        auto it = officers.constFind(id);
        if (it == officers.constEnd())
            it = officers.insert(id, store->officer(id).value_or(Officer{}));
        return *it;
    };

    // The earliest due date of each module assigned to this cohort.
    QHash<QString, QDate> due;
    for (const Assignment &a : store->assignments()) {
        if (a.cohortId != cohortId || !a.due.isValid())
            continue;
        auto it = due.find(a.moduleId);
        if (it == due.end())
            due.insert(a.moduleId, a.due);
        else if (a.due < *it)
            *it = a.due;
    }

    QList<QStringList> scoredIds;
    for (const content::ModulePackage &m : modules) {
        DashboardModule row;
        row.moduleId = m.id;
        row.title = m.title.text(language);
        row.members = out.members;
        row.due = due.value(m.id);
        out.modules << row;
        scoredIds << scoredAssessments(m);
    }

    QList<double> scoreSums(modules.size(), 0.0);
    QList<QList<double>> memberMinutes(modules.size());
    for (const QString &officerId : members) {
        // One read of the member's events; every module is derived from it.
        const QMap<QString, ModuleProgress> progress = ProgressDeriver::derive(store->events(officerId));
        for (qsizetype i = 0; i < modules.size(); ++i) {
            DashboardModule &row = out.modules[i];
            const auto found = progress.constFind(row.moduleId);
            const ModuleProgress empty;
            const ModuleProgress &p = found != progress.constEnd() ? *found : empty;

            row.completed += p.completed ? 1 : 0;
            const Scored s = scored(p, scoredIds[i]);
            if (s.attempted) {
                ++row.attempted;
                row.passed += s.passedAll ? 1 : 0;
                scoreSums[i] += s.best;
                ++row.scoreBins[scoreBin(s.best)];
            }

            double minutes = 0.0;
            int timed = 0;
            for (const QList<AttemptRecord> &attempts : p.attempts)
                for (const AttemptRecord &a : attempts)
                    if (const auto m = attemptMinutes(a)) {
                        minutes += *m;
                        ++timed;
                    }
            if (timed > 0) {
                row.time.attempts += timed;
                row.time.totalMinutes += minutes;
                memberMinutes[i] << minutes;
            }

            if (row.due.isValid() && row.due < today && !p.completed) {
                ++row.overdue;
                const Officer o = officer(officerId);
                out.overdue << OverdueOfficer{officerId, o.displayName, o.serviceNumber, row.moduleId, row.title, row.due,
                                              int(row.due.daysTo(today))};
            }
        }
    }

    for (qsizetype i = 0; i < out.modules.size(); ++i) {
        DashboardModule &row = out.modules[i];
        if (row.members > 0)
            row.completionPercent = 100.0 * row.completed / row.members;
        if (row.attempted > 0) {
            row.passRate = 100.0 * row.passed / row.attempted;
            row.averageBestScore = scoreSums[i] / row.attempted;
        }
        row.time.members = int(memberMinutes[i].size());
        row.time.medianMinutesPerMember = median(memberMinutes[i]);
    }
    std::sort(out.overdue.begin(), out.overdue.end(), [](const OverdueOfficer &a, const OverdueOfficer &b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (const int c = QString::localeAwareCompare(a.name, b.name))
            return c < 0;
        if (a.serviceNumber != b.serviceNumber)
            return a.serviceNumber < b.serviceNumber;
        return a.moduleTitle < b.moduleTitle;
    });
    return out;
}

} // namespace cca::reports
