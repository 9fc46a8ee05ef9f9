#pragma once

#include "progress/officer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cca::shell {

class NoticeBar;

// First screen: what the app is, the language, the officers of this workstation, and a new profile.
class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setOfficers(const QList<progress::Officer> &officers);
    void showError(const QString &message);
    // Asks for the password or PIN of an officer who has one.
    void askSecret(const progress::Officer &officer);
    void showSecretError(const QString &message);
    QString secretOfficerId() const { return m_secretOfficer; }
    NoticeBar *notice() const { return m_notice; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *serviceNumberField() const { return m_serviceNumber; }
    QLineEdit *unitField() const { return m_unit; }
    QComboBox *roleField() const { return m_role; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *newSecretField() const { return m_newSecret; }
    QLineEdit *repeatSecretField() const { return m_repeatSecret; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *secretButton() const { return m_secretButton; }
    QComboBox *languageField() const { return m_language; }

signals:
    void officerChosen(const QString &officerId);
    void createRequested(const progress::Officer &officer, const QString &secret);
    void secretEntered(const QString &officerId, const QString &secret);
    void languageChosen(const QString &uiLocale);

private:
    NoticeBar *m_notice;
    QComboBox *m_language;
    QLabel *m_listHeading;
    QVBoxLayout *m_officerList;
    QLineEdit *m_name;
    QLineEdit *m_serviceNumber;
    QLineEdit *m_unit;
    QComboBox *m_role;
    QLabel *m_roleHint;
    QLabel *m_newSecretLabel;
    QLineEdit *m_newSecret;
    QLabel *m_repeatSecretLabel;
    QLineEdit *m_repeatSecret;
    QWidget *m_secretCard;
    QLabel *m_secretTitle;
    QLineEdit *m_secret;
    QPushButton *m_secretButton;
    QLabel *m_secretError;
    QString m_secretOfficer;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace cca::shell
