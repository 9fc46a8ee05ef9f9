// xAPI 1.0.3 statements from recorded events: shape, verbs, results, context, stability.
#include "records/xapiexporter.h"
#include "recordsfixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cca;
using namespace cca::records;
using namespace cca::records::test;
namespace Verbs = cca::progress::Verbs;
namespace ObjectTypes = cca::progress::ObjectTypes;

namespace {

const QString kBase = QStringLiteral("https://ccacademy.invalid/xapi/activities");

class XapiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_catalog = new content::Catalog(testCatalog()); }
    static void TearDownTestSuite()
    {
        delete s_catalog;
        s_catalog = nullptr;
    }
    static content::Catalog *s_catalog;

    QJsonObject only(const progress::Event &e) const
    {
        const QList<QJsonObject> list = XapiExporter(*s_catalog).statementsFor(e);
        EXPECT_EQ(list.size(), 1);
        return list.value(0);
    }
};
content::Catalog *XapiTest::s_catalog = nullptr;

// Every property xAPI requires, in the form we promise.
void expectWellFormed(const QJsonObject &s, const QString &verb)
{
    EXPECT_TRUE(isUuid(s.value(QStringLiteral("id")).toString())) << s.value(QStringLiteral("id")).toString().toStdString();
    EXPECT_EQ(s.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.3"));
    EXPECT_TRUE(isIsoUtc(s.value(QStringLiteral("timestamp")).toString()));
    const QJsonObject actor = s.value(QStringLiteral("actor")).toObject();
    EXPECT_EQ(actor.value(QStringLiteral("objectType")).toString(), QStringLiteral("Agent"));
    EXPECT_EQ(actor.keys(), (QStringList{QStringLiteral("account"), QStringLiteral("objectType")})) << "no name, mbox or other identifier";
    const QJsonObject account = actor.value(QStringLiteral("account")).toObject();
    EXPECT_EQ(account.keys(), (QStringList{QStringLiteral("homePage"), QStringLiteral("name")}));
    EXPECT_EQ(account.value(QStringLiteral("homePage")).toString(), QStringLiteral("https://ccacademy.invalid"));
    EXPECT_EQ(account.value(QStringLiteral("name")).toString(), kOfficer);
    const QJsonObject v = s.value(QStringLiteral("verb")).toObject();
    EXPECT_EQ(v.value(QStringLiteral("id")).toString(), QStringLiteral("http://adlnet.gov/expapi/verbs/") + verb);
    EXPECT_EQ(v.value(QStringLiteral("display")).toObject().value(QStringLiteral("en-US")).toString(), verb);
    const QJsonObject object = s.value(QStringLiteral("object")).toObject();
    EXPECT_EQ(object.value(QStringLiteral("objectType")).toString(), QStringLiteral("Activity"));
    EXPECT_TRUE(object.value(QStringLiteral("id")).toString().startsWith(kBase + QLatin1Char('/')));
}

QString definitionType(const QJsonObject &s)
{
    return s[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("type")].toString();
}

QString parentId(const QJsonObject &s)
{
    return s[QStringLiteral("context")][QStringLiteral("contextActivities")][QStringLiteral("parent")][0][QStringLiteral("id")].toString();
}

} // namespace

TEST_F(XapiTest, LaunchedModule)
{
    const progress::Event e = event(Verbs::Launched, ObjectTypes::Module, QStringLiteral("crypto-basics"));
    const QJsonObject s = only(e);
    expectWellFormed(s, QStringLiteral("launched"));
    EXPECT_EQ(s.value(QStringLiteral("id")).toString(), e.id) << "the event's UUID is the statement id";
    EXPECT_EQ(s.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2024-05-01T08:30:15.250Z"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/crypto-basics"));
    EXPECT_EQ(definitionType(s), QStringLiteral("http://adlnet.gov/expapi/activities/module"));
    EXPECT_FALSE(s[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("name")][QStringLiteral("en-US")].toString().isEmpty());
    EXPECT_FALSE(s.contains(QStringLiteral("result")));
    EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("extensions")][QStringLiteral("https://ccacademy.invalid/xapi/extensions/content-version")]
                  .toString(),
              QStringLiteral("1.1.0"));
}

