#pragma once

#include "content/package.h"
#include "progress/progressstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace cca::demo {

struct DemoOptions
{
    int officers = 10;
    qint64 events = 10000;     // stop once about this many events were written
    quint32 seed = 1;
    // Events per transaction. Each commit of randomly keyed events rewrites about two index pages
    // per event once the database is large (and copies them again at the checkpoint), so small
    // transactions made a million events take superlinearly long (see docs/performance.md).
    int batchSize = 50000;
    int daysBack = 90;         // activity spreads over this many days before `now`
    QDateTime now;             // end of the simulated period (UTC); the current time when invalid
    int officersPerCohort = 25;
};

struct DemoSummary
{
    int officers = 0;
    int trainers = 0;
    int cohorts = 0;
    int assignments = 0;
    qint64 events = 0;
    int attempts = 0;
    int passed = 0;       // passed submissions
    int failed = 0;       // failed submissions
    int modulesCompleted = 0;
    int batches = 0;
};

// Fills a progress store with deterministic synthetic training records: officers, cohorts with
// members, assignments, and the events LearningSession records (launch, lessons, attempts with
// plans, answers, submissions, module completion). The same seed (and `now`) gives the same records,
// ids included.
class DemoPopulator
{
public:
    // Called after every batch written: events so far and the target.
    using ProgressCallback = std::function<void(qint64 written, qint64 target)>;

    DemoPopulator(progress::ProgressStore *store, QList<content::ModulePackage> modules);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // False with *error set when the store refused a write (what was written before stays).
    bool populate(const DemoOptions &options, DemoSummary *summary, QString *error);

    // The valid modules with at least one lesson, in catalog order.
    static QList<content::ModulePackage> usableModules(const QList<content::ModulePackage> &catalog);

private:
    progress::ProgressStore *m_store;
    QList<content::ModulePackage> m_modules;
    ProgressCallback m_progress;
};

} // namespace cca::demo
