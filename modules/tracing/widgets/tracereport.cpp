#include "tracing/widgets/tracereport.h"

#include "tracing/casefile.h"
#include "ui/pdfpages.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextOption>

#include <algorithm>

namespace cca::tracing {

namespace {

const QColor kText = ui::PrintStyle::text();
const QColor kMuted = ui::PrintStyle::muted();
const QColor kAccent = ui::PrintStyle::accent();
const QColor kDanger = ui::PrintStyle::danger();
const QColor kRule = ui::PrintStyle::rule();
const QColor kHeaderFill = ui::PrintStyle::headerFill();
const QColor kHeaderRule = ui::PrintStyle::headerRule();

QFont font(qreal pointSize, bool bold = false, bool mono = false)
{
    return ui::PrintStyle::font(pointSize, bold, mono);
}

// The shared page layout, with the trace report's framed images and its tables.
class Printer : public ui::PdfPages
{
public:
    using PdfPages::PdfPages;

    // The image scaled to the width, and down further to fit `maxHeight`.
    void image(const QImage &image, qreal maxHeight)
    {
        if (image.isNull())
            return;
        qreal w = width();
        qreal h = w * image.height() / image.width();
        if (h > maxHeight) {
            w *= maxHeight / h;
            h = maxHeight;
        }
        ensure(h);
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF target(m_area.left() + (width() - w) / 2, m_y, w, h);
        m_p.drawImage(target, image);
        m_p.setPen(QPen(kRule, pt(0.5)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(target);
        m_y += h;
    }

    // Columns as fractions of the width; the header again on every page the table runs onto.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<qreal> &fractions, const QList<bool> &mono)
    {
        const qreal padX = pt(3), padY = pt(2);
        const QFont headerFont = font(7.5, true);
        auto cellFont = [&](int c) { return font(7.5, false, mono.value(c)); };
        auto rowHeight = [&](const QStringList &cells, bool isHeader) {
            qreal h = QFontMetricsF(headerFont, &m_pdf).height();
            for (int c = 0; c < fractions.size(); ++c)
                if (!cells.value(c).isEmpty())
                    h = std::max(h, textHeight(cells.value(c), isHeader ? headerFont : cellFont(c), width() * fractions[c] - 2 * padX));
            return h + 2 * padY;
        };
        auto drawRow = [&](const QStringList &cells, bool isHeader, qreal h) {
            if (isHeader)
                m_p.fillRect(QRectF(m_area.left(), m_y, width(), h), kHeaderFill);
            m_p.setPen(kText);
            qreal x = m_area.left();
            for (int c = 0; c < fractions.size(); ++c) {
                const qreal w = width() * fractions[c];
                m_p.setFont(isHeader ? headerFont : cellFont(c));
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                m_p.drawText(QRectF(x + padX, m_y + padY, w - 2 * padX, h - 2 * padY), cells.value(c), option);
                x += w;
            }
            m_y += h;
            m_p.fillRect(QRectF(m_area.left(), m_y - pt(isHeader ? 0.8 : 0.4), width(), pt(isHeader ? 0.8 : 0.4)),
                         isHeader ? kHeaderRule : kRule);
        };
        const qreal headerHeight = rowHeight(header, true);
        ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(rows.first(), false)));
        drawRow(header, true, headerHeight);
        for (const QStringList &row : rows) {
            const qreal h = rowHeight(row, false);
            if (m_y + h > m_area.bottom()) {
                newPage();
                drawRow(header, true, headerHeight);
            }
            drawRow(row, false, h);
        }
    }

};

} // namespace

QString TraceReport::plainText() const
{
    QStringList out{title, caseTitle, generated, disclaimer, source, methodName, methodDefinition};
    out += caveats;
    out << pathHeader.join(QLatin1Char('\t'));
    for (const QStringList &row : pathRows)
        out << row.join(QLatin1Char('\t'));
    out << pathNote << letterTitle << letter;
    return out.join(QLatin1Char('\n'));
}

QStringList TraceReportBuilder::caveats(TaintMethod method)
{
    QStringList out;
    switch (method) {
    case TaintMethod::Poison:
        out << tr("Poison counts every amount the money touched in full: the figures are where the money could have gone, "
                  "not how much of it went there, and they add up to more than was taken.");
        break;
    case TaintMethod::Haircut:
        out << tr("Haircut spreads the victim's money in proportion over everything it was mixed with: the figures are "
                  "shares, not identified coins, and they shrink at every mix.");
        break;
    case TaintMethod::Fifo:
        out << tr("FIFO is a legal convention (Clayton's Case), not evidence of which coin is whose: the figures depend on "
                  "the order of the inputs and outputs and of the payments into each address, and another order gives "
                  "other figures.");
        break;
    case TaintMethod::Lifo:
        out << tr("LIFO is the mirror convention of FIFO, with the same dependence on order; it usually gives other "
                  "figures than FIFO, so say which was used.");
        break;
    case TaintMethod::Libr:
        out << tr("LIBR is a rule for account balances; UTXO transactions met on the way are split by haircut.");
        break;
    }
    out << tr("The trail rests on heuristics (common-input ownership, change detection) that can be wrong, and on "
              "attribution tags whose source and confidence are shown; neither is proof of ownership.")
        << tr("Confirm the figures with the service's own records before any seizure, and disclose the method and its "
              "alternatives to the prosecutor.");
    return out;
}

bool TraceReportBuilder::canReceiveRequest(const QString &category)
{
    static const QSet<QString> reachable{QStringLiteral("exchange"), QStringLiteral("stablecoin-issuer"), QStringLiteral("otc"),
                                         QStringLiteral("gambling"), QStringLiteral("service")};
    return reachable.contains(category);
}

TraceReport TraceReportBuilder::build(const TraceGraph &g, const TaintResult &taint, const QString &language, const QString &methodName,
                                      const QString &methodDefinition, const AmountFormat &formatAmount, const QDateTime &now)
{
    const CaseFile &c = g.caseFile();
    const QLocale locale;
    TraceReport r;
    r.title = tr("Trace report");
    r.caseTitle = c.title.text(language);
    r.caseId = c.id;
    r.generated = tr("Generated %1").arg(locale.toString(now.date(), QLocale::LongFormat) + QStringLiteral(", ")
                                         + locale.toString(now.time(), QLocale::ShortFormat));
    r.disclaimer = tr("Training exercise — synthetic data. Not for operational use.");
    r.source = tr("The trail starts at the victim's payment: %1").arg(taint.source.isEmpty() ? c.source : taint.source);
    r.methodName = methodName;
    r.methodDefinition = methodDefinition;
    r.caveats = caveats(taint.method);
    r.unit = taint.unit;

    auto amount = [&](double value) { return QStringLiteral("%1 %2").arg(locale.toString(wholeUnits(value)), taint.unit); };
    auto tagText = [&](int address) {
        QStringList tags;
        for (int t : g.tagsOf(address)) {
            const Tag &tag = c.tags[t];
            tags << tr("%1 (%2; %3, confidence %4)").arg(tag.label, tag.category, tag.source).arg(tag.confidence);
        }
        return tags.join(QLatin1Char('\n'));
    };
    struct HopFacts
    {
        QString id, time, from, to, moved, tainted;
    };
    auto facts = [&](const TaintHop &h) {
        HopFacts f;
        QStringList from;
        if (h.transfer) {
            const TraceGraph::Transfer &t = g.transfers()[size_t(h.index)];
            f.id = g.transferText(h.index);
            f.time = formatTime(t.time);
            if (t.from >= 0)
                from << g.addressText(t.from);
            f.moved = formatAmount(h.amount, t.asset);
        } else {
            const TraceGraph::Tx &t = g.transactions()[size_t(h.index)];
            f.id = h.output >= 0 ? g.outputRef(h.output) : g.txid(h.index);
            f.time = formatTime(t.time);
            for (int i = 0; i < t.inputCount; ++i) {
                const QString a = g.addressText(g.outputs()[size_t(g.inputs()[size_t(t.firstInput + i)])].address);
                if (!from.contains(a))
                    from << a;
            }
            f.moved = formatAmount(h.amount, g.nativeAsset(t.chain));
        }
        f.from = from.join(QLatin1Char('\n'));
        f.to = h.address >= 0 ? g.addressText(h.address) : QString();
        f.tainted = amount(h.taint);
        return f;
    };

    r.pathHeader = QStringList{tr("Rank and service"), tr("Hop"), tr("Transaction (output) and time (UTC)"), tr("From"), tr("To"),
                               tr("Tainted (%1) of the amount moved").arg(taint.unit), tr("Tags on the receiver")};
    const QList<ServicePath> paths = TaintEngine(g).paths(taint);
    const ServicePath *top = nullptr;
    for (qsizetype p = 0; p < paths.size(); ++p) {
        const ServicePath &path = paths[p];
        const Tag &tag = c.tags[path.tag];
        if (!top && canReceiveRequest(tag.category))
            top = &path;
        for (size_t i = 0; i < path.hops.size(); ++i) {
            const HopFacts f = facts(taint.hops[size_t(path.hops[i])]);
            const QString service = i == 0 ? tr("%1. %2 (%3)\nreceived %4").arg(p + 1).arg(tag.label, tag.category, amount(path.received))
                                           : QString();
            r.pathRows << QStringList{service,
                                      QString::number(i + 1),
                                      f.id + QLatin1Char('\n') + f.time,
                                      f.from,
                                      f.to,
                                      tr("%1\nof %2").arg(f.tainted, f.moved),
                                      tagText(taint.hops[size_t(path.hops[i])].address)};
        }
    }
    r.pathNote = paths.isEmpty()
                     ? tr("Under %1 the taint reached no labelled service in this case.").arg(methodName)
                     : tr("%n path(s) to labelled services under %1, most tainted value first. Each hop is the output or "
                          "transfer that brought the receiver most of its taint.",
                          nullptr, int(paths.size()))
                           .arg(methodName);

    if (!top) {
        r.letterTitle = tr("No preservation or freeze request");
        r.letter = tr("Under %1 the taint reached no exchange, stablecoin issuer or other service that can preserve records "
                      "or freeze funds. Follow the trail further, or try another method, before drafting a request.")
                       .arg(methodName);
        return r;
    }
    const Tag &tag = c.tags[top->tag];
    r.recipientLabel = tag.label;
    r.recipientCategory = tag.category;
    r.recipientAddress = g.addressText(top->address);
    r.recipientAmount = wholeUnits(top->received);
    const QString chainName = c.chains.value(g.addresses()[size_t(top->address)].chain).name;
    const bool issuer = tag.category == u"stablecoin-issuer";

    QStringList hopLines;
    for (int hop : top->hops) {
        const HopFacts f = facts(taint.hops[size_t(hop)]);
        hopLines << tr("  • %1, %2: %3 from %4 to %5 (%6 tainted)").arg(f.id, f.time, f.moved, QString(f.from).replace(QLatin1Char('\n'), QStringLiteral(", ")), f.to, f.tainted);
    }
    const QString received = amount(top->received);

    QStringList letter;
    letter << tr("[Letterhead of the investigating unit]") << tr("[Date]")
           << tr("To: %1, law enforcement response / compliance team").arg(tag.label)
           << tr("Our reference: [case reference]");
    letter << QString();
    if (issuer) {
        r.letterTitle = tr("Draft request to freeze a token balance");
        letter << tr("Request to freeze the token balance held at address %1 (%2)").arg(r.recipientAddress, chainName);
        letter << QString()
               << tr("[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to address "
                     "%1 on %2, which holds tokens issued by you. Under the %3 method, %4 of the victim's funds reached it.")
                      .arg(r.recipientAddress, chainName, methodName, received);
        letter << QString() << tr("We ask you, pending a formal order under [legal basis]:")
               << tr("  1. to freeze (blacklist) the token balance at address %1, at least %2;").arg(r.recipientAddress, received)
               << tr("  2. to preserve every record you hold about this address and its transfers;")
               << tr("  3. to tell us the balance frozen and the time of the freeze.");
    } else {
        r.letterTitle = tr("Draft preservation and freeze request");
        letter << tr("Request to preserve records and freeze the funds of the account credited through deposit address %1 (%2)")
                      .arg(r.recipientAddress, chainName);
        letter << QString()
               << tr("[Unit] is investigating [offence] under [legal basis]. Funds paid by the victim were traced to deposit "
                     "address %1 on %2, attributed to %3. Under the %4 method, %5 of the victim's funds reached it.")
                      .arg(r.recipientAddress, chainName, tag.label, methodName, received);
        letter << QString() << tr("We ask you, pending a formal order under [legal basis]:")
               << tr("  1. to preserve all records of the account credited through this deposit address: identity (KYC) "
                     "documents, log-in addresses and devices, deposits, withdrawals and internal transfers, from [start date] "
                     "to today;")
               << tr("  2. to freeze the funds in that account, at least %1, and to stop withdrawals from it;").arg(received)
               << tr("  3. not to inform the account holder, as far as the law allows, and to tell us what was frozen.");
    }
    letter << QString() << tr("The transactions, in order (times in UTC):") << hopLines;
    letter << QString()
           << tr("Method: the amounts were computed with %1. %2 The figures depend on the method; the trail and our "
                 "working are available on request.")
                  .arg(methodName, methodDefinition);
    letter << QString() << tr("A formal [production order / freezing order] will follow. Please confirm receipt to the officer "
                              "below.");
    letter << QString() << tr("[Officer name, rank and badge number]") << tr("[Unit, telephone, e-mail]") << tr("[Signature]");
    letter << QString() << r.disclaimer;
    r.letter = letter.join(QLatin1Char('\n'));
    return r;
}

bool TraceReportBuilder::writePdf(const QString &path, const TraceReport &report, const QImage &graph, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QString brand = tr("Crypto Crime Academy");
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("%1: %2").arg(report.title, report.caseTitle));
        pdf.setCreator(brand);
        QPainter p(&pdf);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        Printer out(pdf, p, QStringLiteral("%1 · %2 · %3").arg(report.title, report.caseTitle, report.disclaimer), tr("Page %1"));