TEST_F(XapiTest, ExperiencedLessonHasItsModuleAsParent)
{
    const QJsonObject s = only(event(Verbs::Experienced, ObjectTypes::Lesson, QStringLiteral("wallets-and-keys")));
    expectWellFormed(s, QStringLiteral("experienced"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/crypto-basics/wallets-and-keys"));
    EXPECT_EQ(definitionType(s), QStringLiteral("http://adlnet.gov/expapi/activities/lesson"));
    EXPECT_FALSE(s[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("name")][QStringLiteral("en-US")].toString().isEmpty());
    EXPECT_EQ(parentId(s), kBase + QStringLiteral("/crypto-basics"));
}

TEST_F(XapiTest, ProgressedCarriesProgressAndPosition)
{
    const QJsonObject s = only(event(Verbs::Progressed, ObjectTypes::Lesson, QStringLiteral("exchanges"), {{QStringLiteral("position"), 0.456}}));
    expectWellFormed(s, QStringLiteral("progressed"));
    const QJsonObject ext = s[QStringLiteral("result")][QStringLiteral("extensions")].toObject();
    EXPECT_EQ(ext.value(QStringLiteral("https://w3id.org/xapi/cmi5/result/extensions/progress")).toInt(), 46);
    EXPECT_DOUBLE_EQ(ext.value(QStringLiteral("https://ccacademy.invalid/xapi/extensions/position")).toDouble(), 0.456);
}

TEST_F(XapiTest, CompletedLessonAndModule)
{
    const QJsonObject lesson = only(event(Verbs::Completed, ObjectTypes::Lesson, QStringLiteral("exchanges")));
    expectWellFormed(lesson, QStringLiteral("completed"));
    EXPECT_TRUE(lesson[QStringLiteral("result")][QStringLiteral("completion")].toBool());
    const QJsonObject module = only(event(Verbs::Completed, ObjectTypes::Module, QStringLiteral("crypto-basics"), {{QStringLiteral("percent"), 85.0}}));
    expectWellFormed(module, QStringLiteral("completed"));
    EXPECT_TRUE(module[QStringLiteral("result")][QStringLiteral("completion")].toBool());
    EXPECT_DOUBLE_EQ(module[QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.85);
    EXPECT_FALSE(module[QStringLiteral("context")].toObject().contains(QStringLiteral("contextActivities")));
}

TEST_F(XapiTest, AttemptedIsInitializedWithTheAttemptAsRegistration)
{
    const QJsonObject s = only(event(Verbs::Attempted, ObjectTypes::Assessment, QStringLiteral("final-quiz"),
                                     {{QStringLiteral("attempt"), kAttempt}, {QStringLiteral("mode"), QStringLiteral("exam")}}));
    expectWellFormed(s, QStringLiteral("initialized"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/crypto-basics/final-quiz"));
    EXPECT_EQ(definitionType(s), QStringLiteral("http://adlnet.gov/expapi/activities/assessment"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("name")][QStringLiteral("en-US")].toString(),
              QStringLiteral("Crypto basics: final quiz"));
    EXPECT_EQ(parentId(s), kBase + QStringLiteral("/crypto-basics"));
    EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("registration")].toString(), kAttempt);
}

TEST_F(XapiTest, AnsweredHasResponseScoreAndItsAssessmentAsParent)
{
    const QJsonObject s = only(answered(QStringLiteral("final-quiz"), QStringLiteral("q-exchange-records"), QStringLiteral("multiple_choice"),
                                        QJsonArray{QStringLiteral("b"), QStringLiteral("c")}, 0.5, 1.0, false));
    expectWellFormed(s, QStringLiteral("answered"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/crypto-basics/final-quiz/q-exchange-records"));
    EXPECT_EQ(definitionType(s), QStringLiteral("http://adlnet.gov/expapi/activities/cmi.interaction"));
    const QJsonObject r = s.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(r.value(QStringLiteral("response")).toString(), QStringLiteral("b[,]c"));
    EXPECT_FALSE(r.value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(r.value(QStringLiteral("success")).isBool());
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("raw")].toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("max")].toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.5);
    EXPECT_EQ(parentId(s), kBase + QStringLiteral("/crypto-basics/final-quiz"));
    EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("contextActivities")][QStringLiteral("grouping")][0][QStringLiteral("id")].toString(),
              kBase + QStringLiteral("/crypto-basics"));
    EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("registration")].toString(), kAttempt);
    EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("language")].toString(), QStringLiteral("en"));
}

