#include "progress/certificateregistry.h"
#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace cca::progress;

namespace {
class Certificates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        opened = SqliteProgressStore::open(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(opened.store);
        officer.displayName = QStringLiteral("Chan");
        officer.serviceNumber = QStringLiteral("12345");
        officer.role = QStringLiteral("trainee");
        QString error;
        ASSERT_TRUE(opened.store->addOfficer(officer, &error));
    }
    QTemporaryDir dir;
    OpenResult opened;
    Officer officer;
};
} // namespace

TEST_F(Certificates, IssuedOncePerModuleVersionAndVerifiedAsGenuine)
{
    CertificateRegistry registry(opened.store.get());
    QString error;
    const auto c = registry.issue(officer.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 85.0, &error);
    ASSERT_TRUE(c.has_value()) << error.toStdString();
    EXPECT_TRUE(c->code.startsWith(QStringLiteral("CCA-")));
    EXPECT_EQ(registry.issue(officer.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 90.0, &error)->code, c->code);
    EXPECT_EQ(registry.verify(c->code).verdict, CertificateRegistry::Verdict::Genuine);
    EXPECT_EQ(registry.verify(c->code.toLower()).verdict, CertificateRegistry::Verdict::Genuine) << "codes are read case-insensitively";
    EXPECT_EQ(registry.verify(c->payload()).verdict, CertificateRegistry::Verdict::Genuine);
}

TEST_F(Certificates, AlteredDetailsOrAnEditedDatabaseRecordAreDetected)
{
    CertificateRegistry registry(opened.store.get());
    QString error;
    const auto c = registry.issue(officer.id, QStringLiteral("crypto-basics"), QStringLiteral("1.1.0"), 62.0, &error);
    ASSERT_TRUE(c.has_value());
    QString forged = c->payload();
    forged.replace(QStringLiteral("|62.0|"), QStringLiteral("|98.0|"));
    EXPECT_EQ(registry.verify(forged).verdict, CertificateRegistry::Verdict::Altered) << "a better score printed on the PDF";
    // Someone edits the record in the database directly, without the key: the signature no longer fits.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dir.filePath(QStringLiteral("p.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE certificates SET percent = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    EXPECT_EQ(registry.verify(c->code).verdict, CertificateRegistry::Verdict::Altered);
}

TEST_F(Certificates, UnknownCodesAndAnotherDatabaseAreRejected)
{
    CertificateRegistry registry(opened.store.get());
    QString error;
    const auto c = registry.issue(officer.id, QStringLiteral("m"), QStringLiteral("1.0.0"), 100.0, &error);
    EXPECT_EQ(registry.verify(QStringLiteral("CCA-0000-0000-0000-0000")).verdict, CertificateRegistry::Verdict::Unknown);
    QTemporaryDir other;
    auto elsewhere = SqliteProgressStore::open(other.filePath(QStringLiteral("other.sqlite")));
    EXPECT_EQ(CertificateRegistry(elsewhere.store.get()).verify(c->code).verdict, CertificateRegistry::Verdict::Unknown);
    EXPECT_NE(opened.store->certificateKey(), elsewhere.store->certificateKey()) << "every database signs with its own key";

    const auto r = cca::test::run(cca::test::cliPath(), {QStringLiteral("certificate"), QStringLiteral("verify"), c->code,
                                                         QStringLiteral("--database"), dir.filePath(QStringLiteral("p.sqlite"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("genuine")));
    const auto bad = cca::test::run(cca::test::cliPath(), {QStringLiteral("certificate"), QStringLiteral("verify"), QStringLiteral("CCA-NOPE"),
                                                           QStringLiteral("--database"), dir.filePath(QStringLiteral("p.sqlite"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.contains(QStringLiteral("unknown")));
}
