#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace cca::test {

// A fresh, empty progress database for one test, on either backend:
//  - "sqlite": a file in a temporary folder;
//  - "postgresql": a new database on the throwaway cluster that CTest starts before these tests
//    (scripts/pg-test-cluster.sh, fixture "postgres" in tests/CMakeLists.txt), dropped afterwards.
// If the cluster is not running, ok() is false and error() says why: the test must fail, not skip.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString backend() const { return m_backend; }
    QString location() const { return m_location; } // a file path or a postgresql:// URL without password
    QString password() const { return m_password; } // empty for SQLite

    // Runs SQL through a separate connection, as another program would: the first column of the
    // first row, or "ERROR: <message>".
    QVariant rawQuery(const QString &sql) const;

    // The cluster's connection details (url, password), or an error when it is not running.
    struct Server
    {
        QString url; // postgresql://user@127.0.0.1:port/postgres
        QString password;
        QString error;
    };
    static Server server();
    static QString serverUrlFor(const QString &database); // same server, another database

private:
    QString m_backend;
    QString m_location;
    QString m_password;
    QString m_pgDatabase;
    QString m_error;
    QTemporaryDir m_dir;
};

} // namespace cca::test
