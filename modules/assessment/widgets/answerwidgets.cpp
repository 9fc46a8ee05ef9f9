// The answer inputs, one small class per question type, private to this file: each turns the
// officer's input into the response JSON that scoring.h describes, and back.
#include "assessment/widgets/answerwidget.h"

#include "content/markdownscan.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace cca::assessment {

using namespace cca::content;

namespace {

QString keyText(const Question &q, const QString &key, const QString &language)
{
    for (const ChoiceOption &o : q.options)
        if (o.id == key)
            return o.text.text(language);
    for (const MatchPair &p : q.pairs)
        if (p.id == key)
            return p.answer.text(language);
    if (key.startsWith(QLatin1String("distractor-"))) {
        const int i = key.mid(11).toInt();
        if (i >= 0 && i < q.distractors.size())
            return q.distractors[i].text(language);
    }
    for (const OrderItem &i : q.items)
        if (i.id == key)
            return i.text.text(language);
    for (const SortItem &i : q.sortItems)
        if (i.id == key)
            return i.text.text(language);
    return key;
}

// single_choice, multiple_choice
class ChoiceAnswer : public AnswerWidget
{
public:
    ChoiceAnswer(const Question &q, const QStringList &order, const QString &lang, QWidget *parent) : AnswerWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        m_group = new QButtonGroup(this);
        m_group->setExclusive(q.type == QuestionTypes::SingleChoice);
        int n = 0;
        for (const QString &key : order) {
            const QString label = QStringLiteral("%1.  %2").arg(++n).arg(keyText(q, key, lang));
            QAbstractButton *b = m_group->exclusive() ? static_cast<QAbstractButton *>(new QRadioButton(label, this))
                                                      : static_cast<QAbstractButton *>(new QCheckBox(label, this));
            b->setProperty("optionId", key);
            b->setAccessibleName(keyText(q, key, lang));
            m_group->addButton(b);
            layout->addWidget(b);
            connect(b, &QAbstractButton::toggled, this, [this](bool on) {
                // An exclusive group toggles one button off and another on: report the settled state once.
                if (on || !m_group->exclusive())
                    emit responseChanged();
            });
        }
    }
    QJsonValue response() const override
    {
        QJsonArray a;
        for (QAbstractButton *b : m_group->buttons())
            if (b->isChecked())
                a.append(b->property("optionId").toString());
        return a;
    }
    void setResponse(const QJsonValue &r) override
    {
        const QJsonArray a = r.toArray();
        const QSignalBlocker block(this);
        for (QAbstractButton *b : m_group->buttons()) {
            const QSignalBlocker blockButton(b);
            b->setChecked(a.contains(b->property("optionId").toString()));
        }
    }
    bool chooseByNumber(int n) override
    {
        const auto buttons = m_group->buttons();
        if (n < 1 || n > buttons.size())
            return false;
        buttons[n - 1]->click();
        buttons[n - 1]->setFocus();
        return true;
    }

private:
    QButtonGroup *m_group;
};

class TrueFalseAnswer : public AnswerWidget
{
public:
    explicit TrueFalseAnswer(QWidget *parent) : AnswerWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_true = new QRadioButton(AnswerWidget::tr("1.  True"), this);
        m_false = new QRadioButton(AnswerWidget::tr("2.  False"), this);
        m_true->setAccessibleName(AnswerWidget::tr("True"));
        m_false->setAccessibleName(AnswerWidget::tr("False"));
        layout->addWidget(m_true);
        layout->addWidget(m_false);
        for (QRadioButton *b : {m_true, m_false})
            connect(b, &QRadioButton::toggled, this, [this](bool on) {
                if (on)
                    emit responseChanged();
            });
    }
    QJsonValue response() const override
    {
        if (m_true->isChecked())
            return true;
        if (m_false->isChecked())
            return false;
        return QJsonValue();
    }
    void setResponse(const QJsonValue &r) override
    {
        const QSignalBlocker a(m_true), b(m_false);
        m_true->setChecked(r.isBool() && r.toBool());
        m_false->setChecked(r.isBool() && !r.toBool());
    }
    bool chooseByNumber(int n) override
    {
        if (n != 1 && n != 2)
            return false;
        (n == 1 ? m_true : m_false)->click();
        return true;
    }