TEST_F(XapiTest, SubmittedAttemptIsPassedOrFailedThenTerminated)
{
    const QJsonObject data{{QStringLiteral("attempt"), kAttempt}, {QStringLiteral("points"), 7.5}, {QStringLiteral("max"), 10.0},
                           {QStringLiteral("percent"), 75.0}, {QStringLiteral("pass_mark"), 70}, {QStringLiteral("duration_ms"), 754250}};
    const progress::Event passed = event(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("final-quiz"), data);
    const QList<QJsonObject> list = XapiExporter(*s_catalog).statementsFor(passed);
    ASSERT_EQ(list.size(), 2);
    expectWellFormed(list[0], QStringLiteral("passed"));
    expectWellFormed(list[1], QStringLiteral("terminated"));
    const QJsonObject r = list[0].value(QStringLiteral("result")).toObject();
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.75);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("raw")].toDouble(), 7.5);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("score")][QStringLiteral("max")].toDouble(), 10.0);
    EXPECT_TRUE(r.value(QStringLiteral("success")).toBool());
    EXPECT_TRUE(r.value(QStringLiteral("completion")).toBool());
    EXPECT_EQ(r.value(QStringLiteral("duration")).toString(), QStringLiteral("PT12M34.25S"));
    EXPECT_EQ(list[0].value(QStringLiteral("id")).toString(), passed.id);
    EXPECT_NE(list[1].value(QStringLiteral("id")).toString(), passed.id);
    EXPECT_EQ(list[1][QStringLiteral("object")][QStringLiteral("id")], list[0][QStringLiteral("object")][QStringLiteral("id")]);
    EXPECT_EQ(list[1][QStringLiteral("context")][QStringLiteral("registration")].toString(), kAttempt);
    EXPECT_EQ(list[1].value(QStringLiteral("timestamp")), list[0].value(QStringLiteral("timestamp")));

    const progress::Event failed = event(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("final-quiz"),
                                         {{QStringLiteral("attempt"), kAttempt}, {QStringLiteral("points"), 2.0}, {QStringLiteral("max"), 10.0},
                                          {QStringLiteral("percent"), 20.0}});
    const QList<QJsonObject> f = XapiExporter(*s_catalog).statementsFor(failed);
    ASSERT_EQ(f.size(), 2);
    expectWellFormed(f[0], QStringLiteral("failed"));
    expectWellFormed(f[1], QStringLiteral("terminated"));
    EXPECT_FALSE(f[0][QStringLiteral("result")][QStringLiteral("success")].toBool());
    EXPECT_TRUE(f[0][QStringLiteral("result")][QStringLiteral("completion")].toBool());
    EXPECT_DOUBLE_EQ(f[0][QStringLiteral("result")][QStringLiteral("score")][QStringLiteral("scaled")].toDouble(), 0.2);
    EXPECT_FALSE(f[0][QStringLiteral("result")].toObject().contains(QStringLiteral("duration")));
}

