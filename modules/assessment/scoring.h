#pragma once

#include "content/question.h"

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace cca::assessment {

// Responses are JSON values, one shape per type (docs/content-format.md, "Responses"):
//   single_choice / multiple_choice: ["option-id", ...]    true_false: true | false
//   short_answer / essay: "text"      numeric: "12.5" (as typed)
//   matching: {"pair-id": "pair-id of the chosen answer" | "distractor-N"}
//   ordering: ["item-id", ...]        categorize: {"item-id": "bucket-id"}
//   hotspot: [[x, y], ...] (image pixels)     fill_blanks: {"gap-id": "option-id" | "typed text"}

struct QuestionResult
{
    bool answered = false;
    bool scored = true;      // false for description and for an essay awaiting a trainer
    double fraction = 0.0;   // -1..1
    double points = 0.0;     // fraction * weight
    double maxPoints = 0.0;  // weight (0 when not scored)
    bool fullyCorrect = false;
    QStringList feedback;    // feedback for what was given (options chosen, answer matched), in the language
};

QuestionResult scoreQuestion(const content::Question &question, const QJsonValue &response, const QString &language);
bool isAnswered(const content::Question &question, const QJsonValue &response);
// A response that earns full credit (for the review page, practice, and tests).
QJsonValue correctResponse(const content::Question &question, const QString &language);
// The right answer written out for a person.
QString describeCorrectAnswer(const content::Question &question, const QString &language);
QString describeResponse(const content::Question &question, const QJsonValue &response, const QString &language);

// Text comparison used by short answers and short gaps: NFKC, trimmed, spaces collapsed, case and
// diacritics ignored unless caseSensitive; '*' in the accepted answer matches any run of characters.
bool textMatches(const QString &accepted, const QString &given, bool caseSensitive);
// Parses a typed number with '.' or ',' as the decimal mark; nullopt when it is not a number.
std::optional<double> parseNumber(const QString &typed);

struct AttemptScore
{
    double points = 0.0;
    double maxPoints = 0.0;
    double percent = 0.0; // 0..100 of the scored questions
    bool passed = false;
    int answered = 0;
    int correct = 0;
    int pendingGrading = 0; // essays waiting for a trainer
};

// Scores a set of questions (an attempt's plan) against responses; unanswered questions earn nothing.
AttemptScore scoreAttempt(const QList<const content::Question *> &questions, const QMap<QString, QJsonValue> &responses,
                          int passMark, const QString &language);

} // namespace cca::assessment

namespace cca::assessment {
// The question text as shown: fill_blanks gaps {{id}} become numbered blanks "____ (1)".
QString displayText(const content::Question &question, const QString &language);
} // namespace cca::assessment
