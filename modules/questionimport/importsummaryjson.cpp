#include "questionimport/importsummaryjson.h"

namespace cca::questionimport {

namespace {

namespace Types = content::QuestionTypes;

QJsonObject answer(const QString &text, double fraction, const LocalizedText &feedback)
{
    return QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("fraction"), fraction},
                       {QStringLiteral("feedback"), feedback.english()}};
}

// The credit each option gives, the way the native format scores it.
QJsonArray optionsJson(const QList<content::ChoiceOption> &options, bool explicitFractions, bool single)
{
    int right = 0;
    for (const content::ChoiceOption &o : options)
        right += o.correct ? 1 : 0;
    QJsonArray out;
    for (const content::ChoiceOption &o : options) {
        double fraction = o.fraction;
        if (!explicitFractions)
            fraction = single ? (o.correct ? 1.0 : 0.0) : (right == 0 ? 0.0 : (o.correct ? 1.0 : -1.0) / right);
        QJsonObject a = answer(o.text.english(), fraction, o.feedback);
        a.insert(QStringLiteral("correct"), o.correct);
        out.append(a);
    }
    return out;
}

QJsonArray textAnswersJson(const QList<content::TextAnswer> &answers)
{
    QJsonArray out;
    for (const content::TextAnswer &a : answers)
        out.append(answer(a.text, a.fraction, a.feedback));
    return out;
}

QJsonArray numbersJson(const QList<content::NumericAnswer> &numbers)
{
    QJsonArray out;
    for (const content::NumericAnswer &n : numbers) {
        QJsonObject o;
        if (n.min || n.max) {
            if (n.min)
                o.insert(QStringLiteral("min"), *n.min);
            if (n.max)
                o.insert(QStringLiteral("max"), *n.max);
        } else {
            o.insert(QStringLiteral("value"), n.value);
            o.insert(QStringLiteral("tolerance"), n.tolerance);
        }
        o.insert(QStringLiteral("fraction"), n.fraction);
        o.insert(QStringLiteral("feedback"), n.feedback.english());
        out.append(o);
    }
    return out;
}

QJsonArray gapsJson(const QList<content::Gap> &gaps)
{
    QJsonArray out;
    for (const content::Gap &g : gaps) {
        QJsonObject o{{QStringLiteral("id"), g.id}, {QStringLiteral("type"), g.type}, {QStringLiteral("weight"), g.weight},
                      {QStringLiteral("case_sensitive"), g.caseSensitive}};
        if (g.type == QLatin1String("choice"))
            o.insert(QStringLiteral("answers"), optionsJson(g.options, g.explicitFractions, true));
        else if (g.type == QLatin1String("short"))
            o.insert(QStringLiteral("answers"), textAnswersJson(g.answers));
        else
            o.insert(QStringLiteral("answers"), numbersJson(g.numbers));
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject ImportSummaryJson::question(const content::Question &q)
{
    QJsonObject o{{QStringLiteral("id"), q.id},
                  {QStringLiteral("type"), q.type},
                  {QStringLiteral("name"), q.name.english()},
                  {QStringLiteral("text"), q.text.english()},
                  {QStringLiteral("weight"), q.weight}};
    if (!q.category.isEmpty())
        o.insert(QStringLiteral("category"), q.category);
    if (!q.feedback.english().isEmpty())
        o.insert(QStringLiteral("feedback"), q.feedback.english());
    if (!q.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(q.tags));
    if (q.type == Types::SingleChoice || q.type == Types::MultipleChoice) {
        o.insert(QStringLiteral("answers"), optionsJson(q.options, q.explicitFractions, q.type == Types::SingleChoice));
    } else if (q.type == Types::TrueFalse) {
        o.insert(QStringLiteral("answers"), QJsonArray{answer(QStringLiteral("true"), q.answer ? 1.0 : 0.0, q.feedbackTrue),
                                                       answer(QStringLiteral("false"), q.answer ? 0.0 : 1.0, q.feedbackFalse)});
    } else if (q.type == Types::ShortAnswer) {
        o.insert(QStringLiteral("answers"), textAnswersJson(q.answers));
        o.insert(QStringLiteral("case_sensitive"), q.caseSensitive);
    } else if (q.type == Types::Numeric) {
        o.insert(QStringLiteral("answers"), numbersJson(q.numbers));
    } else if (q.type == Types::Matching) {
        QJsonArray pairs;
        for (const content::MatchPair &p : q.pairs)
            pairs.append(QJsonObject{{QStringLiteral("prompt"), p.prompt.english()}, {QStringLiteral("answer"), p.answer.english()}});
        QJsonArray distractors;
        for (const LocalizedText &d : q.distractors)
            distractors.append(d.english());
        o.insert(QStringLiteral("pairs"), pairs);
        o.insert(QStringLiteral("distractors"), distractors);
    } else if (q.type == Types::FillBlanks) {
        o.insert(QStringLiteral("gaps"), gapsJson(q.gaps));
    } else if (q.type == Types::Essay) {
        o.insert(QStringLiteral("min_words"), q.minWords);
        o.insert(QStringLiteral("max_words"), q.maxWords);
    }
    return o;
}

QJsonArray ImportSummaryJson::questions(const QList<content::Question> &questions)
{
    QJsonArray out;
    for (const content::Question &q : questions)
        out.append(question(q));
    return out;
}

} // namespace cca::questionimport
