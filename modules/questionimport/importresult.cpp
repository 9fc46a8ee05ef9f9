#include "questionimport/importresult.h"

#include <algorithm>

namespace cca::questionimport {

int ImportResult::fatalCount() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.fatal; }));
}

int ImportResult::warningCount() const
{
    return int(problems.size()) - fatalCount();
}

} // namespace cca::questionimport
