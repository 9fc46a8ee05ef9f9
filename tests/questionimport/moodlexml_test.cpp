// Moodle XML import: the types Moodle exports, HTML and entities, what cannot be mapped, broken files.
#include "importtestutil.h"

#include <gtest/gtest.h>

using namespace cca;
using questionimport::importMoodleXml;
namespace Types = content::QuestionTypes;

namespace {

questionimport::ImportResult allTypes()
{
    return test::importDataFile(QStringLiteral("moodle/all-types.xml"), QStringLiteral("moodle-xml"));
}

QByteArray quiz(const QString &questions)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n") + questions + QStringLiteral("</quiz>\n")).toUtf8();
}

} // namespace

TEST(MoodleXmlImport, ReadsEveryQuestionTypeWithCategories)
{
    const auto r = allTypes();
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    const QStringList expected{Types::SingleChoice, Types::MultipleChoice, Types::MultipleChoice, Types::TrueFalse,
                               Types::ShortAnswer,  Types::Numeric,        Types::Matching,       Types::Essay,
                               Types::Description,  Types::FillBlanks,     Types::FillBlanks};
    ASSERT_EQ(r.questions.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_EQ(r.questions[i].type, expected[i]) << i;
    ASSERT_EQ(r.categories.size(), 2);
    EXPECT_EQ(r.categories[0].id, QStringLiteral("crypto-basics"));
    EXPECT_EQ(r.categories[0].title.english(), QStringLiteral("Crypto basics"));
    EXPECT_EQ(r.categories[1].id, QStringLiteral("cloze-and-gaps"));
    EXPECT_EQ(r.questions[0].category, QStringLiteral("crypto-basics"));
    EXPECT_EQ(r.questions.last().category, QStringLiteral("cloze-and-gaps"));
}

TEST(MoodleXmlImport, MultichoiceSingleWithHtmlCdataAndEntities)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("seed-phrase"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->text.english(), QStringLiteral("Who can move the coins of a self-custody wallet?"));
    EXPECT_EQ(q->feedback.english(), QStringLiteral("The seed phrase is the key."));
    EXPECT_EQ(q->weight, 2.0);
    EXPECT_FALSE(q->shuffle);
    EXPECT_EQ(q->tags, (QStringList{QStringLiteral("wallets"), QStringLiteral("seed-phrase")}));
    ASSERT_EQ(q->options.size(), 3);
    EXPECT_EQ(q->options[0].text.english(), QStringLiteral("Whoever holds the seed phrase"));
    EXPECT_TRUE(q->options[0].correct);
    EXPECT_EQ(q->options[0].feedback.english(), QStringLiteral("Right."));
    EXPECT_EQ(q->options[1].text.english(), QStringLiteral("The bank & the exchange")); // escaped HTML in XML
    EXPECT_EQ(q->options[1].feedback.english(), QStringLiteral("No bank is involved."));
    EXPECT_DOUBLE_EQ(q->options[2].fraction, -0.25);
    EXPECT_TRUE(q->explicitFractions);
}

TEST(MoodleXmlImport, MultichoiceMultipleKeepsFractionsUnlessTheyAreTheDefault)
{
    const auto r = allTypes();
    const auto *explicitOnes = test::findQuestion(r, QStringLiteral("red-flags"));
    ASSERT_TRUE(explicitOnes);
    EXPECT_TRUE(explicitOnes->explicitFractions); // wrong answer 0, not -1/2
    EXPECT_DOUBLE_EQ(explicitOnes->options[0].fraction, 0.5);
    EXPECT_FALSE(explicitOnes->options[2].correct);
    const auto *defaults = test::findQuestion(r, QStringLiteral("default-fractions"));
    ASSERT_TRUE(defaults);
    EXPECT_FALSE(defaults->explicitFractions); // 50/50/-50 is what the native format does anyway
}

TEST(MoodleXmlImport, TrueFalseShortAnswerNumeric)
{
    const auto r = allTypes();
    const auto *tf = test::findQuestion(r, QStringLiteral("exchange-custody"));
    ASSERT_TRUE(tf);
    EXPECT_FALSE(tf->answer);
    EXPECT_EQ(tf->text.english(), QStringLiteral("Coins on an exchange are held by\nthe officer's own keys."));
    EXPECT_EQ(tf->feedbackTrue.english(), QStringLiteral("Wrong: the exchange holds the keys."));
    EXPECT_EQ(tf->feedbackFalse.english(), QStringLiteral("Right."));

    const auto *sa = test::findQuestion(r, QStringLiteral("hash-name"));
    ASSERT_TRUE(sa);
    EXPECT_TRUE(sa->caseSensitive);
    ASSERT_EQ(sa->answers.size(), 2);
    EXPECT_EQ(sa->answers[1].text, QStringLiteral("hash*"));
    EXPECT_DOUBLE_EQ(sa->answers[1].fraction, 0.5);

    const auto *num = test::findQuestion(r, QStringLiteral("block-time"));
    ASSERT_TRUE(num);
    ASSERT_EQ(num->numbers.size(), 2); // the '*' catch-all is left out
    EXPECT_EQ(num->numbers[0].value, 10.0);
    EXPECT_EQ(num->numbers[0].tolerance, 1.0);
    EXPECT_EQ(num->numbers[1].tolerance, 3.0);
    EXPECT_DOUBLE_EQ(num->numbers[1].fraction, 0.5);
}

