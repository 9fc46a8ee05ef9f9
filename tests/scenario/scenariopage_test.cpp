// The scenario screen, driven as an officer would: a chat simulation with red flags marked and
// checked, a call simulation stepped through its transcript with pressure tactics marked and named
// (no sound device needed), an intervention role-play to its endings; resuming each from a saved
// state; the decision events and the results the shell records.
#include "scenario/scenarioloader.h"
#include "scenario/widgets/scenariopage.h"

#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace cca;
using namespace cca::scenario;

namespace {

Scenario load(const QString &file)
{
    Scenario s = ScenarioLoader::loadFile(test::dataPath(QStringLiteral("scenario/data/") + file));
    EXPECT_TRUE(s.isValid()) << (s.errors.isEmpty() ? std::string() : s.errors.first().toString().toStdString());
    return s;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

class ScenarioPageTest : public ::testing::Test
{
protected:
    std::unique_ptr<ScenarioPage> open(bool audio = false)
    {
        auto page = std::make_unique<ScenarioPage>();
        page->setAudioEnabled(audio);
        page->resize(1280, 860);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        QApplication::setActiveWindow(page.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        return page;
    }

    // Clicks a control as the officer does: it must be on screen and enabled.
    template<typename T = QPushButton>
    void click(ScenarioPage &page, const QString &name)
    {
        QApplication::processEvents(); // new steps are laid out
        T *w = page.findChild<T *>(name);
        ASSERT_NE(w, nullptr) << name.toStdString();
        ASSERT_TRUE(w->isVisible()) << name.toStdString();
        ASSERT_TRUE(w->isEnabled()) << name.toStdString();
        QTest::mouseClick(w, Qt::LeftButton);
        QApplication::processEvents();
    }

    void key(ScenarioPage &page, int k)
    {
        QApplication::processEvents();
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key(k));
        QApplication::processEvents();
    }

    static QStringList choiceIds(const ScenarioPage &page)
    {
        QStringList ids;
        for (QPushButton *b : page.choiceButtons())
            ids << b->objectName().mid(int(qstrlen("choice-")));
        return ids;
    }
};

} // namespace

// --- Chat simulation ---------------------------------------------------------------------------

TEST_F(ScenarioPageTest, ChatIsPlayedFlaggedAndChecked)
{
    auto page = open();
    QSignalSpy decisions(page.get(), &ScenarioPage::decisionMade);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    QSignalSpy states(page.get(), &ScenarioPage::stateChanged);
    page->play(load(QStringLiteral("wrong-number-chat.scenario.json")), ScenarioPage::Kind::Chat, QStringLiteral("en"));
    EXPECT_EQ(page->shownNodes(), QStringList{QStringLiteral("intro")});
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("scenarioTitle"))->text(), QStringLiteral("The wrong number"));
    EXPECT_FALSE(page->checkButton()->isVisible());

    click(*page, QStringLiteral("nextButton"));
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("m1"));
    click<QToolButton>(*page, QStringLiteral("flag-m1"));
    EXPECT_EQ(page->flaggedMessages(), QSet<QString>{QStringLiteral("m1")});
    EXPECT_TRUE(page->flagButton(QStringLiteral("m1"))->isChecked());
    click(*page, QStringLiteral("nextButton")); // m2
    click(*page, QStringLiteral("nextButton")); // m3, selected as the newest message
    EXPECT_EQ(page->selectedMessage(), QStringLiteral("m3"));
    key(*page, Qt::Key_Up);
    EXPECT_EQ(page->selectedMessage(), QStringLiteral("m2"));
    key(*page, Qt::Key_Down);
    key(*page, Qt::Key_F); // flags the selected message: an ordinary one
    EXPECT_TRUE(page->flaggedMessages().contains(QStringLiteral("m3")));
    key(*page, Qt::Key_Space);
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("m4"));
    click<QToolButton>(*page, QStringLiteral("flag-m4"));

    click(*page, QStringLiteral("showRestButton")); // up to the decision
    EXPECT_EQ(page->shownNodes(), (QStringList{QStringLiteral("intro"), QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
                                               QStringLiteral("m4"), QStringLiteral("screenshot"), QStringLiteral("m5"),
                                               QStringLiteral("m6"), QStringLiteral("m7"), QStringLiteral("reply")}));
    const auto *image = page->findChild<QLabel *>(QStringLiteral("documentImage"));
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->pixmap().width(), 96); // the screenshot, from inside the package
    EXPECT_FALSE(page->nextButton()->isEnabled());
    click<QToolButton>(*page, QStringLiteral("flag-m7"));
    EXPECT_EQ(choiceIds(*page), (QStringList{QStringLiteral("advise-stop"), QStringLiteral("advise-test")}));

    click(*page, QStringLiteral("choice-advise-stop"));
    ASSERT_EQ(decisions.size(), 1);
    const auto event = decisions.at(0).at(0).value<DecisionEvent>();
    EXPECT_EQ(event.scenarioId, QStringLiteral("wrong-number-chat"));
    EXPECT_EQ(event.nodeId, QStringLiteral("reply"));
    EXPECT_EQ(event.choiceId, QStringLiteral("advise-stop"));
    EXPECT_EQ(event.nextNodeId, QStringLiteral("end-good"));
    EXPECT_EQ(event.score, 1);
    EXPECT_TRUE(page->runner()->isFinished());
    EXPECT_EQ(finished.size(), 0); // not before the officer checks the flags
    EXPECT_NE(page->findChild<QFrame *>(QStringLiteral("chosen-advise-stop")), nullptr);

    click(*page, QStringLiteral("checkButton"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), QStringLiteral("wrong-number-chat"));
    EXPECT_EQ(finished.at(0).at(1).toInt(), 2); // 3 found - 1 wrongly flagged
    EXPECT_EQ(finished.at(0).at(2).toInt(), 4); // 4 red flags
    const QJsonObject data = finished.at(0).at(3).toJsonObject();
    EXPECT_EQ(strings(data.value(QStringLiteral("found"))), (QStringList{QStringLiteral("m1"), QStringLiteral("m4"), QStringLiteral("m7")}));
    EXPECT_EQ(strings(data.value(QStringLiteral("missed"))), QStringList{QStringLiteral("m5")});
    EXPECT_EQ(strings(data.value(QStringLiteral("wrong"))), QStringList{QStringLiteral("m3")});
    EXPECT_EQ(data.value(QStringLiteral("outcome")).toString(), QStringLiteral("stops-and-reports"));
    EXPECT_EQ(data.value(QStringLiteral("band")).toString(), QStringLiteral("good"));
    EXPECT_EQ(data.value(QStringLiteral("kind")).toString(), QStringLiteral("chat-simulation"));
    EXPECT_EQ(data.value(QStringLiteral("path")).toArray().size(), 11); // intro, 7 messages, the screenshot, the decision, the ending

    // The debrief: every red flag with its tactic and explanation, the wrong flag, the ending.
    const QString result = page->resultText();
    EXPECT_TRUE(result.contains(QLatin1String("Your flags: 2 of 4 points"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Missed — Private trading app"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QLatin1String("the balance it shows is whatever they type"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Found — Fee to withdraw")));
    EXPECT_TRUE(result.contains(QLatin1String("Flagged, but not red flags")));
    EXPECT_TRUE(result.contains(QLatin1String("Good outcome")));
    EXPECT_TRUE(result.contains(QLatin1String("Mrs Wong pays nothing more")));
    EXPECT_FALSE(page->flagButton(QStringLiteral("m5"))->isEnabled()); // marks are final once checked
    EXPECT_FALSE(page->toggleFlag(QStringLiteral("m5")));
    EXPECT_TRUE(states.last().at(0).toJsonObject().value(QStringLiteral("finished")).toBool());

    click(*page, QStringLiteral("playAgainButton"));
    EXPECT_EQ(page->shownNodes(), QStringList{QStringLiteral("intro")});
    EXPECT_TRUE(page->flaggedMessages().isEmpty());
    EXPECT_FALSE(page->isFinished());
}

