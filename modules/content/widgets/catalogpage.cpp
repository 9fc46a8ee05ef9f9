#include "content/widgets/catalogpage.h"

#include "ui/icons.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cca::content {

QString levelName(const QString &level)
{
    if (level == QLatin1String("introductory"))
        return CatalogPage::tr("Introductory");
    if (level == QLatin1String("intermediate"))
        return CatalogPage::tr("Intermediate");
    if (level == QLatin1String("advanced"))
        return CatalogPage::tr("Advanced");
    return level;
}

QString topicName(const QString &topic)
{
    if (topic == QLatin1String("fundamentals"))
        return CatalogPage::tr("Fundamentals");
    if (topic == QLatin1String("wallets"))
        return CatalogPage::tr("Wallets and seizure");
    if (topic == QLatin1String("tracing"))
        return CatalogPage::tr("Tracing");
    if (topic == QLatin1String("social-engineering"))
        return CatalogPage::tr("Social engineering");
    if (topic == QLatin1String("legal"))
        return CatalogPage::tr("Legal process");
    if (topic == QLatin1String("investigation"))
        return CatalogPage::tr("Investigation");
    return topic;
}

CatalogPage::CatalogPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(16);
    root->addWidget(ui::heading(tr("Courses"), "h1", this));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(10);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search courses by title, summary or tag"));
    m_search->setAccessibleName(tr("Search courses"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 2);

    m_topic = new QComboBox(this);
    m_topic->setAccessibleName(tr("Filter by topic"));
    m_topic->addItem(tr("All topics"), QString());
    for (const QString &t : Topics::all())
        m_topic->addItem(topicName(t), t);
    m_level = new QComboBox(this);
    m_level->setAccessibleName(tr("Filter by level"));
    m_level->addItem(tr("All levels"), QString());
    for (const QString &l : Levels::all())
        m_level->addItem(levelName(l), l);
    m_duration = new QComboBox(this);
    m_duration->setAccessibleName(tr("Filter by duration"));
    m_duration->addItem(tr("Any length"), 0);
    m_duration->addItem(tr("Up to 30 minutes"), 30);
    m_duration->addItem(tr("Up to 60 minutes"), 60);
    m_duration->addItem(tr("Longer than 60 minutes"), -60);
    filters->addWidget(m_topic, 1);
    filters->addWidget(m_level, 1);
    filters->addWidget(m_duration, 1);
    root->addLayout(filters);

    m_count = ui::mutedLabel(QString(), this);
    root->addWidget(m_count);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(scroll);
    m_list = new QVBoxLayout(host);
    m_list->setContentsMargins(0, 0, 8, 0);
    m_list->setSpacing(12);
    scroll->setWidget(host);
    root->addWidget(scroll, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::rebuild);
    for (QComboBox *box : {m_topic, m_level, m_duration})
        connect(box, &QComboBox::currentIndexChanged, this, &CatalogPage::rebuild);
}

void CatalogPage::setCatalog(const QList<ModulePackage> &modules, const QString &language,
                             const QMap<QString, ModuleStatus> &status)
{
    m_modules = modules;
    m_language = language;
    m_status = status;
    rebuild();
}

