#pragma once

#include "reports/reporttable.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <utility>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cca::trainer {

// A bar chart as data, so the same chart is drawn on screen (in the current theme) and printed
// into a PDF (always in the light print colours).
struct ChartSpec
{
    QString title;
    QStringList categories;
    QList<std::pair<QString, QList<double>>> series; // name, one value per category
    QString valueAxisTitle;
    double maximum = 0.0;  // 0: from the data
    bool percent = false;  // values are percentages (axis 0–100, labels with %)

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

// One part of a report: a heading, an optional chart, a table and a short note.
struct ReportSection
{
    QString id;              // stable name for tests and object names: "modules", "overdue", ...
    QString heading;
    QString note;            // shown under the table (definitions, empty states)
    ChartSpec chart;
    bool chartBesideTable = false; // on screen: the table is narrow enough to sit next to the chart
    reports::ReportTable table;    // table.title is the heading
};

// A whole report as shown on the Reports screen and exported to CSV or PDF.
struct ReportDocument
{
    QString kind;    // "cohort", "items", "transcript"
    QString title;   // e.g. "Cohort dashboard"
    QString subject; // e.g. the cohort's name
    QString summary;
    QDateTime generated;
    QList<ReportSection> sections;

    QList<reports::ReportTable> tables() const;
};

enum class ChartPalette { Screen, Print };

// A new QChart for spec (the caller owns it). Screen follows ui::Theme's current light or dark
// colours; Print uses dark text on white.
QChart *makeChart(const ChartSpec &spec, ChartPalette palette);
// The chart rendered for print at `logicalSize` pixels, scaled by `scale` for sharpness.
QImage renderChart(const ChartSpec &spec, const QSize &logicalSize, qreal scale);

} // namespace cca::trainer
