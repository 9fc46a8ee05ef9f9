#include "ui/uihelpers.h"

#include <QCoreApplication>

namespace cca::ui {

QLabel *heading(const QString &text, const char *level, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QString::fromLatin1(level));
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QLabel *chip(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("chip"));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return label;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

QPushButton *primaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setProperty("primary", true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QString formatMinutes(int minutes)
{
    return QCoreApplication::translate("cca::ui", "%n min", nullptr, minutes);
}

} // namespace cca::ui
