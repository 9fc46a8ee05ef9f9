#include "content/markdownscan.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca::content;

TEST(MarkdownScan, FindsImagesGlossaryLinksAndCalloutsWithPositions)
{
    const QString md = QStringLiteral("# T\n\nA [key](glossary:private-key) and ![d](../media/a.svg \"t\").\n\n> [!warning]\n> Careful.\n\n```\n![x](ignored.png)\n```\n");
    const auto refs = MarkdownScan::scan(md);
    ASSERT_EQ(refs.size(), 3);
    EXPECT_EQ(refs[0].kind, MarkdownRef::Kind::Image);
    EXPECT_EQ(refs[0].target, QStringLiteral("../media/a.svg"));
    EXPECT_EQ(refs[0].line, 3);
    EXPECT_EQ(refs[1].kind, MarkdownRef::Kind::Glossary);
    EXPECT_EQ(refs[1].target, QStringLiteral("private-key"));
    EXPECT_EQ(refs[1].column, 18);
    EXPECT_EQ(refs[2].kind, MarkdownRef::Kind::Callout);
    EXPECT_EQ(refs[2].target, QStringLiteral("WARNING"));
}

TEST(MarkdownScan, SplitsCalloutsFromText)
{
    const auto blocks = MarkdownScan::splitCallouts(QStringLiteral("Intro\n\n> [!TIP]\n> Ask for the hash.\n> Write it down.\n\nAfter\n"));
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_TRUE(blocks[0].callout.isEmpty());
    EXPECT_EQ(blocks[1].callout, QStringLiteral("TIP"));
    EXPECT_EQ(blocks[1].markdown, QStringLiteral("Ask for the hash.\nWrite it down."));
    EXPECT_TRUE(blocks[2].markdown.contains(QStringLiteral("After")));
}

TEST(MarkdownScan, ResolveInsideRefusesEverythingOutsideThePackage)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("module"));
    cca::test::writeFile(root + QStringLiteral("/media/a.svg"), "<svg/>");
    cca::test::writeFile(dir.filePath(QStringLiteral("secret.txt")), "secret");
    const QString lessons = root + QStringLiteral("/lessons");
    QDir().mkpath(lessons);
    EXPECT_EQ(MarkdownScan::resolveInside(QStringLiteral("../media/a.svg"), lessons, root), root + QStringLiteral("/media/a.svg"));
    EXPECT_TRUE(MarkdownScan::resolveInside(QStringLiteral("../../secret.txt"), lessons, root).isEmpty());
    EXPECT_TRUE(MarkdownScan::resolveInside(dir.filePath(QStringLiteral("secret.txt")), lessons, root).isEmpty());
    EXPECT_TRUE(MarkdownScan::resolveInside(QStringLiteral("https://example.com/a.png"), lessons, root).isEmpty());
    EXPECT_TRUE(MarkdownScan::resolveInside(QStringLiteral("//example.com/a.png"), lessons, root).isEmpty());
    EXPECT_TRUE(MarkdownScan::resolveInside(QStringLiteral("file:///etc/passwd"), lessons, root).isEmpty());
    // A symbolic link inside the package that points outside it is refused too.
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("secret.txt")), root + QStringLiteral("/media/link.txt")));
    EXPECT_TRUE(MarkdownScan::resolveInside(QStringLiteral("../media/link.txt"), lessons, root).isEmpty());
}
