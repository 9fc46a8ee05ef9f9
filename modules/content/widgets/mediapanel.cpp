#include "content/widgets/mediapanel.h"

#include "content/markdownscan.h"
#include "ui/icons.h"
#include "ui/uihelpers.h"

#include <QAudioOutput>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QTextBrowser>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace cca::content {

namespace {
QString clock(qint64 ms)
{
    return QTime(0, 0).addMSecs(int(ms)).toString(ms >= 3600000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}
} // namespace

MediaPanel::MediaPanel(QWidget *parent) : QFrame(parent)
{
    setProperty("card", true);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(16);

    auto *left = new QVBoxLayout;
    m_title = ui::heading(QString(), "h2", this);
    left->addWidget(m_title);
    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(this);
    m_play->setIcon(ui::Icons::icon(QStringLiteral("play")));
    m_play->setText(tr("Play"));
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_play->setToolTip(tr("Play or pause (Ctrl+Space)"));
    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setAccessibleName(tr("Position in the recording"));
    m_seek->setEnabled(false);
    m_time = ui::mutedLabel(QStringLiteral("0:00 / 0:00"), this);
    m_time->setWordWrap(false);
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    left->addLayout(controls);
    left->addStretch();
    outer->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(ui::mutedLabel(tr("Transcript"), this));
    m_transcript = new QTextBrowser(this);
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setMinimumHeight(110);
    m_transcript->setMaximumHeight(180);
    right->addWidget(m_transcript);
    outer->addLayout(right, 1);

    connect(m_play, &QPushButton::clicked, this, &MediaPanel::togglePlay);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) {
        if (m_player)
            m_player->setPosition(value);
    });
}

void MediaPanel::setMedia(const ModulePackage &module, const MediaItem &item, const QString &language)
{
    stop();
    m_title->setText(item.title.text(language));
    m_isVideo = item.kind == QLatin1String("video");
    m_path = MarkdownScan::resolveInside(item.file.text(language), module.directory, module.directory);
    const QString transcriptPath = MarkdownScan::resolveInside(item.transcript.text(language), module.directory, module.directory);
    QFile f(transcriptPath);
    QString transcript;
    if (!transcriptPath.isEmpty() && f.open(QIODevice::ReadOnly))
        transcript = QString::fromUtf8(f.readAll());
    if (transcriptPath.endsWith(QLatin1String(".md")))
        m_transcript->setMarkdown(transcript);
    else
        m_transcript->setPlainText(transcript);
    m_play->setEnabled(!m_path.isEmpty());
    m_seek->setValue(0);
    m_time->setText(QStringLiteral("0:00 / 0:00"));
}

QString MediaPanel::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString MediaPanel::timeText() const
{
    return m_time->text();
}

void MediaPanel::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    if (m_isVideo) {
        m_video = new QVideoWidget(this);
        m_video->setMinimumSize(320, 180);
        static_cast<QBoxLayout *>(layout()->itemAt(0)->layout())->insertWidget(1, m_video);
        m_player->setVideoOutput(m_video);
    }
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
        m_seek->setRange(0, int(d));
        m_seek->setEnabled(d > 0);
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 p) {
        if (!m_seek->isSliderDown())
            m_seek->setValue(int(p));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
        const bool playing = s == QMediaPlayer::PlayingState;
        m_play->setText(playing ? tr("Pause") : tr("Play"));
        m_play->setIcon(ui::Icons::icon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_time->setText(tr("Cannot play: %1").arg(message));
    });
    m_player->setSource(QUrl::fromLocalFile(m_path));
}

void MediaPanel::togglePlay()
{
    if (m_path.isEmpty())
        return;
    ensurePlayer();
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void MediaPanel::stop()
{
    if (m_player) {
        m_player->stop();
        delete m_player;
        m_player = nullptr;
        delete m_audio;
        m_audio = nullptr;
        delete m_video;
        m_video = nullptr;
    }
    m_play->setText(tr("Play"));
    m_play->setIcon(ui::Icons::icon(QStringLiteral("play")));
}

void MediaPanel::updateTime()
{
    if (m_player)
        m_time->setText(QStringLiteral("%1 / %2").arg(clock(m_player->position()), clock(m_player->duration())));
}

} // namespace cca::content
