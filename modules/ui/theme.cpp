#include "ui/theme.h"

#include "ui/icons.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace cca::ui::Theme {

namespace {
Mode s_mode = Mode::Light;

struct Colors
{
    QColor window, base, alternate, text, muted, surface, border, accent, accentText, success, warning, danger;
};

Colors colors(Mode mode)
{
    if (mode == Mode::Dark)
        return {QColor(0x11, 0x18, 0x27), QColor(0x1a, 0x23, 0x33), QColor(0x22, 0x2c, 0x3d), QColor(0xe5, 0xe7, 0xeb),
                QColor(0x9c, 0xa3, 0xaf), QColor(0x1f, 0x29, 0x37), QColor(0x37, 0x41, 0x51), QColor(0x60, 0xa5, 0xfa),
                QColor(0x0b, 0x12, 0x20), QColor(0x4a, 0xde, 0x80), QColor(0xfb, 0xbf, 0x24), QColor(0xf8, 0x71, 0x71)};
    return {QColor(0xf3, 0xf4, 0xf6), QColor(0xff, 0xff, 0xff), QColor(0xf9, 0xfa, 0xfb), QColor(0x11, 0x18, 0x27),
            QColor(0x4b, 0x55, 0x63), QColor(0xff, 0xff, 0xff), QColor(0xd1, 0xd5, 0xdb), QColor(0x1d, 0x4e, 0xd8),
            QColor(0xff, 0xff, 0xff), QColor(0x15, 0x80, 0x3d), QColor(0xb4, 0x53, 0x09), QColor(0xb9, 0x1c, 0x1c)};
}

// Status badges, alert boxes and segmented switches: each state has its word and icon too, never
// colour alone.
QString statusStyleSheet(const Colors &c)
{
    const bool dark = c.window.lightness() < 128;
    const QColor okBg = dark ? QColor(0x14, 0x34, 0x22) : QColor(0xec, 0xfd, 0xf5);
    const QColor warnBg = dark ? QColor(0x3b, 0x2a, 0x0a) : QColor(0xff, 0xfb, 0xeb);
    const QColor dangerBg = dark ? QColor(0x45, 0x14, 0x14) : QColor(0xfe, 0xf2, 0xf2);
    const QColor neutralBg = c.alternate.darker(c.window.lightness() > 128 ? 104 : 80);
    return QStringLiteral(R"(
QLabel[badge] { border-radius: 11px; padding: 3px 12px; font-weight: 600; border: 1px solid %4; background: %8; color: %5; }
QLabel[badge="ok"] { background: %1; border-color: %4; color: %4; }
QLabel[badge="warning"] { background: %2; border-color: %6; color: %6; }
QLabel[badge="danger"] { background: %3; border-color: %7; color: %7; }
QFrame[alert="danger"] { background: %3; border: 1px solid %7; border-left: 5px solid %7; border-radius: 8px; }
QFrame[alert="warning"] { background: %2; border: 1px solid %6; border-left: 5px solid %6; border-radius: 8px; }
QFrame[alert="ok"] { background: %1; border: 1px solid %4; border-left: 5px solid %4; border-radius: 8px; }
QFrame[alert="info"] { background: %8; border: 1px solid %9; border-left: 5px solid %10; border-radius: 8px; }
QFrame[alert] QLabel { background: transparent; }
QPushButton[segment="true"] { padding: 7px 18px; border-radius: 17px; font-weight: 600; }
QPushButton[segment="true"]:checked { background: %10; color: %11; border-color: %10; }
QLineEdit[mono="true"], QPlainTextEdit[mono="true"] { background: %8; }
QPlainTextEdit { border-radius: 8px; border: 1px solid %9; padding: 6px; background: palette(base); }
QPlainTextEdit:focus { border-color: %10; }
)")
        .arg(okBg.name(), warnBg.name(), dangerBg.name(), c.success.name(), c.text.name(), c.warning.name(), c.danger.name(),
             neutralBg.name(), c.border.name())
        .arg(c.accent.name(), c.accentText.name());
}

QString styleSheet(const Colors &c, int pt)
{
    // Generous spacing, clear hierarchy: headings by property, cards as framed surfaces.
    return QStringLiteral(R"(
QWidget#sidebar { background: %1; border-right: 1px solid %2; }
QListWidget#sidebarList { background: transparent; border: none; outline: none; }
QListWidget#sidebarList::item { padding: 10px 12px; margin: 2px 8px; border-radius: 8px; color: %3; }
QListWidget#sidebarList::item:selected { background: %4; color: %5; }
QListWidget#sidebarList::item:hover:!selected { background: %6; }
QFrame[card="true"] { background: %7; border: 1px solid %2; border-radius: 12px; }
QLabel[role="h1"] { font-size: %8pt; font-weight: 700; }
QLabel[role="h2"] { font-size: %9pt; font-weight: 600; }
QLabel[role="muted"] { color: %10; }
QLabel[role="chip"] { background: %6; border-radius: 10px; padding: 2px 10px; color: %3; }
QLabel[role="error"] { color: %11; }
QPushButton { padding: 7px 16px; border-radius: 8px; border: 1px solid %2; background: %7; }
QPushButton:hover { background: %6; }
QPushButton:pressed { background: %2; }
QPushButton:focus { border-color: %4; }
QPushButton:disabled { color: %10; }
QPushButton[primary="true"] { background: %4; color: %5; border: 1px solid %4; font-weight: 600; padding: 9px 20px; }
QPushButton[primary="true"]:hover { background: %12; }
QPushButton[primary="true"]:disabled { background: %2; border-color: %2; color: %10; }
QPushButton[flat="true"] { border: none; background: transparent; }
QLineEdit, QSpinBox, QDateEdit { padding: 5px 8px; min-height: 22px; border-radius: 6px; border: 1px solid %2; background: palette(base); }
QLineEdit:focus, QSpinBox:focus, QDateEdit:focus { border-color: %4; }
QLineEdit:disabled { color: %10; }
QComboBox { min-height: 28px; }
QProgressBar { border: none; border-radius: 4px; background: %6; max-height: 8px; text-align: center; }
QProgressBar::chunk { border-radius: 4px; background: %4; }
QTextBrowser { border: none; background: %7; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
QToolTip { padding: 8px; }
)")
        .arg(c.surface.name(), c.border.name(), c.text.name(), c.accent.name(), c.accentText.name(),
             c.alternate.darker(c.window.lightness() > 128 ? 104 : 80).name(), c.surface.name())
        .arg(pt + 9)
        .arg(pt + 3)
        .arg(c.muted.name(), c.danger.name(), c.accent.lighter(115).name())
        + statusStyleSheet(c);
}
} // namespace

int basePointSize(int step)
{
    static const int sizes[] = {10, 11, 13, 15};
    return sizes[qBound(0, step, 3)];
}

Mode fromString(const QString &name)
{
    return name == QLatin1String("dark") ? Mode::Dark : Mode::Light;
}

QString toString(Mode mode)
{
    return mode == Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Mode current()
{
    return s_mode;
}

void apply(Mode mode, int textSizeStep)
{
    s_mode = mode;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const Colors c = colors(mode);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.surface);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.accentText);
    p.setColor(QPalette::ToolTipBase, c.surface);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::LinkVisited, c.accent);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Disabled, QPalette::Text, c.muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.muted);
    QApplication::setPalette(p);

    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("sans-serif")});
    font.setPointSize(basePointSize(textSizeStep));
    QApplication::setFont(font);
    app->setStyleSheet(styleSheet(c, basePointSize(textSizeStep)));
    Icons::clearCache();
}

