#include "ui/pdfpages.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextOption>

namespace cca::ui {

QColor PrintStyle::text() { return QColor(0x11, 0x18, 0x27); }
QColor PrintStyle::muted() { return QColor(0x4b, 0x55, 0x63); }
QColor PrintStyle::accent() { return QColor(0x1d, 0x4e, 0xd8); }
QColor PrintStyle::danger() { return QColor(0xb9, 0x1c, 0x1c); }
QColor PrintStyle::rule() { return QColor(0xe5, 0xe7, 0xeb); }
QColor PrintStyle::headerFill() { return QColor(0xf3, 0xf4, 0xf6); }
QColor PrintStyle::headerRule() { return QColor(0x9c, 0xa3, 0xaf); }

QFont PrintStyle::font(qreal pointSize, bool bold, bool mono)
{
    QFont f;
    if (mono)
        f.setFamilies({QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    else
        f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans CJK SC"),
                       QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PdfPages::PdfPages(QPdfWriter &pdf, QPainter &painter, QString footerLeft, QString pageFormat)
    : m_pdf(pdf), m_p(painter), m_footerLeft(std::move(footerLeft)), m_pageFormat(std::move(pageFormat))
{
    const qreal footerHeight = QFontMetricsF(PrintStyle::font(8), &m_pdf).height() * 2.5;
    m_area = QRectF(0, 0, m_pdf.width(), m_pdf.height() - footerHeight);
    m_y = m_area.top();
    m_unit = m_pdf.resolution() / 72.0;
}

void PdfPages::ensure(qreal height)
{
    if (m_y + height > m_area.bottom() && m_y > m_area.top())
        newPage();
}

void PdfPages::newPage()
{
    footer();
    m_pdf.newPage();
    ++m_page;
    m_y = m_area.top();
}

void PdfPages::finish()
{
    footer();
}

qreal PdfPages::textHeight(const QString &text, const QFont &font, qreal width)
{
    m_p.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return m_p.boundingRect(QRectF(0, 0, width, 1e7), text, option).height();
}

void PdfPages::paragraph(const QString &text, const QFont &font, const QColor &color, qreal spaceAfterPoints)
{
    if (text.isEmpty())
        return;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString shown = line.isEmpty() ? QStringLiteral(" ") : line;
        const qreal h = textHeight(shown, font, width());
        ensure(h);
        m_p.setFont(font);
        m_p.setPen(color);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_p.drawText(QRectF(m_area.left(), m_y, width(), h), shown, option);
        m_y += h;
    }
    m_y += pt(spaceAfterPoints);
}

void PdfPages::rule(const QColor &color, qreal thicknessPoints)
{
    m_p.fillRect(QRectF(m_area.left(), m_y, width(), pt(thicknessPoints)), color);
    m_y += pt(thicknessPoints);
}

void PdfPages::footer()
{
    const QFont f = PrintStyle::font(8);
    m_p.setFont(f);
    m_p.setPen(PrintStyle::muted());
    const qreal h = QFontMetricsF(f, &m_pdf).height();
    const QRectF band(m_area.left(), m_pdf.height() - h, width(), h);
    m_p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(f, &m_pdf).elidedText(m_footerLeft, Qt::ElideRight, width() * 0.8));
    m_p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_pageFormat.arg(m_page));
}

} // namespace cca::ui
