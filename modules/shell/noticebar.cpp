#include "shell/noticebar.h"

#include "ui/icons.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cca::shell {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent)
{
    setProperty("card", true);
    setObjectName(QStringLiteral("noticeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 10, 10);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setIcon(ui::Icons::icon(QStringLiteral("x")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    const QColor color = kind == Kind::Error ? ui::Theme::danger() : kind == Kind::Warning ? ui::Theme::warning() : ui::Theme::accent();
    m_icon->setPixmap(ui::Icons::pixmap(kind == Kind::Info ? QStringLiteral("info") : QStringLiteral("triangle-alert"), 22, color));
    m_text->setText(text);
    setStyleSheet(QStringLiteral("QFrame#noticeBar { border: 1px solid %1; }").arg(color.name()));
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace cca::shell
