#include "certificates/certificatepdf.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <qrencode.h>

namespace cca::certificates {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cca::certificates", text);
}
} // namespace

QImage qrImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    QImage image(code->width, code->width, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x, y, 0);
    QRcode_free(code);
    return image;
}

bool writeCertificatePdf(const QString &path, const progress::Certificate &c, const CertificateText &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(tr("Certificate of completion"));
        pdf.setCreator(QStringLiteral("Crypto Crime Academy"));
        QPainter p(&pdf);
        const QRect page(0, 0, pdf.width(), pdf.height());
        p.setPen(QPen(QColor(0x1d, 0x4e, 0xd8), 12));
        p.drawRect(page.adjusted(20, 20, -20, -20));
        p.setPen(QPen(QColor(0x93, 0xc5, 0xfd), 4));
        p.drawRect(page.adjusted(70, 70, -70, -70));

        auto line = [&](const QString &s, int pointSize, bool bold, int top, const QColor &color = QColor(0x11, 0x18, 0x27)) {
            QFont f(QStringLiteral("Noto Sans"));
            f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("DejaVu Sans")});
            f.setPointSize(pointSize);
            f.setBold(bold);
            p.setFont(f);
            p.setPen(color);
            p.drawText(QRect(0, top, page.width(), pdf.height() / 8), Qt::AlignHCenter | Qt::AlignTop, s);
        };
        const int h = page.height();
        line(tr("Crypto Crime Academy"), 16, true, h * 8 / 100, QColor(0x1d, 0x4e, 0xd8));
        line(tr("Certificate of completion"), 30, true, h * 15 / 100);
        line(tr("This certifies that"), 14, false, h * 30 / 100, QColor(0x4b, 0x55, 0x63));
        line(text.officerName, 28, true, h * 36 / 100);
        line(tr("Service number %1").arg(text.serviceNumber), 13, false, h * 46 / 100, QColor(0x4b, 0x55, 0x63));
        line(tr("completed the training module"), 14, false, h * 53 / 100, QColor(0x4b, 0x55, 0x63));
        line(text.moduleTitle, 22, true, h * 59 / 100);
        line(tr("Version %1  ·  Score %2%  ·  %3")
                 .arg(c.moduleVersion)
                 .arg(qRound(c.percent))
                 .arg(QLocale().toString(c.issuedAt.toLocalTime().date(), QLocale::LongFormat)),
             13, false, h * 68 / 100, QColor(0x4b, 0x55, 0x63));

        const QImage qr = qrImage(c.payload());
        const int qrSide = h * 22 / 100;
        const QRect qrRect(page.width() - 200 - qrSide, h - 200 - qrSide, qrSide, qrSide);
        p.drawImage(qrRect, qr); // scaled without smoothing: crisp modules
        QFont small(QStringLiteral("Noto Sans"));
        small.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("DejaVu Sans")});
        small.setPointSize(10);
        p.setFont(small);
        p.setPen(QColor(0x11, 0x18, 0x27));
        p.drawText(QRect(200, h - 200 - qrSide, page.width() - 500 - qrSide, qrSide), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                   tr("Verification code: %1\nCheck it in Crypto Crime Academy (Verify certificate) or with "
                      "\"ccacademy-cli certificate verify %1\" on the training unit's records.")
                       .arg(c.code));
        if (!p.end()) {
            if (error)
                *error = tr("The PDF could not be drawn.");
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cca::certificates
