// Interaction types, correct response patterns and recorded responses for every question type.
#include "records/xapiexporter.h"
#include "recordsfixture.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace cca;
using namespace cca::records;
using namespace cca::records::test;

namespace {

class InteractionTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_catalog = new content::Catalog(testCatalog()); }
    static void TearDownTestSuite()
    {
        delete s_catalog;
        s_catalog = nullptr;
    }
    static content::Catalog *s_catalog;

    // The statement for an answer to a question of the bundled module's final quiz (or of the drill).
    QJsonObject statement(const QString &question, const QString &type, const QJsonValue &response,
                          const QString &module = QStringLiteral("crypto-basics"), const QString &assessment = QStringLiteral("final-quiz")) const
    {
        progress::Event e = answered(assessment, question, type, response, 1, 1, true);
        e.moduleId = module;
        const QList<QJsonObject> list = XapiExporter(*s_catalog).statementsFor(e);
        EXPECT_EQ(list.size(), 1);
        return list.value(0);
    }
    static QJsonObject definition(const QJsonObject &s) { return s[QStringLiteral("object")][QStringLiteral("definition")].toObject(); }
    static QString response(const QJsonObject &s) { return s[QStringLiteral("result")][QStringLiteral("response")].toString(); }
    static QStringList patterns(const QJsonObject &s)
    {
        QStringList out;
        const QJsonArray a = definition(s).value(QStringLiteral("correctResponsesPattern")).toArray();
        for (const QJsonValue &v : a)
            out << v.toString();
        return out;
    }
    static QStringList ids(const QJsonObject &def, const QString &list)
    {
        QStringList out;
        const QJsonArray a = def.value(list).toArray();
        for (const QJsonValue &v : a) {
            out << v[QStringLiteral("id")].toString();
            EXPECT_FALSE(v[QStringLiteral("description")][QStringLiteral("en-US")].toString().isEmpty()) << list.toStdString();
        }
        return out;
    }
};
content::Catalog *InteractionTest::s_catalog = nullptr;

} // namespace

TEST_F(InteractionTest, SingleChoice)
{
    const QJsonObject s = statement(QStringLiteral("q-blockchain"), QStringLiteral("single_choice"), QJsonArray{QStringLiteral("c")});
    const QJsonObject def = definition(s);
    EXPECT_EQ(def.value(QStringLiteral("interactionType")).toString(), QStringLiteral("choice"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("b")});
    EXPECT_EQ(ids(def, QStringLiteral("choices")), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    EXPECT_EQ(response(s), QStringLiteral("c"));
    EXPECT_FALSE(def.value(QStringLiteral("name")).toObject().value(QStringLiteral("en-US")).toString().isEmpty());
    EXPECT_FALSE(def.value(QStringLiteral("description")).toObject().value(QStringLiteral("en-US")).toString().isEmpty());
}

TEST_F(InteractionTest, MultipleChoice)
{
    const QJsonObject s = statement(QStringLiteral("q-exchange-records"), QStringLiteral("multiple_choice"),
                                    QJsonArray{QStringLiteral("b"), QStringLiteral("e")});
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("choice"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("b[,]c[,]e[,]f")});
    EXPECT_EQ(ids(definition(s), QStringLiteral("choices")).size(), 6);
    EXPECT_EQ(response(s), QStringLiteral("b[,]e"));
}

TEST_F(InteractionTest, TrueFalse)
{
    const QJsonObject s = statement(QStringLiteral("tf-platform-balance"), QStringLiteral("true_false"), true);
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("true-false"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("false")});
    EXPECT_EQ(response(s), QStringLiteral("true"));
}

TEST_F(InteractionTest, ShortAnswerIsFillInWithEveryExactAnswer)
{
    const QJsonObject s = statement(QStringLiteral("sa-pig-butchering"), QStringLiteral("short_answer"), QStringLiteral("Pig butchering"));
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("fill-in"));
    EXPECT_EQ(patterns(s), (QStringList{QStringLiteral("{lang=zh-Hant}殺豬盤"), QStringLiteral("pig-butchering")}))
        << "wildcard and partial-credit answers are not xAPI patterns";
    EXPECT_EQ(response(s), QStringLiteral("Pig butchering"));

    const QJsonObject drill = statement(QStringLiteral("hash"), QStringLiteral("short_answer"), QStringLiteral("txid"),
                                        QStringLiteral("drill"), QStringLiteral("exam"));
    EXPECT_EQ(patterns(drill), (QStringList{QStringLiteral("transaction hash"), QStringLiteral("tx hash"), QStringLiteral("txid")}));
}

