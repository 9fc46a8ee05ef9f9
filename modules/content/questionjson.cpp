#include "content/questionjson.h"

#include <QJsonArray>

namespace cca::content {

QJsonValue localizedJson(const LocalizedText &text)
{
    const QStringList langs = text.languages();
    if (langs.size() == 1 && langs.first() == QLatin1String("en"))
        return text.english();
    QJsonObject o;
    for (const QString &lang : langs)
        o.insert(lang, text.text(lang));
    return o;
}

namespace {

void putText(QJsonObject &o, const char *key, const LocalizedText &text)
{
    if (!text.isEmpty() && !text.english().isEmpty())
        o.insert(QLatin1String(key), localizedJson(text));
}

QJsonArray optionsJson(const QList<ChoiceOption> &options, bool explicitFractions)
{
    QJsonArray array;
    for (const ChoiceOption &op : options) {
        QJsonObject o{{QStringLiteral("id"), op.id}, {QStringLiteral("text"), localizedJson(op.text)},
                      {QStringLiteral("correct"), op.correct}};
        if (explicitFractions)
            o.insert(QStringLiteral("fraction"), op.fraction);
        putText(o, "feedback", op.feedback);
        array.append(o);
    }
    return array;
}

QJsonArray textAnswersJson(const QList<TextAnswer> &answers)
{
    QJsonArray array;
    for (const TextAnswer &a : answers) {
        QJsonObject o{{QStringLiteral("text"), a.text}, {QStringLiteral("fraction"), a.fraction}};
        if (!a.language.isEmpty())
            o.insert(QStringLiteral("language"), a.language);
        putText(o, "feedback", a.feedback);
        array.append(o);
    }
    return array;
}

QJsonArray numericAnswersJson(const QList<NumericAnswer> &answers)
{
    QJsonArray array;
    for (const NumericAnswer &a : answers) {
        QJsonObject o;
        if (a.min || a.max) {
            if (a.min)
                o.insert(QStringLiteral("min"), *a.min);
            if (a.max)
                o.insert(QStringLiteral("max"), *a.max);
        } else {
            o.insert(QStringLiteral("value"), a.value);
            if (a.tolerance != 0.0)
                o.insert(QStringLiteral("tolerance"), a.tolerance);
        }
        o.insert(QStringLiteral("fraction"), a.fraction);
        putText(o, "feedback", a.feedback);
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject questionToJson(const Question &q)
{
    QJsonObject o{{QStringLiteral("id"), q.id}, {QStringLiteral("type"), q.type}};
    putText(o, "name", q.name);
    o.insert(QStringLiteral("text"), localizedJson(q.text));
    putText(o, "feedback", q.feedback);
    if (q.weight != 1.0)
        o.insert(QStringLiteral("weight"), q.weight);
    if (!q.category.isEmpty())
        o.insert(QStringLiteral("category"), q.category);
    if (!q.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(q.tags));
    if (!q.shuffle)
        o.insert(QStringLiteral("shuffle"), false);

    const QString &t = q.type;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        o.insert(QStringLiteral("options"), optionsJson(q.options, q.explicitFractions));
    } else if (t == QuestionTypes::TrueFalse) {
        o.insert(QStringLiteral("answer"), q.answer);
        putText(o, "feedback_true", q.feedbackTrue);
        putText(o, "feedback_false", q.feedbackFalse);
    } else if (t == QuestionTypes::ShortAnswer) {
        o.insert(QStringLiteral("answers"), textAnswersJson(q.answers));
        if (q.caseSensitive)
            o.insert(QStringLiteral("case_sensitive"), true);
    } else if (t == QuestionTypes::Numeric) {
        o.insert(QStringLiteral("answers"), numericAnswersJson(q.numbers));
    } else if (t == QuestionTypes::Matching) {
        QJsonArray pairs;
        for (const MatchPair &p : q.pairs)
            pairs.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("prompt"), localizedJson(p.prompt)},
                                     {QStringLiteral("answer"), localizedJson(p.answer)}});
        o.insert(QStringLiteral("pairs"), pairs);
        if (!q.distractors.isEmpty()) {
            QJsonArray d;
            for (const LocalizedText &x : q.distractors)
                d.append(localizedJson(x));
            o.insert(QStringLiteral("distractors"), d);
        }
    } else if (t == QuestionTypes::Ordering) {
        QJsonArray items;
        for (const OrderItem &i : q.items)
            items.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), localizedJson(i.text)}});
        o.insert(QStringLiteral("items"), items);
        if (q.orderingGrading != QLatin1String("positions"))
            o.insert(QStringLiteral("grading"), q.orderingGrading);
    } else if (t == QuestionTypes::Categorize) {
        QJsonArray buckets;
        for (const Bucket &b : q.buckets)
            buckets.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("title"), localizedJson(b.title)}});
        QJsonArray items;
        for (const SortItem &i : q.sortItems)
            items.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), localizedJson(i.text)},
                                     {QStringLiteral("bucket"), i.bucket}});
        o.insert(QStringLiteral("buckets"), buckets);
        o.insert(QStringLiteral("items"), items);
    } else if (t == QuestionTypes::Hotspot) {
        o.insert(QStringLiteral("image"), localizedJson(q.image));
        QJsonArray regions;
        for (const HotspotRegion &r : q.regions) {
            QJsonArray coords;
            for (double c : r.coords)
                coords.append(c);
            QJsonObject ro{{QStringLiteral("id"), r.id}, {QStringLiteral("shape"), r.shape}, {QStringLiteral("coords"), coords},
                           {QStringLiteral("correct"), r.correct}};
            putText(ro, "label", r.label);
            regions.append(ro);
        }
        o.insert(QStringLiteral("regions"), regions);
        if (q.maxClicks > 0)
            o.insert(QStringLiteral("max_clicks"), q.maxClicks);
    } else if (t == QuestionTypes::FillBlanks) {
        QJsonArray gaps;
        for (const Gap &g : q.gaps) {
            QJsonObject go{{QStringLiteral("id"), g.id}, {QStringLiteral("type"), g.type}};
            if (g.type == QLatin1String("choice"))
                go.insert(QStringLiteral("options"), optionsJson(g.options, g.explicitFractions));
            else if (g.type == QLatin1String("short"))
                go.insert(QStringLiteral("answers"), textAnswersJson(g.answers));
            else
                go.insert(QStringLiteral("answers"), numericAnswersJson(g.numbers));
            if (g.caseSensitive)
                go.insert(QStringLiteral("case_sensitive"), true);
            if (g.weight != 1.0)
                go.insert(QStringLiteral("weight"), g.weight);
            gaps.append(go);
        }
        o.insert(QStringLiteral("gaps"), gaps);
    } else if (t == QuestionTypes::Essay) {
        if (q.minWords > 0)
            o.insert(QStringLiteral("min_words"), q.minWords);
        if (q.maxWords > 0)
            o.insert(QStringLiteral("max_words"), q.maxWords);
    }
    return o;
}

QJsonObject questionFileJson(const QList<QuestionCategory> &categories, const QList<Question> &questions)
{
    QJsonObject file;
    if (!categories.isEmpty()) {
        QJsonArray cats;
        for (const QuestionCategory &c : categories)
            cats.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), localizedJson(c.title)}});
        file.insert(QStringLiteral("categories"), cats);
    }
    QJsonArray list;
    for (const Question &q : questions)
        list.append(questionToJson(q));
    file.insert(QStringLiteral("questions"), list);
    return file;
}

} // namespace cca::content
