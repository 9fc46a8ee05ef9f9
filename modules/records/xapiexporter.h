#pragma once

#include "content/catalog.h"
#include "content/question.h"
#include "progress/event.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cca::records {

// Turns recorded events into xAPI 1.0.3 statements for a Learning Record Store.
//
// Statement ids are derived from the event UUIDs, so exporting the same events again gives the
// same statements (an LRS then refuses or ignores the duplicates). The actor is pseudonymous: an
// account on `homePage` named by the officer's UUID, never a name or service number.
//   launched -> launched          experienced -> experienced   progressed -> progressed
//   completed -> completed        attempted -> initialized     answered -> answered
//   passed / failed -> passed / failed, followed by terminated (the attempt ends there)
//   flagged (and any verb this exporter does not know) -> no statement
// Definitions (names, interaction types, correct responses) come from the catalog; for a module
// or question the catalog does not know, the statement is still written without those parts.
class XapiExporter
{
public:
    struct Options
    {
        QString homePage = QStringLiteral("https://ccacademy.invalid");
        QString activityBase = QStringLiteral("https://ccacademy.invalid/xapi/activities");
        QString extensionBase = QStringLiteral("https://ccacademy.invalid/xapi/extensions");
    };

    explicit XapiExporter(const content::Catalog &catalog);
    XapiExporter(const content::Catalog &catalog, const Options &options);

    // Statements for the events in order; *skipped counts events that give none (flagged, unknown verbs).
    QJsonArray statements(const QList<progress::Event> &events, int *skipped = nullptr) const;
    // The statements of one event: none, one, or two (passed/failed followed by terminated).
    QList<QJsonObject> statementsFor(const progress::Event &event) const;

    // <activityBase>/<module>[/<object path>], each segment percent-encoded.
    QString activityId(const QString &moduleId, const QString &objectId = {}) const;

    // interactionType, correctResponsesPattern and the component lists (choices, source, target, steps).
    static QJsonObject interactionDefinition(const content::Question &question);
    // interactionType for one of our question types ("other" for types xAPI has no name for).
    static QString interactionType(const QString &questionType);
    // A recorded response in xAPI response syntax; question may be null (then the response alone is used).
    static QString responsePattern(const QString &questionType, const QJsonValue &response, const content::Question *question);
    // ISO 8601 duration, e.g. PT1H2M3.5S.
    static QString isoDuration(qint64 milliseconds);

    // Writes a JSON array of statements atomically.
    static bool writeStatements(const QString &path, const QJsonArray &statements, QString *error);

private:
    QJsonObject baseStatement(const progress::Event &event, const QString &id, const QString &verb) const;
    QJsonObject activity(const progress::Event &event) const;
    QJsonObject moduleActivity(const QString &moduleId) const;
    QJsonObject assessmentActivity(const QString &moduleId, const QString &assessmentId) const;
    QJsonObject context(const progress::Event &event) const;
    QJsonObject result(const progress::Event &event) const;
    const content::Question *findQuestion(const progress::Event &event) const;

    content::Catalog m_catalog;
    Options m_options;
};

} // namespace cca::records