TEST_F(ScenarioPageTest, ChatShowsHongKongChineseTexts)
{
    auto page = open();
    page->play(load(QStringLiteral("wrong-number-chat.scenario.json")), ScenarioPage::Kind::Chat, QStringLiteral("zh-Hant"));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("scenarioTitle"))->text(), QStringLiteral("打錯電話的陌生人"));
    click(*page, QStringLiteral("nextButton"));
    const QFrame *bubble = page->findChild<QFrame *>(QStringLiteral("bubble-m1"));
    ASSERT_NE(bubble, nullptr);
    EXPECT_EQ(bubble->accessibleName(), QStringLiteral("Lily: Amy你好，明天的瑜伽班照常上課嗎？"));
}

TEST_F(ScenarioPageTest, ChatResumesWithItsFlagsAndOnlyOnceFinished)
{
    const Scenario chat = load(QStringLiteral("wrong-number-chat.scenario.json"));
    QJsonObject saved;
    QStringList shown;
    {
        auto page = open();
        QSignalSpy states(page.get(), &ScenarioPage::stateChanged);
        page->play(chat, ScenarioPage::Kind::Chat, QStringLiteral("en"));
        for (int i = 0; i < 4; ++i)
            click(*page, QStringLiteral("nextButton"));
        click<QToolButton>(*page, QStringLiteral("flag-m1"));
        click<QToolButton>(*page, QStringLiteral("flag-m4"));
        ASSERT_FALSE(states.isEmpty());
        saved = states.last().at(0).toJsonObject();
        shown = page->shownNodes();
        EXPECT_EQ(saved, page->state());
    }
    EXPECT_EQ(shown.last(), QStringLiteral("m4"));

    auto page = open();
    QSignalSpy decisions(page.get(), &ScenarioPage::decisionMade);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    QSignalSpy states(page.get(), &ScenarioPage::stateChanged);
    page->play(chat, ScenarioPage::Kind::Chat, QStringLiteral("en"), saved);
    EXPECT_TRUE(page->resumeProblem().isEmpty()) << page->resumeProblem().toStdString();
    EXPECT_EQ(page->shownNodes(), shown);
    EXPECT_EQ(page->flaggedMessages(), (QSet<QString>{QStringLiteral("m1"), QStringLiteral("m4")}));
    EXPECT_TRUE(page->flagButton(QStringLiteral("m4"))->isChecked());
    EXPECT_FALSE(page->flagButton(QStringLiteral("m3"))->isChecked());

    click(*page, QStringLiteral("showRestButton"));
    click(*page, QStringLiteral("choice-advise-test"));
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.at(0).at(0).value<DecisionEvent>().score, -1);
    click(*page, QStringLiteral("checkButton"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 2); // m1 and m4 found, m5 and m7 missed
    EXPECT_EQ(finished.at(0).at(2).toInt(), 4);
    EXPECT_EQ(finished.at(0).at(3).toJsonObject().value(QStringLiteral("band")).toString(), QStringLiteral("poor"));
    EXPECT_EQ(finished.at(0).at(3).toJsonObject().value(QStringLiteral("scenarioScore")).toInt(), -1);
    const QJsonObject done = states.last().at(0).toJsonObject();

    // Opened again after the result: the result is shown, and not reported a second time.
    auto again = open();
    QSignalSpy finishedAgain(again.get(), &ScenarioPage::finished);
    again->play(chat, ScenarioPage::Kind::Chat, QStringLiteral("en"), done);
    EXPECT_TRUE(again->isFinished());
    EXPECT_TRUE(again->resultText().contains(QLatin1String("Your flags: 2 of 4 points"))) << again->resultText().toStdString();
    EXPECT_TRUE(again->playAgainButton()->isVisible());
    EXPECT_EQ(finishedAgain.size(), 0);
}