TEST_F(InteractionTest, NumericValueAndRange)
{
    const QJsonObject exact = statement(QStringLiteral("num-hash-length"), QStringLiteral("numeric"), QStringLiteral("64"));
    EXPECT_EQ(definition(exact).value(QStringLiteral("interactionType")).toString(), QStringLiteral("numeric"));
    EXPECT_EQ(patterns(exact), QStringList{QStringLiteral("64")});
    EXPECT_EQ(response(exact), QStringLiteral("64"));
    const QJsonObject range = statement(QStringLiteral("num-campaign-percent"), QStringLiteral("numeric"), QStringLiteral("20,4"));
    EXPECT_EQ(patterns(range), QStringList{QStringLiteral("15[:]25")});
    EXPECT_EQ(response(range), QStringLiteral("20.4")) << "a decimal comma becomes a number";
    const QJsonObject drill = statement(QStringLiteral("chars"), QStringLiteral("numeric"), QStringLiteral("64"), QStringLiteral("drill"),
                                        QStringLiteral("exam"));
    EXPECT_EQ(patterns(drill), QStringList{QStringLiteral("64")});
}

TEST_F(InteractionTest, MatchingHasSourceTargetAndPairs)
{
    const QJsonObject s = statement(QStringLiteral("match-terms"), QStringLiteral("matching"),
                                    QJsonObject{{QStringLiteral("tx-hash"), QStringLiteral("explorer")},
                                                {QStringLiteral("blockchain"), QStringLiteral("blockchain")}});
    const QJsonObject def = definition(s);
    EXPECT_EQ(def.value(QStringLiteral("interactionType")).toString(), QStringLiteral("matching"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("blockchain[.]blockchain[,]tx-hash[.]tx-hash[,]explorer[.]explorer[,]"
                                                      "stablecoin[.]stablecoin[,]utc[.]utc")});
    const QStringList prompts{QStringLiteral("blockchain"), QStringLiteral("tx-hash"), QStringLiteral("explorer"), QStringLiteral("stablecoin"), QStringLiteral("utc")};
    EXPECT_EQ(ids(def, QStringLiteral("source")), prompts);
    const QStringList targets = prompts + QStringList{QStringLiteral("distractor-0"), QStringLiteral("distractor-1")};
    EXPECT_EQ(ids(def, QStringLiteral("target")), targets);
    EXPECT_EQ(response(s), QStringLiteral("blockchain[.]blockchain[,]tx-hash[.]explorer")) << "in the question's pair order";
}

TEST_F(InteractionTest, OrderingIsSequencing)
{
    const QJsonObject s = statement(QStringLiteral("ord-money-trail"), QStringLiteral("ordering"),
                                    QJsonArray{QStringLiteral("exchange-a"), QStringLiteral("bank"), QStringLiteral("scam-address"), QStringLiteral("exchange-b")});
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("sequencing"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("bank[,]exchange-a[,]scam-address[,]exchange-b")});
    EXPECT_EQ(ids(definition(s), QStringLiteral("choices")).size(), 4);
    EXPECT_EQ(response(s), QStringLiteral("exchange-a[,]bank[,]scam-address[,]exchange-b"));
}

TEST_F(InteractionTest, FillBlanksIsFillInWithOneTextPerGap)
{
    const QJsonObject s = statement(QStringLiteral("fb-keys"), QStringLiteral("fill_blanks"),
                                    QJsonObject{{QStringLiteral("rule"), QStringLiteral("seed phrase")}, {QStringLiteral("words"), QStringLiteral("24")},
                                                {QStringLiteral("secret"), QStringLiteral("b")}, {QStringLiteral("public"), QStringLiteral("a")},
                                                {QStringLiteral("share"), QStringLiteral("a")}});
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("fill-in"));
    EXPECT_EQ(patterns(s), QStringList{QStringLiteral("24[,]private key[,]public address[,]safe[,]words")});
    EXPECT_EQ(response(s), QStringLiteral("24[,]transaction hash[,]public address[,]safe[,]seed phrase")) << "choice gaps by their text, in gap order";
}

