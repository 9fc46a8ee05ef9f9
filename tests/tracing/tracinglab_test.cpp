// The tracing lab's working tools, driven through the screen: a common-input cluster collapsed into
// one node and back (with undo), the time filter over the canvas and the taint overlay, the
// officer's notes and tags (undo, saved per case, read back), the peel-chain layout, and the whole
// lab carried over to a new page as the shell does when the language or theme changes.
#include "support/testutil.h"
#include "tracing/annotations.h"
#include "tracing/casefile.h"
#include "tracing/taintengine.h"
#include "tracing/widgets/tracecanvas.h"
#include "tracing/widgets/tracingpage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace cca::tracing;

namespace {

const QString kCase = QStringLiteral("pig-butchering-peel-chain");

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

class TracingLabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        page.resize(1280, 820);
        page.setLanguage(QStringLiteral("en"));
        ASSERT_TRUE(page.loadCases(cca::test::sourcePath(QStringLiteral("content/cases"))));
        ASSERT_TRUE(page.openCase(kCase));
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    // The case's address or transaction whose text ends with `suffix` (as the case file spells it).
    QString addressEnding(const QString &suffix) const
    {
        const TraceGraph *g = page.graph();
        for (size_t a = 0; a < g->addresses().size(); ++a)
            if (g->addressText(int(a)).endsWith(suffix))
                return TraceCanvas::addressKey(int(a));
        return {};
    }
    QString txStarting(const QString &prefix) const
    {
        const TraceGraph *g = page.graph();
        for (size_t t = 0; t < g->transactions().size(); ++t)
            if (g->txid(int(t)).startsWith(prefix))
                return TraceCanvas::txKey(int(t));
        return {};
    }

    // Follows every node with Enter, breadth first, until nothing more comes.
    void expandEverything()
    {
        TraceCanvas *canvas = page.canvas();
        for (int round = 0; round < 40; ++round) {
            bool any = false;
            for (const QString &k : canvas->nodeKeys()) {
                if (canvas->isExpanded(k) || !canvas->isShown(k))
                    continue;
                canvas->selectNode(k);
                QTest::keyClick(canvas, Qt::Key_Return);
                any = true;
            }
            if (!any)
                break;
        }
    }

    TracingPage page;
};

} // namespace

