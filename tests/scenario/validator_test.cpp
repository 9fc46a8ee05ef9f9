// The scenario validator on the sample and on one deliberately broken file per problem.
#include "scenario/scenarioloader.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace cca;
using namespace cca::scenario;

namespace {

QString sample()
{
    return test::dataPath(QStringLiteral("scenario/data/warned-withdrawal.scenario.json"));
}

QString broken(const QString &name)
{
    return test::dataPath(QStringLiteral("scenario/data/broken/%1.scenario.json").arg(name));
}

QString joined(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &d : errors)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

// Loads a scenario written into a temporary package.
Scenario loadText(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("inline.scenario.json"));
    test::writeFile(path, json);
    return ScenarioLoader::loadFile(path);
}

} // namespace

TEST(ScenarioValidator, TheSampleIsValidAndComplete)
{
    const Scenario s = ScenarioLoader::loadFile(sample());
    ASSERT_TRUE(s.isValid()) << joined(s.errors).toStdString();
    EXPECT_EQ(s.id, QStringLiteral("warned-withdrawal"));
    EXPECT_EQ(s.start, QStringLiteral("intro"));
    EXPECT_EQ(s.variables.size(), 4);
    EXPECT_EQ(s.nodes.size(), 12);
    EXPECT_EQ(s.packageRoot, QDir::cleanPath(test::dataPath(QStringLiteral("scenario/data"))));
    int endings = 0;
    for (const Node &n : s.nodes) {
        if (n.isEnding())
            ++endings;
        EXPECT_TRUE(n.type == Node::Type::Decision || n.isEnding() || n.text.has(QStringLiteral("zh-Hant")) ||
                    n.caption.has(QStringLiteral("zh-Hant")) || n.type == Node::Type::Call)
            << n.id.toStdString();
    }
    EXPECT_EQ(endings, 3);
    const Node *call = s.node(QStringLiteral("voice-note"));
    ASSERT_NE(call, nullptr);
    ASSERT_EQ(call->transcript.size(), 2);
    EXPECT_EQ(call->transcript[1].tactic, QStringLiteral("isolation"));
    EXPECT_FALSE(ScenarioLoader::mediaPath(s, call->audio).isEmpty());
    EXPECT_TRUE(ScenarioLoader::mediaPath(s, QStringLiteral("../broken/dead-end.scenario.json")).isEmpty());
    const Node *message = s.node(QStringLiteral("platform-message"));
    ASSERT_TRUE(message && message->redFlag);
    EXPECT_EQ(message->redFlag->tactic, QStringLiteral("fee-to-withdraw"));
    EXPECT_TRUE(message->redFlag->explanation.has(QStringLiteral("zh-Hant")));
}

struct BrokenCase
{
    const char *file;
    int line;
    int column; // 0: any
    const char *message;
};

class BrokenScenario : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenScenario, ReportsTheProblemAtItsLineAndNothingElse)
{
    const BrokenCase c = GetParam();
    const QString path = broken(QString::fromLatin1(c.file));
    const Scenario s = ScenarioLoader::loadFile(path);
    ASSERT_EQ(s.errors.size(), 1) << joined(s.errors).toStdString();
    const Diagnostic &d = s.errors.first();
    EXPECT_EQ(d.file, path);
    EXPECT_EQ(d.line, c.line) << d.toString().toStdString();
    if (c.column) {
        EXPECT_EQ(d.column, c.column) << d.toString().toStdString();
    }
    EXPECT_TRUE(d.message.contains(QString::fromUtf8(c.message))) << d.toString().toStdString();
    EXPECT_TRUE(d.toString().startsWith(path + QStringLiteral(":%1:").arg(c.line)));
}

