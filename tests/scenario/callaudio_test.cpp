// The bundled call simulations' audio: every file decodes with the app's media backend and lasts
// at least as long as its transcript says (the lines' times come from the synthesised audio).
#include "scenario/scenarioloader.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QAudioOutput>
#include <QDirIterator>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace cca;
using namespace cca::scenario;

TEST(BundledCallAudio, EveryCallDecodesAndCoversItsTranscript)
{
    int calls = 0;
    QDirIterator it(test::sourcePath(QStringLiteral("content/modules")), {QStringLiteral("*.scenario.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const Scenario s = ScenarioLoader::loadFile(it.next());
        ASSERT_TRUE(s.isValid()) << s.file.toStdString();
        for (const Node &n : s.nodes) {
            if (n.type != Node::Type::Call)
                continue;
            ++calls;
            const QString path = ScenarioLoader::mediaPath(s, n.audio);
            ASSERT_FALSE(path.isEmpty()) << n.audio.toStdString();
            QMediaPlayer player;
            QAudioOutput output; // the default device, or none: the pipeline needs a sink to link the decoded audio to
            output.setVolume(0);
            player.setAudioOutput(&output);
            player.setSource(QUrl::fromLocalFile(path));
            QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::LoadedMedia || player.mediaStatus() == QMediaPlayer::InvalidMedia
                                         || player.error() != QMediaPlayer::NoError,
                                     10000);
            ASSERT_EQ(player.error(), QMediaPlayer::NoError) << path.toStdString() << ": " << player.errorString().toStdString();
            ASSERT_EQ(player.mediaStatus(), QMediaPlayer::LoadedMedia) << path.toStdString();
            QTRY_VERIFY_WITH_TIMEOUT(player.duration() > 0, 5000);
            ASSERT_FALSE(n.transcript.isEmpty());
            EXPECT_GT(player.duration(), qint64(n.transcript.last().start * 1000)) << path.toStdString() << ": the last line starts after the end";
        }
    }
    EXPECT_GE(calls, 2) << "the two call simulations of the social-engineering module";
}
