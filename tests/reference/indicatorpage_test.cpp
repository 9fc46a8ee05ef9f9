// The indicator checker screen: pasted text becomes cards with badges and next steps, the
// address-poisoning comparison, watchlist import with problems shown in the page, the note.
#include "reference/watchlist.h"
#include "reference/widgets/indicatorpage.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cca::reference;

// Texts with a number are checked in their source form ("%n address(es)"): this test loads no
// translation, and the English catalog turns them into proper singulars and plurals.
namespace {

const QString kBech32 = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
// 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed with one letter's case changed: the EIP-55 checksum fails.
const QString kEvmTypo = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAEd");
const QString kLookAlike = QStringLiteral("binance-support.com");
const QString kEmail = QStringLiteral("help@example.org");

QString message()
{
    return QStringLiteral("Dear customer, your account is frozen. Pay the unfreezing fee in BTC to %1 or USDT (ERC20) to %2. "
                          "Then log in at %3 and confirm by mail to %4.")
        .arg(kBech32, kEvmTypo, kLookAlike, kEmail);
}

QFrame *cardFor(const IndicatorPage &page, const QString &value)
{
    for (QFrame *card : page.resultCards())
        if (card->property("indicatorValue").toString() == value)
            return card;
    return nullptr;
}

QString childText(QWidget *parent, const char *name)
{
    auto *label = parent ? parent->findChild<QLabel *>(QString::fromLatin1(name)) : nullptr;
    return label ? label->text() : QString();
}

QStringList chips(QWidget *card)
{
    QStringList out;
    for (QLabel *chip : card->findChildren<QLabel *>(QStringLiteral("indicatorChip")))
        out << chip->text();
    return out;
}

class CheckerPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        watchlist = Watchlist::open(dir.filePath(QStringLiteral("watchlists.sqlite")), &error);
        ASSERT_TRUE(watchlist) << error.toStdString();
        page.resize(1100, 800);
        page.setWatchlist(watchlist.get());
        page.setOfficer(QStringLiteral("Chan Tai Man"), QStringLiteral("PC 12345"));
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }
    QTemporaryDir dir;
    std::unique_ptr<Watchlist> watchlist;
    IndicatorPage page;
};

} // namespace

TEST_F(CheckerPage, EmptyStateSaysWhatToPaste)
{
    EXPECT_TRUE(page.resultCards().isEmpty());
    EXPECT_TRUE(page.emptyState()->isVisible());
    EXPECT_TRUE(page.emptyState()->findChild<QLabel *>()->parentWidget() == page.emptyState());
    bool explains = false;
    for (QLabel *l : page.emptyState()->findChildren<QLabel *>())
        explains |= l->text().contains(QStringLiteral("Paste what the victim was sent"));
    EXPECT_TRUE(explains);
    EXPECT_FALSE(page.summaryLabel()->isVisible());
    EXPECT_FALSE(page.copyButton()->isEnabled());
    EXPECT_FALSE(page.saveButton()->isEnabled());
    EXPECT_EQ(page.inputField()->placeholderText(), QStringLiteral("Paste a chat message, payment instruction or address"));
}

