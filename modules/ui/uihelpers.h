#pragma once

#include <QFont>
#include <QFrame>
#include <QLabel>
#include <QMargins>
#include <QPushButton>
#include <QString>

class QLayout;
class QVBoxLayout;

namespace cca::ui {

// Small builders so every screen uses the same hierarchy and spacing.
QLabel *heading(const QString &text, const char *level = "h1", QWidget *parent = nullptr);
QLabel *mutedLabel(const QString &text, QWidget *parent = nullptr);
QLabel *chip(const QString &text, QWidget *parent = nullptr);
QFrame *card(QWidget *parent = nullptr);
QPushButton *primaryButton(const QString &text, QWidget *parent = nullptr);
QString formatMinutes(int minutes);

// Gives page a frameless vertical scroll area filling it and returns the column layout inside.
QVBoxLayout *scrollingColumn(QWidget *page, const QMargins &margins, int spacing);
// The system's fixed-width font at the application's text size times scale (addresses, hashes).
QFont monospaceFont(qreal scale = 1.0);
// Re-applies the style sheet after a dynamic property changed (badges, states); the size too.
void repolish(QWidget *widget);
// A frame drawn as an alert of `kind` ("info", "ok", "warning", "danger"; the style sheet's colours).
QFrame *alertBox(const QString &kind, QWidget *parent);
// Changes an alert's kind and restyles it and its labels.
void setAlert(QFrame *box, const QString &kind);
// Removes every item of layout, deleting its widgets and nested layouts (for screens rebuilt from data).
void clearLayout(QLayout *layout);

} // namespace cca::ui
