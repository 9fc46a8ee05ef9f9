#include "tracing/widgets/tracecanvas.h"

#include "tracing/ledger.h"

#include "tracing/changeheuristics.h"
#include "ui/uihelpers.h"
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
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
#include <limits>

namespace cca::tracing {

namespace {

constexpr qreal kAddressWidth = 216;
constexpr qreal kAddressHeight = 54;
constexpr qreal kTxWidth = 168;
constexpr qreal kTxHeight = 40;
constexpr qreal kPeelStep = 250; // one hop along a peel chain
constexpr qreal kNoteHeight = 22; // the officer's tags above a node

bool darkTheme()
{
    return ui::Theme::current() == ui::Theme::Mode::Dark;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString layoutId(CanvasLayout layout)
{
    switch (layout) {
    case CanvasLayout::Automatic: return QStringLiteral("automatic");
    case CanvasLayout::Columns: return QStringLiteral("columns");
    case CanvasLayout::PeelChain: return QStringLiteral("peel-chain");
    }
    return {};
}

CanvasLayout layoutFromId(const QString &id)
{
    if (id == u"columns")
        return CanvasLayout::Columns;
    if (id == u"peel-chain")
        return CanvasLayout::PeelChain;
    return CanvasLayout::Automatic;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Items

class TraceNodeItem : public QGraphicsItem
{
public:
    TraceNodeItem(const QString &key, CanvasNode::Kind kind) : m_key(key), m_kind(kind)
    {
        setFlags(ItemIsSelectable | ItemIsFocusable);
        setAcceptHoverEvents(false);
        setZValue(1);
    }
    QString key() const { return m_key; }
    QSizeF size() const
    {
        return m_kind == CanvasNode::Kind::Transaction ? QSizeF(kTxWidth, kTxHeight) : QSizeF(kAddressWidth, kAddressHeight);
    }
    QRectF boundingRect() const override
    {
        const QSizeF s = size();
        const qreal above = m_noteText.isEmpty() ? 0 : kNoteHeight;
        const qreal stack = m_kind == CanvasNode::Kind::Cluster ? 8 : 0;
        return QRectF(-s.width() / 2 - 4, -s.height() / 2 - 4 - above - stack, s.width() + 8 + stack,
                      s.height() + 8 + above + stack + (m_taintText.isEmpty() ? 0 : 20));
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
    // The officer's tags (and a pen mark when there is a note), drawn above the node.
    void setNote(const QString &text)
    {
        prepareGeometryChange();
        m_noteText = text;
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
        const QBrush fill = blend(pal.color(QPalette::Base), m_color, darkTheme() ? 0.30 : 0.14);
        const qreal radius = m_kind == CanvasNode::Kind::Transaction ? 4 : 10;
        if (m_kind == CanvasNode::Kind::Cluster) {
            // A stack of cards: several addresses shown as one.
            p->setPen(QPen(m_color, 1.2));
            p->setBrush(fill);
            p->drawRoundedRect(r.translated(8, -8), radius, radius);
            p->drawRoundedRect(r.translated(4, -4), radius, radius);
        }
        p->setPen(QPen(selected ? ui::Theme::accent() : m_color, selected ? 3.5 : 1.6));
        p->setBrush(fill);
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
        p->drawText(text, Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(mono).elidedText(m_title, Qt::ElideRight, text.width()));
        QFont small = QApplication::font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p->setFont(small);
        const QFontMetricsF fm(small);
        const QString sub = fm.elidedText(m_subtitle, Qt::ElideRight, text.width());
        p->drawText(text, Qt::AlignLeft | Qt::AlignBottom, sub);
        if (!m_taintText.isEmpty()) {
            const qreal w = fm.horizontalAdvance(m_taintText) + 14;
            const QRectF badge(r.right() - w, r.bottom() + 3, w, fm.height() + 4);
            p->setPen(Qt::NoPen);
            p->setBrush(ui::Theme::danger());
            p->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            p->setPen(Qt::white);
            p->drawText(badge, Qt::AlignCenter, m_taintText);
        }
        if (!m_noteText.isEmpty()) {
            const QString shown = fm.elidedText(m_noteText, Qt::ElideRight, r.width() - 14);
            const qreal w = fm.horizontalAdvance(shown) + 14;
            const QRectF badge(r.left(), r.top() - fm.height() - 7, w, fm.height() + 4);
            p->setPen(QPen(ui::Theme::accent(), 1.2));
            p->setBrush(pal.color(QPalette::Base));
            p->drawRoundedRect(badge, 4, 4);
            p->setPen(pal.color(QPalette::Text));
            p->drawText(badge, Qt::AlignCenter, shown);
        }
    }

private:
    QString m_key;
    CanvasNode::Kind m_kind;
    QString m_title;
    QString m_subtitle;
    QColor m_color;
    QString m_taintText;
    QString m_noteText;
    double m_share = 0;
};

class TraceEdgeItem : public QGraphicsItem
{
public:
    TraceEdgeItem(const QPointF &from, const QPointF &to, qreal width, const QString &label, bool bridge)
        : m_end(to), m_width(width), m_label(label), m_bridge(bridge)
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
// The undoable steps: each says what it did as JSON, so a canvas's history can be replayed on a
// new canvas (saveState / restoreState).

namespace {

class CanvasCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    virtual QJsonObject toJson() const = 0;
};

class ExpandCommand : public CanvasCommand
{
public:
    ExpandCommand(TraceCanvas *canvas, const QString &key, QList<QPair<QString, CanvasNode>> nodes, QList<CanvasEdge> edges,
                  const QString &text)
        : CanvasCommand(text), m_canvas(canvas), m_key(key), m_nodes(std::move(nodes)), m_edges(std::move(edges))
    {
    }
    void redo() override
    {
        for (const auto &n : std::as_const(m_nodes))
            m_canvas->addNode(n.first, n.second);
        for (const CanvasEdge &e : std::as_const(m_edges))
            m_canvas->addEdge(e);
        m_canvas->setExpanded(m_key, true);
        m_canvas->syncView();
    }
    void undo() override
    {
        for (const CanvasEdge &e : std::as_const(m_edges))
            m_canvas->removeEdge(e);
        for (const auto &n : std::as_const(m_nodes))
            m_canvas->removeNode(n.first);
        m_canvas->setExpanded(m_key, false);
        m_canvas->syncView();
    }
    QJsonObject toJson() const override { return {{QStringLiteral("do"), QStringLiteral("expand")}, {QStringLiteral("node"), m_key}}; }
    QString key() const { return m_key; }

private:
    TraceCanvas *m_canvas;
    QString m_key;
    QList<QPair<QString, CanvasNode>> m_nodes;
    QList<CanvasEdge> m_edges;
};

class ClusterCommand : public CanvasCommand
{
public:
    ClusterCommand(TraceCanvas *canvas, int representative, bool collapse, const QString &text)
        : CanvasCommand(text), m_canvas(canvas), m_representative(representative), m_collapse(collapse)
    {
    }
    void redo() override
    {
        m_canvas->setCollapsed(m_representative, m_collapse);
        m_canvas->syncView();
    }
    void undo() override
    {
        m_canvas->setCollapsed(m_representative, !m_collapse);
        m_canvas->syncView();
    }
    QJsonObject toJson() const override
    {
        return {{QStringLiteral("do"), m_collapse ? QStringLiteral("collapse") : QStringLiteral("uncollapse")},
                {QStringLiteral("cluster"), m_representative}};
    }

private:
    TraceCanvas *m_canvas;
    int m_representative;
    bool m_collapse;
};

class NoteCommand : public CanvasCommand
{
public:
    NoteCommand(TraceCanvas *canvas, const QString &ref, const NodeNote &before, const NodeNote &after, const QString &text)
        : CanvasCommand(text), m_canvas(canvas), m_ref(ref), m_before(before), m_after(after)
    {
    }
    void redo() override { m_canvas->setNote(m_ref, m_after); }
    void undo() override { m_canvas->setNote(m_ref, m_before); }
    QJsonObject toJson() const override
    {
        return {{QStringLiteral("do"), QStringLiteral("note")},
                {QStringLiteral("node"), m_ref},
                {QStringLiteral("before"), m_before.toJson()},
                {QStringLiteral("after"), m_after.toJson()}};
    }
    QString ref() const { return m_ref; }
    NodeNote before() const { return m_before; }

private:
    TraceCanvas *m_canvas;
    QString m_ref;
    NodeNote m_before;
    NodeNote m_after;
};

} // namespace

// ---------------------------------------------------------------------------------------------

TraceCanvas::TraceCanvas(QWidget *parent) : QGraphicsView(parent)
{
    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex); // items never move; the index costs more than it saves while expanding
    setScene(m_scene);
    m_undo = new QUndoStack(this);
    setObjectName(QStringLiteral("traceCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tracing graph"));
    setAccessibleDescription(tr("Click a node or press Enter to follow its money; arrow keys move between nodes; "
                                "N writes a note; the context menu collapses a cluster."));
    setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { emit selectedNodeChanged(selectedKey()); });
}

TraceCanvas::~TraceCanvas()
{
    m_scene->disconnect(this);
    m_undo->disconnect();
    m_undo->clear();
}

QString TraceCanvas::addressKey(int address)
{
    return QStringLiteral("a:%1").arg(address);
}

QString TraceCanvas::txKey(int tx)
{
    return QStringLiteral("t:%1").arg(tx);
}

QString TraceCanvas::clusterKey(int representative)
{
    return QStringLiteral("c:%1").arg(representative);
}

QString TraceCanvas::edgeKey(const CanvasEdge &edge)
{
    return edge.from + QLatin1Char('>') + edge.to + QLatin1Char('/') + QString::number(edge.asset) + (edge.bridge ? QStringLiteral("b") : QString());
}

void TraceCanvas::setGraph(const TraceGraph *graph)
{
    m_undo->clear();
    clearItems();
    m_scene->clear();
    m_lowDetail = false;
    m_nodes.clear();
    m_edges.clear();
    m_expanded.clear();
    m_expandedEmpty.clear();
    m_collapsed.clear();
    m_range.reset();
    m_span = {0, 0};
    m_annotations = CaseAnnotations();
    m_viewBuilt = false;
    m_viewDirty = false;
    m_effective = CanvasLayout::Columns;
    m_taint = nullptr;
    m_graph = graph;
    m_clustering.reset();
    m_clusterSize.clear();
    m_outputsTo.clear();
    m_transfersFrom.clear();
    m_transfersTo.clear();
    m_assetMax.clear();
    m_txTaint.clear();
    m_addressRangeTaint.clear();
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
    // The case's time span, for the time filter.
    bool first = true;
    auto widen = [&](qint64 t) {
        m_span = first ? qMakePair(t, t) : qMakePair(std::min(m_span.first, t), std::max(m_span.second, t));
        first = false;
    };
    for (const TraceGraph::Tx &t : m_graph->transactions())
        widen(t.time);
    for (const TraceGraph::Transfer &t : transfers)
        widen(t.time);
    // Common-input clusters, as `ccacademy-cli trace clusters` gives them by default.
    m_clustering = std::make_unique<Clustering>(Clustering::compute(*m_graph));
    m_clusterSize.assign(addresses, 0);
    for (size_t a = 0; a < addresses; ++a)
        ++m_clusterSize[size_t(m_clustering->clusterOf(int(a)))];
    showSource();
    syncView();
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
            addEdge({addressKey(payers[i]), tk, paid.value(payers[i]), asset, false, {{t.time, paid.value(payers[i])}}});
        }
        for (int o = 0; o < t.outputCount; ++o) {
            const TraceGraph::Output &out = m_graph->outputs()[size_t(t.firstOutput + o)];
            const QString ak = addressKey(out.address);
            if (!m_nodes.contains(ak))
                addNode(ak, {CanvasNode::Kind::Address, out.address, 2,
                             QPointF(2 * kColumnWidth, (o - (t.outputCount - 1) / 2.0) * kRowHeight)});
            addEdge({tk, ak, out.value, asset, false, {{t.time, out.value}}});
        }
        setExpanded(tk, true);
        return;
    }
    const int transfer = m_graph->transferId(source);
    if (transfer >= 0) {
        const TraceGraph::Transfer &t = m_graph->transfers()[size_t(transfer)];
        addNode(addressKey(t.from), {CanvasNode::Kind::Address, t.from, 0, QPointF(0, 0)});
        addNode(addressKey(t.to), {CanvasNode::Kind::Address, t.to, 1, QPointF(kColumnWidth, 0)});
        addEdge({addressKey(t.from), addressKey(t.to), t.value, t.asset, false, {{t.time, t.value}}});
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
    for (int tx : std::as_const(txOrder)) {
        const TraceGraph::Tx &t = m_graph->transactions()[size_t(tx)];
        out->append({-(tx + 1), {from, txKey(tx), spentBy.value(tx), m_graph->nativeAsset(t.chain), false, {{t.time, spentBy.value(tx)}}}});
    }
    QHash<QPair<int, int>, QList<QPair<qint64, qint64>>> paid;
    QList<QPair<int, int>> order;
    for (int t : m_transfersFrom[size_t(address)]) {
        const TraceGraph::Transfer &tr = m_graph->transfers()[size_t(t)];
        const QPair<int, int> k(tr.to, tr.asset);
        if (!paid.contains(k))
            order.append(k);
        paid[k].append({tr.time, tr.value});
    }
    for (const auto &k : std::as_const(order)) {
        qint64 sum = 0;
        for (const auto &part : paid.value(k))
            sum += part.second;
        out->append({k.first, {from, addressKey(k.first), sum, k.second, false, paid.value(k)}});
    }
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
            const TraceGraph::Tx &t = m_graph->transactions()[size_t(tx)];
            out->append({o.address, {from, addressKey(o.address), o.value, m_graph->nativeAsset(t.chain), true, {{t.time, o.value}}}});
            return;
        }
        const int transfer = m_graph->transferId(b.release);
        if (transfer >= 0) {
            const TraceGraph::Transfer &t = m_graph->transfers()[size_t(transfer)];
            out->append({t.to, {from, addressKey(t.to), t.value, t.asset, true, {{t.time, t.value}}}});
        }
    };
    for (int o : m_outputsTo[size_t(address)])
        release(m_graph->depositOfOutput(o));
    for (int t : m_transfersTo[size_t(address)])
        release(m_graph->depositOfTransfer(t));
}