TEST_F(TracingLabTest, AClusterCollapsesIntoOneNodeWithSummedEdgesAndUndoBringsItBack)
{
    expandEverything();
    TraceCanvas *canvas = page.canvas();
    // The scam platform's deposit address and a second address spent with it in tx 862a9267.
    const QString platform = addressEnding(QStringLiteral("3Qxm9u"));
    const QString other = addressEnding(QStringLiteral("oKdurD"));
    const QString merge = txStarting(QStringLiteral("862a9267"));
    ASSERT_TRUE(canvas->hasNode(platform));
    ASSERT_TRUE(canvas->hasNode(other)) << "expanding a transaction shows its other inputs";
    const int rep = canvas->clusterOf(canvas->node(platform)->id);
    ASSERT_GE(rep, 0);
    EXPECT_EQ(canvas->clusterOf(canvas->node(other)->id), rep);
    EXPECT_EQ(canvas->clusterSize(rep), 2);
    const qint64 fromPlatform = canvas->shownValue(platform, merge);
    const qint64 fromOther = canvas->shownValue(other, merge);
    EXPECT_EQ(fromPlatform, 75'000'000);
    EXPECT_EQ(fromOther, 30'000'000);

    canvas->selectNode(platform);
    EXPECT_FALSE(page.expandClusterButton()->isEnabled());
    ASSERT_TRUE(page.collapseButton()->isEnabled());
    const int shownBefore = canvas->shownNodeCount();
    const int stepsBefore = canvas->undoStack()->count();
    QTest::mouseClick(page.collapseButton(), Qt::LeftButton);

    const QString cluster = TraceCanvas::clusterKey(rep);
    EXPECT_EQ(canvas->shownKey(platform), cluster);
    EXPECT_EQ(canvas->shownKey(other), cluster);
    EXPECT_EQ(canvas->shownNodeCount(), shownBefore - 1);
    EXPECT_EQ(canvas->shownNode(cluster)->kind, CanvasNode::Kind::Cluster);
    EXPECT_EQ(canvas->shownValue(cluster, merge), fromPlatform + fromOther) << "edges re-routed with summed values";
    EXPECT_EQ(canvas->shownValue(txStarting(QStringLiteral("5b6a4aee")), cluster), 75'000'000);
    EXPECT_EQ(canvas->nodeCount(), shownBefore) << "the model keeps both addresses";
    EXPECT_EQ(canvas->selectedKey(), cluster);
    EXPECT_TRUE(page.detailsText().contains(QStringLiteral("Cluster (common-input ownership)"))) << page.detailsText().toStdString();
    EXPECT_TRUE(page.detailsText().contains(QStringLiteral("2 addresses in the case"))) << page.detailsText().toStdString();
    EXPECT_TRUE(page.expandClusterButton()->isEnabled());
    EXPECT_EQ(canvas->undoStack()->count(), stepsBefore + 1);

    // The taint overlay on the cluster is the sum of its addresses'.
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("haircut")));
    const TaintResult engine = TaintEngine(*page.graph()).run(TaintMethod::Haircut);
    double sum = 0;
    for (const QString &m : {platform, other})
        if (const AddressTaint *at = engine.forAddress(canvas->node(m)->id))
            sum += at->received;
    EXPECT_GT(sum, 0);
    EXPECT_DOUBLE_EQ(canvas->shownTaint(cluster), sum);

    // Undo, redo (keys on the canvas), and "expand cluster" (Ctrl+Shift+G), undone too.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(canvas->shownKey(platform), platform);
    EXPECT_EQ(canvas->shownNodeCount(), shownBefore);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(canvas->shownKey(other), cluster);
    canvas->selectNode(cluster);
    QTest::keyClick(canvas, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(canvas->shownKey(platform), platform);
    EXPECT_EQ(canvas->shownValue(other, merge), fromOther);
    canvas->undoStack()->undo();
    EXPECT_EQ(canvas->shownKey(platform), cluster);
    // Ctrl+G on an address of the cluster does it from the keyboard too.
    canvas->undoStack()->undo();
    canvas->selectNode(other);
    QTest::keyClick(canvas, Qt::Key_G, Qt::ControlModifier);
    EXPECT_EQ(canvas->shownKey(platform), cluster);
    // An address without a cluster cannot be collapsed.
    canvas->selectNode(addressEnding(QStringLiteral("grhp9t")));
    EXPECT_FALSE(page.collapseButton()->isEnabled());
    EXPECT_FALSE(canvas->collapseCluster(canvas->selectedKey()));
}

