// The checked-field reader every content format uses: each problem is reported at its own line and
// column, and reading goes on after it so that one pass lists them all.
#include "core/jsonfields.h"

#include <gtest/gtest.h>

using namespace cca;

namespace {

JsonNode parse(const char *text)
{
    JsonParseResult r = parseJson(QByteArray(text), QStringLiteral("case.json"));
    EXPECT_FALSE(r.error.has_value());
    return std::move(r.root);
}

QStringList messages(const Diagnostics &d)
{
    QStringList out;
    for (const Diagnostic &x : d)
        out << QStringLiteral("%1:%2: %3").arg(x.line).arg(x.column).arg(x.message);
    return out;
}

} // namespace

TEST(JsonFields, ReportsEveryProblemWhereItIs)
{
    const JsonNode root = parse("{\n"
                                "  \"id\": \"Bad Id\",\n"
                                "  \"count\": 2.5,\n"
                                "  \"mode\": \"fast\",\n"
                                "  \"extra\": true,\n"
                                "  \"tags\": [\"a\", \"a\", \"\", \"Not-An-Id\", \"b\"]\n"
                                "}\n");
    Diagnostics out;
    JsonFields r(out, QStringLiteral("case.json"));
    EXPECT_TRUE(r.checkObject(root, QStringLiteral("the case"), {QStringLiteral("id"), QStringLiteral("count"), QStringLiteral("mode"),
                                                                 QStringLiteral("tags"), QStringLiteral("title")}));
    EXPECT_EQ(r.id(root, QStringLiteral("id"), QStringLiteral("the case")), QStringLiteral("Bad Id"));
    EXPECT_EQ(r.integer(root, QStringLiteral("count"), QStringLiteral("the case"), 0, 10, true), 0);
    EXPECT_EQ(r.oneOf(root, QStringLiteral("mode"), {QStringLiteral("slow"), QStringLiteral("careful")}), QStringLiteral("slow"));
    EXPECT_EQ(r.string(root, QStringLiteral("title"), QStringLiteral("the case"), true), QString());
    EXPECT_EQ(r.stringList(root, QStringLiteral("tags"), QStringLiteral("the case"), true, JsonFields::Items::Ids),
              (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(messages(out).join(QLatin1Char('\n')).toStdString(),
              (QStringList{
                  QStringLiteral("5:3: unknown field 'extra' in the case (allowed: id, count, mode, tags, title)"),
                  QStringLiteral("2:9: 'Bad Id' is not a valid id: use lower-case letters, digits and single hyphens, e.g. 'my-lesson'"),
                  QStringLiteral("3:12: 'count' must be a whole number"),
                  QStringLiteral("4:11: 'mode' must be one of: slow, careful"),
                  QStringLiteral("1:1: missing required field 'title' in the case"),
                  QStringLiteral("6:17: 'a' is listed twice in 'tags'"),
                  QStringLiteral("6:22: items of 'tags' must be non-empty text in double quotes"),
                  QStringLiteral("6:26: 'Not-An-Id' in 'tags' is not a valid id: use lower-case letters, digits and single hyphens"),
              }).join(QLatin1Char('\n')).toStdString());
    for (const Diagnostic &d : out)
        EXPECT_EQ(d.file, QStringLiteral("case.json"));
}

TEST(JsonFields, AcceptsWellFormedFieldsSilently)
{
    const JsonNode root = parse(R"({"id": "pig-butchering", "n": 3, "share": 0.25, "on": false, "tags": ["x", "y"]})");
    Diagnostics out;
    JsonFields r(out, QStringLiteral("ok.json"));
    EXPECT_EQ(r.id(root, QStringLiteral("id"), {}), QStringLiteral("pig-butchering"));
    EXPECT_EQ(r.integer(root, QStringLiteral("n"), {}, 1, 5, true), 3);
    EXPECT_EQ(r.number(root, QStringLiteral("share"), 0, 1, true).value_or(-1), 0.25);
    EXPECT_FALSE(r.boolean(root, QStringLiteral("on"), true));
    EXPECT_TRUE(r.boolean(root, QStringLiteral("absent"), true));
    EXPECT_EQ(r.stringList(root, QStringLiteral("tags"), {}, false, JsonFields::Items::Text, 2).size(), 2);
    EXPECT_TRUE(r.stringList(root, QStringLiteral("none"), {}, false).isEmpty());
    EXPECT_TRUE(out.isEmpty()) << messages(out).join(QLatin1Char('\n')).toStdString();
}
