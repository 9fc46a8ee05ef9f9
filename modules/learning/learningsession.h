#pragma once

#include "assessment/attemptplan.h"
#include "assessment/scoring.h"
#include "content/package.h"
#include "progress/progressstore.h"

#include <QJsonValue>
#include <QObject>

#include <optional>

namespace cca::learning {

// An attempt as the quiz screen needs it.
struct AttemptState
{
    QString id;
    QString assessmentId;
    assessment::AttemptPlan plan;
    QDateTime started;  // UTC
    QDateTime deadline; // UTC; invalid when untimed
    bool expired(const QDateTime &nowUtc) const { return deadline.isValid() && nowUtc >= deadline; }
};

struct MasteryState
{
    int answered = 0;
    int rightInWindow = 0; // right answers among the last `window`
    int window = 0;
    int needed = 0;
    bool achieved = false;
};

// One officer working through one module: turns what happens in the lesson player and the quiz
// into events, and answers "where was I", "what was answered" and "is it complete" from them.
// A module is complete when every lesson is completed and every exam and mastery assessment is
// passed (by its grading method). Practice assessments are optional.
class LearningSession : public QObject
{
    Q_OBJECT

public:
    LearningSession(progress::ProgressStore *store, content::ModulePackage module, QString officerId,
                    QString language = QStringLiteral("en"), QObject *parent = nullptr);

    const content::ModulePackage &module() const { return m_module; }
    progress::ModuleProgress progress() const;
    void setLanguage(const QString &language) { m_language = language; }

    // Lessons
    void launch();
    void openLesson(int index);
    void recordPosition(int index, double position);
    void completeLesson(int index);
    int resumeLessonIndex() const; // index of the lesson to open when the officer continues

    // Attempts
    std::optional<AttemptState> openAttempt(const QString &assessmentId) const;
    int attemptsUsed(const QString &assessmentId) const; // started, submitted or not
    bool canStartAttempt(const QString &assessmentId) const;
    // The open attempt (even if its time ran out: check expired() and submit), or a new one.
    // Returns nullopt when no attempt is left.
    std::optional<AttemptState> startOrResumeAttempt(const QString &assessmentId);
    QMap<QString, QJsonValue> responses(const QString &attemptId) const;
    QSet<QString> flags(const QString &attemptId) const;
    QMap<QString, int> checks(const QString &attemptId) const; // practice/mastery: checks per question
    // Saves a response at once. checked: the officer asked for feedback (practice try, mastery answer).
    bool recordAnswer(const QString &attemptId, const QString &assessmentId, const QString &questionId,
                      const QJsonValue &response, bool checked = false);
    bool setFlag(const QString &attemptId, const QString &assessmentId, const QString &questionId, bool flagged);
    assessment::AttemptScore submit(const QString &attemptId, const QString &assessmentId);
    MasteryState mastery(const QString &attemptId, const QString &assessmentId) const;

    // The assessment's grade over submitted attempts by its grading method (percent), and whether it passes.
    std::optional<double> grade(const QString &assessmentId) const;
    bool isPassed(const QString &assessmentId) const;
    bool isComplete() const;

signals:
    void progressChanged();
    void writeFailed(const QString &message);

private:
    bool record(const progress::Event &event);
    progress::Event event(const QString &verb, const QString &objectType, const QString &objectId,
                          const QJsonObject &data = {}) const;
    QList<progress::Event> attemptEvents(const QString &attemptId) const;
    void completeModuleIfDone();

    progress::ProgressStore *m_store;
    content::ModulePackage m_module;
    QString m_officerId;
    QString m_language;
};

} // namespace cca::learning