TEST_F(ScenarioPageTest, AStateThatDoesNotFitStartsAfreshWithANotice)
{
    auto page = open();
    const Scenario chat = load(QStringLiteral("wrong-number-chat.scenario.json"));
    page->play(chat, ScenarioPage::Kind::Chat, QStringLiteral("en"));
    click(*page, QStringLiteral("nextButton"));
    const QJsonObject saved = page->state();

    page->play(chat, ScenarioPage::Kind::Intervention, QStringLiteral("en"), saved); // another kind
    EXPECT_FALSE(page->resumeProblem().isEmpty());
    EXPECT_EQ(page->shownNodes(), QStringList{QStringLiteral("intro")});
    const auto *notice = page->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QLatin1String("starts from the beginning")));

    QJsonObject flags = saved;
    flags.insert(QStringLiteral("flags"), QJsonArray{QStringLiteral("m7")}); // not shown yet
    page->play(chat, ScenarioPage::Kind::Chat, QStringLiteral("en"), flags);
    EXPECT_TRUE(page->resumeProblem().contains(QLatin1String("m7"))) << page->resumeProblem().toStdString();
    EXPECT_TRUE(page->flaggedMessages().isEmpty());
}

// --- Call simulation ---------------------------------------------------------------------------

TEST_F(ScenarioPageTest, CallIsSteppedThroughWithoutAudioMarkedAndChecked)
{
    auto page = open();
    QSignalSpy decisions(page.get(), &ScenarioPage::decisionMade);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(load(QStringLiteral("police-call.scenario.json")), ScenarioPage::Kind::Call, QStringLiteral("en"));
    click(*page, QStringLiteral("nextButton"));
    ASSERT_EQ(page->shownNodes().last(), QStringLiteral("call"));
    EXPECT_FALSE(page->isAudioAvailable());
    EXPECT_TRUE(page->audioNotice().contains(QLatin1String("no sound output"))) << page->audioNotice().toStdString();
    EXPECT_FALSE(page->playButton()->isVisible());
    EXPECT_EQ(page->nextButton()->text(), QStringLiteral("Continue after the call"));
    EXPECT_EQ(page->transcriptList()->count(), 1); // the call unfolds line by line
    EXPECT_EQ(page->currentLine(), 0);
    EXPECT_FALSE(page->tacticCombo()->isEnabled());

    click(*page, QStringLiteral("markButton")); // line 0: authority
    EXPECT_TRUE(page->tacticCombo()->isEnabled());
    EXPECT_EQ(page->markButton()->text(), QStringLiteral("Remove mark"));
    QTest::keyClicks(page->tacticCombo(), QStringLiteral("A")); // "Authority" in the tactic box
    ASSERT_EQ(page->callMarks().size(), 1);
    EXPECT_EQ(page->callMarks().at(0), (CallMark{QStringLiteral("call"), 0, QStringLiteral("authority")}));
    EXPECT_TRUE(page->transcriptList()->item(0)->text().contains(QLatin1String("Marked as a pressure tactic: Authority")));

    key(*page, Qt::Key_Space); // without audio Space shows the next line
    EXPECT_EQ(page->currentLine(), 1);
    key(*page, Qt::Key_T); // line 1 uses no tactic: a wrong mark
    click(*page, QStringLiteral("nextLineButton"));
    EXPECT_EQ(page->currentLine(), 2);
    click(*page, QStringLiteral("markButton")); // line 2: urgency, named wrongly with 3 (Secrecy)
    key(*page, Qt::Key_3);
    click(*page, QStringLiteral("nextLineButton")); // line 3 (secrecy) is left unmarked
    click(*page, QStringLiteral("nextLineButton"));
    EXPECT_EQ(page->revealedLines(), 5);
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("nextLineButton"))->isEnabled());

    // A click on a line goes back to it.
    QListWidget *list = page->transcriptList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    EXPECT_EQ(page->currentLine(), 0);
    EXPECT_EQ(page->tacticCombo()->currentData().toString(), QStringLiteral("authority"));
    EXPECT_EQ(page->callMarks(), (QList<CallMark>{{QStringLiteral("call"), 0, QStringLiteral("authority")},
                                                  {QStringLiteral("call"), 1, QString()},
                                                  {QStringLiteral("call"), 2, QStringLiteral("secrecy")}}));

    click(*page, QStringLiteral("nextButton")); // on after the call
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("advice"));
    EXPECT_FALSE(page->markButton()->isEnabled());
    EXPECT_FALSE(page->toggleMark());
    click(*page, QStringLiteral("choice-verify"));
    ASSERT_EQ(decisions.size(), 1);
    EXPECT_EQ(decisions.at(0).at(0).value<DecisionEvent>().choiceId, QStringLiteral("verify"));
    EXPECT_EQ(page->checkButton()->text(), QStringLiteral("Check my marks"));
    click(*page, QStringLiteral("checkButton"));

    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), QStringLiteral("police-call"));
    EXPECT_EQ(finished.at(0).at(1).toInt(), 2); // 2 found + 1 named right - 1 wrong
    EXPECT_EQ(finished.at(0).at(2).toInt(), 6); // 3 tactic lines, 2 points each
    const QJsonObject data = finished.at(0).at(3).toJsonObject();
    EXPECT_EQ(data.value(QStringLiteral("namedRight")).toInt(), 1);
    const QJsonArray found = data.value(QStringLiteral("found")).toArray();
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(1).toObject(), (QJsonObject{{QStringLiteral("node"), QStringLiteral("call")}, {QStringLiteral("line"), 2},
                                                   {QStringLiteral("tactic"), QStringLiteral("urgency")},
                                                   {QStringLiteral("named"), QStringLiteral("secrecy")}}));
    ASSERT_EQ(data.value(QStringLiteral("missed")).toArray().size(), 1);
    EXPECT_EQ(data.value(QStringLiteral("missed")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    ASSERT_EQ(data.value(QStringLiteral("wrong")).toArray().size(), 1);
    EXPECT_EQ(data.value(QStringLiteral("wrong")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
    EXPECT_EQ(data.value(QStringLiteral("outcome")).toString(), QStringLiteral("hangs-up"));

    const QString result = page->resultText();
    EXPECT_TRUE(result.contains(QLatin1String("Your marks: 2 of 6 points"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Found and named right — Authority")));
    EXPECT_TRUE(result.contains(QStringLiteral("Found, but named “Secrecy” — Urgency")));
    EXPECT_TRUE(result.contains(QStringLiteral("Missed — Secrecy")));
    EXPECT_TRUE(result.contains(QStringLiteral("Mrs Lee: “What? I have done nothing wrong.”")));
}

TEST_F(ScenarioPageTest, CallResumesOnTheSameLineWithItsMarks)
{
    const Scenario call = load(QStringLiteral("police-call.scenario.json"));
    QJsonObject saved;
    {
        auto page = open();
        page->play(call, ScenarioPage::Kind::Call, QStringLiteral("en"));
        click(*page, QStringLiteral("nextButton"));
        click(*page, QStringLiteral("markButton"));
        page->nameTactic(QStringLiteral("authority"));
        click(*page, QStringLiteral("nextLineButton"));
        click(*page, QStringLiteral("nextLineButton"));
        saved = page->state();
    }
    auto page = open();
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(call, ScenarioPage::Kind::Call, QStringLiteral("en"), saved);
    EXPECT_TRUE(page->resumeProblem().isEmpty()) << page->resumeProblem().toStdString();
    EXPECT_EQ(page->currentLine(), 2);
    EXPECT_EQ(page->revealedLines(), 3);
    EXPECT_EQ(page->transcriptList()->count(), 3);
    EXPECT_EQ(page->callMarks(), (QList<CallMark>{{QStringLiteral("call"), 0, QStringLiteral("authority")}}));
    EXPECT_TRUE(page->markButton()->isEnabled());

    click(*page, QStringLiteral("markButton"));
    page->nameTactic(QStringLiteral("urgency"));
    click(*page, QStringLiteral("nextLineButton"));
    click(*page, QStringLiteral("markButton"));
    page->nameTactic(QStringLiteral("secrecy"));
    click(*page, QStringLiteral("nextButton"));
    click(*page, QStringLiteral("choice-badge"));
    click(*page, QStringLiteral("checkButton"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 6); // every tactic found and named
    EXPECT_EQ(finished.at(0).at(3).toJsonObject().value(QStringLiteral("band")).toString(), QStringLiteral("poor"));
}

TEST_F(ScenarioPageTest, CallCanBeCompletedWhetherOrNotAudioPlays)
{
    // Audio allowed: with a sound device a player is made, without one the notice says so; either
    // way the transcript can be stepped through to the end.
    auto page = open(true);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(load(QStringLiteral("police-call.scenario.json")), ScenarioPage::Kind::Call, QStringLiteral("en"));
    click(*page, QStringLiteral("nextButton"));
    EXPECT_NE(page->isAudioAvailable(), !page->audioNotice().isEmpty());
    for (int i = 0; i < 4; ++i)
        click(*page, QStringLiteral("nextLineButton"));
    EXPECT_EQ(page->revealedLines(), 5);
    click(*page, QStringLiteral("nextButton"));
    click(*page, QStringLiteral("choice-verify"));
    click(*page, QStringLiteral("checkButton"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 0);
    EXPECT_EQ(finished.at(0).at(3).toJsonObject().value(QStringLiteral("missed")).toArray().size(), 3);
}

// --- Intervention role-play --------------------------------------------------------------------

TEST_F(ScenarioPageTest, InterventionReachesTheBestEnding)
{
    auto page = open();
    QSignalSpy decisions(page.get(), &ScenarioPage::decisionMade);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(load(QStringLiteral("warned-withdrawal.scenario.json")), ScenarioPage::Kind::Intervention, QStringLiteral("en"));
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("flag-intro")), nullptr);
    key(*page, Qt::Key_End); // show the rest: up to the first decision
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("first-contact"));
    EXPECT_NE(page->findChild<QLabel *>(QStringLiteral("documentImage")), nullptr);
    EXPECT_EQ(choiceIds(*page), (QStringList{QStringLiteral("build-rapport"), QStringLiteral("lecture")}));
    click(*page, QStringLiteral("choice-build-rapport"));
    click(*page, QStringLiteral("showRestButton"));
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("probe"));
    EXPECT_EQ(page->findChild<QToolButton *>(QStringLiteral("flag-platform-message")), nullptr); // no flags outside the chat
    click(*page, QStringLiteral("choice-ask-platform"));
    EXPECT_EQ(choiceIds(*page), (QStringList{QStringLiteral("explain-fee"), QStringLiteral("warn-only"), QStringLiteral("threaten")}));
    click(*page, QStringLiteral("choice-explain-fee"));
    EXPECT_EQ(choiceIds(*page), (QStringList{QStringLiteral("report-together"), QStringLiteral("ask-to-wait"), QStringLiteral("leave-number")}));
    EXPECT_EQ(finished.size(), 0);
    click(*page, QStringLiteral("choice-report-together"));

    ASSERT_EQ(decisions.size(), 4);
    const auto last = decisions.at(3).at(0).value<DecisionEvent>();
    EXPECT_EQ(last.nodeId, QStringLiteral("close"));
    EXPECT_EQ(last.choiceId, QStringLiteral("report-together"));
    EXPECT_EQ(last.score, 9); // 1 + 1 + 2 + 2 and the ending's 3
    EXPECT_EQ(last.variables.value(QStringLiteral("trust")).toInt(), 3);
    ASSERT_EQ(finished.size(), 1); // at once: nothing to check in a role-play
    EXPECT_EQ(finished.at(0).at(1).toInt(), 9);
    EXPECT_EQ(finished.at(0).at(2).toInt(), 9);
    const QJsonObject data = finished.at(0).at(3).toJsonObject();
    EXPECT_EQ(data.value(QStringLiteral("outcome")).toString(), QStringLiteral("stops-and-reports"));
    EXPECT_EQ(data.value(QStringLiteral("band")).toString(), QStringLiteral("good"));
    EXPECT_FALSE(data.contains(QStringLiteral("found")));

    const auto *ending = page->findChild<QFrame *>(QStringLiteral("endingCard"));
    ASSERT_NE(ending, nullptr);
    EXPECT_EQ(ending->property("band").toString(), QStringLiteral("good"));
    EXPECT_EQ(ending->property("alert").toString(), QStringLiteral("ok"));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("bandLabel"))->text(), QStringLiteral("Good outcome"));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("scoreLabel"))->text(), QStringLiteral("Score: 9 of a possible 9"));
    const QString path = page->findChild<QLabel *>(QStringLiteral("pathLabel"))->text();
    EXPECT_EQ(path.count(QLatin1Char('\n')), 3);
    EXPECT_TRUE(path.startsWith(QLatin1String("1. Introduce yourself"))) << path.toStdString();
    EXPECT_TRUE(path.endsWith(QLatin1String("(+2)"))) << path.toStdString();
    EXPECT_FALSE(page->nextButton()->isVisible());

    click(*page, QStringLiteral("playAgainButton"));
    EXPECT_EQ(page->shownNodes(), QStringList{QStringLiteral("intro")});
    EXPECT_EQ(page->findChild<QFrame *>(QStringLiteral("endingCard")), nullptr);
}

