#include "reference/watchlist.h"

#include "reference/addresses.h"
#include "reference/domains.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <vector>

namespace cca::reference {

namespace {


constexpr char kComponent[] = "watchlist";

// Each migration moves the "watchlist" component one version up.
const std::vector<std::vector<const char *>> kMigrations = {
    {
        R"SQL(CREATE TABLE IF NOT EXISTS watchlist_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    canonical TEXT NOT NULL,
    source TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    listed_on TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    UNIQUE (kind, canonical, source)))SQL",
        "CREATE INDEX IF NOT EXISTS watchlist_entries_by_canonical ON watchlist_entries (canonical, kind)",
        R"SQL(CREATE TABLE IF NOT EXISTS watchlist_imports (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported INTEGER NOT NULL,
    already_known INTEGER NOT NULL,
    skipped INTEGER NOT NULL))SQL",
    },
};

// ---- RFC 4180 ----

struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error;
};

QList<CsvRecord> parseCsv(const QString &text)
{
    QList<CsvRecord> records;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        QString field;
        bool inQuotes = false;
        bool quotedField = false;
        bool afterQuote = false;
        bool done = false;
        while (i < n && !done) {
            const QChar c = text[i];
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    afterQuote = true;
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
                ++i;
                continue;
            }
            if (c == QLatin1Char(',')) {
                rec.fields << field;
                field.clear();
                quotedField = afterQuote = false;
                ++i;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                done = true;
            } else if (c == QLatin1Char('"')) {
                if (field.isEmpty() && !quotedField) {
                    inQuotes = quotedField = true;
                } else if (rec.error.isEmpty()) {
                    rec.error = QCoreApplication::translate("cca::reference::Watchlist", "a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                ++i;
            } else {
                if (afterQuote && rec.error.isEmpty())
                    rec.error = QCoreApplication::translate("cca::reference::Watchlist", "text after the closing quote of a field");
                field += c;
                ++i;
            }
        }
        if (inQuotes && rec.error.isEmpty())
            rec.error = QCoreApplication::translate("cca::reference::Watchlist", "a quoted field is not closed before the end of the file");
        rec.fields << field;
        const bool blank = rec.fields.size() == 1 && rec.fields.first().isEmpty() && !quotedField;
        if (!blank)
            records << rec;
    }
    return records;
}

} // namespace

QString WatchlistProblem::toString(const QString &file) const
{
    return QStringLiteral("%1:%2: error: %3").arg(file).arg(line).arg(message);
}

QStringList watchlistKinds()
{
    return {QStringLiteral("address"), QStringLiteral("domain"), QStringLiteral("url"),   QStringLiteral("email"),
            QStringLiteral("phone"),   QStringLiteral("ens"),    QStringLiteral("tx_hash")};
}

