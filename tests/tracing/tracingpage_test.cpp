// The tracing lab screen, driven as an officer would: open a case, follow the money on the canvas
// by click and Enter until the exchange deposit address shows, read its tag and FIFO taint in the
// side panel, undo and redo, search, answer the objectives, export the graph.
#include "support/testutil.h"
#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/widgets/tracecanvas.h"
#include "tracing/widgets/tracingpage.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QProcess>
#include <QStandardPaths>
#include <QToolButton>
#include <QGraphicsItem>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cca::tracing;

namespace {

const QString kCase = QStringLiteral("pig-butchering-peel-chain");
const QString kDeposit = QStringLiteral("tb1qed3e328vgh226kvh6k34djxjr8sjzt04my8fzj");

class TracingPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        page.resize(1280, 820);
        page.setLanguage(QStringLiteral("en"));
        ASSERT_TRUE(page.loadCases(cca::test::sourcePath(QStringLiteral("content/cases"))));
        ASSERT_EQ(page.caseCount(), 3);
        ASSERT_TRUE(page.openCase(kCase));
        initialNodes = page.canvas()->nodeCount();
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    int depositId() const { return page.graph()->addressId(QStringLiteral("tbtc"), kDeposit); }

    // Follows the money breadth-first with Enter on each node until `key` is on the canvas.
    bool expandUntilVisible(const QString &key)
    {
        TraceCanvas *canvas = page.canvas();
        for (int round = 0; round < 40 && !canvas->hasNode(key); ++round) {
            bool any = false;
            for (const QString &k : canvas->nodeKeys()) {
                if (canvas->isExpanded(k))
                    continue;
                canvas->selectNode(k);
                QTest::keyClick(canvas, Qt::Key_Return);
                any = true;
                if (canvas->hasNode(key))
                    return true;
            }
            if (!any)
                break;
        }
        return canvas->hasNode(key);
    }

    TracingPage page;
    int initialNodes = 0;
};

} // namespace

TEST_F(TracingPageTest, OpensTheBundledCasesWithTitleAndNarrative)
{
    QStringList titles;
    for (int i = 0; i < page.caseCombo()->count(); ++i)
        titles << page.caseCombo()->itemText(i);
    EXPECT_TRUE(titles.contains(QStringLiteral("Peeled to an exchange: Mrs Chan's payment"))) << titles.join(u'|').toStdString();
    EXPECT_FALSE(page.currentCase()->narrative.text(QStringLiteral("en")).isEmpty());
    // The canvas starts at the victim's payment: payer, transaction, receiver.
    EXPECT_GE(page.canvas()->nodeCount(), 3);
    // LIBR only where the source is on an account chain.
    EXPECT_EQ(page.methodCombo()->findData(QStringLiteral("libr")), -1);
    ASSERT_TRUE(page.openCase(QStringLiteral("usdt-tron-bridge-otc")));
    EXPECT_GE(page.methodCombo()->findData(QStringLiteral("libr")), 0);
}

TEST_F(TracingPageTest, ClickOnANodeExpandsItsNextHops)
{
    TraceCanvas *canvas = page.canvas();
    const int before = canvas->nodeCount();
    // The receiver of the victim's payment (the source output), on the right at the start.
    const QString source = page.currentCase()->source;
    const int tx = page.graph()->txId(source.section(u':', 0, 0));
    const int output = page.graph()->outputId(tx, source.section(u':', 1).toInt());
    const QString receiver = TraceCanvas::addressKey(page.graph()->outputs()[size_t(output)].address);
    ASSERT_FALSE(receiver.isEmpty());
    canvas->centerOn(canvas->shownNode(receiver)->pos);
    const QPoint at = canvas->mapFromScene(canvas->shownNode(receiver)->pos);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
    EXPECT_TRUE(canvas->isExpanded(receiver));
    EXPECT_EQ(canvas->selectedKey(), receiver);
    EXPECT_GT(canvas->nodeCount(), before);
}

TEST_F(TracingPageTest, DepositAddressShowsItsTagAndTheEngineFifoTaint)
{
    const QString key = TraceCanvas::addressKey(depositId());
    ASSERT_TRUE(expandUntilVisible(key));
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("fifo")));
    ASSERT_NE(page.taint(), nullptr);
    EXPECT_EQ(page.taint()->method, TaintMethod::Fifo);
    page.canvas()->selectNode(key);

    const QString details = page.detailsText();
    const QList<int> tags = page.graph()->tagsOf(depositId());
    ASSERT_FALSE(tags.isEmpty());
    const Tag &tag = page.currentCase()->tags[tags.first()];
    EXPECT_TRUE(details.contains(tag.label)) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Source: %1").arg(tag.source))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Confidence: %1 of 100").arg(tag.confidence))) << details.toStdString();

    const TaintResult engine = TaintEngine(*page.graph()).run(TaintMethod::Fifo);
    ASSERT_TRUE(engine.ok());
    const AddressTaint *at = engine.forAddress(depositId());
    ASSERT_NE(at, nullptr);
    const QString figure = QStringLiteral("Received tainted: %1 satoshi").arg(QLocale().toString(wholeUnits(at->received)));
    EXPECT_TRUE(details.contains(figure)) << details.toStdString() << "\nexpected " << figure.toStdString();
}