TEST_F(InteractionTest, CategorizeIsOtherWithItemBucketPairs)
{
    const QJsonObject s = statement(QStringLiteral("cat-share"), QStringLiteral("categorize"),
                                    QJsonObject{{QStringLiteral("address"), QStringLiteral("give")}, {QStringLiteral("password"), QStringLiteral("give")}});
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("other"));
    ASSERT_EQ(patterns(s).size(), 1);
    EXPECT_TRUE(patterns(s).first().startsWith(QStringLiteral("address[.]give[,]tx-hash[.]give[,]")));
    EXPECT_TRUE(patterns(s).first().endsWith(QStringLiteral("[,]one-time-code[.]never")));
    EXPECT_EQ(response(s), QStringLiteral("address[.]give[,]password[.]give"));
}

TEST_F(InteractionTest, HotspotIsOtherWithoutPattern)
{
    const QJsonObject s = statement(QStringLiteral("hs-txid"), QStringLiteral("hotspot"), QJsonArray{QJsonArray{120, 410.5}});
    EXPECT_EQ(definition(s).value(QStringLiteral("interactionType")).toString(), QStringLiteral("other"));
    EXPECT_FALSE(definition(s).contains(QStringLiteral("correctResponsesPattern")));
    EXPECT_EQ(response(s), QStringLiteral("120,410.5"));
}

TEST_F(InteractionTest, EssayIsLongFillInAndDescriptionIsOther)
{
    content::Question essay;
    essay.id = QStringLiteral("essay");
    essay.type = content::QuestionTypes::Essay;
    const QJsonObject def = XapiExporter::interactionDefinition(essay);
    EXPECT_EQ(def.value(QStringLiteral("interactionType")).toString(), QStringLiteral("long-fill-in"));
    EXPECT_FALSE(def.contains(QStringLiteral("correctResponsesPattern")));
    EXPECT_EQ(XapiExporter::responsePattern(essay.type, QStringLiteral("Two paragraphs."), &essay), QStringLiteral("Two paragraphs."));
    EXPECT_EQ(XapiExporter::interactionType(content::QuestionTypes::Description), QStringLiteral("other"));
}

TEST_F(InteractionTest, EveryQuestionTypeHasAnInteractionType)
{
    const QStringList known{QStringLiteral("choice"), QStringLiteral("true-false"), QStringLiteral("fill-in"), QStringLiteral("long-fill-in"),
                            QStringLiteral("numeric"), QStringLiteral("matching"), QStringLiteral("sequencing"), QStringLiteral("other")};
    for (const QString &type : content::QuestionTypes::all())
        EXPECT_TRUE(known.contains(XapiExporter::interactionType(type))) << type.toStdString();
    // Every question of the bundled module gives a definition with the type its kind needs.
    const content::ModulePackage *m = s_catalog->find(QStringLiteral("crypto-basics"));
    ASSERT_NE(m, nullptr);
    int withPattern = 0;
    for (const content::Assessment &a : m->assessments)
        for (const content::Question &q : a.questions) {
            const QJsonObject def = XapiExporter::interactionDefinition(q);
            EXPECT_EQ(def.value(QStringLiteral("interactionType")).toString(), XapiExporter::interactionType(q.type));
            if (def.contains(QStringLiteral("correctResponsesPattern"))) {
                ++withPattern;
                EXPECT_FALSE(def.value(QStringLiteral("correctResponsesPattern")).toArray().isEmpty()) << q.id.toStdString();
            } else {
                EXPECT_TRUE(q.type == content::QuestionTypes::Hotspot || q.type == content::QuestionTypes::Essay) << q.id.toStdString();
            }
        }
    EXPECT_GT(withPattern, 50);
}
