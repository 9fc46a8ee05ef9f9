#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cca::progress {

// One thing an officer did, recorded once and never changed. Progress, reports and
// exports (xAPI) are derived from these. Verbs follow ADL xAPI names.
struct Event
{
    QString id;            // UUID, unique across stations
    QString officerId;
    QString verb;          // see Verbs
    QString moduleId;
    QString moduleVersion; // content version the officer saw
    QString objectType;    // see ObjectTypes
    QString objectId;      // lesson id, assessment id or "<assessment>/<question>"
    QJsonObject data;      // verb-specific details (position, response, score...)
    QDateTime timestamp;   // UTC, millisecond precision

    static Event make(const QString &officerId, const QString &verb, const QString &moduleId,
                      const QString &moduleVersion, const QString &objectType, const QString &objectId,
                      const QJsonObject &data = {});
};

namespace Verbs {
inline const QString Launched = QStringLiteral("launched");       // module opened
inline const QString Experienced = QStringLiteral("experienced"); // lesson opened
inline const QString Progressed = QStringLiteral("progressed");   // reading position in a lesson
inline const QString Completed = QStringLiteral("completed");     // lesson or module finished
inline const QString Attempted = QStringLiteral("attempted");     // assessment attempt started
inline const QString Answered = QStringLiteral("answered");       // question answered
inline const QString Passed = QStringLiteral("passed");           // assessment submitted, pass mark reached
inline const QString Failed = QStringLiteral("failed");           // assessment submitted, below pass mark
inline const QString Flagged = QStringLiteral("flagged");         // question flagged (or unflagged) for review in an attempt
inline const QString Responded = QStringLiteral("responded");     // a choice in a scenario (data: the decision, scenario/node/choice/score/variables)
inline const QString Annotated = QStringLiteral("annotated");     // an officer's notes and tags on a tracing case (the whole set, latest wins)
} // namespace Verbs

namespace ObjectTypes {
inline const QString Module = QStringLiteral("module");
inline const QString Lesson = QStringLiteral("lesson");
inline const QString Assessment = QStringLiteral("assessment");
inline const QString Question = QStringLiteral("question");
inline const QString Activity = QStringLiteral("activity"); // a lab exercise; "completed" with data score, max, percent
inline const QString TracingCase = QStringLiteral("tracing-case"); // a tracing lab case, an activity of following-the-money; "completed" with score, max, success, answers; "annotated" with format and notes
} // namespace ObjectTypes

} // namespace cca::progress
