// Killing the app mid-answer (SIGKILL) must leave a database that opens cleanly with every
// committed answer present.
#include "progress/sqliteprogressstore.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace cca;

TEST(CrashSafety, SigkillMidAnswerLosesNoCommittedAnswer)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("progress.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(CCA_WRITER_PATH), {db, test::sourcePath(QStringLiteral("content/modules/crypto-basics"))});
    ASSERT_TRUE(writer.waitForStarted());
    QStringList committed;
    QString buffer;
    while (committed.size() < 300 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(5000);
        buffer += QString::fromUtf8(writer.readAllStandardOutput());
        qsizetype nl;
        while ((nl = buffer.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith(QStringLiteral("committed ")))
                committed << line;
        }
    }
    writer.kill(); // SIGKILL on Unix: no clean-up, no destructor, mid-write
    writer.waitForFinished();
    ASSERT_GE(committed.size(), 300) << writer.readAllStandardError().toStdString();

    progress::OpenResult r = progress::SqliteProgressStore::open(db);
    ASSERT_TRUE(r.store) << r.error.toStdString();
    EXPECT_TRUE(r.movedAsidePath.isEmpty()) << "the database must still be healthy";
    ASSERT_EQ(r.store->officers().size(), 1);
    const QList<progress::Event> events = r.store->events(r.store->officers().first().id);
    int answered = 0;
    for (const progress::Event &e : events)
        answered += e.verb == progress::Verbs::Answered ? 1 : 0;
    // Every answer the writer saw committed is there (one more may have committed before the kill).
    EXPECT_GE(answered, committed.size());
    EXPECT_LE(answered, committed.size() + 1);
    // And they are the same answers, in order.
    int i = 0;
    for (const progress::Event &e : events) {
        if (e.verb != progress::Verbs::Answered || i >= committed.size())
            continue;
        const QStringList parts = committed[i++].split(QLatin1Char(' '));
        EXPECT_EQ(e.data.value(QStringLiteral("question")).toString(), parts.value(2));
        EXPECT_EQ(e.data.value(QStringLiteral("response")).toArray().first().toString(), parts.value(3));
    }
}
