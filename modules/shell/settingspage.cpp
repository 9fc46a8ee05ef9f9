#include "shell/settingspage.h"

#include "core/appinfo.h"
#include "core/clock.h"
#include "core/languages.h"
#include "core/preferences.h"
#include "progress/backupmanager.h"
#include "progress/postgresprogressstore.h"
#include "progress/progressstore.h"
#include "shell/languagemanager.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cca::shell {

SettingsPage::SettingsPage(const QString &databaseDescription, QWidget *parent) : QWidget(parent)
{
    // The cards are taller than a small screen: the page scrolls.
    QVBoxLayout *root = ui::scrollingColumn(this, QMargins(32, 24, 32, 24), 16);
    // A readable column; bounding the column itself (not each card) lets wrapped text get its height.
    root->parentWidget()->setMaximumWidth(640 + 64);
    root->addWidget(ui::heading(tr("Settings"), "h1", this));

    QFrame *appearance = ui::card(this);
    appearance->setMaximumWidth(640);
    auto *al = new QVBoxLayout(appearance);
    al->setContentsMargins(24, 20, 24, 20);
    al->addWidget(ui::heading(tr("Language and appearance"), "h2", appearance));
    auto *form = new QFormLayout;
    form->setSpacing(12);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    for (const Language &l : Languages::all())
        m_language->addItem(l.nativeName, l.uiLocale);
    m_language->setCurrentIndex(m_language->findData(LanguageManager::instance()->uiLocale()));
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_theme->findData(Prefs::theme.get()));
    m_textSize = new QComboBox(appearance);
    m_textSize->setObjectName(QStringLiteral("settingsTextSize"));
    m_textSize->addItem(tr("Small"), 0);
    m_textSize->addItem(tr("Normal"), 1);
    m_textSize->addItem(tr("Large"), 2);
    m_textSize->addItem(tr("Extra large"), 3);
    m_textSize->setCurrentIndex(qBound(0, Prefs::textSize.get(), 3));
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Text size"), m_textSize);
    al->addLayout(form);
    al->addWidget(ui::mutedLabel(tr("Changes apply at once. Lessons appear in the chosen language where the module has it, "
                                    "otherwise in English."),
                                 appearance));
    root->addWidget(appearance);

    QFrame *about = ui::card(this);
    about->setMaximumWidth(640);
    auto *bl = new QVBoxLayout(about);
    bl->setContentsMargins(24, 20, 24, 20);
    bl->addWidget(ui::heading(tr("This workstation"), "h2", about));
    auto *info = new QFormLayout;
    auto *db = new QLabel(databaseDescription, about);
    db->setTextInteractionFlags(Qt::TextSelectableByMouse);
    db->setWordWrap(true);
    info->addRow(tr("Progress database"), db);
    info->addRow(tr("Version"), new QLabel(AppInfo::version(), about));
    bl->addLayout(info);
    root->addWidget(about);

    QFrame *secretCard = ui::card(this);
    secretCard->setMaximumWidth(640);
    auto *sl = new QVBoxLayout(secretCard);
    sl->setContentsMargins(24, 20, 24, 20);
    m_secretTitle = ui::heading(QString(), "h2", secretCard);
    sl->addWidget(m_secretTitle);
    auto *secretForm = new QFormLayout;
    m_newSecret = new QLineEdit(secretCard);
    m_newSecret->setEchoMode(QLineEdit::Password);
    m_repeatSecret = new QLineEdit(secretCard);
    m_repeatSecret->setEchoMode(QLineEdit::Password);
    secretForm->addRow(tr("New"), m_newSecret);
    secretForm->addRow(tr("Repeat"), m_repeatSecret);
    sl->addLayout(secretForm);
    m_saveSecret = new QPushButton(tr("Save"), secretCard);
    sl->addWidget(m_saveSecret, 0, Qt::AlignLeft);
    m_secretStatus = ui::mutedLabel(QString(), secretCard);
    sl->addWidget(m_secretStatus);
    root->addWidget(secretCard);
    connect(m_saveSecret, &QPushButton::clicked, this, [this] {
        const QString secret = m_newSecret->text();
        const bool match = secret == m_repeatSecret->text();
        m_newSecret->clear();
        m_repeatSecret->clear();
        if (!match) {
            showSecretResult(tr("The two entries do not match. Type them again."), false);
            return;
        }
        emit secretChosen(secret);
    });

    m_backupCard = ui::card(this);
    m_backupCard->setMaximumWidth(640);
    auto *kl = new QVBoxLayout(m_backupCard);
    kl->setContentsMargins(24, 20, 24, 20);
    kl->addWidget(ui::heading(tr("Backups"), "h2", m_backupCard));
    kl->addWidget(ui::mutedLabel(tr("A copy of the progress database is taken every day, week and month when the app starts "
                                    "(7 daily, 4 weekly and 12 monthly copies are kept)."),
                                 m_backupCard));
    m_backups = new QListWidget(m_backupCard);
    m_backups->setAccessibleName(tr("Backups, newest first"));
    m_backups->setMaximumHeight(160);
    kl->addWidget(m_backups);
    auto *buttons = new QHBoxLayout;
    auto *now = new QPushButton(tr("Back up now"), m_backupCard);
    auto *restore = new QPushButton(tr("Restore the selected backup at the next start"), m_backupCard);
    buttons->addWidget(now);
    buttons->addWidget(restore);
    buttons->addStretch();
    kl->addLayout(buttons);
    m_backupStatus = ui::mutedLabel(QString(), m_backupCard);
    kl->addWidget(m_backupStatus);
    m_backupCard->hide();
    root->addWidget(m_backupCard);

    m_storageCard = ui::card(this);
    m_storageCard->setMaximumWidth(640);
    auto *tl = new QVBoxLayout(m_storageCard);
    tl->setContentsMargins(24, 20, 24, 20);
    tl->addWidget(ui::heading(tr("Where progress is kept"), "h2", m_storageCard));
    tl->addWidget(ui::mutedLabel(tr("A station on its own keeps progress in a file on this workstation. A force with many stations "
                                    "can share one PostgreSQL server: give its address, test it, and the app uses it from the next "
                                    "start. The password is asked for at start and never saved."),
                                 m_storageCard));
    auto *serverForm = new QFormLayout;
    serverForm->setSpacing(12);
    m_serverAddress = new QLineEdit(m_storageCard);
    m_serverAddress->setObjectName(QStringLiteral("serverAddress"));
    m_serverAddress->setAccessibleName(tr("Server address"));
    m_serverAddress->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_serverAddress->setClearButtonEnabled(true);
    m_serverAddress->setText(Prefs::databaseLocation.get());
    m_serverPassword = new QLineEdit(m_storageCard);
    m_serverPassword->setEchoMode(QLineEdit::Password);
    m_serverPassword->setAccessibleName(tr("Server password, for the test only"));
    m_serverPassword->setPlaceholderText(tr("Only to test the connection; not saved"));
    serverForm->addRow(tr("Server address"), m_serverAddress);
    serverForm->addRow(tr("Password"), m_serverPassword);
    tl->addLayout(serverForm);
    auto *storageButtons = new QHBoxLayout;
    auto *test = new QPushButton(tr("Test connection"), m_storageCard);
    auto *use = new QPushButton(tr("Use this server from the next start"), m_storageCard);
    auto *local = new QPushButton(tr("Use this workstation's file"), m_storageCard);
    storageButtons->addWidget(test);
    storageButtons->addWidget(use);
    storageButtons->addStretch();
    tl->addLayout(storageButtons);
    tl->addWidget(local, 0, Qt::AlignLeft);
    m_storageStatus = ui::mutedLabel(QString(), m_storageCard);
    m_storageStatus->setWordWrap(true);
    tl->addWidget(m_storageStatus);
    m_storageCard->hide();
    root->addWidget(m_storageCard);
    connect(test, &QPushButton::clicked, this, &SettingsPage::testServer);
    connect(use, &QPushButton::clicked, this, &SettingsPage::useServer);
    connect(local, &QPushButton::clicked, this, &SettingsPage::useWorkstationFile);
    connect(now, &QPushButton::clicked, this, &SettingsPage::backUpNow);
    connect(restore, &QPushButton::clicked, this, [this] { chooseRestore(m_backups->currentRow()); });
    root->addStretch();

    connect(m_language, &QComboBox::activated, this, [this](int i) { emit languageChosen(m_language->itemData(i).toString()); });
    auto appearanceChanged = [this] {
        emit this->appearanceChanged(m_theme->currentData().toString(), m_textSize->currentData().toInt());
    };
    connect(m_theme, &QComboBox::activated, this, appearanceChanged);
    connect(m_textSize, &QComboBox::activated, this, appearanceChanged);
}