private:
    QRadioButton *m_true;
    QRadioButton *m_false;
};

// short_answer and numeric
class LineAnswer : public AnswerWidget
{
public:
    LineAnswer(bool numeric, QWidget *parent) : AnswerWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_edit = new QLineEdit(this);
        m_edit->setPlaceholderText(numeric ? AnswerWidget::tr("Type a number") : AnswerWidget::tr("Type your answer"));
        m_edit->setAccessibleName(numeric ? AnswerWidget::tr("Your answer (a number)") : AnswerWidget::tr("Your answer"));
        m_edit->setMaximumWidth(480);
        layout->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textEdited, this, &AnswerWidget::responseChanged);
    }
    QJsonValue response() const override { return m_edit->text(); }
    void setResponse(const QJsonValue &r) override { m_edit->setText(r.toString()); }

private:
    QLineEdit *m_edit;
};

// Words as a reader counts them: runs of letters separated by spaces, and each Chinese or
// Japanese character on its own (those scripts do not put spaces between words).
int wordCount(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana) {
            ++count;
            inWord = false;
        } else if (c.isSpace() || c.isPunct()) {
            inWord = false;
        } else if (!inWord) {
            ++count;
            inWord = true;
        }
    }
    return count;
}

class EssayAnswer : public AnswerWidget
{
public:
    EssayAnswer(const Question &q, QWidget *parent) : AnswerWidget(parent), m_min(q.minWords), m_max(q.maxWords)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_edit = new QPlainTextEdit(this);
        m_edit->setAccessibleName(AnswerWidget::tr("Your answer"));
        m_edit->setMinimumHeight(160);
        m_count = ui::mutedLabel(QString(), this);
        layout->addWidget(m_edit);
        layout->addWidget(m_count);
        layout->addWidget(ui::mutedLabel(AnswerWidget::tr("A trainer marks this answer later."), this));
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            updateCount();
            emit responseChanged();
        });
        updateCount();
    }
    QJsonValue response() const override { return m_edit->toPlainText(); }
    void setResponse(const QJsonValue &r) override
    {
        const QSignalBlocker block(m_edit);
        m_edit->setPlainText(r.toString());
        updateCount();
    }

private:
    void updateCount()
    {
        const int words = wordCount(m_edit->toPlainText());
        QString text = AnswerWidget::tr("%n word(s)", nullptr, words);
        if (m_min > 0 || m_max > 0)
            text += QStringLiteral(" · ") + (m_max > 0 ? AnswerWidget::tr("between %1 and %2 words").arg(m_min).arg(m_max) : AnswerWidget::tr("at least %1 words").arg(m_min));
        m_count->setText(text);
    }
    QPlainTextEdit *m_edit;
    QLabel *m_count;
    int m_min, m_max;
};

// A combo box per row: matching (prompt -> answer) and categorize (item -> bucket).
class PickerAnswer : public AnswerWidget
{
public:
    PickerAnswer(const QList<QPair<QString, QString>> &rows, const QList<QPair<QString, QString>> &choices, QWidget *parent)
        : AnswerWidget(parent)
    {
        auto *form = new QFormLayout(this);
        form->setContentsMargins(0, 0, 0, 0);
        form->setSpacing(10);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const auto &[key, label] : rows) {
            auto *box = new QComboBox(this);
            box->addItem(AnswerWidget::tr("Choose…"), QString());
            for (const auto &[choiceKey, choiceLabel] : choices)
                box->addItem(choiceLabel, choiceKey);
            box->setAccessibleName(label);
            box->setProperty("rowKey", key);
            auto *text = new QLabel(label, this);
            text->setWordWrap(true);
            text->setBuddy(box);
            form->addRow(text, box);
            m_boxes << box;
            connect(box, &QComboBox::activated, this, &AnswerWidget::responseChanged);
        }
    }
    QJsonValue response() const override
    {
        QJsonObject o;
        for (QComboBox *b : m_boxes)
            if (!b->currentData().toString().isEmpty())
                o.insert(b->property("rowKey").toString(), b->currentData().toString());
        return o;
    }
    void setResponse(const QJsonValue &r) override
    {
        const QJsonObject o = r.toObject();
        for (QComboBox *b : m_boxes) {
            const int i = b->findData(o.value(b->property("rowKey").toString()).toString());
            b->setCurrentIndex(std::max(0, i));
        }
    }
    QList<QComboBox *> boxes() const { return m_boxes; }

