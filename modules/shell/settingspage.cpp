#include "shell/settingspage.h"

#include "core/appinfo.h"
#include "core/languages.h"
#include "core/preferences.h"
#include "shell/languagemanager.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cca::shell {

SettingsPage::SettingsPage(const QString &databaseDescription, QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(16);
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
    root->addStretch();

    connect(m_language, &QComboBox::activated, this, [this](int i) { emit languageChosen(m_language->itemData(i).toString()); });
    auto appearanceChanged = [this] {
        emit this->appearanceChanged(m_theme->currentData().toString(), m_textSize->currentData().toInt());
    };
    connect(m_theme, &QComboBox::activated, this, appearanceChanged);
    connect(m_textSize, &QComboBox::activated, this, appearanceChanged);
}

} // namespace cca::shell
