#include "progress/certificateregistry.h"

#include "core/clock.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cca::progress {

namespace {
QString newCode()
{
    // Crockford base32 without look-alike letters: easy to read out over the phone.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code = QStringLiteral("CCA");
    for (int group = 0; group < 4; ++group) {
        code += QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}
} // namespace

QString CertificateRegistry::sign(const Certificate &c)
{
    const QByteArray key = QByteArray::fromHex(m_store->certificateKey().toLatin1());
    return QString::fromLatin1(QMessageAuthenticationCode::hash(c.payload().toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

std::optional<Certificate> CertificateRegistry::issue(const QString &officerId, const QString &moduleId, const QString &moduleVersion,
                                                      double percent, QString *error)
{
    const QList<Certificate> existing = m_store->certificatesFor(officerId);
    for (const Certificate &c : existing)
        if (c.moduleId == moduleId && c.moduleVersion == moduleVersion)
            return c;
    Certificate c;
    c.code = newCode();
    c.officerId = officerId;
    c.moduleId = moduleId;
    c.moduleVersion = moduleVersion;
    c.percent = percent;
    c.issuedAt = Clock::nowUtc();
    c.issuedAt = c.issuedAt.addMSecs(-c.issuedAt.time().msec()); // whole seconds, as printed
    c.signature = sign(c);
    if (!m_store->addCertificate(c, error))
        return std::nullopt;
    return c;
}

CertificateRegistry::Verification CertificateRegistry::verify(const QString &text)
{
    Verification v;
    const QString input = text.trimmed();
    const QStringList parts = input.split(QLatin1Char('|'));
    const QString code = parts.size() >= 2 && parts.first() == QLatin1String("CCA1") ? parts[1] : input.toUpper();
    v.record = m_store->certificate(code);
    if (!v.record) {
        v.detail = QStringLiteral("no certificate with this code in this database");
        return v;
    }
    if (sign(*v.record) != v.record->signature) {
        v.verdict = Verdict::Altered;
        v.detail = QStringLiteral("the record in the database does not match its signature");
        return v;
    }
    if (parts.size() >= 2 && parts.first() == QLatin1String("CCA1") && input != v.record->payload()) {
        v.verdict = Verdict::Altered;
        v.detail = QStringLiteral("the details on the certificate differ from the record");
        return v;
    }
    v.verdict = Verdict::Genuine;
    return v;
}

} // namespace cca::progress
