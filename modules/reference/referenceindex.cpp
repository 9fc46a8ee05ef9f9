#include "reference/referenceindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <vector>

namespace cca::reference {

namespace {

// 3: character pairs, prefix indexes, a head table, texts from the library. 4: one token per
// Chinese character (phrases of them in queries), built in a file of its own then swapped in.
constexpr int kIndexFormat = 4;

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Every text of an entry's body (everything but its name, aliases and summary), in order, each
// given to `visit`; stops early when `visit` returns true.
bool visitBody(const Pattern &p, const Vocabulary &vocabulary, const QString &language, const std::function<bool(const QString &)> &visit)
{
    for (const QList<LocalizedText> *list : {&p.howItWorks, &p.redFlagsVictim, &p.redFlagsOnChain, &p.redFlagsExchange})
        for (const LocalizedText &t : *list)
            if (visit(t.text(language)))
                return true;
    if (visit(p.victimProfile.text(language)))
        return true;
    for (const QList<LocalizedText> *list : {&p.evidence, &p.firstResponse, &p.laundering, &p.prevention})
        for (const LocalizedText &t : *list)
            if (visit(t.text(language)))
                return true;
    for (const QString &asset : p.assets)
        if (visit(asset))
            return true;
    for (const QString &group : Vocabulary::groups())
        for (const QString &id : p.tags(group))
            if (visit(vocabulary.label(group, id, language)))
                return true;
    return false;
}

QString bodyOf(const Pattern &p, const Vocabulary &vocabulary, const QString &language)
{
    QStringList parts;
    visitBody(p, vocabulary, language, [&](const QString &text) {
        parts << text;
        return false;
    });
    return parts.join(QLatin1Char('\n'));
}

// The snippet of an entry's texts (summary, aliases, the rest) that shows the most different
// words of the query, then the longest single match (a whole phrase beats its pairs); the summary's
// start when none shows any.
searchtext::Snippet bestSnippet(const Pattern &p, const Vocabulary &vocabulary, const QString &language,
                                const QList<searchtext::QueryTerm> &terms)
{
    searchtext::Snippet snippet;
    if (!terms.isEmpty()) {
        int best = 0;
        for (const QString &text : {p.summary.text(language), p.aliasesIn(language).join(QStringLiteral(" · ")), bodyOf(p, vocabulary, language)}) {
            const searchtext::Snippet candidate = searchtext::makeSnippet(text, terms);
            int shown = 0, longest = 0;
            for (const searchtext::QueryTerm &t : terms) {
                bool found = false;
                for (const auto &[offset, length] : candidate.highlights) {
                    const QString piece = candidate.text.mid(offset, length).toLower();
                    found = found || (t.cjk ? t.text.contains(piece) : piece.startsWith(t.text.left(4)));
                    longest = std::max(longest, int(length));
                }
                shown += found ? 1 : 0;
            }
            const int score = shown * 1000 + longest;
            if (score > best) {
                best = score;
                snippet = candidate;
            }
        }
    }
    if (!snippet.matched())
        snippet = searchtext::makeSnippet(p.summary.text(language), {});
    return snippet;
}

// An FTS5 string literal.
QString quoted(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// The tables of an index (an empty file gets them too, so that it can be searched at once).
bool createSchema(QSqlDatabase db, QString *error)
{
    return exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), error)
           && exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, lang TEXT NOT NULL)"), error)
           && exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS docs_by_lang ON docs (lang, id)"), error)
           && exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS tags (id TEXT NOT NULL, grp TEXT NOT NULL, value TEXT NOT NULL)"), error)
           && exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS tags_by_value ON tags (grp, value, id)"), error)
           // Every text, for matching across all of an entry; and the short head (name,
           // aliases, summary) alone, which answers most searches from far fewer rows.
           && exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, aliases, summary, body, "
                                      "content='', tokenize='porter unicode61 remove_diacritics 2')"),
                   error)
           && exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS fts_head USING fts5(title, aliases, summary, "
                                      "content='', tokenize='porter unicode61 remove_diacritics 2')"),
                   error)
           && exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, row)"), error)
           && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(kIndexFormat), error);
}

// Where an index is built before it replaces the one in use.
QString buildingPrefix(const QString &path)
{
    return QFileInfo(path).fileName() + QStringLiteral(".building-");
}

