#pragma once

#include "content/question.h"
#include "questionimport/importproblem.h"

#include <QList>

namespace cca::questionimport {

// What an importer produced: the questions it could map (in file order), the categories they use and
// everything it had to drop or change on the way.
struct ImportResult
{
    QList<content::QuestionCategory> categories;
    QList<content::Question> questions;
    QList<ImportProblem> problems;

    int fatalCount() const;   // questions (or files) that could not be imported
    int warningCount() const; // things lost or changed in imported questions
};

} // namespace cca::questionimport
