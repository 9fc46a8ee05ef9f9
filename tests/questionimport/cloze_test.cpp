// Moodle's embedded-answer (cloze) syntax on its own.
#include "questionimport/clozeparser.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca;
using questionimport::ClozeParser;

namespace {

ClozeParser::Result parse(const QString &text)
{
    return ClozeParser::parse(text, [](const QString &s) { return s.trimmed(); });
}

} // namespace

TEST(Cloze, ShortAnswerWithFeedbackAndWildcard)
{
    const auto r = parse(QStringLiteral("The {1:SHORTANSWER:=mixer#Right~%50%tumbler#Also~*#No} hides coins."));
    ASSERT_TRUE(r.errors.isEmpty()) << r.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r.text, QStringLiteral("The {{gap-1}} hides coins."));
    ASSERT_EQ(r.gaps.size(), 1);
    const auto &g = r.gaps[0];
    EXPECT_EQ(g.type, QStringLiteral("short"));
    EXPECT_FALSE(g.caseSensitive);
    ASSERT_EQ(g.answers.size(), 3);
    EXPECT_EQ(g.answers[0].text, QStringLiteral("mixer"));
    EXPECT_EQ(g.answers[0].feedback.english(), QStringLiteral("Right"));
    EXPECT_DOUBLE_EQ(g.answers[1].fraction, 0.5);
    EXPECT_EQ(g.answers[2].text, QStringLiteral("*"));
    EXPECT_EQ(g.answers[2].fraction, 0.0);
}

TEST(Cloze, ShortNamesAndCaseSensitiveVariants)
{
    const auto r = parse(QStringLiteral("{:SA:=a} {:MW:=b} {:SAC:=C} {:MWC:=D} {:shortanswer_c:=E}"));
    ASSERT_TRUE(r.errors.isEmpty());
    ASSERT_EQ(r.gaps.size(), 5);
    EXPECT_FALSE(r.gaps[0].caseSensitive);
    EXPECT_FALSE(r.gaps[1].caseSensitive);
    EXPECT_TRUE(r.gaps[2].caseSensitive);
    EXPECT_TRUE(r.gaps[3].caseSensitive);
    EXPECT_TRUE(r.gaps[4].caseSensitive);
    EXPECT_EQ(r.text, QStringLiteral("{{gap-1}} {{gap-2}} {{gap-3}} {{gap-4}} {{gap-5}}"));
}

TEST(Cloze, ChoiceGapsAndShuffledVariants)
{
    const auto r = parse(QStringLiteral("{2:MC:right#yes~wrong#no~=really right} {:MCV:=a~b}"));
    ASSERT_TRUE(r.errors.isEmpty());
    ASSERT_EQ(r.gaps.size(), 2);
    EXPECT_EQ(r.gaps[0].weight, 2.0);
    ASSERT_EQ(r.gaps[0].options.size(), 3);
    EXPECT_FALSE(r.gaps[0].options[0].correct); // no '=': no credit
    EXPECT_TRUE(r.gaps[0].options[2].correct);
    EXPECT_EQ(r.gaps[0].options[1].feedback.english(), QStringLiteral("no"));
    EXPECT_FALSE(r.shuffled);
    EXPECT_TRUE(parse(QStringLiteral("{:MCS:=a~b}")).shuffled);
    EXPECT_TRUE(parse(QStringLiteral("{:MULTICHOICE_HS:=a~b}")).shuffled);
}

TEST(Cloze, NumericalWithToleranceAndPartialCredit)
{
    const auto r = parse(QStringLiteral("Pi is {1:NUMERICAL:=3.14159:0.001~%50%3.14:0.01~*#anything}."));
    ASSERT_TRUE(r.errors.isEmpty());
    ASSERT_EQ(r.gaps.size(), 1);
    ASSERT_EQ(r.gaps[0].numbers.size(), 2);
    EXPECT_DOUBLE_EQ(r.gaps[0].numbers[0].value, 3.14159);
    EXPECT_DOUBLE_EQ(r.gaps[0].numbers[0].tolerance, 0.001);
    EXPECT_DOUBLE_EQ(r.gaps[0].numbers[1].fraction, 0.5);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("'*'")));
}

TEST(Cloze, EscapesInsideAnswers)
{
    const auto r = parse(QStringLiteral("{1:SA:=a\\}b\\~c\\#d\\\\e~%0%x}"));
    ASSERT_TRUE(r.errors.isEmpty());
    ASSERT_EQ(r.gaps.size(), 1);
    EXPECT_EQ(r.gaps[0].answers[0].text, QStringLiteral("a}b~c#d\\e"));
    EXPECT_EQ(r.gaps[0].answers.size(), 2);
}

TEST(Cloze, BracesThatAreNoGapsStay)
{
    const auto r = parse(QStringLiteral("Set {a, b} and {x:y} then {1:SA:=z}."));
    ASSERT_TRUE(r.errors.isEmpty());
    EXPECT_EQ(r.text, QStringLiteral("Set {a, b} and {x:y} then {{gap-1}}."));
}

TEST(Cloze, Errors)
{
    EXPECT_TRUE(parse(QStringLiteral("Nothing here")).errors.first().contains(QStringLiteral("no embedded answers")));
    EXPECT_TRUE(parse(QStringLiteral("{1:FOO:=a}")).errors.first().contains(QStringLiteral("unknown embedded answer type 'FOO'")));
    EXPECT_TRUE(parse(QStringLiteral("{1:MR:=a~=b}")).errors.first().contains(QStringLiteral("multiple-response")));
    EXPECT_TRUE(parse(QStringLiteral("{1:SA:=a")).errors.first().contains(QStringLiteral("not closed")));
    EXPECT_TRUE(parse(QStringLiteral("{1:NM:=abc}")).errors.first().contains(QStringLiteral("not a number")));
    EXPECT_TRUE(parse(QStringLiteral("{1:SA:%x%a}")).errors.first().contains(QStringLiteral("bad weight")));
    const auto zero = parse(QStringLiteral("{0:SA:=a}"));
    EXPECT_TRUE(zero.errors.isEmpty());
    EXPECT_EQ(zero.gaps[0].weight, 1.0);
    EXPECT_EQ(zero.warnings.size(), 1);
}