TEST_F(TracingLabTest, TheTimeFilterHidesWhatMovedOutsideTheRangeAndTheTaintOverlayFollows)
{
    expandEverything();
    TraceCanvas *canvas = page.canvas();
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("fifo")));
    const QString platform = addressEnding(QStringLiteral("3Qxm9u"));
    const QString hop = addressEnding(QStringLiteral("grhp9t"));
    const QString kestrel = addressEnding(QStringLiteral("my8fzj"));
    const double platformAll = canvas->shownTaint(platform);
    EXPECT_GT(platformAll, 0);
    const int all = canvas->shownNodeCount();
    EXPECT_EQ(all, canvas->nodeCount());
    EXPECT_EQ(page.fromEdit()->minimumDateTime(), utc("2025-02-20T08:00:00"));

    // 6 March only (UTC): the peel hops of that day.
    page.fromEdit()->setDateTime(utc("2025-03-06T00:00:00"));
    page.toEdit()->setDateTime(utc("2025-03-06T23:59:00"));
    ASSERT_TRUE(canvas->timeRange().has_value());
    EXPECT_FALSE(canvas->isShown(txStarting(QStringLiteral("5b6a4aee")))) << "the victim's payment was on 5 March";
    EXPECT_FALSE(canvas->isShown(txStarting(QStringLiteral("17cbe9bd")))) << "7 March";
    EXPECT_TRUE(canvas->isShown(txStarting(QStringLiteral("366552ba"))));
    EXPECT_TRUE(canvas->isShown(txStarting(QStringLiteral("862a9267"))));
    EXPECT_FALSE(canvas->isShown(kestrel)) << "reached and spent only outside the range: left alone, so hidden";
    EXPECT_TRUE(canvas->isShown(platform)) << "it spent on 6 March";
    EXPECT_LT(canvas->shownNodeCount(), all);
    EXPECT_TRUE(page.allTimeButton()->isEnabled());

    // The overlay counts only the taint that arrived in the range: none at the platform's address
    // (paid on 5 March), all of it at the next hop (paid on 6 March).
    EXPECT_EQ(canvas->shownTaint(platform), 0.0);
    const TaintResult engine = TaintEngine(*page.graph()).run(TaintMethod::Fifo);
    const AddressTaint *at = engine.forAddress(canvas->node(hop)->id);
    ASSERT_NE(at, nullptr);
    EXPECT_DOUBLE_EQ(canvas->shownTaint(hop), at->received);
    canvas->selectNode(hop);
    EXPECT_TRUE(page.detailsText().contains(QStringLiteral("Received tainted between 2025-03-06 00:00"))) << page.detailsText().toStdString();
    // Search does not find what the filter hides.
    EXPECT_TRUE(canvas->find(page.graph()->addressText(canvas->node(kestrel)->id)).isEmpty());

    QTest::mouseClick(page.allTimeButton(), Qt::LeftButton);
    EXPECT_FALSE(canvas->timeRange().has_value());
    EXPECT_EQ(canvas->shownNodeCount(), all);
    EXPECT_DOUBLE_EQ(canvas->shownTaint(platform), platformAll);
    EXPECT_EQ(page.toEdit()->dateTime(), page.toEdit()->maximumDateTime());
}

