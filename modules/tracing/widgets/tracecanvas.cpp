#include "tracing/widgets/tracecanvas.h"

#include "ui/uihelpers.h"
#include "ui/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cca::tracing {

namespace {

constexpr qreal kAddressWidth = 216;
constexpr qreal kAddressHeight = 54;
constexpr qreal kTxWidth = 168;
constexpr qreal kTxHeight = 40;

bool darkTheme()
{
    return ui::Theme::current() == ui::Theme::Mode::Dark;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Items

class TraceNodeItem : public QGraphicsItem
{
public:
    TraceNodeItem(const QString &key, bool transaction) : m_key(key), m_transaction(transaction)
    {
        setFlags(ItemIsSelectable | ItemIsFocusable);
        setAcceptHoverEvents(false);
        setZValue(1);
    }
    QString key() const { return m_key; }
    QSizeF size() const { return m_transaction ? QSizeF(kTxWidth, kTxHeight) : QSizeF(kAddressWidth, kAddressHeight); }
    QRectF boundingRect() const override
    {
        const QSizeF s = size();
        return QRectF(-s.width() / 2 - 4, -s.height() / 2 - 4, s.width() + 8, s.height() + 8 + (m_taintText.isEmpty() ? 0 : 20));
    }
    void setTexts(const QString &title, const QString &subtitle, const QColor &color, const QString &toolTip)
    {
        m_title = title;
        m_subtitle = subtitle;
        m_color = color;
        setToolTip(toolTip);
        update();
    }
    void setTaint(const QString &text, double share)
    {
        prepareGeometryChange();
        m_taintText = text;
        m_share = share;
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QSizeF s = size();
        const QRectF r(-s.width() / 2, -s.height() / 2, s.width(), s.height());
        const bool selected = option->state & QStyle::State_Selected;
        const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
        if (lod < TraceCanvas::kReadableDetail) {
            // Too small to read (a whole large graph fitted): a plain box, its colour and taint bar.
            p->fillRect(r, selected ? ui::Theme::accent() : m_color);
            if (m_share > 0)
                p->fillRect(QRectF(r.left(), r.top(), 12, r.height()), ui::Theme::danger());
            return;
        }
        const QPalette pal = QApplication::palette();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(selected ? ui::Theme::accent() : m_color, selected ? 3.5 : 1.6));
        p->setBrush(blend(pal.color(QPalette::Base), m_color, darkTheme() ? 0.30 : 0.14));
        const qreal radius = m_transaction ? 4 : 10;
        p->drawRoundedRect(r, radius, radius);
        if (m_share > 0) {
            // The tainted share as a filled bar on the left edge (its height is the share).
            const qreal h = r.height() * std::min(1.0, m_share);
            p->setPen(Qt::NoPen);
            p->setBrush(ui::Theme::danger());
            p->drawRect(QRectF(r.left() + 2, r.bottom() - 2 - std::max(0.0, h - 4), 6, std::max(2.0, h - 4)));
        }
        p->setPen(pal.color(QPalette::Text));
        QFont mono = ui::monospaceFont(0.9);
        p->setFont(mono);
        const QRectF text = r.adjusted(12, 4, -8, -4);
        p->drawText(text, Qt::AlignLeft | Qt::AlignTop, m_title);
        QFont small = QApplication::font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p->setFont(small);
        const QString sub = QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, text.width());
        p->drawText(text, Qt::AlignLeft | Qt::AlignBottom, sub);
        if (!m_taintText.isEmpty()) {
            const QFontMetricsF fm(small);
            const qreal w = fm.horizontalAdvance(m_taintText) + 14;
            const QRectF badge(r.right() - w, r.bottom() + 3, w, fm.height() + 4);
            p->setPen(Qt::NoPen);
            p->setBrush(ui::Theme::danger());
            p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            p->setPen(Qt::white);
            p->drawText(badge, Qt::AlignCenter, m_taintText);
        }
    }

private:
    QString m_key;
    bool m_transaction;
    QString m_title;
    QString m_subtitle;
    QColor m_color;
    QString m_taintText;
    double m_share = 0;
};

