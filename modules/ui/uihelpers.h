#pragma once

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QString>

namespace cca::ui {

// Small builders so every screen uses the same hierarchy and spacing.
QLabel *heading(const QString &text, const char *level = "h1", QWidget *parent = nullptr);
QLabel *mutedLabel(const QString &text, QWidget *parent = nullptr);
QLabel *chip(const QString &text, QWidget *parent = nullptr);
QFrame *card(QWidget *parent = nullptr);
QPushButton *primaryButton(const QString &text, QWidget *parent = nullptr);
QString formatMinutes(int minutes);

} // namespace cca::ui
