#pragma once

#include <QDateTime>
#include <QString>

namespace cca::progress {

// A certificate of completion as the database records it. The code is what the PDF and its QR
// code carry; the signature (HMAC-SHA256 with a key kept only in this database) makes a forged
// or edited record detectable, so forging a certificate means forging the database.
struct Certificate
{
    QString code;          // e.g. "CCA-7K3M-Q9PX-2D4W"
    QString officerId;
    QString moduleId;
    QString moduleVersion;
    double percent = 0.0;
    QDateTime issuedAt;    // UTC
    QString signature;     // hex

    // The text a QR code carries: every field, so a PDF whose printed details were edited no longer
    // matches the record.
    QString payload() const;
};

} // namespace cca::progress