class TraceEdgeItem : public QGraphicsItem
{
public:
    TraceEdgeItem(const QPointF &from, const QPointF &to, qreal width, const QString &label, bool bridge)
        : m_start(from), m_end(to), m_width(width), m_label(label), m_bridge(bridge)
    {
        m_path.moveTo(from);
        const qreal dx = std::max<qreal>(40, (to.x() - from.x()) / 2);
        m_path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
        const QFontMetricsF fm(labelFont());
        const QPointF mid = m_path.pointAtPercent(0.5);
        const qreal w = fm.horizontalAdvance(m_label) + 10;
        m_labelRect = QRectF(mid.x() - w / 2, mid.y() - fm.height() / 2 - 2, w, fm.height() + 4);
        m_bounds = m_path.boundingRect().adjusted(-m_width, -m_width, m_width, m_width).united(m_labelRect);
        setZValue(0);
        setToolTip(label);
    }
    static QFont labelFont()
    {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        return f;
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QPalette pal = QApplication::palette();
        QColor c = ui::Theme::muted();
        if (option->levelOfDetailFromTransform(p->worldTransform()) < TraceCanvas::kReadableDetail)
            return; // too small to read: the overview item draws every edge as one thin line

        p->setRenderHint(QPainter::Antialiasing);
        QPen pen(c, m_width, m_bridge ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(m_path);
        // Arrow head at the receiving end.
        const QPointF end = m_end;
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        const qreal a = 5 + m_width;
        p->drawPolygon(QPolygonF({end, end + QPointF(-a, -a / 1.6), end + QPointF(-a, a / 1.6)}));
        p->setBrush(pal.color(QPalette::Base));
        p->setPen(QPen(ui::Theme::border(), 1));
        p->drawRoundedRect(m_labelRect, 4, 4);
        p->setPen(pal.color(QPalette::Text));
        p->setFont(labelFont());
        p->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }

private:
    QPainterPath m_path;
    QPointF m_start;
    QPointF m_end;
    qreal m_width;
    QString m_label;
    bool m_bridge;
    QRectF m_labelRect;
    QRectF m_bounds;
};

// Every edge as a thin straight line, drawn in one call when the graph is too small to read (a large
// graph zoomed to fit): one item instead of thousands keeps a full repaint of 5,000 nodes fast.
class TraceEdgeOverview : public QGraphicsItem
{
public:
    TraceEdgeOverview() { setZValue(-1); }
    void setLine(const QString &key, const QLineF &line)
    {
        prepareGeometryChange();
        m_lines.insert(key, line);
        m_bounds = m_bounds.united(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1));
        m_dirty = true;
    }
    void removeLine(const QString &key)
    {
        m_lines.remove(key);
        m_dirty = true;
        update();
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        if (option->levelOfDetailFromTransform(p->worldTransform()) >= TraceCanvas::kReadableDetail)
            return;
        if (m_dirty) {
            m_cache = QList<QLineF>(m_lines.cbegin(), m_lines.cend());
            m_dirty = false;
        }
        p->setRenderHint(QPainter::Antialiasing, false);
        p->setPen(QPen(ui::Theme::muted(), 0));
        p->drawLines(m_cache);
    }

private:
    QHash<QString, QLineF> m_lines;
    QList<QLineF> m_cache;
    QRectF m_bounds;
    bool m_dirty = false;
};

// ---------------------------------------------------------------------------------------------
// The undoable expansion

namespace {
class ExpandCommand : public QUndoCommand
{
public:
    ExpandCommand(TraceCanvas *canvas, const QString &key, QList<QPair<QString, CanvasNode>> nodes, QList<CanvasEdge> edges,
                  const QString &text)
        : QUndoCommand(text), m_canvas(canvas), m_key(key), m_nodes(std::move(nodes)), m_edges(std::move(edges))
    {
    }
    void redo() override
    {
        for (const auto &n : std::as_const(m_nodes))
            m_canvas->addNode(n.first, n.second);
        for (const CanvasEdge &e : std::as_const(m_edges))
            m_canvas->addEdge(e);
        m_canvas->setExpanded(m_key, true);
    }
    void undo() override
    {
        for (const CanvasEdge &e : std::as_const(m_edges))
            m_canvas->removeEdge(e);
        for (const auto &n : std::as_const(m_nodes))
            m_canvas->removeNode(n.first);
        m_canvas->setExpanded(m_key, false);
    }

private:
    TraceCanvas *m_canvas;
    QString m_key;
    QList<QPair<QString, CanvasNode>> m_nodes;
    QList<CanvasEdge> m_edges;
};
} // namespace

// ---------------------------------------------------------------------------------------------

