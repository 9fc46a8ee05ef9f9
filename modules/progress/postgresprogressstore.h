#pragma once

#include "progress/sqlprogressstore.h"

namespace cca::progress {

// The central store for a force with many stations: one PostgreSQL database reached through Qt's
// QPSQL driver. Same interface and same SQL as the workstation store; its own numbered migrations
// in the table cca_schema_version, run under an advisory lock so that stations starting together
// migrate once.
class PostgresProgressStore : public SqlProgressStore
{
public:
    static int latestSchemaVersion();

    // url: postgresql://user@host:port/database (or postgres://…), optional ?key=value libpq options
    // such as sslmode. The password comes from `password`, else the environment (CCA_DB_PASSWORD,
    // then libpq's own PGPASSWORD and ~/.pgpass); it is never kept anywhere but the connection.
    // When the server asks for a password that was not given or was wrong, the result says
    // needsPassword so that the caller can prompt and try again.
    static OpenResult open(const QString &url, const QString &password = {});

    // What is wrong with an address, in words for the officer; empty when it is well-formed
    // (postgresql:// or postgres://, a host, a user and a database).
    static QString addressProblem(const QString &url);

    // The URL without any password, for messages and Settings.
    static QString redacted(const QString &url);

    int schemaVersion();

private:
    PostgresProgressStore(const QString &description, const QString &connectionName);
    bool migrate(QString *error, bool *tooNew, int *foundVersion);
};

} // namespace cca::progress