TEST_F(TracingPageTest, UndoRemovesAnExpansionAndRedoBringsItBack)
{
    const QString key = TraceCanvas::addressKey(depositId());
    ASSERT_TRUE(expandUntilVisible(key));
    TraceCanvas *canvas = page.canvas();
    const int nodes = canvas->nodeCount();
    page.canvas()->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(canvas->hasNode(key));
    EXPECT_LT(canvas->nodeCount(), nodes);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(canvas->hasNode(key));
    EXPECT_EQ(canvas->nodeCount(), nodes);
    // Undo all the way returns to the victim's payment alone.
    while (canvas->undoStack()->canUndo())
        canvas->undoStack()->undo();
    EXPECT_EQ(canvas->nodeCount(), initialNodes);
}

TEST_F(TracingPageTest, CtrlFSearchSelectsAndCentresANode)
{
    const QString key = TraceCanvas::addressKey(depositId());
    ASSERT_TRUE(expandUntilVisible(key));
    TraceCanvas *canvas = page.canvas();
    canvas->zoomToFit();
    canvas->scene()->clearSelection();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(page.searchField()->hasFocus());
    QTest::keyClicks(page.searchField(), kDeposit.mid(4, 12));
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    EXPECT_EQ(canvas->selectedKey(), key);
    const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
    EXPECT_LT(QLineF(centre, canvas->shownNode(key)->pos).length(), 4.0 / canvas->zoom()); // where it is drawn (the layout may differ from the model)
    EXPECT_TRUE(page.searchMessage().isEmpty());
    page.searchField()->setText(QStringLiteral("zzzzzzzz"));
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    EXPECT_FALSE(page.searchMessage().isEmpty());
}

TEST_F(TracingPageTest, CorrectAnswersGiveFullScoreAndTheDebrief)
{
    const CaseFile *c = page.currentCase();
    QSignalSpy spy(&page, &TracingPage::answersChecked);
    int max = 0;
    for (int i = 0; i < c->objectives.size(); ++i) {
        QLineEdit *field = page.answerField(i);
        ASSERT_NE(field, nullptr);
        QTest::keyClicks(field, c->objectives[i].answer);
        max += c->objectives[i].points;
    }
    QTest::mouseClick(page.checkButton(), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), kCase);
    EXPECT_EQ(spy.at(0).at(1).toInt(), max);
    EXPECT_EQ(spy.at(0).at(2).toInt(), max);
    EXPECT_TRUE(page.resultText().contains(QStringLiteral("Score: %1 of %1").arg(max))) << page.resultText().toStdString();

    // Coming back to the lab (the shell sets the language again) keeps what was typed.
    page.setLanguage(QStringLiteral("en"));
    ASSERT_NE(page.answerField(0), nullptr);
    EXPECT_EQ(page.answerField(0)->text(), c->objectives[0].answer);
    page.setLanguage(QStringLiteral("zh-Hant"));
    EXPECT_EQ(page.caseCombo()->currentText(), page.currentCase()->title.text(QStringLiteral("zh-Hant")));
    page.setLanguage(QStringLiteral("en"));

    page.answerField(0)->setText(QStringLiteral("Some Other Exchange"));
    EXPECT_EQ(page.checkAnswers(), max - c->objectives[0].points);
    EXPECT_TRUE(page.resultText().contains(QStringLiteral("Not correct")));
}

