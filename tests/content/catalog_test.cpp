#include "content/catalog.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca;

namespace {
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.isDir())
            copyTree(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName());
        else
            QFile::copy(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName());
    }
}
} // namespace

TEST(Catalog, InvalidModulesAreListedAndTheRestStillWorks)
{
    QTemporaryDir dir;
    copyTree(test::dataPath(QStringLiteral("content/valid/minimal")), dir.filePath(QStringLiteral("modules/good")));
    copyTree(test::dataPath(QStringLiteral("content/broken/bad-version")), dir.filePath(QStringLiteral("modules/bad")));
    QFile::remove(dir.filePath(QStringLiteral("modules/bad/expected.txt")));
    // Give the broken copy its own id so only the version is wrong.
    QFile f(dir.filePath(QStringLiteral("modules/bad/module.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    json.replace("\"example-module\"", "\"other-module\"");
    test::writeFile(f.fileName(), json);

    const content::Catalog catalog = content::Catalog::load({dir.path()}, QString());
    ASSERT_EQ(catalog.modules().size(), 2);
    EXPECT_NE(catalog.find(QStringLiteral("example-module")), nullptr);
    EXPECT_EQ(catalog.find(QStringLiteral("other-module")), nullptr);
}

TEST(Catalog, DuplicateModuleIdsAreReported)
{
    QTemporaryDir dir;
    copyTree(test::dataPath(QStringLiteral("content/valid/minimal")), dir.filePath(QStringLiteral("a")));
    copyTree(test::dataPath(QStringLiteral("content/valid/minimal")), dir.filePath(QStringLiteral("b")));
    content::Catalog catalog;
    catalog.addPath(dir.path(), QString());
    catalog.crossCheck();
    ASSERT_EQ(catalog.modules().size(), 2);
    EXPECT_TRUE(catalog.modules()[0].isValid());
    ASSERT_FALSE(catalog.modules()[1].isValid());
    EXPECT_TRUE(catalog.modules()[1].errors.first().message.contains(QStringLiteral("duplicate module id 'example-module'")));
}

TEST(Catalog, FolderWithoutModulesFindsNothing)
{
    QTemporaryDir dir;
    EXPECT_TRUE(content::Catalog::findModuleFolders(dir.path()).isEmpty());
    EXPECT_TRUE(content::Catalog::findModuleFolders(dir.filePath(QStringLiteral("missing"))).isEmpty());
}