private:
    QList<QComboBox *> m_boxes;
};

class OrderingAnswer : public AnswerWidget
{
public:
    OrderingAnswer(const Question &q, const QStringList &order, const QString &lang, QWidget *parent) : AnswerWidget(parent), m_q(q), m_lang(lang)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_list = new QListWidget(this);
        m_list->setAccessibleName(AnswerWidget::tr("Items to put in order"));
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setMinimumHeight(40 * int(order.size()) + 12);
        m_list->setSpacing(3);
        m_list->setWordWrap(true);
        layout->addWidget(m_list, 1);
        auto *buttons = new QVBoxLayout;
        auto *up = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-left")), AnswerWidget::tr("Move up"), this);
        auto *down = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-right")), AnswerWidget::tr("Move down"), this);
        up->setToolTip(AnswerWidget::tr("Move the selected item up (Alt+Up)"));
        down->setToolTip(AnswerWidget::tr("Move the selected item down (Alt+Down)"));
        up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
        down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        layout->addLayout(buttons);
        fill(order);
        m_list->installEventFilter(this);
        connect(up, &QPushButton::clicked, this, [this] { move(-1); });
        connect(down, &QPushButton::clicked, this, [this] { move(1); });
        connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
            m_touched = true;
            renumber();
            emit responseChanged();
        });
        m_list->setCurrentRow(0);
    }
    QJsonValue response() const override
    {
        if (!m_touched)
            return QJsonValue();
        QJsonArray a;
        for (int i = 0; i < m_list->count(); ++i)
            a.append(m_list->item(i)->data(Qt::UserRole).toString());
        return a;
    }
    void setResponse(const QJsonValue &r) override
    {
        const QJsonArray a = r.toArray();
        if (a.isEmpty())
            return;
        QStringList order;
        for (const QJsonValue &v : a)
            order << v.toString();
        fill(order);
        m_touched = true;
    }
    // Alt+Up / Alt+Down in the list move the selected item, without relying on window shortcuts.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_list && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                move(key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
        }
        return AnswerWidget::eventFilter(watched, event);
    }
    void move(int delta)
    {
        const int row = m_list->currentRow();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_list->count())
            return;
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
        m_touched = true;
        renumber();
        emit responseChanged();
    }

private:
    void fill(const QStringList &order)
    {
        m_list->clear();
        for (const QString &key : order) {
            auto *item = new QListWidgetItem(keyText(m_q, key, m_lang), m_list);
            item->setData(Qt::UserRole, key);
        }
        renumber();
    }
    void renumber()
    {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setText(QStringLiteral("%1.  %2").arg(i + 1).arg(keyText(m_q, m_list->item(i)->data(Qt::UserRole).toString(), m_lang)));
    }
    const Question m_q;
    QString m_lang;
    QListWidget *m_list;
    bool m_touched = false;
};

// Clicks on an image; the keyboard picks areas by their labels.
class HotspotCanvas : public QWidget
{
public:
    HotspotCanvas(const QString &imagePath, QWidget *parent) : QWidget(parent)
    {
        if (imagePath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
            QSvgRenderer renderer(imagePath);
            m_natural = renderer.defaultSize();
            m_image = QImage(m_natural, QImage::Format_ARGB32_Premultiplied);
            m_image.fill(Qt::transparent);
            QPainter p(&m_image);
            renderer.render(&p);
        } else {
            m_image.load(imagePath);
            m_natural = m_image.size();
        }
        setMinimumSize(m_natural.boundedTo(QSize(640, 480)));
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setCursor(Qt::CrossCursor);
        setFixedHeight(scaledRect(QSize(std::min(m_natural.width(), 640), 0)).height());
    }
    std::function<void(QPointF)> onClick;
    QList<QPointF> marks;
    QSize natural() const { return m_natural; }

protected:
    QRect scaledRect(QSize available) const
    {
        if (m_natural.isEmpty())
            return {};
        const int w = std::min(available.width() > 0 ? available.width() : m_natural.width(), m_natural.width());
        const int h = m_natural.height() * w / m_natural.width();
        return QRect(0, 0, w, h);
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect r = scaledRect(size());
        p.drawImage(r, m_image);
        const double scale = m_natural.width() > 0 ? double(r.width()) / m_natural.width() : 1.0;
        int n = 0;
        for (const QPointF &m : std::as_const(marks)) {
            const QPointF c = m * scale;
            p.setPen(QPen(Qt::white, 3));
            p.setBrush(ui::Theme::accent());
            p.drawEllipse(c, 12, 12);
            p.setPen(Qt::white);
            p.drawText(QRectF(c.x() - 12, c.y() - 12, 24, 24), Qt::AlignCenter, QString::number(++n));
        }
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        const QRect r = scaledRect(size());
        if (!r.contains(e->position().toPoint()) || r.width() == 0 || !onClick)
            return;
        const double scale = double(m_natural.width()) / r.width();
        onClick(e->position() * scale);
    }

private:
    QImage m_image;
    QSize m_natural;
};

