#include "shell/signinpage.h"

#include "core/languages.h"
#include "shell/languagemanager.h"
#include "shell/noticebar.h"
#include "ui/icons.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cca::shell {

QString roleName(const QString &role)
{
    if (role == QLatin1String("trainer"))
        return SignInPage::tr("Trainer");
    if (role == QLatin1String("admin"))
        return SignInPage::tr("Administrator");
    return SignInPage::tr("Trainee");
}

SignInPage::SignInPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    // Left: what this is.
    auto *brand = new QWidget(this);
    brand->setObjectName(QStringLiteral("sidebar"));
    brand->setFixedWidth(360);
    auto *bl = new QVBoxLayout(brand);
    bl->setContentsMargins(36, 48, 36, 36);
    bl->setSpacing(16);
    auto *logo = new QLabel(brand);
    logo->setPixmap(ui::Icons::appIcon().pixmap(96, 96));
    bl->addWidget(logo);
    bl->addWidget(ui::heading(tr("Crypto Crime Academy"), "h1", brand));
    bl->addWidget(ui::mutedLabel(tr("Short, practical lessons that prepare police officers to handle "
                                    "crypto wallets, trace funds and recognise the scams behind them."),
                                 brand));
    bl->addStretch();
    bl->addWidget(ui::mutedLabel(tr("Language"), brand));
    m_language = new QComboBox(brand);
    m_language->setAccessibleName(tr("Language"));
    for (const Language &l : Languages::all())
        m_language->addItem(l.nativeName, l.uiLocale);
    m_language->setCurrentIndex(m_language->findData(LanguageManager::instance()->uiLocale()));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        emit languageChosen(m_language->itemData(index).toString());
    });
    bl->addWidget(m_language);
    root->addWidget(brand);

    // Right: who is signing in / new profile.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(scroll);
    auto *rl = new QVBoxLayout(host);
    rl->setContentsMargins(48, 48, 48, 36);
    rl->setSpacing(16);
    m_notice = new NoticeBar(host);
    rl->addWidget(m_notice);
    m_listHeading = ui::heading(tr("Who is signing in?"), "h1", host);
    rl->addWidget(m_listHeading);
    m_officerList = new QVBoxLayout;
    m_officerList->setSpacing(8);
    rl->addLayout(m_officerList);

    // Password or PIN of the officer chosen above, when the profile has one.
    QFrame *secretCard = ui::card(host);
    m_secretCard = secretCard;
    secretCard->setMaximumWidth(560);
    auto *scl = new QVBoxLayout(secretCard);
    scl->setContentsMargins(24, 16, 24, 16);
    m_secretTitle = ui::heading(QString(), "h2", secretCard);
    scl->addWidget(m_secretTitle);
    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(secretCard);
    m_secret->setObjectName(QStringLiteral("signInSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or PIN"));
    m_secretButton = ui::primaryButton(tr("Sign in"), secretCard);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_secretButton);
    scl->addLayout(secretRow);
    m_secretError = new QLabel(secretCard);
    m_secretError->setProperty("role", QStringLiteral("error"));
    m_secretError->setWordWrap(true);
    scl->addWidget(m_secretError);
    secretCard->hide();
    rl->addWidget(secretCard);
    auto submitSecret = [this] {
        const QString secret = m_secret->text();
        m_secret->clear(); // the field never keeps a secret longer than needed
        emit secretEntered(m_secretOfficer, secret);
    };
    connect(m_secretButton, &QPushButton::clicked, this, submitSecret);
    connect(m_secret, &QLineEdit::returnPressed, this, submitSecret);

    QFrame *form = ui::card(host);
    form->setMaximumWidth(560);
    auto *fl = new QVBoxLayout(form);
    fl->setContentsMargins(24, 20, 24, 20);
    fl->setSpacing(12);
    fl->addWidget(ui::heading(tr("New officer profile"), "h2", form));
    auto *grid = new QFormLayout;
    grid->setSpacing(10);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("officerName"));
    m_name->setPlaceholderText(tr("e.g. Chan Tai Man"));
    m_serviceNumber = new QLineEdit(form);
    m_serviceNumber->setObjectName(QStringLiteral("serviceNumber"));
    m_serviceNumber->setPlaceholderText(tr("e.g. 12345"));
    m_unit = new QLineEdit(form);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("e.g. District Crime Squad"));
    m_role = new QComboBox(form);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString &role : progress::Officer::roles())
        m_role->addItem(roleName(role), role);
    grid->addRow(tr("Display name"), m_name);
    grid->addRow(tr("Service number"), m_serviceNumber);
    grid->addRow(tr("Unit"), m_unit);
    grid->addRow(tr("Role"), m_role);
    m_newSecret = new QLineEdit(form);
    m_newSecret->setObjectName(QStringLiteral("newSecret"));
    m_newSecret->setEchoMode(QLineEdit::Password);
    m_repeatSecret = new QLineEdit(form);
    m_repeatSecret->setObjectName(QStringLiteral("repeatSecret"));
    m_repeatSecret->setEchoMode(QLineEdit::Password);
    m_newSecretLabel = new QLabel(form);
    m_repeatSecretLabel = new QLabel(form);
    grid->addRow(m_newSecretLabel, m_newSecret);
    grid->addRow(m_repeatSecretLabel, m_repeatSecret);
    fl->addLayout(grid);
    auto updateSecretLabels = [this] {
        const bool password = m_role->currentData().toString() != QLatin1String("trainee");
        m_newSecretLabel->setText(password ? tr("Password") : tr("PIN (optional)"));
        m_repeatSecretLabel->setText(password ? tr("Repeat password") : tr("Repeat PIN"));
        m_newSecret->setPlaceholderText(password ? tr("At least 8 characters, with a digit or symbol") : tr("4 to 8 digits, or leave empty"));
        m_newSecret->setAccessibleName(m_newSecretLabel->text());
        m_repeatSecret->setAccessibleName(m_repeatSecretLabel->text());
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, updateSecretLabels);
    updateSecretLabels();
    m_roleHint = ui::mutedLabel(QString(), form);
    fl->addWidget(m_roleHint);
    m_error = new QLabel(form);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    fl->addWidget(m_error);
    m_create = ui::primaryButton(tr("Create profile and sign in"), form);
    m_create->setObjectName(QStringLiteral("createOfficer"));
    m_create->setIcon(ui::Icons::icon(QStringLiteral("user-plus"), palette().color(QPalette::HighlightedText)));
    fl->addWidget(m_create, 0, Qt::AlignLeft);
    rl->addWidget(form);
    rl->addStretch();
    scroll->setWidget(host);
    root->addWidget(scroll, 1);

    auto submit = [this] {
        progress::Officer o;
        o.displayName = m_name->text().trimmed();
        o.serviceNumber = m_serviceNumber->text().trimmed();
        o.unit = m_unit->text().trimmed();
        o.role = m_role->currentData().toString();
        if (o.displayName.isEmpty()) {
            showError(tr("Enter the officer's display name."));
            m_name->setFocus();
            return;
        }
        if (o.serviceNumber.isEmpty()) {
            showError(tr("Enter the officer's service number."));
            m_serviceNumber->setFocus();
            return;
        }
        if (m_newSecret->text() != m_repeatSecret->text()) {
            showError(tr("The two entries do not match. Type them again."));
            m_newSecret->clear();
            m_repeatSecret->clear();
            m_newSecret->setFocus();
            return;
        }
        m_error->hide();
        const QString secret = m_newSecret->text();
        m_newSecret->clear();
        m_repeatSecret->clear();
        emit createRequested(o, secret);
    };
    connect(m_create, &QPushButton::clicked, this, submit);
    for (QLineEdit *edit : {m_name, m_serviceNumber, m_unit})
        connect(edit, &QLineEdit::returnPressed, this, submit);
}

