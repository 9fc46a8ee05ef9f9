#include "trainer/widgets/reportpdf.h"

#include "ui/pdfpages.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

#include <algorithm>
#include <functional>

namespace cca::trainer {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cca::trainer", text);
}

const QColor kText = ui::PrintStyle::text();
const QColor kMuted = ui::PrintStyle::muted();
const QColor kAccent = ui::PrintStyle::accent();
const QColor kRule = ui::PrintStyle::rule();
const QColor kHeaderFill = ui::PrintStyle::headerFill();
const QColor kHeaderRule = ui::PrintStyle::headerRule();

QFont font(qreal pointSize, bool bold = false)
{
    return ui::PrintStyle::font(pointSize, bold);
}

// A column of numbers (counts, percentages, durations, dates) is right-aligned: every filled
// cell starts with a digit.
bool numericColumn(const reports::ReportTable &t, int column)
{
    bool any = false;
    for (const QStringList &row : t.rows) {
        const QString cell = row.value(column).trimmed();
        if (cell.isEmpty() || cell == QLatin1String("–"))
            continue;
        if (!cell.front().isDigit())
            return false;
        any = true;
    }
    return any;
}

// The shared page layout, with the report's charts and tables.
class Printer : public ui::PdfPages
{
public:
    using PdfPages::PdfPages;

    qreal imageHeight(const QImage &image) const
    {
        return image.isNull() ? 0 : width() * image.height() / image.width();
    }

    void image(const QImage &image)
    {
        const qreal h = imageHeight(image);
        ensure(h);
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        m_p.drawImage(QRectF(m_area.left(), m_y, width(), h), image);
        m_y += h;
    }

    // The table's first rows, for keeping a heading with them.
    qreal tableStartHeight(const reports::ReportTable &t)
    {
        layoutTable(t);
        qreal h = rowHeight(t.header, font(8.5, true));
        if (!t.rows.isEmpty())
            h += rowHeight(t.rows.first(), font(8.5));
        return h;
    }

    // A short table that does not fit below but fits on a page of its own starts on the next page.
    void keepShortTableTogether(const reports::ReportTable &t)
    {
        if (t.rows.size() > 30)
            return;
        layoutTable(t);
        qreal h = rowHeight(t.header, font(8.5, true));
        for (const QStringList &row : t.rows)
            h += rowHeight(row, font(8.5));
        if (m_y + h > m_area.bottom() && h <= m_area.height())
            newPage();
    }

    // Returns false when rowDone asked to stop.
    bool table(const reports::ReportTable &t, const std::function<bool()> &rowDone)
    {
        layoutTable(t);
        const QFont headerFont = font(8.5, true);
        const QFont cellFont = font(8.5);
        auto drawRow = [&](const QStringList &cells, const QFont &f, qreal h, bool header) {
            if (header)
                m_p.fillRect(QRectF(m_area.left(), m_y, m_tableWidth, h), kHeaderFill);
            m_p.setFont(f);
            m_p.setPen(kText);
            qreal x = m_area.left();
            for (qsizetype c = 0; c < m_widths.size(); ++c) {
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                option.setAlignment((m_numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
                m_p.drawText(QRectF(x + m_padX, m_y + m_padY, m_widths[c] - 2 * m_padX, h - 2 * m_padY), cells.value(c), option);
                x += m_widths[c];
            }
            m_y += h;
            m_p.fillRect(QRectF(m_area.left(), m_y - pt(header ? 0.8 : 0.4), m_tableWidth, pt(header ? 0.8 : 0.4)),
                         header ? kHeaderRule : kRule);
        };
        const qreal headerHeight = rowHeight(t.header, headerFont);
        ensure(headerHeight + (t.rows.isEmpty() ? 0 : rowHeight(t.rows.first(), cellFont)));
        drawRow(t.header, headerFont, headerHeight, true);
        for (const QStringList &row : t.rows) {
            const qreal h = rowHeight(row, cellFont);
            if (m_y + h > m_area.bottom()) {
                newPage();
                drawRow(t.header, headerFont, headerHeight, true); // the header again on every page
            }
            drawRow(row, cellFont, h, false);
            if (rowDone && !rowDone())
                return false;
        }
        return true;
    }

private:
    qreal rowHeight(const QStringList &cells, const QFont &f)
    {
        qreal h = QFontMetricsF(f, &m_pdf).height();
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            if (!cells.value(c).isEmpty())
                h = std::max(h, textHeight(cells.value(c), f, m_widths[c] - 2 * m_padX));
        return h + 2 * m_padY;
    }

    // Column widths filling the page: narrow columns keep their natural width, the wide ones share
    // what is left in proportion to theirs (and wrap).
    void layoutTable(const reports::ReportTable &t)
    {
        if (m_laidOut == &t)
            return;
        m_laidOut = &t;
        m_padX = pt(4);
        m_padY = pt(2.5);
        const int n = int(t.header.size());
        const QFontMetricsF header(font(8.5, true), &m_pdf);
        const QFontMetricsF cell(font(8.5), &m_pdf);
        QList<qreal> natural(n, 0.0);
        m_numeric.fill(false, n);
        for (int c = 0; c < n; ++c) {
            for (const QString &word : t.header[c].split(QLatin1Char(' ')))
                natural[c] = std::max(natural[c], header.horizontalAdvance(word));
            natural[c] = std::max(natural[c], std::min(header.horizontalAdvance(t.header[c]), width() / 4));
            for (const QStringList &row : t.rows)
                for (const QString &line : row.value(c).split(QLatin1Char('\n')))
                    natural[c] = std::max(natural[c], cell.horizontalAdvance(line));
            natural[c] += 2 * m_padX + pt(1); // a point to spare, so measuring and drawing never disagree into a wrap
            m_numeric[c] = c > 0 && numericColumn(t, c); // the first column names the row
        }
        m_widths = natural;
        qreal total = 0;
        for (qreal w : natural)
            total += w;
        m_tableWidth = std::min(total, width());
        if (n == 0)
            return;
        if (total <= width() * 0.6) {
            // A small table stays compact, with a little air in each column.
            const qreal extra = std::min(pt(12), (width() * 0.6 - total) / n);
            for (qreal &w : m_widths)
                w += extra;
            m_tableWidth = total + extra * n;
            return;
        }
        m_tableWidth = width();
        if (total <= width()) {
            // Spread the spare room over the text columns (numbers stay compact).
            QList<int> text;
            for (int c = 0; c < n; ++c)
                if (!m_numeric[c])
                    text << c;
            if (text.isEmpty())
                for (int c = 0; c < n; ++c)
                    text << c;
            const qreal extra = (width() - total) / text.size();
            for (int c : text)
                m_widths[c] += extra;
            return;
        }
        QList<bool> fixed(n, false);
        qreal remaining = width();
        int open = n;
        for (bool changed = true; changed && open > 0;) {
            changed = false;
            const qreal share = remaining / open;
            for (int c = 0; c < n; ++c)
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    remaining -= natural[c];
                    --open;
                    changed = true;
                }
        }
        qreal wide = 0;
        for (int c = 0; c < n; ++c)
            if (!fixed[c])
                wide += natural[c];
        for (int c = 0; c < n; ++c)
            if (!fixed[c])
                m_widths[c] = remaining * natural[c] / wide;
    }

    const reports::ReportTable *m_laidOut = nullptr;
    QList<qreal> m_widths;
    QList<bool> m_numeric;
    qreal m_tableWidth = 0;
    qreal m_padX = 0, m_padY = 0;
};
} // namespace

