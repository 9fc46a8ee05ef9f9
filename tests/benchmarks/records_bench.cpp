// Benchmarks for the training-records issue, on 10,000 officers and about 1,000,000 events made by
// the demo generator (the same records as `ccacademy-cli demo populate --officers 10000 --events
// 1000000 --seed 7`, with the simulated period ending at a fixed time so the file is the same on
// every machine). Targets: an officer transcript and the cohort dashboard query under 200 ms each,
// importing 1,000,000 events under 15 s.
//
// Generating the database takes a while, so it is built once and kept: in $CCA_BENCH_DB, or by
// default <build dir>/bench-data/records-10k-1m.sqlite. Delete the file to build it again.
//
// Run: build/release/tests/benchmarks/records_bench
#include "content/catalog.h"
#include "demo/demopopulator.h"
#include "progress/sqliteprogressstore.h"
#include "records/progressbundle.h"
#include "reports/dashboard.h"
#include "reports/transcript.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace cca;

namespace {

const QString kContent = QStringLiteral(CCA_SOURCE_DIR "/content");
constexpr int kOfficers = 10000;
constexpr qint64 kEvents = 1000000;
constexpr quint32 kSeed = 7;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "records_bench: %s\n", qPrintable(message));
    std::exit(1);
}

QString databasePath()
{
    const QString fromEnv = qEnvironmentVariable("CCA_BENCH_DB");
    return fromEnv.isEmpty() ? QStringLiteral(CCA_BENCH_DATA_DIR "/records-10k-1m.sqlite") : fromEnv;
}

const QList<content::ModulePackage> &modules()
{
    static const content::Catalog catalog = content::Catalog::load({kContent}, QString());
    return catalog.modules();
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Builds the database under a temporary name and renames it when complete, so an interrupted run
// never leaves a half-made file that a later run would take for the real one.
void ensureDatabase(const QString &path)
{
    if (QFileInfo::exists(path))
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString temp = path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    removeDatabaseFiles(temp);
    std::fprintf(stderr, "records_bench: generating %s (%d officers, %lld events, seed %u)...\n", qPrintable(path), kOfficers,
                 static_cast<long long>(kEvents), kSeed);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = progress::SqliteProgressStore::open(temp);
        if (!opened.store)
            fail(opened.error);
        demo::DemoPopulator populator(opened.store.get(), modules());
        demo::DemoOptions options;
        options.officers = kOfficers;
        options.events = kEvents;
        options.seed = kSeed;
        options.now = QDateTime(QDate(2026, 6, 30), QTime(17, 0), Qt::UTC);
        demo::DemoSummary summary;
        QString error;
        if (!populator.populate(options, &summary, &error))
            fail(QStringLiteral("demo populate: ") + error);
        std::fprintf(stderr, "records_bench: %d officers, %d cohorts, %lld events written in %.1f s\n", summary.officers,
                     summary.cohorts, static_cast<long long>(summary.events), double(timer.elapsed()) / 1000.0);
    } // closing the last connection checkpoints the WAL into the file
    if (QFileInfo::exists(temp + QStringLiteral("-wal")))
        fail(QStringLiteral("%1 still has a write-ahead log after closing").arg(temp));
    QFile::remove(temp + QStringLiteral("-shm"));
    if (!QFile::rename(temp, path))
        fail(QStringLiteral("cannot rename %1 to %2").arg(temp, path));
}

// Facts about the cached database, found with plain SQL once (not timed).
struct Fixture
{
    std::unique_ptr<progress::ProgressStore> store;
    QString typicalOfficer;  // the median number of events
    QString busiestOfficer;  // the most events
    qint64 typicalEvents = 0;
    qint64 busiestEvents = 0;
    QString largestCohort;   // most members; ties go to the one whose members have the most events
    qint64 cohortMembers = 0;
    qint64 cohortEvents = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture f;
        const QString path = databasePath();
        ensureDatabase(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("records-bench-facts"));
            db.setDatabaseName(path);
            if (!db.open())
                fail(QStringLiteral("cannot open %1").arg(path));
            QSqlQuery q(db);
            QList<QPair<qint64, QString>> counts;
            q.exec(QStringLiteral("SELECT officer_id, count(*) FROM events GROUP BY officer_id"));
            while (q.next())
                counts << qMakePair(q.value(1).toLongLong(), q.value(0).toString());
            if (counts.isEmpty())
                fail(QStringLiteral("%1 holds no events").arg(path));
            std::sort(counts.begin(), counts.end());
            f.typicalOfficer = counts.at(counts.size() / 2).second;
            f.typicalEvents = counts.at(counts.size() / 2).first;
            f.busiestOfficer = counts.last().second;
            f.busiestEvents = counts.last().first;
            q.exec(QStringLiteral("SELECT m.cohort_id, count(DISTINCT m.officer_id) AS members, count(e.seq) AS events "
                                  "FROM cohort_members m LEFT JOIN events e ON e.officer_id = m.officer_id "
                                  "GROUP BY m.cohort_id ORDER BY members DESC, events DESC, m.cohort_id LIMIT 1"));
            if (!q.next())
                fail(QStringLiteral("%1 holds no cohort").arg(path));
            f.largestCohort = q.value(0).toString();
            f.cohortMembers = q.value(1).toLongLong();
            f.cohortEvents = q.value(2).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("records-bench-facts"));
        auto opened = progress::SqliteProgressStore::open(path);
        if (!opened.store)
            fail(opened.error);
        f.store = std::move(opened.store);
        return f;
    }();
    return f;
}