bool buildInto(QSqlDatabase db, const ReferenceLibrary &library, QString *error)
{
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // A fresh file nobody else reads: no journal, and one sync when it is complete (before it
    // replaces the index in use). FTS5 keeps up to 64 MiB of new entries in memory before it
    // writes them out, so that the whole reference becomes a few segments instead of hundreds
    // that would then be merged again and again.
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=OFF"), error) || !exec(db, QStringLiteral("PRAGMA synchronous=OFF"), error)
        || !exec(db, QStringLiteral("PRAGMA cache_size=-65536"), error) || !exec(db, QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), error)
        || !createSchema(db, error))
        return false;
    for (const char *table : {"fts", "fts_head"})
        if (!exec(db, QStringLiteral("INSERT INTO %1(%1, rank) VALUES('hashsize', %2)").arg(QLatin1String(table)).arg(64 << 20), error))
            return false;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    };
    QSqlQuery doc(db), fts(db), head(db), tag(db);
    doc.prepare(QStringLiteral("INSERT INTO docs (rowid, id, lang) VALUES (?, ?, ?)"));
    fts.prepare(QStringLiteral("INSERT INTO fts (rowid, title, aliases, summary, body) VALUES (?, ?, ?, ?, ?)"));
    head.prepare(QStringLiteral("INSERT INTO fts_head (rowid, title, aliases, summary) VALUES (?, ?, ?, ?)"));
    tag.prepare(QStringLiteral("INSERT INTO tags (id, grp, value) VALUES (?, ?, ?)"));
    qint64 rowid = 0;
    for (const Pattern &p : library.patterns) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh-Hant")}) {
            // The id's words are searchable too ("pig-butchering").
            const QString title = searchtext::forIndex(p.name.text(language) + QLatin1Char(' ') + QString(p.id).replace(QLatin1Char('-'), QLatin1Char(' ')));
            const QString aliases = searchtext::forIndex(p.aliasesIn(language).join(QStringLiteral(" · ")));
            const QString summary = searchtext::forIndex(p.summary.text(language));
            ++rowid;
            doc.addBindValue(rowid);
            doc.addBindValue(p.id);
            doc.addBindValue(language);
            if (!doc.exec())
                return fail(doc);
            fts.addBindValue(rowid);
            fts.addBindValue(title);
            fts.addBindValue(aliases);
            fts.addBindValue(summary);
            fts.addBindValue(searchtext::forIndex(bodyOf(p, library.vocabulary, language)));
            if (!fts.exec())
                return fail(fts);
            head.addBindValue(rowid);
            head.addBindValue(title);
            head.addBindValue(aliases);
            head.addBindValue(summary);
            if (!head.exec())
                return fail(head);
        }
        for (const QString &group : Vocabulary::groups())
            for (const QString &value : p.tags(group)) {
                tag.addBindValue(p.id);
                tag.addBindValue(group);
                tag.addBindValue(value);
                if (!tag.exec())
                    return fail(tag);
            }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // Merge what is left into one segment per table; then the fingerprint, last, with the one
    // sync that puts everything on disk before the file takes the place of the index in use.
    if (!exec(db, QStringLiteral("INSERT INTO fts(fts) VALUES('optimize')"), error)
        || !exec(db, QStringLiteral("INSERT INTO fts_head(fts_head) VALUES('optimize')"), error)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error))
        return false;
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)"));
    meta.addBindValue(QString::fromLatin1(library.fingerprint));
    if (meta.exec())
        return true;
    if (error)
        *error = meta.lastError().text();
    return false;
}

} // namespace

ReferenceIndex::ReferenceIndex(QString connectionName) : m_connection(std::move(connectionName)) {}

ReferenceIndex::~ReferenceIndex()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ReferenceIndex::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("reference-index.sqlite"));
}

std::unique_ptr<ReferenceIndex> ReferenceIndex::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Builds that never finished (the program ended during one) leave their file behind.
    const QDir folder = QFileInfo(path).absoluteDir();
    for (const QFileInfo &stale : folder.entryInfoList({buildingPrefix(path) + QLatin1Char('*')}, QDir::Files))
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(stale.absoluteFilePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = QStringLiteral("cca-reference-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::unique_ptr<ReferenceIndex> index(new ReferenceIndex(name));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString problem;
        bool ok = db.open();
        if (!ok)
            problem = db.lastError().text();
        // The index is a cache: anything unexpected means "build it again".
        int format = -1;
        if (ok) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                format = q.value(0).toInt();
            else
                ok = false, problem = q.lastError().text();
        }
        if (ok && format != 0 && format != kIndexFormat)
            ok = false, problem = QStringLiteral("index format %1").arg(format);
        if (ok && format == 0)
            ok = createSchema(db, &problem);
        if (ok) {
            index->loadTerms();
            return index;
        }
        db.close();
        db = QSqlDatabase();
        index.reset();
        if (attempt == 0) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            continue;
        }
        if (error)
            *error = QStringLiteral("Cannot open the reference index %1: %2").arg(path, problem);
    }
    return nullptr;
}

