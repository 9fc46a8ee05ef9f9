// Reading and checking question files (see docs/content-format.md, "Questions").
#include "content/jsonfields_p.h"
#include "content/markdownscan.h"

#include <QRegularExpression>
#include <QSet>

namespace cca::content::detail {

namespace {

const QRegularExpression kGapPattern(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));

struct QuestionReader
{
    Reader &r;
    const QSet<QString> categories;

    QList<ChoiceOption> options(const JsonNode &q, const QString &key, bool single, const QString &what, bool *explicitOut)
    {
        QList<ChoiceOption> out;
        const JsonNode *list = r.field(q, key, what, true);
        if (!list)
            return out;
        if (!list->isArray() || list->children.size() < 2 || list->children.size() > 10) {
            r.error(*list, QStringLiteral("'%1' must be a list of 2 to 10 options").arg(key));
            return out;
        }
        QHash<QString, int> ids;
        const QStringList allowed{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("correct"),
                                  QStringLiteral("fraction"), QStringLiteral("feedback")};
        int correct = 0;
        bool explicitFractions = false;
        QList<bool> hasFraction;
        for (const JsonNode &o : list->children) {
            const QString optionWhat = QStringLiteral("option");
            if (!r.checkObject(o, optionWhat, allowed))
                continue;
            ChoiceOption option;
            option.id = r.id(o, QStringLiteral("id"), optionWhat);
            r.uniqueId(ids, option.id, o, QStringLiteral("id"));
            option.text = r.localizedField(o, QStringLiteral("text"), optionWhat, true);
            option.feedback = r.localizedField(o, QStringLiteral("feedback"), optionWhat, false);
            option.correct = r.boolean(o, QStringLiteral("correct"), false);
            const auto f = r.number(o, QStringLiteral("fraction"), -1.0, 1.0, false);
            hasFraction << f.has_value();
            if (f) {
                option.fraction = *f;
                explicitFractions = true;
                if (!o.member(QStringLiteral("correct")))
                    option.correct = *f >= 1.0 - 1e-9 || (!single && *f > 0);
            }
            correct += option.correct ? 1 : 0;
            out << option;
        }
        *explicitOut = explicitFractions;
        // Default credit: single choice 1 for the right option; multiple choice splits 1 over the right
        // options and, without any explicit fractions, takes as much off for each wrong one. Options the
        // author gave no fraction get the default for their side (right or wrong).
        for (qsizetype i = 0; i < out.size() && correct > 0; ++i) {
            if (hasFraction.value(i))
                continue;
            ChoiceOption &o = out[i];
            if (single)
                o.fraction = o.correct ? 1.0 : 0.0;
            else
                o.fraction = o.correct ? 1.0 / correct : (explicitFractions ? 0.0 : -1.0 / correct);
        }
        if (single && correct != 1)
            r.error(*list, QStringLiteral("a single-choice question needs exactly one correct option (it has %1)").arg(correct));
        if (!single && correct < 1)
            r.error(*list, QStringLiteral("a multiple-choice question needs at least one correct option"));
        return out;
    }

    QList<TextAnswer> textAnswers(const JsonNode &q, const QString &what)
    {
        QList<TextAnswer> out;
        const JsonNode *list = r.field(q, QStringLiteral("answers"), what, true);
        if (!list)
            return out;
        if (!list->isArray() || list->children.empty()) {
            r.error(*list, QStringLiteral("'answers' must be a list with at least one accepted answer"));
            return out;
        }
        bool full = false;
        for (const JsonNode &a : list->children) {
            if (!r.checkObject(a, QStringLiteral("answer"), {QStringLiteral("text"), QStringLiteral("fraction"),
                                                           QStringLiteral("feedback"), QStringLiteral("language")}))
                continue;
            TextAnswer answer;
            answer.text = r.string(a, QStringLiteral("text"), QStringLiteral("answer"), true);
            answer.language = r.string(a, QStringLiteral("language"), QStringLiteral("answer"), false);
            if (!answer.language.isEmpty() && !kLanguagePattern.match(answer.language).hasMatch())
                r.error(*a.member(QStringLiteral("language")), QStringLiteral("'%1' is not a language tag").arg(answer.language));
            answer.fraction = r.number(a, QStringLiteral("fraction"), -1.0, 1.0, false).value_or(1.0);
            answer.feedback = r.localizedField(a, QStringLiteral("feedback"), QStringLiteral("answer"), false);
            full = full || answer.fraction >= 1.0 - 1e-9;
            out << answer;
        }
        if (!full && !out.isEmpty())
            r.error(*list, QStringLiteral("at least one accepted answer must give full credit (fraction 1)"));
        return out;
    }