QString canonicalIndicator(const QString &kind, const QString &rawValue, QString *problem)
{
    const QString value = rawValue.trimmed();
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QString();
    };
    if (value.isEmpty())
        return fail(QCoreApplication::translate("cca::reference::Watchlist", "the value is empty"));
    for (QChar c : value)
        if (c.isSpace() && kind != QLatin1String("phone"))
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "the value contains spaces"));
    if (kind == QLatin1String("address"))
        return canonicalAddress(value);
    if (kind == QLatin1String("domain")) {
        QString host = value.toLower();
        while (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (!isPlausibleDomain(host))
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not a domain name").arg(value));
        return canonicalDomain(host);
    }
    if (kind == QLatin1String("url")) {
        QString text = value;
        if (!text.contains(QLatin1String("://")))
            text.prepend(QLatin1String("http://"));
        const QUrl url(text, QUrl::StrictMode);
        const QString host = url.host(QUrl::FullyDecoded).toLower();
        if (!url.isValid() || host.isEmpty() || (!isPlausibleDomain(host) && !isIpv4(host)))
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not a web address").arg(value));
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        QString out = canonicalDomain(host) + path;
        if (url.hasQuery())
            out += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
        return out;
    }
    if (kind == QLatin1String("email")) {
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || !isPlausibleDomain(value.mid(at + 1).toLower()))
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not an e-mail address").arg(value));
        return value.left(at).toLower() + QLatin1Char('@') + canonicalDomain(value.mid(at + 1));
    }
    if (kind == QLatin1String("phone")) {
        QString digits;
        for (QChar c : value) {
            if (c.isDigit())
                digits += QChar(u'0' + c.digitValue());
            else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('+')
                       || c == QLatin1Char('.')))
                return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not a phone number").arg(value));
        }
        if (!value.startsWith(QLatin1Char('+')) && digits.size() == 8)
            digits.prepend(QLatin1String("852")); // a Hong Kong local number
        if (digits.size() < 8 || digits.size() > 15)
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not a phone number (8 to 15 digits)").arg(value));
        return QLatin1Char('+') + digits;
    }
    if (kind == QLatin1String("ens")) {
        const QString lower = value.toLower();
        if (!lower.endsWith(QLatin1String(".eth")) || lower.size() < 5)
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not an ENS name (*.eth)").arg(value));
        return lower;
    }
    if (kind == QLatin1String("tx_hash")) {
        QString lower = value.toLower();
        if (lower.startsWith(QLatin1String("0x")))
            lower = lower.mid(2);
        bool hex = lower.size() == 64;
        for (QChar c : lower)
            hex &= (c.unicode() >= '0' && c.unicode() <= '9') || (c.unicode() >= 'a' && c.unicode() <= 'f');
        if (!hex)
            return fail(QCoreApplication::translate("cca::reference::Watchlist", "'%1' is not a transaction hash (64 hexadecimal digits)").arg(value));
        return lower;
    }
    return fail(QCoreApplication::translate("cca::reference::Watchlist", "unknown kind '%1' (use one of: %2)").arg(kind, watchlistKinds().join(QStringLiteral(", "))));
}

Watchlist::~Watchlist()
{
    m_find.reset(); // before its connection goes
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int Watchlist::schemaVersion()
{
    return int(kMigrations.size());
}

QString Watchlist::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("watchlists.sqlite"));
}

std::unique_ptr<Watchlist> Watchlist::open(const QString &path, QString *error)
{
    std::unique_ptr<Watchlist> w(new Watchlist);
    w->m_path = path;
    w->m_connection = QStringLiteral("cca-watchlist-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), w->m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = QCoreApplication::translate("cca::reference::Watchlist", "cannot open the watchlist database %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    }
    if (!w->migrate(error))
        return nullptr;
    return w;
}

bool Watchlist::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS reference_schema_versions (component TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL)"))) {
        if (error)
            *error = QCoreApplication::translate("cca::reference::Watchlist", "cannot prepare the watchlist database %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    q.prepare(QStringLiteral("SELECT version FROM reference_schema_versions WHERE component = ?"));
    q.addBindValue(QLatin1String(kComponent));
    int version = 0;
    if (q.exec() && q.next())
        version = q.value(0).toInt();
    if (version > schemaVersion()) {
        if (error)
            *error = QCoreApplication::translate("cca::reference::Watchlist", "the watchlist tables in %1 were written by a newer version of the app (schema %2, this version "
                        "knows %3); nothing was changed")
                         .arg(m_path)
                         .arg(version)
                         .arg(schemaVersion());
        return false;
    }
    for (int step = version; step < schemaVersion(); ++step) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        QString failure;
        for (const char *statement : kMigrations[step]) {
            QSqlQuery s(db);
            if (!s.exec(QString::fromUtf8(statement))) {
                ok = false;
                failure = s.lastError().text();
                break;
            }
        }
        if (ok) {
            QSqlQuery s(db);
            s.prepare(QStringLiteral("INSERT INTO reference_schema_versions (component, version) VALUES (?, ?) "
                                     "ON CONFLICT (component) DO UPDATE SET version = excluded.version"));
            s.addBindValue(QLatin1String(kComponent));
            s.addBindValue(step + 1);
            ok = s.exec();
            if (!ok)
                failure = s.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            if (error)
                *error = QCoreApplication::translate("cca::reference::Watchlist", "cannot update the watchlist tables in %1: %2").arg(m_path, failure.isEmpty() ? db.lastError().text() : failure);
            return false;
        }
    }
    return true;
}

