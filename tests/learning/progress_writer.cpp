// Test helper: answers quiz questions through a LearningSession as fast as it can, printing
// "committed <n>" after every answer the store has committed. The crash test SIGKILLs it.
#include "content/packageloader.h"
#include "learning/learningsession.h"
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: progress_writer DATABASE MODULE_DIR\n");
        return 2;
    }
    auto opened = cca::progress::openProgressStore(QString::fromLocal8Bit(argv[1]));
    if (!opened.store)
        return 1;
    cca::progress::Officer officer;
    officer.displayName = QStringLiteral("Crash Test");
    officer.serviceNumber = QStringLiteral("999");
    officer.role = QStringLiteral("trainee");
    QString error;
    if (!opened.store->addOfficer(officer, &error))
        return 1;
    const cca::content::ModulePackage module = cca::content::PackageLoader::load(QString::fromLocal8Bit(argv[2]));
    cca::learning::LearningSession session(opened.store.get(), module, officer.id);
    const cca::content::Assessment &assessment = module.assessments.first();
    const auto started = session.startOrResumeAttempt(assessment.id);
    if (!started)
        return 1;
    const QString attempt = started->id;
    std::printf("officer %s attempt %s\n", qPrintable(officer.id), qPrintable(attempt));
    std::fflush(stdout);
    const QStringList planned = started->plan.questionIds;
    for (long n = 1;; ++n) {
        // Choice questions of the attempt, answered in turn: the response is the option id.
        const cca::content::Question *q = assessment.question(planned[int(n % planned.size())]);
        if (q->options.isEmpty())
            continue;
        const QString option = q->options[int(n % q->options.size())].id;
        if (!session.recordAnswer(attempt, assessment.id, q->id, QJsonArray{option}))
            return 1;
        std::printf("committed %ld %s %s\n", n, qPrintable(q->id), qPrintable(option));
        std::fflush(stdout);
    }
}
