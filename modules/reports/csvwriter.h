#pragma once

#include "reports/reporttable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cca::reports {

// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Chinese names right,
// written through a temporary file that replaces the target only when complete.
QString csvField(const QString &value);
bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error);

// Several tables in one file. One table is written as its header and rows; with more, each starts
// with a row holding its title and tables are separated by an empty line. `progress` (optional) is
// called after every row; when it returns false the temporary file is discarded and the target is
// left as it was.
WriteOutcome writeCsv(const QString &path, const QList<ReportTable> &tables, const ExportProgress &progress, QString *error);

} // namespace cca::reports
