// The cohort dashboard on a small store whose numbers are worked out by hand.
#include "reports/dashboard.h"
#include "progress/sqliteprogressstore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;

namespace {
content::Assessment assessment(const QString &id, const QString &mode)
{
    content::Assessment a;
    a.id = id;
    a.mode = mode;
    return a;
}

content::ModulePackage module(const QString &id, const QString &title, const QList<content::Assessment> &assessments)
{
    content::ModulePackage m;
    m.id = id;
    m.version = QStringLiteral("1.0.0");
    m.title = LocalizedText(title);
    m.assessments = assessments;
    return m;
}

class Dashboard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        store = opened.store.get();
    }

    progress::Officer add(const QString &name, const QString &number)
    {
        progress::Officer o;
        o.displayName = name;
        o.serviceNumber = number;
        o.role = QStringLiteral("trainee");
        QString error;
        EXPECT_TRUE(store->addOfficer(o, &error)) << error.toStdString();
        return o;
    }

    // An attempt started at `start` (minutes after t0) and, when `minutes` >= 0, submitted that many
    // minutes later with `percent`.
    void attempt(const progress::Officer &o, const QString &moduleId, const QString &assessmentId, const QString &attemptId, int start,
                 int minutes, double percent, bool passed, int timeLimit = 0)
    {
        progress::Event a = progress::Event::make(o.id, progress::Verbs::Attempted, moduleId, QStringLiteral("1.0.0"),
                                                  progress::ObjectTypes::Assessment, assessmentId,
                                                  {{QStringLiteral("attempt"), attemptId}, {QStringLiteral("time_limit_minutes"), timeLimit}});
        a.timestamp = t0.addSecs(60 * start);
        events << a;
        if (minutes < 0)
            return;
        progress::Event s = progress::Event::make(o.id, passed ? progress::Verbs::Passed : progress::Verbs::Failed, moduleId,
                                                  QStringLiteral("1.0.0"), progress::ObjectTypes::Assessment, assessmentId,
                                                  {{QStringLiteral("attempt"), attemptId}, {QStringLiteral("percent"), percent}});
        s.timestamp = t0.addSecs(60 * (start + minutes));
        events << s;
    }

    void complete(const progress::Officer &o, const QString &moduleId, int at)
    {
        progress::Event e = progress::Event::make(o.id, progress::Verbs::Completed, moduleId, QStringLiteral("1.0.0"),
                                                  progress::ObjectTypes::Module, moduleId);
        e.timestamp = t0.addSecs(60 * at);
        events << e;
    }

    void assign(const QString &moduleId, const QString &cohortId, const QString &officerId, const QDate &due)
    {
        progress::Assignment a{QString(), moduleId, cohortId, officerId, due, QString(), {}};
        QString error;
        ASSERT_TRUE(store->addAssignment(a, &error)) << error.toStdString();
    }

    QTemporaryDir dir;
    progress::OpenResult opened;
    progress::ProgressStore *store = nullptr;
    QList<progress::Event> events;
    const QDateTime t0{QDate(2026, 11, 2), QTime(9, 0), Qt::UTC};
    static constexpr int day = 24 * 60;
};
} // namespace

TEST(ScoreBins, TenPointBinsWithAHundredInTheLast)
{
    EXPECT_EQ(reports::scoreBin(0), 0);
    EXPECT_EQ(reports::scoreBin(9.99), 0);
    EXPECT_EQ(reports::scoreBin(10), 1);
    EXPECT_EQ(reports::scoreBin(69.5), 6);
    EXPECT_EQ(reports::scoreBin(90), 9);
    EXPECT_EQ(reports::scoreBin(100), 9);
    EXPECT_EQ(reports::scoreBin(-5), 0);
    EXPECT_EQ(reports::scoreBin(130), 9);
    EXPECT_EQ(reports::scoreBinLabel(0), QStringLiteral("0–9"));
    EXPECT_EQ(reports::scoreBinLabel(4), QStringLiteral("40–49"));
    EXPECT_EQ(reports::scoreBinLabel(9), QStringLiteral("90–100"));
}