TraceCanvas::TraceCanvas(QWidget *parent) : QGraphicsView(parent)
{
    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex); // items never move; the index costs more than it saves while expanding
    setScene(m_scene);
    m_undo = new QUndoStack(this);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tracing graph"));
    setAccessibleDescription(tr("Click a node or press Enter to follow its money; arrow keys move between nodes."));
    setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { emit selectedNodeChanged(selectedKey()); });
}

TraceCanvas::~TraceCanvas()
{
    m_scene->disconnect(this);
}

QString TraceCanvas::addressKey(int address)
{
    return QStringLiteral("a:%1").arg(address);
}

QString TraceCanvas::txKey(int tx)
{
    return QStringLiteral("t:%1").arg(tx);
}

QString TraceCanvas::edgeKey(const CanvasEdge &edge)
{
    return edge.from + QLatin1Char('>') + edge.to + QLatin1Char('/') + QString::number(edge.asset) + (edge.bridge ? QStringLiteral("b") : QString());
}

void TraceCanvas::setGraph(const TraceGraph *graph)
{
    m_undo->clear();
    m_scene->clear();
    m_overview = nullptr;
    m_lowDetail = false;
    m_nodes.clear();
    m_nodeItems.clear();
    m_edges.clear();
    m_edgeItems.clear();
    m_expanded.clear();
    m_taint = nullptr;
    m_graph = graph;
    m_outputsTo.clear();
    m_transfersFrom.clear();
    m_transfersTo.clear();
    m_assetMax.clear();
    m_txTaint.clear();
    if (!m_graph) {
        emit graphChanged();
        return;
    }
    const size_t addresses = m_graph->addresses().size();
    m_outputsTo.resize(addresses);
    m_transfersFrom.resize(addresses);
    m_transfersTo.resize(addresses);
    m_assetMax.assign(m_graph->assets().size(), 1);
    const auto &outputs = m_graph->outputs();
    for (size_t o = 0; o < outputs.size(); ++o) {
        const TraceGraph::Output &out = outputs[o];
        if (out.address >= 0)
            m_outputsTo[size_t(out.address)].push_back(int(o));
        const int asset = m_graph->nativeAsset(m_graph->transactions()[size_t(out.tx)].chain);
        if (asset >= 0)
            m_assetMax[size_t(asset)] = std::max(m_assetMax[size_t(asset)], out.value);
    }
    const auto &transfers = m_graph->transfers();
    for (size_t t = 0; t < transfers.size(); ++t) {
        const TraceGraph::Transfer &tr = transfers[t];
        if (tr.from >= 0)
            m_transfersFrom[size_t(tr.from)].push_back(int(t));
        if (tr.to >= 0)
            m_transfersTo[size_t(tr.to)].push_back(int(t));
        if (tr.asset >= 0)
            m_assetMax[size_t(tr.asset)] = std::max(m_assetMax[size_t(tr.asset)], tr.value);
    }
    showSource();
    zoomToFit();
    emit graphChanged();
}

void TraceCanvas::showSource()
{
    const QString source = m_graph->caseFile().source;
    const qsizetype colon = source.lastIndexOf(QLatin1Char(':'));
    const int tx = colon > 0 ? m_graph->txId(source.left(colon)) : -1;
    if (tx >= 0) {
        // The victim's payment: who paid (inputs), the transaction, who received (outputs).
        const TraceGraph::Tx &t = m_graph->transactions()[size_t(tx)];
        const QString tk = txKey(tx);
        addNode(tk, {CanvasNode::Kind::Transaction, tx, 1, QPointF(kColumnWidth, 0)});
        const int asset = m_graph->nativeAsset(t.chain);
        QList<int> payers;
        QHash<int, qint64> paid;
        for (int i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
            const TraceGraph::Output &in = m_graph->outputs()[size_t(m_graph->inputs()[size_t(i)])];
            if (!paid.contains(in.address))
                payers.append(in.address);
            paid[in.address] += in.value;
        }
        for (int i = 0; i < payers.size(); ++i) {
            addNode(addressKey(payers[i]), {CanvasNode::Kind::Address, payers[i], 0, QPointF(0, (i - (payers.size() - 1) / 2.0) * kRowHeight)});
            addEdge({addressKey(payers[i]), tk, paid.value(payers[i]), asset, false});
        }
        for (int o = 0; o < t.outputCount; ++o) {
            const TraceGraph::Output &out = m_graph->outputs()[size_t(t.firstOutput + o)];
            const QString ak = addressKey(out.address);
            if (!m_nodes.contains(ak))
                addNode(ak, {CanvasNode::Kind::Address, out.address, 2,
                             QPointF(2 * kColumnWidth, (o - (t.outputCount - 1) / 2.0) * kRowHeight)});
            addEdge({tk, ak, out.value, asset, false});
        }
        setExpanded(tk, true);
        return;
    }
    const int transfer = m_graph->transferId(source);
    if (transfer >= 0) {
        const TraceGraph::Transfer &t = m_graph->transfers()[size_t(transfer)];
        addNode(addressKey(t.from), {CanvasNode::Kind::Address, t.from, 0, QPointF(0, 0)});
        addNode(addressKey(t.to), {CanvasNode::Kind::Address, t.to, 1, QPointF(kColumnWidth, 0)});
        addEdge({addressKey(t.from), addressKey(t.to), t.value, t.asset, false});
        return;
    }
    for (int chain = 0; chain < m_graph->caseFile().chains.size(); ++chain) {
        const int address = m_graph->addressId(m_graph->caseFile().chains[chain].id, source);
        if (address >= 0) {
            addNode(addressKey(address), {CanvasNode::Kind::Address, address, 0, QPointF(0, 0)});
            return;
        }
    }
}

