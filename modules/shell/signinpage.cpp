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
    fl->addLayout(grid);
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
        m_error->hide();
        emit createRequested(o);
    };
    connect(m_create, &QPushButton::clicked, this, submit);
    for (QLineEdit *edit : {m_name, m_serviceNumber, m_unit})
        connect(edit, &QLineEdit::returnPressed, this, submit);
}

void SignInPage::setOfficers(const QList<progress::Officer> &officers)
{
    ui::clearLayout(m_officerList);
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

void SignInPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace cca::shell