TEST(MoodleXmlImport, MatchingEssayDescription)
{
    const auto r = allTypes();
    const auto *m = test::findQuestion(r, QStringLiteral("match-terms"));
    ASSERT_TRUE(m);
    ASSERT_EQ(m->pairs.size(), 2);
    EXPECT_EQ(m->pairs[1].prompt.english(), QStringLiteral("Private key"));
    EXPECT_EQ(m->pairs[1].answer.english(), QStringLiteral("Number that signs transactions"));
    ASSERT_EQ(m->distractors.size(), 1); // the subquestion without text
    EXPECT_EQ(m->distractors[0].english(), QStringLiteral("A bank account number"));

    const auto *essay = test::findQuestion(r, QStringLiteral("report"));
    ASSERT_TRUE(essay);
    EXPECT_EQ(essay->minWords, 50);
    EXPECT_EQ(essay->maxWords, 400);
    EXPECT_EQ(essay->weight, 5.0);
    EXPECT_EQ(essay->text.english(), QStringLiteral("Describe how you would trace a ransom payment.\n\n[payment flow]"));

    const auto *description = test::findQuestion(r, QStringLiteral("intro"));
    ASSERT_TRUE(description);
    EXPECT_EQ(description->text.english(), QStringLiteral("This quiz covers **wallets**, exchanges & tracing.")); // markdown kept
}

TEST(MoodleXmlImport, ClozeBecomesFillBlanks)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("cloze-wallet"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->text.english(), QStringLiteral("A {{gap-1}} restores a wallet. Bitcoin's cap is {{gap-2}} coins, and its ticker is {{gap-3}}."));
    ASSERT_EQ(q->gaps.size(), 3);
    EXPECT_EQ(q->gaps[0].type, QStringLiteral("choice"));
    ASSERT_EQ(q->gaps[0].options.size(), 3);
    EXPECT_TRUE(q->gaps[0].options[0].correct);
    EXPECT_EQ(q->gaps[0].options[1].feedback.english(), QStringLiteral("No"));
    EXPECT_EQ(q->gaps[1].type, QStringLiteral("numeric"));
    EXPECT_EQ(q->gaps[1].weight, 2.0);
    EXPECT_EQ(q->gaps[1].numbers[0].value, 21000000.0);
    EXPECT_EQ(q->gaps[2].type, QStringLiteral("short"));
    EXPECT_TRUE(q->gaps[2].caseSensitive);
    EXPECT_DOUBLE_EQ(q->gaps[2].answers[1].fraction, 0.5);
}

TEST(MoodleXmlImport, GapSelectBecomesChoiceGapsOfTheGroup)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("select-words"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->text.english(), QStringLiteral("The {{gap-1}} signs, the {{gap-2}} receives."));
    ASSERT_EQ(q->gaps.size(), 2);
    ASSERT_EQ(q->gaps[1].options.size(), 3);
    EXPECT_FALSE(q->gaps[1].options[0].correct);
    EXPECT_TRUE(q->gaps[1].options[1].correct);
    EXPECT_EQ(q->gaps[1].options[1].text.english(), QStringLiteral("address"));
}

TEST(MoodleXmlImport, WhatCannotBeMappedIsAWarningOnTheQuestion)
{
    const auto r = allTypes();
    EXPECT_TRUE(test::findProblem(r, 25, QStringLiteral("penalty of 33.33%")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Hash name"), QStringLiteral("hint")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Block time"), QStringLiteral("units (min)")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Block time"), QStringLiteral("catch-all")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Report"), QStringLiteral("graders")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Report"), QStringLiteral("image 'flow.png'")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Report"), QStringLiteral("file 'flow.png'")));
    // Moodle's default "Your answer is correct." texts are not worth a warning, and nothing is lost twice.
    EXPECT_FALSE(test::hasWarning(r, QStringLiteral("Seed phrase"), QStringLiteral("overall feedback")));
    EXPECT_FALSE(test::hasWarning(r, QStringLiteral("Intro"), QStringLiteral("image")));
    EXPECT_FALSE(test::hasWarning(r, QStringLiteral("Red flags"), QStringLiteral("penalty"))); // penalty 0
    for (const auto &p : r.problems)
        EXPECT_FALSE(p.questionName.isEmpty()) << p.message.toStdString();
}

