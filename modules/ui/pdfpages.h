#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace cca::ui {

// The print look of the app's PDFs (trainer reports, trace reports): ink colours for paper and
// the fonts, with the CJK fonts that make Chinese text print.
namespace PrintStyle {
QColor text();
QColor muted();
QColor accent();
QColor danger();
QColor rule();
QColor headerFill();
QColor headerRule();
// Noto Sans with the CJK fallbacks (or Noto Sans Mono), without cosmetic ligatures, so that
// "officer" stays seven searchable, copyable letters in the PDF.
QFont font(qreal pointSize, bool bold = false, bool mono = false);
} // namespace PrintStyle

// Lays out and paints pages: a cursor moving down the content area, new pages as needed, and a
// footer on each with `footerLeft` and the page number (`pageFormat`, e.g. "Page %1"). Documents
// add their own elements (tables, images) in a subclass.
class PdfPages
{
public:
    PdfPages(QPdfWriter &pdf, QPainter &painter, QString footerLeft, QString pageFormat);
    virtual ~PdfPages() = default;

    qreal pt(qreal points) const { return points * m_unit; } // device pixels per point
    qreal width() const { return m_area.width(); }
    qreal remaining() const { return m_area.bottom() - m_y; }
    void space(qreal points) { m_y += pt(points); }

    // A new page unless `height` fits below the cursor (or the page is still empty).
    void ensure(qreal height);
    void newPage();
    void finish(); // the last page's footer

    qreal textHeight(const QString &text, const QFont &font, qreal width);
    // Text across the width, wrapped; long text flows over pages a line (as broken by '\n') at a time.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal spaceAfterPoints = 0);
    void rule(const QColor &color, qreal thicknessPoints);

protected:
    QPdfWriter &m_pdf;
    QPainter &m_p;
    QRectF m_area;
    qreal m_y = 0;

private:
    void footer();

    QString m_footerLeft;
    QString m_pageFormat;
    qreal m_unit = 1;
    int m_page = 1;
};

} // namespace cca::ui
