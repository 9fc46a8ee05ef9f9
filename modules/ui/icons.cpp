#include "ui/icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace cca::ui::Icons {

namespace {
QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> c;
    return c;
}

QByteArray svgData(const QString &name, const QColor &color)
{
    QFile f(QStringLiteral(":/cca/icons/lucide/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = f.readAll();
    data.replace("currentColor", color.name().toLatin1());
    return data;
}
} // namespace

QPixmap pixmap(const QString &name, int size, const QColor &color)
{
    const QColor c = color.isValid() ? color : QApplication::palette().color(QPalette::WindowText);
    QSvgRenderer renderer(svgData(name, c));
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&pm);
        renderer.render(&p, QRectF(0, 0, size, size));
    }
    return pm;
}

QIcon icon(const QString &name, const QColor &color)
{
    const QColor c = color.isValid() ? color : QApplication::palette().color(QPalette::WindowText);
    const QString key = name + c.name();
    auto it = cache().constFind(key);
    if (it != cache().constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(name, size, c));
    // Selected sidebar items sit on the accent colour: draw those in the highlighted-text colour.
    const QColor selected = QApplication::palette().color(QPalette::HighlightedText);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(name, size, selected), QIcon::Selected);
    cache().insert(key, icon);
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/cca/app-icon.svg"));
}

void clearCache()
{
    cache().clear();
}

} // namespace cca::ui::Icons
