#pragma once

#include "progress/officer.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QFrame;
class QLabel;
class QListWidget;

namespace cca::shell {

// Language, theme and text size, applied at once and remembered; the officer's own password or PIN;
// for administrators, backups and where progress is kept.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const QString &databaseDescription, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *textSizeBox() const { return m_textSize; }

    // The signed-in officer's own password (trainers, administrators) or PIN (trainees).
    void setOfficer(const progress::Officer &officer);
    void showSecretResult(const QString &message, bool ok);
    QLineEdit *newSecretField() const { return m_newSecret; }
    QLineEdit *repeatSecretField() const { return m_repeatSecret; }
    QPushButton *saveSecretButton() const { return m_saveSecret; }

    // Backups of the SQLite file: administrators may take one now or choose one to restore at the next start.
    void setBackupAccess(const QString &role, const QString &databasePath);
    bool backUpNow();
    bool chooseRestore(int row); // row in the backup list
    QListWidget *backupList() const { return m_backups; }

    // Where progress is kept (administrators): this workstation's file or a central PostgreSQL
    // server, used from the next start. The password is only used to test the connection.
    QLineEdit *serverAddressField() const { return m_serverAddress; }
    QLineEdit *serverPasswordField() const { return m_serverPassword; }
    bool testServer();        // connects (and prepares the database) with the address and password typed
    bool useServer();         // remembers the address for the next start
    void useWorkstationFile(); // back to this workstation's SQLite file at the next start
    QString storageStatus() const;

signals:
    void secretChosen(const QString &secret);
    void languageChosen(const QString &uiLocale);
    void appearanceChanged(const QString &theme, int textSize);

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_textSize;
    QLabel *m_secretTitle;
    QLineEdit *m_newSecret;
    QLineEdit *m_repeatSecret;
    QPushButton *m_saveSecret;
    QLabel *m_secretStatus;
    QFrame *m_backupCard;
    QListWidget *m_backups;
    QLabel *m_backupStatus;
    QString m_databasePath;
    QFrame *m_storageCard;
    QLineEdit *m_serverAddress;
    QLineEdit *m_serverPassword;
    QLabel *m_storageStatus;
    void refreshBackups();
    void showStorageStatus(const QString &message, bool ok);
};

} // namespace cca::shell