TEST_F(ScenarioPageTest, InterventionOffersOnlyTheChoicesThatHoldAndEndsBadlyAfterLecturing)
{
    auto page = open();
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(load(QStringLiteral("warned-withdrawal.scenario.json")), ScenarioPage::Kind::Intervention, QStringLiteral("en"));
    click(*page, QStringLiteral("showRestButton"));
    click(*page, QStringLiteral("choice-lecture"));
    click(*page, QStringLiteral("showRestButton"));
    click(*page, QStringLiteral("choice-dismiss"));
    // trust is -2: explaining the fee is not on offer.
    EXPECT_EQ(choiceIds(*page), (QStringList{QStringLiteral("warn-only"), QStringLiteral("threaten")}));
    key(*page, Qt::Key_1); // the first choice by its number
    EXPECT_EQ(page->shownNodes().last(), QStringLiteral("close"));
    EXPECT_EQ(choiceIds(*page), QStringList{QStringLiteral("leave-number")});
    click(*page, QStringLiteral("choice-leave-number"));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 0); // -2 shown as 0
    EXPECT_EQ(finished.at(0).at(2).toInt(), 9);
    const QJsonObject data = finished.at(0).at(3).toJsonObject();
    EXPECT_EQ(data.value(QStringLiteral("scenarioScore")).toInt(), -2);
    EXPECT_EQ(data.value(QStringLiteral("band")).toString(), QStringLiteral("poor"));
    EXPECT_EQ(page->findChild<QFrame *>(QStringLiteral("endingCard"))->property("alert").toString(), QStringLiteral("danger"));
    EXPECT_TRUE(page->resultText().contains(QLatin1String("Lecturing and dismissing made him defensive")));
}

