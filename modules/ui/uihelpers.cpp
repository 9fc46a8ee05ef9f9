#include "ui/uihelpers.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QStyle>
#include <QScrollArea>
#include <QVBoxLayout>

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

QVBoxLayout *scrollingColumn(QWidget *page, const QMargins &margins, int spacing)
{
    auto *root = new QVBoxLayout(page);
    root->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(scroll);
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(margins);
    column->setSpacing(spacing);
    scroll->setWidget(host);
    root->addWidget(scroll);
    return column;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of the tree at once (so nothing finds or paints it), deleted when control returns.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        else if (QLayout *inner = item->layout())
            clearLayout(inner);
        delete item;
    }
}

QFont monospaceFont(qreal scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QApplication::font().pointSizeF() * scale);
    return font;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->updateGeometry();
}

QFrame *alertBox(const QString &kind, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("alert", kind);
    return frame;
}

void setAlert(QFrame *box, const QString &kind)
{
    box->setProperty("alert", kind);
    repolish(box);
    for (QLabel *label : box->findChildren<QLabel *>())
        repolish(label);
}

} // namespace cca::ui
