#pragma once

#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"
#include "tracing/widgets/tracereport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cca::tracing {

class TraceCanvas;

// The tracing lab: pick a bundled case, follow the victim's money on the graph canvas, overlay a
// taint method, collapse clusters, filter by time, lay a peel chain out as a line, read a node's
// tags, balance, taint and change findings in the side panel, write notes and tags on it (saved
// with the officer's progress by the shell), and answer the case's objectives (checked with
// answerMatches, then the debrief).
class TracingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TracingPage(QWidget *parent = nullptr);
    ~TracingPage() override;

    // The content language for case texts ("en", "zh-Hant"); reloads the texts shown.
    void setLanguage(const QString &language);
    // Loads the cases in `folder` (default: the bundled cases folder) once; true when any is valid.
    bool loadCases(const QString &folder = {});
    int caseCount() const { return int(m_cases.size()); }
    bool openCase(int index);
    bool openCase(const QString &caseId);
    const CaseFile *currentCase() const;
    const TraceGraph *graph() const { return m_graph.get(); }

    // The taint overlay: no value for none.
    void setMethod(std::optional<TaintMethod> method);
    const TaintResult *taint() const { return m_taint ? &*m_taint : nullptr; }

    TraceCanvas *canvas() const { return m_canvas; }
    QComboBox *caseCombo() const { return m_caseCombo; }
    QComboBox *methodCombo() const { return m_methodCombo; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *answerField(int objective) const;
    QPushButton *checkButton() const { return m_check; }
    QString detailsText() const;  // the selected node's panel as plain text
    QString resultText() const;   // score and per-objective verdicts after "Check answers"
    QString searchMessage() const;

    // The trace report for the current case and taint method (no value without a method chosen):
    // the canvas's method texts, the engine's paths to services, the draft request letter.
    std::optional<TraceReport> report() const;
    // Writes the report as a PDF with the current canvas view; false with a reason on failure.
    bool exportReport(const QString &path, QString *error);
    QToolButton *reportButton() const { return m_reportButton; }
    // What a method means, as the side panel says it.
    static QString methodNote(TaintMethod method);

    // Checks every answer; returns the score (also shown, and reported by answersChecked).
    int checkAnswers();
    void focusCanvas();

    // The officer whose notes are shown, with their saved notes per case id (as annotationsChanged
    // gave them). A different officer starts afresh: the canvas, the answers and the notes of the
    // one before are forgotten. The same officer again changes nothing.
    void setOfficer(const QString &officerId, const QHash<QString, QJsonObject> &savedAnnotations);
    QString officer() const { return m_officer; }
    // Forgets the officer, their notes and answers and the canvas (signing out).
    void clear();
    // The notes and tags on the selected node: saved as one undoable step (false when unchanged).
    bool saveNote(const QString &note, const QString &tags);
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QLineEdit *tagsEdit() const { return m_tagsEdit; }
    QPushButton *saveNoteButton() const { return m_saveNote; }
    QToolButton *collapseButton() const { return m_collapseButton; }
    QToolButton *expandClusterButton() const { return m_expandClusterButton; }
    QToolButton *layoutButton() const { return m_layoutButton; }
    QToolButton *undoButton() const { return m_undoButton; }
    QToolButton *redoButton() const { return m_redoButton; }
    // The time filter: the two ends (UTC, whole minutes) and "All time".
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QToolButton *allTimeButton() const { return m_allTime; }

    // The whole lab as it stands (officer, case, the canvas's history, layout, time range, method,
    // answers typed and whether they were checked, every case's notes), to carry it over when the
    // shell rebuilds its screens for another language or theme. restoreState expects the cases loaded.
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

signals:
    // After "Check answers": the case, the points earned of the points possible, and each answer.
    void answersChecked(const QString &caseId, int score, int maxScore, const QJsonObject &answers);
    // The officer's notes and tags on a case changed (saved, undone or redone): the whole set, as
    // CaseAnnotations::toJson gives it.
    void annotationsChanged(const QString &caseId, const QJsonObject &annotations);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void fillCaseCombo();
    void showCaseTexts();
    void rebuildObjectives();
    void updateDetails();
    void updateMethods();
    void search();
    void exportImage();
    void exportReportInteractively();
    QString addressDetails(int address) const;
    QString transactionDetails(int tx) const;
    QString clusterDetails(int representative) const;
    QString balanceText(int address) const;
    void updateNoteEditor();
    void updateClusterButtons();
    void updateTimeEdits();
    void applyTimeFilter();
    void onAnnotationsChanged();
    int showResult(bool emitResult);
    void showMessage(const QString &text);

    QString m_language = QStringLiteral("en");
    QString m_officer;
    QHash<QString, QJsonObject> m_savedAnnotations; // case id -> CaseAnnotations::toJson
    bool m_restoring = false;
    bool m_checked = false; // the answers were checked and the result is shown
    QString m_folder;
    bool m_loaded = false;
    std::vector<std::unique_ptr<CaseFile>> m_cases;
    int m_current = -1;
    std::unique_ptr<TraceGraph> m_graph;
    std::optional<TaintResult> m_taint;

    QComboBox *m_caseCombo = nullptr;
    QLabel *m_caseProblem = nullptr;
    QLabel *m_narrative = nullptr;
    QLabel *m_sourceNote = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QToolButton *m_reportButton = nullptr;
    QToolButton *m_collapseButton = nullptr;
    QToolButton *m_expandClusterButton = nullptr;
    QToolButton *m_layoutButton = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QToolButton *m_allTime = nullptr;
    QLabel *m_timeNote = nullptr;
    QLabel *m_noteHeading = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QPushButton *m_saveNote = nullptr;
    QString m_noteKey; // the model key the note editor shows
    TraceCanvas *m_canvas = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_methodNote = nullptr;
    QVBoxLayout *m_objectivesLayout = nullptr;
    QList<QLineEdit *> m_answers;
    const CaseFile *m_answersCase = nullptr; // the case the answer fields belong to
    QPushButton *m_check = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_debrief = nullptr;
};

} // namespace cca::tracing