TEST_F(XapiTest, AttemptSequenceIsInitializedAnsweredPassedTerminated)
{
    const QList<progress::Event> events{
        event(Verbs::Attempted, ObjectTypes::Assessment, QStringLiteral("final-quiz"), {{QStringLiteral("attempt"), kAttempt}}),
        answered(QStringLiteral("final-quiz"), QStringLiteral("q-blockchain"), QStringLiteral("single_choice"), QJsonArray{QStringLiteral("b")}, 1, 1, true),
        event(Verbs::Flagged, ObjectTypes::Question, QStringLiteral("final-quiz/q-blockchain"),
              {{QStringLiteral("attempt"), kAttempt}, {QStringLiteral("flagged"), true}}),
        event(Verbs::Passed, ObjectTypes::Assessment, QStringLiteral("final-quiz"),
              {{QStringLiteral("attempt"), kAttempt}, {QStringLiteral("percent"), 100.0}, {QStringLiteral("points"), 1.0}, {QStringLiteral("max"), 1.0}}),
    };
    int skipped = -1;
    const QJsonArray all = XapiExporter(*s_catalog).statements(events, &skipped);
    EXPECT_EQ(skipped, 1) << "the flag is not exported";
    QStringList verbs;
    for (const QJsonValue &s : all)
        verbs << s[QStringLiteral("verb")][QStringLiteral("display")][QStringLiteral("en-US")].toString();
    EXPECT_EQ(verbs, (QStringList{QStringLiteral("initialized"), QStringLiteral("answered"), QStringLiteral("passed"), QStringLiteral("terminated")}));
    for (const QJsonValue &s : all)
        EXPECT_EQ(s[QStringLiteral("context")][QStringLiteral("registration")].toString(), kAttempt);
}

TEST_F(XapiTest, ReExportGivesTheSameStatements)
{
    const QList<progress::Event> events{
        event(Verbs::Launched, ObjectTypes::Module, QStringLiteral("crypto-basics")),
        event(Verbs::Failed, ObjectTypes::Assessment, QStringLiteral("final-quiz"), {{QStringLiteral("percent"), 10.0}}),
    };
    const QJsonArray first = XapiExporter(*s_catalog).statements(events);
    const QJsonArray second = XapiExporter(testCatalog()).statements(events);
    EXPECT_EQ(first.size(), 3);
    EXPECT_EQ(first, second);
    QSet<QString> ids;
    for (const QJsonValue &s : first)
        ids.insert(s[QStringLiteral("id")].toString());
    EXPECT_EQ(ids.size(), 3) << "statement ids are unique";
}

TEST_F(XapiTest, UnknownModuleAndQuestionAreStillExported)
{
    const QJsonObject lesson = only(event(Verbs::Experienced, ObjectTypes::Lesson, QStringLiteral("old lesson"), {}, QStringLiteral("retired-module")));
    expectWellFormed(lesson, QStringLiteral("experienced"));
    EXPECT_EQ(lesson[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/retired-module/old%20lesson"));
    EXPECT_EQ(definitionType(lesson), QStringLiteral("http://adlnet.gov/expapi/activities/lesson"));
    EXPECT_FALSE(lesson[QStringLiteral("object")][QStringLiteral("definition")].toObject().contains(QStringLiteral("name")));

    const QJsonObject q = only(answered(QStringLiteral("final-quiz"), QStringLiteral("removed-question"), QStringLiteral("single_choice"),
                                        QJsonArray{QStringLiteral("a")}, 0, 1, false));
    expectWellFormed(q, QStringLiteral("answered"));
    const QJsonObject def = q[QStringLiteral("object")][QStringLiteral("definition")].toObject();
    EXPECT_EQ(def.value(QStringLiteral("interactionType")).toString(), QStringLiteral("choice")) << "from the recorded type";
    EXPECT_FALSE(def.contains(QStringLiteral("correctResponsesPattern")));
    EXPECT_FALSE(def.contains(QStringLiteral("name")));
    EXPECT_EQ(q[QStringLiteral("result")][QStringLiteral("response")].toString(), QStringLiteral("a"));
}

TEST_F(XapiTest, ConfigurableBaseAndHomePage)
{
    XapiExporter::Options options;
    options.activityBase = QStringLiteral("https://lrs.example.org/act/");
    options.homePage = QStringLiteral("https://academy.example.org");
    const QList<QJsonObject> list = XapiExporter(*s_catalog, options).statementsFor(event(Verbs::Launched, ObjectTypes::Module, QStringLiteral("crypto-basics")));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][QStringLiteral("object")][QStringLiteral("id")].toString(), QStringLiteral("https://lrs.example.org/act/crypto-basics"));
    EXPECT_EQ(list[0][QStringLiteral("actor")][QStringLiteral("account")][QStringLiteral("homePage")].toString(), QStringLiteral("https://academy.example.org"));
}

