// The command-line tool, run as a separate process the way scripts and trainers use it.
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cca;

TEST(Cli, PrintsItsVersion)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("ccacademy-cli ")));
}

TEST(Cli, BundledContentValidates)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), test::sourcePath(QStringLiteral("content"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(Cli, EachBrokenModuleFailsWithItsErrorLine)
{
    const QDir broken(test::dataPath(QStringLiteral("content/broken")));
    const QStringList cases = broken.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    ASSERT_GE(cases.size(), 10);
    for (const QString &name : cases) {
        QFile f(broken.filePath(name + QStringLiteral("/expected.txt")));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString expected = QString::fromUtf8(f.readAll()).trimmed();
        const QString path = broken.filePath(name);
        const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), path});
        EXPECT_EQ(r.exitCode, 1) << name.toStdString();
        EXPECT_TRUE(r.err.contains(path + QLatin1Char('/') + expected)) << name.toStdString() << ": " << r.err.toStdString();
    }
}

TEST(Cli, ValidateWithoutModulesIsAnError)
{
    QTemporaryDir dir;
    const auto r = test::run(test::cliPath(), {QStringLiteral("validate"), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no module.json")));
}

TEST(Cli, ModulesListJsonDescribesEveryModule)
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("modules")));
    const auto r = test::run(test::cliPath(), {QStringLiteral("modules"), QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--content"), test::sourcePath(QStringLiteral("content"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_TRUE(doc.isArray());
    bool found = false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "version", "title", "languages", "lessons", "questions", "activities", "valid", "errors"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("crypto-basics")) {
            found = true;
            EXPECT_TRUE(o.value(QStringLiteral("valid")).toBool());
            EXPECT_GE(o.value(QStringLiteral("lessons")).toInt(), 5);
            EXPECT_GE(o.value(QStringLiteral("questions")).toInt(), 8);
            EXPECT_TRUE(o.value(QStringLiteral("languages")).toArray().contains(QStringLiteral("zh-Hant")));
            EXPECT_TRUE(o.value(QStringLiteral("activities")).isArray());
            EXPECT_TRUE(o.value(QStringLiteral("errors")).toArray().isEmpty());
        }
    }
    EXPECT_TRUE(found);
}

TEST(Cli, ModulesListJsonIncludesInvalidModulesWithErrors)
{
    const auto r = test::run(test::cliPath(), {QStringLiteral("modules"), QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--content"), test::dataPath(QStringLiteral("content/broken"))});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_GE(array.size(), 10);
    for (const QJsonValue &v : array) {
        EXPECT_FALSE(v.toObject().value(QStringLiteral("valid")).toBool());
        EXPECT_FALSE(v.toObject().value(QStringLiteral("errors")).toArray().isEmpty());
    }
}

TEST(Cli, DatabaseOptionPointsAnywhere)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/progress.sqlite"));
    const auto r = test::run(test::cliPath(), {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--database"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("[\n]"));
    EXPECT_TRUE(QFile::exists(db));
    const auto pg = test::run(test::cliPath(), {QStringLiteral("officers"), QStringLiteral("list"), QStringLiteral("--database"),
                                                QStringLiteral("postgresql://u@localhost:5432/cca")});
    EXPECT_EQ(pg.exitCode, 1);
    EXPECT_FALSE(pg.err.isEmpty());
}