TEST_F(Dashboard, CompletionPassRateScoresOverdueDistributionAndTimeMatchTheHandCalculation)
{
    // Catalog: m1 has an exam (30-minute limit) and a practice; m2 only a mastery drill, which
    // therefore is what scores it; m3 is untouched and unassigned.
    const QList<content::ModulePackage> modules{
        module(QStringLiteral("m1"), QStringLiteral("Crypto basics"),
               {assessment(QStringLiteral("final"), QStringLiteral("exam")), assessment(QStringLiteral("practice"), QStringLiteral("practice"))}),
        module(QStringLiteral("m2"), QStringLiteral("Wallets"), {assessment(QStringLiteral("drill"), QStringLiteral("mastery"))}),
        module(QStringLiteral("m3"), QStringLiteral("Tracing"), {assessment(QStringLiteral("exam"), QStringLiteral("exam"))}),
    };
    const progress::Officer alpha = add(QStringLiteral("Alpha"), QStringLiteral("PC-1"));
    const progress::Officer bravo = add(QStringLiteral("Bravo"), QStringLiteral("PC-2"));
    const progress::Officer charlie = add(QStringLiteral("Charlie"), QStringLiteral("PC-3"));
    const progress::Officer delta = add(QStringLiteral("Delta"), QStringLiteral("PC-4"));
    const progress::Officer echo = add(QStringLiteral("Echo"), QStringLiteral("PC-5")); // not in the cohort
    progress::Cohort cohort{QString(), QStringLiteral("Intake 2026-11"), {}};
    progress::Cohort other{QString(), QStringLiteral("Other"), {}};
    QString error;
    ASSERT_TRUE(store->addCohort(cohort, &error));
    ASSERT_TRUE(store->addCohort(other, &error));
    ASSERT_TRUE(store->setCohortMembers(cohort.id, {alpha.id, bravo.id, charlie.id, delta.id}, &error));
    ASSERT_TRUE(store->setCohortMembers(other.id, {alpha.id, echo.id}, &error));
    // m1 is due on 10 November (the later duplicate does not move it), m2 on 14 November.
    // Another cohort's assignment and a personal one do not count for this cohort.
    assign(QStringLiteral("m1"), cohort.id, QString(), QDate(2026, 11, 20));
    assign(QStringLiteral("m1"), cohort.id, QString(), QDate(2026, 11, 10));
    assign(QStringLiteral("m2"), cohort.id, QString(), QDate(2026, 11, 14));
    assign(QStringLiteral("m2"), other.id, QString(), QDate(2026, 11, 1));
    assign(QStringLiteral("m3"), QString(), alpha.id, QDate(2026, 11, 1));

    // Alpha: m1 exam 55 (20 min) then 85 (25 min), practice 100 (5 min), m1 completed;
    //        m2 drill 100 (7 min), m2 not completed.
    attempt(alpha, QStringLiteral("m1"), QStringLiteral("final"), QStringLiteral("a1"), 0, 20, 55, false, 30);
    attempt(alpha, QStringLiteral("m1"), QStringLiteral("final"), QStringLiteral("a2"), day, 25, 85, true, 30);
    attempt(alpha, QStringLiteral("m1"), QStringLiteral("practice"), QStringLiteral("a3"), day + 60, 5, 100, true);
    complete(alpha, QStringLiteral("m1"), day + 66);
    attempt(alpha, QStringLiteral("m2"), QStringLiteral("drill"), QStringLiteral("a4"), 2 * day, 7, 100, true);
    // Bravo: m1 exam 40, submitted 180 min after the start (time ran out while the app was closed):
    //        counted as the 30-minute limit; m2 drill 80 (4 min) and m2 completed.
    attempt(bravo, QStringLiteral("m1"), QStringLiteral("final"), QStringLiteral("b1"), 0, 180, 40, false, 30);
    attempt(bravo, QStringLiteral("m2"), QStringLiteral("drill"), QStringLiteral("b2"), 2 * day, 4, 80, true);
    complete(bravo, QStringLiteral("m2"), 2 * day + 5);
    // Charlie: m1 exam started, never submitted (not attempted, no time); practice 100 (12 min) does
    //          not score; m2 drill 20 (10 min).
    attempt(charlie, QStringLiteral("m1"), QStringLiteral("final"), QStringLiteral("c1"), 0, -1, 0, false, 30);
    attempt(charlie, QStringLiteral("m1"), QStringLiteral("practice"), QStringLiteral("c2"), 60, 12, 100, true);
    attempt(charlie, QStringLiteral("m2"), QStringLiteral("drill"), QStringLiteral("c3"), 2 * day, 10, 20, false);
    // Delta: nothing in m1; m2 drill 60 (9 min).
    attempt(delta, QStringLiteral("m2"), QStringLiteral("drill"), QStringLiteral("d1"), 2 * day, 9, 60, false);
    // Echo is not a member: a perfect m1 must not show anywhere.
    attempt(echo, QStringLiteral("m1"), QStringLiteral("final"), QStringLiteral("e1"), 0, 10, 100, true, 30);
    complete(echo, QStringLiteral("m1"), 11);
    ASSERT_TRUE(store->record(events, &error)) << error.toStdString();

    const reports::CohortDashboard d = reports::cohortDashboard(store, modules, cohort.id, QDate(2026, 11, 15), QStringLiteral("en"));
    EXPECT_EQ(d.cohortName, QStringLiteral("Intake 2026-11"));
    EXPECT_EQ(d.members, 4);
    ASSERT_EQ(d.modules.size(), 3);

    // m1: completed Alpha = 1 of 4 = 25 %. Attempted the exam: Alpha (best 85), Bravo (40) = 2;
    // passed: Alpha = 1 of 2 = 50 %. Average best (85 + 40) / 2 = 62.5. Bins: 40–49 and 80–89.
    // Overdue (due 10 Nov < 15 Nov, not completed): Bravo, Charlie, Delta = 3.
    // Time: Alpha 20 + 25 + 5 = 50, Bravo 30 (capped), Charlie 12 -> 5 attempts, 3 members,
    // 92 minutes in all, median of {12, 30, 50} = 30.
    const reports::DashboardModule &m1 = d.modules[0];
    EXPECT_EQ(m1.moduleId, QStringLiteral("m1"));
    EXPECT_EQ(m1.title, QStringLiteral("Crypto basics"));
    EXPECT_EQ(m1.members, 4);
    EXPECT_EQ(m1.completed, 1);
    EXPECT_DOUBLE_EQ(m1.completionPercent.value_or(-1), 25.0);
    EXPECT_EQ(m1.attempted, 2);
    EXPECT_EQ(m1.passed, 1);
    EXPECT_DOUBLE_EQ(m1.passRate.value_or(-1), 50.0);
    EXPECT_DOUBLE_EQ(m1.averageBestScore.value_or(-1), 62.5);
    EXPECT_EQ(m1.scoreBins, (std::array<int, 10>{0, 0, 0, 0, 1, 0, 0, 0, 1, 0}));
    EXPECT_EQ(m1.overdue, 3);
    EXPECT_EQ(m1.due, QDate(2026, 11, 10));
    EXPECT_EQ(m1.time.attempts, 5);
    EXPECT_EQ(m1.time.members, 3);
    EXPECT_DOUBLE_EQ(m1.time.totalMinutes, 92.0);
    EXPECT_DOUBLE_EQ(m1.time.medianMinutesPerMember.value_or(-1), 30.0);

    // m2 (scored by its mastery drill, pass mark reached by Alpha and Bravo): completed Bravo = 25 %.
    // Attempted: all four; passed 2 of 4 = 50 %. Average best (100 + 80 + 20 + 60) / 4 = 65.
    // Bins: 20–29, 60–69, 80–89, 90–100. Overdue (due 14 Nov): Alpha, Charlie, Delta = 3.
    // Time: 7 + 4 + 10 + 9 = 30 minutes, 4 attempts, 4 members, median of {4, 7, 9, 10} = 8.
    const reports::DashboardModule &m2 = d.modules[1];
    EXPECT_EQ(m2.completed, 1);
    EXPECT_DOUBLE_EQ(m2.completionPercent.value_or(-1), 25.0);
    EXPECT_EQ(m2.attempted, 4);
    EXPECT_EQ(m2.passed, 2);
    EXPECT_DOUBLE_EQ(m2.passRate.value_or(-1), 50.0);
    EXPECT_DOUBLE_EQ(m2.averageBestScore.value_or(-1), 65.0);
    EXPECT_EQ(m2.scoreBins, (std::array<int, 10>{0, 0, 1, 0, 0, 0, 1, 0, 1, 1}));
    EXPECT_EQ(m2.overdue, 3);
    EXPECT_EQ(m2.due, QDate(2026, 11, 14));
    EXPECT_EQ(m2.time.attempts, 4);
    EXPECT_EQ(m2.time.members, 4);
    EXPECT_DOUBLE_EQ(m2.time.totalMinutes, 30.0);
    EXPECT_DOUBLE_EQ(m2.time.medianMinutesPerMember.value_or(-1), 8.0);

    // m3: nobody started it and the cohort was not assigned it (only Alpha personally).
    const reports::DashboardModule &m3 = d.modules[2];
    EXPECT_EQ(m3.completed, 0);
    EXPECT_DOUBLE_EQ(m3.completionPercent.value_or(-1), 0.0);
    EXPECT_EQ(m3.attempted, 0);
    EXPECT_FALSE(m3.passRate.has_value());
    EXPECT_FALSE(m3.averageBestScore.has_value());
    EXPECT_FALSE(m3.due.isValid());
    EXPECT_EQ(m3.overdue, 0);
    EXPECT_EQ(m3.time.members, 0);
    EXPECT_FALSE(m3.time.medianMinutesPerMember.has_value());
    EXPECT_EQ(m3.scoreBins, (std::array<int, 10>{}));

    // The overdue list: five days late for m1 first, then one day late for m2, by name.
    ASSERT_EQ(d.overdue.size(), 6);
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("Bravo"), QStringLiteral("m1")}, {QStringLiteral("Charlie"), QStringLiteral("m1")},
        {QStringLiteral("Delta"), QStringLiteral("m1")}, {QStringLiteral("Alpha"), QStringLiteral("m2")},
        {QStringLiteral("Charlie"), QStringLiteral("m2")}, {QStringLiteral("Delta"), QStringLiteral("m2")}};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(d.overdue[i].name, expected[i].first) << i;
        EXPECT_EQ(d.overdue[i].moduleId, expected[i].second) << i;
        EXPECT_EQ(d.overdue[i].daysOverdue, i < 3 ? 5 : 1) << i;
        EXPECT_EQ(d.overdue[i].due, i < 3 ? QDate(2026, 11, 10) : QDate(2026, 11, 14)) << i;
    }
    EXPECT_EQ(d.overdue[0].serviceNumber, QStringLiteral("PC-2"));
    EXPECT_EQ(d.overdue[0].officerId, bravo.id);
    EXPECT_EQ(d.overdue[3].moduleTitle, QStringLiteral("Wallets"));

    // On the due date itself nobody is overdue yet.
    const reports::CohortDashboard onTime = reports::cohortDashboard(store, modules, cohort.id, QDate(2026, 11, 10), QStringLiteral("en"));
    EXPECT_EQ(onTime.modules[0].overdue, 0);
    EXPECT_TRUE(onTime.overdue.isEmpty());
}

TEST_F(Dashboard, AnEmptyCohortHasNoRatesRatherThanZeroes)
{
    progress::Cohort cohort{QString(), QStringLiteral("Empty"), {}};
    QString error;
    ASSERT_TRUE(store->addCohort(cohort, &error));
    const reports::CohortDashboard d = reports::cohortDashboard(
        store, {module(QStringLiteral("m1"), QStringLiteral("Crypto basics"), {assessment(QStringLiteral("final"), QStringLiteral("exam"))})},
        cohort.id, QDate(2026, 11, 15), QStringLiteral("en"));
    EXPECT_EQ(d.members, 0);
    ASSERT_EQ(d.modules.size(), 1);
    EXPECT_FALSE(d.modules[0].completionPercent.has_value());
    EXPECT_FALSE(d.modules[0].passRate.has_value());
    EXPECT_TRUE(d.overdue.isEmpty());
}
