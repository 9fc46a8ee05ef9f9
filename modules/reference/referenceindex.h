#pragma once

#include "reference/pattern.h"
#include "reference/searchtext.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace cca::reference {

// The reference's full-text index: an SQLite FTS5 table (porter stemming for English, characters
// and character pairs for Chinese), ranked with bm25 (name and aliases weigh most), in a cache
// file of its own. It is rebuilt only when the reference files change (their fingerprint).
class ReferenceIndex
{
public:
    ~ReferenceIndex();
    ReferenceIndex(const ReferenceIndex &) = delete;
    ReferenceIndex &operator=(const ReferenceIndex &) = delete;

    // Opens or creates the index file. A file that cannot be read as an index is replaced: it is
    // a cache, rebuilt from the reference files.
    static std::unique_ptr<ReferenceIndex> open(const QString &path, QString *error);
    // AppDataLocation/reference-index.sqlite
    static QString defaultPath();

    // Rebuilds the index in one transaction when `library` differs from what is indexed.
    // reindexed says whether it did. The index keeps using `library` (for titles and snippets):
    // it must outlive the index or the next update.
    bool update(const ReferenceLibrary &library, bool *reindexed, QString *error);
    QByteArray indexedFingerprint() const;
    int entryCount() const;

    struct Filters
    {
        QString category;
        QString channel;
        QString chain;
        QString victimProfile;
        QString language; // "en" or "zh-Hant" to search one language only; empty for both
    };
    struct Hit
    {
        QString id;
        QString language;      // the language whose text matched best
        QString title;         // the name in that language
        double score = 0.0;    // bm25: lower is better
        searchtext::Snippet snippet;
        bool fuzzy = false;    // found only after correcting a typo
    };
    // Ranked hits for a typed query (the last word counts as a prefix, as the officer types);
    // both languages are searched. An empty query lists every entry that passes the filters.
    QList<Hit> search(const QString &query, const Filters &filters = {}, int limit = 25) const;

private:
    explicit ReferenceIndex(QString connectionName);
    QString m_connection;
    const ReferenceLibrary *m_library = nullptr;
    QStringList m_terms;    // the index's Latin-script terms, for typo correction
    QStringList m_allTerms; // every term, sorted, with how many rows hold it
    QList<int> m_termDocs;
    int m_rows = 0;
    // Every index row's entry and language, by rowid (row 0 unused), read once: a search turns
    // its rows into entries without asking the database again.
    struct Row
    {
        QString id;
        QString language;
    };
    QList<Row> m_docRows;
    QHash<QString, qsizetype> m_patternAt; // entry id -> position in m_library->patterns
    void loadTerms();
    void indexPatterns();
    const Pattern *pattern(const QString &id) const;
    bool isKnownWord(const QString &word) const;
    bool build(const QString &file, const ReferenceLibrary &library, QString *error) const;
    int documentsWithPrefix(const QString &prefix) const;

    // Which rows hold each pair of adjacent Chinese characters, in their head (name, aliases,
    // summary) and in the rest: built from the entries on the first search for a Chinese phrase of
    // three or more characters, and dropped when the index or the library changes. FTS5 finds
    // such a phrase by reading where each of its characters is in every row that has it, which
    // in Chinese text means nearly every row; a pair is rarer than each of its characters.
    struct CjkPairs;
    mutable std::shared_ptr<const CjkPairs> m_cjkPairs;
    const CjkPairs &cjkPairs() const;
    // The rows holding the phrase, best first (score: minus the weighted count); when none holds it
    // all, the rows with the most of its pairs, and *nearMatches is set.
    QList<QPair<qint64, double>> searchCjkPhrase(const QString &phrase, const Filters &filters, bool *nearMatches) const;
};

} // namespace cca::reference
