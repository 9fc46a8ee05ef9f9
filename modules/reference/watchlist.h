#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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

    // Every row in one transaction: malformed rows are skipped and reported, good rows kept; a
    // database failure rolls everything back and says so.
    WatchlistImportResult importCsv(const QString &csvPath);
    WatchlistImportResult importCsvData(const QByteArray &data, const QString &fileLabel);

    QList<WatchlistEntry> find(const QString &kind, const QString &canonical) const;
    int count() const;
    QString path() const { return m_path; }

private:
    Watchlist() = default;
    bool migrate(QString *error);
    QString m_connection;
    QString m_path;
};

} // namespace cca::reference