class HotspotAnswer : public AnswerWidget
{
public:
    HotspotAnswer(const Question &q, const QString &lang, const QString &moduleDir, QWidget *parent) : AnswerWidget(parent), m_q(q)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        const QString path = MarkdownScan::resolveInside(q.image.text(lang), moduleDir, moduleDir);
        m_canvas = new HotspotCanvas(path, this);
        m_canvas->setAccessibleName(AnswerWidget::tr("Picture: click the places the question asks for"));
        layout->addWidget(m_canvas);
        int correct = 0;
        for (const HotspotRegion &r : q.regions)
            correct += r.correct ? 1 : 0;
        m_max = q.maxClicks > 0 ? q.maxClicks : correct;
        auto *row = new QHBoxLayout;
        m_area = new QComboBox(this);
        m_area->setAccessibleName(AnswerWidget::tr("Choose an area of the picture"));
        for (const HotspotRegion &r : q.regions)
            m_area->addItem(r.label.isEmpty() ? r.id : r.label.text(lang), r.id);
        auto *mark = new QPushButton(AnswerWidget::tr("Mark this area"), this);
        auto *clear = new QPushButton(AnswerWidget::tr("Clear marks"), this);
        m_status = ui::mutedLabel(QString(), this);
        row->addWidget(m_area, 1);
        row->addWidget(mark);
        row->addWidget(clear);
        layout->addLayout(row);
        layout->addWidget(m_status);
        m_canvas->onClick = [this](QPointF p) { addMark(p); };
        connect(mark, &QPushButton::clicked, this, [this] {
            for (const HotspotRegion &r : m_q.regions)
                if (r.id == m_area->currentData().toString())
                    addMark(QPointF(r.centre().first, r.centre().second));
        });
        connect(clear, &QPushButton::clicked, this, [this] {
            m_canvas->marks.clear();
            m_canvas->update();
            updateStatus();
            emit responseChanged();
        });
        updateStatus();
    }
    QJsonValue response() const override
    {
        QJsonArray a;
        for (const QPointF &p : std::as_const(m_canvas->marks))
            a.append(QJsonArray{p.x(), p.y()});
        return a;
    }
    void setResponse(const QJsonValue &r) override
    {
        m_canvas->marks.clear();
        const QJsonArray a = r.toArray();
        for (const QJsonValue &v : a)
            m_canvas->marks << QPointF(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
        m_canvas->update();
        updateStatus();
    }

private:
    void addMark(QPointF p)
    {
        if (m_canvas->marks.size() >= m_max)
            m_canvas->marks.removeFirst();
        m_canvas->marks << p;
        m_canvas->update();
        updateStatus();
        emit responseChanged();
    }
    void updateStatus() { m_status->setText(AnswerWidget::tr("%1 of %2 marks placed").arg(m_canvas->marks.size()).arg(m_max)); }

    const Question m_q;
    HotspotCanvas *m_canvas;
    QComboBox *m_area;
    QLabel *m_status;
    int m_max = 1;
};

