#pragma once

#include "core/diagnostic.h"
#include "content/question.h"
#include "core/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cca::content {

// The content package data model (format 1). See docs/content-format.md.

struct SourceRef
{
    QString publisher;
    QString title;
    QString date;
    QString url;
};

struct GlossaryEntry
{
    QString id;
    LocalizedText term;
    LocalizedText definition;
};

struct MediaItem
{
    QString id;
    QString kind; // "audio" or "video"
    LocalizedText title;
    LocalizedText file;       // package-relative path per language
    LocalizedText transcript; // package-relative path per language
};

struct Lesson
{
    QString id;
    LocalizedText title;
    int minutes = 0;
    LocalizedText file; // package-relative Markdown path per language
    QList<MediaItem> media;
};

// An interactive exercise of the module, played by a lab or the scenario player (see ActivityTypes).
struct Activity
{
    QString id;
    QString type;
    LocalizedText title;
    LocalizedText summary; // optional
    QString file;          // scenario types: the package-relative *.scenario.json
    QString target;        // wallet-exercise: the lab exercise ("exercise"); tracing-case: the case id ("case")
    int line = 0;          // where the activity starts in module.json
    int column = 0;
    int targetLine = 0;    // where its "file", "exercise" or "case" is, for messages
    int targetColumn = 0;

    bool isScenario() const;
    // The object id its results are recorded under: a lab's own exercise or case id (the lab does
    // not know which module opened it), a scenario's activity id.
    QString recordId() const { return isScenario() ? id : target; }
};

struct ModulePackage
{
    QString directory;    // absolute path of the module folder
    QString manifestPath; // path as shown in messages
    QString origin;       // "bundled" or "installed" (or empty when validated from a path)

    QString id;
    QString version;
    LocalizedText title;
    LocalizedText summary;
    QList<LocalizedText> objectives;
    QString level;
    QString topic;
    int minutes = 0;
    QStringList tags;
    QStringList prerequisites;
    QList<QPair<int, int>> prerequisitePositions; // line/column of each, for messages
    QStringList authors;
    QList<SourceRef> sources;
    QList<GlossaryEntry> glossary;
    QList<Lesson> lessons;
    QList<Assessment> assessments;
    QList<Activity> activities;

    Diagnostics errors;

    bool isValid() const { return errors.isEmpty(); }
    QStringList languages() const; // languages every lesson title is written in (always includes "en")
    int questionCount() const;
    int lessonIndex(const QString &lessonId) const;
    const GlossaryEntry *glossaryEntry(const QString &id) const;
    const Assessment *assessment(const QString &id) const;
    const Activity *activity(const QString &id) const;
    QString absolutePath(const QString &relativePath) const;
};

namespace Levels {
QStringList all();
}
namespace Topics {
QStringList all();
}
namespace ActivityTypes {
inline const QString WalletExercise = QStringLiteral("wallet-exercise"); // an exercise of the wallet lab ("exercise")
inline const QString TracingCase = QStringLiteral("tracing-case");       // a case of the tracing lab ("case")
inline const QString ChatSimulation = QStringLiteral("chat-simulation"); // a scenario: mark the red flags in a chat ("file")
inline const QString CallSimulation = QStringLiteral("call-simulation"); // a scenario: spot the pressure tactics in a call ("file")
inline const QString Intervention = QStringLiteral("intervention");      // a scenario: talk a victim out of paying ("file")
// Activity types the app can play, in the order above.
QStringList known();
bool isScenario(const QString &type);
} // namespace ActivityTypes

} // namespace cca::content
