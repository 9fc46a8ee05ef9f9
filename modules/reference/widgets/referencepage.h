#pragma once

#include "reference/pattern.h"
#include "reference/referenceindex.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace cca::reference {

// The scam-pattern reference at the front desk: search as you type (ranked, highlighted, both
// languages), filters, the entry as a readable page, a one-page PDF card, and a case checklist of
// the first-response steps that exports as a note.
class ReferencePage : public QWidget
{
    Q_OBJECT

public:
    explicit ReferencePage(QWidget *parent = nullptr);

    // library and index outlive the page. moduleTitles: training module id -> title, for links.
    void setReference(const ReferenceLibrary *library, ReferenceIndex *index, const QString &language,
                      const QMap<QString, QString> &moduleTitles);
    // Who is working the case, for the exported note.
    void setOfficer(const QString &displayName, const QString &serviceNumber);

    void focusSearch();
    void showEntry(const QString &id);
    QString currentEntry() const { return m_current; }
    QStringList resultIds() const;

    void setChecklistMode(bool on);
    bool checklistMode() const;
    QList<QCheckBox *> checklistBoxes() const { return m_steps; }
    QString checklistNote() const; // the note as exported
    bool exportChecklist(const QString &path, QString *error);
    bool printCard(const QString &path, QString *error); // one A4 page

    QLineEdit *searchField() const { return m_search; }
    QListWidget *resultList() const { return m_results; }
    QComboBox *filterBox(const QString &group) const { return m_filters.value(group); }
    QTextBrowser *entryView() const { return m_view; }
    QPlainTextEdit *noteField() const { return m_note; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *checkIndicatorButton() const { return m_checkIndicatorButton; }
    QPushButton *checklistCheckIndicatorButton() const { return m_checklistCheckIndicator; }

    // What the indicator checker found for this case (one line each); the exported note lists them.
    void setCheckedIndicators(const QStringList &lines);

signals:
    void moduleRequested(const QString &moduleId);
    void indicatorCheckRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void fillFilters();
    QString entryHtml(const Pattern &p) const;
    QString cardHtml(const Pattern &p) const;
    void rebuildChecklist(const Pattern &p);
    void showStatus(const QString &text, bool error);

    const ReferenceLibrary *m_library = nullptr;
    ReferenceIndex *m_index = nullptr;
    QString m_language = QStringLiteral("en");
    QMap<QString, QString> m_moduleTitles;
    QString m_officerName;
    QString m_officerNumber;
    QString m_current;

    QLineEdit *m_search;
    QMap<QString, QComboBox *> m_filters;
    QLabel *m_count;
    QListWidget *m_results;
    QLabel *m_title;
    QPushButton *m_checklistButton;
    QPushButton *m_printButton;
    QTextBrowser *m_view;
    QWidget *m_checklist;
    QVBoxLayout *m_stepsLayout;
    QList<QCheckBox *> m_steps;
    QPlainTextEdit *m_note;
    QPushButton *m_exportButton;
    QPushButton *m_checkIndicatorButton;
    QPushButton *m_checklistCheckIndicator;
    QLabel *m_indicatorsLabel;
    QStringList m_checkedIndicators;
    QLabel *m_status;
};

} // namespace cca::reference
