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
    NoticeBar *notice() const { return m_notice; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *serviceNumberField() const { return m_serviceNumber; }
    QLineEdit *unitField() const { return m_unit; }
    QComboBox *roleField() const { return m_role; }
    QPushButton *createButton() const { return m_create; }
    QComboBox *languageField() const { return m_language; }

signals:
    void officerChosen(const QString &officerId);
    void createRequested(const progress::Officer &officer);
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
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace cca::shell
