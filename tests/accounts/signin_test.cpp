#include "accounts/credentials.h"
#include "accounts/signinpolicy.h"
#include "core/clock.h"
#include "progress/sqliteprogressstore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace cca;
using accounts::SignInPolicy;

namespace {
class SignIn : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Clock::setOffsetForTesting(0);
        opened = progress::SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        trainer.displayName = QStringLiteral("Sgt Wong");
        trainer.serviceNumber = QStringLiteral("SGT-1");
        trainer.role = QStringLiteral("trainer");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(trainer, &error));
    }
    void TearDown() override { Clock::setOffsetForTesting(0); }
    QTemporaryDir dir;
    progress::OpenResult opened;
    progress::Officer trainer;
};
} // namespace

TEST(Credentials, Argon2idHashesAreSaltedAndVerify)
{
    const QString a = accounts::Credentials::hash(QStringLiteral("correct horse 1"));
    const QString b = accounts::Credentials::hash(QStringLiteral("correct horse 1"));
    EXPECT_TRUE(a.startsWith(QStringLiteral("$argon2id$"))) << a.toStdString();
    EXPECT_NE(a, b) << "each hash has its own salt";
    EXPECT_TRUE(accounts::Credentials::verify(a, QStringLiteral("correct horse 1")));
    EXPECT_FALSE(accounts::Credentials::verify(a, QStringLiteral("correct horse 2")));
    EXPECT_FALSE(accounts::Credentials::verify(QString(), QString()));
    EXPECT_FALSE(accounts::Credentials::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
}

TEST(Credentials, RulesForPasswordsAndPins)
{
    EXPECT_FALSE(accounts::Credentials::passwordProblem(QStringLiteral("short1")).isEmpty());
    EXPECT_FALSE(accounts::Credentials::passwordProblem(QStringLiteral("onlyletters")).isEmpty());
    EXPECT_TRUE(accounts::Credentials::passwordProblem(QStringLiteral("letters and 1")).isEmpty());
    EXPECT_TRUE(accounts::Credentials::pinProblem(QStringLiteral("2468")).isEmpty());
    EXPECT_FALSE(accounts::Credentials::pinProblem(QStringLiteral("12a4")).isEmpty());
    EXPECT_FALSE(accounts::Credentials::pinProblem(QStringLiteral("123")).isEmpty());
}

TEST_F(SignIn, TrainersNeedAGoodPasswordAndOnlyTheHashIsStored)
{
    SignInPolicy policy(opened.store.get());
    QString error;
    EXPECT_FALSE(policy.setSecret(trainer.id, trainer.role, QStringLiteral("abc"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(policy.setSecret(trainer.id, trainer.role, QString(), &error)) << "a trainer cannot go without a password";
    ASSERT_TRUE(policy.setSecret(trainer.id, trainer.role, QStringLiteral("Training-2026"), &error)) << error.toStdString();
    EXPECT_TRUE(SignInPolicy::needsSecret(*opened.store->officer(trainer.id)));
    opened.store.reset(); // close, then look at the file itself
    QFile f(dir.filePath(QStringLiteral("p.sqlite")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    QFile wal(dir.filePath(QStringLiteral("p.sqlite-wal")));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    EXPECT_FALSE(bytes.contains("Training-2026")) << "the password itself never reaches the disk";
    EXPECT_TRUE(bytes.contains("$argon2id$"));
}

TEST_F(SignIn, FiveWrongTriesLockTheProfileForAWhile)
{
    SignInPolicy policy(opened.store.get());
    QString error;
    ASSERT_TRUE(policy.setSecret(trainer.id, trainer.role, QStringLiteral("Training-2026"), &error));
    EXPECT_EQ(policy.signIn(trainer.id, QStringLiteral("Training-2026")).outcome, SignInPolicy::Outcome::SignedIn);
    for (int i = 1; i < SignInPolicy::kMaxFailures; ++i) {
        const auto r = policy.signIn(trainer.id, QStringLiteral("guess"));
        ASSERT_EQ(r.outcome, SignInPolicy::Outcome::WrongSecret) << i;
        EXPECT_EQ(r.triesLeft, SignInPolicy::kMaxFailures - i);
    }
    const auto locked = policy.signIn(trainer.id, QStringLiteral("guess"));
    ASSERT_EQ(locked.outcome, SignInPolicy::Outcome::Locked);
    EXPECT_EQ(policy.signIn(trainer.id, QStringLiteral("Training-2026")).outcome, SignInPolicy::Outcome::Locked)
        << "while locked, even the right password is refused";
    Clock::setOffsetForTesting(qint64(SignInPolicy::kLockMinutes + 1) * 60 * 1000);
    EXPECT_EQ(policy.signIn(trainer.id, QStringLiteral("Training-2026")).outcome, SignInPolicy::Outcome::SignedIn);
    EXPECT_EQ(opened.store->officer(trainer.id)->failedAttempts, 0);
}

TEST_F(SignIn, TraineesMayUseAPinOrNothing)
{
    progress::Officer trainee;
    trainee.displayName = QStringLiteral("PC Lee");
    trainee.serviceNumber = QStringLiteral("PC-9");
    trainee.role = QStringLiteral("trainee");
    QString error;
    ASSERT_TRUE(opened.store->addOfficer(trainee, &error));
    SignInPolicy policy(opened.store.get());
    EXPECT_EQ(policy.signIn(trainee.id, QString()).outcome, SignInPolicy::Outcome::SignedIn);
    ASSERT_TRUE(policy.setSecret(trainee.id, trainee.role, QStringLiteral("2468"), &error));
    EXPECT_EQ(policy.signIn(trainee.id, QString()).outcome, SignInPolicy::Outcome::WrongSecret);
    EXPECT_EQ(policy.signIn(trainee.id, QStringLiteral("2468")).outcome, SignInPolicy::Outcome::SignedIn);
    ASSERT_TRUE(policy.setSecret(trainee.id, trainee.role, QString(), &error)) << "a trainee may remove the PIN";
    EXPECT_FALSE(SignInPolicy::needsSecret(*opened.store->officer(trainee.id)));
}
