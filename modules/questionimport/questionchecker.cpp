#include "questionimport/questionchecker.h"

#include <QHash>

#include <functional>

namespace cca::questionimport {

namespace {

using content::Question;
using Findings = QuestionChecker::Findings;

constexpr double kEpsilon = 1e-9;

bool blank(const LocalizedText &text)
{
    return text.english().trimmed().isEmpty();
}

bool fractionOutOfRange(double f)
{
    return f < -1.0 - kEpsilon || f > 1.0 + kEpsilon;
}

// where: "" for a question, "gap 'x': " for a gap.
void checkOptions(const QList<content::ChoiceOption> &options, bool single, const QString &where, Findings &f)
{
    if (options.size() < 2 || options.size() > 10)
        f.errors << QStringLiteral("%1needs 2 to 10 answer options (it has %2)").arg(where).arg(options.size());
    int correct = 0;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const content::ChoiceOption &o = options[i];
        correct += o.correct ? 1 : 0;
        if (blank(o.text))
            f.errors << QStringLiteral("%1answer option %2 has no text").arg(where).arg(i + 1);
        if (fractionOutOfRange(o.fraction))
            f.errors << QStringLiteral("%1answer option %2 has a weight outside -100%..100%").arg(where).arg(i + 1);
    }
    if (single && correct != 1)
        f.errors << QStringLiteral("%1needs exactly one fully right answer (it has %2)").arg(where).arg(correct);
    if (!single && correct < 1)
        f.errors << QStringLiteral("%1has no right answer").arg(where);
}

void checkTextAnswers(const QList<content::TextAnswer> &answers, const QString &where, Findings &f)
{
    bool full = false;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (answers[i].text.trimmed().isEmpty())
            f.errors << QStringLiteral("%1accepted answer %2 is empty").arg(where).arg(i + 1);
        if (fractionOutOfRange(answers[i].fraction))
            f.errors << QStringLiteral("%1accepted answer %2 has a weight outside -100%..100%").arg(where).arg(i + 1);
        full = full || answers[i].fraction >= 1.0 - kEpsilon;
    }
    if (!full)
        f.errors << QStringLiteral("%1needs an accepted answer worth 100%").arg(where);
}

void checkNumbers(const QList<content::NumericAnswer> &numbers, const QString &where, Findings &f)
{
    bool full = false;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const content::NumericAnswer &n = numbers[i];
        if (n.min && n.max && *n.min > *n.max)
            f.errors << QStringLiteral("%1numeric answer %2: the range starts above its end").arg(where).arg(i + 1);
        if (n.tolerance < 0)
            f.errors << QStringLiteral("%1numeric answer %2: the tolerance is negative").arg(where).arg(i + 1);
        if (fractionOutOfRange(n.fraction))
            f.errors << QStringLiteral("%1numeric answer %2 has a weight outside -100%..100%").arg(where).arg(i + 1);
        full = full || n.fraction >= 1.0 - kEpsilon;
    }
    if (!full)
        f.errors << QStringLiteral("%1needs a numeric answer worth 100%").arg(where);
}

void checkChoice(const Question &q, Findings &f)
{
    const bool single = q.type == content::QuestionTypes::SingleChoice;
    checkOptions(q.options, single, QString(), f);
    if (!single && q.explicitFractions) {
        for (const content::ChoiceOption &o : q.options)
            if (o.fraction < 0) {
                f.warnings << QStringLiteral("negative answer weights can now give a negative mark for the question "
                                             "(Moodle stops at 0)");
                break;
            }
    }
}

void checkMatching(const Question &q, Findings &f)
{
    if (q.pairs.size() < 2)
        f.errors << QStringLiteral("a matching question needs at least 2 pairs (it has %1)").arg(q.pairs.size());
    for (qsizetype i = 0; i < q.pairs.size(); ++i)
        if (blank(q.pairs[i].prompt) || blank(q.pairs[i].answer))
            f.errors << QStringLiteral("pair %1 has an empty side").arg(i + 1);
    for (const LocalizedText &d : q.distractors)
        if (blank(d))
            f.errors << QStringLiteral("an extra wrong answer is empty");
}

void checkGaps(const Question &q, Findings &f)
{
    if (q.gaps.isEmpty())
        f.errors << QStringLiteral("the cloze text has no gaps");
    for (const content::Gap &g : q.gaps) {
        const QString where = QStringLiteral("%1: ").arg(g.id);
        if (!q.text.english().contains(QStringLiteral("{{%1}}").arg(g.id)))
            f.errors << where + QStringLiteral("not placed in the text");
        if (g.weight <= 0)
            f.errors << where + QStringLiteral("its weight must be more than 0");
        if (g.type == QLatin1String("choice"))
            checkOptions(g.options, true, where, f);
        else if (g.type == QLatin1String("short"))
            checkTextAnswers(g.answers, where, f);
        else
            checkNumbers(g.numbers, where, f);
    }
}

using Check = std::function<void(const Question &, Findings &)>;

const QHash<QString, Check> &checks()
{
    namespace T = content::QuestionTypes;
    static const QHash<QString, Check> table{
        {T::SingleChoice, checkChoice},
        {T::MultipleChoice, checkChoice},
        {T::ShortAnswer, [](const Question &q, Findings &f) { checkTextAnswers(q.answers, QString(), f); }},
        {T::Numeric, [](const Question &q, Findings &f) { checkNumbers(q.numbers, QString(), f); }},
        {T::Matching, checkMatching},
        {T::FillBlanks, checkGaps},
        {T::TrueFalse, [](const Question &, Findings &) {}},
        {T::Essay, [](const Question &, Findings &) {}},
        {T::Description, [](const Question &, Findings &) {}},
    };
    return table;
}

} // namespace

QuestionChecker::Findings QuestionChecker::check(const content::Question &question)
{
    Findings f;
    if (blank(question.text))
        f.errors << QStringLiteral("the question has no text");
    if (question.weight <= 0)
        f.errors << QStringLiteral("the question's weight must be more than 0");
    const auto it = checks().constFind(question.type);
    if (it == checks().cend())
        f.errors << QStringLiteral("question type '%1' cannot be imported").arg(question.type);
    else
        (*it)(question, f);
    return f;
}

} // namespace cca::questionimport