TEST_F(CheckerPage, TypingChecksAfterAPauseAndShowsACardPerIndicator)
{
    page.focusInput();
    QSignalSpy checked(&page, &IndicatorPage::resultsChanged);
    QTest::keyClicks(page.inputField(), message());
    EXPECT_TRUE(page.resultCards().isEmpty()) << "nothing is checked while the officer is still typing";
    ASSERT_TRUE(checked.wait(3000));
    ASSERT_EQ(page.resultCards().size(), 4);
    EXPECT_FALSE(page.emptyState()->isVisible());
    EXPECT_EQ(page.summaryLabel()->text(),
              QStringLiteral("4 indicator(s) found: 2 address(es), 1 domain name(s), 1 e-mail address(es) — 1 not valid, 1 look-alike(s)"));

    QFrame *bech = cardFor(page, kBech32);
    ASSERT_NE(bech, nullptr);
    EXPECT_TRUE(childText(bech, "indicatorTitle").contains(QStringLiteral("Cryptocurrency address")));
    EXPECT_EQ(chips(bech), (QStringList{QStringLiteral("Bitcoin"), QStringLiteral("SegWit (P2WPKH)"), QStringLiteral("Main network")}));
    EXPECT_EQ(childText(bech, "validityBadge"), QStringLiteral("✓ Valid"));
    EXPECT_EQ(bech->findChild<QLabel *>(QStringLiteral("validityBadge"))->property("badge").toString(), QStringLiteral("ok"));
    EXPECT_EQ(bech->findChild<QLineEdit *>(QStringLiteral("indicatorValue"))->text(), kBech32);
    EXPECT_TRUE(bech->findChild<QLineEdit *>(QStringLiteral("indicatorValue"))->isReadOnly());
    EXPECT_EQ(bech->findChild<QLabel *>(QStringLiteral("invalidReason")), nullptr);
    EXPECT_TRUE(childText(bech, "explorer").contains(QStringLiteral("Bitcoin block explorer")));
    EXPECT_FALSE(childText(bech, "nextSteps").isEmpty());
    EXPECT_NE(bech->findChild<QPushButton *>(QStringLiteral("compareValue")), nullptr);

    QFrame *evm = cardFor(page, kEvmTypo);
    ASSERT_NE(evm, nullptr);
    EXPECT_EQ(childText(evm, "validityBadge"), QStringLiteral("✗ Not valid"));
    EXPECT_EQ(evm->findChild<QLabel *>(QStringLiteral("validityBadge"))->property("badge").toString(), QStringLiteral("danger"));
    EXPECT_TRUE(childText(evm, "invalidReason").contains(QStringLiteral("EIP-55 checksum"))) << (childText(evm, "invalidReason")).toStdString();
    EXPECT_TRUE(chips(evm).contains(QStringLiteral("Ethereum and other EVM chains")));
    EXPECT_TRUE(childText(evm, "freezeIssuers").contains(QStringLiteral("Tether"))) << "USDT can be frozen on Ethereum";

    QFrame *domain = cardFor(page, kLookAlike);
    ASSERT_NE(domain, nullptr);
    EXPECT_TRUE(childText(domain, "indicatorTitle").contains(QStringLiteral("Domain name")));
    QFrame *warning = domain->findChild<QFrame *>(QStringLiteral("lookalikeWarning"));
    ASSERT_NE(warning, nullptr);
    bool namesBinance = false;
    for (QLabel *l : warning->findChildren<QLabel *>())
        namesBinance |= l->text().contains(QStringLiteral("binance.com"));
    EXPECT_TRUE(namesBinance);
    EXPECT_NE(warning->findChild<QPushButton *>(QStringLiteral("phishingPatterns")), nullptr);
    EXPECT_EQ(domain->findChild<QPushButton *>(QStringLiteral("compareValue")), nullptr) << "only addresses are compared";

    // "Show in text" selects the indicator where it appears in the paste.
    domain->findChild<QPushButton *>(QStringLiteral("showInText"))->click();
    EXPECT_EQ(page.inputField()->textCursor().selectedText(), kLookAlike);
    EXPECT_TRUE(page.inputField()->hasFocus());

    QFrame *mail = cardFor(page, kEmail);
    ASSERT_NE(mail, nullptr);
    EXPECT_TRUE(childText(mail, "indicatorTitle").contains(QStringLiteral("E-mail address")));
    EXPECT_EQ(mail->findChild<QFrame *>(QStringLiteral("lookalikeWarning")), nullptr);
    EXPECT_FALSE(childText(mail, "nextSteps").isEmpty());
}

