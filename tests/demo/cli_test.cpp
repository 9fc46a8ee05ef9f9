// 'ccacademy-cli demo populate', run as a separate process on a temporary database.
#include "accounts/credentials.h"
#include "progress/progressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;

namespace {

TEST(DemoCli, PopulatesADatabase)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::ProcessResult r = test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"),
                                                              QStringLiteral("6"), QStringLiteral("--events"), QStringLiteral("2000"),
                                                              QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--database"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 officer(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 cohort(s)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(" s\n")) || r.out.trimmed().endsWith(QStringLiteral(" s"))) << r.out.toStdString();
    progress::OpenResult opened = progress::openProgressStore(db);
    ASSERT_TRUE(opened.store);
    EXPECT_EQ(opened.store->officers().size(), 6);
    EXPECT_GE(opened.store->allEvents().size(), 2000);

    const test::ProcessResult list = test::run(test::cliPath(), {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--database"), db});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.out.trimmed().split(QLatin1Char('\n')).size(), 6);
}

TEST(DemoCli, AddingToADatabaseWithOfficersIsATrainerCommand)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("station.sqlite"));
    QString trainerNumber = QStringLiteral("PT-1");
    {
        progress::OpenResult opened = progress::openProgressStore(db);
        ASSERT_TRUE(opened.store);
        progress::Officer trainee{{}, QStringLiteral("Chan Tai-man"), QStringLiteral("PC-1"), {}, QStringLiteral("trainee")};
        progress::Officer trainer{{}, QStringLiteral("Wong Siu-ling"), trainerNumber, {}, QStringLiteral("trainer")};
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(trainee, &error));
        ASSERT_TRUE(opened.store->addOfficer(trainer, &error));
        ASSERT_TRUE(opened.store->setOfficerSecret(trainer.id, accounts::Credentials::hash(QStringLiteral("correct horse 7")),
                                                   QStringLiteral("password"), &error));
    }
    const QStringList populate{QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("4"),
                               QStringLiteral("--events"), QStringLiteral("100"), QStringLiteral("--database"), db};
    const test::ProcessResult anonymous = test::run(test::cliPath(), populate);
    EXPECT_EQ(anonymous.exitCode, 1);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("trainer command"))) << anonymous.err.toStdString();
    const test::ProcessResult trainee = test::run(test::cliPath(), populate + QStringList{QStringLiteral("--as"), QStringLiteral("PC-1")},
                                                  60000, {QStringLiteral("CCA_PASSWORD=whatever")});
    EXPECT_EQ(trainee.exitCode, 1);
    EXPECT_TRUE(trainee.err.contains(QStringLiteral("trainee"))) << trainee.err.toStdString();
    const test::ProcessResult wrong = test::run(test::cliPath(), populate + QStringList{QStringLiteral("--as"), trainerNumber}, 60000,
                                                {QStringLiteral("CCA_PASSWORD=wrong")});
    EXPECT_EQ(wrong.exitCode, 1);
    {
        progress::OpenResult opened = progress::openProgressStore(db);
        EXPECT_EQ(opened.store->officers().size(), 2) << "nothing was added by the refused runs";
    }
    const test::ProcessResult trainer = test::run(test::cliPath(), populate + QStringList{QStringLiteral("--as"), trainerNumber}, 60000,
                                                  {QStringLiteral("CCA_PASSWORD=correct horse 7")});
    EXPECT_EQ(trainer.exitCode, 0) << trainer.err.toStdString();
    progress::OpenResult opened = progress::openProgressStore(db);
    EXPECT_EQ(opened.store->officers().size(), 6);
}

TEST(DemoCli, RejectsMissingOrBadOptions)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::ProcessResult missing =
        test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("3"),
                                    QStringLiteral("--database"), db});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("usage: ccacademy-cli demo populate")));
    const test::ProcessResult bad =
        test::run(test::cliPath(), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--officers"), QStringLiteral("many"),
                                    QStringLiteral("--events"), QStringLiteral("10"), QStringLiteral("--database"), db});
    EXPECT_EQ(bad.exitCode, 2);
}

} // namespace