TEST_F(ScenarioPageTest, InterventionResumesAfterAChoice)
{
    const Scenario s = load(QStringLiteral("warned-withdrawal.scenario.json"));
    QJsonObject saved;
    {
        auto page = open();
        QSignalSpy states(page.get(), &ScenarioPage::stateChanged);
        page->play(s, ScenarioPage::Kind::Intervention, QStringLiteral("en"));
        click(*page, QStringLiteral("showRestButton"));
        click(*page, QStringLiteral("choice-build-rapport"));
        saved = states.last().at(0).toJsonObject();
    }
    auto page = open();
    QSignalSpy decisions(page.get(), &ScenarioPage::decisionMade);
    QSignalSpy finished(page.get(), &ScenarioPage::finished);
    page->play(s, ScenarioPage::Kind::Intervention, QStringLiteral("en"), saved);
    EXPECT_EQ(page->shownNodes(), (QStringList{QStringLiteral("intro"), QStringLiteral("warning"), QStringLiteral("first-contact"),
                                               QStringLiteral("story")}));
    EXPECT_NE(page->findChild<QFrame *>(QStringLiteral("chosen-build-rapport")), nullptr); // the answer given is shown
    EXPECT_TRUE(page->choiceButtons().isEmpty());
    EXPECT_TRUE(page->nextButton()->isEnabled());
    EXPECT_EQ(page->runner()->score(), 1);

    click(*page, QStringLiteral("showRestButton"));
    click(*page, QStringLiteral("choice-ask-platform"));
    click(*page, QStringLiteral("choice-warn-only"));
    click(*page, QStringLiteral("choice-ask-to-wait"));
    EXPECT_EQ(decisions.size(), 3);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 4); // 1 + 1 + 0 + 1 and the ending's 1
    EXPECT_EQ(finished.at(0).at(3).toJsonObject().value(QStringLiteral("band")).toString(), QStringLiteral("partial"));
    EXPECT_EQ(page->findChild<QFrame *>(QStringLiteral("endingCard"))->property("alert").toString(), QStringLiteral("warning"));
}

