#pragma once

#include "progress/sqlprogressstore.h"

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

protected:
    // One event to a statement: SQLite keeps a statement journal (a copy of every page a statement
    // changes) for an INSERT of several rows inside a transaction, which costs more than the
    // statements it saves (see docs/performance.md).
    qsizetype eventsPerInsert() const override { return 1; }

private:
    SqliteProgressStore(const QString &path, const QString &connectionName);
    bool migrate(QString *error);
};

} // namespace cca::progress
