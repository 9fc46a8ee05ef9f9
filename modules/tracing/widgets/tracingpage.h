#pragma once

#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"
#include "tracing/widgets/tracereport.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cca::tracing {

class TraceCanvas;

// The tracing lab: pick a bundled case, follow the victim's money on the graph canvas, overlay a
// taint method, read a node's tags, balance, taint and change findings in the side panel, and
// answer the case's objectives (checked with answerMatches, then the debrief).
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

signals:
    // After "Check answers": the case, the points earned of the points possible, and each answer.
    void answersChecked(const QString &caseId, int score, int maxScore, const QJsonObject &answers);

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
    QString balanceText(int address) const;

    QString m_language = QStringLiteral("en");
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
