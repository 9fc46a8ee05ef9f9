// Aiken import.
#include "importtestutil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace cca;
using questionimport::importAiken;

TEST(AikenImport, ReadsQuestionsWithBothOptionStyles)
{
    const auto r = test::importDataFile(QStringLiteral("aiken/basic.txt"), QStringLiteral("aiken"));
    EXPECT_TRUE(r.problems.isEmpty()) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 3);
    const auto &first = r.questions[0];
    EXPECT_EQ(first.id, QStringLiteral("q-1"));
    EXPECT_EQ(first.type, content::QuestionTypes::SingleChoice);
    EXPECT_EQ(first.text.english(), QStringLiteral("What does KYC stand for?"));
    ASSERT_EQ(first.options.size(), 3);
    EXPECT_TRUE(first.options[0].correct);
    EXPECT_EQ(first.options[1].text.english(), QStringLiteral("Keep your coins"));
    const auto &second = r.questions[1];
    EXPECT_EQ(second.text.english(), QStringLiteral("Which of these is a stablecoin\npegged to the US dollar?"));
    EXPECT_EQ(second.options.size(), 4);
    EXPECT_TRUE(second.options[0].correct);
    EXPECT_TRUE(r.questions[2].options[1].correct); // no blank line before it
}

TEST(AikenImport, ErrorsCarryTheirLines)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/missing-answer.aiken"), QStringLiteral("aiken"));
    ASSERT_EQ(r.questions.size(), 1) << test::problemsText(r);
    EXPECT_TRUE(test::findProblem(r, 6, QStringLiteral("no 'ANSWER:' line")));
    EXPECT_TRUE(test::findProblem(r, 10, QStringLiteral("before any question text")));
    EXPECT_TRUE(test::findProblem(r, 17, QStringLiteral("'ANSWER: E' names none")));
    EXPECT_EQ(r.fatalCount(), 3);
}

TEST(AikenImport, MoreEdgeCases)
{
    const auto r = importAiken(QStringLiteral("ANSWER: A\nQ one?\nA. only\nANSWER: A\nQ two?\nA. x\nB. y\nanswer: b\nQ three?\nA. x\nB. y"));
    ASSERT_EQ(r.questions.size(), 1) << test::problemsText(r);
    EXPECT_EQ(r.questions[0].text.english(), QStringLiteral("Q two?"));
    EXPECT_TRUE(r.questions[0].options[1].correct);
    EXPECT_TRUE(test::findProblem(r, 1, QStringLiteral("without a question")));
    EXPECT_TRUE(test::findProblem(r, 4, QStringLiteral("at least 2 options")));
    EXPECT_TRUE(test::findProblem(r, 9, QStringLiteral("file ends")));
    EXPECT_TRUE(importAiken(QString()).problems.isEmpty());
}

TEST(AikenImport, Latin1FilesAreReadWithAWarning)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.txt"));
    test::writeFile(path, QByteArray("Qu\xe9 es KYC?\nA. Conozca a su cliente\nB. Otra\nANSWER: A\n"));
    const auto r = questionimport::importFile(path, QStringLiteral("aiken"));
    ASSERT_EQ(r.questions.size(), 1);
    EXPECT_EQ(r.questions[0].text.english(), QString::fromUtf8("Qué es KYC?"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_FALSE(r.problems[0].fatal);
    EXPECT_EQ(r.problems[0].line, 0);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("not UTF-8")));
}
