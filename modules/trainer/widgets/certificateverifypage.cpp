#include "trainer/widgets/certificateverifypage.h"

#include "progress/certificateregistry.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cca::trainer {

CertificateVerifyPage::CertificateVerifyPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(14);
    root->addWidget(ui::heading(tr("Verify a certificate"), "h1", this));
    root->addWidget(ui::mutedLabel(tr("Type the verification code printed on the certificate, or scan its QR code into the field. "
                                      "The answer comes from this database's records."),
                                   this));
    QFrame *card = ui::card(this);
    card->setMaximumWidth(760);
    auto *cl = new QVBoxLayout(card);
    cl->setContentsMargins(24, 20, 24, 20);
    auto *row = new QHBoxLayout;
    m_input = new QLineEdit(card);
    m_input->setPlaceholderText(tr("e.g. CCA-7K3M-Q9PX-2D4W"));
    m_input->setAccessibleName(tr("Verification code or QR text"));
    auto *check = ui::primaryButton(tr("Verify"), card);
    row->addWidget(m_input, 1);
    row->addWidget(check);
    cl->addLayout(row);
    m_result = new QLabel(card);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cl->addWidget(m_result);
    root->addWidget(card);
    root->addStretch();
    connect(check, &QPushButton::clicked, this, [this] { verify(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { verify(m_input->text()); });
}

void CertificateVerifyPage::setStore(progress::ProgressStore *store, const QString &role)
{
    m_store = store;
    m_allowed = role == QLatin1String("trainer") || role == QLatin1String("admin");
    setEnabled(m_allowed);
    m_result->clear();
}

QString CertificateVerifyPage::verify(const QString &codeOrPayload)
{
    if (!m_allowed || !m_store)
        return {};
    const progress::CertificateRegistry::Verification v = progress::CertificateRegistry(m_store).verify(codeOrPayload);
    QString verdict;
    QString html;
    QColor color;
    if (v.verdict == progress::CertificateRegistry::Verdict::Genuine) {
        verdict = QStringLiteral("genuine");
        color = ui::Theme::success();
        html = tr("Genuine.");
    } else if (v.verdict == progress::CertificateRegistry::Verdict::Altered) {
        verdict = QStringLiteral("altered");
        color = ui::Theme::danger();
        html = tr("Altered: the certificate does not match the record. Treat it as not valid.");
    } else {
        verdict = QStringLiteral("unknown");
        color = ui::Theme::danger();
        html = tr("Unknown: no certificate with this code was issued from this database.");
    }
    QString text = QStringLiteral("<p><b style=\"color:%1\">%2</b></p>").arg(color.name(), html.toHtmlEscaped());
    if (v.record) {
        const std::optional<progress::Officer> officer = m_store->officer(v.record->officerId);
        text += QStringLiteral("<p>%1</p>").arg(tr("Record: %1 (%2), module %3 version %4, score %5%, issued %6")
                                                     .arg(officer ? officer->displayName : v.record->officerId,
                                                          officer ? officer->serviceNumber : QString(), v.record->moduleId,
                                                          v.record->moduleVersion)
                                                     .arg(qRound(v.record->percent))
                                                     .arg(QLocale().toString(v.record->issuedAt.toLocalTime().date(), QLocale::ShortFormat))
                                                     .toHtmlEscaped());
    }
    m_result->setText(text);
    return verdict;
}

} // namespace cca::trainer