void TraceCanvas::addressNeighbours(int address, QList<QPair<int, CanvasEdge>> *out) const
{
    // Next hops of an address: the transactions that spent what it received (UTXO), the payments
    // out of its balance summed per receiver and asset (account), and bridge or swap releases of
    // what it received. The pair's first is a graph address id, or -(tx + 1) for a transaction.
    const QString from = addressKey(address);
    QHash<int, qint64> spentBy; // tx -> value
    QList<int> txOrder;
    for (int o : m_outputsTo[size_t(address)]) {
        const TraceGraph::Output &output = m_graph->outputs()[size_t(o)];
        if (output.spentBy >= 0) {
            if (!spentBy.contains(output.spentBy))
                txOrder.append(output.spentBy);
            spentBy[output.spentBy] += output.value;
        }
    }
    for (int tx : std::as_const(txOrder))
        out->append({-(tx + 1), {from, txKey(tx), spentBy.value(tx),
                                 m_graph->nativeAsset(m_graph->transactions()[size_t(tx)].chain), false}});
    QHash<QPair<int, int>, qint64> paid;
    QList<QPair<int, int>> order;
    for (int t : m_transfersFrom[size_t(address)]) {
        const TraceGraph::Transfer &tr = m_graph->transfers()[size_t(t)];
        const QPair<int, int> k(tr.to, tr.asset);
        if (!paid.contains(k))
            order.append(k);
        paid[k] += tr.value;
    }
    for (const auto &k : std::as_const(order))
        out->append({k.first, {from, addressKey(k.first), paid.value(k), k.second, false}});
    auto release = [&](const TraceGraph::BridgeLink *deposit) {
        if (!deposit)
            return;
        // The release is the other end of the same bridge record.
        const int bridge = deposit->bridge;
        const Bridge &b = m_graph->caseFile().bridges[bridge];
        const qsizetype colon = b.release.lastIndexOf(QLatin1Char(':'));
        const int tx = colon > 0 ? m_graph->txId(b.release.left(colon)) : -1;
        if (tx >= 0) {
            const int output = m_graph->outputId(tx, b.release.mid(colon + 1).toInt());
            const TraceGraph::Output &o = m_graph->outputs()[size_t(output)];
            out->append({o.address, {from, addressKey(o.address), o.value, m_graph->nativeAsset(m_graph->transactions()[size_t(tx)].chain), true}});
            return;
        }
        const int transfer = m_graph->transferId(b.release);
        if (transfer >= 0) {
            const TraceGraph::Transfer &t = m_graph->transfers()[size_t(transfer)];
            out->append({t.to, {from, addressKey(t.to), t.value, t.asset, true}});
        }
    };
    for (int o : m_outputsTo[size_t(address)])
        release(m_graph->depositOfOutput(o));
    for (int t : m_transfersTo[size_t(address)])
        release(m_graph->depositOfTransfer(t));
}