bool TraceCanvas::expand(const QString &key)
{
    if (!m_graph)
        return false;
    if (key.startsWith(QLatin1String("c:"))) {
        // A collapsed cluster: follow the money of every address in it, as one step.
        const std::optional<CanvasNode> shown = shownNode(key);
        if (!shown)
            return false;
        QStringList members;
        for (const QString &m : clusterMembersOnCanvas(shown->id))
            if (!m_expanded.contains(m))
                members << m;
        if (members.isEmpty())
            return false;
        const int before = m_undo->count();
        const int index = m_undo->index();
        m_undo->beginMacro(tr("Expand the cluster of %1").arg(shortText(m_graph->addressText(shown->id))));
        bool any = false;
        for (const QString &m : std::as_const(members))
            any = expandNode(m) || any;
        m_undo->endMacro();
        if (!any && m_undo->count() > before && m_undo->index() == index + 1) {
            // An empty macro (nothing further from any address): take it off the stack again.
            const_cast<QUndoCommand *>(m_undo->command(index))->setObsolete(true);
            m_undo->undo();
        }
        return any;
    }
    return expandNode(key);
}

bool TraceCanvas::expandNode(const QString &key)
{
    if (!m_nodes.contains(key) || m_expanded.contains(key))
        return false;
    const CanvasNode parent = m_nodes.value(key);
    QList<QPair<int, CanvasEdge>> next;   // address id, or -(tx + 1): to the right
    QList<QPair<int, CanvasEdge>> before; // a transaction's other inputs: to the left
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
            next.append({a, {key, addressKey(a), paid.value(a), asset, false, {{t.time, paid.value(a)}}}});
        // Who else paid into it: spent together, so probably one wallet (common-input ownership).
        QHash<int, qint64> spent;
        QList<int> payers;
        for (int i = t.firstInput; i < t.firstInput + t.inputCount; ++i) {
            const TraceGraph::Output &in = m_graph->outputs()[size_t(m_graph->inputs()[size_t(i)])];
            if (!spent.contains(in.address))
                payers.append(in.address);
            spent[in.address] += in.value;
        }
        for (int a : std::as_const(payers))
            before.append({a, {addressKey(a), key, spent.value(a), asset, false, {{t.time, spent.value(a)}}}});
    } else {
        addressNeighbours(parent.id, &next);
    }
    // New nodes go one column to the right (inputs: to the left), near their parent, below whatever
    // that column holds.
    QHash<int, qreal> bottom;
    auto bottomOf = [&](int layer) {
        if (!bottom.contains(layer)) {
            qreal b = -1e12;
            for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
                if (it->layer == layer)
                    b = std::max(b, it->pos.y());
            bottom.insert(layer, b);
        }
        return bottom.value(layer);
    };
    QList<QPair<QString, CanvasNode>> nodes;
    QList<CanvasEdge> edges;
    auto place = [&](const QList<QPair<int, CanvasEdge>> &list, bool forward) {
        const int layer = parent.layer + (forward ? 1 : -1);
        int fresh = 0;
        for (const auto &n : list)
            if (!m_nodes.contains(forward ? n.second.to : n.second.from))
                ++fresh;
        int index = 0;
        for (const auto &n : list) {
            const CanvasEdge &e = n.second;
            if (m_edges.contains(edgeKey(e)))
                continue;
            const QString other = forward ? e.to : e.from;
            bool known = m_nodes.contains(other);
            for (const auto &added : std::as_const(nodes))
                known = known || added.first == other;
            if (!known) {
                const qreal desired = parent.pos.y() + (index - (fresh - 1) / 2.0) * kRowHeight;
                const qreal y = std::max(desired, bottomOf(layer) + kRowHeight);
                bottom[layer] = y;
                ++index;
                CanvasNode c;
                c.kind = n.first < 0 ? CanvasNode::Kind::Transaction : CanvasNode::Kind::Address;
                c.id = n.first < 0 ? -n.first - 1 : n.first;
                c.layer = layer;
                c.pos = QPointF(layer * kColumnWidth, y);
                nodes.append({other, c});
            }
            edges.append(e);
        }
    };
    place(next, true);
    place(before, false);
    if (nodes.isEmpty() && edges.isEmpty()) {
        // Nothing further (unspent, or everything already shown): nothing to undo either.
        setExpanded(key, true);
        if (!m_expandedEmpty.contains(key))
            m_expandedEmpty << key;
        return false;
    }
    const QString label = parent.kind == CanvasNode::Kind::Transaction ? shortText(m_graph->txid(parent.id))
                                                                        : shortText(m_graph->addressText(parent.id));
    m_undo->push(new ExpandCommand(this, key, nodes, edges, tr("Expand %1").arg(label)));
    // Bring what was added into view (scrolling only as far as needed).
    QRectF added;
    for (const auto &n : std::as_const(nodes))
        if (const std::optional<CanvasNode> s = shownNode(shownKey(n.first)))
            added = added.united(QRectF(s->pos - QPointF(kAddressWidth / 2, kAddressHeight / 2), QSizeF(kAddressWidth, kAddressHeight + 20)));
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

