// The reference screen: search as you type, filters, the entry, the checklist note and the card.
#include "reference/widgets/referencepage.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cca::reference;

namespace {

class Page : public ::testing::Test
{
protected:
    void SetUp() override
    {
        library = ReferenceLibrary::load(cca::test::dataPath(QStringLiteral("reference/data/mini")));
        ASSERT_TRUE(library.isValid());
        QString error;
        index = ReferenceIndex::open(dir.filePath(QStringLiteral("index.sqlite")), &error);
        ASSERT_TRUE(index);
        bool reindexed = false;
        ASSERT_TRUE(index->update(library, &reindexed, &error));
        page.resize(1200, 800);
        page.setReference(&library, index.get(), QStringLiteral("en"), {{QStringLiteral("crypto-basics"), QStringLiteral("Crypto basics")}});
        page.setOfficer(QStringLiteral("Chan Tai Man"), QStringLiteral("PC 12345"));
        page.show();
    }
    QTemporaryDir dir;
    ReferenceLibrary library;
    std::unique_ptr<ReferenceIndex> index;
    ReferencePage page;
};

QString labelText(QListWidget *list, int row)
{
    auto *label = qobject_cast<QLabel *>(list->itemWidget(list->item(row)));
    return label ? label->text() : QString();
}

} // namespace

TEST_F(Page, ListsEveryPatternAndShowsTheFirstUntilTheOfficerTypes)
{
    EXPECT_EQ(page.resultList()->count(), 3);
    EXPECT_FALSE(page.currentEntry().isEmpty());
    EXPECT_TRUE(page.statusLabel()->isHidden());
}

TEST_F(Page, TypingSearchesAtOnceWithHighlightedSnippets)
{
    page.focusSearch();
    QTest::keyClicks(page.searchField(), QStringLiteral("kill pig"));
    ASSERT_GE(page.resultList()->count(), 1);
    EXPECT_EQ(page.resultIds().first(), QStringLiteral("pig-butchering"));
    EXPECT_TRUE(labelText(page.resultList(), 0).contains(QStringLiteral("<b>kill</b>"))) << labelText(page.resultList(), 0).toStdString();
    // Enter opens the best match; Down walks into the list.
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    EXPECT_EQ(page.currentEntry(), QStringLiteral("pig-butchering"));
    EXPECT_TRUE(page.entryView()->toPlainText().contains(QStringLiteral("How it works")));
    EXPECT_TRUE(page.entryView()->toPlainText().contains(QStringLiteral("What an exchange sees")));
    page.searchField()->clear();
    page.searchField()->insert(QString::fromUtf8("地址投毒")); // typed through an input method
    ASSERT_EQ(page.resultIds().value(0), QStringLiteral("address-poisoning"));
    EXPECT_TRUE(labelText(page.resultList(), 0).contains(QString::fromUtf8("地址投毒")));
    QTest::keyClick(page.searchField(), Qt::Key_Down);
    EXPECT_EQ(page.currentEntry(), QStringLiteral("address-poisoning"));
}

TEST_F(Page, FiltersNarrowTheListAndSayWhenNothingMatches)
{
    QComboBox *channel = page.filterBox(QStringLiteral("channels"));
    ASSERT_TRUE(channel);
    channel->setCurrentIndex(channel->findData(QStringLiteral("dating-apps")));
    EXPECT_EQ(page.resultIds(), (QStringList{QStringLiteral("pig-butchering"), QStringLiteral("romance-scam")}));
    QComboBox *victims = page.filterBox(QStringLiteral("victimProfiles"));
    victims->setCurrentIndex(victims->findData(QStringLiteral("crypto-holders")));
    EXPECT_TRUE(page.resultIds().isEmpty());
    QTest::keyClicks(page.searchField(), QStringLiteral("love"));
    EXPECT_TRUE(page.findChild<QLabel *>() != nullptr);
    bool told = false;
    for (QLabel *l : page.findChildren<QLabel *>())
        told = told || l->text().contains(QStringLiteral("Nothing matches"));
    EXPECT_TRUE(told);
}

TEST_F(Page, RelatedEntriesAndTrainingModulesAreLinks)
{
    page.showEntry(QStringLiteral("pig-butchering"));
    EXPECT_TRUE(page.entryView()->toHtml().contains(QStringLiteral("entry:romance-scam")));
    QSignalSpy module(&page, &ReferencePage::moduleRequested);
    emit page.entryView()->anchorClicked(QUrl(QStringLiteral("entry:romance-scam")));
    EXPECT_EQ(page.currentEntry(), QStringLiteral("romance-scam"));
    emit page.entryView()->anchorClicked(QUrl(QStringLiteral("module:crypto-basics")));
    ASSERT_EQ(module.count(), 1);
    EXPECT_EQ(module.first().first().toString(), QStringLiteral("crypto-basics"));
}