TEST_F(TracingLabTest, NotesAndTagsAreSavedUndoneAndComeBackWhenTheCaseIsOpenedAgain)
{
    TraceCanvas *canvas = page.canvas();
    const QString platform = addressEnding(QStringLiteral("3Qxm9u"));
    ASSERT_TRUE(canvas->hasNode(platform));
    QSignalSpy spy(&page, &TracingPage::annotationsChanged);
    canvas->selectNode(platform);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_N); // N: write a note on the selected node
    ASSERT_TRUE(page.noteEdit()->hasFocus());
    QTest::keyClicks(page.noteEdit(), QStringLiteral("Platform wallet named in the victim's chat"));
    QTest::keyClicks(page.tagsEdit(), QStringLiteral("suspect, platform, Suspect, "));
    QTest::mouseClick(page.saveNoteButton(), Qt::LeftButton);

    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), kCase);
    const QString ref = canvas->refOf(platform);
    EXPECT_TRUE(ref.startsWith(QStringLiteral("address:tbtc:"))) << ref.toStdString();
    QString error;
    CaseAnnotations saved = CaseAnnotations::fromJson(spy.at(0).at(1).toJsonObject(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(saved.get(ref).note, QStringLiteral("Platform wallet named in the victim's chat"));
    EXPECT_EQ(saved.get(ref).tags, (QStringList{QStringLiteral("suspect"), QStringLiteral("platform")})) << "duplicates once";
    EXPECT_EQ(canvas->noteOf(platform).tags, saved.get(ref).tags);
    // Saving the same again is no step.
    QTest::mouseClick(page.saveNoteButton(), Qt::LeftButton);
    EXPECT_EQ(spy.count(), 1);

    // Undo and redo on the graph cover it, and each change is reported for saving.
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(canvas->noteOf(platform).isEmpty());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_TRUE(CaseAnnotations::fromJson(spy.at(1).at(1).toJsonObject()).isEmpty());
    EXPECT_TRUE(page.noteEdit()->toPlainText().isEmpty());
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(canvas->noteOf(platform).note, QStringLiteral("Platform wallet named in the victim's chat"));
    EXPECT_EQ(page.noteEdit()->toPlainText(), QStringLiteral("Platform wallet named in the victim's chat"));
    ASSERT_EQ(spy.count(), 3);

    // Another case and back: the note is there again (the canvas starts afresh, the notes do not).
    ASSERT_TRUE(page.openCase(QStringLiteral("ransomware-mixer")));
    EXPECT_TRUE(page.canvas()->annotations().isEmpty());
    ASSERT_TRUE(page.openCase(kCase));
    EXPECT_EQ(page.canvas()->noteOf(platform).tags, (QStringList{QStringLiteral("suspect"), QStringLiteral("platform")}));

    // A new page for the same officer (the app restarted) with what was saved.
    const QJsonObject last = spy.last().at(1).toJsonObject();
    TracingPage reopened;
    reopened.setLanguage(QStringLiteral("en"));
    ASSERT_TRUE(reopened.loadCases(cca::test::sourcePath(QStringLiteral("content/cases"))));
    reopened.setOfficer(QStringLiteral("officer-1"), {{kCase, last}});
    ASSERT_TRUE(reopened.openCase(kCase));
    EXPECT_EQ(reopened.canvas()->noteOf(platform).note, QStringLiteral("Platform wallet named in the victim's chat"));
    // Another officer sees none of it.
    reopened.setOfficer(QStringLiteral("officer-2"), {});
    EXPECT_TRUE(reopened.canvas()->annotations().isEmpty());
    // Damaged saved notes are named, not shown.
    QJsonObject broken = last;
    QJsonArray notes = broken.value(QStringLiteral("notes")).toArray();
    QJsonObject entry = notes[0].toObject();
    entry.insert(QStringLiteral("tags"), QStringLiteral("not a list"));
    notes[0] = entry;
    broken.insert(QStringLiteral("notes"), notes);
    reopened.setOfficer(QStringLiteral("officer-3"), {{kCase, broken}});
    EXPECT_TRUE(reopened.canvas()->annotations().isEmpty());
    EXPECT_TRUE(reopened.searchMessage().contains(QStringLiteral("notes[0].tags"))) << reopened.searchMessage().toStdString();
}

TEST_F(TracingLabTest, APeelChainIsLaidOutAsALineWithThePeeledOutputsBelow)
{
    TraceCanvas *canvas = page.canvas();
    EXPECT_EQ(canvas->effectiveLayout(), CanvasLayout::Columns) << "three nodes are no chain yet";
    expandEverything();
    ASSERT_TRUE(canvas->looksLikePeelChain());
    EXPECT_EQ(canvas->layoutMode(), CanvasLayout::Automatic);
    EXPECT_EQ(canvas->effectiveLayout(), CanvasLayout::PeelChain) << "chosen automatically";
    const TraceGraph *g = page.graph();
    qreal lastX = -1e9;
    for (const char *prefix : {"366552ba", "8f8c67a6", "68588c2d", "df25f5ae"}) {
        const QString key = txStarting(QLatin1String(prefix));
        const CanvasNode tx = *canvas->shownNode(key);
        EXPECT_EQ(tx.pos.y(), 0.0) << prefix << ": a hop of the chain is on the line";
        EXPECT_GT(tx.pos.x(), lastX) << prefix << ": each hop to the right";
        lastX = tx.pos.x();
        const TraceGraph::Tx &t = g->transactions()[size_t(tx.id)];
        ASSERT_EQ(t.outputCount, 2);
        const TraceGraph::Output &a = g->outputs()[size_t(t.firstOutput)];
        const TraceGraph::Output &b = g->outputs()[size_t(t.firstOutput + 1)];
        const int kept = a.value > b.value ? a.address : b.address;
        const int peeled = a.value > b.value ? b.address : a.address;
        const CanvasNode next = *canvas->shownNode(TraceCanvas::addressKey(kept));
        const CanvasNode off = *canvas->shownNode(TraceCanvas::addressKey(peeled));
        EXPECT_EQ(next.pos.y(), 0.0) << prefix;
        EXPECT_GT(next.pos.x(), tx.pos.x()) << prefix;
        EXPECT_GT(off.pos.y(), 0.0) << prefix << ": the peeled-off output below";
        EXPECT_EQ(off.pos.x(), next.pos.x()) << prefix;
    }
    // Zoomed to fit after a layout is chosen: every node in the view.
    auto allInView = [canvas] {
        const QRect view = canvas->viewport()->rect();
        for (const QString &k : canvas->shownKeys())
            if (!view.contains(canvas->mapFromScene(canvas->shownNode(k)->pos)))
                return false;
        return true;
    };

    // The layout menu: columns by hop (the model's places), then the peel chain again.
    QAction *columns = page.layoutButton()->menu()->findChild<QAction *>(QStringLiteral("layoutColumns"));
    QAction *peel = page.layoutButton()->menu()->findChild<QAction *>(QStringLiteral("layoutPeelChain"));
    ASSERT_NE(columns, nullptr);
    ASSERT_NE(peel, nullptr);
    canvas->zoomIn();
    canvas->zoomIn();
    columns->trigger();
    EXPECT_EQ(canvas->effectiveLayout(), CanvasLayout::Columns);
    EXPECT_TRUE(columns->isChecked());
    const QString merge = txStarting(QStringLiteral("862a9267"));
    EXPECT_EQ(canvas->shownNode(merge)->pos, canvas->node(merge)->pos);
    EXPECT_TRUE(allInView());
    canvas->zoomIn();
    peel->trigger();
    EXPECT_EQ(canvas->effectiveLayout(), CanvasLayout::PeelChain);
    EXPECT_TRUE(allInView());
    EXPECT_EQ(canvas->shownNode(txStarting(QStringLiteral("366552ba")))->pos.y(), 0.0);
    // Undo still walks back expansions in this layout.
    const int nodes = canvas->nodeCount();
    canvas->undoStack()->undo();
    EXPECT_LT(canvas->nodeCount(), nodes);
}

TEST_F(TracingLabTest, TheWholeLabCarriesOverToANewPageInAnotherLanguage)
{
    TraceCanvas *canvas = page.canvas();
    page.setOfficer(QStringLiteral("officer-1"), {});
    expandEverything();
    const QString platform = addressEnding(QStringLiteral("3Qxm9u"));
    canvas->selectNode(platform);
    ASSERT_TRUE(page.saveNote(QStringLiteral("Platform wallet"), QStringLiteral("suspect")));
    canvas->selectNode(platform);
    ASSERT_TRUE(canvas->collapseCluster(platform));
    emit page.methodCombo()->activated(page.methodCombo()->findData(QStringLiteral("fifo")));
    page.fromEdit()->setDateTime(utc("2025-03-06T00:00:00"));
    const CaseFile *c = page.currentCase();
    page.answerField(0)->setText(c->objectives[0].answer);
    page.checkAnswers();
    // One step undone, to be redone on the new page.
    canvas->undoStack()->undo(); // the time filter is no step: this takes back the collapse
    canvas->selectNode(platform);
    QTest::keyClicks(page.noteEdit(), QStringLiteral(" (draft)")); // typed, not saved

    const QJsonObject state = page.saveState();
    ASSERT_FALSE(state.isEmpty());
    TracingPage rebuilt;
    rebuilt.resize(1280, 820);
    rebuilt.setLanguage(QStringLiteral("zh-Hant"));
    ASSERT_TRUE(rebuilt.loadCases(cca::test::sourcePath(QStringLiteral("content/cases"))));
    QSignalSpy recorded(&rebuilt, &TracingPage::answersChecked);
    QSignalSpy notes(&rebuilt, &TracingPage::annotationsChanged);
    ASSERT_TRUE(rebuilt.restoreState(state));
    TraceCanvas *again = rebuilt.canvas();

    EXPECT_EQ(rebuilt.officer(), QStringLiteral("officer-1"));
    EXPECT_EQ(rebuilt.currentCase()->id, kCase);
    EXPECT_EQ(rebuilt.caseCombo()->currentText(), c->title.text(QStringLiteral("zh-Hant")));
    QStringList before = canvas->nodeKeys();
    QStringList after = again->nodeKeys();
    before.sort();
    after.sort();
    EXPECT_EQ(after, before) << "the expansions";
    QStringList shownBefore = canvas->shownKeys();
    QStringList shownAfter = again->shownKeys();
    shownBefore.sort();
    shownAfter.sort();
    EXPECT_EQ(shownAfter, shownBefore) << "the time filter";
    EXPECT_EQ(again->timeRange(), canvas->timeRange());
    EXPECT_EQ(rebuilt.fromEdit()->dateTime(), utc("2025-03-06T00:00:00"));
    EXPECT_EQ(again->noteOf(platform).note, QStringLiteral("Platform wallet")) << "the notes";
    EXPECT_EQ(again->undoStack()->count(), canvas->undoStack()->count());
    EXPECT_EQ(again->undoStack()->index(), canvas->undoStack()->index());
    ASSERT_NE(rebuilt.taint(), nullptr);
    EXPECT_EQ(rebuilt.taint()->method, TaintMethod::Fifo);
    EXPECT_EQ(rebuilt.answerField(0)->text(), c->objectives[0].answer) << "the answers";
    EXPECT_FALSE(rebuilt.resultText().isEmpty()) << "the checked result, shown again";
    EXPECT_EQ(recorded.count(), 0) << "not recorded twice";
    EXPECT_EQ(notes.count(), 0) << "nothing to save again";
    EXPECT_EQ(again->selectedKey(), platform);
    EXPECT_EQ(rebuilt.noteEdit()->toPlainText(), QStringLiteral("Platform wallet (draft)")) << "the note being typed";

    // The history works on: redo collapses the cluster again, undo twice takes back the note too.
    again->undoStack()->redo();
    EXPECT_TRUE(again->shownKey(platform).startsWith(QStringLiteral("c:")));
    again->undoStack()->undo();
    again->undoStack()->undo();
    EXPECT_TRUE(again->noteOf(platform).isEmpty());
    EXPECT_EQ(notes.count(), 1);
}

TEST(CaseAnnotations, TagsAreCleanedAndBadJsonIsNamedByField)
{
    EXPECT_EQ(CaseAnnotations::parseTags(QStringLiteral(" cash-out ,, Kestrel,cash-OUT ")),
              (QStringList{QStringLiteral("cash-out"), QStringLiteral("Kestrel")}));
    EXPECT_EQ(CaseAnnotations::parseTags(QString(60, QLatin1Char('x'))).first().size(), CaseAnnotations::kMaxTagLength);
    // Typed with a Chinese input method: full-width and enumeration commas separate tags too.
    EXPECT_EQ(CaseAnnotations::parseTags(QStringLiteral("嫌疑人，套現、Kestrel")),
              (QStringList{QStringLiteral("嫌疑人"), QStringLiteral("套現"), QStringLiteral("Kestrel")}));
    CaseAnnotations a;
    a.set(QStringLiteral("tx:abc"), {QStringLiteral("seen twice"), {QStringLiteral("peel")}});
    a.set(QStringLiteral("address:tbtc:tb1qxyz"), {QString(), {QStringLiteral("exchange")}});
    a.set(QStringLiteral("address:tbtc:tb1qempty"), {});
    EXPECT_EQ(a.size(), 2);
    QString error;
    EXPECT_EQ(CaseAnnotations::fromJson(a.toJson(), &error), a);
    EXPECT_TRUE(error.isEmpty());
    QJsonObject bad = a.toJson();
    bad.insert(QStringLiteral("format"), 7);
    EXPECT_TRUE(CaseAnnotations::fromJson(bad, &error).isEmpty());
    EXPECT_EQ(error, QStringLiteral("format: expected 1"));
    bad = a.toJson();
    QJsonArray notes = bad.value(QStringLiteral("notes")).toArray();
    QJsonObject entry = notes[1].toObject();
    entry.insert(QStringLiteral("node"), QStringLiteral("somewhere"));
    notes[1] = entry;
    bad.insert(QStringLiteral("notes"), notes);
    CaseAnnotations::fromJson(bad, &error);
    EXPECT_TRUE(error.startsWith(QStringLiteral("notes[1].node:"))) << error.toStdString();
}