// ---------------------------------------------------------------------------------------------
// The model, changed by the undo commands; what is shown follows in syncView().

bool TraceCanvas::simpleView() const
{
    return m_collapsed.isEmpty() && !m_range && m_effective == CanvasLayout::Columns;
}

void TraceCanvas::addNode(const QString &key, const CanvasNode &node)
{
    if (m_nodes.contains(key))
        return;
    m_nodes.insert(key, node);
    if (simpleView() && !m_viewBuilt) // the shown graph is the model: add the item at once
        createNodeItem(key, {node, {key}});
    else
        m_viewDirty = true;
    emit graphChanged();
}

void TraceCanvas::removeNode(const QString &key)
{
    m_nodes.remove(key);
    m_expanded.remove(key);
    if (simpleView() && !m_viewBuilt)
        delete m_nodeItems.take(key);
    else
        m_viewDirty = true;
    emit graphChanged();
}

void TraceCanvas::addEdge(const CanvasEdge &edge)
{
    const QString k = edgeKey(edge);
    if (m_edges.contains(k) || !m_nodes.contains(edge.from) || !m_nodes.contains(edge.to))
        return;
    m_edges.insert(k, edge);
    if (simpleView() && !m_viewBuilt)
        createEdgeItem(k, edge);
    else
        m_viewDirty = true;
}