QByteArray ReferenceIndex::indexedFingerprint() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'fingerprint'")) && q.next())
        return q.value(0).toString().toLatin1();
    return {};
}

int ReferenceIndex::entryCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT count(DISTINCT id) FROM docs")) && q.next())
        return q.value(0).toInt();
    return 0;
}

void ReferenceIndex::loadTerms()
{
    m_cjkPairs.reset();
    m_terms.clear();
    m_allTerms.clear();
    m_termDocs.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery count(db);
    m_rows = count.exec(QStringLiteral("SELECT count(*) FROM docs")) && count.next() ? count.value(0).toInt() : 0;
    m_docRows.clear();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (rows.exec(QStringLiteral("SELECT rowid, id, lang FROM docs ORDER BY rowid")))
        while (rows.next()) {
            const qint64 rowid = rows.value(0).toLongLong();
            if (rowid < 0 || rowid > 10'000'000)
                continue;
            if (m_docRows.size() <= rowid)
                m_docRows.resize(rowid + 1);
            m_docRows[rowid] = Row{rows.value(1).toString(), rows.value(2).toString()};
        }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT term, doc FROM fts_terms ORDER BY term")))
        return;
    QList<QPair<QString, int>> terms;
    while (q.next())
        terms << qMakePair(q.value(0).toString(), q.value(1).toInt());
    // In QString's order (SQLite's differs beyond the Basic Multilingual Plane): searched by bisection.
    std::sort(terms.begin(), terms.end());
    for (const auto &[term, docs] : std::as_const(terms)) {
        m_allTerms << term;
        m_termDocs << docs;
        if (term.size() >= 3 && !searchtext::isCjk(term[0]) && !term[0].isDigit())
            m_terms << term;
    }
}

void ReferenceIndex::indexPatterns()
{
    m_cjkPairs.reset();
    m_patternAt.clear();
    if (!m_library)
        return;
    m_patternAt.reserve(m_library->patterns.size());
    for (qsizetype i = 0; i < m_library->patterns.size(); ++i)
        m_patternAt.insert(m_library->patterns.at(i).id, i);
}

const Pattern *ReferenceIndex::pattern(const QString &id) const
{
    if (!m_library)
        return nullptr;
    const qsizetype at = m_patternAt.value(id, -1);
    if (at >= 0 && at < m_library->patterns.size() && m_library->patterns.at(at).id == id)
        return &m_library->patterns.at(at);
    return m_library->find(id); // the library changed since the last update
}

// Whether the index has a word that starts with `word`, or that is its stem ("butcher" in
// "butchering", "monei" for "money"): m_terms is sorted, so each is a binary search.
bool ReferenceIndex::isKnownWord(const QString &word) const
{
    const auto from = std::lower_bound(m_terms.cbegin(), m_terms.cend(), word);
    if (from != m_terms.cend() && from->startsWith(word))
        return true;
    for (qsizetype k = std::max<qsizetype>(4, word.size() - 4); k < word.size(); ++k)
        if (std::binary_search(m_terms.cbegin(), m_terms.cend(), word.left(k)))
            return true;
    // The stemmer turns a final y into i ("money" -> "monei").
    if (word.size() >= 5 && word.endsWith(QLatin1Char('y')))
        return std::binary_search(m_terms.cbegin(), m_terms.cend(), word.left(word.size() - 1) + QLatin1Char('i'));
    return false;
}

int ReferenceIndex::documentsWithPrefix(const QString &prefix) const
{
    // The largest document count among the terms that start with prefix: at least that many rows match.
    auto it = std::lower_bound(m_allTerms.cbegin(), m_allTerms.cend(), prefix);
    int most = 0;
    for (int scanned = 0; it != m_allTerms.cend() && it->startsWith(prefix) && scanned < 4096; ++it, ++scanned)
        most = std::max(most, m_termDocs[int(it - m_allTerms.cbegin())]);
    return most;
}

