#include "content/widgets/lessonplayer.h"

#include "content/widgets/lessonbrowser.h"
#include "content/widgets/mediapanel.h"
#include "ui/icons.h"
#include "ui/uihelpers.h"

#include <QGuiApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace cca::content {

LessonPlayer::LessonPlayer(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 16);
    root->setSpacing(12);

    // Top: back, module title, lesson counter, progress.
    auto *top = new QHBoxLayout;
    auto *back = new QToolButton(this);
    back->setIcon(ui::Icons::icon(QStringLiteral("arrow-left")));
    back->setToolTip(tr("Back to the module (Esc)"));
    back->setAccessibleName(tr("Back to the module"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, [this] {
        flushPosition();
        emit backRequested();
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, back, &QToolButton::click);
    m_outlineToggle = new QToolButton(this);
    m_outlineToggle->setIcon(ui::Icons::icon(QStringLiteral("panel-left-close")));
    m_outlineToggle->setToolTip(tr("Show or hide the outline"));
    m_outlineToggle->setAccessibleName(tr("Show or hide the outline"));
    m_outlineToggle->setAutoRaise(true);
    m_moduleTitle = ui::heading(QString(), "h2", this);
    m_counter = ui::mutedLabel(QString(), this);
    m_counter->setWordWrap(false);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(180);
    m_progress->setAccessibleName(tr("Lessons completed"));
    top->addWidget(back);
    top->addWidget(m_outlineToggle);
    top->addWidget(m_moduleTitle, 1);
    top->addWidget(m_counter);
    top->addWidget(m_progress);
    root->addLayout(top);

    // Body: outline | reading column.
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    m_outline = new QListWidget(this);
    m_outline->setObjectName(QStringLiteral("lessonOutline"));
    m_outline->setAccessibleName(tr("Lesson outline"));
    m_outline->setFixedWidth(260);
    m_outline->setWordWrap(true);
    m_outline->setSpacing(2);
    body->addWidget(m_outline);
    connect(m_outline, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openLesson(m_outline->row(item));
    });
    connect(m_outline, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (m_outline->row(item) != m_index)
            openLesson(m_outline->row(item));
    });
    connect(m_outlineToggle, &QToolButton::clicked, this, [this] {
        m_outline->setVisible(!m_outline->isVisible());
        m_outlineToggle->setIcon(ui::Icons::icon(m_outline->isVisible() ? QStringLiteral("panel-left-close")
                                                                         : QStringLiteral("panel-left-open")));
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    m_mediaLayout = new QVBoxLayout;
    column->addLayout(m_mediaLayout);
    m_browser = new LessonBrowser(this);
    column->addWidget(m_browser, 1);
    auto *columnHost = new QWidget(this);
    columnHost->setLayout(column);
    // A comfortable reading width: about 75 characters of body text.
    columnHost->setMaximumWidth(fontMetrics().averageCharWidth() * 90 + 120);
    body->addWidget(columnHost, 1);
    root->addLayout(body, 1);

    connect(m_browser, &LessonBrowser::glossaryRequested, this, &LessonPlayer::showGlossary);
    connect(m_browser, &LessonBrowser::externalLinkClicked, this, [this](const QUrl &url) {
        QGuiApplication::clipboard()->setText(url.toString());
        QToolTip::showText(QCursor::pos(), tr("Web link copied (lessons never open the network):\n%1").arg(url.toString()), this);
    });

    // Bottom: previous / next.
    auto *bottom = new QHBoxLayout;
    m_previous = new QPushButton(ui::Icons::icon(QStringLiteral("chevron-left")), tr("Previous"), this);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next = ui::primaryButton(tr("Next"), this);
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    bottom->addWidget(m_previous);
    bottom->addStretch();
    bottom->addWidget(m_next);
    root->addLayout(bottom);
    connect(m_previous, &QPushButton::clicked, this, &LessonPlayer::previous);
    connect(m_next, &QPushButton::clicked, this, &LessonPlayer::next);

    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(1500);
    connect(m_positionTimer, &QTimer::timeout, this, &LessonPlayer::flushPosition);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, m_positionTimer, qOverload<>(&QTimer::start));
}

