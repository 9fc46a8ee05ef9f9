#include "assessment/attemptplan.h"
#include "questionfixture.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace cca;

namespace {
QByteArray bank()
{
    QByteArray q = R"({"categories": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}], "questions": [)";
    for (int i = 0; i < 12; ++i) {
        if (i)
            q += ",";
        q += QStringLiteral(R"({"id": "q%1", "type": "single_choice", "category": "%2", "text": "Q%1",
            "options": [{"id": "x", "text": "X", "correct": true}, {"id": "y", "text": "Y"}, {"id": "z", "text": "Z"}]})")
                 .arg(i)
                 .arg(i < 6 ? QLatin1Char('a') : QLatin1Char('b'))
                 .toUtf8();
    }
    return q + "]}";
}
} // namespace

TEST(AttemptPlan, FixedPlusRandomDrawsPerCategoryInBankOrder)
{
    test::QuestionFixture f(bank(), R"("select": {"fixed": ["q0", "q7"], "random": [{"category": "a", "count": 2}, {"category": "b", "count": 3}]},)");
    ASSERT_TRUE(f.errors().isEmpty()) << f.errors().join(QLatin1Char('\n')).toStdString();
    const auto plan = assessment::makePlan(f.assessment(), 1);
    ASSERT_EQ(plan.questionIds.size(), 7);
    EXPECT_EQ(plan.questionIds.first(), QStringLiteral("q0"));
    int a = 0, b = 0;
    for (const QString &id : plan.questionIds)
        (f.question(id).category == QLatin1String("a") ? a : b) += 1;
    EXPECT_EQ(a, 3);
    EXPECT_EQ(b, 4);
    QStringList sorted = plan.questionIds;
    std::sort(sorted.begin(), sorted.end(), [](const QString &x, const QString &y) { return x.mid(1).toInt() < y.mid(1).toInt(); });
    EXPECT_EQ(plan.questionIds, sorted) << "fixed order keeps the bank's order";
}

TEST(AttemptPlan, SameSeedSamePlanAndItSurvivesJson)
{
    test::QuestionFixture f(bank(), R"("select": {"random": [{"count": 5}]}, "order": "shuffled",)");
    const auto p1 = assessment::makePlan(f.assessment(), 42);
    const auto p2 = assessment::makePlan(f.assessment(), 42);
    EXPECT_EQ(p1.questionIds, p2.questionIds);
    EXPECT_EQ(p1.order, p2.order);
    const auto back = assessment::AttemptPlan::fromJson(p1.toJson());
    EXPECT_EQ(back.questionIds, p1.questionIds);
    EXPECT_EQ(back.order, p1.order);
    QSet<QStringList> orders;
    for (quint32 seed = 0; seed < 20; ++seed)
        orders.insert(assessment::makePlan(f.assessment(), seed).order.value(QStringLiteral("q0")));
    EXPECT_GT(orders.size(), 1) << "options shuffle between attempts";
}

TEST(AttemptPlan, AuthorsCanFixTheOptionOrder)
{
    test::QuestionFixture f(bank(), R"("shuffle_options": false,)");
    const auto plan = assessment::makePlan(f.assessment(), 3);
    EXPECT_EQ(plan.order.value(QStringLiteral("q3")), (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    EXPECT_EQ(plan.questionIds.size(), 12) << "without a selection every question is asked";
}
