#pragma once

#include "tracing/annotations.h"
#include "tracing/clustering.h"
#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace cca::tracing {

class TraceEdgeItem;
class TraceEdgeOverview;
class TraceNodeItem;

// One node of the canvas: an address, a transaction on a UTXO chain, or (shown only) a collapsed
// cluster of addresses believed to share one owner.
struct CanvasNode
{
    enum class Kind { Address, Transaction, Cluster };
    Kind kind = Kind::Address;
    int id = -1;    // graph address id, transaction id, or the cluster's representative address id
    int layer = 0;  // hops from the source, drawn left to right (the column shown)
    QPointF pos;
};

// Money moving between two nodes: one output, a transfer (summed per asset), or a bridge release.
struct CanvasEdge
{
    QString from; // node keys
    QString to;
    qint64 value = 0;
    int asset = -1;
    bool bridge = false;
    QList<QPair<qint64, qint64>> parts; // (UTC ms, value) of each payment summed in value
};

// How the canvas places its nodes. Automatic uses the peel-chain line when the graph is shaped
// like one (see TraceCanvas::looksLikePeelChain), columns by hop otherwise.
enum class CanvasLayout { Automatic, Columns, PeelChain };

// Tag categories as the canvas colours them (the legend names each one; nodes also say it in words).
enum class NodeGroup { Victim, Suspect, Exchange, Mixer, Otc, Service, Unknown };