void LessonPlayer::setModule(const ModulePackage &module, const QString &language, const ModuleStatus &status)
{
    m_module = module;
    m_language = language;
    m_status = status;
    m_index = -1;
    m_moduleTitle->setText(module.title.text(language));
    m_outline->clear();
    for (const Lesson &lesson : module.lessons) {
        auto *item = new QListWidgetItem(lesson.title.text(language), m_outline);
        item->setData(Qt::UserRole, lesson.id);
    }
}

void LessonPlayer::openLesson(int index, double position)
{
    if (index < 0 || index >= m_module.lessons.size())
        return;
    if (m_index >= 0 && m_index != index)
        flushPosition();
    m_positionTimer->stop();
    m_index = index;
    const Lesson &lesson = m_module.lessons[index];

    for (MediaPanel *panel : std::as_const(m_mediaPanels))
        panel->deleteLater();
    m_mediaPanels.clear();
    for (const MediaItem &item : lesson.media) {
        auto *panel = new MediaPanel(this);
        panel->setMedia(m_module, item, m_language);
        m_mediaLayout->addWidget(panel);
        m_mediaPanels << panel;
    }

    {
        const QSignalBlocker block(m_browser->verticalScrollBar());
        m_browser->showLesson(m_module, lesson.file.text(m_language));
    }
    emit lessonOpened(index);
    if (position > 0.0) {
        QTimer::singleShot(0, this, [this, index, position] {
            if (m_index == index) {
                const QSignalBlocker block(m_browser->verticalScrollBar());
                m_browser->setPosition(position);
            }
        });
    }
    updateChrome();
    m_browser->setFocus();
}

void LessonPlayer::next()
{
    if (m_index < 0)
        return;
    flushPosition();
    const int done = m_index;
    if (!m_status.completedLessons.contains(m_module.lessons[done].id)) {
        m_status.completedLessons.insert(m_module.lessons[done].id);
        emit lessonCompleted(done);
    }
    if (done + 1 < m_module.lessons.size()) {
        openLesson(done + 1);
        return;
    }
    updateChrome();
    if (!m_module.assessments.isEmpty())
        emit assessmentRequested(m_module.assessments.first().id);
    else
        emit finished();
}

void LessonPlayer::previous()
{
    if (m_index > 0)
        openLesson(m_index - 1);
}

void LessonPlayer::flushPosition()
{
    m_positionTimer->stop();
    if (m_index >= 0)
        emit positionChanged(m_index, m_browser->position());
}

void LessonPlayer::updateChrome()
{
    const int total = int(m_module.lessons.size());
    m_counter->setText(tr("Lesson %1 of %2").arg(m_index + 1).arg(total));
    int done = 0;
    for (int i = 0; i < total; ++i) {
        const bool complete = m_status.completedLessons.contains(m_module.lessons[i].id);
        done += complete ? 1 : 0;
        QListWidgetItem *item = m_outline->item(i);
        item->setIcon(ui::Icons::icon(complete ? QStringLiteral("circle-check") : QStringLiteral("circle")));
        item->setToolTip(complete ? tr("Completed") : tr("Not completed yet"));
        item->setSelected(i == m_index);
    }
    m_outline->setCurrentRow(m_index);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setToolTip(tr("%1 of %2 lessons completed").arg(done).arg(total));
    m_previous->setEnabled(m_index > 0);
    const bool last = m_index + 1 >= total;
    if (!last)
        m_next->setText(tr("Next lesson"));
    else if (!m_module.assessments.isEmpty())
        m_next->setText(tr("Take the quiz"));
    else
        m_next->setText(tr("Finish module"));
    m_next->setIcon(ui::Icons::icon(last ? QStringLiteral("list-checks") : QStringLiteral("chevron-right"),
                                    palette().color(QPalette::HighlightedText)));
}

void LessonPlayer::showGlossary(const QString &termId)
{
    const GlossaryEntry *entry = m_module.glossaryEntry(termId);
    if (!entry)
        return;
    const QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                             .arg(entry->term.text(m_language).toHtmlEscaped(), entry->definition.text(m_language).toHtmlEscaped());
    QToolTip::showText(QCursor::pos(), html, m_browser, {}, 20000);
    m_browser->setProperty("lastGlossaryShown", termId);
}

} // namespace cca::content
