#include "progress/certificate.h"

namespace cca::progress {

QString Certificate::payload() const
{
    return QStringLiteral("CCA1|%1|%2|%3|%4|%5|%6")
        .arg(code, officerId, moduleId, moduleVersion, QString::number(percent, 'f', 1), issuedAt.toUTC().toString(Qt::ISODate));
}

} // namespace cca::progress
