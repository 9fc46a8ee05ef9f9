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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    auto line = [](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvField(c);
        return (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    file.write("\xEF\xBB\xBF");
    file.write(line(header));
    for (const QStringList &r : rows)
        file.write(line(r));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cca::reports