QColor accent() { return colors(s_mode).accent; }
QColor success() { return colors(s_mode).success; }
QColor warning() { return colors(s_mode).warning; }
QColor danger() { return colors(s_mode).danger; }
QColor muted() { return colors(s_mode).muted; }
QColor surface() { return colors(s_mode).surface; }
QColor border() { return colors(s_mode).border; }

QColor calloutBackground(const QString &kind)
{
    const bool dark = s_mode == Mode::Dark;
    if (kind == QLatin1String("TIP"))
        return dark ? QColor(0x14, 0x34, 0x22) : QColor(0xec, 0xfd, 0xf5);
    if (kind == QLatin1String("WARNING"))
        return dark ? QColor(0x3b, 0x2a, 0x0a) : QColor(0xff, 0xfb, 0xeb);
    if (kind == QLatin1String("LEGAL"))
        return dark ? QColor(0x2a, 0x1f, 0x45) : QColor(0xf5, 0xf3, 0xff);
    return dark ? QColor(0x12, 0x2b, 0x48) : QColor(0xef, 0xf6, 0xff);
}

QColor calloutBorder(const QString &kind)
{
    const bool dark = s_mode == Mode::Dark;
    if (kind == QLatin1String("TIP"))
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    if (kind == QLatin1String("WARNING"))
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    if (kind == QLatin1String("LEGAL"))
        return dark ? QColor(0xc4, 0xb5, 0xfd) : QColor(0x6d, 0x28, 0xd9);
    return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1d, 0x4e, 0xd8);
}

} // namespace cca::ui::Theme
