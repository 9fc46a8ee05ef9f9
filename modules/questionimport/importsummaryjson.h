#pragma once

#include "content/question.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cca::questionimport {

// A flat JSON view of imported questions for scripts (ccacademy-cli questions import --json):
// {id, type, name, text, category?, feedback?, weight, tags?, ...} and per type
//   single/multiple choice, short_answer: answers [{text, fraction, feedback}] (fraction as scored, -1..1)
//   true_false: answers [{text: "true"|"false", fraction 1|0, feedback}]
//   numeric: answers [{value, tolerance} | {min, max}, fraction, feedback]
//   matching: pairs [{prompt, answer}], distractors [text]
//   fill_blanks: gaps [{id, type, weight, case_sensitive, answers: [...as above]}]
//   essay: min_words, max_words
class ImportSummaryJson
{
public:
    static QJsonObject question(const content::Question &question);
    static QJsonArray questions(const QList<content::Question> &questions);
};

} // namespace cca::questionimport