bool TraceCanvas::expand(const QString &key)
{
    if (!m_graph || !m_nodes.contains(key) || m_expanded.contains(key))
        return false;
    const CanvasNode parent = m_nodes.value(key);
    QList<QPair<int, CanvasEdge>> next; // address id, or -(tx + 1)
    if (parent.kind == CanvasNode::Kind::Transaction) {
        const TraceGraph::Tx &t = m_graph->transactions()[size_t(parent.id)];
        const int asset = m_graph->nativeAsset(t.chain);
        QHash<int, qint64> paid;
        QList<int> order;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o) {
            const TraceGraph::Output &out = m_graph->outputs()[size_t(o)];
            if (!paid.contains(out.address))
                order.append(out.address);
            paid[out.address] += out.value;
        }
        for (int a : std::as_const(order))
            next.append({a, {key, addressKey(a), paid.value(a), asset, false}});
    } else {
        addressNeighbours(parent.id, &next);
    }
    // New nodes go one column to the right, near their parent, below whatever that column holds.
    const int layer = parent.layer + 1;
    qreal bottom = -1e12;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it->layer == layer)
            bottom = std::max(bottom, it->pos.y());
    QList<QPair<QString, CanvasNode>> nodes;
    QList<CanvasEdge> edges;
    int fresh = 0;
    for (const auto &n : std::as_const(next))
        if (!m_nodes.contains(n.second.to))
            ++fresh;
    int index = 0;
    for (const auto &n : std::as_const(next)) {
        const CanvasEdge &e = n.second;
        if (m_edges.contains(edgeKey(e)))
            continue;
        bool known = m_nodes.contains(e.to);
        for (const auto &added : std::as_const(nodes))
            known = known || added.first == e.to;
        if (!known) {
            const qreal desired = parent.pos.y() + (index - (fresh - 1) / 2.0) * kRowHeight;
            const qreal y = std::max(desired, bottom + kRowHeight);
            bottom = y;
            ++index;
            CanvasNode c;
            c.kind = n.first < 0 ? CanvasNode::Kind::Transaction : CanvasNode::Kind::Address;
            c.id = n.first < 0 ? -n.first - 1 : n.first;
            c.layer = layer;
            c.pos = QPointF(layer * kColumnWidth, y);
            nodes.append({e.to, c});
        }
        edges.append(e);
    }
    if (nodes.isEmpty() && edges.isEmpty()) {
        // Nothing further (unspent, or everything already shown): nothing to undo either.
        setExpanded(key, true);
        return false;
    }
    const QString label = parent.kind == CanvasNode::Kind::Transaction ? shortText(m_graph->txid(parent.id))
                                                                        : shortText(m_graph->addressText(parent.id));
    m_undo->push(new ExpandCommand(this, key, nodes, edges, tr("Expand %1").arg(label)));
    // Bring what was added into view (scrolling only as far as needed).
    QRectF added;
    for (const auto &n : std::as_const(nodes))
        added = added.united(QRectF(n.second.pos - QPointF(kAddressWidth / 2, kAddressHeight / 2), QSizeF(kAddressWidth, kAddressHeight + 20)));
    if (!added.isEmpty()) {
        setSceneRect(sceneRect().united(added.adjusted(-2000, -2000, 2000, 2000)));
        ensureVisible(added, 24, 24);
    }
    return true;
}

bool TraceCanvas::expandSelected()
{
    const QString key = selectedKey();
    return !key.isEmpty() && expand(key);
}

void TraceCanvas::addNode(const QString &key, const CanvasNode &node)
{
    if (m_nodes.contains(key))
        return;
    m_nodes.insert(key, node);
    auto *item = new TraceNodeItem(key, node.kind == CanvasNode::Kind::Transaction);
    item->setPos(node.pos);
    m_scene->addItem(item);
    m_nodeItems.insert(key, item);
    refreshItem(key, item);
    emit graphChanged();
}

void TraceCanvas::removeNode(const QString &key)
{
    TraceNodeItem *item = m_nodeItems.take(key);
    m_nodes.remove(key);
    m_expanded.remove(key);
    delete item;
    emit graphChanged();
}

