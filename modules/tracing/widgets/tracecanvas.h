#pragma once

#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace cca::tracing {

class TraceEdgeItem;
class TraceEdgeOverview;
class TraceNodeItem;

// One node of the canvas: an address, or a transaction on a UTXO chain.
struct CanvasNode
{
    enum class Kind { Address, Transaction };
    Kind kind = Kind::Address;
    int id = -1;    // graph address id or transaction id
    int layer = 0;  // hops from the source, drawn left to right
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
};

// Tag categories as the canvas colours them (the legend names each one; nodes also say it in words).
enum class NodeGroup { Victim, Suspect, Exchange, Mixer, Otc, Service, Unknown };

// The tracing graph canvas: starts from the case's source, expands a node's next hops on click or
// Enter (each expansion one undoable step), lays nodes out in columns by hop distance, draws edges
// as wide as the value they carry, colours nodes by tag category and overlays a taint result.
class TraceCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal kColumnWidth = 300;
    static constexpr qreal kRowHeight = 90; // a node, its taint badge and a gap
    // Below this scale texts are unreadable: nodes become plain boxes, edges one overview item.
    static constexpr qreal kReadableDetail = 0.35;

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
    QStringList nodeKeys() const;
    bool hasNode(const QString &key) const { return m_nodes.contains(key); }
    std::optional<CanvasNode> node(const QString &key) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    bool isExpanded(const QString &key) const { return m_expanded.contains(key); }

    // Adds the next hops of a node as one undoable step; false when it adds nothing.
    bool expand(const QString &key);
    bool expandSelected();
    QString selectedKey() const;
    void selectNode(const QString &key); // and centres it
    // A node on the canvas whose address, txid or transfer id contains `text` (at least four
    // characters, any case): selected and centred. Returns its key, or empty when none.
    QString find(const QString &text);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    qreal zoom() const;

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

signals:
    void selectedNodeChanged(const QString &key);
    void graphChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showSource();
    void addressNeighbours(int address, QList<QPair<int, CanvasEdge>> *out) const;
    void moveSelection(int dx, int dy);
    void refreshItems();
    void refreshItem(const QString &key, TraceNodeItem *item);
    void scaleBy(qreal factor);
    void updateDetail();
    static QString edgeKey(const CanvasEdge &edge);

    const TraceGraph *m_graph = nullptr;
    const TaintResult *m_taint = nullptr;
    QGraphicsScene *m_scene = nullptr;
    TraceEdgeOverview *m_overview = nullptr;
    bool m_lowDetail = false; // zoomed out below kReadableDetail: single edges hidden
    QUndoStack *m_undo = nullptr;
    QHash<QString, CanvasNode> m_nodes;
    QHash<QString, TraceNodeItem *> m_nodeItems;
    QHash<QString, CanvasEdge> m_edges;
    QHash<QString, TraceEdgeItem *> m_edgeItems;
    QHash<QString, bool> m_expanded;
    std::vector<std::vector<int>> m_outputsTo;   // address -> outputs paid to it
    std::vector<std::vector<int>> m_transfersFrom; // address -> transfers out of it
    std::vector<std::vector<int>> m_transfersTo;   // address -> transfers into it
    std::vector<double> m_txTaint;                 // transaction -> taint it moved, source units
    std::vector<qint64> m_assetMax;                // largest single output or transfer per asset
};

} // namespace cca::tracing
