#include "reports/csvwriter.h"

#include <QSaveFile>

namespace cca::reports {

QString csvField(const QString &value)
{
    // Cells starting with = + - @ are prefixed so a spreadsheet never runs them as formulas.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error)
{
    return writeCsv(path, {ReportTable{QString(), header, rows}}, {}, error) == WriteOutcome::Written;
}

WriteOutcome writeCsv(const QString &path, const QList<ReportTable> &tables, const ExportProgress &progress, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return WriteOutcome::Failed;
    }
    auto line = [](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvField(c);
        return (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    const int total = rowCount(tables);
    int done = 0;
    file.write("\xEF\xBB\xBF");
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const ReportTable &table = tables[t];
        if (tables.size() > 1) {
            if (t > 0)
                file.write("\r\n");
            file.write(line({table.title}));
        }
        file.write(line(table.header));
        for (const QStringList &r : table.rows) {
            file.write(line(r));
            if (progress && !progress(++done, total)) {
                file.cancelWriting();
                return WriteOutcome::Cancelled;
            }
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return WriteOutcome::Failed;
    }
    return WriteOutcome::Written;
}

} // namespace cca::reports