INSTANTIATE_TEST_SUITE_P(
    OnePerProblem, BrokenScenario,
    ::testing::Values(BrokenCase{"unreachable", 8, 5, "unreachable: node 'orphan' cannot be reached from the start node 'a'"},
                      BrokenCase{"dead-end", 11, 5, "dead end: narration node 'b' has no 'next'"},
                      BrokenCase{"unknown-next", 9, 0, "choice 'astray' of decision 'a' leads nowhere: 'nowhere' is not a node"},
                      BrokenCase{"trapped-cycle", 11, 5, "cycle with no way out: nodes 'b', 'c'"},
                      BrokenCase{"missing-media", 7, 0, "media file 'media/missing.png' not found"},
                      BrokenCase{"duplicate-id", 8, 0, "duplicate node id 'a' (first used at line 7)"}),
    [](const ::testing::TestParamInfo<BrokenCase> &info) {
        std::string name = info.param.file;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(ScenarioValidator, UndefinedVariablesInConditionsAndEffects)
{
    const QString path = broken(QStringLiteral("undefined-variable"));
    const Scenario s = ScenarioLoader::loadFile(path);
    ASSERT_EQ(s.errors.size(), 2) << joined(s.errors).toStdString();
    // The condition's column points at 'warned' in the file (the text starts after the quote at 58).
    EXPECT_EQ(s.errors[0].toString(),
              path + QStringLiteral(":9:74: error: condition \"trust >= 2 && !warned\", column 16: undefined variable 'warned'"));
    EXPECT_EQ(s.errors[1].line, 10);
    EXPECT_TRUE(s.errors[1].message.contains(QLatin1String("undefined variable 'patience' in 'add'"))) << joined(s.errors).toStdString();
}

TEST(ScenarioValidator, TypeMismatches)
{
    const QString path = broken(QStringLiteral("type-mismatch"));
    const Scenario s = ScenarioLoader::loadFile(path);
    ASSERT_EQ(s.errors.size(), 4) << joined(s.errors).toStdString();
    EXPECT_EQ(s.errors[0].line, 6);
    EXPECT_TRUE(s.errors[0].message.contains(QLatin1String("variable 'warned' is bool but its 'initial' value is an int")));
    EXPECT_EQ(s.errors[1].line, 9);
    EXPECT_EQ(s.errors[1].column, 59);
    EXPECT_TRUE(s.errors[1].message.contains(QLatin1String("'&&' (column 7) needs true/false (bool), but this is a number (int)")))
        << s.errors[1].message.toStdString();
    EXPECT_EQ(s.errors[2].line, 10);
    EXPECT_TRUE(s.errors[2].message.contains(QLatin1String("'add' needs an int variable, but 'warned' is bool")));
    EXPECT_EQ(s.errors[3].line, 11);
    EXPECT_TRUE(s.errors[3].message.contains(QLatin1String("variable 'trust' is int but the value is a bool")));
}

TEST(ScenarioValidator, PathsMustStayInsideThePackage)
{
    const QString path = broken(QStringLiteral("escaping-path"));
    const Scenario s = ScenarioLoader::loadFile(path);
    ASSERT_EQ(s.errors.size(), 3) << joined(s.errors).toStdString();
    EXPECT_EQ(s.errors[0].line, 7);
    EXPECT_TRUE(s.errors[0].message.contains(QLatin1String("'../media/exchange-warning.png' leads outside the package folder")));
    EXPECT_EQ(s.errors[1].line, 8);
    EXPECT_TRUE(s.errors[1].message.contains(QLatin1String("is a URL")));
    EXPECT_EQ(s.errors[2].line, 9);
    EXPECT_TRUE(s.errors[2].message.contains(QLatin1String("is an absolute path")));
    // Paths are relative to the package folder, not to the scenario file: with the package one level
    // up, 'media/exchange-warning.png' is the file the broken scenario tried to reach with '..'.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("media"));
    QDir(dir.path()).mkpath(QStringLiteral("scenarios"));
    test::writeFile(dir.filePath(QStringLiteral("module.json")), "{}");
    test::writeFile(dir.filePath(QStringLiteral("media/shot.png")), "png");
    const QString inPackage = dir.filePath(QStringLiteral("scenarios/shot.scenario.json"));
    test::writeFile(inPackage, R"({"format": 1, "id": "shot", "title": "Shot", "start": "a", "nodes": [
      {"id": "a", "type": "document", "image": "media/shot.png", "caption": "A shot.", "next": "b"},
      {"id": "b", "type": "document", "image": "scenarios/../media/shot.png", "caption": "The same shot.", "next": "c"},
      {"id": "c", "type": "document", "image": "../media/shot.png", "caption": "Outside.", "next": "end"},
      {"id": "end", "type": "ending", "outcome": "done", "band": "good", "text": "Done."}]})");
    const Scenario packaged = ScenarioLoader::loadFile(inPackage);
    ASSERT_EQ(packaged.errors.size(), 1) << joined(packaged.errors).toStdString();
    EXPECT_EQ(packaged.errors[0].line, 4);
    EXPECT_TRUE(packaged.errors[0].message.contains(QLatin1String("leads outside the package folder")));
}

