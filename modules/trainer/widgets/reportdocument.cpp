#include "trainer/widgets/reportdocument.h"

#include "ui/theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cca::trainer {

QList<reports::ReportTable> ReportDocument::tables() const
{
    QList<reports::ReportTable> out;
    for (const ReportSection &s : sections)
        if (!s.table.header.isEmpty())
            out << s.table;
    return out;
}

namespace {
struct ChartColors
{
    QColor text, muted, grid;
    QList<QColor> bars;
};

ChartColors colors(ChartPalette palette)
{
    if (palette == ChartPalette::Print)
        return {QColor(0x11, 0x18, 0x27), QColor(0x4b, 0x55, 0x63), QColor(0xe5, 0xe7, 0xeb),
                {QColor(0x1d, 0x4e, 0xd8), QColor(0x15, 0x80, 0x3d), QColor(0xb4, 0x53, 0x09), QColor(0x7c, 0x3a, 0xed),
                 QColor(0x0e, 0x74, 0x90)}};
    const bool dark = ui::Theme::current() == ui::Theme::Mode::Dark;
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    return {text, ui::Theme::muted(), ui::Theme::border(),
            {ui::Theme::accent(), ui::Theme::success(), ui::Theme::warning(),
             dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7c, 0x3a, 0xed), dark ? QColor(0x22, 0xd3, 0xee) : QColor(0x0e, 0x74, 0x90)}};
}

double niceMaximum(double value)
{
    if (value <= 5)
        return 5;
    const double step = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * step >= value * 1.1)
            return m * step;
    return 10 * step;
}
} // namespace

QChart *makeChart(const ChartSpec &spec, ChartPalette palette)
{
    const ChartColors c = colors(palette);
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(c.text);
    chart->setTitle(spec.title);

    auto *series = new QBarSeries;
    double maxValue = 0;
    for (qsizetype i = 0; i < spec.series.size(); ++i) {
        auto *set = new QBarSet(spec.series[i].first);
        for (double v : spec.series[i].second) {
            *set << v;
            maxValue = std::max(maxValue, v);
        }
        const QColor colour = c.bars.value(i % c.bars.size());
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(c.text);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(spec.percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setBarWidth(spec.categories.size() * spec.series.size() <= 3 ? 0.5 : 0.8);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(spec.categories);
    x->setLabelsBrush(c.text);
    if (spec.categories.size() >= 8) { // many narrow categories: a slightly smaller font keeps their labels whole
        QFont small = x->labelsFont();
        small.setPointSizeF(QApplication::font().pointSizeF() * 0.8);
        x->setLabelsFont(small);
    }
    x->setGridLineVisible(false);
    x->setLinePenColor(c.grid);
    auto *y = new QValueAxis;
    const double top = spec.maximum > 0 ? spec.maximum : spec.percent ? 100.0 : niceMaximum(maxValue);
    y->setRange(0, top);
    if (spec.percent)
        y->setTickCount(6); // 0, 20, …, 100
    else if (top <= 10)
        y->setTickCount(int(top) + 1);
    else
        y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsBrush(c.muted);
    y->setGridLineColor(c.grid);
    y->setLinePenColor(c.grid);
    y->setTitleText(spec.valueAxisTitle);
    y->setTitleBrush(c.muted);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(c.text);
    return chart;
}

QImage renderChart(const ChartSpec &spec, const QSize &logicalSize, qreal scale)
{
    // A scene of its own, never shown: the chart is laid out at the size asked for and painted.
    QGraphicsScene scene;
    QChart *chart = makeChart(spec, ChartPalette::Print);
    scene.addItem(chart); // the scene owns it
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    QImage image((QSizeF(logicalSize) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&p, QRectF(QPointF(0, 0), QSizeF(logicalSize)), QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    p.end();
    return image;
}

} // namespace cca::trainer
