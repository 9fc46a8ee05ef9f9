#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cca::reports {

// One table of a report as it is shown and exported: a caption, the header row and the rows,
// every cell already formatted for people to read.
struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

// Called by the writers after each row: done of total rows written. Returning false cancels the
// export; nothing is left at the target path.
using ExportProgress = std::function<bool(int done, int total)>;

enum class WriteOutcome { Written, Cancelled, Failed };

inline int rowCount(const QList<ReportTable> &tables)
{
    int n = 0;
    for (const ReportTable &t : tables)
        n += int(t.rows.size());
    return n;
}

} // namespace cca::reports