// Every officer and every event of the cached database, read once for the import benchmarks.
struct Records
{
    QList<progress::Officer> officers;
    QList<progress::Event> events;
};

const Records &allRecords()
{
    static const Records r = [] {
        Records r;
        r.officers = fixture().store->officers();
        r.events = fixture().store->allEvents();
        return r;
    }();
    return r;
}

} // namespace

// Arg 0: an officer with the median number of events; arg 1: the officer with the most.
static void BM_OfficerTranscript(benchmark::State &state)
{
    Fixture &f = fixture();
    const bool busiest = state.range(0) == 1;
    const QString officer = busiest ? f.busiestOfficer : f.typicalOfficer;
    for (auto _ : state) {
        const auto transcript = reports::transcript(f.store.get(), modules(), officer, QStringLiteral("en"));
        benchmark::DoNotOptimize(transcript.size());
    }
    state.SetLabel(QStringLiteral("%1 officer, %2 events").arg(busiest ? QStringLiteral("busiest") : QStringLiteral("typical"))
                       .arg(busiest ? f.busiestEvents : f.typicalEvents)
                       .toStdString());
}
BENCHMARK(BM_OfficerTranscript)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One officer by id among 10,000 (sign-in, every screen that names an officer).
static void BM_OfficerById(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(f.store->officer(f.busiestOfficer).has_value());
}
BENCHMARK(BM_OfficerById)->Unit(benchmark::kMicrosecond);

static void BM_CohortDashboardQuery(benchmark::State &state)
{
    Fixture &f = fixture();
    // The day after the simulated period, so that the overdue list is as long as it gets.
    const QDate today(2026, 7, 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(reports::cohortDashboard(f.store.get(), modules(), f.largestCohort, today, QStringLiteral("en")).modules.size());
    state.SetLabel(QStringLiteral("reports::cohortDashboard; %1 members, %2 events")
                       .arg(f.cohortMembers)
                       .arg(f.cohortEvents)
                       .toStdString());
}
BENCHMARK(BM_CohortDashboardQuery)->Unit(benchmark::kMillisecond);

// Bytes this process has written so far (Linux), to see what a change does to the I/O.
static double writtenMB()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar: "))
            return line.mid(7).toDouble() / 1e6;
    return 0;
}

// ProgressStore::importRecords of every officer and event into a fresh, empty SQLite file.
static void BM_ImportMillionEvents(benchmark::State &state)
{
    const Records &r = allRecords();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("import.sqlite")));
        if (!opened.store)
            fail(opened.error);
        const double writtenBefore = writtenMB();
        state.ResumeTiming();
        progress::ProgressStore::ImportCounts counts;
        QString error;
        if (!opened.store->importRecords(r.officers, r.events, &counts, &error))
            fail(QStringLiteral("import: ") + error);
        state.PauseTiming();
        state.counters["written_MB"] = writtenMB() - writtenBefore;
        if (counts.newEvents != r.events.size() || counts.newOfficers != r.officers.size())
            fail(QStringLiteral("import counted %1 events and %2 officers").arg(counts.newEvents).arg(counts.newOfficers));
        opened.store.reset();
        state.ResumeTiming();
    }
    state.counters["events"] = double(r.events.size());
    state.counters["events_per_s"] = benchmark::Counter(double(r.events.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportMillionEvents)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

// The bundle path end to end: `ccacademy-cli bundle export` (every officer and event to a file),
// then `ccacademy-cli bundle import` of that file into a fresh SQLite file, as library calls.
QString bundleFile()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("bundle.json"));
}

static void BM_BundleExportMillionEvents(benchmark::State &state)
{
    Fixture &f = fixture();
    const QString file = bundleFile();
    for (auto _ : state) {
        const records::ProgressBundle bundle = records::ProgressBundle::fromStore(*f.store);
        QString error;
        if (!bundle.save(file, &error))
            fail(error);
    }
    state.counters["MB"] = double(QFileInfo(file).size()) / 1e6;
}
BENCHMARK(BM_BundleExportMillionEvents)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

static void BM_BundleImportMillionEvents(benchmark::State &state)
{
    // Made by the export benchmark when it ran; made here otherwise (not timed).
    const QString file = bundleFile();
    if (!QFileInfo::exists(file)) {
        QString error;
        if (!records::ProgressBundle::fromStore(*fixture().store).save(file, &error))
            fail(error);
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("import.sqlite")));
        if (!opened.store)
            fail(opened.error);
        state.ResumeTiming();
        QString error;
        const auto bundle = records::ProgressBundle::load(file, &error);
        if (!bundle)
            fail(error);
        progress::ProgressStore::ImportCounts counts;
        if (!bundle->importInto(*opened.store, &counts, &error))
            fail(QStringLiteral("import: ") + error);
        state.PauseTiming();
        opened.store.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BundleImportMillionEvents)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
