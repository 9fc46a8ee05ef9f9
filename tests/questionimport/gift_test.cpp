// GIFT import: every question type, escapes, categories, formats, weights and malformed input.
#include "importtestutil.h"

#include <gtest/gtest.h>

using namespace cca;
using questionimport::importGift;
namespace Types = content::QuestionTypes;

namespace {

questionimport::ImportResult allTypes()
{
    return test::importDataFile(QStringLiteral("gift/all-types.gift"), QStringLiteral("gift"));
}

} // namespace

TEST(GiftImport, ReadsEveryQuestionTypeInFileOrder)
{
    const auto r = allTypes();
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    const QStringList expected{Types::SingleChoice, Types::MultipleChoice, Types::TrueFalse, Types::TrueFalse, Types::ShortAnswer,
                               Types::Numeric,      Types::Numeric,        Types::Numeric,   Types::Matching,  Types::Essay,
                               Types::Description,  Types::FillBlanks,     Types::FillBlanks, Types::TrueFalse};
    ASSERT_EQ(r.questions.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_EQ(r.questions[i].type, expected[i]) << i;
    EXPECT_EQ(r.questions.first().id, QStringLiteral("seed-phrase"));
    EXPECT_EQ(r.questions.first().name.english(), QStringLiteral("Seed phrase"));
}

TEST(GiftImport, SingleChoiceKeepsPerAnswerFeedback)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("seed-phrase"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->text.english(), QStringLiteral("Who can move the coins of a self-custody wallet?"));
    ASSERT_EQ(q->options.size(), 3);
    EXPECT_TRUE(q->options[0].correct);
    EXPECT_EQ(q->options[0].fraction, 1.0);
    EXPECT_EQ(q->options[0].feedback.english(), QStringLiteral("Right: the seed phrase is the key."));
    EXPECT_EQ(q->options[1].text.english(), QStringLiteral("The wallet's manufacturer"));
    EXPECT_FALSE(q->options[1].correct);
    EXPECT_EQ(q->options[2].feedback.english(), QStringLiteral("No bank is involved."));
    EXPECT_FALSE(q->explicitFractions);
    EXPECT_EQ(q->tags, (QStringList{QStringLiteral("wallets"), QStringLiteral("seed-phrase")}));
}

TEST(GiftImport, WeightedAnswersBecomeMultipleChoiceWithFractions)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("red-flags"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->type, Types::MultipleChoice);
    EXPECT_TRUE(q->explicitFractions);
    ASSERT_EQ(q->options.size(), 3);
    EXPECT_DOUBLE_EQ(q->options[0].fraction, 0.5);
    EXPECT_DOUBLE_EQ(q->options[1].fraction, 0.5);
    EXPECT_DOUBLE_EQ(q->options[2].fraction, -1.0);
    EXPECT_TRUE(q->options[0].correct && q->options[1].correct && !q->options[2].correct);
    // Moodle never marks below 0; the native format can: that is worth a warning.
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Red flags"), QStringLiteral("negative")));
}

TEST(GiftImport, TrueFalseFeedbackForWrongThenRight)
{
    const auto r = allTypes();
    const auto *t = test::findQuestion(r, QStringLiteral("bitcoin-supply"));
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->answer);
    EXPECT_EQ(t->feedbackFalse.english(), QStringLiteral("The cap is part of the protocol rules.")); // wrong answer: false
    EXPECT_EQ(t->feedbackTrue.english(), QStringLiteral("Correct: 21 million."));
    const auto *f = test::findQuestion(r, QStringLiteral("exchange-custody"));
    ASSERT_TRUE(f);
    EXPECT_FALSE(f->answer);
    EXPECT_EQ(f->feedbackTrue.english(), QStringLiteral("Wrong: the exchange holds the keys."));
    EXPECT_EQ(f->feedbackFalse.english(), QStringLiteral("Right: the exchange holds them."));
}

