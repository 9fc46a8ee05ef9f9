// The condition language: precedence, negation, comparisons, types and errors with columns.
#include "scenario/expression.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca::scenario;

namespace {

const QHash<QString, ValueType> kTypes{{QStringLiteral("trust"), ValueType::Int},
                                       {QStringLiteral("patience"), ValueType::Int},
                                       {QStringLiteral("lectured"), ValueType::Bool},
                                       {QStringLiteral("asked_platform"), ValueType::Bool}};

bool eval(const QString &text, const QHash<QString, Value> &values)
{
    ExpressionError error;
    const std::optional<Expression> e = Expression::parse(text, &error);
    EXPECT_TRUE(e.has_value()) << text.toStdString() << ": " << error.column << " " << error.message.toStdString();
    if (!e)
        return false;
    const std::optional<ExpressionError> typeError = e->check(kTypes);
    EXPECT_FALSE(typeError.has_value()) << text.toStdString() << ": " << (typeError ? typeError->message.toStdString() : "");
    return e->evaluate(values);
}

QHash<QString, Value> values(int trust, bool lectured, int patience = 0, bool asked = false)
{
    return {{QStringLiteral("trust"), Value::integer(trust)},
            {QStringLiteral("patience"), Value::integer(patience)},
            {QStringLiteral("lectured"), Value::boolean(lectured)},
            {QStringLiteral("asked_platform"), Value::boolean(asked)}};
}

ExpressionError parseError(const QString &text)
{
    ExpressionError error;
    EXPECT_FALSE(Expression::parse(text, &error).has_value()) << text.toStdString();
    return error;
}

ExpressionError typeError(const QString &text)
{
    ExpressionError error;
    const std::optional<Expression> e = Expression::parse(text, &error);
    EXPECT_TRUE(e.has_value()) << error.message.toStdString();
    if (!e)
        return error;
    const std::optional<ExpressionError> t = e->check(kTypes);
    EXPECT_TRUE(t.has_value()) << text.toStdString();
    return t.value_or(ExpressionError{});
}

} // namespace