// The tracing graph canvas: starts from the case's source, expands a node's next hops on click or
// Enter (each expansion one undoable step), lays nodes out in columns by hop distance or along a
// peel chain, draws edges as wide as the value they carry, colours nodes by tag category, collapses
// a common-input cluster into one node, hides what lies outside a time range, shows the officer's
// notes and tags, and overlays a taint result.
//
// Two layers: the model (nodes and edges followed so far, `nodeKeys()`, `node()`, `hasNode()`) and
// what is shown (clusters folded, the time filter applied, the layout's positions: `shownKeys()`,
// `shownNode()`, `isShown()`). Undo covers expansions, cluster collapse and expansion, and notes.
class TraceCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kColumnWidth = 300;
    static constexpr qreal kRowHeight = 90; // a node, its taint badge and a gap
    // Below this scale texts are unreadable: nodes become plain boxes, edges one overview item.
    static constexpr qreal kReadableDetail = 0.35;
    // The automatic layout looks for a peel chain up to this many nodes (beyond, columns).
    static constexpr int kPeelChainLimit = 400;

    explicit TraceCanvas(QWidget *parent = nullptr);
    ~TraceCanvas() override;

    // Shows the case from its source; null clears the canvas. The graph must outlive its use here.
    void setGraph(const TraceGraph *graph);
    const TraceGraph *graph() const { return m_graph; }
    // The taint overlay (not owned; null for none).
    void setTaint(const TaintResult *taint);
    const TaintResult *taint() const { return m_taint; }
    QUndoStack *undoStack() const { return m_undo; }

    static QString addressKey(int address);
    static QString txKey(int tx);
    static QString clusterKey(int representative);
    QStringList nodeKeys() const;
    bool hasNode(const QString &key) const { return m_nodes.contains(key); }
    std::optional<CanvasNode> node(const QString &key) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    bool isExpanded(const QString &key) const { return m_expanded.contains(key); }

    // Adds the next hops of a node (for a transaction also its other inputs) as one undoable step;
    // for a collapsed cluster, of every address in it. False when it adds nothing.
    bool expand(const QString &key);
    bool expandSelected();
    QString selectedKey() const;          // a shown key: a node's, or a collapsed cluster's
    void selectNode(const QString &key); // and centres it; a folded address selects its cluster
    // A node on the canvas whose address, txid or transfer id contains `text` (at least four
    // characters, any case): selected and centred. Returns its key, or empty when none.
    QString find(const QString &text);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    qreal zoom() const;

    // What is shown: the key a node is drawn under (its cluster's when collapsed, empty when hidden
    // by the time filter), the shown nodes and edges, and a shown node's kind, column and position.
    QString shownKey(const QString &key) const;
    bool isShown(const QString &key) const { return !shownKey(key).isEmpty(); }
    QStringList shownKeys() const;
    std::optional<CanvasNode> shownNode(const QString &shownKey) const;
    int shownNodeCount() const { return int(m_nodeItems.size()); }
    int shownEdgeCount() const { return int(m_edgeItems.size()); }
    // The value shown between two shown nodes, summed over assets (0 when no edge is shown).
    qint64 shownValue(const QString &fromShown, const QString &toShown) const;
    // The taint on a shown node's badge, in the source's base units (within the time range).
    double shownTaint(const QString &shownKey) const;

    // Clusters (common-input ownership, CoinJoin-shaped transactions left out, as the engine's
    // default): the representative of an address's cluster when it has two or more addresses in
    // the case, else -1; the cluster's addresses in the case and on the canvas.
    int clusterOf(int address) const;
    int clusterSize(int representative) const;
    const Clustering *clustering() const { return m_clustering.get(); }
    QStringList clusterMembersOnCanvas(int representative) const;
    bool isCollapsed(int representative) const { return m_collapsed.contains(representative); }
    // The cluster of a shown node that can be collapsed (two or more of its addresses on the
    // canvas, not collapsed yet) or expanded (collapsed); -1 when none.
    int collapsibleCluster(const QString &shownKey) const;
    int expandableCluster(const QString &shownKey) const;
    // One undoable step each; false when there is nothing to do.
    bool collapseCluster(const QString &shownKey);
    bool expandCluster(const QString &shownKey);

    // The time filter: transactions and transfers outside [from, to] (UTC ms, inclusive) are hidden
    // with the edges they make, and so are nodes left without a shown edge; the taint badges count
    // only taint that arrived inside the range. No value shows everything.
    void setTimeRange(std::optional<QPair<qint64, qint64>> range);
    std::optional<QPair<qint64, qint64>> timeRange() const { return m_range; }
    QPair<qint64, qint64> timeSpan() const { return m_span; } // first and last event of the case

    void setLayoutMode(CanvasLayout mode); // lays out again and zooms to fit
    CanvasLayout layoutMode() const { return m_layoutMode; }
    CanvasLayout effectiveLayout() const { return m_effective; }
    // At least three peel hops (one input spent into two outputs, one at least twice the other, the
    // larger one followed) along the main line from the source, and nearly every node on the canvas
    // on that line or one hop off it.
    bool looksLikePeelChain() const;

    // The officer's notes and tags (shown on the nodes; set without undo, e.g. when reopening a case).
    void setAnnotations(const CaseAnnotations &annotations);
    const CaseAnnotations &annotations() const { return m_annotations; }
    QString refOf(const QString &key) const; // the annotation reference of an address or transaction node
    NodeNote noteOf(const QString &key) const { return m_annotations.get(refOf(key)); }
    // Sets a node's note and tags as one undoable step; false when nothing changed or the key is
    // not an address or transaction.
    bool annotate(const QString &key, const NodeNote &note);

    // Everything the officer did on this canvas (the undo history with its position, the layout,
    // the time range, the selection, the zoom), to rebuild it on a new canvas over the same graph.
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

    // The whole graph as an image (scale 1 = one pixel per scene unit, capped at 8000 pixels).
    QImage renderImage(qreal scale = 1.0) const;
    bool exportPng(const QString &path, QString *error) const;

    // Texts and colours shared by the items and the side panel.
    static NodeGroup groupOf(const QString &category);
    static QString groupName(NodeGroup group);
    static QColor groupColor(NodeGroup group);
    NodeGroup groupOfAddress(int address) const;
    QString formatAmount(qint64 baseUnits, int asset) const; // "0.75 tBTC"
    static QString shortText(const QString &text);           // "tb1qed3e…y8fzj"

    // Used by the undo commands.
    void addNode(const QString &key, const CanvasNode &node);
    void removeNode(const QString &key);
    void addEdge(const CanvasEdge &edge);
    void removeEdge(const CanvasEdge &edge);
    void setExpanded(const QString &key, bool expanded);
    void setCollapsed(int representative, bool collapsed);
    void setNote(const QString &ref, const NodeNote &note);
    void syncView(); // brings what is shown up to date with the model after a change