    QList<NumericAnswer> numericAnswers(const JsonNode &q, const QString &what)
    {
        QList<NumericAnswer> out;
        const JsonNode *list = r.field(q, QStringLiteral("answers"), what, true);
        if (!list)
            return out;
        if (!list->isArray() || list->children.empty()) {
            r.error(*list, QStringLiteral("'answers' must be a list with at least one accepted value or range"));
            return out;
        }
        bool full = false;
        for (const JsonNode &a : list->children) {
            if (!r.checkObject(a, QStringLiteral("numeric answer"),
                               {QStringLiteral("value"), QStringLiteral("tolerance"), QStringLiteral("min"), QStringLiteral("max"),
                                QStringLiteral("fraction"), QStringLiteral("feedback")}))
                continue;
            NumericAnswer answer;
            const bool range = a.member(QStringLiteral("min")) || a.member(QStringLiteral("max"));
            if (range && (a.member(QStringLiteral("value")) || a.member(QStringLiteral("tolerance"))))
                r.error(a, QStringLiteral("give either 'value' (with 'tolerance') or 'min'/'max', not both"));
            if (range) {
                answer.min = r.number(a, QStringLiteral("min"), -1e300, 1e300, false);
                answer.max = r.number(a, QStringLiteral("max"), -1e300, 1e300, false);
                if (answer.min && answer.max && *answer.min > *answer.max)
                    r.error(a, QStringLiteral("'min' is larger than 'max'"));
            } else {
                answer.value = r.number(a, QStringLiteral("value"), -1e300, 1e300, true, QStringLiteral("numeric answer")).value_or(0.0);
                answer.tolerance = r.number(a, QStringLiteral("tolerance"), 0.0, 1e300, false).value_or(0.0);
            }
            answer.fraction = r.number(a, QStringLiteral("fraction"), -1.0, 1.0, false).value_or(1.0);
            answer.feedback = r.localizedField(a, QStringLiteral("feedback"), QStringLiteral("numeric answer"), false);
            full = full || answer.fraction >= 1.0 - 1e-9;
            out << answer;
        }
        if (!full && !out.isEmpty())
            r.error(*list, QStringLiteral("at least one accepted value must give full credit (fraction 1)"));
        return out;
    }

    template<typename T, typename F>
    QList<T> list(const JsonNode &q, const QString &key, const QString &itemWhat, const QStringList &allowed, int minimum, F read)
    {
        QList<T> out;
        const JsonNode *n = r.field(q, key, QStringLiteral("question"), true);
        if (!n)
            return out;
        if (!n->isArray() || int(n->children.size()) < minimum) {
            r.error(*n, QStringLiteral("'%1' must be a list of at least %2").arg(key).arg(minimum));
            return out;
        }
        QHash<QString, int> ids;
        for (const JsonNode &item : n->children) {
            if (!r.checkObject(item, itemWhat, allowed))
                continue;
            T value = read(item);
            r.uniqueId(ids, value.id, item, QStringLiteral("id"));
            out << value;
        }
        return out;
    }