void TraceCanvas::removeEdge(const CanvasEdge &edge)
{
    const QString k = edgeKey(edge);
    m_edges.remove(k);
    if (simpleView() && !m_viewBuilt) {
        delete m_edgeItems.take(k);
        if (m_overview)
            m_overview->removeLine(k);
    } else {
        m_viewDirty = true;
    }
}

void TraceCanvas::setExpanded(const QString &key, bool expanded)
{
    if (expanded) {
        m_expanded.insert(key, true);
    } else {
        m_expanded.remove(key);
        m_expandedEmpty.removeAll(key);
    }
    if (TraceNodeItem *item = m_nodeItems.value(key))
        item->update();
}

void TraceCanvas::setCollapsed(int representative, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(representative);
    else
        m_collapsed.remove(representative);
    m_viewDirty = true;
}

void TraceCanvas::setNote(const QString &ref, const NodeNote &note)
{
    m_annotations.set(ref, note);
    const QString key = modelKeyOfRef(ref);
    const QString shown = key.isEmpty() ? QString() : shownKey(key);
    if (TraceNodeItem *item = m_nodeItems.value(shown))
        refreshItem(shown, item);
    emit annotationsChanged();
    emit selectedNodeChanged(selectedKey()); // the side panel shows the note
}

void TraceCanvas::syncView()
{
    if (!m_graph)
        return;
    CanvasLayout effective = m_layoutMode;
    if (effective == CanvasLayout::Automatic)
        effective = m_nodes.size() <= kPeelChainLimit && looksLikePeelChain() ? CanvasLayout::PeelChain : CanvasLayout::Columns;
    const bool layoutChanged = effective != m_effective;
    m_effective = effective;
    const bool simple = simpleView();
    if (simple && !m_viewBuilt && !layoutChanged) {
        emit viewChanged(); // the items were kept up to date one by one
        return;
    }
    if (!simple && m_viewBuilt && !m_viewDirty && !layoutChanged)
        return;
    rebuildView();
    if (layoutChanged)
        zoomToFit();
}

void TraceCanvas::clearItems()
{
    for (TraceNodeItem *item : std::as_const(m_nodeItems))
        delete item;
    for (TraceEdgeItem *item : std::as_const(m_edgeItems))
        delete item;
    delete m_overview;
    m_overview = nullptr;
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_shown.clear();
    m_shownOf.clear();
    m_shownEdges.clear();
}

qint64 TraceCanvas::partsInRange(const CanvasEdge &edge) const
{
    if (!m_range || edge.parts.isEmpty())
        return edge.value;
    qint64 sum = 0;
    for (const auto &part : edge.parts)
        if (part.first >= m_range->first && part.first <= m_range->second)
            sum += part.second;
    return sum;
}

