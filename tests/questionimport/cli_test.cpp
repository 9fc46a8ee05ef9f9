// ccacademy-cli questions import, run as a separate process.
#include "importtestutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cca;

namespace {

test::ProcessResult importCli(const QStringList &args)
{
    return test::run(test::cliPath(), QStringList{QStringLiteral("questions"), QStringLiteral("import")} + args);
}

QJsonArray parseArray(const QString &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

void expectAnswerShape(const QJsonObject &q)
{
    const QJsonArray answers = q.value(QStringLiteral("answers")).toArray();
    EXPECT_FALSE(answers.isEmpty()) << q.value(QStringLiteral("id")).toString().toStdString();
    for (const QJsonValue &a : answers) {
        const QJsonObject o = a.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("fraction")).isDouble());
        EXPECT_GE(o.value(QStringLiteral("fraction")).toDouble(), -1.0);
        EXPECT_LE(o.value(QStringLiteral("fraction")).toDouble(), 1.0);
        EXPECT_TRUE(o.value(QStringLiteral("feedback")).isString());
        const QString type = q.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("numeric"))
            EXPECT_TRUE(o.contains(QStringLiteral("value")) || (o.contains(QStringLiteral("min")) && o.contains(QStringLiteral("max"))));
        else
            EXPECT_TRUE(o.value(QStringLiteral("text")).isString());
    }
}

} // namespace

