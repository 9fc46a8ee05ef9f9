// A module's activities: the fields the content format checks (content::PackageLoader) and what
// only the players can check (activities::checks(): scenario files, lab exercises, tracing cases).
#include "activities/activitychecks.h"
#include "content/catalog.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cca;

namespace {

// A copy of the minimal valid module with `activities` set, and the sample scenario beside it.
class ModuleWithActivities : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_module = m_dir.filePath(QStringLiteral("example-module"));
        copyTree(test::dataPath(QStringLiteral("content/valid/minimal")), m_module);
        QDir(m_module).mkpath(QStringLiteral("scenarios/media"));
        QFile::copy(test::dataPath(QStringLiteral("scenario/data/warned-withdrawal.scenario.json")),
                    m_module + QStringLiteral("/scenarios/warned-withdrawal.scenario.json"));
        for (const QString &media : QDir(test::dataPath(QStringLiteral("scenario/data/media"))).entryList(QDir::Files))
            QFile::copy(test::dataPath(QStringLiteral("scenario/data/media/") + media), m_module + QStringLiteral("/media/") + media);
    }

    static void copyTree(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        const QDir src(from);
        for (const QString &name : src.entryList(QDir::Files))
            QFile::copy(src.filePath(name), to + QLatin1Char('/') + name);
        for (const QString &name : src.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            copyTree(src.filePath(name), to + QLatin1Char('/') + name);
    }

    // Writes module.json with these activities and loads it; `check` also runs the players' checks.
    content::ModulePackage load(const QJsonArray &activities, bool check = true, const QString &casesFolder = QString())
    {
        const QString manifest = m_module + QStringLiteral("/module.json");
        QFile f(manifest);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        root.insert(QStringLiteral("activities"), activities);
        QFile::remove(manifest);
        test::writeFile(manifest, QJsonDocument(root).toJson());
        content::Catalog catalog;
        catalog.addPath(m_module, QString(), QStringLiteral("example-module"));
        if (check)
            catalog.checkActivities(activities::checks(casesFolder.isEmpty() ? test::sourcePath(QStringLiteral("content/cases")) : casesFolder));
        EXPECT_EQ(catalog.modules().size(), 1);
        return catalog.modules().value(0);
    }

    static QJsonObject activity(const QString &id, const QString &type, const QString &key, const QString &value)
    {
        QJsonObject a{{QStringLiteral("id"), id},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("An activity")},
                                                            {QStringLiteral("zh-Hant"), QStringLiteral("一項練習")}}}};
        if (!key.isEmpty())
            a.insert(key, value);
        return a;
    }

    static QString messages(const content::ModulePackage &m)
    {
        QStringList out;
        for (const Diagnostic &d : m.errors)
            out << d.toString();
        return out.join(QLatin1Char('\n'));
    }

    QTemporaryDir m_dir;
    QString m_module;
};

} // namespace

TEST_F(ModuleWithActivities, EveryKindLoadsWithWhatItPlays)
{
    const content::ModulePackage m = load({
        activity(QStringLiteral("talk-him-round"), QStringLiteral("intervention"), QStringLiteral("file"),
                 QStringLiteral("scenarios/warned-withdrawal.scenario.json")),
        activity(QStringLiteral("restore"), QStringLiteral("wallet-exercise"), QStringLiteral("exercise"), QStringLiteral("restore-drill")),
        activity(QStringLiteral("peel"), QStringLiteral("tracing-case"), QStringLiteral("case"), QStringLiteral("pig-butchering-peel-chain")),
    });
    ASSERT_TRUE(m.isValid()) << messages(m).toStdString();
    ASSERT_EQ(m.activities.size(), 3);
    EXPECT_TRUE(m.activities[0].isScenario());
    EXPECT_EQ(m.activities[0].file, QStringLiteral("scenarios/warned-withdrawal.scenario.json"));
    EXPECT_EQ(m.activities[1].target, QStringLiteral("restore-drill"));
    EXPECT_EQ(m.activities[2].target, QStringLiteral("pig-butchering-peel-chain"));
    EXPECT_EQ(m.activity(QStringLiteral("peel")), &m.activities[2]);
    EXPECT_GT(m.activities[2].targetLine, m.activities[2].line);
}

