#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

// Watchlists of known scam addresses, domains and other indicators, imported from CSV files
// (header row: value, kind, source, category, date, note; RFC 4180 quoting) into the reference
// database (SQLite through Qt SQL). Tables: watchlist_entries and watchlist_imports, versioned in
// reference_schema_versions under the component "watchlist".
namespace cca::reference {

struct WatchlistEntry
{
    QString value;     // as imported
    QString kind;      // address, domain, url, email, phone, ens, tx_hash
    QString canonical; // the form matching uses (see canonicalIndicator)
    QString source;
    QString category;
    QString date;      // YYYY-MM-DD or empty
    QString note;
};

struct WatchlistProblem
{
    int line = 0; // 1-based line in the file where the row starts
    QString message;
    QString toString(const QString &file) const; // "file:line: error: message"
};

struct WatchlistImportResult
{
    bool ok = false;        // false: nothing was imported (see error)
    QString error;
    int rows = 0;           // data rows read
    int imported = 0;       // new entries
    int alreadyKnown = 0;   // entries already in the database (or repeated in the file)
    int skipped = 0;        // malformed rows, each in problems
    QList<WatchlistProblem> problems;
};

// One watchlist as the officer sees it: every entry imported under one source ("Scameter",
// "Chainabuse"), whichever files they came from.
struct WatchlistSource
{
    QString source;
    int entries = 0;
    QStringList kinds;       // distinct kinds, sorted
    QStringList categories;  // distinct non-empty categories, sorted
    QString newestListing;   // the latest date column (YYYY-MM-DD), empty when no row has one
    QString lastImported;    // UTC, ISO 8601, when an entry of this source was last added
};

// One import as logged: the file name, when, and what happened to its rows.
struct WatchlistImportRecord
{
    QString file;
    QString importedAt; // UTC, ISO 8601
    int imported = 0;
    int alreadyKnown = 0;
    int skipped = 0;
};

// The watchlist kinds and the canonical form of a value of each kind; empty when malformed
// (*problem says why).
QStringList watchlistKinds();
QString canonicalIndicator(const QString &kind, const QString &value, QString *problem = nullptr);

class Watchlist
{
public:
    ~Watchlist();
    Watchlist(const Watchlist &) = delete;
    Watchlist &operator=(const Watchlist &) = delete;

    // Opens (creating when missing) the database and brings the watchlist tables up to date.
    static std::unique_ptr<Watchlist> open(const QString &path, QString *error);
    static int schemaVersion();
    // AppDataLocation/watchlists.sqlite: a file of its own, because the reference index's cache
    // file is thrown away and rebuilt whenever the bundled reference changes.
    static QString defaultPath();

    // Every row in one transaction: malformed rows are skipped and reported, good rows kept; a
    // database failure rolls everything back and says so.
    WatchlistImportResult importCsv(const QString &csvPath);
    WatchlistImportResult importCsvData(const QByteArray &data, const QString &fileLabel);

    QList<WatchlistEntry> find(const QString &kind, const QString &canonical) const;
    int count() const;
    // Every source with its entries, alphabetically (case-insensitive).
    QList<WatchlistSource> sources() const;
    // The import log, newest first, at most limit records.
    QList<WatchlistImportRecord> imports(int limit = 20) const;
    // Deletes every entry of the source in one transaction; *removed is how many. The import log
    // keeps its history.
    bool removeSource(const QString &source, int *removed, QString *error);
    QString path() const { return m_path; }

private:
    Watchlist() = default;
    bool migrate(QString *error);
    QString m_connection;
    QString m_path;
    mutable std::unique_ptr<QSqlQuery> m_find; // prepared once: a long text asks thousands of times
};

} // namespace cca::reference
