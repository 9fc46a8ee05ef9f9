// ccacademy-cli: console commands over the same modules the app uses. Wiring only.
#include "content/catalog.h"
#include "content/packagejson.h"
#include "accounts/signinpolicy.h"
#include "core/appinfo.h"
#include "demo/demopopulator.h"
#include "progress/certificateregistry.h"
#include "reference/pattern.h"
#include "reference/referenceindex.h"
#include "progress/postgresprogressstore.h"
#include "progress/progressstore.h"
#include "questionimport/importsummaryjson.h"
#include "questionimport/questionimport.h"
#include "records/progressbundle.h"
#include "records/xapiexporter.h"
#include "reference/indicators.h"
#include "reference/similarity.h"
#include "reference/watchlist.h"
#include "activities/activitychecks.h"
#include "scenario/scenarioloader.h"
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/derivation.h"
#include "wallet/hashes.h"
#include "tracing/addressformat.h"
#include "tracing/casefile.h"
#include "tracing/casegenerator.h"
#include "tracing/changeheuristics.h"
#include "tracing/clustering.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QSysInfo>

#include <cmath>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int usage()
{
    err(QStringLiteral(
        "usage: ccacademy-cli [--version] COMMAND ...\n"
        "commands:\n"
        "  validate PATH...                       check modules, the reference, tracing cases and scenarios\n"
        "                                         (*.scenario.json) (exit 1 on any error)\n"
        "  modules list [--json] [--content DIR]  list bundled and installed modules\n"
        "  officers list [--json] [--database PATH_OR_URL]\n"
        "  progress show --officer SERVICE_NUMBER [--json] [--database PATH_OR_URL]\n"
        "  certificate verify CODE [--database PATH_OR_URL]     exit 0 when genuine\n"
        "  questions import --format gift|moodle-xml|aiken FILE [--out DIR] [--json]\n"
        "                                         import a question bank (DIR/questions.json in the native format)\n"
        "  export xapi --out FILE --as SERVICE_NUMBER [--since DATE] [--database PATH_OR_URL]\n"
        "                                         write xAPI 1.0.3 statements (a JSON array)\n"
        "  bundle export --out FILE --as SERVICE_NUMBER [--since DATE] [--station NAME] [--database PATH_OR_URL]\n"
        "  bundle import FILE --as SERVICE_NUMBER [--database PATH_OR_URL]\n"
        "                                         carry officers and events between stations\n"
        "  demo populate --officers N --events M [--seed S] [--database PATH_OR_URL] [--as SERVICE_NUMBER]\n"
        "                                         fill a database with synthetic records (--as when it already has officers)\n"
        "  reference search \"QUERY\" [--lang en|zh-Hant] [--json] [--limit N] [--reference DIR]\n"
        "                                         search the scam-pattern reference (ranked ids, titles, snippets)\n"
        "  indicator check TEXT|- [--json] [--watchlists DB]\n"
        "                                         find, classify and validate every address, transaction hash, web address,\n"
        "                                         domain, e-mail, phone number and ENS name in TEXT (- reads standard input)\n"
        "  indicator compare ADDRESS1 ADDRESS2 [--json]\n"
        "                                         address-poisoning check: do two addresses only look alike?\n"
        "  indicator watchlist import FILE [--watchlists DB]\n"
        "                                         import a CSV watchlist (value,kind,source,category,date,note); exit 1 if any\n"
        "                                         row was malformed (the good rows are still imported). Without --watchlists,\n"
        "                                         'check' and 'import' use the station's watchlists, the app's checker's own\n"
        "  wallet entropy-to-mnemonic HEX [--language en|zh-Hant|zh-Hans] [--json]\n"
        "                                         BIP39 words for 16, 20, 24, 28 or 32 bytes of entropy\n"
        "  wallet mnemonic-to-seed --mnemonic \"WORDS\"|- [--passphrase P] [--json]\n"
        "                                         check the phrase (exit 1 with the reason) and print the BIP39 seed\n"
        "  wallet derive (--mnemonic \"WORDS\"|- [--passphrase P] | --seed HEX) --path \"m/84'/0'/0'/0/0\"\n"
        "                [--coin btc|btc-testnet|ltc|eth|trx] [--script p2pkh|p2sh-p2wpkh|p2wpkh|p2tr] [--json]\n"
        "                                         keys and address at a path; the purpose (44', 49', 84', 86') picks the\n"
        "                                         script, the coin type (0', 1', 2', 60', 195') the chain, unless given\n"
        "  wallet xkey XKEY --path \"m/0/1\" [--coin ...] [--script ...] [--json]\n"
        "                                         derive below an extended key (only normal steps below an xpub)\n"
        "                                         training only: never type a real wallet's words or keys (- reads stdin)\n"
        "  trace taint CASE --method poison|haircut|fifo|lifo|libr [--source ID] [--json]\n"
        "                                         taint from the case's source (or ID: txid:vout, transfer id, address)\n"
        "  trace clusters CASE [--include-coinjoin] [--with-change] [--json]\n"
        "                                         common-input ownership clusters and the transactions that joined them\n"
        "  trace paths CASE [--source ID] [--method M] [--json]\n"
        "                                         paths from the source to labelled services, most tainted value first\n"
        "  trace change CASE TXID [--json]        which output of a transaction is change, and why\n"
        "  trace generate --seed N --transactions COUNT --out FILE\n"
        "                                         write a reproducible synthetic case\n"
        "  trace address bitcoin|bitcoin-testnet|tron|evm SEED [--script p2pkh|p2sh|p2wpkh|p2wsh|p2tr]\n"
        "                                         a well-formed synthetic address for case authors (same SEED, same address)\n"
        "PATH_OR_URL: a SQLite file, or postgresql://user@host:port/database for a central store\n"
        "(password from CCA_DB_PASSWORD or a prompt)"));
    return 2;
}

int validate(const QStringList &paths)
{
    if (paths.isEmpty()) {
        err(QStringLiteral("ccacademy-cli validate: give at least one module folder or content folder"));
        return 2;
    }
    cca::content::Catalog catalog;
    QStringList referenceFolders;
    QStringList caseFiles;
    QStringList scenarioFiles;
    bool problems = false;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            err(QStringLiteral("%1: error: no such file or folder").arg(path));
            problems = true;
            continue;
        }
        // A file: a scenario (*.scenario.json) or a tracing case ("kind": "tracing-case").
        if (QFileInfo(path).isFile()) {
            if (path.endsWith(cca::scenario::ScenarioLoader::fileSuffix())) {
                scenarioFiles << path;
            } else if (const QStringList cases = cca::tracing::CaseFile::findCaseFiles(path); !cases.isEmpty()) {
                caseFiles << cases;
            } else {
                err(QStringLiteral("%1: error: neither a scenario file (*%2) nor a tracing case file (\"kind\": \"tracing-case\"); "
                                   "give a module folder, a content folder, a scenario or a case file")
                        .arg(path, cca::scenario::ScenarioLoader::fileSuffix()));
                problems = true;
            }
            continue;
        }
        // A folder: every scenario and tracing case below it, and a reference folder (vocabulary.json)
        // or a content folder with one in reference/.
        const QStringList scenariosHere = cca::scenario::ScenarioLoader::findFiles(path);
        scenarioFiles << scenariosHere;
        const QStringList cases = cca::tracing::CaseFile::findCaseFiles(path);
        caseFiles << cases;
        QString referenceFolder;
        if (QFileInfo::exists(QDir(path).filePath(QStringLiteral("vocabulary.json"))))
            referenceFolder = path;
        else if (QFileInfo::exists(QDir(path).filePath(QStringLiteral("reference/vocabulary.json"))))
            referenceFolder = QDir(path).filePath(QStringLiteral("reference"));
        if (!referenceFolder.isEmpty())
            referenceFolders << referenceFolder;
        if (cca::content::Catalog::findModuleFolders(path).isEmpty()) {
            if (referenceFolder.isEmpty() && cases.isEmpty() && scenariosHere.isEmpty()) {
                err(QStringLiteral("%1: error: no module.json, reference vocabulary.json, tracing case or *.scenario.json found here or below")
                        .arg(path));
                problems = true;
            }
            continue;
        }
        catalog.addPath(path, QString());
    }
    // Prerequisites may name modules that are bundled or installed on this machine.
    const cca::content::Catalog installed = cca::content::Catalog::loadDefault();
    QSet<QString> known;
    for (const auto &m : installed.modules())
        if (m.isValid())
            known.insert(m.id);
    catalog.crossCheck(known);
    catalog.checkActivities(cca::activities::checks());
    // A module's scenario activities are checked with the module, not again below.
    QHash<QString, QString> checkedWithModule; // scenario file -> module id
    int valid = 0;
    for (const cca::content::ModulePackage &m : catalog.modules()) {
        for (const cca::content::Activity &a : m.activities)
            if (a.isScenario())
                checkedWithModule.insert(QFileInfo(m.absolutePath(a.file)).canonicalFilePath(), m.id);
        for (const cca::Diagnostic &d : m.errors)
            err(d.toString());
        if (m.isValid())
            ++valid;
        else
            problems = true;
    }
    if (!catalog.modules().isEmpty() || (referenceFolders.isEmpty() && caseFiles.isEmpty() && scenarioFiles.isEmpty()))
        out(QStringLiteral("%1 of %2 module(s) valid").arg(valid).arg(catalog.modules().size()));
    for (const QString &folder : std::as_const(referenceFolders)) {
        QStringList moduleIds(known.cbegin(), known.cend());
        for (const cca::content::ModulePackage &m : catalog.modules())
            moduleIds << m.id;
        const cca::reference::ReferenceLibrary lib = cca::reference::ReferenceLibrary::load(folder, moduleIds);
        for (const cca::Diagnostic &d : lib.errors)
            err(d.toString());
        problems = problems || !lib.isValid();
        out(QStringLiteral("reference %1: %2 entr%3, %4 problem(s)")
                .arg(folder)
                .arg(lib.patterns.size())
                .arg(lib.patterns.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                .arg(lib.errors.size()));
    }
    for (const QString &file : std::as_const(caseFiles)) {
        const cca::tracing::CaseFile c = cca::tracing::CaseFile::load(file);
        for (const cca::Diagnostic &d : c.errors)
            err(d.toString());
        problems = problems || !c.isValid();
        out(QStringLiteral("case %1: %2 transaction(s), %3 transfer(s), %4 problem(s)")
                .arg(file).arg(c.transactions.size()).arg(c.transfers.size()).arg(c.errors.size()));
    }
    scenarioFiles.removeDuplicates();
    for (const QString &file : std::as_const(scenarioFiles)) {
        if (const QString module = checkedWithModule.value(QFileInfo(file).canonicalFilePath()); !module.isEmpty()) {
            out(QStringLiteral("scenario %1: checked with module %2").arg(file, module));
            continue;
        }
        const cca::scenario::Scenario scenario = cca::scenario::ScenarioLoader::loadFile(file);
        for (const cca::Diagnostic &d : scenario.errors)
            err(d.toString());
        problems = problems || !scenario.isValid();
        out(QStringLiteral("scenario %1: %2 node(s), %3 problem(s)").arg(file).arg(scenario.nodes.size()).arg(scenario.errors.size()));
    }
    return problems ? 1 : 0;
}