    void readHotspot(const JsonNode &q, Question &question)
    {
        question.image = r.localizedFile(q, QStringLiteral("image"), QStringLiteral("question"),
                                         {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")});
        const QStringList allowed{QStringLiteral("id"), QStringLiteral("shape"), QStringLiteral("coords"),
                                  QStringLiteral("correct"), QStringLiteral("label")};
        question.regions = list<HotspotRegion>(q, QStringLiteral("regions"), QStringLiteral("region"), allowed, 1, [&](const JsonNode &n) {
            HotspotRegion region;
            region.id = r.id(n, QStringLiteral("id"), QStringLiteral("region"));
            region.shape = r.oneOf(n, QStringLiteral("shape"), {QStringLiteral("rect"), QStringLiteral("circle"), QStringLiteral("polygon")});
            if (!n.member(QStringLiteral("shape")))
                r.error(n, QStringLiteral("missing required field 'shape' in region"));
            region.correct = r.boolean(n, QStringLiteral("correct"), false);
            region.label = r.localizedField(n, QStringLiteral("label"), QStringLiteral("region"), false);
            const JsonNode *coords = r.field(n, QStringLiteral("coords"), QStringLiteral("region"), true);
            if (coords && coords->isArray()) {
                for (const JsonNode &c : coords->children) {
                    if (c.type != JsonNode::Type::Number)
                        r.error(c, QStringLiteral("coordinates must be numbers"));
                    else
                        region.coords << c.number;
                }
                const qsizetype count = region.coords.size();
                const bool ok = (region.shape == QLatin1String("rect") && count == 4)
                                || (region.shape == QLatin1String("circle") && count == 3)
                                || (region.shape == QLatin1String("polygon") && count >= 6 && count % 2 == 0);
                if (!ok)
                    r.error(*coords, QStringLiteral("a %1 needs %2").arg(region.shape,
                        region.shape == QLatin1String("rect") ? QStringLiteral("4 numbers: x, y, width, height")
                        : region.shape == QLatin1String("circle") ? QStringLiteral("3 numbers: centre x, centre y, radius")
                                                                  : QStringLiteral("at least 3 points: x1, y1, x2, y2, x3, y3")));
            } else if (coords) {
                r.error(*coords, QStringLiteral("'coords' must be a list of numbers"));
            }
            return region;
        });
        int correct = 0;
        for (const HotspotRegion &region : std::as_const(question.regions))
            correct += region.correct ? 1 : 0;
        if (correct == 0 && !question.regions.isEmpty())
            r.error(*q.member(QStringLiteral("regions")), QStringLiteral("at least one region must be correct"));
        question.maxClicks = r.integer(q, QStringLiteral("max_clicks"), QStringLiteral("question"), 1, 100, false);
    }

    void readGaps(const JsonNode &q, Question &question)
    {
        const QStringList allowed{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("options"),
                                  QStringLiteral("answers"), QStringLiteral("case_sensitive"), QStringLiteral("weight")};
        question.gaps = list<Gap>(q, QStringLiteral("gaps"), QStringLiteral("gap"), allowed, 1, [&](const JsonNode &n) {
            Gap gap;
            gap.id = r.id(n, QStringLiteral("id"), QStringLiteral("gap"));
            gap.type = r.oneOf(n, QStringLiteral("type"), {QStringLiteral("choice"), QStringLiteral("short"), QStringLiteral("numeric")});
            if (!n.member(QStringLiteral("type")))
                r.error(n, QStringLiteral("missing required field 'type' in gap"));
            gap.weight = r.number(n, QStringLiteral("weight"), 1e-9, 1e6, false).value_or(1.0);
            gap.caseSensitive = r.boolean(n, QStringLiteral("case_sensitive"), false);
            if (gap.type == QLatin1String("choice")) {
                gap.options = options(n, QStringLiteral("options"), true, QStringLiteral("gap"), &gap.explicitFractions);
                if (n.member(QStringLiteral("answers")))
                    r.error(*n.member(QStringLiteral("answers")), QStringLiteral("a choice gap has 'options', not 'answers'"));
            } else {
                if (gap.type == QLatin1String("short"))
                    gap.answers = textAnswers(n, QStringLiteral("gap"));
                else
                    gap.numbers = numericAnswers(n, QStringLiteral("gap"));
                if (n.member(QStringLiteral("options")))
                    r.error(*n.member(QStringLiteral("options")), QStringLiteral("only a choice gap has 'options'"));
            }
            return gap;
        });
        // Every gap written in the text is defined, and every defined gap appears, in every language.
        const JsonNode *textNode = q.member(QStringLiteral("text"));
        QSet<QString> defined;
        for (const Gap &g : std::as_const(question.gaps))
            defined.insert(g.id);
        const QStringList langs = question.text.languages();
        for (const QString &lang : langs) {
            QSet<QString> used;
            for (auto it = kGapPattern.globalMatch(question.text.text(lang)); it.hasNext();) {
                const QString id = it.next().captured(1).trimmed();
                used.insert(id);
                if (!defined.contains(id) && textNode)
                    r.error(*textNode, QStringLiteral("the %1 text uses gap '{{%2}}' that is not defined in 'gaps'").arg(lang, id));
            }
            for (const QString &id : std::as_const(defined))
                if (!used.contains(id) && textNode)
                    r.error(*textNode, QStringLiteral("gap '%1' does not appear in the %2 text (write {{%1}} where it goes)").arg(id, lang));
        }
    }

    Question read(const JsonNode &q)
    {
        static const QStringList common{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("text"),
                                        QStringLiteral("feedback"), QStringLiteral("weight"), QStringLiteral("category"),
                                        QStringLiteral("tags"), QStringLiteral("shuffle")};
        Question question;
        const JsonNode *typeNode = q.member(QStringLiteral("type"));
        question.type = typeNode && typeNode->isString() ? typeNode->string : QString();
        QStringList specific;
        if (question.type == QuestionTypes::SingleChoice || question.type == QuestionTypes::MultipleChoice)
            specific = {QStringLiteral("options")};
        else if (question.type == QuestionTypes::TrueFalse)
            specific = {QStringLiteral("answer"), QStringLiteral("feedback_true"), QStringLiteral("feedback_false")};
        else if (question.type == QuestionTypes::ShortAnswer)
            specific = {QStringLiteral("answers"), QStringLiteral("case_sensitive")};
        else if (question.type == QuestionTypes::Numeric)
            specific = {QStringLiteral("answers")};
        else if (question.type == QuestionTypes::Matching)
            specific = {QStringLiteral("pairs"), QStringLiteral("distractors")};
        else if (question.type == QuestionTypes::Ordering)
            specific = {QStringLiteral("items"), QStringLiteral("grading")};
        else if (question.type == QuestionTypes::Categorize)
            specific = {QStringLiteral("buckets"), QStringLiteral("items")};
        else if (question.type == QuestionTypes::Hotspot)
            specific = {QStringLiteral("image"), QStringLiteral("regions"), QStringLiteral("max_clicks")};
        else if (question.type == QuestionTypes::FillBlanks)
            specific = {QStringLiteral("gaps")};
        else if (question.type == QuestionTypes::Essay)
            specific = {QStringLiteral("min_words"), QStringLiteral("max_words")};
        const QString what = question.type.isEmpty() ? QStringLiteral("question") : question.type + QStringLiteral(" question");
        if (!r.checkObject(q, what, common + specific))
            return question;
        question.id = r.id(q, QStringLiteral("id"), what);
        if (!typeNode)
            r.error(q, QStringLiteral("missing required field 'type' in question"));
        else if (!QuestionTypes::all().contains(question.type))
            r.error(*typeNode, QStringLiteral("question type '%1' is unknown (use %2)").arg(question.type, QuestionTypes::all().join(QStringLiteral(", "))));
        question.name = r.localizedField(q, QStringLiteral("name"), what, false);
        question.text = r.localizedField(q, QStringLiteral("text"), what, true);
        question.feedback = r.localizedField(q, QStringLiteral("feedback"), what, false);
        question.weight = r.number(q, QStringLiteral("weight"), 1e-9, 1e6, false).value_or(1.0);
        question.category = r.string(q, QStringLiteral("category"), what, false);
        if (!question.category.isEmpty() && !categories.contains(question.category))
            r.error(*q.member(QStringLiteral("category")), QStringLiteral("category '%1' is not defined in this file's 'categories'").arg(question.category));
        question.tags = r.stringList(q, QStringLiteral("tags"), what, true);
        question.shuffle = r.boolean(q, QStringLiteral("shuffle"), true);

        const QString &t = question.type;
        if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
            question.options = options(q, QStringLiteral("options"), t == QuestionTypes::SingleChoice, what, &question.explicitFractions);
        } else if (t == QuestionTypes::TrueFalse) {
            const JsonNode *answer = r.field(q, QStringLiteral("answer"), what, true);
            if (answer && answer->type != JsonNode::Type::Bool)
                r.error(*answer, QStringLiteral("'answer' must be true or false"));
            question.answer = answer && answer->boolean;
            question.feedbackTrue = r.localizedField(q, QStringLiteral("feedback_true"), what, false);
            question.feedbackFalse = r.localizedField(q, QStringLiteral("feedback_false"), what, false);
        } else if (t == QuestionTypes::ShortAnswer) {
            question.answers = textAnswers(q, what);
            question.caseSensitive = r.boolean(q, QStringLiteral("case_sensitive"), false);
        } else if (t == QuestionTypes::Numeric) {
            question.numbers = numericAnswers(q, what);
        } else if (t == QuestionTypes::Matching) {
            question.pairs = list<MatchPair>(q, QStringLiteral("pairs"), QStringLiteral("pair"),
                                             {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("answer")}, 2, [&](const JsonNode &n) {
                                                 MatchPair p;
                                                 p.id = r.id(n, QStringLiteral("id"), QStringLiteral("pair"));
                                                 p.prompt = r.localizedField(n, QStringLiteral("prompt"), QStringLiteral("pair"), true);
                                                 p.answer = r.localizedField(n, QStringLiteral("answer"), QStringLiteral("pair"), true);
                                                 return p;
                                             });
            if (const JsonNode *d = q.member(QStringLiteral("distractors"))) {
                if (!d->isArray())
                    r.error(*d, QStringLiteral("'distractors' must be a list"));
                else
                    for (const JsonNode &x : d->children)
                        question.distractors << r.localized(x, QStringLiteral("distractors"));
            }
        } else if (t == QuestionTypes::Ordering) {
            question.items = list<OrderItem>(q, QStringLiteral("items"), QStringLiteral("item"), {QStringLiteral("id"), QStringLiteral("text")}, 2,
                                             [&](const JsonNode &n) {
                                                 OrderItem item;
                                                 item.id = r.id(n, QStringLiteral("id"), QStringLiteral("item"));
                                                 item.text = r.localizedField(n, QStringLiteral("text"), QStringLiteral("item"), true);
                                                 return item;
                                             });
            if (q.member(QStringLiteral("grading")))
                question.orderingGrading = r.oneOf(q, QStringLiteral("grading"), {QStringLiteral("positions"), QStringLiteral("all_or_nothing")});
        } else if (t == QuestionTypes::Categorize) {
            question.buckets = list<Bucket>(q, QStringLiteral("buckets"), QStringLiteral("bucket"), {QStringLiteral("id"), QStringLiteral("title")}, 2,
                                            [&](const JsonNode &n) {
                                                Bucket b;
                                                b.id = r.id(n, QStringLiteral("id"), QStringLiteral("bucket"));
                                                b.title = r.localizedField(n, QStringLiteral("title"), QStringLiteral("bucket"), true);
                                                return b;
                                            });
            QSet<QString> bucketIds;
            for (const Bucket &b : std::as_const(question.buckets))
                bucketIds.insert(b.id);
            question.sortItems = list<SortItem>(q, QStringLiteral("items"), QStringLiteral("item"),
                                                {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("bucket")}, 2, [&](const JsonNode &n) {
                                                    SortItem item;
                                                    item.id = r.id(n, QStringLiteral("id"), QStringLiteral("item"));
                                                    item.text = r.localizedField(n, QStringLiteral("text"), QStringLiteral("item"), true);
                                                    item.bucket = r.string(n, QStringLiteral("bucket"), QStringLiteral("item"), true);
                                                    if (!item.bucket.isEmpty() && !bucketIds.contains(item.bucket))
                                                        r.error(*n.member(QStringLiteral("bucket")), QStringLiteral("bucket '%1' is not one of this question's buckets").arg(item.bucket));
                                                    return item;
                                                });
        } else if (t == QuestionTypes::Hotspot) {
            readHotspot(q, question);
        } else if (t == QuestionTypes::FillBlanks) {
            readGaps(q, question);
        } else if (t == QuestionTypes::Essay) {
            question.minWords = r.integer(q, QStringLiteral("min_words"), what, 0, 100000, false);
            question.maxWords = r.integer(q, QStringLiteral("max_words"), what, 0, 100000, false);
            if (question.maxWords > 0 && question.minWords > question.maxWords)
                r.error(q, QStringLiteral("'min_words' is larger than 'max_words'"));
        }
        return question;
    }
};

} // namespace

void readQuestionFile(ModulePackage &package, Assessment &assessment, const QString &displayDir)
{
    const QString display = displayDir + QLatin1Char('/') + assessment.questionsFile;
    auto root = readJsonFile(package, package.absolutePath(assessment.questionsFile), display);
    if (!root)
        return;
    Reader r(package, display);
    if (!r.checkObject(*root, QStringLiteral("question file"), {QStringLiteral("categories"), QStringLiteral("questions")}))
        return;
    QSet<QString> categoryIds;
    if (const JsonNode *cats = root->member(QStringLiteral("categories"))) {
        if (!cats->isArray()) {
            r.error(*cats, QStringLiteral("'categories' must be a list [ ... ]"));
        } else {
            QHash<QString, int> seen;
            for (const JsonNode &c : cats->children) {
                if (!r.checkObject(c, QStringLiteral("category"), {QStringLiteral("id"), QStringLiteral("title")}))
                    continue;
                QuestionCategory category;
                category.id = r.id(c, QStringLiteral("id"), QStringLiteral("category"));
                r.uniqueId(seen, category.id, c, QStringLiteral("id"));
                category.title = r.localizedField(c, QStringLiteral("title"), QStringLiteral("category"), true);
                categoryIds.insert(category.id);
                assessment.categories << category;
            }
        }
    }
    const JsonNode *list = r.field(*root, QStringLiteral("questions"), QStringLiteral("question file"), true);
    if (!list)
        return;
    if (!list->isArray() || list->children.empty()) {
        r.error(*list, QStringLiteral("'questions' must be a list with at least one question"));
        return;
    }
    QuestionReader reader{r, categoryIds};
    QHash<QString, int> seen;
    for (const JsonNode &q : list->children) {
        if (!q.isObject()) {
            r.error(q, QStringLiteral("a question must be an object { ... }"));
            continue;
        }
        Question question = reader.read(q);
        r.uniqueId(seen, question.id, q, QStringLiteral("id"));
        assessment.questions << question;
    }
}

} // namespace cca::content::detail
