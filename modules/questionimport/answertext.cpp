#include "questionimport/answertext.h"

#include <QRegularExpression>

#include <cmath>

namespace cca::questionimport {

AnswerText::Weight AnswerText::takeWeight(const QString &text)
{
    Weight w;
    const QString t = text.trimmed();
    if (!t.startsWith(QLatin1Char('%'))) {
        w.rest = text;
        return w;
    }
    w.present = true;
    const qsizetype close = t.indexOf(QLatin1Char('%'), 1);
    if (close < 0) {
        w.error = QStringLiteral("the weight '%1' has no closing '%'").arg(t.left(12));
        return w;
    }
    const QString number = t.mid(1, close - 1).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[-+]?\\d+(\\.\\d*)?$|^[-+]?\\.\\d+$"));
    const double percent = number.toDouble();
    if (!pattern.match(number).hasMatch() || percent < -100.0 || percent > 100.0) {
        w.error = QStringLiteral("bad weight '%") + number
                  + QStringLiteral("%': write a percentage from -100 to 100, such as %50%");
        return w;
    }
    w.fraction = percentToFraction(percent);
    w.rest = t.mid(close + 1);
    return w;
}

bool AnswerText::parseNumber(const QString &text, double *value)
{
    static const QRegularExpression pattern(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
    const QString t = text.trimmed();
    if (!pattern.match(t).hasMatch())
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *value = v;
    return true;
}

bool AnswerText::parseNumeric(const QString &text, content::NumericAnswer *answer, QString *error)
{
    const QString t = text.trimmed();
    const qsizetype range = t.indexOf(QLatin1String(".."), 1);
    if (range > 0) {
        double min = 0, max = 0;
        if (!parseNumber(t.left(range), &min) || !parseNumber(t.mid(range + 2), &max)) {
            *error = QStringLiteral("'%1' is not a range of numbers like 1..5").arg(t);
            return false;
        }
        if (min > max) {
            *error = QStringLiteral("the range '%1' starts above its end").arg(t);
            return false;
        }
        answer->min = min;
        answer->max = max;
        return true;
    }
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    double value = 0, tolerance = 0;
    if (!parseNumber(colon < 0 ? t : t.left(colon), &value)) {
        *error = t.isEmpty() ? QStringLiteral("a numeric answer is empty") : QStringLiteral("'%1' is not a number").arg(t);
        return false;
    }
    if (colon >= 0 && (!parseNumber(t.mid(colon + 1), &tolerance) || tolerance < 0)) {
        *error = QStringLiteral("the tolerance in '%1' is not a number of 0 or more").arg(t);
        return false;
    }
    answer->value = value;
    answer->tolerance = tolerance;
    return true;
}

std::pair<QString, QString> AnswerText::splitAt(const QString &text, QChar mark)
{
    const qsizetype at = text.indexOf(mark);
    if (at < 0)
        return {text, QString()};
    return {text.left(at), text.mid(at + 1)};
}

QString AnswerText::optionId(qsizetype index)
{
    if (index < 26)
        return QString(QChar(u'a' + char16_t(index)));
    return QStringLiteral("o%1").arg(index + 1);
}

} // namespace cca::questionimport

namespace cca::questionimport {

double AnswerText::percentToFraction(double percent)
{
    return std::round(percent * 1e7) / 1e9;
}

} // namespace cca::questionimport
