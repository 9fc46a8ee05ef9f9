#pragma once

#include <QString>

namespace cca::questionimport {

// Something the importer could not take over as it was. line: 1-based line of the source file where the
// question starts or where the problem is (0: the file as a whole).
struct ImportProblem
{
    int line = 0;
    QString questionName; // title of the question concerned, empty when it has none or for file problems
    QString message;
    bool fatal = false; // true: the question could not be imported; false: imported, but something was lost

    // "FILE:LINE: error: question 'name': message" (or "warning"), the way compilers print them.
    QString toString(const QString &file) const;
};

} // namespace cca::questionimport
