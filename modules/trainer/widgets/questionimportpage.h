#pragma once

#include "questionimport/importresult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cca::trainer {

// Trainers bring the banks they already have: GIFT, Moodle XML or Aiken in, the app's question file
// out, with every problem listed by line. Only trainers and administrators may use it.
class QuestionImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionImportPage(QWidget *parent = nullptr);

    // The signed-in officer's role; anything but trainer or admin locks the page.
    void setRole(const QString &role);
    bool isAllowed() const { return m_allowed; }

    void setSourceFile(const QString &path); // also guesses the format from the extension
    bool runImport();                        // false when nothing could be imported
    bool saveTo(const QString &directory);   // writes directory/questions.json

    const questionimport::ImportResult &result() const { return m_result; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *questionList() const { return m_questions; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *saveButton() const { return m_save; }
    QComboBox *formatBox() const { return m_format; }

private:
    void showResult();

    bool m_allowed = false;
    questionimport::ImportResult m_result;
    QWidget *m_body;
    QLabel *m_locked;
    QLineEdit *m_file;
    QComboBox *m_format;
    QPushButton *m_import;
    QPushButton *m_save;
    QLabel *m_summary;
    QListWidget *m_problems;
    QListWidget *m_questions;
    QLabel *m_status;
};

} // namespace cca::trainer
