#pragma once

#include "content/question.h"

#include <QJsonObject>
#include <QJsonValue>

namespace cca::content {

// Writes questions in the question-file format that the loader reads (docs/content-format.md).
QJsonValue localizedJson(const LocalizedText &text); // "text" when English only, else {"en": ..., ...}
QJsonObject questionToJson(const Question &question);
QJsonObject questionFileJson(const QList<QuestionCategory> &categories, const QList<Question> &questions);

} // namespace cca::content
