#pragma once

#include <QList>
#include <QString>

namespace cca {

// One problem found in a file, printed the way compilers do: path:line:column: error: message
struct Diagnostic
{
    QString file;
    int line = 0;    // 1-based, 0 when unknown
    int column = 0;  // 1-based, 0 when unknown
    QString message;

    QString toString() const;
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace cca
