#pragma once

#include "tracing/taintengine.h"
#include "tracing/tracegraph.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cca::tracing {

// The content of a trace report, ready to print (and to test without reading a PDF back): the
// heading, the method with its definition and caveats, the paths to labelled services ranked by
// tainted value (one row per hop), and a draft preservation/freeze request letter addressed to the
// top-ranked service a request can reach (an exchange, an issuer, an OTC desk; not a mixer).
struct TraceReport
{
    QString title;      // "Trace report"
    QString caseTitle;
    QString caseId;
    QString generated;  // "Generated 27 November 2026, 05:30"
    QString disclaimer; // "Training exercise — synthetic data …"
    QString source;     // where the trail starts

    QString methodName;
    QString methodDefinition;
    QStringList caveats;

    QString unit;
    QStringList pathHeader;
    QList<QStringList> pathRows;
    QString pathNote; // under the table (or instead of it, when no service was reached)

    // The letter's addressee; empty label when no service a request can reach was found.
    QString recipientLabel;
    QString recipientCategory;
    QString recipientAddress;
    qint64 recipientAmount = 0; // tainted value received, in `unit`
    QString letterTitle;
    QString letter; // plain text; paragraphs separated by blank lines

    // Everything as plain text, in reading order.
    QString plainText() const;
};

class TraceReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cca::tracing::TraceReportBuilder)

public:
    using AmountFormat = std::function<QString(qint64 baseUnits, int asset)>; // "0.48 tBTC"

    // `methodName` and `methodDefinition` as the side panel shows them.
    static TraceReport build(const TraceGraph &graph, const TaintResult &taint, const QString &language, const QString &methodName,
                             const QString &methodDefinition, const AmountFormat &formatAmount,
                             const QDateTime &now = QDateTime::currentDateTime());
    // The caveats of a method, for the report.
    static QStringList caveats(TaintMethod method);
    // Whether a preservation or freeze request can go to a service of this category.
    static bool canReceiveRequest(const QString &category);

    // An A4 PDF: the heading and disclaimer, the graph image and the method on page 1, then the
    // path table (header repeated on every page), then the letter, page numbers in the footer.
    // Written through QSaveFile: `path` is replaced only when complete.
    static bool writePdf(const QString &path, const TraceReport &report, const QImage &graph, QString *error);
};

} // namespace cca::tracing
