#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cca::shell {

// Language, theme and text size, applied at once and remembered.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const QString &databaseDescription, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *textSizeBox() const { return m_textSize; }

signals:
    void languageChosen(const QString &uiLocale);
    void appearanceChanged(const QString &theme, int textSize);

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_textSize;
};

} // namespace cca::shell