void TraceCanvas::rebuildView()
{
    // What was selected stays selected (or its cluster, or the address again out of its cluster).
    const QString selected = selectedKey();
    QStringList selectedMembers;
    if (const std::optional<CanvasNode> s = shownNode(selected))
        selectedMembers = s->kind == CanvasNode::Kind::Cluster ? clusterMembersOnCanvas(s->id) : QStringList{selected};
    const QSignalBlocker block(m_scene);
    clearItems();
    m_viewDirty = false;

    QHash<QString, QPair<QPointF, int>> positions;
    if (m_effective == CanvasLayout::PeelChain)
        positions = peelPositions(mainLine());
    QStringList keys = m_nodes.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const CanvasNode &x = m_nodes[a];
        const CanvasNode &y = m_nodes[b];
        return x.layer != y.layer ? x.layer < y.layer : (x.pos.y() != y.pos.y() ? x.pos.y() < y.pos.y() : a < b);
    });
    for (const QString &k : std::as_const(keys)) {
        const CanvasNode &n = m_nodes[k];
        if (m_range && n.kind == CanvasNode::Kind::Transaction) {
            const qint64 t = m_graph->transactions()[size_t(n.id)].time;
            if (t < m_range->first || t > m_range->second)
                continue; // outside the time range
        }
        CanvasNode at = n;
        if (positions.contains(k)) {
            at.pos = positions[k].first;
            at.layer = positions[k].second;
        }
        QString d = k;
        if (n.kind == CanvasNode::Kind::Address) {
            const int rep = clusterOf(n.id);
            if (rep >= 0 && m_collapsed.contains(rep)) {
                d = clusterKey(rep);
                at.kind = CanvasNode::Kind::Cluster;
                at.id = rep;
            }
        }
        auto it = m_shown.find(d);
        if (it == m_shown.end())
            it = m_shown.insert(d, {at, {}}); // the first member by column and row gives the place
        it->members << k;
        m_shownOf.insert(k, d);
    }
    QSet<QString> connected;
    QSet<QString> hadEdges;
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        const CanvasEdge &e = *it;
        hadEdges.insert(e.from);
        hadEdges.insert(e.to);
        const QString from = m_shownOf.value(e.from);
        const QString to = m_shownOf.value(e.to);
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue; // an end hidden, or money moving inside one cluster
        const qint64 value = partsInRange(e);
        if (m_range && value == 0)
            continue;
        CanvasEdge shown{from, to, 0, e.asset, e.bridge, {}};
        auto agg = m_shownEdges.find(edgeKey(shown));
        if (agg == m_shownEdges.end())
            agg = m_shownEdges.insert(edgeKey(shown), shown);
        agg->value += value;
        for (const auto &part : e.parts)
            if (!m_range || (part.first >= m_range->first && part.first <= m_range->second))
                agg->parts.append(part);
        connected.insert(from);
        connected.insert(to);
    }
    if (m_range) {
        // Nodes the range left without any shown edge go too (a node that never had one stays).
        for (auto it = m_shown.begin(); it != m_shown.end();) {
            bool had = false;
            for (const QString &m : std::as_const(it->members))
                had = had || hadEdges.contains(m);
            if (had && !connected.contains(it.key())) {
                for (const QString &m : std::as_const(it->members))
                    m_shownOf.remove(m);
                it = m_shown.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
        createNodeItem(it.key(), *it);
    for (auto it = m_shownEdges.cbegin(); it != m_shownEdges.cend(); ++it)
        createEdgeItem(it.key(), *it);
    m_viewBuilt = !simpleView();
    if (!m_viewBuilt) {
        // Back to the plain view: the items mirror the model again and follow it one by one.
        m_shown.clear();
        m_shownOf.clear();
        m_shownEdges.clear();
    }
    const QRectF all = m_scene->itemsBoundingRect();
    if (!all.isEmpty())
        m_scene->setSceneRect(m_scene->sceneRect().united(all.adjusted(-2000, -2000, 2000, 2000)));
    updateRangeTaint();
    refreshItems();
    QString again = m_nodeItems.contains(selected) ? selected : QString();
    for (const QString &m : std::as_const(selectedMembers))
        if (again.isEmpty())
            again = shownKey(m);
    if (TraceNodeItem *item = m_nodeItems.value(again)) {
        item->setSelected(true);
        item->setFocus();
    }
    emit viewChanged();
    if (again != selected)
        emit selectedNodeChanged(again);
}

void TraceCanvas::createNodeItem(const QString &key, const ShownNode &shown)
{
    auto *item = new TraceNodeItem(key, shown.node.kind);
    item->setPos(shown.node.pos);
    m_scene->addItem(item);
    m_nodeItems.insert(key, item);
    refreshItem(key, item);
}

void TraceCanvas::createEdgeItem(const QString &k, const CanvasEdge &edge)
{
    const std::optional<CanvasNode> fromNode = shownNode(edge.from);
    const std::optional<CanvasNode> toNode = shownNode(edge.to);
    if (!fromNode || !toNode)
        return;
    const CanvasNode &from = *fromNode;
    const CanvasNode &to = *toNode;
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

// ---------------------------------------------------------------------------------------------
// What is shown

QString TraceCanvas::shownKey(const QString &key) const
{
    if (key.startsWith(QLatin1String("c:")))
        return m_nodeItems.contains(key) ? key : QString();
    if (m_viewBuilt)
        return m_shownOf.value(key);
    return m_nodes.contains(key) ? key : QString();
}

QStringList TraceCanvas::shownKeys() const
{
    return m_nodeItems.keys();
}

std::optional<CanvasNode> TraceCanvas::shownNode(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    if (m_viewBuilt || key.startsWith(QLatin1String("c:"))) {
        auto it = m_shown.constFind(key);
        if (it == m_shown.cend())
            return std::nullopt;
        return it->node;
    }
    return node(key);
}

qint64 TraceCanvas::shownValue(const QString &from, const QString &to) const
{
    qint64 sum = 0;
    const QHash<QString, CanvasEdge> &edges = m_viewBuilt ? m_shownEdges : m_edges;
    for (const CanvasEdge &e : edges)
        if (e.from == from && e.to == to)
            sum += m_viewBuilt ? e.value : partsInRange(e);
    return sum;
}

double TraceCanvas::shownTaint(const QString &key) const
{
    if (!m_graph || !m_taint || !m_taint->ok())
        return 0;
    const std::optional<CanvasNode> n = shownNode(key);
    if (!n)
        return 0;
    if (n->kind == CanvasNode::Kind::Transaction)
        return size_t(n->id) < m_txTaint.size() ? m_txTaint[size_t(n->id)] : 0.0;
    auto received = [this](int address) {
        if (m_range)
            return size_t(address) < m_addressRangeTaint.size() ? m_addressRangeTaint[size_t(address)] : 0.0;
        const AddressTaint *at = m_taint->forAddress(address);
        return at ? at->received : 0.0;
    };
    if (n->kind == CanvasNode::Kind::Address)
        return received(n->id);
    double sum = 0;
    for (const QString &m : clusterMembersOnCanvas(n->id))
        sum += received(m_nodes.value(m).id);
    return sum;
}

void TraceCanvas::updateRangeTaint()
{
    m_addressRangeTaint.clear();
    if (!m_graph || !m_taint || !m_taint->ok() || !m_range)
        return;
    m_addressRangeTaint.assign(m_graph->addresses().size(), 0.0);
    for (const TaintHop &hop : m_taint->hops) {
        if (hop.address < 0 || hop.index < 0)
            continue;
        const qint64 t = hop.transfer ? m_graph->transfers()[size_t(hop.index)].time : m_graph->transactions()[size_t(hop.index)].time;
        if (t >= m_range->first && t <= m_range->second)
            m_addressRangeTaint[size_t(hop.address)] += hop.taint;
    }
}

// ---------------------------------------------------------------------------------------------
// Clusters

int TraceCanvas::clusterOf(int address) const
{
    if (!m_clustering || address < 0 || size_t(address) >= m_clusterSize.size())
        return -1;
    const int rep = m_clustering->clusterOf(address);
    return rep >= 0 && m_clusterSize[size_t(rep)] >= 2 ? rep : -1;
}

int TraceCanvas::clusterSize(int representative) const
{
    return representative >= 0 && size_t(representative) < m_clusterSize.size() ? m_clusterSize[size_t(representative)] : 0;
}

QStringList TraceCanvas::clusterMembersOnCanvas(int representative) const
{
    QStringList out;
    if (representative < 0)
        return out;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it->kind == CanvasNode::Kind::Address && clusterOf(it->id) == representative)
            out << it.key();
    std::sort(out.begin(), out.end(), [this](const QString &a, const QString &b) { return m_nodes[a].id < m_nodes[b].id; });
    return out;
}

int TraceCanvas::collapsibleCluster(const QString &key) const
{
    const std::optional<CanvasNode> n = shownNode(key);
    if (!n || n->kind != CanvasNode::Kind::Address)
        return -1;
    const int rep = clusterOf(n->id);
    return rep >= 0 && !m_collapsed.contains(rep) && clusterMembersOnCanvas(rep).size() >= 2 ? rep : -1;
}

int TraceCanvas::expandableCluster(const QString &key) const
{
    const std::optional<CanvasNode> n = shownNode(key);
    return n && n->kind == CanvasNode::Kind::Cluster ? n->id : -1;
}

bool TraceCanvas::collapseCluster(const QString &key)
{
    const int rep = collapsibleCluster(key);
    if (rep < 0)
        return false;
    m_undo->push(new ClusterCommand(this, rep, true, tr("Collapse the cluster of %1").arg(shortText(m_graph->addressText(rep)))));
    selectNode(clusterKey(rep));
    return true;
}

bool TraceCanvas::expandCluster(const QString &key)
{
    const int rep = expandableCluster(key);
    if (rep < 0)
        return false;
    const QStringList members = clusterMembersOnCanvas(rep);
    m_undo->push(new ClusterCommand(this, rep, false, tr("Expand the cluster of %1").arg(shortText(m_graph->addressText(rep)))));
    if (!members.isEmpty())
        selectNode(members.first());
    return true;
}

// ---------------------------------------------------------------------------------------------
// The time filter and the layouts

void TraceCanvas::setTimeRange(std::optional<QPair<qint64, qint64>> range)
{
    if (range && range->first <= m_span.first && range->second >= m_span.second)
        range.reset(); // the whole case: no filter
    if (range == m_range)
        return;
    m_range = range;
    m_viewDirty = true;
    syncView();
    if (!m_viewBuilt) // back to the plain view: the overlay counts all taint again
        refreshItems();
}

void TraceCanvas::setLayoutMode(CanvasLayout mode)
{
    m_layoutMode = mode;
    m_viewDirty = true;
    const CanvasLayout before = m_effective;
    syncView();
    if (before == m_effective) // syncView zooms to fit when the layout changed; the officer asked for it anyway
        zoomToFit();
}

QStringList TraceCanvas::mainLine() const
{
    // From the first payer, always along the largest payment not yet on the line.
    QHash<QString, QList<const CanvasEdge *>> out;
    for (const CanvasEdge &e : m_edges)
        out[e.from].append(&e);
    QString start;
    qint64 best = -1;
    int first = std::numeric_limits<int>::max(); // the source's payers (or, for a coinbase, the source itself)
    for (const CanvasNode &n : m_nodes)
        first = std::min(first, n.layer);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it->layer != first)
            continue;
        qint64 value = 0;
        for (const CanvasEdge *e : out.value(it.key()))
            value = std::max(value, e->value);
        if (value > best || (value == best && it.key() < start)) {
            best = value;
            start = it.key();
        }
    }
    QStringList line;
    QSet<QString> seen;
    for (QString at = start; !at.isEmpty() && !seen.contains(at);) {
        line << at;
        seen.insert(at);
        const CanvasEdge *next = nullptr;
        for (const CanvasEdge *e : out.value(at))
            if (!seen.contains(e->to) && (!next || e->value > next->value || (e->value == next->value && e->to < next->to)))
                next = e;
        at = next ? next->to : QString();
    }
    return line;
}