WatchlistImportResult Watchlist::importCsv(const QString &csvPath)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly)) {
        WatchlistImportResult r;
        r.error = QCoreApplication::translate("cca::reference::Watchlist", "cannot read %1: %2").arg(csvPath, f.errorString());
        return r;
    }
    return importCsvData(f.readAll(), QFileInfo(csvPath).fileName());
}

WatchlistImportResult Watchlist::importCsvData(const QByteArray &data, const QString &fileLabel)
{
    WatchlistImportResult r;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<CsvRecord> records = parseCsv(text);
    if (records.isEmpty()) {
        r.error = QCoreApplication::translate("cca::reference::Watchlist", "the file is empty; it needs a header row: value,kind,source,category,date,note");
        return r;
    }
    // Header: the six column names in any order, extra columns ignored.
    const CsvRecord &header = records.first();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i)
        column.insert(header.fields[i].trimmed().toLower(), i);
    QStringList missing;
    for (const char *name : {"value", "kind", "source", "category", "date", "note"})
        if (!column.contains(QLatin1String(name)))
            missing << QLatin1String(name);
    if (!header.error.isEmpty() || !missing.isEmpty()) {
        r.error = QCoreApplication::translate("cca::reference::Watchlist", "line %1: the header row must name the columns value,kind,source,category,date,note (missing: %2); "
                     "nothing was imported")
                      .arg(header.line)
                      .arg(missing.isEmpty() ? header.error : missing.join(QStringLiteral(", ")));
        return r;
    }

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        r.error = QCoreApplication::translate("cca::reference::Watchlist", "cannot start a transaction: %1; nothing was imported").arg(db.lastError().text());
        return r;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO watchlist_entries (kind, value, canonical, source, category, listed_on, note, imported_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, canonical, source) DO NOTHING"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const int columns = int(header.fields.size());
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &rec = records[i];
        ++r.rows;
        auto skip = [&](const QString &message) {
            ++r.skipped;
            r.problems << WatchlistProblem{rec.line, message};
        };
        if (!rec.error.isEmpty()) {
            skip(rec.error);
            continue;
        }
        if (rec.fields.size() != columns) {
            skip(QCoreApplication::translate("cca::reference::Watchlist", "%1 field(s) where the header has %2").arg(rec.fields.size()).arg(columns));
            continue;
        }
        // Never NULL: an empty field is stored as an empty string.
        auto field = [&](const char *name) {
            const QString v = rec.fields.value(column.value(QLatin1String(name))).trimmed();
            return v.isNull() ? QStringLiteral("") : v;
        };
        const QString kind = field("kind").toLower();
        const QString value = field("value");
        const QString source = field("source");
        const QString date = field("date");
        if (!watchlistKinds().contains(kind)) {
            skip(QCoreApplication::translate("cca::reference::Watchlist", "unknown kind '%1' (use one of: %2)").arg(field("kind"), watchlistKinds().join(QStringLiteral(", "))));
            continue;
        }
        if (source.isEmpty()) {
            skip(QCoreApplication::translate("cca::reference::Watchlist", "the source is empty; say where the entry comes from"));
            continue;
        }
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid()) {
            skip(QCoreApplication::translate("cca::reference::Watchlist", "the date '%1' is not a date in the form YYYY-MM-DD").arg(date));
            continue;
        }
        QString problem;
        const QString canonical = canonicalIndicator(kind, value, &problem);
        if (canonical.isEmpty()) {
            skip(problem);
            continue;
        }
        insert.addBindValue(kind);
        insert.addBindValue(value);
        insert.addBindValue(canonical);
        insert.addBindValue(source);
        insert.addBindValue(field("category"));
        insert.addBindValue(date);
        insert.addBindValue(field("note"));
        insert.addBindValue(now);
        if (!insert.exec()) {
            const QString why = insert.lastError().text();
            db.rollback();
            WatchlistImportResult failed;
            failed.error = QCoreApplication::translate("cca::reference::Watchlist", "line %1: the database refused the row (%2); the whole import was rolled back and nothing was "
                              "imported")
                               .arg(rec.line)
                               .arg(why);
            return failed;
        }
        if (insert.numRowsAffected() > 0)
            ++r.imported;
        else
            ++r.alreadyKnown;
    }
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO watchlist_imports (file, imported_at, imported, already_known, skipped) VALUES (?, ?, ?, ?, ?)"));
    log.addBindValue(fileLabel);
    log.addBindValue(now);
    log.addBindValue(r.imported);
    log.addBindValue(r.alreadyKnown);
    log.addBindValue(r.skipped);
    if (!log.exec() || !db.commit()) {
        const QString why = log.lastError().text().isEmpty() ? db.lastError().text() : log.lastError().text();
        db.rollback();
        WatchlistImportResult failed;
        failed.error = QCoreApplication::translate("cca::reference::Watchlist", "the import could not be committed (%1); nothing was imported").arg(why);
        return failed;
    }
    r.ok = true;
    return r;
}