TEST_F(TracingPageTest, ExportWritesAValidPng)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(expandUntilVisible(TraceCanvas::addressKey(depositId())));
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("haircut")));
    const QString path = dir.filePath(QStringLiteral("trace.png"));
    QString error;
    ASSERT_TRUE(page.canvas()->exportPng(path, &error)) << error.toStdString();
    QImage image(path);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("trace.png")}); // no temporary left
    // Zoomed far out and back by any means, the edges are drawn again (regression: they stayed hidden).
    while (page.canvas()->zoom() >= TraceCanvas::kReadableDetail)
        page.canvas()->zoomOut();
    page.canvas()->setTransform(QTransform::fromScale(0.7, 0.7));
    page.canvas()->viewport()->repaint();
    int edges = 0;
    for (QGraphicsItem *item : page.canvas()->scene()->items())
        edges += item->zValue() == 0 && item->isVisible() ? 1 : 0;
    EXPECT_EQ(edges, page.canvas()->edgeCount());
    EXPECT_FALSE(page.canvas()->exportPng(dir.filePath(QStringLiteral("missing/dir/trace.png")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(TracingPageTest, BridgeCaseReachesTheOtcDeskOnTheOtherChain)
{
    ASSERT_TRUE(page.openCase(QStringLiteral("usdt-tron-bridge-otc")));
    TraceCanvas *canvas = page.canvas();
    for (int round = 0; round < 20; ++round) {
        bool any = false;
        for (const QString &k : canvas->nodeKeys())
            any = canvas->expand(k) || any;
        if (!any)
            break;
    }
    bool otc = false;
    for (const QString &k : canvas->nodeKeys())
        otc = otc || canvas->groupOfAddress(canvas->node(k)->id) == NodeGroup::Otc;
    EXPECT_TRUE(otc);
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("libr")));
    ASSERT_NE(page.taint(), nullptr);
    EXPECT_EQ(page.taint()->method, TaintMethod::Libr);
}

TEST_F(TracingPageTest, TraceReportNamesKestrelExchangeAndTheFifoAmount)
{
    EXPECT_FALSE(page.report().has_value()); // no method chosen yet
    QString error;
    EXPECT_FALSE(page.exportReport(QStringLiteral("unused.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());

    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("fifo")));
    const std::optional<TraceReport> report = page.report();
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->methodName, QStringLiteral("FIFO"));
    EXPECT_TRUE(report->methodDefinition.contains(QStringLiteral("Clayton"))) << report->methodDefinition.toStdString();
    EXPECT_FALSE(report->caveats.isEmpty());
    EXPECT_TRUE(report->disclaimer.contains(QStringLiteral("Training exercise — synthetic data")));
    EXPECT_TRUE(report->recipientLabel.startsWith(QStringLiteral("Kestrel Exchange"))) << report->recipientLabel.toStdString();
    EXPECT_EQ(report->recipientCategory, QStringLiteral("exchange"));
    EXPECT_EQ(report->recipientAddress, kDeposit);
    EXPECT_EQ(report->recipientAmount, 48'000'000);

    // The table: the top-ranked path leads to Kestrel Exchange, and its figure is 48,000,000 satoshi.
    ASSERT_FALSE(report->pathRows.isEmpty());
    EXPECT_EQ(report->pathRows.first().size(), report->pathHeader.size());
    const QString figure = QStringLiteral("%1 satoshi").arg(QLocale().toString(qint64(48'000'000)));
    EXPECT_TRUE(report->pathRows.first().first().contains(QStringLiteral("1. Kestrel Exchange"))) << report->pathRows.first().first().toStdString();
    EXPECT_TRUE(report->pathRows.first().first().contains(figure)) << report->pathRows.first().first().toStdString();
    bool depositInTable = false;
    for (const QStringList &row : report->pathRows)
        depositInTable = depositInTable || row.value(4) == kDeposit;
    EXPECT_TRUE(depositInTable);

    // The letter: a preservation and freeze request to the exchange, naming the deposit address,
    // the amount, the method and bracketed placeholders.
    EXPECT_TRUE(report->letter.contains(QStringLiteral("Kestrel Exchange")));
    EXPECT_TRUE(report->letter.contains(kDeposit));
    EXPECT_TRUE(report->letter.contains(figure)) << report->letter.toStdString();
    EXPECT_TRUE(report->letter.contains(QStringLiteral("FIFO")));
    EXPECT_TRUE(report->letter.contains(QStringLiteral("freeze")));
    for (const char *placeholder : {"[case reference]", "[legal basis]", "[Officer name"})
        EXPECT_TRUE(report->letter.contains(QLatin1String(placeholder))) << placeholder;
    const QString firstTx = report->pathRows.first().value(2).section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(':'), 0, 0);
    EXPECT_TRUE(report->letter.contains(firstTx)) << firstTx.toStdString();
}

TEST_F(TracingPageTest, ExportTraceReportWritesAPdfWithoutATemporaryFile)
{
    ASSERT_TRUE(expandUntilVisible(TraceCanvas::addressKey(depositId())));
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("fifo")));
    EXPECT_TRUE(page.reportButton()->toolTip().contains(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(page.exportReport(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(4), QByteArray("%PDF"));
    EXPECT_GT(file.size(), 10'000);
    file.close();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.pdf")}); // no temporary left

    // Where poppler's pdftotext is installed, the text is in the PDF (not required: CI may lack it).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(30'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(text.contains(QStringLiteral("Kestrel Exchange"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Training exercise"))) << text.toStdString();
    }
    EXPECT_FALSE(page.exportReport(dir.filePath(QStringLiteral("missing/dir/report.pdf")), &error));
    EXPECT_FALSE(error.isEmpty());
}