TEST(MoodleXmlImport, FormatsEntitiesAndOddElements)
{
    const auto r = test::importDataFile(QStringLiteral("moodle/formats-and-entities.xml"), QStringLiteral("moodle-xml"));
    ASSERT_EQ(r.questions.size(), 3) << test::problemsText(r);
    EXPECT_EQ(r.questions[0].text.english(), QString::fromUtf8("Is this “true” – ✓?\n\n- first\n- second <b>\n\nLine\nbreak"));
    EXPECT_EQ(r.questions[0].feedbackTrue.english(), QStringLiteral("Yes"));
    EXPECT_EQ(r.questions[1].text.english(), QStringLiteral("Some *text*."));
    EXPECT_TRUE(test::findProblem(r, 13, QStringLiteral("text format 'wiki_like' is unknown")));
    EXPECT_TRUE(test::findProblem(r, 17, QStringLiteral("<customthing>")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Odd format"), QStringLiteral("<correctfeedback>")));
    EXPECT_EQ(r.questions[2].text.english(), QStringLiteral("Name <the> coin.")); // plain text stays as it is
    EXPECT_EQ(r.questions[2].weight, 1.0);
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Hidden"), QStringLiteral("hidden")));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Hidden"), QStringLiteral("default mark '0'")));
    EXPECT_TRUE(test::findProblem(r, 26, QStringLiteral("exactly one fully right answer")));
    EXPECT_TRUE(test::findProblem(r, 33, QStringLiteral("both a 'true' and a 'false'")));
    EXPECT_EQ(r.fatalCount(), 2);
}

TEST(MoodleXmlImport, UnsupportedTypesAreErrorsNamingTheType)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/unknown-type.xml"), QStringLiteral("moodle-xml"));
    ASSERT_EQ(r.questions.size(), 1);
    EXPECT_EQ(r.questions[0].id, QStringLiteral("still-fine"));
    const auto *ddwtos = test::findProblem(r, 3, QStringLiteral("'ddwtos'"));
    ASSERT_TRUE(ddwtos);
    EXPECT_TRUE(ddwtos->fatal);
    EXPECT_EQ(ddwtos->questionName, QStringLiteral("Drag words"));
    EXPECT_TRUE(test::findProblem(r, 7, QStringLiteral("'calculated'")));
    EXPECT_TRUE(test::findProblem(r, 11, QStringLiteral("without any <answer>")));
    EXPECT_TRUE(test::findProblem(r, 18, QStringLiteral("'lots' is not a number")));
    EXPECT_TRUE(test::findProblem(r, 21, QStringLiteral("no type")));
    EXPECT_EQ(r.fatalCount(), 5);
}

TEST(MoodleXmlImport, NotWellFormedXmlKeepsWhatCameBeforeAndNamesTheLine)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/not-well-formed.xml"), QStringLiteral("moodle-xml"));
    ASSERT_EQ(r.questions.size(), 1);
    EXPECT_EQ(r.questions[0].id, QStringLiteral("fine"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems[0].fatal);
    EXPECT_EQ(r.problems[0].line, 11);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("not well-formed")));

    const auto entity = test::importDataFile(QStringLiteral("malformed/undeclared-entity.xml"), QStringLiteral("moodle-xml"));
    ASSERT_EQ(entity.questions.size(), 1);
    EXPECT_TRUE(test::findProblem(entity, 9, QStringLiteral("nbsp")));
}

TEST(MoodleXmlImport, NotAQuizOrEmptyIsOneFileError)
{
    const auto notQuiz = test::importDataFile(QStringLiteral("malformed/not-quiz.xml"), QStringLiteral("moodle-xml"));
    EXPECT_TRUE(notQuiz.questions.isEmpty());
    ASSERT_EQ(notQuiz.problems.size(), 1);
    EXPECT_EQ(notQuiz.problems[0].line, 2);
    EXPECT_TRUE(notQuiz.problems[0].message.contains(QStringLiteral("<questions>")));
    for (const QByteArray &bad : {QByteArray(), QByteArray("not xml at all"), QByteArray("<?xml version=\"1.0\"?>")}) {
        const auto r = importMoodleXml(bad);
        EXPECT_TRUE(r.questions.isEmpty());
        EXPECT_EQ(r.fatalCount(), 1) << bad.constData();
    }
    const auto empty = importMoodleXml(quiz(QString()));
    EXPECT_TRUE(empty.questions.isEmpty());
    EXPECT_TRUE(empty.problems.isEmpty());
}

