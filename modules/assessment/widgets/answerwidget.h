#pragma once

#include "content/question.h"

#include <QJsonValue>
#include <QWidget>

namespace cca::assessment {

// The input for one question. Every type can be answered with the keyboard alone.
class AnswerWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QJsonValue response() const = 0;
    virtual void setResponse(const QJsonValue &response) = 0;
    virtual void setLocked(bool locked) { setEnabled(!locked); }
    // Number keys 1..9 choose the n-th option where a question has options; false when not handled.
    virtual bool chooseByNumber(int number) { Q_UNUSED(number); return false; }

signals:
    void responseChanged();
};

// Creates the input for question, showing its options/items in `order` (from the attempt plan).
// moduleDirectory resolves images (hotspot) inside the package only.
AnswerWidget *createAnswerWidget(const content::Question &question, const QStringList &order, const QString &language,
                                 const QString &moduleDirectory, QWidget *parent = nullptr);

} // namespace cca::assessment
