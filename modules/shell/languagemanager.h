#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace cca::shell {

// Loads our catalog and Qt's own for the chosen language; switching takes effect at once.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager *instance();

    // uiLocale: "en", "zh_HK", "zh_CN", "es", or "" to follow the system.
    void apply(const QString &uiLocale);
    QString uiLocale() const { return m_uiLocale; }     // resolved, never empty
    QString contentLanguage() const;                   // "en", "zh-Hant", ...

signals:
    // Once per switch, after the translators are in place (screens rebuild their texts).
    void languageChanged();

private:
    explicit LanguageManager(QObject *parent = nullptr);
    QString m_uiLocale = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace cca::shell