bool TraceCanvas::looksLikePeelChain() const
{
    if (!m_graph || m_nodes.size() < 5)
        return false;
    const QStringList line = mainLine();
    int peels = 0;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const CanvasNode n = m_nodes.value(line[i]);
        if (n.kind != CanvasNode::Kind::Transaction)
            continue;
        const TraceGraph::Tx &t = m_graph->transactions()[size_t(n.id)];
        if (t.outputCount != 2)
            continue;
        const TraceGraph::Output &a = m_graph->outputs()[size_t(t.firstOutput)];
        const TraceGraph::Output &b = m_graph->outputs()[size_t(t.firstOutput + 1)];
        const int followed = m_nodes.value(line[i + 1]).id;
        const TraceGraph::Output &kept = a.address == followed ? a : b;
        const TraceGraph::Output &peeled = a.address == followed ? b : a;
        if (kept.address == followed && peeled.address != followed && kept.value >= 2 * peeled.value)
            ++peels;
    }
    if (peels < 3)
        return false;
    // Nearly everything on the line or one hop off it.
    const QSet<QString> onLine(line.cbegin(), line.cend());
    QSet<QString> near = onLine;
    for (const CanvasEdge &e : m_edges) {
        if (onLine.contains(e.from))
            near.insert(e.to);
        if (onLine.contains(e.to))
            near.insert(e.from);
    }
    return near.size() * 5 >= m_nodes.size() * 4;
}

QHash<QString, QPair<QPointF, int>> TraceCanvas::peelPositions(const QStringList &line) const
{
    // The line on row 0, one hop a column to the right; everything else below, in the column after
    // (or, for a payer into the line, before) the node that reaches it, in the first free row.
    QHash<QString, QPair<int, int>> cell; // column, row
    QHash<int, int> nextFree;
    QList<QString> queue;
    for (int i = 0; i < line.size(); ++i) {
        cell.insert(line[i], {i, 0});
        nextFree[i] = 1;
        queue << line[i];
    }
    QHash<QString, QList<QPair<QString, bool>>> neighbours; // other end, forward
    for (const CanvasEdge &e : m_edges) {
        neighbours[e.from].append({e.to, true});
        neighbours[e.to].append({e.from, false});
    }
    auto placeFrom = [&](const QString &u) {
        const QPair<int, int> at = cell.value(u);
        QList<QPair<QString, bool>> list = neighbours.value(u);
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        for (const auto &n : std::as_const(list)) {
            if (cell.contains(n.first))
                continue;
            const int column = at.first + (n.second ? 1 : -1);
            const int row = std::max({at.second, nextFree.value(column, 0), 1});
            nextFree[column] = row + 1;
            cell.insert(n.first, {column, row});
            queue << n.first;
        }
    };
    for (int i = 0; i < queue.size(); ++i)
        placeFrom(queue[i]);
    // Anything not connected to the line (rare): under its own column.
    QStringList rest;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (!cell.contains(it.key()))
            rest << it.key();
    std::sort(rest.begin(), rest.end());
    for (const QString &k : std::as_const(rest)) {
        const int column = m_nodes.value(k).layer;
        const int row = std::max(nextFree.value(column, 0), 1);
        nextFree[column] = row + 1;
        cell.insert(k, {column, row});
    }
    QHash<QString, QPair<QPointF, int>> out;
    for (auto it = cell.cbegin(); it != cell.cend(); ++it)
        out.insert(it.key(), {QPointF(it->first * kPeelStep, it->second * kRowHeight), it->first});
    return out;
}

// ---------------------------------------------------------------------------------------------
// Notes and tags

void TraceCanvas::setAnnotations(const CaseAnnotations &annotations)
{
    m_annotations = annotations;
    refreshItems();
    emit selectedNodeChanged(selectedKey());
}

QString TraceCanvas::refOf(const QString &key) const
{
    if (!m_graph)
        return {};
    auto it = m_nodes.constFind(key);
    if (it == m_nodes.cend())
        return {};
    return it->kind == CanvasNode::Kind::Transaction ? CaseAnnotations::txRef(*m_graph, it->id) : CaseAnnotations::addressRef(*m_graph, it->id);
}

QString TraceCanvas::modelKeyOfRef(const QString &ref) const
{
    if (!m_graph)
        return {};
    const CaseAnnotations::Target target = CaseAnnotations::resolve(*m_graph, ref);
    if (target.id < 0)
        return {};
    return target.address ? addressKey(target.id) : txKey(target.id);
}