signals:
    void selectedNodeChanged(const QString &key);
    void graphChanged();
    void annotationsChanged();
    void viewChanged(); // layout, time range or clusters changed what is shown
    // The context menu's "Note and tags…" on a node.
    void annotateRequested(const QString &key);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct ShownNode
    {
        CanvasNode node;        // kind, id (representative for a cluster), column as layer, position
        QStringList members;    // model keys drawn here
    };
    void showSource();
    void addressNeighbours(int address, QList<QPair<int, CanvasEdge>> *out) const;
    bool expandNode(const QString &key);
    void moveSelection(int dx, int dy);
    void refreshItems();
    void refreshItem(const QString &key, TraceNodeItem *item);
    void scaleBy(qreal factor);
    void updateDetail();
    static QString edgeKey(const CanvasEdge &edge);
    bool simpleView() const;
    void createNodeItem(const QString &key, const ShownNode &shown);
    void createEdgeItem(const QString &key, const CanvasEdge &edge);
    void rebuildView();
    void clearItems();
    QHash<QString, QPair<QPointF, int>> peelPositions(const QStringList &mainLine) const;
    QStringList mainLine() const;
    qint64 partsInRange(const CanvasEdge &edge) const;
    qint64 eventTime(const QString &modelKey) const;
    void updateRangeTaint();
    QString modelKeyOfRef(const QString &ref) const;

    const TraceGraph *m_graph = nullptr;
    const TaintResult *m_taint = nullptr;
    QGraphicsScene *m_scene = nullptr;
    TraceEdgeOverview *m_overview = nullptr;
    bool m_lowDetail = false; // zoomed out below kReadableDetail: single edges hidden
    QUndoStack *m_undo = nullptr;
    QHash<QString, CanvasNode> m_nodes;          // the model: followed so far
    QHash<QString, CanvasEdge> m_edges;
    QHash<QString, bool> m_expanded;
    QStringList m_expandedEmpty;                 // expanded without adding anything (no undo step)
    QHash<QString, ShownNode> m_shown;           // what is shown (filled when not simpleView())
    QHash<QString, QString> m_shownOf;           // model key -> shown key (idem)
    QHash<QString, TraceNodeItem *> m_nodeItems; // by shown key
    QHash<QString, CanvasEdge> m_shownEdges;     // by shown edge key, the value within the range
    QHash<QString, TraceEdgeItem *> m_edgeItems;
    bool m_viewBuilt = false;                    // m_shown holds the view (else it mirrors the model)
    bool m_viewDirty = false;
    std::unique_ptr<Clustering> m_clustering;
    std::vector<int> m_clusterSize;              // by representative
    QSet<int> m_collapsed;
    std::optional<QPair<qint64, qint64>> m_range;
    QPair<qint64, qint64> m_span{0, 0};
    CanvasLayout m_layoutMode = CanvasLayout::Automatic;
    CanvasLayout m_effective = CanvasLayout::Columns;
    CaseAnnotations m_annotations;
    std::vector<double> m_addressRangeTaint;     // address -> taint received within the range
    std::vector<std::vector<int>> m_outputsTo;   // address -> outputs paid to it
    std::vector<std::vector<int>> m_transfersFrom; // address -> transfers out of it
    std::vector<std::vector<int>> m_transfersTo;   // address -> transfers into it
    std::vector<double> m_txTaint;                 // transaction -> taint it moved, source units
    std::vector<qint64> m_assetMax;                // largest single output or transfer per asset
};

} // namespace cca::tracing