TEST(GiftImport, ShortAnswerWithPartialCredit)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("hash-name"));
    ASSERT_TRUE(q);
    ASSERT_EQ(q->answers.size(), 3);
    EXPECT_EQ(q->answers[0].text, QStringLiteral("hash"));
    EXPECT_EQ(q->answers[1].text, QStringLiteral("hash function"));
    EXPECT_DOUBLE_EQ(q->answers[2].fraction, 0.5);
    EXPECT_EQ(q->answers[2].feedback.english(), QStringLiteral("Close, but a checksum is weaker."));
    EXPECT_FALSE(q->caseSensitive);
}

TEST(GiftImport, NumericToleranceRangeAndSeveralAnswers)
{
    const auto r = allTypes();
    const auto *tol = test::findQuestion(r, QStringLiteral("block-time"));
    ASSERT_TRUE(tol);
    ASSERT_EQ(tol->numbers.size(), 1);
    EXPECT_EQ(tol->numbers[0].value, 10.0);
    EXPECT_EQ(tol->numbers[0].tolerance, 2.0);
    const auto *range = test::findQuestion(r, QStringLiteral("confirmations"));
    ASSERT_TRUE(range);
    ASSERT_EQ(range->numbers.size(), 1);
    EXPECT_EQ(range->numbers[0].min, 3.0);
    EXPECT_EQ(range->numbers[0].max, 6.0);
    const auto *multi = test::findQuestion(r, QStringLiteral("pi-digits"));
    ASSERT_TRUE(multi);
    ASSERT_EQ(multi->numbers.size(), 2);
    EXPECT_DOUBLE_EQ(multi->numbers[0].value, 3.14);
    EXPECT_DOUBLE_EQ(multi->numbers[0].tolerance, 0.005);
    EXPECT_DOUBLE_EQ(multi->numbers[1].fraction, 0.5);
    EXPECT_EQ(multi->numbers[1].feedback.english(), QStringLiteral("Close enough for half marks."));
}

TEST(GiftImport, MatchingPairsAndDistractor)
{
    const auto r = allTypes();
    const auto *q = test::findQuestion(r, QStringLiteral("match-terms"));
    ASSERT_TRUE(q);
    ASSERT_EQ(q->pairs.size(), 3);
    EXPECT_EQ(q->pairs[0].prompt.english(), QStringLiteral("Seed phrase"));
    EXPECT_EQ(q->pairs[0].answer.english(), QStringLiteral("Words that restore a wallet"));
    EXPECT_EQ(q->pairs[2].id, QStringLiteral("p3"));
    ASSERT_EQ(q->distractors.size(), 1);
    EXPECT_EQ(q->distractors[0].english(), QStringLiteral("A bank account number"));
}

TEST(GiftImport, EssayDescriptionAndGeneralFeedback)
{
    const auto r = allTypes();
    const auto *essay = test::findQuestion(r, QStringLiteral("report"));
    ASSERT_TRUE(essay);
    EXPECT_EQ(essay->type, Types::Essay);
    const auto *intro = test::findQuestion(r, QStringLiteral("intro"));
    ASSERT_TRUE(intro);
    EXPECT_EQ(intro->type, Types::Description);
    EXPECT_EQ(intro->text.english(), QStringLiteral("This quiz covers wallets, exchanges and tracing."));
    const auto *general = test::findQuestion(r, QStringLiteral("general-feedback"));
    ASSERT_TRUE(general);
    EXPECT_EQ(general->feedback.english(), QStringLiteral("The paper is dated 31 October 2008."));
    EXPECT_TRUE(general->answer);
}