bool CatalogPage::matches(const ModulePackage &m) const
{
    const QString topic = m_topic->currentData().toString();
    const QString level = m_level->currentData().toString();
    const int duration = m_duration->currentData().toInt();
    if (!topic.isEmpty() && m.topic != topic)
        return false;
    if (!level.isEmpty() && m.level != level)
        return false;
    if (duration > 0 && m.minutes > duration)
        return false;
    if (duration < 0 && m.minutes <= -duration)
        return false;
    const QString needle = m_search->text().trimmed();
    if (needle.isEmpty())
        return true;
    const QStringList haystack{m.title.text(m_language), m.summary.text(m_language), m.title.english(),
                               m.summary.english(), m.tags.join(QLatin1Char(' ')), m.id};
    for (const QString &word : needle.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool found = false;
        for (const QString &h : haystack)
            found = found || h.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

QWidget *CatalogPage::makeCard(const ModulePackage &m)
{
    QFrame *card = ui::card();
    card->setObjectName(QStringLiteral("card-") + m.id);
    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(16);
    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(ui::heading(m.title.text(m_language), "h2", card));
    text->addWidget(ui::mutedLabel(m.summary.text(m_language), card));
    auto *chips = new QHBoxLayout;
    chips->setSpacing(6);
    chips->addWidget(ui::chip(levelName(m.level), card));
    chips->addWidget(ui::chip(ui::formatMinutes(m.minutes), card));
    chips->addWidget(ui::chip(topicName(m.topic), card));
    chips->addWidget(ui::chip(tr("%n lesson(s)", nullptr, int(m.lessons.size())), card));
    chips->addStretch();
    text->addLayout(chips);
    text->addStretch();
    layout->addLayout(text, 1);

    const ModuleStatus st = m_status.value(m.id);
    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    const int total = int(m.lessons.size());
    const int done = int(st.completedLessons.size());
    QString state;
    if (st.completed)
        state = st.bestPercent ? tr("Completed · %1%").arg(qRound(*st.bestPercent)) : tr("Completed");
    else if (st.started)
        state = tr("%1 of %2 lessons").arg(done).arg(total);
    else
        state = tr("Not started");
    auto *stateLabel = ui::mutedLabel(state, card);
    stateLabel->setAlignment(Qt::AlignRight);
    side->addWidget(stateLabel);
    auto *bar = new QProgressBar(card);
    bar->setRange(0, qMax(1, total));
    bar->setValue(st.completed ? total : done);
    bar->setTextVisible(false);
    bar->setFixedWidth(160);
    bar->setAccessibleName(state);
    side->addWidget(bar);
    auto *open = st.started ? ui::primaryButton(st.completed ? tr("Review") : tr("Continue"), card)
                            : ui::primaryButton(tr("Open"), card);
    open->setObjectName(QStringLiteral("open-") + m.id);
    open->setAccessibleName(tr("Open %1").arg(m.title.text(m_language)));
    connect(open, &QPushButton::clicked, this, [this, id = m.id] { emit moduleActivated(id); });
    side->addWidget(open, 0, Qt::AlignRight);
    side->addStretch();
    layout->addLayout(side);
    return card;
}

void CatalogPage::rebuild()
{
    ui::clearLayout(m_list);
    m_visible.clear();
    QList<const ModulePackage *> invalid;
    for (const ModulePackage &m : std::as_const(m_modules)) {
        if (!m.isValid()) {
            invalid << &m;
            continue;
        }
        if (!matches(m))
            continue;
        m_visible << m.id;
        m_list->addWidget(makeCard(m));
    }
    if (m_visible.isEmpty()) {
        auto *empty = ui::mutedLabel(m_modules.isEmpty() ? tr("No modules are installed yet.")
                                                         : tr("No course matches the search and filters. Clear them to see every course."));
        empty->setAlignment(Qt::AlignCenter);
        m_list->addWidget(empty);
    }
    if (!invalid.isEmpty()) {
        m_list->addSpacing(12);
        m_list->addWidget(ui::heading(tr("Modules that cannot be opened"), "h2"));
        for (const ModulePackage *m : std::as_const(invalid)) {
            QFrame *card = ui::card();
            auto *l = new QVBoxLayout(card);
            l->setContentsMargins(20, 12, 20, 12);
            l->addWidget(ui::heading(m->title.isEmpty() ? m->id : m->title.text(m_language), "h2", card));
            QStringList lines;
            for (const Diagnostic &d : m->errors.mid(0, 5))
                lines << d.toString();
            if (m->errors.size() > 5)
                lines << tr("… and %n more problem(s)", nullptr, int(m->errors.size() - 5));
            auto *errors = new QLabel(lines.join(QLatin1Char('\n')), card);
            errors->setProperty("role", QStringLiteral("error"));
            errors->setWordWrap(true);
            errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
            l->addWidget(errors);
            m_list->addWidget(card);
        }
    }
    m_list->addStretch();
    m_count->setText(tr("%n course(s)", nullptr, int(m_visible.size())));
}

} // namespace cca::content
