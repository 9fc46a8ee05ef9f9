#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cca::test {

QString dataPath(const QString &relative);   // tests/<relative>
QString sourcePath(const QString &relative); // <repo>/<relative>
void writeFile(const QString &path, const QByteArray &data);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 60000,
                  const QStringList &extraEnvironment = {});
QString cliPath();
QString guiPath();

} // namespace cca::test

#include <ostream>

// Readable QString values in GoogleTest messages.
inline void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}
