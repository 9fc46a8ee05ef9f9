#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace cca::test {

QString dataPath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(CCA_TEST_DATA_DIR "/") + relative);
}

QString sourcePath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(CCA_SOURCE_DIR "/") + relative);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

ProcessResult run(const QString &program, const QStringList &args, int timeoutMs, const QStringList &extraEnvironment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString cliPath()
{
    return QStringLiteral(CCA_CLI_PATH);
}

QString guiPath()
{
    return QStringLiteral(CCA_GUI_PATH);
}

} // namespace cca::test
