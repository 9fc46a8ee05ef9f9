#pragma once

#include "reports/reporttable.h"
#include "trainer/widgets/reportdocument.h"

#include <QImage>
#include <QList>
#include <QString>

namespace cca::trainer {

// Prints a report as an A4 PDF: the title, subject and generation date, then each section with its
// chart (charts[i] for sections[i]; a null image for none), its table (header row repeated on every
// page the table runs onto) and its note, with page numbers. Written through a temporary file that
// replaces `path` only when complete. `progress` is called after every table row; returning false
// cancels and leaves nothing behind.
reports::WriteOutcome writeReportPdf(const QString &path, const ReportDocument &document, const QList<QImage> &charts,
                                     const reports::ExportProgress &progress, QString *error);

} // namespace cca::trainer
