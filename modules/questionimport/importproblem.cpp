#include "questionimport/importproblem.h"

namespace cca::questionimport {

QString ImportProblem::toString(const QString &file) const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    const QString kind = fatal ? QStringLiteral("error") : QStringLiteral("warning");
    const QString subject = questionName.isEmpty() ? QString() : QStringLiteral("question '%1': ").arg(questionName);
    return QStringLiteral("%1: %2: %3%4").arg(where, kind, subject, message);
}

} // namespace cca::questionimport