bool ReferenceIndex::update(const ReferenceLibrary &library, bool *reindexed, QString *error)
{
    m_library = &library;
    indexPatterns();
    if (reindexed)
        *reindexed = false;
    if (!library.fingerprint.isEmpty() && library.fingerprint == indexedFingerprint())
        return true;
    // The new index is written to a file of its own, then takes the place of the one in use: a
    // build that fails or is cut short leaves the old index as it was, so the build itself needs
    // no journal and no syncing until it is complete.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString path = db.databaseName();
    const QString building = QFileInfo(path).absoluteDir().filePath(buildingPrefix(path) + QUuid::createUuid().toString(QUuid::Id128));
    QString problem;
    if (!build(building, library, &problem)) {
        QFile::remove(building);
        if (error)
            *error = problem;
        return false;
    }
    db.close();
    std::error_code replaced;
    std::filesystem::rename(std::filesystem::path(building.toStdU16String()), std::filesystem::path(path.toStdU16String()), replaced);
    if (replaced)
        QFile::remove(building);
    if (!db.open() || replaced) {
        if (error)
            *error = replaced ? QCoreApplication::translate("cca::reference::ReferenceIndex", "The new reference index cannot take the place of the old one: %1")
                                    .arg(QString::fromLocal8Bit(replaced.message().c_str()))
                              : db.lastError().text();
        loadTerms();
        return false;
    }
    loadTerms();
    if (reindexed)
        *reindexed = true;
    return true;
}

