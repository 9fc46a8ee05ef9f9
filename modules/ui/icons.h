#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace cca::ui::Icons {

// A Lucide icon (resources/icons/lucide/<name>.svg) drawn in the given colour
// (default: the theme's text colour), so icons follow light and dark themes.
QIcon icon(const QString &name, const QColor &color = {});
QPixmap pixmap(const QString &name, int size, const QColor &color = {});
QIcon appIcon();
void clearCache();

} // namespace cca::ui::Icons