TEST(ScenarioValidator, ThePackageIsTheFolderWithModuleJson)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("scenarios/deep"));
    test::writeFile(dir.filePath(QStringLiteral("module.json")), "{}");
    EXPECT_EQ(ScenarioLoader::packageRootFor(dir.filePath(QStringLiteral("scenarios/deep/x.scenario.json"))),
              QDir(dir.path()).absolutePath());
}

TEST(ScenarioValidator, StructuralMistakes)
{
    QTemporaryDir dir;
    const Scenario s = loadText(dir, R"({
  "format": 2,
  "id": "other-name",
  "title": {"zh-Hant": "只有中文"},
  "start": "missing",
  "variables": [{"id": "bad-name", "type": "int", "initial": 0}, {"id": "x", "type": "float", "initial": 0}],
  "nodes": [
    {"id": "a", "type": "decision", "text": "Stuck?", "choices": [
      {"id": "only", "text": "Only if.", "condition": "true", "next": "end"},
      {"id": "only", "text": "Twice.", "next": "end"}
    ]},
    {"id": "end", "type": "ending", "outcome": "done", "band": "great", "text": "Done.", "next": "a"},
    {"id": "talk", "type": "message", "sender": "Lily", "text": "Hi", "redFlag": {"tactic": "urgency", "explanation": "Because."}, "next": "end"}
  ]
})");
    const QString all = joined(s.errors);
    for (const char *expected : {":2:13: error: 'format' must be 1",
                                 ":3:9: error: the id 'other-name' must match the file name 'inline'",
                                 ":4:12: error: 'title' has no English (\"en\") text",
                                 ":5:12: error: 'start' names 'missing'",
                                 "'bad-name' is not a valid variable id",
                                 "'type' must be \"int\" or \"bool\"",
                                 "duplicate choice id 'only' in decision 'a'",
                                 "possible dead end: every choice of decision 'a' has a condition",
                                 "unknown field 'next' in an ending node",
                                 "'band' must be one of: good, partial, poor",
                                 "unknown tactic 'urgency' (declared in 'tactics': none)"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << "\n" << all.toStdString();
}

TEST(ScenarioValidator, JsonSyntaxErrorsHaveAPosition)
{
    QTemporaryDir dir;
    const Scenario s = loadText(dir, "{\n  \"format\": 1,\n  \"id\": \n}");
    ASSERT_EQ(s.errors.size(), 1);
    EXPECT_EQ(s.errors[0].line, 4);
    EXPECT_TRUE(s.errors[0].message.startsWith(QLatin1String("JSON syntax")));
}

TEST(ScenarioValidator, FindsScenarioFilesBelowAFolder)
{
    const QStringList files = ScenarioLoader::findFiles(test::dataPath(QStringLiteral("scenario/data")));
    EXPECT_EQ(files.size(), 12); // 9 broken, the sample, the chat and the call
    EXPECT_TRUE(files.contains(sample()));
    EXPECT_EQ(ScenarioLoader::findFiles(sample()), QStringList{sample()});
}