QList<WatchlistEntry> Watchlist::find(const QString &kind, const QString &canonical) const
{
    QList<WatchlistEntry> out;
    if (canonical.isEmpty())
        return out;
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        m_find->prepare(QStringLiteral("SELECT value, kind, canonical, source, category, listed_on, note FROM watchlist_entries "
                                       "WHERE canonical = ? AND kind = ? ORDER BY source"));
    }
    QSqlQuery &q = *m_find;
    q.addBindValue(canonical);
    q.addBindValue(kind);
    if (!q.exec())
        return out;
    while (q.next())
        out << WatchlistEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    q.finish();
    return out;
}

int Watchlist::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM watchlist_entries")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<WatchlistSource> Watchlist::sources() const
{
    QList<WatchlistSource> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT source, COUNT(*), MAX(listed_on), MAX(imported_at) FROM watchlist_entries GROUP BY source "
                               "ORDER BY lower(source), source")))
        return out;
    while (q.next())
        out << WatchlistSource{q.value(0).toString(), q.value(1).toInt(), {}, {}, q.value(2).toString(), q.value(3).toString()};
    QSqlQuery details(QSqlDatabase::database(m_connection));
    details.prepare(QStringLiteral("SELECT DISTINCT kind, category FROM watchlist_entries WHERE source = ?"));
    for (WatchlistSource &s : out) {
        details.addBindValue(s.source);
        if (!details.exec())
            continue;
        while (details.next()) {
            const QString kind = details.value(0).toString();
            const QString category = details.value(1).toString();
            if (!s.kinds.contains(kind))
                s.kinds << kind;
            if (!category.isEmpty() && !s.categories.contains(category))
                s.categories << category;
        }
        s.kinds.sort();
        s.categories.sort(Qt::CaseInsensitive);
    }
    return out;
}

QList<WatchlistImportRecord> Watchlist::imports(int limit) const
{
    QList<WatchlistImportRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT file, imported_at, imported, already_known, skipped FROM watchlist_imports "
                             "ORDER BY imported_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << WatchlistImportRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
    return out;
}

bool Watchlist::removeSource(const QString &source, int *removed, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM watchlist_entries WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec() || !db.commit()) {
        const QString why = q.lastError().text().isEmpty() ? db.lastError().text() : q.lastError().text();
        db.rollback();
        if (error)
            *error = QCoreApplication::translate("cca::reference::Watchlist", "the watchlist \"%1\" could not be removed (%2); nothing was changed")
                         .arg(source, why);
        return false;
    }
    if (removed)
        *removed = q.numRowsAffected();
    return true;
}

} // namespace cca::reference
