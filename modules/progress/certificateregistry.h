#pragma once

#include "progress/certificate.h"
#include "progress/progressstore.h"

#include <optional>

namespace cca::progress {

// Issues and verifies certificates against the store's records.
class CertificateRegistry
{
public:
    explicit CertificateRegistry(ProgressStore *store) : m_store(store) {}

    // The officer's certificate for this module version, issued once (the same one is returned again).
    std::optional<Certificate> issue(const QString &officerId, const QString &moduleId, const QString &moduleVersion,
                                     double percent, QString *error);

    enum class Verdict { Genuine, Altered, Unknown };
    struct Verification
    {
        Verdict verdict = Verdict::Unknown;
        std::optional<Certificate> record; // what the database holds for the code
        QString detail;
    };
    // text: a code ("CCA-…") or a QR payload ("CCA1|…").
    Verification verify(const QString &text);

    QString sign(const Certificate &c);

private:
    ProgressStore *m_store;
};

} // namespace cca::progress
