#pragma once

#include <QFrame>

class QLabel;

namespace cca::shell {

// A dismissable message across the top of a screen, instead of a stacked dialog.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };
    explicit NoticeBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Info);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace cca::shell
