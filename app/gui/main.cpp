// ccacademy: the desktop app. Wiring only: options, theme, language, store, catalog, main window.
#include "activities/activitychecks.h"
#include "content/catalog.h"
#include "core/appinfo.h"
#include "core/preferences.h"
#include "progress/progressstore.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/startuptasks.h"
#include "ui/icons.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(cca::AppInfo::organizationName());
    QCoreApplication::setApplicationName(cca::AppInfo::applicationName());
    QCoreApplication::setApplicationVersion(cca::AppInfo::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Crypto Crime Academy"));
    QGuiApplication::setDesktopFileName(cca::AppInfo::applicationId());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Crypto Crime Academy: training for police officers who fight crypto crime."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Progress database (path or URL)."),
                                      QStringLiteral("PATH_OR_URL"), cca::AppInfo::defaultDatabasePath());
    const QCommandLineOption exitAfterStartup(QStringLiteral("exit-after-startup"),
                                              QStringLiteral("Start, paint the first screen once, print the start-up time and exit."));
    parser.addOption(database);
    parser.addOption(exitAfterStartup);
    parser.process(app);

    cca::ui::Theme::apply(cca::ui::Theme::fromString(cca::Prefs::theme.get()), cca::Prefs::textSize.get());
    cca::shell::LanguageManager::instance()->apply(cca::Prefs::uiLanguage.get());
    QApplication::setWindowIcon(cca::ui::Icons::appIcon());

    // The database: --database, else the place chosen in Settings, else this workstation's file.
    const QString chosenInSettings = cca::Prefs::databaseLocation.get();
    QString dbSpec = parser.isSet(database) || chosenInSettings.isEmpty() ? parser.value(database) : chosenInSettings;
    const bool interactive = !parser.isSet(exitAfterStartup);

    // A central server that asks for a password gets it from CCA_DB_PASSWORD or a prompt; it is
    // never saved. If the server cannot be reached, the officer may carry on with this
    // workstation's file for this session.
    cca::progress::OpenResult opened;
    bool officerWasTold = false;
    if (cca::progress::isServerAddress(dbSpec)) {
        opened = cca::progress::openProgressStore(dbSpec);
        for (int tries = 0; interactive && !opened.store && opened.needsPassword && tries < 3; ++tries) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                nullptr, QObject::tr("Central progress database"),
                QObject::tr("%1\n\nPassword for the central database:").arg(opened.error), QLineEdit::Password, QString(), &ok);
            if (!ok)
                break;
            opened = cca::progress::openProgressStore(dbSpec, password);
        }
        if (!opened.store && interactive && !parser.isSet(database)) {
            QMessageBox box(QMessageBox::Warning, QObject::tr("Crypto Crime Academy"),
                            QObject::tr("The central progress database cannot be used: %1").arg(opened.error));
            QPushButton *local = box.addButton(QObject::tr("Use this workstation's file for now"), QMessageBox::AcceptRole);
            box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
            box.exec();
            officerWasTold = true;
            if (box.clickedButton() == local) {
                dbSpec = cca::AppInfo::defaultDatabasePath();
                opened = {};
            }
        }
    }

    // A restore chosen in Settings happens now, before anything opens the file.
    const bool sqliteFile = !dbSpec.contains(QLatin1String("://"));
    QString dbFile = dbSpec;
    for (const QLatin1String prefix : {QLatin1String("sqlite:"), QLatin1String("file:")})
        if (dbFile.startsWith(prefix))
            dbFile = dbFile.mid(prefix.size());
    const QString restoreNotice = sqliteFile ? cca::shell::StartupTasks::applyPendingRestore(dbFile) : QString();

    if (!opened.store && !cca::progress::isServerAddress(dbSpec))
        opened = cca::progress::openProgressStore(dbSpec);
    if (!opened.store) {
        std::fprintf(stderr, "ccacademy: %s\n", qPrintable(opened.error));
        if (interactive && !officerWasTold)
            QMessageBox::critical(nullptr, QObject::tr("Crypto Crime Academy"), opened.error);
        return 1;
    }

    cca::content::Catalog catalog = cca::content::Catalog::loadDefault();
    catalog.checkActivities(cca::activities::checks()); // a module with a broken scenario or an unknown lab exercise is not offered
    cca::shell::MainWindow window(opened.store.get(), std::move(catalog));
    if (!opened.movedAsidePath.isEmpty())
        window.setStartupNotice(QObject::tr("The progress database was damaged and could not be read. It was moved aside to %1 "
                                            "and a new, empty database was started. Give the old file to your administrator.")
                                    .arg(opened.movedAsidePath));
    if (!restoreNotice.isEmpty())
        window.setStartupNotice(restoreNotice);
    else if (sqliteFile && opened.movedAsidePath.isEmpty()) {
        const QString backupProblem = cca::shell::StartupTasks::runScheduledBackups(dbFile);
        if (!backupProblem.isEmpty())
            window.setStartupNotice(backupProblem);
    }
    window.showInitialScreen();
    window.show();

    if (parser.isSet(exitAfterStartup)) {
        QTimer::singleShot(0, &window, [&] {
            window.repaint();
            (void)window.grab(); // paint once, for real
            std::printf("startup-ms %lld\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