TEST(XapiDuration, Iso8601)
{
    EXPECT_EQ(XapiExporter::isoDuration(0), QStringLiteral("PT0S"));
    EXPECT_EQ(XapiExporter::isoDuration(1500), QStringLiteral("PT1.5S"));
    EXPECT_EQ(XapiExporter::isoDuration(60000), QStringLiteral("PT1M"));
    EXPECT_EQ(XapiExporter::isoDuration(3723040), QStringLiteral("PT1H2M3.04S"));
}

TEST(XapiFile, WritesOneJsonArray)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statements.json"));
    const QJsonArray statements = XapiExporter(testCatalog()).statements({event(Verbs::Launched, ObjectTypes::Module, QStringLiteral("crypto-basics"))});
    QString error;
    ASSERT_TRUE(XapiExporter::writeStatements(path, statements, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    ASSERT_TRUE(doc.isArray());
    EXPECT_EQ(doc.array(), statements);
    EXPECT_FALSE(XapiExporter::writeStatements(dir.filePath(QStringLiteral("no/such/dir/x.json")), statements, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(XapiScenario, DecisionsAndResultsOfScenariosAreStatementsAndTheResumeStateIsNot)
{
    content::Catalog catalog;
    catalog.addPath(cca::test::sourcePath(QStringLiteral("content/modules/scams-and-social-engineering")), QStringLiteral("bundled"));
    const XapiExporter exporter(catalog);
    const QString module = QStringLiteral("scams-and-social-engineering");
    const QString activity = QStringLiteral("warned-withdrawal-intervention");

    const QList<QJsonObject> chose = exporter.statementsFor(
        event(Verbs::Responded, ObjectTypes::Activity, activity,
              {{QStringLiteral("node"), QStringLiteral("first-words")}, {QStringLiteral("choice"), QStringLiteral("listen")}, {QStringLiteral("score"), 2}},
              module));
    ASSERT_EQ(chose.size(), 1);
    const QJsonObject s = chose.first();
    expectWellFormed(s, QStringLiteral("responded"));
    EXPECT_EQ(s[QStringLiteral("object")][QStringLiteral("id")].toString(), kBase + QStringLiteral("/scams-and-social-engineering/") + activity);
    EXPECT_EQ(definitionType(s), QStringLiteral("http://adlnet.gov/expapi/activities/simulation"));
    EXPECT_FALSE(s[QStringLiteral("object")][QStringLiteral("definition")][QStringLiteral("name")][QStringLiteral("en-US")].toString().isEmpty())
        << "named as the module declares the activity";
    EXPECT_EQ(parentId(s), kBase + QStringLiteral("/scams-and-social-engineering"));
    EXPECT_EQ(s[QStringLiteral("result")][QStringLiteral("response")].toString(), QStringLiteral("listen"));
    const QJsonObject ext = s[QStringLiteral("result")][QStringLiteral("extensions")].toObject();
    EXPECT_EQ(ext.value(QStringLiteral("https://ccacademy.invalid/xapi/extensions/scenario-node")).toString(), QStringLiteral("first-words"));
    EXPECT_EQ(ext.value(QStringLiteral("https://ccacademy.invalid/xapi/extensions/scenario-score")).toInt(), 2);

    const QList<QJsonObject> done = exporter.statementsFor(
        event(Verbs::Completed, ObjectTypes::Activity, activity, {{QStringLiteral("score"), 6}, {QStringLiteral("max"), 8}}, module));
    ASSERT_EQ(done.size(), 1);
    const QJsonObject score = done.first()[QStringLiteral("result")][QStringLiteral("score")].toObject();
    EXPECT_DOUBLE_EQ(score.value(QStringLiteral("raw")).toDouble(), 6);
    EXPECT_DOUBLE_EQ(score.value(QStringLiteral("max")).toDouble(), 8);
    EXPECT_DOUBLE_EQ(score.value(QStringLiteral("scaled")).toDouble(), 0.75);

    EXPECT_TRUE(exporter.statementsFor(event(Verbs::Progressed, ObjectTypes::Activity, activity,
                                             {{QStringLiteral("state"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("intervention")}}}}, module))
                    .isEmpty());
}