TEST(QuestionsImportCli, GiftJsonHasOneObjectPerQuestionInFileOrder)
{
    const QString file = test::importData(QStringLiteral("gift/all-types.gift"));
    const auto r = importCli({QStringLiteral("--format"), QStringLiteral("gift"), file, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray array = parseArray(r.out);
    ASSERT_EQ(array.size(), 14);
    QStringList types;
    for (const QJsonValue &v : array) {
        const QJsonObject q = v.toObject();
        for (const char *key : {"type", "name", "text"})
            EXPECT_TRUE(q.value(QLatin1String(key)).isString()) << key;
        const QString type = q.value(QStringLiteral("type")).toString();
        types << type;
        if (QStringList{QStringLiteral("single_choice"), QStringLiteral("multiple_choice"), QStringLiteral("true_false"),
                        QStringLiteral("short_answer"), QStringLiteral("numeric")}
                .contains(type))
            expectAnswerShape(q);
    }
    EXPECT_EQ(types.first(), QStringLiteral("single_choice"));
    EXPECT_EQ(types.last(), QStringLiteral("true_false"));

    const QJsonObject single = array[0].toObject();
    EXPECT_EQ(single.value(QStringLiteral("name")).toString(), QStringLiteral("Seed phrase"));
    const QJsonObject firstAnswer = single.value(QStringLiteral("answers")).toArray()[0].toObject();
    EXPECT_EQ(firstAnswer.value(QStringLiteral("text")).toString(), QStringLiteral("Whoever holds the seed phrase"));
    EXPECT_EQ(firstAnswer.value(QStringLiteral("fraction")).toDouble(), 1.0);
    EXPECT_EQ(firstAnswer.value(QStringLiteral("feedback")).toString(), QStringLiteral("Right: the seed phrase is the key."));

    const QJsonArray tf = array[2].toObject().value(QStringLiteral("answers")).toArray();
    ASSERT_EQ(tf.size(), 2);
    EXPECT_EQ(tf[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("true"));
    EXPECT_EQ(tf[0].toObject().value(QStringLiteral("fraction")).toDouble(), 1.0);
    EXPECT_EQ(tf[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("false"));
    EXPECT_EQ(tf[1].toObject().value(QStringLiteral("fraction")).toDouble(), 0.0);
    EXPECT_EQ(tf[1].toObject().value(QStringLiteral("feedback")).toString(), QStringLiteral("The cap is part of the protocol rules."));

    const QJsonObject range = array[6].toObject().value(QStringLiteral("answers")).toArray()[0].toObject();
    EXPECT_EQ(range.value(QStringLiteral("min")).toDouble(), 3.0);
    EXPECT_EQ(range.value(QStringLiteral("max")).toDouble(), 6.0);

    const QJsonObject matching = array[8].toObject();
    EXPECT_EQ(matching.value(QStringLiteral("pairs")).toArray().size(), 3);
    EXPECT_EQ(matching.value(QStringLiteral("pairs")).toArray()[0].toObject().value(QStringLiteral("prompt")).toString(),
              QStringLiteral("Seed phrase"));
    EXPECT_EQ(matching.value(QStringLiteral("distractors")).toArray().size(), 1);

    const QJsonObject gaps = array[11].toObject();
    EXPECT_EQ(gaps.value(QStringLiteral("type")).toString(), QStringLiteral("fill_blanks"));
    EXPECT_EQ(gaps.value(QStringLiteral("gaps")).toArray().size(), 1);

    // The only problem is a warning, printed like a compiler.
    EXPECT_EQ(r.err.trimmed(), file + QStringLiteral(":9: warning: question 'Red flags': negative answer weights can now give a "
                                                     "negative mark for the question (Moodle stops at 0)"));
}

TEST(QuestionsImportCli, ErrorsGoToStderrWithLinesAndExitOne)
{
    const QString file = test::importData(QStringLiteral("malformed/unclosed-brace.gift"));
    const auto r = importCli({QStringLiteral("--json"), QStringLiteral("--format"), QStringLiteral("gift"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(file + QStringLiteral(":4: error: question 'Broken': "))) << r.err.toStdString();
    EXPECT_EQ(parseArray(r.out).size(), 2); // the others are still printed
}

TEST(QuestionsImportCli, MoodleXmlWarningsAndErrors)
{
    const QString file = test::importData(QStringLiteral("malformed/unknown-type.xml"));
    const auto r = importCli({QStringLiteral("--format"), QStringLiteral("moodle-xml"), file, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(file + QStringLiteral(":3: error: question 'Drag words': question type 'ddwtos'"))) << r.err.toStdString();
    EXPECT_EQ(parseArray(r.out).size(), 1);

    const QString good = test::importData(QStringLiteral("moodle/all-types.xml"));
    const auto ok = importCli({QStringLiteral("--format"), QStringLiteral("moodle-xml"), good, QStringLiteral("--json")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.err.contains(good + QStringLiteral(":25: warning: question 'Seed phrase': the penalty"))) << ok.err.toStdString();
    EXPECT_FALSE(ok.err.contains(QStringLiteral(": error: ")));
    EXPECT_EQ(parseArray(ok.out).size(), 11);
}

TEST(QuestionsImportCli, OutWritesTheNativeQuestionFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bank"));
    const auto r = importCli({QStringLiteral("--format"), QStringLiteral("aiken"), test::importData(QStringLiteral("aiken/basic.txt")),
                              QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 question(s) imported")));
    QFile file(out + QStringLiteral("/questions.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(questions.size(), 3);
    EXPECT_EQ(questions[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("q-1"));
    EXPECT_EQ(questions[0].toObject().value(QStringLiteral("options")).toArray().size(), 3);
    EXPECT_EQ(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("questions.json")}); // no temporary file left
}

TEST(QuestionsImportCli, NothingImportedWritesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bank"));
    const auto r = importCli({QStringLiteral("--format"), QStringLiteral("gift"), test::importData(QStringLiteral("malformed/bad-weight.gift")),
                              QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing written")));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral("/questions.json")));
}

TEST(QuestionsImportCli, UsageErrors)
{
    EXPECT_EQ(importCli({}).exitCode, 2);
    EXPECT_EQ(importCli({QStringLiteral("file.gift")}).exitCode, 2);
    const auto unknown = importCli({QStringLiteral("--format"), QStringLiteral("qti"), QStringLiteral("x")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown format 'qti'")));
    const auto missing = importCli({QStringLiteral("--format"), QStringLiteral("gift"), QStringLiteral("/no/such/file.gift")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/no/such/file.gift: error: cannot read file"))) << missing.err.toStdString();
}
