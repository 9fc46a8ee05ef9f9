// Each folder in tests/content/broken is a module with one deliberate mistake; expected.txt holds
// the first error line the validator must print (relative to the module folder).
#include "content/catalog.h"
#include "content/packageloader.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca;

namespace {
QStringList brokenCases()
{
    return QDir(test::dataPath(QStringLiteral("content/broken"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString expectedLine(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("content/broken/%1/expected.txt").arg(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}
} // namespace

class BrokenModule : public ::testing::TestWithParam<QString>
{
};

TEST_P(BrokenModule, FailsWithTheExpectedErrorLine)
{
    const QString name = GetParam();
    const QString expected = expectedLine(name);
    ASSERT_FALSE(expected.isEmpty()) << "expected.txt missing for " << name.toStdString();
    content::Catalog catalog;
    catalog.addPath(test::dataPath(QStringLiteral("content/broken/") + name), QString(), name);
    catalog.crossCheck();
    ASSERT_EQ(catalog.modules().size(), 1);
    const content::ModulePackage &m = catalog.modules().first();
    EXPECT_FALSE(m.isValid());
    ASSERT_FALSE(m.errors.isEmpty());
    EXPECT_EQ(m.errors.first().toString(), name + QLatin1Char('/') + expected);
    EXPECT_EQ(catalog.find(m.id), nullptr) << "an invalid module must not be playable";
}

INSTANTIATE_TEST_SUITE_P(Validator, BrokenModule, ::testing::ValuesIn(brokenCases()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

TEST(BrokenModules, ThereAreAtLeastTenCases)
{
    EXPECT_GE(brokenCases().size(), 10);
}

TEST(ValidModule, MinimalModuleLoadsCompletely)
{
    const content::ModulePackage m = content::PackageLoader::load(test::dataPath(QStringLiteral("content/valid/minimal")));
    for (const Diagnostic &d : m.errors)
        ADD_FAILURE() << d.toString().toStdString();
    EXPECT_EQ(m.id, QStringLiteral("example-module"));
    EXPECT_EQ(m.version, QStringLiteral("1.0.0"));
    EXPECT_EQ(m.lessons.size(), 1);
    EXPECT_EQ(m.questionCount(), 2);
    EXPECT_EQ(m.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh-Hant")}));
    EXPECT_EQ(m.lessons.first().file.text(QStringLiteral("es")), QStringLiteral("lessons/intro.en.md"));
    ASSERT_NE(m.glossaryEntry(QStringLiteral("wallet")), nullptr);
    EXPECT_EQ(m.assessments.first().questions[1].type, QStringLiteral("multiple_choice"));
}

TEST(ValidModule, ReportsEveryProblemNotOnlyTheFirst)
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("m/module.json")),
                    R"({"format": 2, "id": "Bad Id", "version": "x", "title": "", "summary": "s",
                        "objectives": [], "level": "introductory", "topic": "fundamentals", "minutes": 0, "lessons": []})");
    const content::ModulePackage m = content::PackageLoader::load(dir.filePath(QStringLiteral("m")), QStringLiteral("m"));
    EXPECT_GE(m.errors.size(), 6);
}
