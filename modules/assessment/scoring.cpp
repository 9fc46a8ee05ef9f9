#include "assessment/scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cca::assessment {

using namespace cca::content;

namespace {

QString normalise(const QString &text, bool caseSensitive)
{
    QString s = text.normalized(QString::NormalizationForm_KC).simplified();
    if (!caseSensitive) {
        // Drop diacritics: decompose, then remove combining marks.
        QString decomposed = s.normalized(QString::NormalizationForm_KD);
        QString stripped;
        stripped.reserve(decomposed.size());
        for (const QChar c : std::as_const(decomposed))
            if (c.category() != QChar::Mark_NonSpacing)
                stripped.append(c);
        s = stripped.toCaseFolded();
    }
    return s;
}

double clampFraction(double f, double low = -1.0)
{
    return std::clamp(f, low, 1.0);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

// Credit for the options chosen: their fractions added up. Marks go below zero only where the
// author set explicit negative fractions; the default marking never takes away more than it gave.
double choiceFraction(const QList<ChoiceOption> &options, bool explicitFractions, const QStringList &chosen, bool multiple,
                      QStringList *feedback, const QString &language)
{
    if (!multiple && chosen.size() > 1)
        return 0.0;
    double sum = 0.0;
    for (const ChoiceOption &o : options) {
        if (!chosen.contains(o.id))
            continue;
        sum += o.fraction;
        if (feedback && !o.feedback.isEmpty())
            *feedback << o.feedback.text(language);
    }
    return clampFraction(sum, explicitFractions ? -1.0 : 0.0);
}

double textFraction(const QList<TextAnswer> &answers, const QString &given, bool caseSensitive, const QString &language,
                    QStringList *feedback)
{
    double best = 0.0;
    const TextAnswer *matched = nullptr;
    for (const TextAnswer &a : answers) {
        if (!a.language.isEmpty() && a.language != language)
            continue;
        if (textMatches(a.text, given, caseSensitive) && (!matched || a.fraction > best)) {
            best = a.fraction;
            matched = &a;
        }
    }
    if (matched && feedback && !matched->feedback.isEmpty())
        *feedback << matched->feedback.text(language);
    return matched ? best : 0.0;
}

double numericFraction(const QList<NumericAnswer> &answers, const QString &typed, QStringList *feedback, const QString &language)
{
    const std::optional<double> x = parseNumber(typed);
    if (!x)
        return 0.0;
    const NumericAnswer *matched = nullptr;
    for (const NumericAnswer &a : answers)
        if (a.accepts(*x) && (!matched || a.fraction > matched->fraction))
            matched = &a;
    if (matched && feedback && !matched->feedback.isEmpty())
        *feedback << matched->feedback.text(language);
    return matched ? matched->fraction : 0.0;
}

double gapFraction(const Gap &gap, const QJsonValue &value, QStringList *feedback, const QString &language)
{
    const QString given = value.toString();
    if (given.trimmed().isEmpty())
        return 0.0;
    if (gap.type == QLatin1String("choice"))
        return choiceFraction(gap.options, gap.explicitFractions, {given}, false, feedback, language);
    if (gap.type == QLatin1String("short"))
        return textFraction(gap.answers, given, gap.caseSensitive, language, feedback);
    return numericFraction(gap.numbers, given, feedback, language);
}

QString bestText(const QList<TextAnswer> &answers, const QString &language)
{
    const TextAnswer *best = nullptr;
    for (const TextAnswer &a : answers)
        if ((a.language.isEmpty() || a.language == language) && (!best || a.fraction > best->fraction))
            best = &a;
    if (!best && !answers.isEmpty())
        best = &answers.first();
    return best ? QString(best->text).remove(QLatin1Char('*')) : QString();
}

QString bestNumber(const QList<NumericAnswer> &answers)
{
    const NumericAnswer *best = nullptr;
    for (const NumericAnswer &a : answers)
        if (!best || a.fraction > best->fraction)
            best = &a;
    if (!best)
        return {};
    if (best->min && best->max)
        return QString::number((*best->min + *best->max) / 2.0);
    if (best->min)
        return QString::number(*best->min);
    if (best->max)
        return QString::number(*best->max);
    return QString::number(best->value);
}

QString describeNumber(const NumericAnswer &a)
{
    if (a.min && a.max)
        return QStringLiteral("%1 – %2").arg(*a.min).arg(*a.max);
    if (a.min)
        return QStringLiteral("≥ %1").arg(*a.min);
    if (a.max)
        return QStringLiteral("≤ %1").arg(*a.max);
    return a.tolerance > 0 ? QStringLiteral("%1 ± %2").arg(a.value).arg(a.tolerance) : QString::number(a.value);
}

} // namespace

std::optional<double> parseNumber(const QString &typed)
{
    // Full-width digits (as Chinese input methods type them) become ASCII; spaces and a trailing % go.
    QString t = typed.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression thousands(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (thousands.match(t).hasMatch())
        t.remove(QLatin1Char(','));                  // 18,222 and 1,234.5
    else if (t.count(QLatin1Char(',')) == 1 && !t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.')); // a decimal comma: 3,5
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool textMatches(const QString &accepted, const QString &given, bool caseSensitive)
{
    const QString a = normalise(accepted, caseSensitive);
    const QString g = normalise(given, caseSensitive);
    if (!a.contains(QLatin1Char('*')))
        return a == g;
    QString pattern;
    const QStringList parts = a.split(QLatin1Char('*'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            pattern += QStringLiteral(".*");
        pattern += QRegularExpression::escape(parts[i]);
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption)
        .match(g)
        .hasMatch();
}

bool isAnswered(const Question &q, const QJsonValue &response)
{
    if (response.isNull() || response.isUndefined())
        return false;
    const QString &t = q.type;
    if (t == QuestionTypes::TrueFalse)
        return response.isBool();
    if (t == QuestionTypes::ShortAnswer || t == QuestionTypes::Numeric || t == QuestionTypes::Essay)
        return !response.toString().trimmed().isEmpty();
    if (t == QuestionTypes::Matching || t == QuestionTypes::Categorize || t == QuestionTypes::FillBlanks) {
        const QJsonObject o = response.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.value().toString().trimmed().isEmpty())
                return true;
        return false;
    }
    if (t == QuestionTypes::Description)
        return false;
    return !response.toArray().isEmpty();
}

QuestionResult scoreQuestion(const Question &q, const QJsonValue &response, const QString &language)
{
    QuestionResult r;
    r.answered = isAnswered(q, response);
    r.scored = QuestionTypes::isScored(q.type);
    r.maxPoints = r.scored ? q.weight : 0.0;
    if (!r.answered || !r.scored)
        return r;
    const QString &t = q.type;
    double f = 0.0;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        f = choiceFraction(q.options, q.explicitFractions, stringList(response), t == QuestionTypes::MultipleChoice, &r.feedback, language);
    } else if (t == QuestionTypes::TrueFalse) {
        const bool given = response.toBool();
        f = given == q.answer ? 1.0 : 0.0;
        const LocalizedText &fb = given ? q.feedbackTrue : q.feedbackFalse;
        if (!fb.isEmpty())
            r.feedback << fb.text(language);
    } else if (t == QuestionTypes::ShortAnswer) {
        f = textFraction(q.answers, response.toString(), q.caseSensitive, language, &r.feedback);
    } else if (t == QuestionTypes::Numeric) {
        f = numericFraction(q.numbers, response.toString(), &r.feedback, language);
    } else if (t == QuestionTypes::Matching) {
        const QJsonObject o = response.toObject();
        int right = 0;
        for (const MatchPair &p : q.pairs)
            right += o.value(p.id).toString() == p.id ? 1 : 0;
        f = q.pairs.isEmpty() ? 0.0 : double(right) / q.pairs.size();
    } else if (t == QuestionTypes::Ordering) {
        const QStringList order = stringList(response);
        int right = 0;
        for (qsizetype i = 0; i < q.items.size(); ++i)
            right += (i < order.size() && order[i] == q.items[i].id) ? 1 : 0;
        const bool all = right == q.items.size();
        f = q.orderingGrading == QLatin1String("all_or_nothing") ? (all ? 1.0 : 0.0) : double(right) / std::max<qsizetype>(1, q.items.size());
    } else if (t == QuestionTypes::Categorize) {
        const QJsonObject o = response.toObject();
        int right = 0;
        for (const SortItem &i : q.sortItems)
            right += o.value(i.id).toString() == i.bucket ? 1 : 0;
        f = q.sortItems.isEmpty() ? 0.0 : double(right) / q.sortItems.size();
    } else if (t == QuestionTypes::Hotspot) {
        int correctRegions = 0;
        for (const HotspotRegion &region : q.regions)
            correctRegions += region.correct ? 1 : 0;
        const int maxClicks = q.maxClicks > 0 ? q.maxClicks : correctRegions;
        QSet<QString> hit;
        int wrong = 0;
        const QJsonArray clicks = response.toArray();
        for (qsizetype i = 0; i < clicks.size() && i < maxClicks; ++i) {
            const QJsonArray p = clicks[i].toArray();
            const double x = p.at(0).toDouble(), y = p.at(1).toDouble();
            const HotspotRegion *inside = nullptr;
            for (const HotspotRegion &region : q.regions)
                if (region.contains(x, y) && (!inside || region.correct))
                    inside = &region;
            if (inside && inside->correct)
                hit.insert(inside->id);
            else
                ++wrong;
        }
        f = correctRegions == 0 ? 0.0 : std::clamp(double(int(hit.size()) - wrong) / correctRegions, 0.0, 1.0);
    } else if (t == QuestionTypes::FillBlanks) {
        const QJsonObject o = response.toObject();
        double total = 0.0, weights = 0.0;
        for (const Gap &g : q.gaps) {
            total += g.weight * gapFraction(g, o.value(g.id), &r.feedback, language);
            weights += g.weight;
        }
        f = weights > 0 ? total / weights : 0.0;
    }
    r.fraction = clampFraction(f);
    r.points = r.fraction * q.weight;
    r.fullyCorrect = r.fraction >= 1.0 - 1e-9;
    return r;
}

QJsonValue correctResponse(const Question &q, const QString &language)
{
    const QString &t = q.type;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        QJsonArray a;
        for (const ChoiceOption &o : q.options)
            if (o.correct && (t == QuestionTypes::MultipleChoice || a.isEmpty()))
                a.append(o.id);
        return a;
    }
    if (t == QuestionTypes::TrueFalse)
        return q.answer;
    if (t == QuestionTypes::ShortAnswer)
        return bestText(q.answers, language);
    if (t == QuestionTypes::Numeric)
        return bestNumber(q.numbers);
    if (t == QuestionTypes::Matching) {
        QJsonObject o;
        for (const MatchPair &p : q.pairs)
            o.insert(p.id, p.id);
        return o;
    }
    if (t == QuestionTypes::Ordering) {
        QJsonArray a;
        for (const OrderItem &i : q.items)
            a.append(i.id);
        return a;
    }
    if (t == QuestionTypes::Categorize) {
        QJsonObject o;
        for (const SortItem &i : q.sortItems)
            o.insert(i.id, i.bucket);
        return o;
    }
    if (t == QuestionTypes::Hotspot) {
        QJsonArray clicks;
        for (const HotspotRegion &r : q.regions) {
            if (!r.correct)
                continue;
            const auto [x, y] = r.centre();
            clicks.append(QJsonArray{x, y});
        }
        return clicks;
    }
    if (t == QuestionTypes::FillBlanks) {
        QJsonObject o;
        for (const Gap &g : q.gaps) {
            if (g.type == QLatin1String("choice")) {
                for (const ChoiceOption &op : g.options)
                    if (op.correct)
                        o.insert(g.id, op.id);
            } else if (g.type == QLatin1String("short")) {
                o.insert(g.id, bestText(g.answers, language));
            } else {
                o.insert(g.id, bestNumber(g.numbers));
            }
        }
        return o;
    }
    return QJsonValue();
}

QString describeCorrectAnswer(const Question &q, const QString &language)
{
    const QString &t = q.type;
    QStringList parts;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        for (const ChoiceOption &o : q.options)
            if (o.correct)
                parts << o.text.text(language);
    } else if (t == QuestionTypes::TrueFalse) {
        return q.answer ? QCoreApplication::translate("cca::assessment", "True") : QCoreApplication::translate("cca::assessment", "False");
    } else if (t == QuestionTypes::ShortAnswer) {
        return bestText(q.answers, language);
    } else if (t == QuestionTypes::Numeric) {
        for (const NumericAnswer &a : q.numbers)
            if (a.fraction >= 1.0 - 1e-9)
                parts << describeNumber(a);
    } else if (t == QuestionTypes::Matching) {
        for (const MatchPair &p : q.pairs)
            parts << p.prompt.text(language) + QStringLiteral(" → ") + p.answer.text(language);
    } else if (t == QuestionTypes::Ordering) {
        int n = 0;
        for (const OrderItem &i : q.items)
            parts << QStringLiteral("%1. %2").arg(++n).arg(i.text.text(language));
    } else if (t == QuestionTypes::Categorize) {
        for (const Bucket &b : q.buckets) {
            QStringList members;
            for (const SortItem &i : q.sortItems)
                if (i.bucket == b.id)
                    members << i.text.text(language);
            parts << b.title.text(language) + QStringLiteral(": ") + members.join(QStringLiteral(", "));
        }
    } else if (t == QuestionTypes::Hotspot) {
        for (const HotspotRegion &r : q.regions)
            if (r.correct)
                parts << (r.label.isEmpty() ? r.id : r.label.text(language));
    } else if (t == QuestionTypes::FillBlanks) {
        const QJsonObject right = correctResponse(q, language).toObject();
        for (const Gap &g : q.gaps) {
            QString value = right.value(g.id).toString();
            for (const ChoiceOption &o : g.options)
                if (o.id == value)
                    value = o.text.text(language);
            parts << QStringLiteral("[%1] %2").arg(g.id, value);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString describeResponse(const Question &q, const QJsonValue &response, const QString &language)
{
    if (!isAnswered(q, response))
        return {};
    const QString &t = q.type;
    QStringList parts;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        const QStringList chosen = stringList(response);
        for (const ChoiceOption &o : q.options)
            if (chosen.contains(o.id))
                parts << o.text.text(language);
    } else if (t == QuestionTypes::TrueFalse) {
        return response.toBool() ? QCoreApplication::translate("cca::assessment", "True")
                                 : QCoreApplication::translate("cca::assessment", "False");
    } else if (t == QuestionTypes::ShortAnswer || t == QuestionTypes::Numeric || t == QuestionTypes::Essay) {
        return response.toString();
    } else if (t == QuestionTypes::Matching) {
        const QJsonObject o = response.toObject();
        for (const MatchPair &p : q.pairs) {
            const QString key = o.value(p.id).toString();
            QString answer;
            for (const MatchPair &other : q.pairs)
                if (other.id == key)
                    answer = other.answer.text(language);
            if (key.startsWith(QLatin1String("distractor-"))) {
                const int i = key.mid(11).toInt();
                if (i >= 0 && i < q.distractors.size())
                    answer = q.distractors[i].text(language);
            }
            parts << p.prompt.text(language) + QStringLiteral(" → ") + (answer.isEmpty() ? QStringLiteral("—") : answer);
        }
    } else if (t == QuestionTypes::Ordering) {
        const QStringList order = stringList(response);
        int n = 0;
        for (const QString &id : order)
            for (const OrderItem &i : q.items)
                if (i.id == id)
                    parts << QStringLiteral("%1. %2").arg(++n).arg(i.text.text(language));
    } else if (t == QuestionTypes::Categorize) {
        const QJsonObject o = response.toObject();
        for (const SortItem &i : q.sortItems) {
            QString bucket = QStringLiteral("—");
            for (const Bucket &b : q.buckets)
                if (b.id == o.value(i.id).toString())
                    bucket = b.title.text(language);
            parts << i.text.text(language) + QStringLiteral(": ") + bucket;
        }
    } else if (t == QuestionTypes::Hotspot) {
        const QJsonArray clicks = response.toArray();
        for (const QJsonValue &c : clicks) {
            const QJsonArray p = c.toArray();
            QString where = QStringLiteral("(%1, %2)").arg(qRound(p.at(0).toDouble())).arg(qRound(p.at(1).toDouble()));
            for (const HotspotRegion &r : q.regions)
                if (r.contains(p.at(0).toDouble(), p.at(1).toDouble()) && !r.label.isEmpty())
                    where = r.label.text(language);
            parts << where;
        }
    } else if (t == QuestionTypes::FillBlanks) {
        const QJsonObject o = response.toObject();
        for (const Gap &g : q.gaps) {
            QString value = o.value(g.id).toString();
            for (const ChoiceOption &op : g.options)
                if (op.id == value)
                    value = op.text.text(language);
            parts << QStringLiteral("[%1] %2").arg(g.id, value.isEmpty() ? QStringLiteral("—") : value);
        }
    }
    return parts.join(QStringLiteral("; "));
}

AttemptScore scoreAttempt(const QList<const Question *> &questions, const QMap<QString, QJsonValue> &responses, int passMark,
                          const QString &language)
{
    AttemptScore s;
    for (const Question *q : questions) {
        const QJsonValue response = responses.value(q->id);
        const QuestionResult r = scoreQuestion(*q, response, language);
        if (r.answered)
            ++s.answered;
        if (q->type == QuestionTypes::Essay) {
            if (r.answered)
                ++s.pendingGrading;
            continue;
        }
        if (!r.scored)
            continue;
        s.maxPoints += r.maxPoints;
        s.points += r.points;
        s.correct += r.fullyCorrect ? 1 : 0;
    }
    s.points = std::max(0.0, s.points);
    s.percent = s.maxPoints > 0 ? 100.0 * s.points / s.maxPoints : 0.0;
    s.passed = s.percent + 1e-9 >= passMark;
    return s;
}

} // namespace cca::assessment

namespace cca::assessment {
QString displayText(const content::Question &question, const QString &language)
{
    QString text = question.text.text(language);
    if (question.type != content::QuestionTypes::FillBlanks)
        return text;
    for (qsizetype i = 0; i < question.gaps.size(); ++i)
        text.replace(QRegularExpression(QStringLiteral("\\{\\{\\s*%1\\s*\\}\\}").arg(QRegularExpression::escape(question.gaps[i].id))),
                     QStringLiteral("\\_\\_\\_\\_\\_ **(%1)**").arg(i + 1));
    return text;
}
} // namespace cca::assessment
