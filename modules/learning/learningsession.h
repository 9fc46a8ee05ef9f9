#pragma once

#include "assessment/scoring.h"
#include "content/package.h"
#include "progress/progressstore.h"

#include <QObject>

namespace cca::learning {

// One officer working through one module: turns what happens in the lesson player and the quiz
// into events, and answers "where was I" and "is it complete" from them.
// Rule: a module is complete when every lesson is completed and every assessment has been passed.
class LearningSession : public QObject
{
    Q_OBJECT

public:
    LearningSession(progress::ProgressStore *store, content::ModulePackage module, QString officerId,
                    QObject *parent = nullptr);

    const content::ModulePackage &module() const { return m_module; }
    progress::ModuleProgress progress() const;

    void launch();
    void openLesson(int index);
    void recordPosition(int index, double position);
    void completeLesson(int index);
    // Index of the lesson to open when the officer continues (0 when new).
    int resumeLessonIndex() const;

    // Starts a new attempt, or returns the open one for this assessment.
    QString startOrResumeAttempt(const QString &assessmentId);
    QMap<QString, QSet<QString>> answers(const QString &attemptId) const;
    bool recordAnswer(const QString &attemptId, const QString &assessmentId, const QString &questionId,
                      const QSet<QString> &chosen);
    assessment::AttemptScore submit(const QString &attemptId, const QString &assessmentId);

    bool isComplete() const;

signals:
    void progressChanged();
    void writeFailed(const QString &message);

private:
    bool record(const progress::Event &event);
    progress::Event event(const QString &verb, const QString &objectType, const QString &objectId,
                          const QJsonObject &data = {}) const;
    void completeModuleIfDone();

    progress::ProgressStore *m_store;
    content::ModulePackage m_module;
    QString m_officerId;
};

} // namespace cca::learning
