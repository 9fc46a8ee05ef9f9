#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cca::reference {

struct Source
{
    QString title;
    QString publisher;
    QString url;
    QString published; // YYYY, YYYY-MM or YYYY-MM-DD
    QString note;
};

// One scam pattern of the offline reference (content/reference/patterns/<id>.json; see
// docs/content-format.md section 12). Every text exists in English and Traditional Chinese.
struct Pattern
{
    QString id;
    QString file;
    LocalizedText name;
    QMap<QString, QStringList> aliases; // by content language ("en", "zh-Hant")
    QString category;                   // vocabulary "categories"
    QStringList fatfGroups;             // vocabulary "fatfGroups"
    LocalizedText summary;
    QList<LocalizedText> howItWorks;
    QList<LocalizedText> redFlagsVictim;
    QList<LocalizedText> redFlagsOnChain;
    QList<LocalizedText> redFlagsExchange;
    LocalizedText victimProfile;
    QStringList victimProfiles; // vocabulary ids
    QStringList channels;       // vocabulary ids
    QStringList chains;         // vocabulary ids
    QStringList assets;
    QList<LocalizedText> evidence;
    QList<LocalizedText> firstResponse;
    QList<LocalizedText> laundering;
    QList<LocalizedText> prevention;
    QStringList related; // pattern ids
    QStringList modules; // training module ids that teach it
    QList<Source> sources;
    QDate lastReviewed;

    QStringList aliasesIn(const QString &language) const { return aliases.value(language); }
    // The ids of one vocabulary group this entry carries ("categories" gives the category).
    QStringList tags(const QString &group) const;
};

// The filter vocabulary: group ("categories", "fatfGroups", "channels", "chains",
// "victimProfiles") -> id -> label.
class Vocabulary
{
public:
    static QStringList groups();
    void add(const QString &group, const QString &id, const LocalizedText &label) { m_groups[group].insert(id, label); }
    bool contains(const QString &group, const QString &id) const { return m_groups.value(group).contains(id); }
    QStringList ids(const QString &group) const { return m_groups.value(group).keys(); }
    QString label(const QString &group, const QString &id, const QString &language) const;

private:
    QMap<QString, QMap<QString, LocalizedText>> m_groups;
};

// The whole reference as loaded from its folder, with every problem found.
struct ReferenceLibrary
{
    QString folder;
    Vocabulary vocabulary;
    QList<Pattern> patterns; // sorted by id
    Diagnostics errors;
    QByteArray fingerprint; // SHA-256 over every file's name and bytes: changes when any file does

    bool isValid() const { return errors.isEmpty() && !patterns.isEmpty(); }
    const Pattern *find(const QString &id) const;
    // Patterns that list the training module `moduleId` (the module page links back to them).
    QList<const Pattern *> teachingModule(const QString &moduleId) const;

    // Reads folder/vocabulary.json and folder/patterns/*.json. knownModules: training module ids
    // that "modules" may name (empty = not checked). Required languages: every text needs them all.
    static ReferenceLibrary load(const QString &folder, const QStringList &knownModules = {},
                                 const QStringList &requiredLanguages = {QStringLiteral("en"), QStringLiteral("zh-Hant")});
    // The bundled reference: <content root>/reference (see AppInfo::bundledContentRoots()).
    static QString bundledFolder();
};

} // namespace cca::reference
