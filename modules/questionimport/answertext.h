#pragma once

#include "content/question.h"

#include <QString>

namespace cca::questionimport {

// Small readers shared by the GIFT and cloze (Moodle embedded answers) parsers.
class AnswerText
{
public:
    struct Weight
    {
        bool present = false; // the text started with a %...% weight
        double fraction = 0.0; // -1..1
        QString rest;          // the text after the weight
        QString error;         // non-empty: the weight is malformed
    };
    // "%50%text" -> present, 0.5, "text"; "%-33.3%x" -> -0.333; "text" -> not present, rest "text".
    static Weight takeWeight(const QString &text);

    // "3.14" (exact), "3.14:0.01" (value and tolerance) or "1..5" (range). False and *error when malformed.
    static bool parseNumeric(const QString &text, content::NumericAnswer *answer, QString *error);
    static bool parseNumber(const QString &text, double *value); // C locale, finite numbers only

    // Splits at the first mark: "text#feedback" -> {"text", "feedback"}; no mark: {text, ""}.
    static std::pair<QString, QString> splitAt(const QString &text, QChar mark);

    static QString optionId(qsizetype index); // "a", "b", ... "z", "o27", ...
    static double percentToFraction(double percent); // 33.33333 -> 0.3333333 (no binary noise from the division)
};

} // namespace cca::questionimport
