#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cca::reports {

// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Chinese names right,
// written through a temporary file that replaces the target only when complete.
QString csvField(const QString &value);
bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error);

} // namespace cca::reports