void TraceCanvas::addEdge(const CanvasEdge &edge)
{
    const QString k = edgeKey(edge);
    if (m_edges.contains(k) || !m_nodes.contains(edge.from) || !m_nodes.contains(edge.to))
        return;
    m_edges.insert(k, edge);
    const CanvasNode from = m_nodes.value(edge.from);
    const CanvasNode to = m_nodes.value(edge.to);
    auto halfWidth = [](const CanvasNode &n) { return (n.kind == CanvasNode::Kind::Transaction ? kTxWidth : kAddressWidth) / 2; };
    // Pen width follows the value: the largest single payment of the asset in the case is 8 px.
    const qint64 max = edge.asset >= 0 && size_t(edge.asset) < m_assetMax.size() ? m_assetMax[size_t(edge.asset)] : 1;
    const qreal width = 1.0 + 7.0 * std::sqrt(std::min(1.0, double(edge.value) / double(std::max<qint64>(1, max))));
    QString label = formatAmount(edge.value, edge.asset);
    if (edge.bridge)
        label = tr("bridge/swap: %1").arg(label);
    QPointF start = from.pos + QPointF(halfWidth(from), 0);
    QPointF end = to.pos - QPointF(halfWidth(to), 0);
    if (to.layer <= from.layer) // going back to an earlier column: leave from the bottom edge
        end = to.pos + QPointF(0, (to.kind == CanvasNode::Kind::Transaction ? kTxHeight : kAddressHeight) / 2);
    auto *item = new TraceEdgeItem(start, end, width, label, edge.bridge);
    item->setVisible(!m_lowDetail);
    m_scene->addItem(item);
    m_edgeItems.insert(k, item);
    if (!m_overview) {
        m_overview = new TraceEdgeOverview;
        m_scene->addItem(m_overview);
    }
    m_overview->setLine(k, QLineF(start, end));
}

void TraceCanvas::removeEdge(const CanvasEdge &edge)
{
    const QString k = edgeKey(edge);
    m_edges.remove(k);
    delete m_edgeItems.take(k);
    if (m_overview)
        m_overview->removeLine(k);
}

void TraceCanvas::setExpanded(const QString &key, bool expanded)
{
    if (expanded)
        m_expanded.insert(key, true);
    else
        m_expanded.remove(key);
    if (TraceNodeItem *item = m_nodeItems.value(key))
        item->update();
}

QStringList TraceCanvas::nodeKeys() const
{
    return m_nodes.keys();
}

std::optional<CanvasNode> TraceCanvas::node(const QString &key) const
{
    auto it = m_nodes.constFind(key);
    if (it == m_nodes.cend())
        return std::nullopt;
    return *it;
}

QString TraceCanvas::selectedKey() const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected)
        if (auto *node = dynamic_cast<TraceNodeItem *>(item))
            return node->key();
    return {};
}

void TraceCanvas::selectNode(const QString &key)
{
    TraceNodeItem *item = m_nodeItems.value(key);
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    item->setFocus();
    // Room to put any node in the middle, whatever the zoom: the scene reaches a screenful past it.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    setSceneRect(sceneRect().united(QRectF(item->pos() - QPointF(visible.width(), visible.height()), visible.size() * 2)));
    centerOn(item->pos());
}

QString TraceCanvas::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (!m_graph || needle.size() < 4)
        return {};
    QStringList keys = m_nodes.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const CanvasNode &x = m_nodes[a];
        const CanvasNode &y = m_nodes[b];
        return x.layer != y.layer ? x.layer < y.layer : x.pos.y() < y.pos.y();
    });
    auto hit = [&](const QString &value) { return value.contains(needle, Qt::CaseInsensitive); };
    for (const QString &key : std::as_const(keys)) {
        const CanvasNode &n = m_nodes[key];
        bool match = n.kind == CanvasNode::Kind::Transaction ? hit(m_graph->txid(n.id)) : hit(m_graph->addressText(n.id));
        if (!match && n.kind == CanvasNode::Kind::Address) // a transfer id finds who received it
            for (int t : m_transfersTo[size_t(n.id)])
                match = match || hit(m_graph->transferText(t));
        if (match) {
            selectNode(key);
            return key;
        }
    }
    return {};
}

void TraceCanvas::setTaint(const TaintResult *taint)
{
    m_taint = taint;
    m_txTaint.clear();
    if (m_graph && m_taint && m_taint->ok()) {
        m_txTaint.assign(m_graph->transactions().size(), 0.0);
        for (const TaintHop &hop : m_taint->hops)
            if (!hop.transfer && hop.index >= 0)
                m_txTaint[size_t(hop.index)] += hop.taint;
    }
    refreshItems();
    m_scene->update();
}

NodeGroup TraceCanvas::groupOf(const QString &category)
{
    const QString c = category.toLower();
    if (c == u"victim")
        return NodeGroup::Victim;
    if (c == u"scam" || c == u"perpetrator" || c == u"ransomware" || c == u"darknet-market" || c == u"suspect")
        return NodeGroup::Suspect;
    if (c == u"exchange")
        return NodeGroup::Exchange;
    if (c == u"mixer")
        return NodeGroup::Mixer;
    if (c == u"otc")
        return NodeGroup::Otc;
    if (c.isEmpty() || c == u"unknown")
        return NodeGroup::Unknown;
    return NodeGroup::Service;
}