class FillBlanksAnswer : public AnswerWidget
{
public:
    FillBlanksAnswer(const Question &q, const QString &lang, QWidget *parent) : AnswerWidget(parent)
    {
        auto *form = new QFormLayout(this);
        form->setContentsMargins(0, 0, 0, 0);
        form->setSpacing(10);
        int n = 0;
        for (const Gap &g : q.gaps) {
            ++n;
            QWidget *input = nullptr;
            if (g.type == QLatin1String("choice")) {
                auto *box = new QComboBox(this);
                box->addItem(AnswerWidget::tr("Choose…"), QString());
                for (const ChoiceOption &o : g.options)
                    box->addItem(o.text.text(lang), o.id);
                connect(box, &QComboBox::activated, this, &AnswerWidget::responseChanged);
                input = box;
            } else {
                auto *edit = new QLineEdit(this);
                edit->setPlaceholderText(g.type == QLatin1String("numeric") ? AnswerWidget::tr("A number") : AnswerWidget::tr("A word or phrase"));
                connect(edit, &QLineEdit::textEdited, this, &AnswerWidget::responseChanged);
                input = edit;
            }
            input->setProperty("gapId", g.id);
            input->setAccessibleName(AnswerWidget::tr("Blank %1").arg(n));
            input->setMaximumWidth(420);
            m_inputs << input;
            form->addRow(AnswerWidget::tr("Blank %1").arg(n), input);
        }
    }
    QJsonValue response() const override
    {
        QJsonObject o;
        for (QWidget *w : m_inputs) {
            const QString id = w->property("gapId").toString();
            if (auto *box = qobject_cast<QComboBox *>(w)) {
                if (!box->currentData().toString().isEmpty())
                    o.insert(id, box->currentData().toString());
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                if (!edit->text().isEmpty())
                    o.insert(id, edit->text());
            }
        }
        return o;
    }
    void setResponse(const QJsonValue &r) override
    {
        const QJsonObject o = r.toObject();
        for (QWidget *w : m_inputs) {
            const QString value = o.value(w->property("gapId").toString()).toString();
            if (auto *box = qobject_cast<QComboBox *>(w))
                box->setCurrentIndex(std::max(0, box->findData(value)));
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                edit->setText(value);
        }
    }

private:
    QList<QWidget *> m_inputs;
};

class NoAnswer : public AnswerWidget
{
public:
    explicit NoAnswer(QWidget *parent) : AnswerWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(ui::mutedLabel(AnswerWidget::tr("Read this, then go on. No answer is needed."), this));
    }
    QJsonValue response() const override { return QJsonValue(); }
    void setResponse(const QJsonValue &) override {}
};

} // namespace

AnswerWidget *createAnswerWidget(const Question &q, const QStringList &order, const QString &language, const QString &moduleDirectory,
                                 QWidget *parent)
{
    const QString &t = q.type;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice)
        return new ChoiceAnswer(q, order, language, parent);
    if (t == QuestionTypes::TrueFalse)
        return new TrueFalseAnswer(parent);
    if (t == QuestionTypes::ShortAnswer || t == QuestionTypes::Numeric)
        return new LineAnswer(t == QuestionTypes::Numeric, parent);
    if (t == QuestionTypes::Essay)
        return new EssayAnswer(q, parent);
    if (t == QuestionTypes::Matching) {
        QList<QPair<QString, QString>> rows, choices;
        for (const MatchPair &p : q.pairs)
            rows.append({p.id, p.prompt.text(language)});
        for (const QString &key : order)
            choices.append({key, keyText(q, key, language)});
        return new PickerAnswer(rows, choices, parent);
    }
    if (t == QuestionTypes::Categorize) {
        QList<QPair<QString, QString>> rows, choices;
        for (const QString &key : order)
            rows.append({key, keyText(q, key, language)});
        for (const Bucket &b : q.buckets)
            choices.append({b.id, b.title.text(language)});
        return new PickerAnswer(rows, choices, parent);
    }
    if (t == QuestionTypes::Ordering)
        return new OrderingAnswer(q, order, language, parent);
    if (t == QuestionTypes::Hotspot)
        return new HotspotAnswer(q, language, moduleDirectory, parent);
    if (t == QuestionTypes::FillBlanks)
        return new FillBlanksAnswer(q, language, parent);
    return new NoAnswer(parent);
}

} // namespace cca::assessment
