#include "support/testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#ifndef CCA_TEST_POSTGRES_INFO
#define CCA_TEST_POSTGRES_INFO ""
#endif

namespace cca::test {

namespace {

// Opens a short-lived connection, runs fn, removes the connection.
template<typename Fn>
QString withConnection(const QString &driver, const QString &location, const QString &password, Fn fn)
{
    const QString name = QStringLiteral("testdb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (driver == QLatin1String("QPSQL")) {
            const QUrl u(location);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setPassword(password);
            db.setDatabaseName(u.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        if (!db.open())
            error = db.lastError().text();
        else
            error = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TestDatabase::Server TestDatabase::server()
{
    Server s;
    QString infoPath = qEnvironmentVariable("CCA_TEST_POSTGRES_INFO");
    if (infoPath.isEmpty())
        infoPath = QStringLiteral(CCA_TEST_POSTGRES_INFO);
    QFile info(infoPath);
    if (infoPath.isEmpty() || !info.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("The PostgreSQL test cluster is not running (%1 is missing). Run the tests through ctest, "
                                 "which starts it, or start it with scripts/pg-test-cluster.sh start <build>/pg-test.")
                      .arg(infoPath);
        return s;
    }
    const QStringList lines = QString::fromUtf8(info.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("url=")))
            s.url = line.mid(4).trimmed();
        else if (line.startsWith(QLatin1String("password=")))
            s.password = line.mid(9).trimmed();
    }
    if (s.url.isEmpty())
        s.error = QStringLiteral("%1 names no server").arg(infoPath);
    return s;
}

QString TestDatabase::serverUrlFor(const QString &database)
{
    QUrl u(server().url);
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

TestDatabase::TestDatabase(const QString &backend) : m_backend(backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_location = m_dir.filePath(QStringLiteral("progress.sqlite"));
        return;
    }
    const Server s = server();
    if (!s.error.isEmpty()) {
        m_error = s.error;
        return;
    }
    m_pgDatabase = QStringLiteral("cca_test_") + QUuid::createUuid().toString(QUuid::Id128);
    m_password = s.password;
    m_error = withConnection(QStringLiteral("QPSQL"), s.url, s.password, [&](QSqlDatabase db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase)) ? QString() : q.lastError().text();
    });
    if (!m_error.isEmpty())
        m_error = QStringLiteral("Cannot create a test database on %1: %2").arg(s.url, m_error);
    m_location = serverUrlFor(m_pgDatabase);
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty() || !m_error.isEmpty())
        return;
    const Server s = server();
    withConnection(QStringLiteral("QPSQL"), s.url, s.password, [&](QSqlDatabase db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
        return QString();
    });
}

QVariant TestDatabase::rawQuery(const QString &sql) const
{
    QVariant result;
    const QString error = withConnection(m_pgDatabase.isEmpty() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_location,
                                         m_password, [&](QSqlDatabase db) {
                                             QSqlQuery q(db);
                                             if (q.exec(sql)) {
                                                 if (q.next())
                                                     result = q.value(0);
                                                 return QString();
                                             }
                                             return q.lastError().text();
                                         });
    if (!error.isEmpty())
        return QStringLiteral("ERROR: ") + error;
    return result;
}

} // namespace cca::test