QString TraceCanvas::groupName(NodeGroup group)
{
    switch (group) {
    case NodeGroup::Victim: return tr("Victim");
    case NodeGroup::Suspect: return tr("Suspect");
    case NodeGroup::Exchange: return tr("Exchange");
    case NodeGroup::Mixer: return tr("Mixer");
    case NodeGroup::Otc: return tr("OTC desk");
    case NodeGroup::Service: return tr("Other service");
    case NodeGroup::Unknown: return tr("Unlabelled");
    }
    return {};
}

QColor TraceCanvas::groupColor(NodeGroup group)
{
    const bool dark = darkTheme();
    switch (group) {
    case NodeGroup::Victim: return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case NodeGroup::Suspect: return dark ? QColor(0xef, 0x6c, 0x5a) : QColor(0xc6, 0x28, 0x28);
    case NodeGroup::Exchange: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case NodeGroup::Mixer: return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
    case NodeGroup::Otc: return dark ? QColor(0x4d, 0xd0, 0xc0) : QColor(0x00, 0x79, 0x6b);
    case NodeGroup::Service: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa1, 0x5c, 0x00);
    case NodeGroup::Unknown: return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
    return {};
}

NodeGroup TraceCanvas::groupOfAddress(int address) const
{
    const QList<int> tags = m_graph ? m_graph->tagsOf(address) : QList<int>{};
    if (tags.isEmpty())
        return NodeGroup::Unknown;
    return groupOf(m_graph->caseFile().tags[tags.first()].category);
}

QString TraceCanvas::formatAmount(qint64 baseUnits, int asset) const
{
    QString symbol;
    int decimals = 0;
    if (m_graph && asset >= 0 && size_t(asset) < m_graph->assets().size()) {
        const QString id = m_graph->assets()[size_t(asset)].id;
        if (const Chain *c = m_graph->caseFile().chain(id)) {
            symbol = c->symbol;
            decimals = c->decimals;
        } else if (const Token *t = m_graph->caseFile().token(id)) {
            symbol = t->symbol;
            decimals = t->decimals;
        }
    }
    QString whole = QLocale().toString(qlonglong(baseUnits / qint64(std::pow(10, decimals))));
    if (decimals > 0) {
        const qint64 frac = std::llabs(baseUnits % qint64(std::pow(10, decimals)));
        QString f = QStringLiteral("%1").arg(frac, decimals, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        if (!f.isEmpty())
            whole += QLocale().decimalPoint() + f;
    }
    return symbol.isEmpty() ? whole : whole + QLatin1Char(' ') + symbol;
}

QString TraceCanvas::shortText(const QString &text)
{
    return text.size() <= 16 ? text : text.left(8) + QChar(0x2026) + text.right(6);
}

void TraceCanvas::refreshItems()
{
    for (auto it = m_nodeItems.begin(); it != m_nodeItems.end(); ++it)
        refreshItem(it.key(), it.value());
}

void TraceCanvas::refreshItem(const QString &key, TraceNodeItem *item)
{
    if (!m_graph)
        return;
    const CaseFile &c = m_graph->caseFile();
    const bool taintShown = m_taint && m_taint->ok();
    {
        const CanvasNode &n = m_nodes[key];
        QString taintText;
        double share = 0;
        if (n.kind == CanvasNode::Kind::Transaction) {
            const TraceGraph::Tx &t = m_graph->transactions()[size_t(n.id)];
            const QString txid = m_graph->txid(n.id);
            item->setTexts(tr("tx %1").arg(shortText(txid)), formatTime(t.time).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                 ui::Theme::muted(), tr("Transaction %1").arg(txid));
            if (taintShown && size_t(n.id) < m_txTaint.size() && m_txTaint[size_t(n.id)] > 0)
                taintText = formatAmount(wholeUnits(m_txTaint[size_t(n.id)]), m_taint->sourceAsset);
        } else {
            const QList<int> tags = m_graph->tagsOf(n.id);
            const NodeGroup g = groupOfAddress(n.id);
            QString subtitle = groupName(g);
            if (!tags.isEmpty())
                subtitle = c.tags[tags.first()].label;
            const QString address = m_graph->addressText(n.id);
            item->setTexts(shortText(address), subtitle, groupColor(g),
                                 QStringLiteral("%1\n%2 (%3)").arg(address, subtitle, groupName(g)));
            if (taintShown)
                if (const AddressTaint *at = m_taint->forAddress(n.id); at && at->received > 0) {
                    taintText = tr("tainted %1").arg(formatAmount(wholeUnits(at->received), m_taint->sourceAsset));
                    share = at->heldValue > 0 ? at->share() : 1.0;
                }
        }
        item->setTaint(taintText, share);
        item->update();
    }
}

void TraceCanvas::scaleBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.01 || next > 6)
        return;
    scale(factor, factor);
    updateDetail();
}

