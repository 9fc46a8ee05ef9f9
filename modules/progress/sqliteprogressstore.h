#pragma once

#include "progress/sqlprogressstore.h"

struct sqlite3;

namespace cca::progress {

// The embedded store: one SQLite file, WAL, foreign keys, numbered migrations in PRAGMA user_version.
class SqliteProgressStore : public SqlProgressStore
{
public:
    static int latestSchemaVersion();

    // Opens or creates the file. A file that is not a readable SQLite database, or that fails
    // PRAGMA quick_check, is renamed to "<name>.damaged-<UTC time>" and a fresh one is created; the
    // result says where it went. A database from a newer app version is refused, never changed.
    static OpenResult open(const QString &path);

    int schemaVersion();

    // An import of at least this many events into a log holding no more than that drops the
    // officer/module index and builds it again after the rows (faster than a million single
    // inserts into it). 100,000 unless changed; tests lower it to keep their data small.
    static void setIndexRebuildThreshold(qsizetype events);
    static qsizetype indexRebuildThreshold();

protected:
    // One event to a statement: SQLite keeps a statement journal (a copy of every page a statement
    // changes) for an INSERT of several rows inside a transaction, which costs more than the
    // statements it saves (see docs/performance.md).
    qsizetype eventsPerInsert() const override { return 1; }
    // Events are bound through SQLite's own interface when the connection runs on the SQLite this
    // program links (see canWriteDirectly); otherwise through Qt SQL like every other write.
    bool insertEvents(const QList<Event> &events, EventRows::Mode mode, qsizetype *added, QString *error) override;

private:
    SqliteProgressStore(const QString &path, const QString &connectionName);
    bool migrate(QString *error);
    bool canWriteDirectly();
    sqlite3 *connectionHandle() const;

    bool m_writeDirectly = false;
};

} // namespace cca::progress