TEST(GiftImport, MissingWordBecomesFillBlanksWithOneGap)
{
    const auto r = test::importDataFile(QStringLiteral("gift/missing-word.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 5);
    const auto &choice = r.questions[0];
    EXPECT_EQ(choice.type, Types::FillBlanks);
    EXPECT_EQ(choice.text.english(), QStringLiteral("Blockchain analysis follows {{gap-1}} across addresses."));
    ASSERT_EQ(choice.gaps.size(), 1);
    EXPECT_EQ(choice.gaps[0].type, QStringLiteral("choice"));
    ASSERT_EQ(choice.gaps[0].options.size(), 3);
    EXPECT_TRUE(choice.gaps[0].options[0].correct);
    EXPECT_TRUE(choice.options.isEmpty());
    const auto &shortGap = r.questions[1];
    ASSERT_EQ(shortGap.gaps.size(), 1);
    EXPECT_EQ(shortGap.gaps[0].type, QStringLiteral("short"));
    EXPECT_EQ(shortGap.gaps[0].answers.size(), 2);
    const auto &numeric = r.questions[2];
    ASSERT_EQ(numeric.gaps.size(), 1);
    EXPECT_EQ(numeric.gaps[0].type, QStringLiteral("numeric"));
    EXPECT_EQ(numeric.gaps[0].numbers[0].value, 21000000.0);
    // Types without a gap form keep their type and show the blank.
    EXPECT_EQ(r.questions[3].type, Types::TrueFalse);
    EXPECT_EQ(r.questions[3].text.english(), QStringLiteral("The statement _____ is what the officer writes down."));
    EXPECT_EQ(r.questions[4].type, Types::MultipleChoice);
    EXPECT_TRUE(r.questions[4].text.english().contains(QStringLiteral("_____")));
}

TEST(GiftImport, EscapedCharactersAreUnescaped)
{
    const auto r = test::importDataFile(QStringLiteral("gift/escapes.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 2);
    const auto &q = r.questions[0];
    EXPECT_EQ(q.name.english(), QStringLiteral("Escapes: all of them"));
    EXPECT_EQ(q.id, QStringLiteral("escapes-all-of-them"));
    EXPECT_EQ(q.text.english(), QStringLiteral("Which character starts a GIFT comment block { or }?"));
    ASSERT_EQ(q.options.size(), 2);
    EXPECT_EQ(q.options[0].text.english(), QStringLiteral("~ tilde and = equals"));
    EXPECT_EQ(q.options[0].feedback.english(), QStringLiteral("Use # for a hash\nand a new line."));
    EXPECT_EQ(q.options[1].text.english(), QStringLiteral("a plain colon : here"));
    EXPECT_EQ(r.questions[1].text.english(), QStringLiteral("Write the ratio 1:2 as a word."));
    EXPECT_EQ(r.questions[1].answers[1].text, QStringLiteral("one:two"));
}

TEST(GiftImport, CategoriesComeFromTheLastPartOfThePath)
{
    const auto r = test::importDataFile(QStringLiteral("gift/categories.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.categories.size(), 3);
    EXPECT_EQ(r.categories[0].id, QStringLiteral("wallets"));
    EXPECT_EQ(r.categories[0].title.english(), QStringLiteral("Wallets"));
    EXPECT_EQ(r.categories[1].id, QStringLiteral("tracing"));
    EXPECT_EQ(r.categories[2].id, QStringLiteral("wallets-2")); // another "Wallets" under another parent
    ASSERT_EQ(r.questions.size(), 4);
    EXPECT_EQ(r.questions[0].category, QStringLiteral("wallets"));
    EXPECT_EQ(r.questions[1].category, QStringLiteral("wallets"));
    EXPECT_EQ(r.questions[2].category, QStringLiteral("tracing")); // question right under the $CATEGORY line
    EXPECT_EQ(r.questions[3].category, QStringLiteral("wallets-2"));
}

TEST(GiftImport, TextFormats)
{
    const auto r = test::importDataFile(QStringLiteral("gift/formats.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 4);
    EXPECT_EQ(r.questions[0].text.english(), QStringLiteral("Which is **not** a *blockchain*?"));
    const auto &html = r.questions[1];
    EXPECT_EQ(html.text.english(),
              QStringLiteral("Which tool traces coins?\n\nPick one:\nsee [the list](https://example.org/tools) [chart]"));
    EXPECT_EQ(html.options[0].text.english(), QStringLiteral("Chainalysis"));
    EXPECT_EQ(html.options[1].text.english(), QStringLiteral("Excel <b>sheet</b>")); // [plain] keeps tags as text
    EXPECT_EQ(html.options[1].feedback.english(), QStringLiteral("No, a spreadsheet."));
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Html"), QStringLiteral("image 'chart.png'")));
    EXPECT_EQ(r.questions[2].text.english(), QStringLiteral("Is <b> shown literally?"));
    EXPECT_EQ(r.questions[3].text.english(), QStringLiteral("First line\nSecond line with & entity\ntag"));
}

TEST(GiftImport, WeightsDecideSingleOrMultipleChoice)
{
    const auto r = test::importDataFile(QStringLiteral("gift/weights.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 3);
    const auto &single = r.questions[0];
    EXPECT_EQ(single.type, Types::SingleChoice);
    EXPECT_TRUE(single.explicitFractions);
    EXPECT_DOUBLE_EQ(single.options[1].fraction, 0.5);
    EXPECT_DOUBLE_EQ(single.options[2].fraction, -0.25);
    EXPECT_FALSE(single.options[1].correct);
    const auto &twoEquals = r.questions[1];
    EXPECT_EQ(twoEquals.type, Types::MultipleChoice);
    EXPECT_TRUE(twoEquals.explicitFractions); // either right answer alone still gives full marks, as in Moodle
    EXPECT_EQ(twoEquals.options[0].fraction, 1.0);
    EXPECT_EQ(twoEquals.options[1].fraction, 1.0);
    EXPECT_EQ(twoEquals.options[2].fraction, 0.0);
    EXPECT_TRUE(test::hasWarning(r, QStringLiteral("Two equals"), QStringLiteral("multiple choice")));
    const auto &multi = r.questions[2];
    EXPECT_EQ(multi.type, Types::MultipleChoice);
    EXPECT_DOUBLE_EQ(multi.options[0].fraction, 0.3333333); // 33.33333% without binary noise
}

TEST(GiftImport, NumericFormsAndUnsupportedCatchAll)
{
    const auto r = test::importDataFile(QStringLiteral("gift/numeric.gift"), QStringLiteral("gift"));
    EXPECT_EQ(r.fatalCount(), 0) << test::problemsText(r);
    ASSERT_EQ(r.questions.size(), 5);
    EXPECT_DOUBLE_EQ(r.questions[0].numbers[0].value, 3.125);
    EXPECT_EQ(r.questions[2].numbers[0].min, -5.0);
    EXPECT_EQ(r.questions[2].numbers[0].max, 5.0);
    ASSERT_EQ(r.questions[3].numbers.size(), 3);
    EXPECT_DOUBLE_EQ(r.questions[3].numbers[2].fraction, -0.5);
    EXPECT_TRUE(test::findProblem(r, 11, QStringLiteral("other answer")));
    EXPECT_DOUBLE_EQ(r.questions[4].numbers[0].value, -6.0);
    EXPECT_DOUBLE_EQ(r.questions[4].numbers[0].tolerance, 0.5);
}

TEST(GiftImport, IdsAreUniqueSlugsOrNumbered)
{
    const auto r = importGift(QStringLiteral("::Größe & Maß!::Text one{T}\n\n::Größe & Maß!::Text two{T}\n\nNo title here{F}\n\n::密碼::Chinese title{T}\n"));
    ASSERT_EQ(r.questions.size(), 4) << test::problemsText(r);
    EXPECT_EQ(r.questions[0].id, QStringLiteral("grosse-mass"));
    EXPECT_EQ(r.questions[1].id, QStringLiteral("grosse-mass-2"));
    EXPECT_EQ(r.questions[2].id, QStringLiteral("q-3"));
    EXPECT_TRUE(r.questions[2].name.isEmpty());
    EXPECT_EQ(r.questions[3].id, QStringLiteral("q-4"));
    EXPECT_EQ(r.questions[3].name.english(), QStringLiteral("密碼"));
}

TEST(GiftImport, CommentsCrLfAndMultiLineText)
{
    const auto r = importGift(QStringLiteral("// first comment\r\n::A::Line one\r\nline two\r\n// inside comment\r\n{=yes ~no}\r\n\r\n\r\n// trailing\r\n"));
    ASSERT_EQ(r.questions.size(), 1) << test::problemsText(r);
    EXPECT_EQ(r.questions[0].text.english(), QStringLiteral("Line one\nline two"));
    EXPECT_TRUE(r.problems.isEmpty());
}

TEST(GiftImport, EmptyInputGivesNothing)
{
    for (const QString &text : {QString(), QStringLiteral("\n\n  \n"), QStringLiteral("// only a comment\n")}) {
        const auto r = importGift(text);
        EXPECT_TRUE(r.questions.isEmpty());
        EXPECT_TRUE(r.problems.isEmpty());
    }
}

TEST(GiftImport, UnclosedBraceIsReportedAndTheNextQuestionsStillImport)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/unclosed-brace.gift"), QStringLiteral("gift"));
    ASSERT_EQ(r.questions.size(), 2);
    EXPECT_EQ(r.questions[1].id, QStringLiteral("also-good"));
    ASSERT_EQ(r.problems.size(), 1);
    const auto &p = r.problems[0];
    EXPECT_TRUE(p.fatal);
    EXPECT_EQ(p.line, 4);
    EXPECT_EQ(p.questionName, QStringLiteral("Broken"));
    EXPECT_TRUE(p.message.contains(QStringLiteral("not closed")));
}

TEST(GiftImport, BadWeightsAreErrorsOnTheirLines)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/bad-weight.gift"), QStringLiteral("gift"));
    EXPECT_TRUE(r.questions.isEmpty());
    ASSERT_EQ(r.fatalCount(), 2) << test::problemsText(r);
    EXPECT_TRUE(test::findProblem(r, 3, QStringLiteral("bad weight '%abc%'")));
    EXPECT_TRUE(test::findProblem(r, 6, QStringLiteral("bad weight '%150%'")));
}

TEST(GiftImport, MalformedQuestionsEachGiveALineNumberedError)
{
    const auto r = test::importDataFile(QStringLiteral("malformed/misc.gift"), QStringLiteral("gift"));
    EXPECT_TRUE(r.questions.isEmpty()) << r.questions.size();
    struct Expected
    {
        int line;
        const char *text;
    };
    const Expected expected[] = {{1, "title"},          {4, "'}' without an opening '{'"}, {6, "second answer block"},
                                 {8, "no right answer"}, {10, "'abc' is not a number"},     {12, "at least 2 pairs"},
                                 {14, "'oops' before the first answer"}, {16, "'{' inside the answers"}};
    for (const Expected &e : expected) {
        const auto *p = test::findProblem(r, e.line, QString::fromUtf8(e.text));
        ASSERT_TRUE(p) << e.line << " " << e.text << "\n" << test::problemsText(r);
        EXPECT_TRUE(p->fatal);
    }
    EXPECT_EQ(r.fatalCount(), int(std::size(expected)));
}

TEST(GiftImport, ProblemsPrintLikeCompilerMessages)
{
    const auto r = importGift(QStringLiteral("\n\n::Broken::Text {=a"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].toString(QStringLiteral("bank.gift")),
              QStringLiteral("bank.gift:3: error: question 'Broken': the answers opened by '{' are not closed with '}'"));
    const questionimport::ImportProblem warning{7, QString(), QStringLiteral("something lost"), false};
    EXPECT_EQ(warning.toString(QStringLiteral("f")), QStringLiteral("f:7: warning: something lost"));
}

TEST(GiftImport, TooManyOptionsOrEmptyOptionIsAnError)
{
    QString many = QStringLiteral("::Many::Pick {=0");
    for (int i = 1; i <= 10; ++i)
        many += QStringLiteral(" ~%1").arg(i);
    many += QStringLiteral("}\n\n::Empty::Pick {=a ~ #feedback only}\n");
    const auto r = importGift(many);
    EXPECT_TRUE(r.questions.isEmpty());
    EXPECT_TRUE(test::findProblem(r, 1, QStringLiteral("2 to 10")));
    EXPECT_TRUE(test::findProblem(r, 3, QStringLiteral("has no text")));
}