void TraceCanvas::updateDetail()
{
    // Zoomed out too far to read, the edges are drawn by the one overview item: the thousands of
    // single edges are hidden so that a repaint does not even visit them.
    const bool low = zoom() < kReadableDetail;
    if (low == m_lowDetail)
        return;
    m_lowDetail = low;
    for (TraceEdgeItem *item : std::as_const(m_edgeItems))
        item->setVisible(!low);
}

void TraceCanvas::zoomIn()
{
    scaleBy(1.25);
}

void TraceCanvas::zoomOut()
{
    scaleBy(0.8);
}

qreal TraceCanvas::zoom() const
{
    return transform().m11();
}

void TraceCanvas::zoomToFit()
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    m_scene->setSceneRect(r.adjusted(-2000, -2000, 2000, 2000));
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.0) // never larger than life: a small graph stays readable at its own size
        setTransform(QTransform());
    centerOn(r.center());
    updateDetail();
}

QImage TraceCanvas::renderImage(qreal scale) const
{
    const QRectF r = m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (r.isEmpty())
        return {};
    scale = std::min({scale, 8000.0 / r.width(), 8000.0 / r.height()});
    QImage image((r.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(QApplication::palette().color(QPalette::Base));
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (m_lowDetail)
        for (TraceEdgeItem *item : std::as_const(m_edgeItems))
            item->setVisible(true);
    m_scene->render(&p, QRectF(QPointF(0, 0), QSizeF(image.size())), r);
    if (m_lowDetail)
        for (TraceEdgeItem *item : std::as_const(m_edgeItems))
            item->setVisible(false);
    return image;
}

bool TraceCanvas::exportPng(const QString &path, QString *error) const
{
    const QImage image = renderImage(2.0);
    if (image.isNull()) {
        if (error)
            *error = tr("There is nothing on the canvas to export.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("The image could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void TraceCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(delta > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

void TraceCanvas::moveSelection(int dx, int dy)
{
    const QString current = selectedKey();
    if (current.isEmpty()) {
        // Nothing selected yet: start at the leftmost, topmost node.
        QString first;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            if (first.isEmpty() || it->layer < m_nodes[first].layer
                || (it->layer == m_nodes[first].layer && it->pos.y() < m_nodes[first].pos.y()))
                first = it.key();
        selectNode(first);
        return;
    }
    const CanvasNode here = m_nodes.value(current);
    QString best;
    qreal bestScore = 1e18;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.key() == current)
            continue;
        const qreal ddx = it->pos.x() - here.pos.x();
        const qreal ddy = it->pos.y() - here.pos.y();
        if (dx != 0 && (it->layer != here.layer + dx))
            continue;
        if (dy != 0 && (it->layer != here.layer || ddy * dy <= 0))
            continue;
        const qreal score = std::abs(ddy) + std::abs(ddx) * 0.01;
        if (score < bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    if (!best.isEmpty())
        selectNode(best);
}

void TraceCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        expandSelected();
        event->accept();
        return;
    case Qt::Key_Left: moveSelection(-1, 0); event->accept(); return;
    case Qt::Key_Right: moveSelection(1, 0); event->accept(); return;
    case Qt::Key_Up: moveSelection(0, -1); event->accept(); return;
    case Qt::Key_Down: moveSelection(0, 1); event->accept(); return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TraceCanvas::paintEvent(QPaintEvent *event)
{
    updateDetail(); // whoever changed the zoom, single edges show exactly when they are readable
    QGraphicsView::paintEvent(event);
}

void TraceCanvas::mousePressEvent(QMouseEvent *event)
{
    QGraphicsView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem *item : items(event->position().toPoint()))
        if (auto *node = dynamic_cast<TraceNodeItem *>(item)) {
            const QString key = node->key();
            m_scene->clearSelection();
            node->setSelected(true);
            expand(key);
            return;
        }
}

} // namespace cca::tracing