TEST(ScenarioExpression, ComparisonsOnIntegers)
{
    EXPECT_TRUE(eval(QStringLiteral("trust >= 2"), values(2, false)));
    EXPECT_FALSE(eval(QStringLiteral("trust >= 2"), values(1, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust > 1"), values(2, false)));
    EXPECT_FALSE(eval(QStringLiteral("trust > 2"), values(2, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust < 0"), values(-1, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust <= -1"), values(-1, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust == 3"), values(3, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust != 3"), values(4, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust + patience >= 5"), values(2, false, 3)));
    EXPECT_FALSE(eval(QStringLiteral("trust - patience > 0"), values(2, false, 3)));
    EXPECT_TRUE(eval(QStringLiteral("trust-patience < 0"), values(2, false, 3))); // no hyphens in ids: a subtraction
}

TEST(ScenarioExpression, NegationAndBooleans)
{
    EXPECT_TRUE(eval(QStringLiteral("!lectured"), values(0, false)));
    EXPECT_FALSE(eval(QStringLiteral("!lectured"), values(0, true)));
    EXPECT_TRUE(eval(QStringLiteral("!!lectured"), values(0, true)));
    EXPECT_TRUE(eval(QStringLiteral("lectured == true"), values(0, true)));
    EXPECT_TRUE(eval(QStringLiteral("lectured != asked_platform"), values(0, true, 0, false)));
    EXPECT_TRUE(eval(QStringLiteral("-trust == 2"), values(-2, false)));
    EXPECT_TRUE(eval(QStringLiteral("true"), values(0, false)));
}

TEST(ScenarioExpression, AndBindsTighterThanOr)
{
    // false || (true && false) is false; (false || true) && false would be false too, so use a case
    // where the grouping matters: true || (false && false) is true, (true || false) && false is false.
    EXPECT_TRUE(eval(QStringLiteral("lectured || trust > 5 && asked_platform"), values(0, true, 0, false)));
    EXPECT_FALSE(eval(QStringLiteral("(lectured || trust > 5) && asked_platform"), values(0, true, 0, false)));
    EXPECT_TRUE(eval(QStringLiteral("trust >= 2 && !lectured"), values(2, false)));
    EXPECT_FALSE(eval(QStringLiteral("trust >= 2 && !lectured"), values(2, true)));
    // ! applies to its operand only: !lectured && asked_platform is (!lectured) && asked_platform.
    EXPECT_FALSE(eval(QStringLiteral("!lectured && asked_platform"), values(0, false, 0, false)));
    EXPECT_TRUE(eval(QStringLiteral("!(lectured && asked_platform)"), values(0, true, 0, false)));
    // + binds tighter than comparison, which binds tighter than ==.
    EXPECT_TRUE(eval(QStringLiteral("trust + 1 > 2 == true"), values(2, false)));
}

TEST(ScenarioExpression, ListsTheVariablesItUses)
{
    ExpressionError error;
    const auto e = Expression::parse(QStringLiteral("trust >= 2 && (!lectured || trust > patience)"), &error);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->variables(), (QStringList{QStringLiteral("trust"), QStringLiteral("lectured"), QStringLiteral("patience")}));
}

TEST(ScenarioExpression, SyntaxErrorsNameTheColumn)
{
    ExpressionError e = parseError(QStringLiteral("trust >= "));
    EXPECT_EQ(e.column, 10);
    EXPECT_TRUE(e.message.contains(QLatin1String("ends too early"))) << e.message.toStdString();

    e = parseError(QStringLiteral("trust = 2"));
    EXPECT_EQ(e.column, 7);
    EXPECT_TRUE(e.message.contains(QLatin1String("'=='"))) << e.message.toStdString();

    e = parseError(QStringLiteral("(trust > 1 && lectured"));
    EXPECT_EQ(e.column, 23);
    EXPECT_TRUE(e.message.contains(QLatin1String("')' expected"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QLatin1String("column 1"))) << e.message.toStdString();

    e = parseError(QStringLiteral("trust > 1 lectured"));
    EXPECT_EQ(e.column, 11);

    e = parseError(QStringLiteral("trust & lectured"));
    EXPECT_EQ(e.column, 7);

    e = parseError(QStringLiteral("1 < trust < 3"));
    EXPECT_EQ(e.column, 11);
    EXPECT_TRUE(e.message.contains(QLatin1String("chained"))) << e.message.toStdString();

    e = parseError(QStringLiteral("Trust > 1"));
    EXPECT_EQ(e.column, 1);
    EXPECT_TRUE(e.message.contains(QLatin1String("not a variable name"))) << e.message.toStdString();

    e = parseError(QStringLiteral("   "));
    EXPECT_TRUE(e.message.contains(QLatin1String("empty")));

    e = parseError(QStringLiteral("trust > 1)"));
    EXPECT_EQ(e.column, 10);
}

TEST(ScenarioExpression, TypeErrorsNameTheColumn)
{
    ExpressionError e = typeError(QStringLiteral("trust >= 2 && !warned"));
    EXPECT_EQ(e.column, 16);
    EXPECT_EQ(e.message, QStringLiteral("undefined variable 'warned'"));

    e = typeError(QStringLiteral("trust && lectured"));
    EXPECT_EQ(e.column, 1);
    EXPECT_TRUE(e.message.contains(QLatin1String("'&&'"))) << e.message.toStdString();

    e = typeError(QStringLiteral("!trust"));
    EXPECT_EQ(e.column, 2);

    e = typeError(QStringLiteral("lectured > 1"));
    EXPECT_EQ(e.column, 1);

    e = typeError(QStringLiteral("trust == lectured"));
    EXPECT_EQ(e.column, 7);
    EXPECT_TRUE(e.message.contains(QLatin1String("same type"))) << e.message.toStdString();

    e = typeError(QStringLiteral("trust + 1"));
    EXPECT_TRUE(e.message.contains(QLatin1String("must be true or false"))) << e.message.toStdString();
}