bool TraceCanvas::annotate(const QString &key, const NodeNote &note)
{
    const QString ref = refOf(key);
    if (ref.isEmpty())
        return false;
    NodeNote clean{CaseAnnotations::cleanNote(note.note), CaseAnnotations::parseTags(note.tags.join(QLatin1Char(',')))};
    const NodeNote before = m_annotations.get(ref);
    if (clean == before || (clean.isEmpty() && before.isEmpty()))
        return false;
    const QString label = shortText(m_nodes.value(key).kind == CanvasNode::Kind::Transaction ? m_graph->txid(m_nodes.value(key).id)
                                                                                             : m_graph->addressText(m_nodes.value(key).id));
    m_undo->push(new NoteCommand(this, ref, before, clean, tr("Note on %1").arg(label)));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Saving and restoring the officer's work on this canvas

QJsonObject TraceCanvas::saveState() const
{
    QJsonArray commands;
    CaseAnnotations base = m_annotations; // the notes before the first step on the stack
    for (int i = 0; i < m_undo->count(); ++i) {
        const QUndoCommand *command = m_undo->command(i);
        if (const auto *c = dynamic_cast<const CanvasCommand *>(command)) {
            commands.append(c->toJson());
        } else if (command->childCount() > 0) { // a cluster's expansions, one step
            QJsonArray nodes;
            for (int j = 0; j < command->childCount(); ++j)
                if (const auto *e = dynamic_cast<const ExpandCommand *>(command->child(j)))
                    nodes.append(e->key());
            commands.append(QJsonObject{{QStringLiteral("do"), QStringLiteral("expand-all")}, {QStringLiteral("nodes"), nodes}});
        }
    }
    for (int i = m_undo->index() - 1; i >= 0; --i)
        if (const auto *note = dynamic_cast<const NoteCommand *>(m_undo->command(i)))
            base.set(note->ref(), note->before());
    QJsonObject state{{QStringLiteral("commands"), commands},
                      {QStringLiteral("index"), m_undo->index()},
                      {QStringLiteral("layout"), layoutId(m_layoutMode)},
                      {QStringLiteral("annotations"), base.toJson()},
                      {QStringLiteral("expandedEmpty"), QJsonArray::fromStringList(m_expandedEmpty)},
                      {QStringLiteral("zoom"), zoom()}};
    if (m_range)
        state.insert(QStringLiteral("range"), QJsonArray{double(m_range->first), double(m_range->second)});
    const QString selected = selectedKey();
    if (!selected.isEmpty())
        state.insert(QStringLiteral("selected"), selected);
    const QPointF centre = mapToScene(viewport()->rect().center());
    state.insert(QStringLiteral("centre"), QJsonArray{centre.x(), centre.y()});
    return state;
}

bool TraceCanvas::restoreState(const QJsonObject &state)
{
    if (!m_graph)
        return false;
    bool ok = true;
    m_annotations = CaseAnnotations::fromJson(state.value(QStringLiteral("annotations")).toObject());
    m_layoutMode = layoutFromId(state.value(QStringLiteral("layout")).toString());
    const QJsonArray range = state.value(QStringLiteral("range")).toArray();
    if (range.size() == 2)
        m_range = qMakePair(qint64(range[0].toDouble()), qint64(range[1].toDouble()));
    m_viewDirty = true;
    syncView();
    const QJsonArray commands = state.value(QStringLiteral("commands")).toArray();
    for (const QJsonValue &v : commands) {
        const QJsonObject c = v.toObject();
        const QString what = c.value(QStringLiteral("do")).toString();
        if (what == u"expand") {
            ok = expand(c.value(QStringLiteral("node")).toString()) && ok;
        } else if (what == u"expand-all") {
            m_undo->beginMacro(tr("Expand the cluster"));
            for (const QJsonValue &n : c.value(QStringLiteral("nodes")).toArray())
                ok = expandNode(n.toString()) && ok;
            m_undo->endMacro();
        } else if (what == u"collapse" || what == u"uncollapse") {
            const int rep = c.value(QStringLiteral("cluster")).toInt(-1);
            if (rep < 0 || clusterSize(rep) < 2) {
                ok = false;
                continue;
            }
            m_undo->push(new ClusterCommand(this, rep, what == u"collapse",
                                            (what == u"collapse" ? tr("Collapse the cluster of %1") : tr("Expand the cluster of %1"))
                                                .arg(shortText(m_graph->addressText(rep)))));
        } else if (what == u"note") {
            const QString ref = c.value(QStringLiteral("node")).toString();
            m_undo->push(new NoteCommand(this, ref, NodeNote::fromJson(c.value(QStringLiteral("before")).toObject()),
                                         NodeNote::fromJson(c.value(QStringLiteral("after")).toObject()), tr("Note")));
        } else {
            ok = false;
        }
    }
    const int index = state.value(QStringLiteral("index")).toInt(m_undo->count());
    while (m_undo->index() > index && m_undo->canUndo())
        m_undo->undo();
    for (const QJsonValue &v : state.value(QStringLiteral("expandedEmpty")).toArray())
        if (m_nodes.contains(v.toString()) && !m_expanded.contains(v.toString())) {
            setExpanded(v.toString(), true);
            m_expandedEmpty << v.toString();
        }
    syncView();
    refreshItems();
    const double z = state.value(QStringLiteral("zoom")).toDouble(0);
    if (z > 0.01 && z < 6)
        setTransform(QTransform::fromScale(z, z));
    const QJsonArray centre = state.value(QStringLiteral("centre")).toArray();
    if (centre.size() == 2)
        centerOn(QPointF(centre[0].toDouble(), centre[1].toDouble()));
    const QString selected = state.value(QStringLiteral("selected")).toString();
    if (TraceNodeItem *item = m_nodeItems.value(selected)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    updateDetail();
    return ok;
}

// ---------------------------------------------------------------------------------------------

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
        item = m_nodeItems.value(shownKey(key));
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
        if (!isShown(key))
            continue; // hidden by the time filter
        bool match = n.kind == CanvasNode::Kind::Transaction ? hit(m_graph->txid(n.id)) : hit(m_graph->addressText(n.id));
        if (!match && n.kind == CanvasNode::Kind::Address) // a transfer id finds who received it
            for (int t : m_transfersTo[size_t(n.id)])
                match = match || hit(m_graph->transferText(t));
        if (match) {
            selectNode(key);
            return shownKey(key);
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
    updateRangeTaint();
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
    return m_graph ? tracing::formatAmount(*m_graph, baseUnits, asset) : QLocale().toString(qlonglong(baseUnits));
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
    const std::optional<CanvasNode> shown = shownNode(key);
    if (!m_graph || !shown)
        return;
    const CaseFile &c = m_graph->caseFile();
    const bool taintShown = m_taint && m_taint->ok();
    const CanvasNode &n = *shown;
    QString taintText;
    double share = 0;
    QStringList tags;
    bool noted = false;
    auto gather = [&](const QString &modelKey) {
        const NodeNote note = noteOf(modelKey);
        for (const QString &t : note.tags)
            if (!tags.contains(t))
                tags << t;
        noted = noted || !note.note.trimmed().isEmpty();
    };
    if (n.kind == CanvasNode::Kind::Transaction) {
        const TraceGraph::Tx &t = m_graph->transactions()[size_t(n.id)];
        const QString txid = m_graph->txid(n.id);
        item->setTexts(tr("tx %1").arg(shortText(txid)), formatTime(t.time).replace(QLatin1Char('T'), QLatin1Char(' ')),
                       ui::Theme::muted(), tr("Transaction %1").arg(txid));
        if (taintShown && shownTaint(key) > 0)
            taintText = formatAmount(wholeUnits(shownTaint(key)), m_taint->sourceAsset);
        gather(key);
    } else if (n.kind == CanvasNode::Kind::Address) {
        const QList<int> caseTags = m_graph->tagsOf(n.id);
        const NodeGroup g = groupOfAddress(n.id);
        QString subtitle = groupName(g);
        if (!caseTags.isEmpty())
            subtitle = c.tags[caseTags.first()].label;
        const QString address = m_graph->addressText(n.id);
        item->setTexts(shortText(address), subtitle, groupColor(g), QStringLiteral("%1\n%2 (%3)").arg(address, subtitle, groupName(g)));
        if (taintShown && shownTaint(key) > 0) {
            taintText = tr("tainted %1").arg(formatAmount(wholeUnits(shownTaint(key)), m_taint->sourceAsset));
            const AddressTaint *at = m_taint->forAddress(n.id);
            // The bar is what is held at the end of the case: shown only without a time range.
            share = m_range || !at ? 0.0 : (at->heldValue > 0 ? at->share() : 1.0);
        }
        gather(key);
    } else {
        // A collapsed cluster: named after its first tagged address, coloured by its tag.
        const QStringList members = clusterMembersOnCanvas(n.id);
        NodeGroup g = NodeGroup::Unknown;
        QString label;
        QStringList lines;
        double held = 0;
        double heldValue = 0;
        for (const QString &m : members) {
            const int a = m_nodes.value(m).id;
            const QList<int> caseTags = m_graph->tagsOf(a);
            if (label.isEmpty() && !caseTags.isEmpty()) {
                label = c.tags[caseTags.first()].label;
                g = groupOfAddress(a);
            }
            lines << m_graph->addressText(a);
            if (taintShown)
                if (const AddressTaint *at = m_taint->forAddress(a)) {
                    held += at->held;
                    heldValue += at->heldValue;
                }
            gather(m);
        }
        const QString subtitle = label.isEmpty() ? groupName(g) : label;
        item->setTexts(tr("Cluster: %n address(es)", nullptr, int(members.size())), subtitle, groupColor(g),
                       tr("Common-input cluster: %1 addresses in the case, %2 on the graph (spent together, so probably one "
                          "wallet)\n%3")
                           .arg(clusterSize(n.id))
                           .arg(members.size())
                           .arg(lines.join(QLatin1Char('\n'))));
        if (taintShown && shownTaint(key) > 0) {
            taintText = tr("tainted %1").arg(formatAmount(wholeUnits(shownTaint(key)), m_taint->sourceAsset));
            share = m_range ? 0.0 : (heldValue > 0 ? std::min(1.0, held / heldValue) : 1.0);
        }
    }
    QString noteText = tags.join(QStringLiteral(", "));
    if (noted)
        noteText = noteText.isEmpty() ? tr("✎ note") : QStringLiteral("✎ ") + noteText;
    item->setNote(noteText);
    item->setTaint(taintText, share);
    item->update();
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
    const QStringList keys = shownKeys();
    if (current.isEmpty()) {
        // Nothing selected yet: start at the leftmost, topmost node.
        QString first;
        CanvasNode best;
        for (const QString &k : keys) {
            const CanvasNode n = *shownNode(k);
            if (first.isEmpty() || n.layer < best.layer || (n.layer == best.layer && n.pos.y() < best.pos.y())) {
                first = k;
                best = n;
            }
        }
        selectNode(first);
        return;
    }
    const CanvasNode here = *shownNode(current);
    QString best;
    qreal bestScore = 1e18;
    for (const QString &k : keys) {
        if (k == current)
            continue;
        const CanvasNode n = *shownNode(k);
        const qreal ddx = n.pos.x() - here.pos.x();
        const qreal ddy = n.pos.y() - here.pos.y();
        if (dx != 0 && (n.layer != here.layer + dx))
            continue;
        if (dy != 0 && (n.layer != here.layer || ddy * dy <= 0))
            continue;
        const qreal score = std::abs(ddy) + std::abs(ddx) * 0.01;
        if (score < bestScore) {
            bestScore = score;
            best = k;
        }
    }
    if (!best.isEmpty())
        selectNode(best);
}

void TraceCanvas::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
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
    case Qt::Key_N:
        if (plain && !selectedKey().isEmpty()) {
            emit annotateRequested(selectedKey());
            event->accept();
            return;
        }
        break;
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

void TraceCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QString key;
    for (QGraphicsItem *item : items(event->pos()))
        if (auto *node = dynamic_cast<TraceNodeItem *>(item)) {
            key = node->key();
            m_scene->clearSelection();
            node->setSelected(true);
            break;
        }
    QMenu menu(this);
    if (!key.isEmpty()) {
        QAction *follow = menu.addAction(tr("Follow the money"), this, [this, key] { expand(key); });
        follow->setShortcut(QKeySequence(Qt::Key_Return));
        if (const int rep = collapsibleCluster(key); rep >= 0) {
            QAction *a = menu.addAction(tr("Collapse cluster (%n address(es) on the graph)", nullptr, int(clusterMembersOnCanvas(rep).size())),
                                        this, [this, key] { collapseCluster(key); });
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
        }
        if (expandableCluster(key) >= 0) {
            QAction *a = menu.addAction(tr("Expand cluster"), this, [this, key] { expandCluster(key); });
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        }
        if (!refOf(key).isEmpty()) {
            QAction *a = menu.addAction(tr("Note and tags…"), this, [this, key] { emit annotateRequested(key); });
            a->setShortcut(QKeySequence(Qt::Key_N));
        }
        menu.addSeparator();
    }
    QMenu *layouts = menu.addMenu(tr("Layout"));
    auto *group = new QActionGroup(layouts);
    for (const auto &entry : {qMakePair(CanvasLayout::Automatic, tr("Automatic")), qMakePair(CanvasLayout::Columns, tr("Columns by hop")),
                              qMakePair(CanvasLayout::PeelChain, tr("Peel chain"))}) {
        QAction *a = layouts->addAction(entry.second, this, [this, mode = entry.first] { setLayoutMode(mode); });
        a->setCheckable(true);
        a->setChecked(m_layoutMode == entry.first);
        group->addAction(a);
    }
    QAction *fit = menu.addAction(tr("Zoom to fit"), this, &TraceCanvas::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    menu.exec(event->globalPos());
    event->accept();
}

} // namespace cca::tracing
