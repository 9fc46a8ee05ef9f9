#pragma once

#include "content/package.h"

#include <QFrame>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QTextBrowser;
class QVideoWidget;

namespace cca::content {

// Audio or video from inside the module with play/pause/seek and its transcript beside it.
// The player is created on first play, so pages without media (and tests) cost nothing.
class MediaPanel : public QFrame
{
    Q_OBJECT

public:
    explicit MediaPanel(QWidget *parent = nullptr);

    void setMedia(const ModulePackage &module, const MediaItem &item, const QString &language);
    QString transcriptText() const;
    QString mediaPath() const { return m_path; }
    QPushButton *playButton() const { return m_play; }
    QSlider *seekSlider() const { return m_seek; }
    QString timeText() const;
    void stop();

private:
    void ensurePlayer();
    void togglePlay();
    void updateTime();

    QString m_path;
    QLabel *m_title;
    QPushButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
    QTextBrowser *m_transcript;
    QVideoWidget *m_video = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    bool m_isVideo = false;
};

} // namespace cca::content
