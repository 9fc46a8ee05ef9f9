#include "shell/homepage.h"

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace cca::shell {

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    m_layout = ui::scrollingColumn(this, QMargins(32, 28, 32, 28), 16);
}

void HomePage::setData(const progress::Officer &officer, const QList<content::ModulePackage> &modules,
                       const QMap<QString, progress::ModuleProgress> &progress, const QString &language, int reviewsDue,
                       const QList<learning::AssignedModule> &assigned)
{
    ui::clearLayout(m_layout);
    m_primary = nullptr;
    m_primaryModule.clear();

    m_layout->addWidget(ui::heading(tr("Welcome, %1").arg(officer.displayName), "h1"));

    QList<const content::ModulePackage *> inProgress;
    QList<const content::ModulePackage *> completed;
    QList<const content::ModulePackage *> notStarted;
    for (const content::ModulePackage &m : modules) {
        if (!m.isValid())
            continue;
        const auto p = progress.value(m.id);
        if (p.completed)
            completed << &m;
        else if (p.started)
            inProgress << &m;
        else
            notStarted << &m;
    }
    std::sort(inProgress.begin(), inProgress.end(), [&](const auto *a, const auto *b) {
        return progress.value(a->id).lastActivity > progress.value(b->id).lastActivity;
    });

    // The one obvious next step.
    QFrame *hero = ui::card();
    hero->setObjectName(QStringLiteral("continueCard"));
    auto *hl = new QHBoxLayout(hero);
    hl->setContentsMargins(28, 24, 28, 24);
    hl->setSpacing(20);
    auto *heroIcon = new QLabel(hero);
    heroIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("graduation-cap"), 56, palette().color(QPalette::Highlight)));
    hl->addWidget(heroIcon, 0, Qt::AlignTop);
    auto *heroText = new QVBoxLayout;
    heroText->setSpacing(8);
    if (!inProgress.isEmpty()) {
        const content::ModulePackage *m = inProgress.first();
        const auto p = progress.value(m->id);
        const int lesson = std::max(0, m->lessonIndex(p.lastLessonId)) + 1;
        const int total = int(m->lessons.size());
        m_primaryModule = m->id;
        heroText->addWidget(ui::mutedLabel(tr("Continue where you left off")));
        heroText->addWidget(ui::heading(m->title.text(language), "h2"));
        heroText->addWidget(ui::mutedLabel(p.completedLessons.size() == qsizetype(total)
                                               ? tr("All lessons read · the quiz is next")
                                               : tr("Lesson %1 of %2 · %3 completed").arg(lesson).arg(total).arg(p.completedLessons.size())));
        auto *bar = new QProgressBar(hero);
        bar->setRange(0, total);
        bar->setValue(int(p.completedLessons.size()));
        bar->setTextVisible(false);
        heroText->addWidget(bar);
        m_primary = ui::primaryButton(tr("Continue"), hero);
        connect(m_primary, &QPushButton::clicked, this, [this, id = m->id] { emit continueRequested(id); });
    } else if (!notStarted.isEmpty()) {
        const content::ModulePackage *m = notStarted.first();
        m_primaryModule = m->id;
        heroText->addWidget(ui::mutedLabel(tr("Your next step")));
        heroText->addWidget(ui::heading(tr("Start: %1").arg(m->title.text(language)), "h2"));
        heroText->addWidget(ui::mutedLabel(tr("%n lesson(s), about %1", nullptr, int(m->lessons.size())).arg(ui::formatMinutes(m->minutes))));
        m_primary = ui::primaryButton(tr("Start"), hero);
        connect(m_primary, &QPushButton::clicked, this, [this, id = m->id] { emit continueRequested(id); });
    } else if (!completed.isEmpty()) {
        heroText->addWidget(ui::heading(tr("Every course is complete. Well done."), "h2"));
        heroText->addWidget(ui::mutedLabel(tr("Browse the catalog to review a module or to find new ones.")));
        m_primary = ui::primaryButton(tr("Browse courses"), hero);
        connect(m_primary, &QPushButton::clicked, this, &HomePage::catalogRequested);
    } else {
        heroText->addWidget(ui::heading(tr("No modules are installed yet."), "h2"));
        heroText->addWidget(ui::mutedLabel(tr("Ask your trainer or administrator to install training modules.")));
    }
    hl->addLayout(heroText, 1);
    if (m_primary) {
        m_primary->setObjectName(QStringLiteral("homePrimary"));
        m_primary->setMinimumWidth(160);
        hl->addWidget(m_primary, 0, Qt::AlignBottom);
    }
    m_layout->addWidget(hero);

    // What trainers assigned, with due dates; overdue ones say so in words and colour.
    if (!assigned.isEmpty()) {
        m_layout->addWidget(ui::heading(tr("Assigned to you"), "h2"));
        for (const learning::AssignedModule &a : assigned) {
            QFrame *card = ui::card();
            card->setObjectName(QStringLiteral("assigned-") + a.moduleId);
            auto *al = new QHBoxLayout(card);
            al->setContentsMargins(20, 12, 20, 12);
            auto *icon = new QLabel(card);
            icon->setPixmap(ui::Icons::pixmap(a.completed ? QStringLiteral("circle-check") : a.overdue ? QStringLiteral("triangle-alert")
                                                                                                        : QStringLiteral("clock"),
                                              22, a.completed ? ui::Theme::success() : a.overdue ? ui::Theme::danger() : ui::Theme::muted()));
            al->addWidget(icon);
            al->addWidget(ui::heading(a.title, "h2", card), 1);
            const QString date = QLocale().toString(a.due, QLocale::ShortFormat);
            QLabel *when = a.completed ? ui::mutedLabel(tr("Done"), card)
                           : a.overdue ? new QLabel(tr("Overdue: was due %1").arg(date), card)
                                       : ui::mutedLabel(tr("Due %1").arg(date), card);
            when->setObjectName(QStringLiteral("assignedDue"));
            if (a.overdue)
                when->setStyleSheet(QStringLiteral("color: %1; font-weight: 700;").arg(ui::Theme::danger().name()));
            al->addWidget(when);
            auto *open = new QPushButton(a.completed ? tr("Review") : tr("Open"), card);
            connect(open, &QPushButton::clicked, this, [this, id = a.moduleId] { emit moduleRequested(id); });
            al->addWidget(open);
            m_layout->addWidget(card);
        }
    }

    // Spaced review: what is due today, as Anki shows its due counts.
    QFrame *review = ui::card();
    review->setObjectName(QStringLiteral("reviewCard"));
    auto *rl = new QHBoxLayout(review);
    rl->setContentsMargins(28, 16, 28, 16);
    auto *reviewIcon = new QLabel(review);
    reviewIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("sparkles"), 28, palette().color(QPalette::Highlight)));
    rl->addWidget(reviewIcon);
    auto *reviewText = ui::heading(reviewsDue > 0 ? tr("%n review(s) due today", nullptr, reviewsDue)
                                                  : tr("No reviews due today"),
                                   "h2", review);
    reviewText->setObjectName(QStringLiteral("reviewsDue"));
    rl->addWidget(reviewText, 1);
    if (reviewsDue > 0) {
        auto *start = new QPushButton(tr("Start review"), review);
        start->setObjectName(QStringLiteral("startReview"));
        connect(start, &QPushButton::clicked, this, &HomePage::reviewRequested);
        rl->addWidget(start);
    } else {
        rl->addWidget(ui::mutedLabel(tr("Questions you miss come back here."), review));
    }
    m_layout->addWidget(review);

    auto section = [&](const QString &title, const QList<const content::ModulePackage *> &list, bool done) {
        if (list.isEmpty())
            return;
        m_layout->addWidget(ui::heading(title, "h2"));
        for (const content::ModulePackage *m : list) {
            const auto p = progress.value(m->id);
            QFrame *card = ui::card();
            card->setObjectName((done ? QStringLiteral("completed-") : QStringLiteral("inprogress-")) + m->id);
            auto *cl = new QHBoxLayout(card);
            cl->setContentsMargins(20, 14, 20, 14);
            auto *texts = new QVBoxLayout;
            texts->addWidget(ui::heading(m->title.text(language), "h2", card));
            const int total = int(m->lessons.size());
            QString line = tr("%1 of %2 lessons").arg(p.completedLessons.size()).arg(total);
            if (const auto best = p.bestPercent())
                line += QStringLiteral(" · ") + tr("best quiz score %1%").arg(qRound(*best));
            if (done && p.completedAt.isValid())
                line += QStringLiteral(" · ") + tr("completed %1").arg(QLocale().toString(p.completedAt.toLocalTime().date(), QLocale::ShortFormat));
            texts->addWidget(ui::mutedLabel(line, card));
            auto *bar = new QProgressBar(card);
            bar->setRange(0, total);
            bar->setValue(done ? total : int(p.completedLessons.size()));
            bar->setTextVisible(false);
            bar->setAccessibleName(line);
            texts->addWidget(bar);
            cl->addLayout(texts, 1);
            auto *open = new QPushButton(done ? tr("Review") : tr("Open"), card);
            connect(open, &QPushButton::clicked, this, [this, id = m->id] { emit moduleRequested(id); });
            cl->addWidget(open);
            m_layout->addWidget(card);
        }
    };
    section(tr("In progress"), inProgress, false);
    section(tr("Completed"), completed, true);
    m_layout->addStretch();
}

} // namespace cca::shell
