#include "shell/languagemanager.h"

#include "core/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cca::shell {

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

static QString systemUiLocale()
{
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return system.script() == QLocale::SimplifiedChineseScript ? QStringLiteral("zh_CN") : QStringLiteral("zh_HK");
    if (system.language() == QLocale::Spanish)
        return QStringLiteral("es");
    return QStringLiteral("en");
}

void LanguageManager::apply(const QString &uiLocale)
{
    const QString resolved = Languages::byUiLocale(uiLocale.isEmpty() ? systemUiLocale() : uiLocale).uiLocale;
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_uiLocale = resolved;
    QLocale::setDefault(QLocale(resolved));
    if (resolved != QLatin1String("en")) {
        m_qt = new QTranslator(this);
        if (m_qt->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    // English has a catalog too: it holds the plural forms ("1 lesson", "2 lessons").
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/ccacademy_") + resolved))
        QCoreApplication::installTranslator(m_app);
    emit languageChanged();
}

QString LanguageManager::contentLanguage() const
{
    return Languages::byUiLocale(m_uiLocale).contentTag;
}

} // namespace cca::shell
