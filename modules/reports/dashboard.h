#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace cca::reports {

// Time spent in a module's assessments by the members of a cohort.
//
// What is counted: every *submitted* attempt (exam, practice and mastery alike), from its
// `attempted` event to its `passed`/`failed` event, capped at the assessment's time limit recorded
// in the attempt (an attempt whose time ran out while the app was closed is submitted only when the
// officer returns, so its raw span can be days). Attempts never submitted are not counted.
// What is not counted: time in lessons. The events record when a lesson was opened, reading
// positions and completion, but not when the officer stopped reading, so lesson time cannot be
// measured from them without guessing.
struct TimeSpent
{
    int attempts = 0;                              // submitted attempts counted
    int members = 0;                               // members with at least one counted attempt
    double totalMinutes = 0.0;                     // sum over every counted attempt
    std::optional<double> medianMinutesPerMember;  // median of each such member's total; none without any
};

// Number of 10-point score bins: 0–9, 10–19, …, 80–89, 90–100.
inline constexpr int kScoreBins = 10;
int scoreBin(double percent);       // 0..9; 100 belongs to the last bin, out-of-range values are clamped
QString scoreBinLabel(int bin);     // "0–9" … "90–100"

// One module of the catalog as the members of one cohort stand in it.
//
// Scored assessments: the module's exams; a module without an exam is scored by its mastery
// assessments. Practice never counts for scores or passing (it is optional and has no pass mark).
struct DashboardModule
{
    QString moduleId;
    QString title;
    int members = 0;
    int completed = 0;                       // members with the module's `completed` event
    std::optional<double> completionPercent; // completed / members × 100; none without members
    int attempted = 0;                       // members with a submitted attempt at a scored assessment
    int passed = 0;                          // of those, members who passed every scored assessment at least once
    std::optional<double> passRate;          // passed / attempted × 100; none when nobody attempted
    std::optional<double> averageBestScore;  // mean of each attempted member's best scored percent
    std::array<int, kScoreBins> scoreBins{}; // best scored percent of each attempted member, by scoreBin()
    int overdue = 0;                         // members past `due` without completing
    QDate due;                               // earliest due date of the cohort's assignments of the module; invalid when not assigned
    TimeSpent time;
};

// A member who has not completed an assigned module by its due date.
struct OverdueOfficer
{
    QString officerId;
    QString name;
    QString serviceNumber;
    QString moduleId;
    QString moduleTitle;
    QDate due;
    int daysOverdue = 0; // due.daysTo(today), at least 1
};

struct CohortDashboard
{
    QString cohortId;
    QString cohortName;
    int members = 0;
    QList<DashboardModule> modules;  // in the order of `modules`
    QList<OverdueOfficer> overdue;   // most days overdue first, then by name and module
};

// The cohort dashboard, computed from each member's events read once (ProgressStore::events) and
// the assignments read once: completion and pass rates per module, the overdue list, the score
// distribution and the time spent. Only the cohort's own assignments set due dates (personal
// assignments belong to the officer's transcript, not to the cohort). A module is overdue for a
// member when its earliest due date is before `today` and the member has not completed it.
CohortDashboard cohortDashboard(progress::ProgressStore *store, const QList<content::ModulePackage> &modules,
                                const QString &cohortId, const QDate &today, const QString &language);

} // namespace cca::reports