void SettingsPage::setOfficer(const progress::Officer &officer)
{
    const bool password = officer.role != QLatin1String("trainee");
    m_secretTitle->setText(password ? tr("Your password") : tr("Your PIN (optional)"));
    m_newSecret->setAccessibleName(password ? tr("New password") : tr("New PIN"));
    m_repeatSecret->setAccessibleName(password ? tr("Repeat the password") : tr("Repeat the PIN"));
    m_newSecret->setPlaceholderText(password ? tr("At least 8 characters, with a digit or symbol") : tr("4 to 8 digits, or leave empty to remove"));
    if (password && officer.secretKind.isEmpty())
        showSecretResult(tr("This profile has no password on this workstation yet. Set one to use the trainer tools."), false);
    else
        m_secretStatus->clear();
}

void SettingsPage::showSecretResult(const QString &message, bool ok)
{
    m_secretStatus->setText(message);
    m_secretStatus->setProperty("role", ok ? QStringLiteral("muted") : QStringLiteral("error"));
    m_secretStatus->style()->unpolish(m_secretStatus);
    m_secretStatus->style()->polish(m_secretStatus);
}

void SettingsPage::setBackupAccess(const QString &role, const QString &databasePath)
{
    m_databasePath = databasePath;
    const bool isAdmin = role == QLatin1String("admin");
    const bool localFile = !databasePath.isEmpty() && !databasePath.contains(QLatin1String("://"));
    m_backupCard->setVisible(isAdmin && localFile);
    if (isAdmin && localFile)
        refreshBackups();
    m_storageCard->setVisible(isAdmin);
    if (!isAdmin) {
        m_serverPassword->clear();
        return;
    }
    const QString chosen = Prefs::databaseLocation.get();
    m_storageStatus->setText(chosen.isEmpty() ? tr("This workstation's file is used.")
                                              : tr("From the next start: %1").arg(chosen));
}