int modulesList(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption content(QStringLiteral("content"), QString(), QStringLiteral("DIR"));
    p.addOptions({json, content});
    if (!p.parse(QStringList{QStringLiteral("modules")} + args)) {
        err(p.errorText());
        return 2;
    }
    cca::content::Catalog catalog =
        p.isSet(content) ? cca::content::Catalog::load({p.value(content)}, cca::AppInfo::installedModulesDir())
                         : cca::content::Catalog::loadDefault();
    catalog.checkActivities(cca::activities::checks());
    if (p.isSet(json)) {
        QJsonArray array;
        for (const auto &m : catalog.modules())
            array.append(cca::content::summaryJson(m));
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const auto &m : catalog.modules())
        out(QStringLiteral("%1\t%2\t%3\t%4").arg(m.id, m.version, m.isValid() ? QStringLiteral("valid") : QStringLiteral("INVALID"),
                                                  m.title.english()));
    return 0;
}

QString readSecretFromTerminal(const QString &prompt);

// A central PostgreSQL store that asks for a password gets it at a prompt that does not echo it
// (three tries); scripts set CCA_DB_PASSWORD instead. The password is never written anywhere.
std::unique_ptr<cca::progress::ProgressStore> openStore(const QCommandLineParser &p, const QCommandLineOption &database)
{
    const QString where = p.value(database);
    cca::progress::OpenResult opened = cca::progress::openProgressStore(where);
    for (int tries = 0; !opened.store && opened.needsPassword && tries < 3; ++tries) {
        const QString password = readSecretFromTerminal(QStringLiteral("Password for %1: ").arg(cca::progress::PostgresProgressStore::redacted(where)));
        if (password.isEmpty())
            break;
        opened = cca::progress::openProgressStore(where, password);
    }
    if (!opened.store)
        err(QStringLiteral("ccacademy-cli: ") + opened.error);
    else if (!opened.movedAsidePath.isEmpty())
        err(QStringLiteral("ccacademy-cli: the damaged database was moved aside to ") + opened.movedAsidePath);
    return std::move(opened.store);
}

// Trainer commands run only for a trainer or administrator who proves it: --as SERVICE_NUMBER, and
// the password from $CCA_PASSWORD (for scripts) or typed at a prompt that does not echo it.
// Wrong passwords count towards the same lockout as in the app.
QString readSecretFromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[256] = {};
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    QString secret = ok ? QString::fromUtf8(buffer).trimmed() : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return secret;
}

bool authoriseTrainer(cca::progress::ProgressStore &store, const QString &serviceNumber)
{
    if (serviceNumber.isEmpty()) {
        err(QStringLiteral("ccacademy-cli: this is a trainer command: give --as SERVICE_NUMBER (a trainer or administrator) "
                           "and the password in CCA_PASSWORD or at the prompt"));
        return false;
    }
    std::optional<cca::progress::Officer> officer;
    for (const auto &o : store.officers())
        if (o.serviceNumber == serviceNumber)
            officer = o;
    if (!officer) {
        err(QStringLiteral("ccacademy-cli: no officer with service number %1 in this database").arg(serviceNumber));
        return false;
    }
    if (!cca::accounts::SignInPolicy::requiresPassword(officer->role)) {
        err(QStringLiteral("ccacademy-cli: %1 is a trainee; trainer commands need a trainer or administrator").arg(serviceNumber));
        return false;
    }
    if (!cca::accounts::SignInPolicy::needsSecret(*officer)) {
        err(QStringLiteral("ccacademy-cli: %1 has no password on this workstation yet; sign in to the app once to set one").arg(serviceNumber));
        return false;
    }
    QString secret = qEnvironmentVariable("CCA_PASSWORD");
    if (secret.isEmpty())
        secret = readSecretFromTerminal(QStringLiteral("Password: "));
    const auto result = cca::accounts::SignInPolicy(&store).signIn(officer->id, secret);
    if (result.outcome != cca::accounts::SignInPolicy::Outcome::SignedIn) {
        err(QStringLiteral("ccacademy-cli: ") + result.message);
        return false;
    }
    return true;
}