bool ReferenceIndex::build(const QString &file, const ReferenceLibrary &library, QString *error) const
{
    const QString name = m_connection + QStringLiteral("-build");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = buildInto(db, library, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct ReferenceIndex::CjkPairs
{
    std::vector<qint64> rows;          // slot -> index rowid (the rows with any pair)
    QHash<quint32, int> pairAt;        // two UTF-16 units -> position in head and body
    std::vector<std::vector<quint64>> head, body; // per pair: a bit per slot
    size_t words = 0;                  // 64-bit words per bit set
};

namespace {
QString headText(const Pattern &p, const QString &language)
{
    return p.name.text(language) + QLatin1Char('\n') + p.aliasesIn(language).join(QStringLiteral(" · ")) + QLatin1Char('\n')
           + p.summary.text(language);
}

// The distinct pairs of adjacent Chinese characters in `text`, each as its two UTF-16 units. A
// small open-addressing set stamped with a generation finds repeats without sorting or clearing.
class PairSet
{
public:
    void pairsOf(const QString &text, std::vector<quint32> &out)
    {
        out.clear();
        ++m_generation;
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (!searchtext::isCjk(text[i]) || !searchtext::isCjk(text[i + 1]))
                continue;
            const quint32 key = (quint32(text[i].unicode()) << 16) | text[i + 1].unicode();
            if (out.size() >= kSize / 2) { // an unusually long text: sort instead
                out.push_back(key);
                continue;
            }
            for (quint32 at = (key * 2654435761u) >> (32 - kBits);; at = (at + 1) & (kSize - 1)) {
                Slot &slot = m_slots[at];
                if (slot.generation != m_generation) {
                    slot = Slot{key, m_generation};
                    out.push_back(key);
                    break;
                }
                if (slot.key == key)
                    break;
            }
        }
        if (out.size() >= kSize / 2) {
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
        }
    }

private:
    static constexpr int kBits = 13;
    static constexpr quint32 kSize = 1u << kBits;
    struct Slot
    {
        quint32 key = 0;
        quint32 generation = 0;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(kSize);
    quint32 m_generation = 0;
};
} // namespace

const ReferenceIndex::CjkPairs &ReferenceIndex::cjkPairs() const
{
    if (m_cjkPairs)
        return *m_cjkPairs;
    auto c = std::make_shared<CjkPairs>();
    // First the texts' pairs, row by row; then the bit sets, once the number of rows is known.
    struct RowPairs
    {
        qint64 row;
        std::vector<quint32> head, body;
    };
    std::vector<RowPairs> found;
    std::vector<quint32> scratch;
    PairSet set;
    for (qsizetype row = 1; m_library && row < m_docRows.size(); ++row) {
        const Pattern *p = pattern(m_docRows.at(row).id);
        if (!p)
            continue;
        const QString &language = m_docRows.at(row).language;
        RowPairs r{row, {}, {}};
        set.pairsOf(headText(*p, language), scratch);
        r.head = scratch;
        set.pairsOf(bodyOf(*p, m_library->vocabulary, language), scratch);
        r.body = scratch;
        if (!r.head.empty() || !r.body.empty())
            found.push_back(std::move(r));
    }
    c->words = (found.size() + 63) / 64;
    for (size_t slot = 0; slot < found.size(); ++slot) {
        c->rows.push_back(found[slot].row);
        for (int part = 0; part < 2; ++part)
            for (const quint32 key : part == 0 ? found[slot].head : found[slot].body) {
                auto it = c->pairAt.constFind(key);
                if (it == c->pairAt.cend()) {
                    it = c->pairAt.insert(key, int(c->head.size()));
                    c->head.emplace_back();
                    c->body.emplace_back();
                }
                std::vector<quint64> &set = (part == 0 ? c->head : c->body)[size_t(*it)];
                if (set.empty())
                    set.assign(c->words, 0);
                set[slot / 64] |= quint64(1) << (slot % 64);
            }
    }
    m_cjkPairs = c;
    return *m_cjkPairs;
}

QList<QPair<qint64, double>> ReferenceIndex::searchCjkPhrase(const QString &phrase, const Filters &filters, bool *nearMatches) const
{
    const CjkPairs &c = cjkPairs();
    std::vector<int> pairs;
    bool allKnown = true;
    for (qsizetype k = 0; k + 1 < phrase.size(); ++k) {
        const auto it = c.pairAt.constFind((quint32(phrase[k].unicode()) << 16) | phrase[k + 1].unicode());
        if (it == c.pairAt.cend())
            allKnown = false;
        else
            pairs.push_back(*it);
    }
    auto has = [&](const std::vector<quint64> &set, size_t slot) { return !set.empty() && (set[slot / 64] >> (slot % 64)) & 1; };
    auto wanted = [&](qint64 row) { return filters.language.isEmpty() || m_docRows.at(row).language == filters.language; };

    // Rows with every pair of the phrase somewhere, then the phrase itself counted in each field,
    // weighted as bm25 is above (names 10, aliases 8, summaries 3, the rest 1; three at most each).
    QList<QPair<qint64, double>> ranked;
    for (size_t slot = 0; allKnown && slot < c.rows.size(); ++slot) {
        bool all = true;
        for (const int pair : pairs)
            all = all && (has(c.head[size_t(pair)], slot) || has(c.body[size_t(pair)], slot));
        if (!all || !wanted(c.rows[slot]))
            continue;
        const Row &row = m_docRows.at(c.rows[slot]);
        const Pattern *p = pattern(row.id);
        if (!p)
            continue;
        const double score = 10.0 * std::min<qsizetype>(3, p->name.text(row.language).count(phrase))
                             + 8.0 * std::min<qsizetype>(3, p->aliasesIn(row.language).join(QStringLiteral(" · ")).count(phrase))
                             + 3.0 * std::min<qsizetype>(3, p->summary.text(row.language).count(phrase))
                             + 1.0 * std::min<qsizetype>(3, bodyOf(*p, m_library->vocabulary, row.language).count(phrase));
        if (score > 0)
            ranked << qMakePair(c.rows[slot], -score);
    }
    bool loose = false;
    if (ranked.isEmpty()) {
        // Nothing has the whole phrase: the rows with the most of its pairs, in names first.
        loose = true;
        for (size_t slot = 0; slot < c.rows.size(); ++slot) {
            double score = 0;
            for (const int pair : pairs)
                score += (has(c.head[size_t(pair)], slot) ? 3.0 : 0.0) + (has(c.body[size_t(pair)], slot) ? 1.0 : 0.0);
            if (score > 0 && wanted(c.rows[slot]))
                ranked << qMakePair(c.rows[slot], -score);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    if (nearMatches)
        *nearMatches = loose;
    return ranked;
}

QList<ReferenceIndex::Hit> ReferenceIndex::search(const QString &query, const Filters &filters, int limit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QList<searchtext::QueryTerm> terms = searchtext::queryTerms(query);

    auto rowsWith = [&](const searchtext::QueryTerm &t) {
        // At most 4 letters: what the stemmer keeps of a word ("monei" for "money").
        const QString key = t.cjk ? t.text : t.text.left(std::max<qsizetype>(2, std::min<qsizetype>(t.text.size(), 4)));
        return documentsWithPrefix(key);
    };
    // A short beginning of a word still being typed after other words ("kiosk ca"), which more
    // than a tenth of a large reference's rows have: FTS5 would merge the rows of every word it
    // begins (for "ca", every row) before it could rank. Until the word has four letters it only
    // filters: the finished words rank, and their rows are kept when a word of theirs begins with
    // it (bm25 would give so common a beginning little weight anyway).
    QString typedPrefix;
    if (m_rows > 200 && terms.size() > 1 && !terms.last().cjk && terms.last().text.size() >= 2 && terms.last().text.size() <= 3
        && rowsWith(terms.last()) > m_rows / 10 && !std::all_of(terms.cbegin(), terms.cend() - 1, [](const auto &t) { return t.cjk; }))
        typedPrefix = terms.last().text;
    auto hasWordStarting = [&](QStringView text) {
        for (qsizetype i = 0; i + typedPrefix.size() <= text.size(); ++i)
            if (text[i].isLetterOrNumber() && (i == 0 || !text[i - 1].isLetterOrNumber())
                && text.mid(i, typedPrefix.size()).compare(typedPrefix, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    // Whether a row's texts (as indexed: its head, or all of them) have a word starting with the prefix.
    auto rowHasPrefix = [&](qint64 rowid, bool headOnly) {
        if (rowid <= 0 || rowid >= m_docRows.size())
            return false;
        const Row &row = m_docRows.at(rowid);
        const Pattern *p = pattern(row.id);
        if (!p)
            return false;
        // The texts as they are indexed: the head (and the id's words), then the rest.
        if (hasWordStarting(headText(*p, row.language)) || hasWordStarting(p->id))
            return true;
        return !headOnly && visitBody(*p, m_library->vocabulary, row.language, [&](const QString &text) { return hasWordStarting(text); });
    };

    QString filterSql;
    QVariantList filterValues;
    const std::pair<const char *, QString> wanted[] = {{"categories", filters.category},
                                                       {"channels", filters.channel},
                                                       {"chains", filters.chain},
                                                       {"victimProfiles", filters.victimProfile}};
    if (!filters.language.isEmpty()) {
        filterSql += QStringLiteral(" AND docs.lang = ?");
        filterValues << filters.language;
    }
    for (const auto &[group, value] : wanted)
        if (!value.isEmpty()) {
            filterSql += QStringLiteral(" AND docs.id IN (SELECT id FROM tags WHERE grp = ? AND value = ?)");
            filterValues << QString::fromLatin1(group) << value;
        }

    // One FTS5 expression per term: Chinese runs as their character pairs, words as themselves
    // (the last one as a prefix while it is being typed), words the index does not know widened
    // to the known words one or two typos away.
    // A word's expression does not depend on strict or loose matching: worked out once per search
    // (typo correction scans the index's words).
    QHash<QString, std::pair<QString, bool>> wordExpressions;
    auto termExpression = [&](const searchtext::QueryTerm &t, bool last, bool *fuzzy, bool strict) -> QString {
        if (t.cjk) {
            // The phrase of its characters; when nothing has it, any of its pairs.
            if (strict || t.text.size() <= 2)
                return quoted(searchtext::forIndex(t.text).trimmed());
            QStringList pairs;
            for (qsizetype k = 0; k + 1 < t.text.size(); ++k)
                pairs << quoted(searchtext::forIndex(t.text.mid(k, 2)).trimmed());
            return QLatin1Char('(') + pairs.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        const QString key = t.text + (last ? QStringLiteral("*") : QString());
        if (const auto known = wordExpressions.constFind(key); known != wordExpressions.cend()) {
            *fuzzy = *fuzzy || known->second;
            return known->first;
        }
        QString expr = quoted(t.text) + (last ? QStringLiteral("*") : QString());
        if (last && t.text.size() < 4 && m_rows > 200) {
            // A short beginning in a large reference: the index's words that start with it, when
            // there are few, are read far faster than FTS5's prefix query, which merges every
            // word it begins in a pass of its own ("kiosk cas": 7 ms as a prefix, under 1 ms as
            // "cash" OR "casino"). Ranked as separate words, which bm25 weighs slightly differently.
            QStringList words;
            for (auto it = std::lower_bound(m_allTerms.cbegin(), m_allTerms.cend(), t.text);
                 it != m_allTerms.cend() && it->startsWith(t.text) && words.size() <= 32; ++it)
                words << quoted(*it);
            if (!words.isEmpty() && words.size() <= 32) {
                const QString out = words.size() == 1 ? words.first() : QLatin1Char('(') + words.join(QStringLiteral(" OR ")) + QLatin1Char(')');
                wordExpressions.insert(key, {out, false});
                return out;
            }
        }
        // Known: an index term starts with what was typed, or is its stem ("butcher" in "butchering").
        if (t.text.size() < 4 || isKnownWord(t.text)) {
            wordExpressions.insert(key, {expr, false});
            return expr;
        }
        const int maxDistance = t.text.size() >= 8 ? 2 : 1;
        QStringList alternatives{expr};
        QSet<QString> taken;
        for (const QString &term : m_terms)
            if (std::abs(int(term.size() - t.text.size())) <= maxDistance + 1
                && searchtext::editDistance(term, t.text, maxDistance) <= maxDistance) {
                alternatives << quoted(term);
                taken.insert(term);
            }
        // Stemmed index terms are shorter than the word typed ("butcher" for "butchring").
        const QStringView typed(t.text);
        for (const QString &term : m_terms) {
            if (term.size() < 4 || term.size() >= t.text.size() || taken.contains(term))
                continue;
            for (qsizetype k = term.size() - 1; k <= term.size() + 1; ++k)
                if (searchtext::editDistance(term, typed.left(k), 1) <= 1) {
                    alternatives << quoted(term);
                    taken.insert(term);
                    break;
                }
        }
        const bool corrected = alternatives.size() > 1;
        if (corrected)
            *fuzzy = true;
        const QString out = QLatin1Char('(') + alternatives.mid(0, 12).join(QStringLiteral(" OR ")) + QLatin1Char(')');
        wordExpressions.insert(key, {out, corrected});
        return out;
    };

    QList<Hit> hits;
    QSet<QString> seen;
    QList<qint64> seenRows;
    // Adds the entries of these index rows, in the order given, as hits.
    auto addRows = [&](const QList<QPair<qint64, double>> &rows, bool fuzzy) {
        if (rows.isEmpty())
            return;
        for (const auto &[rowid, score] : rows) {
            seenRows << rowid;
            if (hits.size() >= limit || rowid <= 0 || rowid >= m_docRows.size())
                continue;
            const Row &doc = m_docRows.at(rowid);
            const Pattern *p = pattern(doc.id);
            if (!p || seen.contains(p->id))
                continue;
            seen.insert(p->id);
            Hit h;
            h.id = p->id;
            h.language = doc.language;
            h.title = p->name.text(h.language);
            h.score = score;
            h.fuzzy = fuzzy;
            h.snippet = bestSnippet(*p, m_library->vocabulary, h.language, terms);
            hits << h;
        }
    };
    // One Chinese phrase of three or more characters, without filters on the entries' tags: found
    // through the pairs of its characters (see cjkPairs()).
    if (m_library && terms.size() == 1 && terms.first().cjk && terms.first().text.size() >= 3 && filters.category.isEmpty()
        && filters.channel.isEmpty() && filters.chain.isEmpty() && filters.victimProfile.isEmpty()) {
        bool nearMatches = false;
        const QList<QPair<qint64, double>> rows = searchCjkPhrase(terms.first().text, filters, &nearMatches);
        addRows(rows, nearMatches);
        return hits;
    }
    const QString rowFilter = filterSql.isEmpty() ? QString() : QStringLiteral(" AND rowid IN (SELECT docs.rowid FROM docs WHERE 1 = 1") + filterSql + QLatin1Char(')');
    auto rank = [&](const QString &table, const QString &weights, const QString &match, const QString &exclude, int count, bool headOnly) {
        const int wanted = count;
        if (!typedPrefix.isEmpty())
            count *= 4; // some of the rows lack the prefix
        QList<QPair<qint64, double>> rows;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid, bm25(%1, %2) AS r FROM %1 WHERE %1 MATCH ?%3%4 ORDER BY r LIMIT ?")
                      .arg(table, weights, rowFilter, exclude));
        q.addBindValue(match);
        for (const QVariant &v : std::as_const(filterValues))
            q.addBindValue(v);
        q.addBindValue(count);
        if (q.exec())
            while (q.next())
                rows << qMakePair(q.value(0).toLongLong(), q.value(1).toDouble());
        if (typedPrefix.isEmpty())
            return rows;
        QList<QPair<qint64, double>> kept;
        for (const auto &row : std::as_const(rows))
            if (kept.size() < wanted && rowHasPrefix(row.first, headOnly))
                kept << row;
        return kept;
    };
    // Names, aliases and summaries first; then the rest of the text for what they did not find.
    auto run = [&](const QString &match, bool fuzzy) {
        if (match.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rowid FROM docs WHERE lang = ?%1 ORDER BY id LIMIT ?").arg(filterSql));
            q.addBindValue(filters.language.isEmpty() ? QStringLiteral("en") : filters.language);
            for (const QVariant &v : std::as_const(filterValues))
                q.addBindValue(v);
            q.addBindValue(limit);
            QList<QPair<qint64, double>> rows;
            if (q.exec())
                while (q.next())
                    rows << qMakePair(q.value(0).toLongLong(), 0.0);
            addRows(rows, false);
            return;
        }
        addRows(rank(QStringLiteral("fts_head"), QStringLiteral("10.0, 8.0, 3.0"), match, QString(), limit * 2, true), fuzzy);
        if (hits.size() >= limit)
            return;
        QStringList exclude;
        for (qint64 r : std::as_const(seenRows))
            exclude << QString::number(r);
        const QString notSeen = exclude.isEmpty() ? QString() : QStringLiteral(" AND rowid NOT IN (%1)").arg(exclude.join(QLatin1Char(',')));
        addRows(rank(QStringLiteral("fts"), QStringLiteral("10.0, 8.0, 3.0, 1.0"), match, notSeen, (limit - int(hits.size())) * 2, false), fuzzy);
    };

    if (terms.isEmpty() || (terms.size() == 1 && !terms.first().cjk && terms.first().text.size() < 2)) {
        run(QString(), false); // nothing typed yet, or one letter: everything that passes the filters
        return hits;
    }
    bool fuzzy = false;
    auto expressions = [&](bool strict) {
        QStringList out;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            // A single Latin letter just typed says nothing yet: wait for the next one.
            if (!terms[i].cjk && terms[i].text.size() < 2 && i == terms.size() - 1 && terms.size() > 1)
                continue;
            if (i == terms.size() - 1 && !typedPrefix.isEmpty())
                continue; // matched in the rows found for the other words (see typedPrefix)
            out << termExpression(terms[i], i == terms.size() - 1, &fuzzy, strict);
        }
        return out;
    };
    const QString strict = expressions(true).join(QStringLiteral(" AND ")); // sets fuzzy: compute before passing it
    // When every word is in most entries ("scam victim"), ranking says nothing and would cost a
    // score for nearly every row: take the first matches of the short texts instead.
    const bool allCommon = m_rows > 200 && std::all_of(terms.cbegin(), terms.cend(), [&](const searchtext::QueryTerm &t) {
        if (t.cjk && t.text.size() > 1)
            return false; // a phrase of characters is rarer than any of them
        return rowsWith(t) > m_rows * 3 / 10;
    });
    if (allCommon) {
        QList<QPair<qint64, double>> rows;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid FROM fts_head WHERE fts_head MATCH ?%1 LIMIT ?").arg(rowFilter));
        q.addBindValue(strict);
        for (const QVariant &v : std::as_const(filterValues))
            q.addBindValue(v);
        q.addBindValue(typedPrefix.isEmpty() ? limit * 2 : limit * 8);
        if (q.exec())
            while (q.next())
                if (typedPrefix.isEmpty() || rowHasPrefix(q.value(0).toLongLong(), true))
                    rows << qMakePair(q.value(0).toLongLong(), 0.0);
        addRows(rows, fuzzy);
        if (!hits.isEmpty())
            return hits;
    }
    run(strict, fuzzy);
    // Nothing has every word (or every pair of a Chinese phrase): rank what has any of them.
    const bool anyCjkPhrase = std::any_of(terms.cbegin(), terms.cend(), [](const auto &t) { return t.cjk && t.text.size() > 2; });
    if (hits.isEmpty() && (terms.size() > 1 || anyCjkPhrase))
    {
        const QString loose = expressions(false).join(QStringLiteral(" OR "));
        run(loose, fuzzy);
    }
    return hits;
}

} // namespace cca::reference