QString SettingsPage::storageStatus() const
{
    return m_storageStatus->text();
}

void SettingsPage::showStorageStatus(const QString &message, bool ok)
{
    m_storageStatus->setText(message);
    m_storageStatus->setProperty("role", ok ? QStringLiteral("muted") : QStringLiteral("error"));
    m_storageStatus->style()->unpolish(m_storageStatus);
    m_storageStatus->style()->polish(m_storageStatus);
}

namespace {
// The address as typed, checked: a PostgreSQL address with a user and a database, and no password.
QString checkedServerAddress(const QString &typed, QString *problem)
{
    const QString address = typed.trimmed();
    *problem = progress::PostgresProgressStore::addressProblem(address);
    if (!problem->isEmpty())
        return {};
    if (!QUrl(address).password().isEmpty()) {
        *problem = SettingsPage::tr("Leave the password out of the address: it would be saved in clear. It is asked for at start.");
        return {};
    }
    return address;
}
} // namespace

bool SettingsPage::testServer()
{
    QString problem;
    const QString address = checkedServerAddress(m_serverAddress->text(), &problem);
    if (address.isEmpty()) {
        showStorageStatus(problem, false);
        return false;
    }
    progress::OpenResult opened = progress::openProgressStore(address, m_serverPassword->text());
    if (!opened.store) {
        showStorageStatus(opened.error, false);
        return false;
    }
    showStorageStatus(tr("Connected to %1: the database is ready (%n officer(s)).", nullptr, int(opened.store->officers().size()))
                          .arg(opened.store->description()),
                      true);
    return true;
}

bool SettingsPage::useServer()
{
    QString problem;
    const QString address = checkedServerAddress(m_serverAddress->text(), &problem);
    if (address.isEmpty()) {
        showStorageStatus(problem, false);
        return false;
    }
    Prefs::databaseLocation.set(address);
    m_serverPassword->clear();
    showStorageStatus(tr("From the next start, progress is kept on %1. Close the app and start it again; you will be asked "
                         "for the server's password.")
                          .arg(address),
                      true);
    return true;
}

void SettingsPage::useWorkstationFile()
{
    Prefs::databaseLocation.set(QString());
    m_serverPassword->clear();
    showStorageStatus(tr("From the next start, progress is kept in this workstation's file."), true);
}

static QString backupKindName(const QString &kind)
{
    if (kind == QLatin1String("daily"))
        return SettingsPage::tr("daily");
    if (kind == QLatin1String("weekly"))
        return SettingsPage::tr("weekly");
    if (kind == QLatin1String("monthly"))
        return SettingsPage::tr("monthly");
    return SettingsPage::tr("manual");
}

void SettingsPage::refreshBackups()
{
    m_backups->clear();
    progress::BackupManager manager(m_databasePath, AppInfo::backupDirectoryFor(m_databasePath));
    for (const progress::BackupInfo &b : manager.backups()) {
        auto *item = new QListWidgetItem(tr("%1  ·  %2  ·  %3 KB")
                                             .arg(QLocale().toString(b.takenAt.toLocalTime(), QLocale::ShortFormat), backupKindName(b.kind))
                                             .arg((b.bytes + 1023) / 1024),
                                         m_backups);
        item->setData(Qt::UserRole, b.path);
    }
    if (m_backups->count() > 0)
        m_backups->setCurrentRow(0);
}

bool SettingsPage::backUpNow()
{
    progress::BackupManager manager(m_databasePath, AppInfo::backupDirectoryFor(m_databasePath));
    QString error;
    const auto taken = manager.backupNow(QStringLiteral("manual"), Clock::nowUtc(), &error);
    manager.prune();
    m_backupStatus->setText(taken ? tr("Backup saved: %1").arg(taken->path) : tr("The backup failed: %1").arg(error));
    refreshBackups();
    return taken.has_value();
}

bool SettingsPage::chooseRestore(int row)
{
    if (row < 0 || row >= m_backups->count())
        return false;
    const QString path = m_backups->item(row)->data(Qt::UserRole).toString();
    QString problem;
    if (!progress::BackupManager::integrityOk(path, &problem)) {
        m_backupStatus->setText(tr("This backup is damaged and cannot be restored: %1").arg(problem));
        return false;
    }
    Prefs::pendingRestore.set(path);
    m_backupStatus->setText(tr("The backup will be restored when the app next starts. Close the app and start it again; "
                               "the current database will be kept beside it."));
    return true;
}

} // namespace cca::shell