// --- Bad input ---------------------------------------------------------------------------------

TEST_F(ScenarioPageTest, AScenarioWithErrorsIsShownWithItsErrorsNotPlayed)
{
    auto page = open();
    const Scenario broken = ScenarioLoader::loadFile(test::dataPath(QStringLiteral("scenario/data/broken/dead-end.scenario.json")));
    ASSERT_FALSE(broken.isValid());
    page->play(broken, ScenarioPage::Kind::Intervention, QStringLiteral("en"));
    const auto *box = page->findChild<QFrame *>(QStringLiteral("errorBox"));
    ASSERT_NE(box, nullptr);
    QString text;
    for (const QLabel *l : box->findChildren<QLabel *>())
        text += l->text() + QLatin1Char('\n');
    EXPECT_TRUE(text.contains(QLatin1String("dead-end.scenario.json:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("dead end"))) << text.toStdString();
    EXPECT_FALSE(page->nextButton()->isEnabled());
    EXPECT_TRUE(page->state().isEmpty());
}

TEST_F(ScenarioPageTest, MediaOutsideThePackageIsRefused)
{
    // A scenario built in memory (the loader would refuse these paths): a picture and a recording
    // that lead out of the package folder, next to real files.
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("package"));
    QDir().mkpath(package);
    QFile::copy(test::dataPath(QStringLiteral("scenario/data/media/exchange-warning.png")), dir.filePath(QStringLiteral("outside.png")));
    QFile::copy(test::dataPath(QStringLiteral("scenario/data/media/voice-note.wav")), dir.filePath(QStringLiteral("outside.wav")));
    Scenario s;
    s.id = QStringLiteral("escape");
    s.title = LocalizedText(QStringLiteral("Escape"));
    s.packageRoot = package;
    s.start = QStringLiteral("doc");
    Node doc;
    doc.type = Node::Type::Document;
    doc.id = QStringLiteral("doc");
    doc.image = QStringLiteral("../outside.png");
    doc.next = QStringLiteral("call");
    Node call;
    call.type = Node::Type::Call;
    call.id = QStringLiteral("call");
    call.audio = QStringLiteral("../outside.wav");
    call.transcript << TranscriptLine{0.0, LocalizedText(QStringLiteral("Caller")), LocalizedText(QStringLiteral("Hello.")), QString()};
    call.next = QStringLiteral("end");
    Node end;
    end.type = Node::Type::Ending;
    end.id = QStringLiteral("end");
    end.band = QStringLiteral("good");
    end.text = LocalizedText(QStringLiteral("Done."));
    s.nodes = {doc, call, end};

    auto page = open(true);
    page->play(s, ScenarioPage::Kind::Call, QStringLiteral("en"));
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("documentImage")), nullptr);
    bool refused = false;
    for (const QLabel *l : page->findChildren<QLabel *>())
        refused = refused || l->text().contains(QStringLiteral("“../outside.png” is outside the scenario's package"));
    EXPECT_TRUE(refused);
    click(*page, QStringLiteral("nextButton"));
    EXPECT_FALSE(page->isAudioAvailable());
    EXPECT_TRUE(page->audioNotice().contains(QLatin1String("outside the scenario's package"))) << page->audioNotice().toStdString();
}