TEST_F(ModuleWithActivities, UnknownTypeNamesTheKnownOnes)
{
    const content::ModulePackage m = load({activity(QStringLiteral("x"), QStringLiteral("crossword"), QString(), QString())});
    EXPECT_TRUE(messages(m).contains(QStringLiteral("activity type 'crossword' is unknown (use wallet-exercise, tracing-case, "
                                                    "chat-simulation, call-simulation, intervention)")))
        << messages(m).toStdString();
}

TEST_F(ModuleWithActivities, EachTypeNeedsItsOwnField)
{
    const content::ModulePackage m = load({activity(QStringLiteral("a"), QStringLiteral("intervention"), QString(), QString()),
                                           activity(QStringLiteral("b"), QStringLiteral("wallet-exercise"), QStringLiteral("case"),
                                                    QStringLiteral("pig-butchering-peel-chain"))});
    const QString all = messages(m);
    EXPECT_TRUE(all.contains(QStringLiteral("missing required field 'file'"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'case' does not belong to a 'wallet-exercise' activity (it needs 'exercise')"))) << all.toStdString();
}

TEST_F(ModuleWithActivities, ScenarioFileMustBeAScenarioInsideThePackage)
{
    const content::ModulePackage m = load({
        activity(QStringLiteral("a"), QStringLiteral("intervention"), QStringLiteral("file"), QStringLiteral("../elsewhere.scenario.json")),
        activity(QStringLiteral("b"), QStringLiteral("intervention"), QStringLiteral("file"), QStringLiteral("assessments/check.json")),
        activity(QStringLiteral("c"), QStringLiteral("intervention"), QStringLiteral("file"), QStringLiteral("scenarios/gone.scenario.json")),
    });
    const QString all = messages(m);
    EXPECT_TRUE(all.contains(QStringLiteral("'file': '../elsewhere.scenario.json' is outside the module folder"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'assessments/check.json' is not a scenario file"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'file': file 'scenarios/gone.scenario.json' not found"))) << all.toStdString();
    EXPECT_EQ(m.errors.size(), 3) << "a missing file is reported once, by the loader, not again by the scenario check";
}

TEST_F(ModuleWithActivities, BrokenScenarioMakesTheModuleInvalidWithTheScenariosOwnLine)
{
    const QString file = m_module + QStringLiteral("/scenarios/warned-withdrawal.scenario.json");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray data = f.readAll();
    f.close();
    ASSERT_TRUE(data.contains("\"start\": \"intro\""));
    data.replace("\"start\": \"intro\"", "\"start\": \"nowhere\"");
    QFile::remove(file);
    test::writeFile(file, data);

    const QJsonArray acts{activity(QStringLiteral("talk"), QStringLiteral("intervention"), QStringLiteral("file"),
                                   QStringLiteral("scenarios/warned-withdrawal.scenario.json"))};
    EXPECT_TRUE(load(acts, false).isValid()) << "the content format alone does not read the scenario";
    const content::ModulePackage m = load(acts);
    ASSERT_FALSE(m.isValid());
    EXPECT_TRUE(m.errors.first().file.endsWith(QStringLiteral("example-module/scenarios/warned-withdrawal.scenario.json")))
        << m.errors.first().toString().toStdString();
    EXPECT_GT(m.errors.first().line, 0);
}

TEST_F(ModuleWithActivities, ScenarioMustSuitItsKind)
{
    // A story without red flags, calls or decisions: valid, but not a chat, call or intervention.
    test::writeFile(m_module + QStringLiteral("/scenarios/plain.scenario.json"), R"({
  "format": 1, "id": "plain", "title": {"en": "Plain", "zh-Hant": "平鋪直敘"}, "start": "a",
  "nodes": [
    {"id": "a", "type": "narration", "text": {"en": "A story.", "zh-Hant": "一個故事。"}, "next": "end"},
    {"id": "end", "type": "ending", "outcome": "done", "band": "good", "text": {"en": "Done.", "zh-Hant": "完。"}}
  ]
})");
    const QString file = QStringLiteral("scenarios/plain.scenario.json");
    const content::ModulePackage m = load({activity(QStringLiteral("chat"), QStringLiteral("chat-simulation"), QStringLiteral("file"), file),
                                           activity(QStringLiteral("call"), QStringLiteral("call-simulation"), QStringLiteral("file"), file),
                                           activity(QStringLiteral("talk"), QStringLiteral("intervention"), QStringLiteral("file"), file)});
    const QString all = messages(m);
    ASSERT_EQ(m.errors.size(), 3) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'chat' is a chat simulation, but scenario 'scenarios/plain.scenario.json' has no message with a 'redFlag'")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'call' is a call simulation, but scenario 'scenarios/plain.scenario.json' has no call")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'talk' is an intervention, but scenario 'scenarios/plain.scenario.json' has no decision")))
        << all.toStdString();

    // The sample has all three: a red flag, a call with a marked tactic and decisions.
    const QString sample = QStringLiteral("scenarios/warned-withdrawal.scenario.json");
    const content::ModulePackage ok = load({activity(QStringLiteral("chat"), QStringLiteral("chat-simulation"), QStringLiteral("file"), sample),
                                            activity(QStringLiteral("call"), QStringLiteral("call-simulation"), QStringLiteral("file"), sample)});
    EXPECT_TRUE(ok.isValid()) << messages(ok).toStdString();
}

TEST_F(ModuleWithActivities, UnknownExerciseAndCaseAreNamedWithTheAlternatives)
{
    const content::ModulePackage m = load({
        activity(QStringLiteral("a"), QStringLiteral("wallet-exercise"), QStringLiteral("exercise"), QStringLiteral("brute-force")),
        activity(QStringLiteral("b"), QStringLiteral("tracing-case"), QStringLiteral("case"), QStringLiteral("no-such-case")),
    });
    ASSERT_EQ(m.errors.size(), 2) << messages(m).toStdString();
    EXPECT_EQ(m.errors[0].file, QStringLiteral("example-module/module.json"));
    EXPECT_GT(m.errors[0].line, 0);
    EXPECT_TRUE(m.errors[0].message.startsWith(QStringLiteral("'exercise': the wallet lab has no exercise 'brute-force' (use restore-drill, ")));
    EXPECT_TRUE(m.errors[1].message.startsWith(QStringLiteral("'case': there is no valid tracing case 'no-such-case' (installed: ")));
    EXPECT_TRUE(m.errors[1].message.contains(QStringLiteral("pig-butchering-peel-chain")));

    QTemporaryDir empty;
    const content::ModulePackage none = load({activity(QStringLiteral("b"), QStringLiteral("tracing-case"), QStringLiteral("case"),
                                                       QStringLiteral("pig-butchering-peel-chain"))},
                                             true, empty.path());
    EXPECT_TRUE(messages(none).contains(QStringLiteral("no tracing cases are installed"))) << messages(none).toStdString();
}

TEST(BundledActivities, EveryBundledModulesActivitiesPassTheirChecks)
{
    content::Catalog catalog;
    catalog.addPath(test::sourcePath(QStringLiteral("content/modules")), QStringLiteral("bundled"));
    catalog.checkActivities(activities::checks(test::sourcePath(QStringLiteral("content/cases"))));
    int count = 0;
    for (const content::ModulePackage &m : catalog.modules()) {
        for (const Diagnostic &d : m.errors)
            ADD_FAILURE() << d.toString().toStdString();
        count += int(m.activities.size());
    }
    EXPECT_GE(count, 8) << "the wallet lab's five exercises and the three tracing cases at least";
}