        // Page 1: heading, the graph, the method.
        out.paragraph(brand, font(9, true), kAccent, 4);
        out.paragraph(report.title, font(20, true), kText, 2);
        out.paragraph(report.caseTitle, font(13), kText, 4);
        out.paragraph(report.generated, font(9), kMuted, 2);
        out.paragraph(report.disclaimer, font(10, true), kDanger, 6);
        out.rule(kAccent, 1.2);
        out.space(8);
        out.paragraph(report.source, font(9), kMuted, 6);
        out.paragraph(tr("The graph as shown on the canvas"), font(13, true), kText, 4);
        // Up to half of what is left of page 1, so the method and its caveats stay with it.
        out.image(graph, out.remaining() * 0.5);
        out.space(10);
        out.paragraph(tr("Method: %1").arg(report.methodName), font(13, true), kText, 4);
        out.paragraph(report.methodDefinition, font(10), kText, 6);
        out.paragraph(tr("Caveats"), font(11, true), kText, 2);
        for (const QString &caveat : report.caveats)
            out.paragraph(QStringLiteral("• ") + caveat, font(9.5), kText, 2);

        // The path table.
        out.newPage();
        out.paragraph(tr("Paths to labelled services"), font(13, true), kText, 4);
        if (!report.pathRows.isEmpty())
            out.table(report.pathHeader, report.pathRows, {0.14, 0.05, 0.20, 0.17, 0.17, 0.12, 0.15},
                      {false, false, true, true, true, false, false});
        out.space(4);
        out.paragraph(report.pathNote, font(9), kMuted, 4);

        // The letter.
        out.newPage();
        out.paragraph(report.letterTitle, font(13, true), kText, 2);
        out.paragraph(tr("Draft for the officer to complete: replace everything in [brackets]."), font(9), kMuted, 8);
        out.paragraph(report.letter, font(10), kText, 0);
        out.finish();
        if (!p.end()) {
            if (error)
                *error = tr("The PDF could not be drawn.");
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cca::tracing