void SignInPage::setOfficers(const QList<progress::Officer> &officers)
{
    ui::clearLayout(m_officerList);
    m_secretCard->hide();
    m_secretOfficer.clear();
    m_listHeading->setText(officers.isEmpty() ? tr("Welcome. Create the first profile to begin.") : tr("Who is signing in?"));
    for (const progress::Officer &o : officers) {
        auto *button = new QPushButton(ui::Icons::icon(QStringLiteral("user")),
                                       tr("%1  ·  %2  ·  %3").arg(o.displayName, o.unit.isEmpty() ? o.serviceNumber : o.unit, roleName(o.role)));
        button->setObjectName(QStringLiteral("officer-") + o.serviceNumber);
        button->setMinimumHeight(44);
        button->setMaximumWidth(560);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 10px 16px; border: 1px solid palette(mid); "
                                             "border-radius: 10px; background: palette(base);"));
        button->setAccessibleName(tr("Sign in as %1").arg(o.displayName));
        connect(button, &QPushButton::clicked, this, [this, id = o.id] { emit officerChosen(id); });
        m_officerList->addWidget(button);
    }
    // The first profile on an empty workstation administers it.
    if (officers.isEmpty()) {
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("admin")));
        m_roleHint->setText(tr("The first profile on a new workstation is its administrator."));
        m_roleHint->show();
    } else {
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("trainee")));
        m_roleHint->hide();
    }
}

void SignInPage::askSecret(const progress::Officer &officer)
{
    m_secretOfficer = officer.id;
    m_secretTitle->setText(officer.secretKind == QLatin1String("pin") ? tr("PIN for %1").arg(officer.displayName)
                                                                        : tr("Password for %1").arg(officer.displayName));
    m_secretError->clear();
    m_secret->clear();
    m_secretCard->show();
    m_secret->setFocus();
}

void SignInPage::showSecretError(const QString &message)
{
    m_secretError->setText(message);
    m_secret->setFocus();
}

void SignInPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace cca::shell