reports::WriteOutcome writeReportPdf(const QString &path, const ReportDocument &document, const QList<QImage> &charts,
                                     const reports::ExportProgress &progress, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return reports::WriteOutcome::Failed;
    }
    const QString brand = tr("Crypto Crime Academy");
    const QString generated = tr("Generated %1")
                                  .arg(QLocale().toString(document.generated.toLocalTime().date(), QLocale::LongFormat) + QStringLiteral(", ")
                                       + QLocale().toString(document.generated.toLocalTime().time(), QLocale::ShortFormat));
    const QString pageFormat = tr("Page %1");
    const QString noRows = tr("No rows.");
    bool cancelled = false;
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(document.subject.isEmpty() ? document.title : QStringLiteral("%1: %2").arg(document.title, document.subject));
        pdf.setCreator(brand);
        QPainter p(&pdf);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        Printer out(pdf, p, QStringLiteral("%1 · %2 · %3").arg(brand, document.title, document.subject), pageFormat);

        out.paragraph(brand, font(9, true), kAccent, 4);
        out.paragraph(document.title, font(20, true), kText, 2);
        out.paragraph(document.subject, font(13), kText, 4);
        out.paragraph(generated, font(9), kMuted, 8);
        out.rule(kAccent, 1.2);
        out.space(10);
        out.paragraph(document.summary, font(10), kText, 10);

        const int total = reports::rowCount(document.tables());
        int done = 0;
        auto rowDone = [&] { return !progress || progress(++done, total); };
        for (qsizetype i = 0; i < document.sections.size() && !cancelled; ++i) {
            const ReportSection &s = document.sections[i];
            const QImage chart = charts.value(i);
            const QFont headingFont = font(13, true);
            // Keep the heading with what follows it.
            const qreal next = !chart.isNull() ? out.imageHeight(chart)
                               : !s.table.header.isEmpty() ? out.tableStartHeight(s.table)
                                                           : out.textHeight(s.note, font(9), out.width());
            out.space(i == 0 ? 0 : 8);
            out.ensure(out.textHeight(s.heading, headingFont, out.width()) + out.pt(6) + next);
            out.paragraph(s.heading, headingFont, kText, 6);
            if (!chart.isNull()) {
                out.image(chart);
                out.space(8);
            }
            if (!s.table.header.isEmpty() && !s.table.rows.isEmpty()) {
                out.keepShortTableTogether(s.table);
                if (!out.table(s.table, rowDone)) {
                    cancelled = true;
                    break;
                }
                out.space(4);
            } else if (!s.table.header.isEmpty() && s.note.isEmpty()) {
                out.paragraph(noRows, font(9), kMuted, 4);
            }
            out.paragraph(s.note, font(9), kMuted, 4);
        }
        out.finish();
        if (!p.end() && !cancelled) {
            if (error)
                *error = tr("The PDF could not be drawn.");
            file.cancelWriting();
            return reports::WriteOutcome::Failed;
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return reports::WriteOutcome::Cancelled;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return reports::WriteOutcome::Failed;
    }
    return reports::WriteOutcome::Written;
}

} // namespace cca::trainer