TEST_F(CheckerPage, CtrlEnterChecksAtOnceAndClearGoesBackToTheEmptyState)
{
    page.focusInput();
    page.inputField()->insertPlainText(kBech32);
    QTest::keyClick(page.inputField(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page.resultCards().size(), 1) << "checked without waiting";
    EXPECT_EQ(page.summaryLabel()->text(), QStringLiteral("1 indicator(s) found: 1 address(es)"));
    QTest::mouseClick(page.checkButton(), Qt::LeftButton);
    EXPECT_EQ(page.resultCards().size(), 1);
    page.setText(QStringLiteral("nothing to see here, just words"));
    EXPECT_TRUE(page.resultCards().isEmpty());
    bool saysNone = false;
    for (QLabel *l : page.emptyState()->findChildren<QLabel *>())
        saysNone |= l->text().contains(QStringLiteral("No indicators found"));
    EXPECT_TRUE(saysNone);
}

TEST_F(CheckerPage, CompareShowsHowAPoisonedAddressLooksAlike)
{
    const QString meant = QStringLiteral("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
    const QString paid = QStringLiteral("0xd8da7c0b4f3a1e52c6d9f0e1b2a3c4d5e6f96045");
    page.showView(IndicatorPage::View::Compare);
    QSignalSpy refs(&page, &IndicatorPage::referenceRequested);
    QTest::keyClicks(page.meantField(), meant);
    QTest::keyClicks(page.paidField(), paid);
    QTest::keyClick(page.paidField(), Qt::Key_Return);
    ASSERT_TRUE(page.compareResult()->isVisible());
    EXPECT_TRUE(page.comparison().lookAlike);
    EXPECT_TRUE(page.verdictLabel()->text().startsWith(QStringLiteral("Look-alike: the first 4 and last 5 characters"))) << (page.verdictLabel()->text()).toStdString();
    EXPECT_EQ(page.verdictBadge()->property("badge").toString(), QStringLiteral("danger"));
    EXPECT_TRUE(page.compareFacts()->text().contains(QStringLiteral("The first 4 character(s) after “0x” match, and the last 5 character(s) match.")))
        << (page.compareFacts()->text()).toStdString();
    // The matching ends are underlined: "d8da" after 0x and "96045" at the end, in both addresses.
    EXPECT_TRUE(page.paidView()->text().contains(QStringLiteral("underline; font-weight:700'>d</span>")));
    EXPECT_EQ(page.paidView()->text().count(QStringLiteral("underline")), 9);
    EXPECT_EQ(page.meantView()->text().count(QStringLiteral("underline")), 9);
    ASSERT_TRUE(page.poisoningReadMore()->isVisible());
    page.poisoningReadMore()->click();
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs.first().first().toString(), QStringLiteral("address-poisoning"));

    // Two unrelated addresses are not look-alikes, and the same address in another case is the same.
    page.compare(QStringLiteral("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), QStringLiteral("1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"));
    EXPECT_FALSE(page.comparison().lookAlike);
    EXPECT_FALSE(page.poisoningReadMore()->isVisible());
    EXPECT_TRUE(page.verdictLabel()->text().startsWith(QStringLiteral("Different addresses")));
    page.compare(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
    EXPECT_EQ(page.verdictBadge()->property("badge").toString(), QStringLiteral("ok"));
    EXPECT_FALSE(page.compareFacts()->isVisible());
}

TEST_F(CheckerPage, CompareOnAnAddressCardFillsTheComparison)
{
    page.setText(message());
    QFrame *bech = cardFor(page, kBech32);
    ASSERT_NE(bech, nullptr);
    bech->findChild<QPushButton *>(QStringLiteral("compareValue"))->click();
    EXPECT_EQ(page.currentView(), IndicatorPage::View::Compare);
    EXPECT_EQ(page.paidField()->text(), kBech32);
    EXPECT_TRUE(page.meantField()->hasFocus()) << "the officer types the address the victim meant next";
    QTest::keyClicks(page.meantField(), QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
    QTest::keyClick(page.meantField(), Qt::Key_Return);
    EXPECT_TRUE(page.comparison().identical);
}

TEST_F(CheckerPage, WatchlistImportShowsProblemsInThePageAndFlagsLaterMatches)
{
    const QString csv = dir.filePath(QStringLiteral("station-list.csv"));
    cca::test::writeFile(csv, "value,kind,source,category,date,note\n"
                              "binance-support.com,domain,Scameter,phishing,2024-05-03,fake support site\n"
                              "0xnot-an-address,address\n"
                              "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,address,ADCC,investment scam,2024-05-02,\"paid by victim, case 123\"\n");
    page.setText(message());
    EXPECT_EQ(cardFor(page, kBech32)->findChild<QFrame *>(QStringLiteral("watchlistMatch")), nullptr);

    page.showView(IndicatorPage::View::Watchlists);
    EXPECT_TRUE(page.watchlistRows().isEmpty());
    EXPECT_TRUE(page.importWatchlist(csv));
    ASSERT_TRUE(page.importResult()->isVisible());
    const QString shown = page.importResultLabel()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("station-list.csv: 3 row(s) read — 2 imported, 0 already known, 1 skipped."))) << (shown).toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("station-list.csv:3: error:"))) << (shown).toStdString();
    EXPECT_EQ(page.importResult()->property("alert").toString(), QStringLiteral("warning"));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "shown in the page, not in a dialog";
    ASSERT_EQ(page.watchlistRows().size(), 2);
    EXPECT_EQ(page.watchlistRows().first()->property("watchlistSource").toString(), QStringLiteral("ADCC"));
    EXPECT_EQ(page.viewButton(IndicatorPage::View::Watchlists)->text(), QStringLiteral("&Watchlists (2)"));

    // The results already on screen are checked again: the address is flagged with its source.
    QFrame *bech = cardFor(page, kBech32);
    ASSERT_NE(bech, nullptr);
    QFrame *match = bech->findChild<QFrame *>(QStringLiteral("watchlistMatch"));
    ASSERT_NE(match, nullptr);
    QString matchText;
    for (QLabel *l : match->findChildren<QLabel *>())
        matchText += l->text();
    EXPECT_TRUE(matchText.contains(QStringLiteral("ADCC (investment scam, listed 2024-05-02): paid by victim, case 123"))) << (matchText).toStdString();
    EXPECT_TRUE(page.summaryLabel()->text().contains(QStringLiteral("2 on a watchlist"))) << (page.summaryLabel()->text()).toStdString();
    EXPECT_TRUE(page.resultsText().contains(QStringLiteral("ON A WATCHLIST: Scameter (phishing, listed 2024-05-03): fake support site")));

    // Removing a list asks in the page first, then the match is gone.
    page.watchlistRows().first()->findChild<QPushButton *>(QStringLiteral("removeWatchlist"))->click();
    ASSERT_TRUE(page.removeConfirmation()->isVisible());
    EXPECT_EQ(page.watchlistRows().size(), 2) << "nothing removed before confirming";
    page.confirmRemoveButton()->click();
    EXPECT_FALSE(page.removeConfirmation()->isVisible());
    ASSERT_EQ(page.watchlistRows().size(), 1);
    EXPECT_EQ(page.watchlistRows().first()->property("watchlistSource").toString(), QStringLiteral("Scameter"));
    EXPECT_EQ(cardFor(page, kBech32)->findChild<QFrame *>(QStringLiteral("watchlistMatch")), nullptr);
}

TEST_F(CheckerPage, AFileWithoutTheHeaderImportsNothingAndSaysWhy)
{
    const QString csv = dir.filePath(QStringLiteral("wrong.csv"));
    cca::test::writeFile(csv, "address,where\nbc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4,somewhere\n");
    EXPECT_FALSE(page.importWatchlist(csv));
    EXPECT_EQ(page.importResult()->property("alert").toString(), QStringLiteral("danger"));
    EXPECT_TRUE(page.importResultLabel()->text().contains(QStringLiteral("Nothing was imported from wrong.csv")));
    EXPECT_TRUE(page.importResultLabel()->text().contains(QStringLiteral("header row")));
    EXPECT_EQ(watchlist->count(), 0);
}

TEST_F(CheckerPage, ResultsAreCopiedAndSavedAsANote)
{
    page.setText(message());
    page.copyButton()->click();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(QStringLiteral("Indicator check\n")));
    EXPECT_TRUE(copied.contains(QStringLiteral("Officer: Chan Tai Man (PC 12345)")));
    EXPECT_TRUE(copied.contains(QStringLiteral("4 indicator(s) found")));
    EXPECT_TRUE(copied.contains(QStringLiteral("2. Cryptocurrency address: ") + kEvmTypo));
    EXPECT_TRUE(copied.contains(QStringLiteral("Why it is not valid: The mixed upper and lower case")));
    EXPECT_TRUE(page.statusLabel()->isVisible());

    const QString path = dir.filePath(QStringLiteral("note.txt"));
    QString error;
    ASSERT_TRUE(page.saveNote(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(saved.contains(kLookAlike));
    EXPECT_TRUE(saved.contains(QStringLiteral("LOOK-ALIKE")));
    EXPECT_FALSE(page.saveNote(dir.filePath(QStringLiteral("no/such/folder/note.txt")), &error));
    EXPECT_FALSE(error.isEmpty());

    const QStringList brief = page.briefLines();
    ASSERT_EQ(brief.size(), 4);
    EXPECT_EQ(brief.first(), kBech32 + QStringLiteral(" (Cryptocurrency address, Bitcoin, valid)"));
}

TEST_F(CheckerPage, AMegabyteOfTextDoesNotFreezeTheScreen)
{
    QString text;
    text.reserve(1100000);
    int n = 0;
    while (text.size() < 1000000) {
        text += QStringLiteral("Line %1: send to %2 please, thanks. ").arg(n).arg(n % 2 ? kBech32 : QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"));
        text += QStringLiteral("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor mail%1@example.org\n").arg(n);
        ++n;
    }
    // A station list to match against: every indicator is looked up.
    ASSERT_TRUE(watchlist->importCsvData("value,kind,source,category,date,note\nexample.org,domain,Test list,,,\n", QStringLiteral("t.csv")).ok);
    page.inputField()->setPlainText(text);
    // How long things take is for the benchmarks; this checks the structure that keeps the screen
    // answering: the text goes to a worker (check() returns while it runs), and the cards come a
    // batch per event-loop turn, never all at once.
    QDeadlineTimer deadline(60000); // only against hanging
    page.check();
    EXPECT_TRUE(page.isChecking()) << "a megabyte is checked on a worker thread";
    EXPECT_TRUE(page.summaryLabel()->text().startsWith(QStringLiteral("Checking "))) << page.summaryLabel()->text().toStdString();
    EXPECT_TRUE(page.resultCards().isEmpty());
    while (page.indicators().isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    ASSERT_GT(page.indicators().size(), IndicatorPage::kMaxCards);
    EXPECT_FALSE(page.isChecking());
    EXPECT_LE(page.resultCards().size(), IndicatorPage::kCardsAtOnce);
    qsizetype shown = page.resultCards().size();
    while (page.resultCards().size() < IndicatorPage::kMaxCards && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        EXPECT_LE(page.resultCards().size() - shown, IndicatorPage::kCardsAtOnce) << "one batch of cards per turn";
        shown = page.resultCards().size();
    }
    ASSERT_EQ(page.resultCards().size(), IndicatorPage::kMaxCards);
    ASSERT_TRUE(page.moreLabel()->isVisible());
    EXPECT_TRUE(page.moreLabel()->text().startsWith(QStringLiteral("Showing the first 50 of "))) << (page.moreLabel()->text()).toStdString();
    EXPECT_EQ(page.resultsText().count(QStringLiteral("\n   What it is:")), page.indicators().size()) << "the note has every indicator";
    EXPECT_EQ(page.resultsText().count(QStringLiteral("ON A WATCHLIST: Test list")), page.indicators().size() - 2) << "every e-mail address matched";
}

TEST_F(CheckerPage, TheThreePartsAreReachedFromTheKeyboard)
{
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    // Alt and the underlined letter press the switch (a button pressed by its letter clicks a moment later).
    QTest::keyClick(&page, Qt::Key_W, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.currentView() == IndicatorPage::View::Watchlists; }, 2000));
    EXPECT_TRUE(page.importButton()->hasFocus());
    QTest::keyClick(&page, Qt::Key_M, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.currentView() == IndicatorPage::View::Compare; }, 2000));
    EXPECT_TRUE(page.meantField()->hasFocus());
    // In the comparison, Alt+P and Alt+A go to the two fields (no letter is used twice).
    QTest::keyClick(&page, Qt::Key_A, Qt::AltModifier);
    EXPECT_TRUE(page.paidField()->hasFocus());
    QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
    EXPECT_TRUE(page.meantField()->hasFocus());
    QTest::keyClick(&page, Qt::Key_M, Qt::AltModifier);
    QTest::qWait(300);
    EXPECT_EQ(page.currentView(), IndicatorPage::View::Compare);
    QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.currentView() == IndicatorPage::View::Check; }, 2000));
    // Tab leaves the paste box instead of typing a tab into it.
    page.focusInput();
    QTest::keyClick(page.inputField(), Qt::Key_Tab);
    EXPECT_FALSE(page.inputField()->hasFocus());
    EXPECT_FALSE(page.inputField()->toPlainText().contains(QLatin1Char('\t')));
}
