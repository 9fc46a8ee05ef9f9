#pragma once

#include "content/question.h"

#include <QStringList>

namespace cca::questionimport {

// Checks an imported question against the rules of the native question file (docs/content-format.md),
// so that whatever the importers keep also loads. Errors make the question unimportable; warnings
// name a change of meaning that the import could not avoid.
class QuestionChecker
{
public:
    struct Findings
    {
        QStringList errors;
        QStringList warnings;
    };

    static Findings check(const content::Question &question);
};

} // namespace cca::questionimport
