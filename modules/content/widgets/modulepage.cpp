#include "content/widgets/modulepage.h"

#include "content/widgets/catalogpage.h"
#include "ui/icons.h"
#include "ui/uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace cca::content {

ModulePage::ModulePage(QWidget *parent) : QWidget(parent)
{
    m_content = ui::scrollingColumn(this, QMargins(32, 24, 32, 24), 14);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &ModulePage::backRequested);
}

void ModulePage::setModule(const ModulePackage &module, const QString &language, const ModuleStatus &status)
{
    m_moduleId = module.id;
    ui::clearLayout(m_content);

    auto *back = new QToolButton;
    back->setIcon(ui::Icons::icon(QStringLiteral("arrow-left")));
    back->setText(tr("All courses"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &ModulePage::backRequested);
    m_content->addWidget(back, 0, Qt::AlignLeft);

    m_content->addWidget(ui::heading(module.title.text(language), "h1"));
    m_content->addWidget(ui::mutedLabel(module.summary.text(language)));
    auto *chips = new QHBoxLayout;
    chips->addWidget(ui::chip(levelName(module.level)));
    chips->addWidget(ui::chip(ui::formatMinutes(module.minutes)));
    chips->addWidget(ui::chip(topicName(module.topic)));
    chips->addWidget(ui::chip(tr("Version %1").arg(module.version)));
    chips->addStretch();
    m_content->addLayout(chips);

    const int total = int(module.lessons.size());
    const int done = int(status.completedLessons.size());
    QString label;
    if (status.completed)
        label = tr("Review the module");
    else if (status.started)
        label = tr("Continue: lesson %1 of %2").arg(qMin(total, qMax(1, module.lessonIndex(status.lastLessonId) + 1))).arg(total);
    else
        label = tr("Start the module");
    m_start = ui::primaryButton(label);
    m_start->setObjectName(QStringLiteral("startModule"));
    m_start->setIcon(ui::Icons::icon(QStringLiteral("circle-play"), palette().color(QPalette::HighlightedText)));
    connect(m_start, &QPushButton::clicked, this, &ModulePage::startRequested);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    if (status.completed) {
        startRow->addWidget(ui::chip(status.bestPercent ? tr("Completed · best score %1%").arg(qRound(*status.bestPercent))
                                                        : tr("Completed")));
        auto *certificate = new QPushButton(ui::Icons::icon(QStringLiteral("award")), tr("Save certificate (PDF)…"));
        certificate->setObjectName(QStringLiteral("saveCertificate"));
        connect(certificate, &QPushButton::clicked, this, &ModulePage::certificateRequested);
        startRow->addWidget(certificate);
    }
    else if (status.started)
        startRow->addWidget(ui::mutedLabel(tr("%1 of %2 lessons completed").arg(done).arg(total)));
    startRow->addStretch();
    m_content->addLayout(startRow);

    QFrame *objectives = ui::card();
    auto *ol = new QVBoxLayout(objectives);
    ol->setContentsMargins(20, 16, 20, 16);
    ol->addWidget(ui::heading(tr("After this module you can"), "h2", objectives));
    for (const LocalizedText &o : module.objectives) {
        auto *row = new QLabel(QStringLiteral("•  ") + o.text(language), objectives);
        row->setWordWrap(true);
        ol->addWidget(row);
    }
    m_content->addWidget(objectives);

    QFrame *outline = ui::card();
    auto *ll = new QVBoxLayout(outline);
    ll->setContentsMargins(20, 16, 20, 16);
    ll->setSpacing(6);
    ll->addWidget(ui::heading(tr("Outline"), "h2", outline));
    for (int i = 0; i < total; ++i) {
        const Lesson &lesson = module.lessons[i];
        const bool complete = status.completedLessons.contains(lesson.id);
        auto *button = new QPushButton(ui::Icons::icon(complete ? QStringLiteral("circle-check") : QStringLiteral("circle")),
                                       tr("%1. %2  ·  %3").arg(i + 1).arg(lesson.title.text(language), ui::formatMinutes(lesson.minutes)),
                                       outline);
        button->setFlat(true);
        button->setProperty("flat", true);
        button->setStyleSheet(QStringLiteral("text-align: left;"));
        button->setAccessibleName(tr("Lesson %1: %2, %3").arg(i + 1).arg(lesson.title.text(language),
                                                                     complete ? tr("completed") : tr("not completed")));
        connect(button, &QPushButton::clicked, this, [this, i] { emit lessonRequested(i); });
        ll->addWidget(button);
    }
    for (const Assessment &a : module.assessments) {
        auto *button = new QPushButton(ui::Icons::icon(QStringLiteral("list-checks")),
                                       tr("Quiz: %1  ·  %n question(s), pass mark %2%", nullptr, int(a.questions.size()))
                                           .arg(a.title.text(language))
                                           .arg(a.passMark),
                                       outline);
        button->setFlat(true);
        button->setProperty("flat", true);
        button->setStyleSheet(QStringLiteral("text-align: left;"));
        connect(button, &QPushButton::clicked, this, [this, id = a.id] { emit assessmentRequested(id); });
        ll->addWidget(button);
    }
    m_content->addWidget(outline);

    m_activityCard = nullptr;
    if (!module.activities.isEmpty()) {
        m_activityCard = ui::card();
        auto *al = new QVBoxLayout(m_activityCard);
        al->setContentsMargins(20, 16, 20, 16);
        al->setSpacing(6);
        al->addWidget(ui::heading(tr("Practise"), "h2", m_activityCard));
        al->addWidget(ui::mutedLabel(tr("Exercises on realistic cases. Your best result is kept; try again as often as you like."), m_activityCard));
        for (const Activity &a : module.activities) {
            QString icon = QStringLiteral("sparkles");
            QString kind;
            if (a.type == ActivityTypes::ChatSimulation) {
                icon = QStringLiteral("messages-square");
                kind = tr("Chat simulation");
            } else if (a.type == ActivityTypes::CallSimulation) {
                icon = QStringLiteral("phone-call");
                kind = tr("Call simulation");
            } else if (a.type == ActivityTypes::Intervention) {
                icon = QStringLiteral("handshake");
                kind = tr("Intervention role-play");
            } else if (a.type == ActivityTypes::WalletExercise) {
                icon = QStringLiteral("wallet");
                kind = tr("Wallet lab");
            } else if (a.type == ActivityTypes::TracingCase) {
                icon = QStringLiteral("waypoints");
                kind = tr("Tracing lab");
            }
            const auto found = status.activities.constFind(a.id);
            const bool done = found != status.activities.cend() && found->attempts > 0;
            QString result = tr("not tried yet");
            if (done)
                result = found->maxScore > 0 ? tr("best %1 of %2").arg(found->bestScore).arg(found->maxScore) : tr("done");
            auto *button = new QPushButton(ui::Icons::icon(done ? QStringLiteral("circle-check") : icon),
                                           tr("%1  ·  %2  ·  %3").arg(a.title.text(language), kind, result), m_activityCard);
            button->setObjectName(QStringLiteral("activity-") + a.id);
            button->setProperty("activityId", a.id);
            button->setFlat(true);
            button->setProperty("flat", true);
            button->setStyleSheet(QStringLiteral("text-align: left;"));
            if (!a.summary.isEmpty())
                button->setToolTip(a.summary.text(language));
            button->setAccessibleName(tr("%1, %2, %3").arg(a.title.text(language), kind, result));
            connect(button, &QPushButton::clicked, this, [this, id = a.id] { emit activityRequested(id); });
            al->addWidget(button);
            if (!a.summary.isEmpty()) {
                auto *summary = ui::mutedLabel(a.summary.text(language), m_activityCard);
                summary->setContentsMargins(34, 0, 0, 6);
                al->addWidget(summary);
            }
        }
        m_content->addWidget(m_activityCard);
    }

    m_referenceCard = ui::card();
    m_referenceLayout = new QVBoxLayout(m_referenceCard);
    m_referenceLayout->setContentsMargins(20, 16, 20, 16);
    m_referenceLayout->setSpacing(6);
    m_referenceCard->hide();
    m_content->addWidget(m_referenceCard);

    if (!module.sources.isEmpty()) {
        QFrame *sources = ui::card();
        auto *sl = new QVBoxLayout(sources);
        sl->setContentsMargins(20, 16, 20, 16);
        sl->addWidget(ui::heading(tr("Sources"), "h2", sources));
        for (const SourceRef &s : module.sources) {
            QString line = s.publisher + QStringLiteral(", ") + s.title;
            if (!s.date.isEmpty())
                line += QStringLiteral(" (") + s.date + QLatin1Char(')');
            auto *label = ui::mutedLabel(line, sources);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            sl->addWidget(label);
        }
        m_content->addWidget(sources);
    }
    m_content->addStretch();
}

void ModulePage::setReferenceLinks(const QList<QPair<QString, QString>> &links)
{
    if (!m_referenceLayout)
        return;
    ui::clearLayout(m_referenceLayout);
    m_referenceLayout->addWidget(ui::heading(tr("In the scam reference"), "h2", m_referenceCard));
    m_referenceLayout->addWidget(ui::mutedLabel(tr("The scams this module teaches, with red flags and first-response checklists."), m_referenceCard));
    for (const auto &[id, title] : links) {
        auto *button = new QPushButton(ui::Icons::icon(QStringLiteral("library")), title, m_referenceCard);
        button->setFlat(true);
        button->setProperty("flat", true);
        button->setProperty("referenceEntry", id);
        button->setStyleSheet(QStringLiteral("text-align: left;"));
        connect(button, &QPushButton::clicked, this, [this, id = id] { emit referenceRequested(id); });
        m_referenceLayout->addWidget(button);
    }
    m_referenceCard->setVisible(!links.isEmpty());
}

QList<QPushButton *> ModulePage::activityButtons() const
{
    QList<QPushButton *> out;
    if (m_activityCard)
        for (QPushButton *b : m_activityCard->findChildren<QPushButton *>())
            if (b->property("activityId").isValid())
                out << b;
    return out;
}

QList<QPushButton *> ModulePage::referenceLinkButtons() const
{
    return m_referenceCard ? m_referenceCard->findChildren<QPushButton *>() : QList<QPushButton *>();
}

} // namespace cca::content
