#pragma once

#include "progress/progressstore.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace cca::trainer {

// Checks a certificate's code (or the text of its QR code) against this database's records.
class CertificateVerifyPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificateVerifyPage(QWidget *parent = nullptr);

    void setStore(progress::ProgressStore *store, const QString &role);
    // Returns the verdict shown: "genuine", "altered" or "unknown" (empty when not allowed).
    QString verify(const QString &codeOrPayload);
    QLabel *resultLabel() const { return m_result; }

private:
    progress::ProgressStore *m_store = nullptr;
    bool m_allowed = false;
    QLineEdit *m_input;
    QLabel *m_result;
};

} // namespace cca::trainer
