#include "learning/assignedmodules.h"
#include "progress/sqliteprogressstore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;

TEST(AssignedModules, PersonalAndCohortAssignmentsWithTheEarliestDueDateAndOverdue)
{
    QTemporaryDir dir;
    auto opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
    progress::Officer o;
    o.displayName = QStringLiteral("Ng");
    o.serviceNumber = QStringLiteral("1");
    o.role = QStringLiteral("trainee");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(o, &error));
    progress::Cohort c;
    c.name = QStringLiteral("Unit A");
    ASSERT_TRUE(opened.store->addCohort(c, &error));
    ASSERT_TRUE(opened.store->setCohortMembers(c.id, {o.id}, &error));
    const QDate today(2026, 11, 26);
    progress::Assignment viaCohort{QString(), QStringLiteral("m1"), c.id, QString(), today.addDays(10), QString(), {}};
    progress::Assignment personal{QString(), QStringLiteral("m1"), QString(), o.id, today.addDays(3), QString(), {}};
    progress::Assignment late{QString(), QStringLiteral("m2"), c.id, QString(), today.addDays(-1), QString(), {}};
    progress::Assignment done{QString(), QStringLiteral("m3"), QString(), o.id, today.addDays(-5), QString(), {}};
    for (progress::Assignment *a : {&viaCohort, &personal, &late, &done})
        ASSERT_TRUE(opened.store->addAssignment(*a, &error)) << error.toStdString();
    progress::Assignment broken{QString(), QStringLiteral("m4"), c.id, o.id, today, QString(), {}};
    EXPECT_FALSE(opened.store->addAssignment(broken, &error)) << "a cohort or an officer, not both";
    ASSERT_TRUE(opened.store->record(progress::Event::make(o.id, progress::Verbs::Completed, QStringLiteral("m3"), QStringLiteral("1.0.0"),
                                                           progress::ObjectTypes::Module, QStringLiteral("m3")),
                                     &error));

    const auto list = learning::assignedModules(opened.store.get(), {}, o.id, QStringLiteral("en"), today);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].moduleId, QStringLiteral("m2"));
    EXPECT_TRUE(list[0].overdue);
    EXPECT_EQ(list[1].moduleId, QStringLiteral("m1"));
    EXPECT_EQ(list[1].due, today.addDays(3)) << "the earliest of two due dates";
    EXPECT_FALSE(list[1].overdue);
    EXPECT_EQ(list[2].moduleId, QStringLiteral("m3"));
    EXPECT_TRUE(list[2].completed);
    EXPECT_FALSE(list[2].overdue) << "done late is not overdue";
}
