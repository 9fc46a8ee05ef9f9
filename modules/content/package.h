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

struct Activity
{
    QString id;
    QString type;
    LocalizedText title;
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
    QString absolutePath(const QString &relativePath) const;
};

namespace Levels {
QStringList all();
}
namespace Topics {
QStringList all();
}
namespace ActivityTypes {
// Activity types the app can play. Feature modules (labs, scenarios) add theirs here as they land.
QStringList known();
}

} // namespace cca::content