int officersList(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    p.addOptions({json, database});
    if (!p.parse(QStringList{QStringLiteral("officers")} + args)) {
        err(p.errorText());
        return 2;
    }
    auto store = openStore(p, database);
    if (!store)
        return 1;
    QJsonArray array;
    for (const auto &o : store->officers()) {
        if (!p.isSet(json))
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(o.serviceNumber, o.displayName, o.unit, o.role));
        array.append(QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("display_name"), o.displayName},
                                 {QStringLiteral("service_number"), o.serviceNumber}, {QStringLiteral("unit"), o.unit},
                                 {QStringLiteral("role"), o.role}});
    }
    if (p.isSet(json))
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int progressShow(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption officer(QStringLiteral("officer"), QString(), QStringLiteral("SERVICE_NUMBER"));
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    p.addOptions({json, officer, database});
    if (!p.parse(QStringList{QStringLiteral("progress")} + args) || !p.isSet(officer)) {
        err(p.errorText().isEmpty() ? QStringLiteral("ccacademy-cli progress show: --officer SERVICE_NUMBER is required") : p.errorText());
        return 2;
    }
    auto store = openStore(p, database);
    if (!store)
        return 1;
    QString officerId;
    for (const auto &o : store->officers())
        if (o.serviceNumber == p.value(officer))
            officerId = o.id;
    if (officerId.isEmpty()) {
        err(QStringLiteral("ccacademy-cli: no officer with service number %1").arg(p.value(officer)));
        return 1;
    }
    QJsonArray array;
    const auto all = store->allProgress(officerId);
    for (const auto &m : all) {
        QJsonObject o{{QStringLiteral("module"), m.moduleId},
                      {QStringLiteral("version"), m.contentVersion},
                      {QStringLiteral("completed"), m.completed},
                      {QStringLiteral("lessons_completed"), int(m.completedLessons.size())},
                      {QStringLiteral("last_lesson"), m.lastLessonId}};
        if (const auto best = m.bestPercent())
            o.insert(QStringLiteral("best_percent"), *best);
        array.append(o);
        if (!p.isSet(json))
            out(QStringLiteral("%1\t%2\t%3 lessons\t%4").arg(m.moduleId, m.completed ? QStringLiteral("completed") : QStringLiteral("in progress"))
                    .arg(m.completedLessons.size())
                    .arg(m.bestPercent() ? QStringLiteral("best %1%").arg(*m.bestPercent(), 0, 'f', 1) : QString()));
    }
    if (p.isSet(json))
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int questionsImport(const QStringList &args)
{
    namespace qi = cca::questionimport;
    QCommandLineParser p;
    QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    QCommandLineOption outDir(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({format, outDir, json});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli questions import --format %1 FILE [--out DIR] [--json]")
                                  .arg(qi::formats().join(QLatin1Char('|')));
    if (!p.parse(QStringList{QStringLiteral("questions")} + args)) {
        err(p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    if (!p.isSet(format) || p.positionalArguments().size() != 1) {
        err(usageLine);
        return 2;
    }
    if (!qi::formats().contains(p.value(format))) {
        err(QStringLiteral("ccacademy-cli: unknown format '%1'\n").arg(p.value(format)) + usageLine);
        return 2;
    }
    const QString file = p.positionalArguments().first();
    const qi::ImportResult result = qi::importFile(file, p.value(format));
    for (const qi::ImportProblem &problem : result.problems)
        err(problem.toString(file));
    bool failed = result.fatalCount() > 0;
    if (p.isSet(outDir)) {
        QString error;
        if (result.questions.isEmpty()) {
            err(QStringLiteral("%1: error: no question could be imported; nothing written").arg(file));
            failed = true;
        } else if (!qi::writeQuestionFile(p.value(outDir), result, &error)) {
            err(QStringLiteral("ccacademy-cli: ") + error);
            failed = true;
        }
    }
    if (p.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(qi::ImportSummaryJson::questions(result.questions)).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const auto &q : result.questions) {
            const QString title = q.name.english().isEmpty() ? q.text.english().section(QLatin1Char('\n'), 0, 0).left(60) : q.name.english();
            out(QStringLiteral("%1\t%2\t%3").arg(q.id, q.type, title));
        }
        out(QStringLiteral("%1 question(s) imported; %2 error(s), %3 warning(s)")
                .arg(result.questions.size()).arg(result.fatalCount()).arg(result.warningCount()));
    }
    return failed ? 1 : 0;
}

// --since: an ISO 8601 date (midnight UTC) or date and time; invalid (everything) when empty.
bool parseSince(const QString &text, QDateTime *since)
{
    *since = QDateTime();
    if (text.isEmpty())
        return true;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid()) {
        err(QStringLiteral("ccacademy-cli: --since must be an ISO 8601 date or date and time, not '%1'").arg(text));
        return false;
    }
    *since = t.toUTC();
    return true;
}

int exportXapi(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption outFile(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("DATE"));
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    QCommandLineOption asOfficer(QStringLiteral("as"), QString(), QStringLiteral("SERVICE_NUMBER"));
    p.addOptions({outFile, since, database, asOfficer});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli export xapi --out FILE --as SERVICE_NUMBER [--since DATE] [--database PATH_OR_URL]");
    if (!p.parse(QStringList{QStringLiteral("export")} + args) || !p.isSet(outFile) || !p.positionalArguments().isEmpty()) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    QDateTime from;
    if (!parseSince(p.value(since), &from))
        return 2;
    auto store = openStore(p, database);
    if (!store)
        return 1;
    if (!authoriseTrainer(*store, p.value(asOfficer)))
        return 1;
    const QList<cca::progress::Event> events = store->allEvents(from);
    int skipped = 0;
    const cca::records::XapiExporter exporter(cca::content::Catalog::loadDefault());
    const QJsonArray statements = exporter.statements(events, &skipped);
    QString error;
    if (!cca::records::XapiExporter::writeStatements(p.value(outFile), statements, &error)) {
        err(QStringLiteral("ccacademy-cli: ") + error);
        return 1;
    }
    out(QStringLiteral("%1 statement(s) written to %2 from %3 event(s); %4 event(s) not exported (flags)")
            .arg(statements.size()).arg(p.value(outFile)).arg(events.size()).arg(skipped));
    return 0;
}

int bundleExport(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption outFile(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("DATE"));
    QCommandLineOption station(QStringLiteral("station"), QString(), QStringLiteral("NAME"), QSysInfo::machineHostName());
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    QCommandLineOption asOfficer(QStringLiteral("as"), QString(), QStringLiteral("SERVICE_NUMBER"));
    p.addOptions({outFile, since, station, database, asOfficer});
    const QString usageLine =
        QStringLiteral("usage: ccacademy-cli bundle export --out FILE --as SERVICE_NUMBER [--since DATE] [--station NAME] [--database PATH_OR_URL]");
    if (!p.parse(QStringList{QStringLiteral("bundle")} + args) || !p.isSet(outFile) || !p.positionalArguments().isEmpty()) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    QDateTime from;
    if (!parseSince(p.value(since), &from))
        return 2;
    auto store = openStore(p, database);
    if (!store)
        return 1;
    if (!authoriseTrainer(*store, p.value(asOfficer)))
        return 1;
    const auto bundle = cca::records::ProgressBundle::fromStore(*store, from, p.value(station));
    QString error;
    if (!bundle.save(p.value(outFile), &error)) {
        err(QStringLiteral("ccacademy-cli: ") + error);
        return 1;
    }
    out(QStringLiteral("%1 event(s) and %2 officer(s) written to %3").arg(bundle.events.size()).arg(bundle.officers.size()).arg(p.value(outFile)));
    return 0;
}

int bundleImport(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    QCommandLineOption asOfficer(QStringLiteral("as"), QString(), QStringLiteral("SERVICE_NUMBER"));
    p.addOptions({database, asOfficer});
    if (!p.parse(QStringList{QStringLiteral("bundle")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: ccacademy-cli bundle import FILE --as SERVICE_NUMBER [--database PATH_OR_URL]"));
        return 2;
    }
    QString error;
    const auto bundle = cca::records::ProgressBundle::load(p.positionalArguments().first(), &error);
    if (!bundle) {
        err(QStringLiteral("ccacademy-cli: ") + error);
        return 1;
    }
    auto store = openStore(p, database);
    if (!store)
        return 1;
    // A new station's empty database has nobody to sign in as; once it has officers, a trainer must.
    if (!store->officers().isEmpty() && !authoriseTrainer(*store, p.value(asOfficer)))
        return 1;
    cca::progress::ProgressStore::ImportCounts counts;
    if (!bundle->importInto(*store, &counts, &error)) {
        err(QStringLiteral("ccacademy-cli: %1: nothing imported: %2").arg(p.positionalArguments().first(), error));
        return 1;
    }
    out(QStringLiteral("%1 new event%2, %3 already present, %4 new officer%5")
            .arg(counts.newEvents).arg(counts.newEvents == 1 ? QString() : QStringLiteral("s"))
            .arg(counts.knownEvents)
            .arg(counts.newOfficers).arg(counts.newOfficers == 1 ? QString() : QStringLiteral("s")));
    return 0;
}

int certificateVerify(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    p.addOption(database);
    p.addPositionalArgument(QStringLiteral("code"), QString());
    if (!p.parse(QStringList{QStringLiteral("certificate")} + args) || p.positionalArguments().size() != 1) {
        err(QStringLiteral("usage: ccacademy-cli certificate verify CODE_OR_QR_TEXT [--database PATH_OR_URL]"));
        return 2;
    }
    auto store = openStore(p, database);
    if (!store)
        return 1;
    const auto v = cca::progress::CertificateRegistry(store.get()).verify(p.positionalArguments().first());
    using Verdict = cca::progress::CertificateRegistry::Verdict;
    if (v.record)
        out(QStringLiteral("record: %1 %2 module %3 %4 score %5% issued %6")
                .arg(v.record->code, v.record->officerId, v.record->moduleId, v.record->moduleVersion)
                .arg(v.record->percent, 0, 'f', 1)
                .arg(v.record->issuedAt.toString(Qt::ISODate)));
    if (v.verdict == Verdict::Genuine) {
        out(QStringLiteral("genuine"));
        return 0;
    }
    out(v.verdict == Verdict::Altered ? QStringLiteral("altered: ") + v.detail : QStringLiteral("unknown: ") + v.detail);
    return 1;
}

int demoPopulate(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption officers(QStringLiteral("officers"), QString(), QStringLiteral("N"));
    QCommandLineOption events(QStringLiteral("events"), QString(), QStringLiteral("M"));
    QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    QCommandLineOption asOfficer(QStringLiteral("as"), QString(), QStringLiteral("SERVICE_NUMBER"));
    p.addOptions({officers, events, seed, database, asOfficer});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli demo populate --officers N --events M [--seed S] [--database PATH_OR_URL] "
                                             "[--as SERVICE_NUMBER]\n(a database that already holds officers needs --as a trainer or "
                                             "administrator, with the password in CCA_PASSWORD or at the prompt)");
    if (!p.parse(QStringList{QStringLiteral("demo")} + args) || !p.isSet(officers) || !p.isSet(events)
        || !p.positionalArguments().isEmpty()) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    bool okOfficers = false, okEvents = false, okSeed = false;
    cca::demo::DemoOptions options;
    options.officers = p.value(officers).toInt(&okOfficers);
    options.events = p.value(events).toLongLong(&okEvents);
    options.seed = p.value(seed).toUInt(&okSeed);
    if (!okOfficers || !okEvents || !okSeed || options.officers < 1 || options.events < 0) {
        err(QStringLiteral("ccacademy-cli: --officers must be at least 1, --events 0 or more and --seed a whole number\n") + usageLine);
        return 2;
    }
    const cca::content::Catalog catalog = cca::content::Catalog::loadDefault();
    auto store = openStore(p, database);
    if (!store)
        return 1;
    // Demo records may go into a new, empty database freely; adding them to one that holds real
    // officers is a trainer's decision, proven like every other trainer command.
    if (!store->officers().isEmpty() && !authoriseTrainer(*store, p.value(asOfficer)))
        return 1;
    QElapsedTimer timer;
    timer.start();
    cca::demo::DemoPopulator populator(store.get(), catalog.modules());
    populator.setProgressCallback([](qint64 written, qint64 target) {
        std::fprintf(stderr, "\r%lld / %lld events", static_cast<long long>(written), static_cast<long long>(target));
        std::fflush(stderr);
    });
    cca::demo::DemoSummary summary;
    QString error;
    const bool ok = populator.populate(options, &summary, &error);
    if (summary.batches > 0)
        std::fputs("\n", stderr);
    if (!ok) {
        err(QStringLiteral("ccacademy-cli: demo populate: ") + error);
        return 1;
    }
    out(QStringLiteral("%1 officer(s) (%2 trainer(s)), %3 cohort(s), %4 assignment(s), %5 event(s) in %6 batch(es) written to %7")
            .arg(summary.officers).arg(summary.trainers).arg(summary.cohorts).arg(summary.assignments)
            .arg(summary.events).arg(summary.batches).arg(store->description()));
    out(QStringLiteral("%1 attempt(s): %2 passed, %3 failed; %4 module(s) completed")
            .arg(summary.attempts).arg(summary.passed).arg(summary.failed).arg(summary.modulesCompleted));
    out(QStringLiteral("seed %1, %2 s").arg(options.seed).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return 0;
}

// Opens the reference index (a cache beside the app's data), re-indexing when the files changed.
std::unique_ptr<cca::reference::ReferenceIndex> openReferenceIndex(const QString &folder, cca::reference::ReferenceLibrary *library)
{
    *library = cca::reference::ReferenceLibrary::load(folder);
    if (library->patterns.isEmpty()) {
        err(QStringLiteral("ccacademy-cli: no reference entries in %1").arg(folder.isEmpty() ? QStringLiteral("the bundled content") : folder));
        for (const cca::Diagnostic &d : library->errors)
            err(d.toString());
        return nullptr;
    }
    for (const cca::Diagnostic &d : library->errors)
        err(QStringLiteral("warning: ") + d.toString());
    QString error;
    // Each reference folder gets its own cache file, so a trainer's draft never mixes with the bundled one.
    const QString key = QString::fromLatin1(QCryptographicHash::hash(QFileInfo(folder).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString path = QFileInfo(cca::reference::ReferenceIndex::defaultPath()).dir().filePath(
        QStringLiteral("reference-index-%1.sqlite").arg(key));
    auto index = cca::reference::ReferenceIndex::open(path, &error);
    bool reindexed = false;
    if (!index || !index->update(*library, &reindexed, &error)) {
        err(QStringLiteral("ccacademy-cli: ") + error);
        return nullptr;
    }
    return index;
}

int referenceSearch(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    QCommandLineOption folder(QStringLiteral("reference"), QString(), QStringLiteral("DIR"));
    QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("10"));
    p.addOptions({json, lang, folder, limit});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli reference search \"QUERY\" [--lang en|zh-Hant] [--json] [--limit N] [--reference DIR]");
    if (!p.parse(QStringList{QStringLiteral("reference")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const QString language = p.value(lang);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh-Hant")) {
        err(QStringLiteral("ccacademy-cli: --lang must be en or zh-Hant\n") + usageLine);
        return 2;
    }
    cca::reference::ReferenceLibrary library;
    auto index = openReferenceIndex(p.isSet(folder) ? p.value(folder) : cca::reference::ReferenceLibrary::bundledFolder(), &library);
    if (!index)
        return 1;
    cca::reference::ReferenceIndex::Filters filters;
    filters.language = language;
    const auto hits = index->search(p.positionalArguments().first(), filters, qBound(1, p.value(limit).toInt(), 100));
    auto marked = [](const cca::reference::searchtext::Snippet &s, const QString &open, const QString &close) {
        QString text = s.text;
        for (auto it = s.highlights.crbegin(); it != s.highlights.crend(); ++it) {
            text.insert(it->first + it->second, close);
            text.insert(it->first, open);
        }
        return text.simplified();
    };
    if (p.isSet(json)) {
        QJsonArray array;
        int rank = 0;
        for (const auto &h : hits) {
            QJsonArray highlights;
            for (const auto &[offset, length] : h.snippet.highlights)
                highlights.append(QJsonArray{offset, length});
            array.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                     {QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("language"), h.language},
                                     {QStringLiteral("snippet"), h.snippet.text},
                                     {QStringLiteral("highlights"), highlights},
                                     {QStringLiteral("score"), h.score},
                                     {QStringLiteral("typo_corrected"), h.fuzzy}});
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (hits.isEmpty()) {
        out(QStringLiteral("no entries match \"%1\"").arg(p.positionalArguments().first()));
        return 0;
    }
    int rank = 0;
    for (const auto &h : hits) {
        out(QStringLiteral("%1. %2\t%3").arg(++rank).arg(h.id, h.title));
        out(QStringLiteral("   ") + marked(h.snippet, QStringLiteral("["), QStringLiteral("]")));
    }
    return 0;
}


// ---- indicator checker ----

QString readAllStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

void printIndicatorTable(const QList<cca::reference::Indicator> &indicators)
{
    namespace ref = cca::reference;
    if (indicators.isEmpty()) {
        out(QStringLiteral("No indicators found."));
        return;
    }
    auto chainText = [](const ref::Indicator &i) { return i.chains.isEmpty() ? QStringLiteral("-") : i.chains.join(QLatin1Char('/')); };
    auto status = [](const ref::Indicator &i) {
        QString s = i.valid ? QStringLiteral("valid") : QStringLiteral("INVALID");
        if (i.lookalike)
            s += QStringLiteral(" LOOK-ALIKE");
        if (!i.watchlist.isEmpty())
            s += QStringLiteral(" WATCHLIST");
        return s;
    };
    const QStringList headers{QStringLiteral("#"), QStringLiteral("KIND"), QStringLiteral("CHAIN"), QStringLiteral("FORMAT"),
                              QStringLiteral("NETWORK"), QStringLiteral("STATUS"), QStringLiteral("VALUE")};
    QList<QStringList> rows;
    for (int n = 0; n < indicators.size(); ++n) {
        const ref::Indicator &i = indicators[n];
        rows << QStringList{QString::number(n + 1), ref::kindName(i.kind), chainText(i), i.format.isEmpty() ? QStringLiteral("-") : i.format,
                            i.network.isEmpty() ? QStringLiteral("-") : i.network, status(i), i.value};
    }
    QList<qsizetype> widths;
    for (int c = 0; c < headers.size(); ++c) {
        qsizetype w = headers[c].size();
        for (const QStringList &r : rows)
            w = std::max(w, r[c].size());
        widths << w;
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells[c].leftJustified(widths[c] + 2) : cells[c];
        out(text);
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
    for (int n = 0; n < indicators.size(); ++n) {
        const ref::Indicator &i = indicators[n];
        out(QString());
        out(QStringLiteral("%1. %2 %3").arg(n + 1).arg(ref::kindName(i.kind), i.value));
        out(QStringLiteral("   What it is: ") + i.explanation);
        if (!i.valid)
            out(QStringLiteral("   Problem: ") + i.reason);
        if (!i.destinationTag.isEmpty())
            out(QStringLiteral("   Destination tag: ") + i.destinationTag);
        if (i.lookalike)
            out(QStringLiteral("   Look-alike%1: %2")
                    .arg(i.lookalike->target.isEmpty() ? QString() : QStringLiteral(" of ") + i.lookalike->target,
                         i.lookalike->reasons.join(QLatin1Char(' '))));
        for (const auto &w : i.watchlist)
            out(QStringLiteral("   Watchlist: %1 (%2%3)%4")
                    .arg(w.source, w.category.isEmpty() ? QStringLiteral("no category") : w.category,
                         w.date.isEmpty() ? QString() : QStringLiteral(", ") + w.date, w.note.isEmpty() ? QString() : QStringLiteral(": ") + w.note));
        if (!i.explorer.isEmpty())
            out(QStringLiteral("   Explorer: ") + i.explorer);
        out(QStringLiteral("   Next steps:"));
        for (const QString &step : i.nextSteps)
            out(QStringLiteral("   - ") + step);
    }
}

int indicatorCheck(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption watchlists(QStringLiteral("watchlists"), QString(), QStringLiteral("DB"));
    p.addOptions({json, watchlists});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli indicator check TEXT|- [--json] [--watchlists DB]");
    if (!p.parse(QStringList{QStringLiteral("indicator")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const QString arg = p.positionalArguments().first();
    const QString text = arg == QLatin1String("-") ? readAllStandardInput() : arg;
    QList<cca::reference::Indicator> indicators = cca::reference::extractIndicators(text);
    // Without --watchlists, the station's own watchlists (the file the app's checker uses), if any.
    const QString watchlistFile = p.isSet(watchlists) ? p.value(watchlists) : cca::reference::Watchlist::defaultPath();
    if (p.isSet(watchlists) || QFileInfo::exists(watchlistFile)) {
        if (!QFileInfo::exists(watchlistFile)) {
            err(QStringLiteral("ccacademy-cli: no watchlist database at %1 (create one with 'indicator watchlist import')").arg(watchlistFile));
            return 1;
        }
        QString error;
        const auto list = cca::reference::Watchlist::open(watchlistFile, &error);
        if (!list) {
            err(QStringLiteral("ccacademy-cli: ") + error);
            return 1;
        }
        cca::reference::matchWatchlist(&indicators, *list);
    }
    if (p.isSet(json))
        out(QString::fromUtf8(QJsonDocument(cca::reference::toJson(indicators)).toJson(QJsonDocument::Indented)).trimmed());
    else
        printIndicatorTable(indicators);
    return 0;
}

int indicatorCompare(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!p.parse(QStringList{QStringLiteral("indicator")} + args) || p.positionalArguments().size() != 2) {
        err(QStringLiteral("usage: ccacademy-cli indicator compare ADDRESS1 ADDRESS2 [--json]"));
        return 2;
    }
    const auto c = cca::reference::compareAddresses(p.positionalArguments().at(0), p.positionalArguments().at(1));
    QJsonArray positions;
    for (int position : c.differingPositions)
        positions.append(position);
    if (p.isSet(json)) {
        const QJsonObject o{{QStringLiteral("first"), c.first},
                            {QStringLiteral("second"), c.second},
                            {QStringLiteral("prefix"), c.prefix},
                            {QStringLiteral("identical"), c.identical},
                            {QStringLiteral("look_alike"), c.lookAlike},
                            {QStringLiteral("leading_match"), c.leadingMatch},
                            {QStringLiteral("trailing_match"), c.trailingMatch},
                            {QStringLiteral("similarity"), c.similarity},
                            {QStringLiteral("differing_positions"), positions},
                            {QStringLiteral("verdict"), c.verdict}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    QStringList pos;
    for (int position : c.differingPositions)
        pos << QString::number(position);
    out(QStringLiteral("first:      %1").arg(c.first));
    out(QStringLiteral("second:     %1").arg(c.second));
    out(QStringLiteral("leading:    %1 matching character(s)%2").arg(c.leadingMatch).arg(c.prefix.isEmpty() ? QString() : QStringLiteral(" after ") + c.prefix));
    out(QStringLiteral("trailing:   %1 matching character(s)").arg(c.trailingMatch));
    out(QStringLiteral("similarity: %1%").arg(c.similarity * 100.0, 0, 'f', 1));
    out(QStringLiteral("differ at:  %1").arg(pos.isEmpty() ? QStringLiteral("-") : pos.join(QStringLiteral(", "))));
    out(QStringLiteral("verdict:    %1").arg(c.verdict));
    return 0;
}

int indicatorWatchlistImport(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption watchlists(QStringLiteral("watchlists"), QString(), QStringLiteral("DB"));
    p.addOption(watchlists);
    const QString usageLine = QStringLiteral("usage: ccacademy-cli indicator watchlist import FILE [--watchlists DB]");
    if (!p.parse(QStringList{QStringLiteral("indicator")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const QString file = p.positionalArguments().first();
    // Without --watchlists, into the station's own watchlists, where the app's checker finds them.
    const QString db = p.isSet(watchlists) ? p.value(watchlists) : cca::reference::Watchlist::defaultPath();
    QDir().mkpath(QFileInfo(db).absolutePath());
    QString error;
    const auto list = cca::reference::Watchlist::open(db, &error);
    if (!list) {
        err(QStringLiteral("ccacademy-cli: ") + error);
        return 1;
    }
    const auto result = list->importCsv(file);
    if (!result.ok) {
        err(QStringLiteral("%1: error: %2").arg(file, result.error));
        return 1;
    }
    for (const auto &problem : result.problems)
        err(problem.toString(file));
    out(QStringLiteral("%1 row(s) read: %2 imported, %3 already known, %4 skipped as malformed")
            .arg(result.rows).arg(result.imported).arg(result.alreadyKnown).arg(result.skipped));
    return result.skipped > 0 ? 1 : 0;
}


// ---- wallet lab (BIP39, BIP32, addresses) ----

void printJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
}

int walletFail(const QString &reason)
{
    err(QStringLiteral("ccacademy-cli wallet: ") + reason);
    return 1;
}

// The option's value, or standard input for "-" (keeps a phrase out of the process list).
QString secretValue(const QCommandLineParser &p, const QCommandLineOption &option)
{
    const QString value = p.value(option);
    return value == QLatin1String("-") ? readAllStandardInput().trimmed() : value;
}

int walletEntropyToMnemonic(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({json, language});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli wallet entropy-to-mnemonic HEX [--language en|zh-Hant|zh-Hans] [--json]");
    if (!p.parse(QStringList{QStringLiteral("wallet")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const auto lang = cca::wallet::bip39::languageFromCode(p.value(language));
    if (!lang)
        return walletFail(QStringLiteral("language: \"%1\" is not one of en, zh-Hant, zh-Hans").arg(p.value(language)));
    std::optional<QByteArray> entropy = cca::wallet::fromHexStrict(p.positionalArguments().first());
    if (!entropy)
        return walletFail(QStringLiteral("entropy: not hexadecimal (an even number of the digits 0-9 and a-f)"));
    QString error;
    QString mnemonic = cca::wallet::bip39::entropyToMnemonic(*entropy, *lang, &error);
    cca::wallet::wipe(*entropy);
    if (mnemonic.isEmpty())
        return walletFail(error);
    if (p.isSet(json))
        printJson({{QStringLiteral("mnemonic"), mnemonic}, {QStringLiteral("language"), cca::wallet::bip39::languageCode(*lang)}});
    else
        out(mnemonic);
    cca::wallet::wipe(mnemonic);
    return 0;
}

// Checks --mnemonic and makes the seed; nothing (after printing the reason) when invalid.
std::optional<QByteArray> seedFromMnemonic(const QCommandLineParser &p, const QCommandLineOption &mnemonic, const QCommandLineOption &passphrase)
{
    QString words = secretValue(p, mnemonic);
    const cca::wallet::bip39::Check check = cca::wallet::bip39::checkMnemonic(words);
    cca::wallet::wipe(words);
    if (!check.ok()) {
        walletFail(check.message);
        return std::nullopt;
    }
    QString sentence = check.sentence();
    QString pass = p.isSet(passphrase) ? secretValue(p, passphrase) : QString();
    QByteArray seed = cca::wallet::bip39::mnemonicToSeed(sentence, pass);
    cca::wallet::wipe(sentence);
    cca::wallet::wipe(pass);
    return seed;
}

int walletMnemonicToSeed(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption mnemonic(QStringLiteral("mnemonic"), QString(), QStringLiteral("WORDS"));
    QCommandLineOption passphrase(QStringLiteral("passphrase"), QString(), QStringLiteral("P"));
    p.addOptions({json, mnemonic, passphrase});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli wallet mnemonic-to-seed --mnemonic \"WORDS\"|- [--passphrase P] [--json]");
    if (!p.parse(QStringList{QStringLiteral("wallet")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(mnemonic)) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    std::optional<QByteArray> seed = seedFromMnemonic(p, mnemonic, passphrase);
    if (!seed)
        return 1;
    QString hex = QString::fromLatin1(seed->toHex());
    cca::wallet::wipe(*seed);
    if (p.isSet(json))
        printJson({{QStringLiteral("seed"), hex}});
    else
        out(hex);
    cca::wallet::wipe(hex);
    return 0;
}

void printDerived(const cca::wallet::DerivedAddress &d, bool json)
{
    namespace w = cca::wallet;
    const bool scripts = w::usesScripts(d.choice.coin);
    if (json) {
        QJsonObject o{{QStringLiteral("path"), d.path},
                      {QStringLiteral("coin"), w::coinCode(d.choice.coin)},
                      {QStringLiteral("xpub"), d.xpub},
                      {QStringLiteral("address"), d.address},
                      {QStringLiteral("public_key"), QString::fromLatin1(d.publicKey.toHex())}};
        if (scripts)
            o.insert(QStringLiteral("script"), w::scriptCode(d.choice.script));
        if (!d.xprv.isEmpty())
            o.insert(QStringLiteral("xprv"), d.xprv);
        printJson(o);
        return;
    }
    out(QStringLiteral("path:       %1").arg(d.path));
    out(QStringLiteral("coin:       %1%2").arg(w::coinName(d.choice.coin), scripts ? QStringLiteral(" (%1)").arg(w::scriptCode(d.choice.script)) : QString()));
    out(QStringLiteral("address:    %1").arg(d.address));
    out(QStringLiteral("public key: %1").arg(QString::fromLatin1(d.publicKey.toHex())));
    out(QStringLiteral("xpub:       %1").arg(d.xpub));
    if (!d.xprv.isEmpty())
        out(QStringLiteral("xprv:       %1").arg(d.xprv));
}

// --coin and --script: nothing when absent; false (after printing the reason) when unknown.
bool readCoinAndScript(const QCommandLineParser &p, const QCommandLineOption &coin, const QCommandLineOption &script,
                       std::optional<cca::wallet::Coin> *coinOut, std::optional<cca::wallet::Script> *scriptOut)
{
    if (p.isSet(coin)) {
        *coinOut = cca::wallet::coinFromCode(p.value(coin));
        if (!*coinOut) {
            walletFail(QStringLiteral("coin: \"%1\" is not one of btc, btc-testnet, ltc, eth, trx").arg(p.value(coin)));
            return false;
        }
    }
    if (p.isSet(script)) {
        *scriptOut = cca::wallet::scriptFromCode(p.value(script));
        if (!*scriptOut) {
            walletFail(QStringLiteral("script: \"%1\" is not one of p2pkh, p2sh-p2wpkh, p2wpkh, p2tr").arg(p.value(script)));
            return false;
        }
    }
    return true;
}

int walletDerive(const QStringList &args)
{
    namespace w = cca::wallet;
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption mnemonic(QStringLiteral("mnemonic"), QString(), QStringLiteral("WORDS"));
    QCommandLineOption passphrase(QStringLiteral("passphrase"), QString(), QStringLiteral("P"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("HEX"));
    QCommandLineOption path(QStringLiteral("path"), QString(), QStringLiteral("PATH"));
    QCommandLineOption coin(QStringLiteral("coin"), QString(), QStringLiteral("COIN"));
    QCommandLineOption script(QStringLiteral("script"), QString(), QStringLiteral("SCRIPT"));
    p.addOptions({json, mnemonic, passphrase, seedOption, path, coin, script});
    const QString usageLine = QStringLiteral(
        "usage: ccacademy-cli wallet derive (--mnemonic \"WORDS\"|- [--passphrase P] | --seed HEX) --path \"m/84'/0'/0'/0/0\"\n"
        "       [--coin btc|btc-testnet|ltc|eth|trx] [--script p2pkh|p2sh-p2wpkh|p2wpkh|p2tr] [--json]");
    if (!p.parse(QStringList{QStringLiteral("wallet")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(path)
        || p.isSet(mnemonic) == p.isSet(seedOption) || (p.isSet(passphrase) && !p.isSet(mnemonic))) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    std::optional<w::Coin> coinChoice;
    std::optional<w::Script> scriptChoice;
    if (!readCoinAndScript(p, coin, script, &coinChoice, &scriptChoice))
        return 1;
    QString error;
    const auto steps = w::bip32::parsePath(p.value(path), &error);
    if (!steps)
        return walletFail(error);
    const auto choice = w::chooseForPath(*steps, coinChoice, scriptChoice, &error);
    if (!choice)
        return walletFail(error);
    std::optional<QByteArray> seed;
    if (p.isSet(seedOption)) {
        seed = w::fromHexStrict(secretValue(p, seedOption));
        if (!seed)
            return walletFail(QStringLiteral("seed: not hexadecimal (an even number of the digits 0-9 and a-f)"));
    } else {
        seed = seedFromMnemonic(p, mnemonic, passphrase);
        if (!seed)
            return 1;
    }
    const auto master = w::bip32::masterKey(*seed, &error);
    w::wipe(*seed);
    if (!master)
        return walletFail(error);
    const auto derived = w::deriveAddress(*master, *steps, *choice, &error);
    if (!derived)
        return walletFail(error);
    printDerived(*derived, p.isSet(json));
    return 0;
}

int walletXkey(const QStringList &args)
{
    namespace w = cca::wallet;
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption path(QStringLiteral("path"), QString(), QStringLiteral("PATH"), QStringLiteral("m"));
    QCommandLineOption coin(QStringLiteral("coin"), QString(), QStringLiteral("COIN"));
    QCommandLineOption script(QStringLiteral("script"), QString(), QStringLiteral("SCRIPT"));
    p.addOptions({json, path, coin, script});
    const QString usageLine = QStringLiteral(
        "usage: ccacademy-cli wallet xkey XKEY|- --path \"m/0/1\" [--coin btc|btc-testnet|ltc|eth|trx] "
        "[--script p2pkh|p2sh-p2wpkh|p2wpkh|p2tr] [--json]");
    if (!p.parse(QStringList{QStringLiteral("wallet")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    std::optional<w::Coin> coinChoice;
    std::optional<w::Script> scriptChoice;
    if (!readCoinAndScript(p, coin, script, &coinChoice, &scriptChoice))
        return 1;
    QString error;
    QString text = p.positionalArguments().first();
    if (text == QLatin1String("-"))
        text = readAllStandardInput().trimmed();
    const auto key = w::bip32::parse(text, &error);
    w::wipe(text);
    if (!key)
        return walletFail(error);
    const auto steps = w::bip32::parsePath(p.value(path), &error);
    if (!steps)
        return walletFail(error);
    const auto choice = w::chooseForKey(*key, coinChoice, scriptChoice, &error);
    if (!choice)
        return walletFail(error);
    const auto derived = w::deriveAddress(*key, *steps, *choice, &error);
    if (!derived)
        return walletFail(error);
    printDerived(*derived, p.isSet(json));
    return 0;
}

// ---- tracing lab (case files, taint, clusters, paths) ----

// Loads a case for the trace commands; prints its problems and returns false when it is not valid.
bool loadCase(const QString &path, cca::tracing::CaseFile *c)
{
    *c = cca::tracing::CaseFile::load(path);
    for (const cca::Diagnostic &d : c->errors)
        err(d.toString());
    if (!c->isValid())
        err(QStringLiteral("ccacademy-cli: %1 is not a valid case (%2 problem(s))").arg(path).arg(c->errors.size()));
    return c->isValid();
}

QJsonObject taintJson(const cca::tracing::TraceGraph &graph, const cca::tracing::TaintResult &r)
{
    QJsonArray addresses;
    for (const cca::tracing::AddressTaint &a : r.addresses)
        addresses.append(QJsonObject{{QStringLiteral("address"), graph.addressText(a.address)},
                                     {QStringLiteral("received_tainted"), cca::tracing::wholeUnits(a.received)},
                                     {QStringLiteral("held_tainted"), cca::tracing::wholeUnits(a.held)},
                                     {QStringLiteral("share"), std::round(a.share() * 1e6) / 1e6}});
    return QJsonObject{{QStringLiteral("source"), r.source},
                       {QStringLiteral("method"), cca::tracing::methodId(r.method)},
                       {QStringLiteral("unit"), r.unit},
                       {QStringLiteral("source_value"), r.sourceValue},
                       {QStringLiteral("addresses"), addresses}};
}

int traceTaint(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption method(QStringLiteral("method"), QString(), QStringLiteral("METHOD"));
    QCommandLineOption source(QStringLiteral("source"), QString(), QStringLiteral("ID"));
    p.addOptions({json, method, source});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace taint CASE --method poison|haircut|fifo|lifo|libr [--source ID] [--json]");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || p.positionalArguments().size() != 1 || !p.isSet(method)) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const auto m = cca::tracing::methodFromId(p.value(method));
    if (!m) {
        err(QStringLiteral("ccacademy-cli: unknown method '%1'\n%2").arg(p.value(method), usageLine));
        return 2;
    }
    cca::tracing::CaseFile c;
    if (!loadCase(p.positionalArguments().first(), &c))
        return 1;
    const cca::tracing::TraceGraph graph = cca::tracing::TraceGraph::build(c);
    const cca::tracing::TaintResult r = cca::tracing::TaintEngine(graph).run(*m, p.value(source));
    if (!r.ok()) {
        err(QStringLiteral("ccacademy-cli: ") + r.error);
        return 1;
    }
    if (p.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(taintJson(graph, r)).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("source %1: %2 %3, method %4").arg(r.source).arg(r.sourceValue).arg(r.unit, cca::tracing::methodId(r.method)));
    out(QStringLiteral("%1  %2  %3  %4").arg(QStringLiteral("ADDRESS"), -62).arg(QStringLiteral("RECEIVED"), 16)
            .arg(QStringLiteral("HELD"), 16).arg(QStringLiteral("SHARE"), 7));
    for (const cca::tracing::AddressTaint &a : r.addresses)
        out(QStringLiteral("%1  %2  %3  %4%").arg(graph.addressText(a.address), -62).arg(cca::tracing::wholeUnits(a.received), 16)
                .arg(cca::tracing::wholeUnits(a.held), 16).arg(a.share() * 100.0, 6, 'f', 1));
    if (r.method != cca::tracing::TaintMethod::Poison)
        out(QStringLiteral("lost to fees: %1 %2; waiting in bridges: %3 %2")
                .arg(cca::tracing::wholeUnits(r.lostToFees)).arg(r.unit).arg(cca::tracing::wholeUnits(r.inBridges)));
    return 0;
}

int traceClusters(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption includeCoinJoin(QStringLiteral("include-coinjoin"));
    QCommandLineOption withChange(QStringLiteral("with-change"));
    p.addOptions({json, includeCoinJoin, withChange});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace clusters CASE [--include-coinjoin] [--with-change] [--json]");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    cca::tracing::CaseFile c;
    if (!loadCase(p.positionalArguments().first(), &c))
        return 1;
    const cca::tracing::TraceGraph graph = cca::tracing::TraceGraph::build(c);
    cca::tracing::ClusterOptions options;
    options.excludeCoinJoin = !p.isSet(includeCoinJoin);
    options.joinChange = p.isSet(withChange);
    const cca::tracing::Clustering clustering = cca::tracing::Clustering::compute(graph, options);
    QJsonArray clusters;
    for (const cca::tracing::Cluster &cl : clustering.clusters()) {
        QJsonArray addresses, links, labels;
        QSet<QString> seenLabels;
        for (int a : cl.addresses) {
            addresses.append(graph.addressText(a));
            for (int t : graph.tagsOf(a))
                if (!seenLabels.contains(c.tags[t].label)) {
                    seenLabels.insert(c.tags[t].label);
                    labels.append(c.tags[t].label);
                }
        }
        for (const cca::tracing::ClusterLink &l : cl.links)
            links.append(QJsonObject{{QStringLiteral("tx"), graph.txid(l.tx)}, {QStringLiteral("heuristic"), l.reason}});
        clusters.append(QJsonObject{{QStringLiteral("addresses"), addresses}, {QStringLiteral("joined_by"), links},
                                    {QStringLiteral("labels"), labels}});
    }
    if (p.isSet(json)) {
        const QJsonObject o{{QStringLiteral("coinjoin_excluded"), options.excludeCoinJoin},
                            {QStringLiteral("coinjoins_skipped"), clustering.skippedCoinJoins()},
                            {QStringLiteral("clusters"), clusters}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("%1 cluster(s) of two or more addresses; %2 CoinJoin-shaped transaction(s) %3")
            .arg(clusters.size()).arg(clustering.skippedCoinJoins())
            .arg(options.excludeCoinJoin ? QStringLiteral("left out") : QStringLiteral("counted")));
    int n = 0;
    for (const QJsonValue &v : std::as_const(clusters)) {
        const QJsonObject o = v.toObject();
        QStringList labels;
        for (const QJsonValue &l : o.value(QStringLiteral("labels")).toArray())
            labels << l.toString();
        out(QStringLiteral("cluster %1: %2 address(es)%3").arg(++n).arg(o.value(QStringLiteral("addresses")).toArray().size())
                .arg(labels.isEmpty() ? QString() : QStringLiteral(" [") + labels.join(QStringLiteral("; ")) + QLatin1Char(']')));
        for (const QJsonValue &a : o.value(QStringLiteral("addresses")).toArray())
            out(QStringLiteral("  ") + a.toString());
        for (const QJsonValue &l : o.value(QStringLiteral("joined_by")).toArray())
            out(QStringLiteral("  joined by %1 (%2)").arg(l.toObject().value(QStringLiteral("tx")).toString(),
                                                          l.toObject().value(QStringLiteral("heuristic")).toString()));
    }
    return 0;
}

int tracePaths(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    QCommandLineOption method(QStringLiteral("method"), QString(), QStringLiteral("METHOD"), QStringLiteral("haircut"));
    QCommandLineOption source(QStringLiteral("source"), QString(), QStringLiteral("ID"));
    p.addOptions({json, method, source});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace paths CASE [--source ID] [--method M] [--json]");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || p.positionalArguments().size() != 1) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const auto m = cca::tracing::methodFromId(p.value(method));
    if (!m) {
        err(QStringLiteral("ccacademy-cli: unknown method '%1'\n%2").arg(p.value(method), usageLine));
        return 2;
    }
    cca::tracing::CaseFile c;
    if (!loadCase(p.positionalArguments().first(), &c))
        return 1;
    const cca::tracing::TraceGraph graph = cca::tracing::TraceGraph::build(c);
    const cca::tracing::TaintEngine engine(graph);
    const cca::tracing::TaintResult r = engine.run(*m, p.value(source));
    if (!r.ok()) {
        err(QStringLiteral("ccacademy-cli: ") + r.error);
        return 1;
    }
    QJsonArray paths;
    for (const cca::tracing::ServicePath &path : engine.paths(r)) {
        const cca::tracing::Tag &tag = c.tags[path.tag];
        QJsonArray hops;
        for (int h : path.hops) {
            const cca::tracing::TaintHop &hop = r.hops[size_t(h)];
            const bool transfer = hop.transfer;
            const QString id = transfer ? graph.transferText(hop.index) : graph.outputRef(hop.output);
            const QString chain = transfer ? c.transfers[hop.index].chain : c.transactions[hop.index].chain;
            const qint64 time = transfer ? c.transfers[hop.index].time : c.transactions[hop.index].time;
            const QString unit = transfer ? c.assetUnit(c.transfers[hop.index].asset) : c.chain(chain)->unit;
            QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("chain"), chain}, {QStringLiteral("time"), cca::tracing::formatTime(time)},
                          {QStringLiteral("to"), graph.addressText(hop.address)}, {QStringLiteral("amount"), hop.amount},
                          {QStringLiteral("amount_unit"), unit}, {QStringLiteral("tainted"), cca::tracing::wholeUnits(hop.taint)}};
            if (hop.bridge >= 0)
                o.insert(QStringLiteral("via"), c.bridges[hop.bridge].service);
            hops.append(o);
        }
        paths.append(QJsonObject{{QStringLiteral("service"), tag.label}, {QStringLiteral("category"), tag.category},
                                 {QStringLiteral("actor"), tag.actor}, {QStringLiteral("chain"), tag.chain},
                                 {QStringLiteral("address"), graph.addressText(path.address)},
                                 {QStringLiteral("received_tainted"), cca::tracing::wholeUnits(path.received)},
                                 {QStringLiteral("hops"), hops}});
    }
    if (p.isSet(json)) {
        const QJsonObject o{{QStringLiteral("source"), r.source}, {QStringLiteral("method"), cca::tracing::methodId(r.method)},
                            {QStringLiteral("unit"), r.unit}, {QStringLiteral("source_value"), r.sourceValue},
                            {QStringLiteral("paths"), paths}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("source %1: %2 %3, method %4; %5 service address(es) reached")
            .arg(r.source).arg(r.sourceValue).arg(r.unit, cca::tracing::methodId(r.method)).arg(paths.size()));
    for (const QJsonValue &v : std::as_const(paths)) {
        const QJsonObject o = v.toObject();
        out(QStringLiteral("%1 (%2) %3: %4 %5 tainted").arg(o.value(QStringLiteral("service")).toString(), o.value(QStringLiteral("category")).toString(),
                                                          o.value(QStringLiteral("address")).toString())
                .arg(o.value(QStringLiteral("received_tainted")).toInteger()).arg(r.unit));
        for (const QJsonValue &h : o.value(QStringLiteral("hops")).toArray()) {
            const QJsonObject hop = h.toObject();
            out(QStringLiteral("  %1  %2  %3 -> %4  %5 %6%7").arg(hop.value(QStringLiteral("time")).toString(), hop.value(QStringLiteral("chain")).toString(),
                                                              hop.value(QStringLiteral("id")).toString(), hop.value(QStringLiteral("to")).toString())
                    .arg(hop.value(QStringLiteral("amount")).toInteger()).arg(hop.value(QStringLiteral("amount_unit")).toString())
                    .arg(hop.contains(QStringLiteral("via")) ? QStringLiteral(" via ") + hop.value(QStringLiteral("via")).toString() : QString()));
        }
    }
    return 0;
}

int traceChange(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace change CASE TXID [--json]");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || p.positionalArguments().size() != 2) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    cca::tracing::CaseFile c;
    if (!loadCase(p.positionalArguments().first(), &c))
        return 1;
    const cca::tracing::TraceGraph graph = cca::tracing::TraceGraph::build(c);
    const int tx = graph.txId(p.positionalArguments().at(1));
    if (tx < 0) {
        err(QStringLiteral("ccacademy-cli: no transaction %1 in this case").arg(p.positionalArguments().at(1)));
        return 1;
    }
    const QList<cca::tracing::ChangeFinding> findings = cca::tracing::detectChange(graph, tx);
    const int likely = cca::tracing::likelyChange(findings);
    const bool coinJoin = cca::tracing::looksLikeCoinJoin(graph, tx);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const cca::tracing::ChangeFinding &f : findings)
            list.append(QJsonObject{{QStringLiteral("heuristic"), cca::tracing::heuristicId(f.heuristic)},
                                    {QStringLiteral("output"), graph.vout(f.output)},
                                    {QStringLiteral("address"), graph.addressText(graph.outputs()[size_t(f.output)].address)},
                                    {QStringLiteral("explanation"), f.explanation}});
        const QJsonObject o{{QStringLiteral("txid"), graph.txid(tx)}, {QStringLiteral("coinjoin_shaped"), coinJoin},
                            {QStringLiteral("likely_change"), likely >= 0 ? QJsonValue(graph.vout(likely)) : QJsonValue()},
                            {QStringLiteral("findings"), list}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (coinJoin)
        out(QStringLiteral("CoinJoin-shaped (several inputs, three or more equal outputs): change heuristics do not apply."));
    for (const cca::tracing::ChangeFinding &f : findings)
        out(QStringLiteral("output %1 (%2): %3\n  %4").arg(graph.vout(f.output)).arg(graph.addressText(graph.outputs()[size_t(f.output)].address),
                                                          cca::tracing::heuristicName(f.heuristic), f.explanation));
    out(likely >= 0 ? QStringLiteral("likely change: output %1").arg(graph.vout(likely))
                    : QStringLiteral("no output is clearly change"));
    return 0;
}

int traceAddress(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption script(QStringLiteral("script"), QString(), QStringLiteral("TYPE"), QStringLiteral("p2wpkh"));
    p.addOption(script);
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace address bitcoin|bitcoin-testnet|tron|evm SEED [--script TYPE]");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || p.positionalArguments().size() != 2
        || !cca::tracing::addressformat::known().contains(p.positionalArguments().first())) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    const QString address = cca::tracing::addressformat::synthetic(p.positionalArguments().first(), p.value(script),
                                                                   p.positionalArguments().at(1).toUtf8());
    if (address.isEmpty()) {
        err(usageLine);
        return 2;
    }
    out(address);
    return 0;
}

int traceGenerate(const QStringList &args)
{
    QCommandLineParser p;
    QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    QCommandLineOption transactions(QStringLiteral("transactions"), QString(), QStringLiteral("COUNT"));
    QCommandLineOption outFile(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    p.addOptions({seed, transactions, outFile});
    const QString usageLine = QStringLiteral("usage: ccacademy-cli trace generate --seed N --transactions COUNT --out FILE");
    if (!p.parse(QStringList{QStringLiteral("trace")} + args) || !p.positionalArguments().isEmpty() || !p.isSet(seed)
        || !p.isSet(transactions) || !p.isSet(outFile)) {
        err(p.errorText().isEmpty() ? usageLine : p.errorText() + QLatin1Char('\n') + usageLine);
        return 2;
    }
    bool seedOk = false, countOk = false;
    cca::tracing::GeneratorOptions options;
    options.seed = p.value(seed).toULongLong(&seedOk);
    options.transactions = p.value(transactions).toInt(&countOk);
    if (!seedOk || !countOk || options.transactions < cca::tracing::GeneratorOptions::kMinimumTransactions) {
        err(QStringLiteral("ccacademy-cli: --seed must be a whole number and --transactions at least %1\n%2")
                .arg(cca::tracing::GeneratorOptions::kMinimumTransactions).arg(usageLine));
        return 2;
    }
    QString error;
    if (!cca::tracing::CaseGenerator(options).writeFile(p.value(outFile), &error)) {
        err(QStringLiteral("%1: error: %2").arg(p.value(outFile), error));
        return 1;
    }
    out(QStringLiteral("wrote %1 transaction(s) to %2").arg(options.transactions).arg(p.value(outFile)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(cca::AppInfo::organizationName());
    QCoreApplication::setApplicationName(cca::AppInfo::applicationName());
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("ccacademy-cli ") + cca::AppInfo::version());
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        usage();
        return 0;
    }
    if (command == QLatin1String("validate"))
        return validate(args);
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("modules") && sub == QLatin1String("list"))
        return modulesList(args);
    if (command == QLatin1String("officers") && sub == QLatin1String("list"))
        return officersList(args);
    if (command == QLatin1String("progress") && sub == QLatin1String("show"))
        return progressShow(args);
    if (command == QLatin1String("certificate") && sub == QLatin1String("verify"))
        return certificateVerify(args);
    if (command == QLatin1String("questions") && sub == QLatin1String("import"))
        return questionsImport(args);
    if (command == QLatin1String("export") && sub == QLatin1String("xapi"))
        return exportXapi(args);
    if (command == QLatin1String("bundle") && sub == QLatin1String("export"))
        return bundleExport(args);
    if (command == QLatin1String("bundle") && sub == QLatin1String("import"))
        return bundleImport(args);
    if (command == QLatin1String("demo") && sub == QLatin1String("populate"))
        return demoPopulate(args);
    if (command == QLatin1String("reference") && sub == QLatin1String("search"))
        return referenceSearch(args);
    if (command == QLatin1String("indicator") && sub == QLatin1String("check"))
        return indicatorCheck(args);
    if (command == QLatin1String("indicator") && sub == QLatin1String("compare"))
        return indicatorCompare(args);
    if (command == QLatin1String("indicator") && sub == QLatin1String("watchlist") && args.value(0) == QLatin1String("import"))
        return indicatorWatchlistImport(args.mid(1));
    if (command == QLatin1String("wallet") && sub == QLatin1String("entropy-to-mnemonic"))
        return walletEntropyToMnemonic(args);
    if (command == QLatin1String("wallet") && sub == QLatin1String("mnemonic-to-seed"))
        return walletMnemonicToSeed(args);
    if (command == QLatin1String("wallet") && sub == QLatin1String("derive"))
        return walletDerive(args);
    if (command == QLatin1String("wallet") && sub == QLatin1String("xkey"))
        return walletXkey(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("taint"))
        return traceTaint(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("clusters"))
        return traceClusters(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("paths"))
        return tracePaths(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("change"))
        return traceChange(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("address"))
        return traceAddress(args);
    if (command == QLatin1String("trace") && sub == QLatin1String("generate"))
        return traceGenerate(args);
    err(QStringLiteral("ccacademy-cli: unknown command '%1'").arg((command + QLatin1Char(' ') + sub).trimmed()));
    return usage();
}
