#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace cca::ui {

// The app's one look: Fusion with our own light and dark palettes, and a text-size scale.
namespace Theme {
enum class Mode { Light, Dark };

void apply(Mode mode, int textSizeStep); // textSizeStep 0 small .. 3 extra large
Mode current();
Mode fromString(const QString &name);    // "dark" -> Dark, anything else -> Light
QString toString(Mode mode);
int basePointSize(int textSizeStep);

// Named colours of the current theme, for painting and for states (never colour alone).
QColor accent();
QColor success();
QColor warning();
QColor danger();
QColor muted();     // secondary text
QColor surface();   // card background
QColor border();
QColor calloutBackground(const QString &kind); // TIP, WARNING, LEGAL, NOTE
QColor calloutBorder(const QString &kind);
} // namespace Theme

} // namespace cca::ui