TEST(MoodleXmlImport, DeepNestingIsRefusedWithoutCrashing)
{
    QByteArray xml = "<quiz><question type=\"essay\">";
    for (int i = 0; i < 100000; ++i)
        xml += "<x>";
    const auto r = importMoodleXml(xml);
    EXPECT_TRUE(r.questions.isEmpty());
    ASSERT_EQ(r.fatalCount(), 1);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("nested too deeply")));
}

TEST(MoodleXmlImport, ClozeProblems)
{
    const auto r = test::importDataFile(QStringLiteral("moodle/cloze.xml"), QStringLiteral("moodle-xml"));
    ASSERT_EQ(r.questions.size(), 1) << test::problemsText(r);
    const auto &q = r.questions[0];
    EXPECT_EQ(q.gaps.size(), 6);
    EXPECT_TRUE(q.shuffle); // an _S variant asked for shuffled options
    EXPECT_EQ(q.gaps[5].answers[0].text, QStringLiteral("a}b~c#d"));
    EXPECT_TRUE(test::findProblem(r, 10, QStringLiteral("MULTIRESPONSE")));
    EXPECT_TRUE(test::findProblem(r, 14, QStringLiteral("not closed")));
    EXPECT_TRUE(test::findProblem(r, 18, QStringLiteral("no embedded answers")));
    EXPECT_TRUE(test::findProblem(r, 22, QStringLiteral("gap-1: needs exactly one fully right answer")));
    EXPECT_TRUE(test::findProblem(r, 26, QStringLiteral("[[4]]")));
    EXPECT_EQ(r.fatalCount(), 5);
}

TEST(MoodleXmlImport, CategoryPathsAndTopLevel)
{
    const auto r = importMoodleXml(quiz(QStringLiteral(
        "<question type=\"category\"><category><text>$course$/top</text></category></question>\n"
        "<question type=\"description\"><name><text>Top</text></name><questiontext><text>In top.</text></questiontext></question>\n"
        "<question type=\"category\"><category><text>$course$/top/Cases//Reports</text></category></question>\n"
        "<question type=\"description\"><name><text>Slash</text></name><questiontext><text>In a/b.</text></questiontext></question>\n"
        "<question type=\"category\"><category><text>$system$/top/Unused</text></category></question>\n")));
    ASSERT_EQ(r.questions.size(), 2) << test::problemsText(r);
    EXPECT_TRUE(r.questions[0].category.isEmpty());
    ASSERT_EQ(r.categories.size(), 1); // categories without questions are left out
    EXPECT_EQ(r.categories[0].title.english(), QStringLiteral("Cases/Reports"));
    EXPECT_EQ(r.categories[0].id, QStringLiteral("cases-reports"));
    EXPECT_EQ(r.questions[1].category, r.categories[0].id);
}

TEST(MoodleXmlImport, TooManyOptionsAndOptionTextRequired)
{
    QString answers;
    for (int i = 0; i < 11; ++i)
        answers += QStringLiteral("<answer fraction=\"%1\"><text>opt %2</text></answer>").arg(i == 0 ? 100 : 0).arg(i);
    const auto r = importMoodleXml(quiz(
        QStringLiteral("<question type=\"multichoice\"><name><text>Many</text></name><questiontext><text>Q</text></questiontext>") +
        answers + QStringLiteral("</question>\n<question type=\"multichoice\"><name><text>Blank</text></name><questiontext><text>Q</text>"
                                 "</questiontext><answer fraction=\"100\"><text>a</text></answer><answer fraction=\"0\"><text>"
                                 "<![CDATA[<p> </p>]]></text></answer></question>\n")));
    EXPECT_TRUE(r.questions.isEmpty());
    EXPECT_TRUE(test::findProblem(r, 3, QStringLiteral("2 to 10")));
    EXPECT_TRUE(test::findProblem(r, 4, QStringLiteral("option 2 has no text")));
}

TEST(MoodleXmlImport, SingleWithSeveralFullAnswersBecomesMultipleChoice)
{
    const auto r = importMoodleXml(quiz(QStringLiteral(
        "<question type=\"multichoice\"><name><text>Either</text></name><questiontext><text>Pick a coin.</text></questiontext>"
        "<single>true</single><answer fraction=\"100\"><text>Bitcoin</text></answer><answer fraction=\"100\"><text>Monero</text>"
        "</answer><answer fraction=\"0\"><text>Visa</text></answer></question>\n")));
    ASSERT_EQ(r.questions.size(), 1) << test::problemsText(r);
    const auto &q = r.questions[0];
    EXPECT_EQ(q.type, Types::MultipleChoice);
    EXPECT_TRUE(q.explicitFractions);
    EXPECT_TRUE(q.options[0].correct && q.options[1].correct && !q.options[2].correct);
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Either"), QStringLiteral("choosing any of them")));
}
