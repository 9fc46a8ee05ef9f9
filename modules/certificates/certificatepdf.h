#pragma once

#include "progress/certificate.h"

#include <QImage>
#include <QString>

namespace cca::certificates {

struct CertificateText
{
    QString officerName;
    QString serviceNumber;
    QString moduleTitle;
};

// The QR code for a text, one pixel per module, black on white (libqrencode, error correction M).
QImage qrImage(const QString &text);

// Writes the certificate as a one-page A4 PDF: officer, module and version, date, score, the
// verification code, and a QR code carrying the full record. Written to a temporary file and
// renamed, so a failed write never leaves half a PDF.
bool writeCertificatePdf(const QString &path, const progress::Certificate &certificate, const CertificateText &text,
                         QString *error);

} // namespace cca::certificates
