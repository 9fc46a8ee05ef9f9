#include "core/jsonreader.h"

#include <gtest/gtest.h>

using cca::JsonNode;
using cca::parseJson;

TEST(JsonReader, RemembersLineAndColumnOfEveryValue)
{
    const auto r = parseJson("{\n  \"id\": \"x\",\n  \"list\": [1, 2.5, true]\n}", QStringLiteral("m.json"));
    ASSERT_FALSE(r.error.has_value());
    const JsonNode *id = r.root.member(QStringLiteral("id"));
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id->line, 2);
    EXPECT_EQ(id->column, 9);
    EXPECT_EQ(id->string, QStringLiteral("x"));
    const JsonNode *list = r.root.member(QStringLiteral("list"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->children.size(), 3u);
    EXPECT_TRUE(list->children[0].isInteger());
    EXPECT_FALSE(list->children[1].isInteger());
    EXPECT_EQ(list->children[2].column, 20);
    EXPECT_EQ(r.root.keyPositions[1].first, 3);
    EXPECT_EQ(r.root.keyPositions[1].second, 3);
}

TEST(JsonReader, CountsColumnsInCharactersNotBytes)
{
    const auto r = parseJson("{\"t\": \"警察\", \"n\": 1}", QStringLiteral("m.json"));
    ASSERT_FALSE(r.error.has_value());
    EXPECT_EQ(r.root.member(QStringLiteral("t"))->string, QString::fromUtf8("警察"));
    EXPECT_EQ(r.root.member(QStringLiteral("n"))->column, 18);
}

TEST(JsonReader, ReportsTrailingCommaWithPosition)
{
    const auto r = parseJson("{\n  \"a\": 1,\n}", QStringLiteral("m.json"));
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->line, 3);
    EXPECT_EQ(r.error->column, 1);
    EXPECT_EQ(r.error->toString(), QStringLiteral("m.json:3:1: error: JSON syntax: a comma before '}' is not allowed"));
}

TEST(JsonReader, ReportsDuplicateKeys)
{
    const auto r = parseJson("{\"a\": 1, \"a\": 2}", QStringLiteral("m.json"));
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(r.error->column, 10);
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("appears twice")));
}

TEST(JsonReader, DecodesEscapes)
{
    const auto r = parseJson(R"({"s": "a\"b\\c\n\u00e9"})", QStringLiteral("m.json"));
    ASSERT_FALSE(r.error.has_value());
    EXPECT_EQ(r.root.member(QStringLiteral("s"))->string, QString::fromUtf8("a\"b\\c\né"));
}

TEST(JsonReader, RejectsGarbageWithoutCrashing)
{
    const char *inputs[] = {"", "{", "[1,", "{\"a\" 1}", "{\"a\": tru}", "\"unterminated", "[1 2]", "{'a': 1}", "-", "1e", "[] []"};
    for (const char *input : inputs) {
        const auto r = parseJson(QByteArray(input), QStringLiteral("bad.json"));
        EXPECT_TRUE(r.error.has_value()) << input;
        EXPECT_GE(r.error->line, 1) << input;
    }
}

TEST(JsonReader, RejectsExcessiveNesting)
{
    const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
    const auto r = parseJson(deep, QStringLiteral("deep.json"));
    ASSERT_TRUE(r.error.has_value());
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("too deep")));
}
