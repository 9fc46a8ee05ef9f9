#pragma once

#include "content/package.h"
#include "content/widgets/modulestatus.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace cca::content {

class LessonBrowser;
class MediaPanel;

// The lesson player: reading column, outline on the side (collapsible), media with transcript,
// Previous/Next, progress at the top. It reports what happens; the shell records it.
class LessonPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPlayer(QWidget *parent = nullptr);

    void setModule(const ModulePackage &module, const QString &language, const ModuleStatus &status);
    void openLesson(int index, double position = 0.0);
    int currentIndex() const { return m_index; }
    const ModulePackage &module() const { return m_module; }
    LessonBrowser *browser() const { return m_browser; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QList<MediaPanel *> mediaPanels() const { return m_mediaPanels; }

public slots:
    void next();
    void previous();
    // Reports the current reading position now (positionChanged), e.g. before leaving.
    void flushPosition();

signals:
    void lessonOpened(int index);
    void positionChanged(int index, double position);
    void lessonCompleted(int index);
    void assessmentRequested(const QString &assessmentId);
    void finished();
    void backRequested();

private:
    void updateChrome();
    void showGlossary(const QString &termId);

    ModulePackage m_module;
    QString m_language;
    ModuleStatus m_status;
    int m_index = -1;

    QLabel *m_moduleTitle;
    QLabel *m_counter;
    QProgressBar *m_progress;
    QToolButton *m_outlineToggle;
    QListWidget *m_outline;
    QVBoxLayout *m_mediaLayout;
    QList<MediaPanel *> m_mediaPanels;
    LessonBrowser *m_browser;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTimer *m_positionTimer;
};

} // namespace cca::content