TEST_F(Page, TheCaseChecklistExportsTheTickedStepsAndNotes)
{
    page.showEntry(QStringLiteral("pig-butchering"));
    page.setChecklistMode(true);
    ASSERT_EQ(page.checklistBoxes().size(), 3);
    EXPECT_TRUE(page.checklistBoxes()[0]->isVisible());
    page.checklistBoxes()[0]->click();
    page.checklistBoxes()[2]->click();
    QTest::keyClicks(page.noteField(), QStringLiteral("Case 2026-1126: victim paid 3 times."));
    const QString path = dir.filePath(QStringLiteral("note.txt"));
    QString error;
    ASSERT_TRUE(page.exportChecklist(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString note = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(note.contains(QStringLiteral("Case checklist: Pig-butchering investment scam")));
    EXPECT_TRUE(note.contains(QStringLiteral("[x] Stop further payments.")));
    EXPECT_TRUE(note.contains(QStringLiteral("[ ] Record every transaction hash.")));
    EXPECT_TRUE(note.contains(QStringLiteral("[x] Send a preservation request to the first exchange.")));
    EXPECT_TRUE(note.contains(QStringLiteral("2 of 3 steps done.")));
    EXPECT_TRUE(note.contains(QStringLiteral("Officer: Chan Tai Man (PC 12345)")));
    EXPECT_TRUE(note.contains(QStringLiteral("victim paid 3 times")));
    // Another entry starts a fresh checklist.
    page.showEntry(QStringLiteral("romance-scam"));
    for (QCheckBox *box : page.checklistBoxes())
        EXPECT_FALSE(box->isChecked());
    EXPECT_TRUE(page.noteField()->toPlainText().isEmpty());
    EXPECT_FALSE(page.exportChecklist(dir.filePath(QStringLiteral("missing-folder/note.txt")), &error));
}

TEST_F(Page, TheCardIsOnePagePdfWithTheFirstResponseSteps)
{
    page.showEntry(QStringLiteral("pig-butchering"));
    const QString path = dir.filePath(QStringLiteral("card.pdf"));
    QString error;
    ASSERT_TRUE(page.printCard(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (info.waitForFinished(20000) && info.exitCode() == 0) {
        EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        ASSERT_TRUE(text.waitForFinished(20000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(body.contains(QStringLiteral("Pig-butchering investment scam"))) << body.toStdString();
        EXPECT_TRUE(body.contains(QStringLiteral("Stop further payments."))) << body.toStdString();
    } else {
        ADD_FAILURE() << "pdfinfo (poppler-utils) is needed to check the card";
    }
}

TEST_F(Page, ChineseFollowsTheLanguage)
{
    page.setReference(&library, index.get(), QStringLiteral("zh-Hant"), {});
    page.showEntry(QStringLiteral("pig-butchering"));
    EXPECT_TRUE(page.entryView()->toPlainText().contains(QString::fromUtf8("友善的陌生人")));
    page.setChecklistMode(true);
    EXPECT_EQ(page.checklistBoxes().first()->accessibleName(), QString::fromUtf8("停止再付款。"));
}

TEST_F(Page, TheChecklistOpensTheIndicatorCheckerAndItsFindingsGoIntoTheNote)
{
    page.showEntry(QStringLiteral("pig-butchering"));
    QSignalSpy wanted(&page, &ReferencePage::indicatorCheckRequested);
    ASSERT_TRUE(page.checkIndicatorButton()->isVisible()) << "on the entry itself";
    page.checkIndicatorButton()->click();
    EXPECT_EQ(wanted.size(), 1);
    page.setChecklistMode(true);
    ASSERT_TRUE(page.checklistCheckIndicatorButton()->isVisible()) << "and beside the note";
    QTest::mouseClick(page.checklistCheckIndicatorButton(), Qt::LeftButton);
    EXPECT_EQ(wanted.size(), 2);

    EXPECT_FALSE(page.checklistNote().contains(QStringLiteral("Indicators checked")));
    page.setCheckedIndicators({QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL (Cryptocurrency address, TRON, valid)")});
    EXPECT_TRUE(page.findChild<QLabel *>(QStringLiteral("checklistIndicators"))->isVisible());
    const QString note = page.checklistNote();
    EXPECT_TRUE(note.contains(QStringLiteral("Indicators checked (indicator checker):\n- TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL (Cryptocurrency "
                                             "address, TRON, valid)")))
        << note.toStdString();
    page.setCheckedIndicators({});
    EXPECT_FALSE(page.checklistNote().contains(QStringLiteral("Indicators checked")));
}
