// The wallet lab screen, driven as an officer would: generate a training wallet and read its
// derivation tree, change the passphrase, restore the module's seed card, find its smudged word,
// match paths to address types, spot the invalid phrases, tell custodial from self-custody; copied addresses leave the clipboard; nothing reaches the disk.
#include "wallet/bip39.h"
#include "wallet/trainingwallet.h"
#include "wallet/widgets/walletlabpage.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace cca::wallet;

namespace {

const QString kCard1 = QStringLiteral("lawsuit special chief annual chair refuse major elevator labor suit cry sphere");

QString cardPath(const QString &file)
{
    return cca::test::sourcePath(QStringLiteral("content/modules/wallets-and-seizure/media/") + file);
}

void typeWords(WalletLabPage &page, const QStringList &words)
{
    for (int i = 0; i < words.size(); ++i) {
        QLineEdit *field = page.restoreFields().at(i);
        field->setFocus();
        QTest::keyClicks(field, words.at(i));
        QTest::keyClick(field, Qt::Key_Tab); // leaves the field, as the officer does
    }
}

QTreeWidgetItem *masterItem(QTreeWidget *tree)
{
    QTreeWidgetItem *words = tree->topLevelItem(0);
    if (!words || words->childCount() != 1 || words->child(0)->childCount() != 1)
        return nullptr;
    return words->child(0)->child(0);
}

} // namespace

TEST(TrainingWallet, ReproducesTheSeedCardAddressesWithAndWithoutPassphrase)
{
    const TrainingWallet plain = deriveTrainingWallet(kCard1, QString(), 2);
    ASSERT_TRUE(plain.ok()) << plain.error.toStdString();
    EXPECT_EQ(plain.seedHex, QStringLiteral("c185892e29b1a367574a9a520cef25dabe9ae51e7e6a8396ff12b2b800c2d3c7eef84a0752722320ad7b10a790"
                                            "4ddba7b452e6cc1977dbdc53e9fad25477d9b9"));
    ASSERT_EQ(plain.accounts.size(), 7);
    EXPECT_EQ(plain.accounts[0].addresses[0], QStringLiteral("1F8784kpecvHVocEuFKjJ6Y1hyNkHNmW1c"));
    EXPECT_EQ(plain.accounts[1].addresses[0], QStringLiteral("3JatTU3YcSVXQcCkzQpstxwf9rQj3SayAi"));
    EXPECT_EQ(plain.accounts[2].addresses[0], QStringLiteral("bc1q683v8ugxfze4ankrhphnrlaaavwsh04f4y7z7u"));
    EXPECT_EQ(plain.accounts[2].addresses[1], QStringLiteral("bc1qnjcv95ndrr6yxlvdpjct867lx58e0pjm3ncum6"));
    EXPECT_EQ(plain.accounts[3].addresses[0], QStringLiteral("bc1pz44ds8t7wp8ggqdz5lyrz6v7h99tz3ly5jqh83d6txqz97f4kwwsncm5y0"));
    EXPECT_EQ(plain.accounts[4].addresses[0], QStringLiteral("0xd7a1d90b9D11D5Ab1609f6AF546EbE21cF29113d"));
    EXPECT_EQ(plain.accounts[5].addresses[0], QStringLiteral("TBTR4hKPUepbHf68okp2Hr96JvG49ixL4Y"));
    EXPECT_TRUE(plain.accounts[6].addresses[0].startsWith(QLatin1Char('L')));
    EXPECT_EQ(plain.accounts[6].addressPaths[0], QStringLiteral("m/44'/2'/0'/0/0"));

    const TrainingWallet harbour = deriveTrainingWallet(kCard1, QStringLiteral("harbour"), 1);
    ASSERT_TRUE(harbour.ok());
    EXPECT_EQ(harbour.accounts[2].addresses[0], QStringLiteral("bc1q8zuwkymgttslf3847eyxzxzr8jypt52z59z66m"));
    EXPECT_EQ(harbour.accounts[4].addresses[0], QStringLiteral("0xe913326b5F0E4a67e82E6c397C53C02509AA4765"));
    EXPECT_NE(harbour.masterFingerprint, plain.masterFingerprint);
}

TEST(WalletLabPage, GenerateShowsSevenAccountsWithAddressesThatMatchTheLibrary)
{
    WalletLabPage page;
    page.resize(1200, 900);
    page.show();
    page.wordCountBox()->setCurrentIndex(page.wordCountBox()->findData(24));
    QTest::mouseClick(page.generateButton(), Qt::LeftButton);
    ASSERT_EQ(page.words().size(), 24);
    EXPECT_TRUE(bip39::checkMnemonic(page.words().join(QLatin1Char(' '))).ok());

    QTreeWidgetItem *master = masterItem(page.tree());
    ASSERT_TRUE(master);
    EXPECT_TRUE(master->text(1).contains(page.masterFingerprint()));
    ASSERT_EQ(master->childCount(), 7);
    const QStringList paths{QStringLiteral("m/44'/0'/0'"), QStringLiteral("m/49'/0'/0'"), QStringLiteral("m/84'/0'/0'"), QStringLiteral("m/86'/0'/0'"),
                            QStringLiteral("m/44'/60'/0'"), QStringLiteral("m/44'/195'/0'"), QStringLiteral("m/44'/2'/0'")};
    const QString sentence = page.words().join(QLatin1Char(' '));
    for (int a = 0; a < 7; ++a) {
        QTreeWidgetItem *account = master->child(a);
        EXPECT_EQ(account->text(1), paths[a]);
        ASSERT_EQ(account->childCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString path = account->child(i)->text(0);
            EXPECT_EQ(path, paths[a] + QStringLiteral("/0/%1").arg(i));
            EXPECT_EQ(account->child(i)->text(1), addressAt(sentence, QString(), path)) << path.toStdString();
        }
    }
}

TEST(WalletLabPage, ChineseWordListGivesChineseWords)
{
    WalletLabPage page;
    page.generate(12, bip39::Language::ChineseTraditional);
    ASSERT_EQ(page.words().size(), 12);
    EXPECT_GE(bip39::wordIndex(bip39::Language::ChineseTraditional, page.words().first()), 0);
    ASSERT_TRUE(masterItem(page.tree()));
    EXPECT_EQ(masterItem(page.tree())->childCount(), 7);
}

TEST(WalletLabPage, ChangingThePassphraseShowsADifferentWallet)
{
    WalletLabPage page;
    page.show();
    page.generate(12, bip39::Language::English);
    const QString plainFingerprint = page.masterFingerprint();
    const QString plainAddress = masterItem(page.tree())->child(2)->child(0)->text(1);
    EXPECT_EQ(page.passphraseField()->echoMode(), QLineEdit::Password) << "hidden by default";
    page.showPassphraseButton()->click();
    EXPECT_EQ(page.passphraseField()->echoMode(), QLineEdit::Normal);

    QTest::keyClicks(page.passphraseField(), QStringLiteral("harbour"));
    EXPECT_EQ(page.masterFingerprint(), plainFingerprint) << "recomputed after a pause, not on every key";
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.masterFingerprint() != plainFingerprint && !page.masterFingerprint().isEmpty(); }, 3000));
    EXPECT_NE(masterItem(page.tree())->child(2)->child(0)->text(1), plainAddress);
    EXPECT_TRUE(page.passphraseNote()->isVisible());
    EXPECT_TRUE(page.passphraseNote()->text().contains(QStringLiteral("Same words, different passphrase: a different wallet")));
    EXPECT_TRUE(page.passphraseNote()->text().contains(plainFingerprint));
    EXPECT_EQ(masterItem(page.tree())->child(2)->child(0)->text(1),
              addressAt(page.words().join(QLatin1Char(' ')), QStringLiteral("harbour"), QStringLiteral("m/84'/0'/0'/0/0")));
}

TEST(WalletLabPage, RestoreDrillTypingTheCardGivesAValidPhraseAndTheCardsAddress)
{
    WalletLabPage page;
    page.setSeedCards(cardPath(QStringLiteral("seed-card.svg")), cardPath(QStringLiteral("seed-card-missing-word.svg")));
    page.show();
    page.showView(WalletLabPage::View::Restore);
    EXPECT_FALSE(page.restoreCardImage()->pixmap().isNull()) << "the card picture is shown";
    QSignalSpy completed(&page, &WalletLabPage::exerciseCompleted);
    typeWords(page, kCard1.split(QLatin1Char(' ')));
    EXPECT_TRUE(page.restoreStatus()->text().contains(QStringLiteral("Valid ✓"))) << page.restoreStatus()->text().toStdString();
    EXPECT_EQ(page.recoveredBip84(), WalletLabPage::kRestoreCardAddress);
    EXPECT_EQ(page.recoveredBip44(), QStringLiteral("1F8784kpecvHVocEuFKjJ6Y1hyNkHNmW1c"));
    EXPECT_TRUE(page.restoreMatchesCard());
    ASSERT_EQ(completed.size(), 1);
    EXPECT_EQ(completed[0][0].toString(), QStringLiteral("restore-drill"));

    // A passphrase the card does not mention: still valid, but not the card's wallet.
    page.restorePassphraseField()->setText(QStringLiteral("harbour"));
    EXPECT_EQ(page.recoveredBip84(), QStringLiteral("bc1q8zuwkymgttslf3847eyxzxzr8jypt52z59z66m"));
    EXPECT_FALSE(page.restoreMatchesCard());
    EXPECT_EQ(completed.size(), 1) << "recorded once";
}

TEST(WalletLabPage, WordFieldsCompleteFromTheWordList)
{
    WalletLabPage page;
    page.show();
    page.showView(WalletLabPage::View::Restore);
    QLineEdit *field = page.restoreFields().at(0);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("law"));
    QCompleter *completer = field->completer();
    ASSERT_TRUE(completer);
    QStringList offered;
    for (int i = 0; completer->setCurrentRow(i); ++i)
        offered << completer->currentCompletion();
    EXPECT_EQ(offered, bip39::completions(QStringLiteral("law"), bip39::Language::English, 8));
    EXPECT_TRUE(offered.contains(QStringLiteral("lawsuit")));
    EXPECT_FALSE(page.restoreHints().at(0)->isVisible()) << "the beginning of a word is not a mistake";
}

TEST(WalletLabPage, AnUnknownWordIsNamedWithSuggestions)
{
    WalletLabPage page;
    page.show();
    page.showView(WalletLabPage::View::Restore);
    QStringList words = kCard1.split(QLatin1Char(' '));
    words[6] = QStringLiteral("bitcoin");
    typeWords(page, words);
    const QString status = page.restoreStatus()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Unknown word 7"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("bitcoin")));
    EXPECT_TRUE(status.contains(QStringLiteral("Did you mean")));
    EXPECT_TRUE(page.restoreHints().at(6)->isVisible());
    EXPECT_TRUE(page.restoreHints().at(6)->text().contains(QStringLiteral("Did you mean")));
    EXPECT_FALSE(page.restoreHints().at(5)->isVisible());
    EXPECT_TRUE(page.recoveredBip84().isEmpty());

    // Swapping the first two words keeps every word on the list but breaks the checksum.
    words = kCard1.split(QLatin1Char(' '));
    std::swap(words[0], words[1]);
    page.clear();
    typeWords(page, words);
    EXPECT_TRUE(page.restoreStatus()->text().contains(QStringLiteral("Wrong checksum"))) << page.restoreStatus()->text().toStdString();
}

TEST(WalletLabPage, MissingWordSearchFinds141CandidatesAndLakeGivesTheKnownAddress)
{
    WalletLabPage page;
    page.show();
    page.showView(WalletLabPage::View::MissingWord);
    QSignalSpy completed(&page, &WalletLabPage::exerciseCompleted);
    QTest::mouseClick(page.searchButton(), Qt::LeftButton);
    EXPECT_TRUE(page.isSearching());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isSearching(); }, 20000));
    EXPECT_EQ(page.candidateList()->count(), 141);
    EXPECT_EQ(page.searchProgress()->value(), 2048);
    EXPECT_TRUE(page.missingWordStatus()->text().contains(QStringLiteral("141")));

    // A wrong candidate first, then the right one.
    page.candidateList()->setCurrentRow(0);
    ASSERT_NE(page.candidateList()->item(0)->text(), QStringLiteral("lake"));
    page.deriveCandidateButton()->click();
    EXPECT_FALSE(page.missingWordFound());
    const QList<QListWidgetItem *> lake = page.candidateList()->findItems(QStringLiteral("lake"), Qt::MatchExactly);
    ASSERT_EQ(lake.size(), 1);
    page.candidateList()->setCurrentItem(lake.first());
    page.deriveCandidateButton()->click();
    EXPECT_TRUE(page.missingWordFound());
    EXPECT_TRUE(lake.first()->text().contains(WalletLabPage::kMissingWordCardAddress));
    EXPECT_TRUE(page.missingWordStatus()->text().contains(QStringLiteral("lake")));
    ASSERT_EQ(completed.size(), 1);
    EXPECT_EQ(completed[0][0].toString(), QStringLiteral("missing-word"));
}

TEST(WalletLabPage, MissingWordSearchCanBeCancelled)
{
    QStringList words = WalletLabPage::missingWordCardWords();
    int calls = 0;
    const MissingWordSearch search = findMissingWord(words, WalletLabPage::kMissingWordPosition, bip39::Language::English,
                                                     [&](int) { return ++calls < 3; });
    EXPECT_TRUE(search.cancelled);

    WalletLabPage page;
    page.startMissingWordSearch();
    page.cancelMissingWordSearch();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isSearching(); }, 20000));
    EXPECT_TRUE(page.searchButton()->isEnabled());
    EXPECT_FALSE(page.cancelSearchButton()->isEnabled());
}

TEST(WalletLabPage, MatchThePathScoresTheChoices)
{
    WalletLabPage page;
    QSignalSpy completed(&page, &WalletLabPage::exerciseCompleted);
    const QStringList answers{QStringLiteral("p2pkh"), QStringLiteral("p2sh"), QStringLiteral("p2wpkh"),
                              QStringLiteral("p2tr"),  QStringLiteral("trx"),  QStringLiteral("eth")}; // last two swapped
    ASSERT_EQ(page.pathChoices().size(), 6);
    for (int i = 0; i < 6; ++i)
        page.pathChoices()[i]->setCurrentIndex(page.pathChoices()[i]->findData(answers[i]));
    QTest::mouseClick(page.pathCheckButton(), Qt::LeftButton);
    EXPECT_EQ(page.pathScore()->text(), QStringLiteral("4 of 6 right"));
    ASSERT_EQ(completed.size(), 1);
    EXPECT_EQ(completed[0][0].toString(), QStringLiteral("match-the-path"));
    EXPECT_EQ(completed[0][1].toInt(), 4);
    EXPECT_EQ(completed[0][2].toInt(), 6);

    page.pathChoices()[4]->setCurrentIndex(page.pathChoices()[4]->findData(QStringLiteral("eth")));
    page.pathChoices()[5]->setCurrentIndex(page.pathChoices()[5]->findData(QStringLiteral("trx")));
    EXPECT_EQ(page.checkPaths(), 6);
    EXPECT_EQ(page.pathScore()->text(), QStringLiteral("6 of 6 right"));
}

TEST(WalletLabPage, SpotTheInvalidPhraseShowsTwoValidAndThreeBrokenPhrases)
{
    WalletLabPage page;
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    // Alt and the underlined letter press the switch (a button pressed by its letter clicks a moment later).
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.currentView() == WalletLabPage::View::SpotInvalid; }, 2000)) << "Alt+S opens the view";
    for (int round = 0; round < 5; ++round) {
        page.spotNewButton()->click();
        const QStringList phrases = page.spotPhrases();
        ASSERT_EQ(phrases.size(), WalletLabPage::kSpotPhraseCount);
        QMap<bip39::Problem, int> problems;
        for (const QString &phrase : phrases)
            ++problems[bip39::checkMnemonic(phrase, bip39::Language::English).problem];
        EXPECT_EQ(problems.value(bip39::Problem::None), 2);
        EXPECT_EQ(problems.value(bip39::Problem::BadChecksum), 1) << "two words swapped";
        EXPECT_EQ(problems.value(bip39::Problem::UnknownWord), 1) << "a word not on the list";
        EXPECT_EQ(problems.value(bip39::Problem::WrongLength), 1) << "a word dropped";
        for (QCheckBox *box : page.spotChoices())
            EXPECT_FALSE(box->isChecked());
    }
}

TEST(WalletLabPage, SpotTheInvalidPhraseScoresTheTicksAndGivesEachReason)
{
    WalletLabPage page;
    page.show();
    page.showView(WalletLabPage::View::SpotInvalid);
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QSignalSpy completed(&page, &WalletLabPage::exerciseCompleted);
    const QStringList phrases = page.spotPhrases();
    QList<bip39::Check> checks;
    for (const QString &phrase : phrases)
        checks << bip39::checkMnemonic(phrase, bip39::Language::English);

    // All right: tick exactly the invalid ones, with the keyboard.
    for (int i = 0; i < phrases.size(); ++i) {
        if (!checks[i].ok()) {
            QTest::keyClick(&page, Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            EXPECT_TRUE(QTest::qWaitFor([&] { return page.spotChoices()[i]->isChecked(); }, 2000)) << "Alt+" << i + 1 << " ticks phrase " << i + 1;
        }
    }
    QTest::mouseClick(page.spotCheckButton(), Qt::LeftButton);
    EXPECT_EQ(page.spotScore()->text(), QStringLiteral("5 of 5 right"));
    ASSERT_EQ(completed.size(), 1);
    EXPECT_EQ(completed[0][0].toString(), QStringLiteral("spot-invalid-phrase"));
    EXPECT_EQ(completed[0][1].toInt(), 5);
    EXPECT_EQ(completed[0][2].toInt(), 5);
    for (int i = 0; i < phrases.size(); ++i) {
        const QString reason = page.spotReasons()[i]->text();
        EXPECT_TRUE(page.spotReasons()[i]->isVisible());
        EXPECT_EQ(page.spotReasons()[i]->toolTip(), checks[i].message) << "the library's own words";
        switch (checks[i].problem) {
        case bip39::Problem::None: EXPECT_TRUE(reason.startsWith(QStringLiteral("Valid"))) << reason.toStdString(); break;
        case bip39::Problem::BadChecksum: EXPECT_TRUE(reason.contains(QStringLiteral("checksum"))) << reason.toStdString(); break;
        case bip39::Problem::UnknownWord:
            EXPECT_TRUE(reason.contains(QStringLiteral("word %1, “%2”").arg(checks[i].wordNumber).arg(checks[i].word))) << reason.toStdString();
            EXPECT_TRUE(reason.contains(QStringLiteral("not on the BIP39 word list")));
            break;
        case bip39::Problem::WrongLength: EXPECT_TRUE(reason.contains(QStringLiteral("11 words"))) << reason.toStdString(); break;
        case bip39::Problem::Empty: ADD_FAILURE() << "no empty phrase is shown"; break;
        }
    }

    // Two mistakes: a valid phrase ticked, a broken one left unticked.
    const int valid = int(std::find_if(checks.cbegin(), checks.cend(), [](const bip39::Check &c) { return c.ok(); }) - checks.cbegin());
    const int broken = int(std::find_if(checks.cbegin(), checks.cend(), [](const bip39::Check &c) { return !c.ok(); }) - checks.cbegin());
    page.spotChoices()[valid]->setChecked(true);
    page.spotChoices()[broken]->setChecked(false);
    EXPECT_EQ(page.checkSpot(), 3);
    EXPECT_EQ(page.spotScore()->text(), QStringLiteral("3 of 5 right"));
    ASSERT_EQ(completed.size(), 2);
    EXPECT_EQ(completed[1][1].toInt(), 3);
    EXPECT_TRUE(page.spotReasons()[valid]->text().startsWith(QStringLiteral("Valid")));
    EXPECT_TRUE(page.spotReasons()[broken]->text().startsWith(QStringLiteral("Not valid")));

    // New phrases forget the ticks and the verdicts.
    page.spotNewButton()->click();
    EXPECT_NE(page.spotPhrases(), phrases);
    EXPECT_TRUE(page.spotScore()->text().isEmpty());
    for (int i = 0; i < phrases.size(); ++i) {
        EXPECT_FALSE(page.spotChoices()[i]->isChecked());
        EXPECT_FALSE(page.spotReasons()[i]->isVisible());
    }
}

TEST(WalletLabPage, CustodialOrSelfCustodyScoresTheCasesAndSaysWhoCanFreezeTheFunds)
{
    WalletLabPage page;
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_U, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.currentView() == WalletLabPage::View::Custody; }, 2000)) << "Alt+U opens the view";
    QSignalSpy completed(&page, &WalletLabPage::exerciseCompleted);
    const QStringList answers{QStringLiteral("custodial"), QStringLiteral("self"), QStringLiteral("self"), QStringLiteral("custodial"),
                              QStringLiteral("self")};
    ASSERT_EQ(page.custodyChoices().size(), 5);
    for (int i = 0; i < 5; ++i)
        page.custodyChoices()[i]->setCurrentIndex(page.custodyChoices()[i]->findData(answers[i]));
    for (QLabel *explanation : page.custodyExplanations())
        EXPECT_FALSE(explanation->isVisible()) << "no answer before Check";
    QTest::mouseClick(page.custodyCheckButton(), Qt::LeftButton);
    EXPECT_EQ(page.custodyScore()->text(), QStringLiteral("5 of 5 right"));
    ASSERT_EQ(completed.size(), 1);
    EXPECT_EQ(completed[0][0].toString(), QStringLiteral("custody-cases"));
    EXPECT_EQ(completed[0][1].toInt(), 5);
    EXPECT_EQ(completed[0][2].toInt(), 5);
    EXPECT_TRUE(page.custodyExplanations()[0]->isVisible());
    EXPECT_TRUE(page.custodyExplanations()[0]->text().startsWith(QStringLiteral("Custodial: ")));
    EXPECT_TRUE(page.custodyExplanations()[0]->text().contains(QStringLiteral("freeze")));
    EXPECT_TRUE(page.custodyExplanations()[1]->text().startsWith(QStringLiteral("Self-custody: ")));

    // The Binance case taken for self-custody, the steel plate left unanswered.
    page.custodyChoices()[0]->setCurrentIndex(page.custodyChoices()[0]->findData(QStringLiteral("self")));
    page.custodyChoices()[1]->setCurrentIndex(0);
    EXPECT_EQ(page.checkCustody(), 3);
    EXPECT_EQ(page.custodyScore()->text(), QStringLiteral("3 of 5 right"));
    ASSERT_EQ(completed.size(), 2);
    EXPECT_EQ(completed[1][1].toInt(), 3);
    EXPECT_TRUE(page.custodyExplanations()[0]->text().contains(QStringLiteral("Binance can freeze")));
    EXPECT_TRUE(page.custodyExplanations()[1]->text().contains(QStringLiteral("whoever has the 24 words")));

    page.clear();
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(page.custodyChoices()[i]->currentIndex(), 0);
        EXPECT_FALSE(page.custodyExplanations()[i]->isVisible());
    }
    EXPECT_TRUE(page.custodyScore()->text().isEmpty());
}

TEST(WalletLabPage, CopiedAddressIsClearedFromTheClipboard)
{
    WalletLabPage page;
    page.setClipboardClearDelay(100);
    page.generate(12, bip39::Language::English);
    QTreeWidgetItem *seed = page.tree()->topLevelItem(0)->child(0);
    page.tree()->setCurrentItem(seed);
    EXPECT_FALSE(page.copyAddressButton()->isEnabled()) << "no seed or key copy";
    QTreeWidgetItem *address = masterItem(page.tree())->child(2)->child(0);
    page.tree()->setCurrentItem(address);
    ASSERT_TRUE(page.copyAddressButton()->isEnabled());
    page.copyAddressButton()->click();
    EXPECT_EQ(QApplication::clipboard()->text(), address->text(1));
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::clipboard()->text().isEmpty(); }, 3000));

    // Something else the officer copied meanwhile is left alone.
    page.copyAddressButton()->click();
    QApplication::clipboard()->setText(QStringLiteral("case 2026/114"));
    QTest::qWait(250);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("case 2026/114"));
    QApplication::clipboard()->clear();
}

TEST(WalletLabPage, ClearForgetsEverything)
{
    WalletLabPage page;
    page.generate(12, bip39::Language::English);
    page.passphraseField()->setText(QStringLiteral("secret"));
    typeWords(page, kCard1.split(QLatin1Char(' ')));
    page.clear();
    EXPECT_TRUE(page.words().isEmpty());
    EXPECT_EQ(page.tree()->topLevelItemCount(), 0);
    EXPECT_TRUE(page.passphraseField()->text().isEmpty());
    for (QLineEdit *field : page.restoreFields())
        EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(page.recoveredBip84().isEmpty());
}

TEST(WalletLabPage, NoWordEverReachesTheSettingsOrTheDataFolders)
{
    // The test main points settings into a throw-away home; the data folder (test mode) may be
    // shared with other test programs, so files there are compared before and after.
    const QString home = QFileInfo(QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME"))).absolutePath();
    const QStringList roots{home, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                            QFileInfo(QSettings().fileName()).absolutePath()};
    auto snapshot = [&roots] {
        QMap<QString, QByteArray> files;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    files.insert(file.fileName(), file.readAll());
            }
        }
        return files;
    };
    QSettings().sync();
    const QMap<QString, QByteArray> before = snapshot();

    QStringList secrets;
    QString generated;
    {
        WalletLabPage page;
        page.show();
        page.generate(24, bip39::Language::English);
        secrets << page.words();
        generated = page.words().join(QLatin1Char(' '));
        page.passphraseField()->setText(QStringLiteral("harbourmaster"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return page.passphraseNote()->text().contains(QStringLiteral("different passphrase")); }, 3000));
        typeWords(page, kCard1.split(QLatin1Char(' ')));
        ASSERT_TRUE(page.restoreMatchesCard());
        page.clear();
    }
    secrets << kCard1.split(QLatin1Char(' ')) << QStringLiteral("harbourmaster");
    QSettings().sync();
    const QMap<QString, QByteArray> after = snapshot();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString text = QString::fromUtf8(it.value());
        // No file anywhere holds either phrase.
        EXPECT_FALSE(text.contains(generated)) << it.key().toStdString();
        EXPECT_FALSE(text.contains(kCard1)) << it.key().toStdString();
        // A file written while the lab was used holds none of the words.
        if (before.value(it.key()) == it.value())
            continue;
        for (const QString &word : std::as_const(secrets))
            EXPECT_FALSE(text.contains(word, Qt::CaseInsensitive)) << it.key().toStdString() << ": " << word.toStdString();
    }
}

TEST(TrainingWallet, ScanCoversEveryUsualPathOnBothBitcoinNetworks)
{
    const QList<ScannedAddress> scanned = scanWallet(kCard1, QString(), 3);
    ASSERT_EQ(scanned.size(), (4 * 2 * 2 + 3) * 3);
    auto at = [&](const QString &path) {
        for (const ScannedAddress &a : scanned)
            if (a.path == path)
                return a.address;
        return QString();
    };
    EXPECT_EQ(at(QStringLiteral("m/84'/0'/0'/0/0")), QStringLiteral("bc1q683v8ugxfze4ankrhphnrlaaavwsh04f4y7z7u"));
    EXPECT_EQ(at(QStringLiteral("m/84'/0'/0'/0/1")), QStringLiteral("bc1qnjcv95ndrr6yxlvdpjct867lx58e0pjm3ncum6"));
    EXPECT_EQ(at(QStringLiteral("m/44'/1'/0'/0/0")), QStringLiteral("mzZnHNtPFLQxiyc6ssK462EBBAegEJ4AQk")) << "testnet BIP44";
    EXPECT_EQ(at(QStringLiteral("m/84'/1'/0'/0/0")), QStringLiteral("tb1qnd4ejfcruua6wd8j7ts6dk4ygl4rt03cdzdj6g"));
    EXPECT_EQ(at(QStringLiteral("m/44'/60'/0'/0/0")), QStringLiteral("0xd7a1d90b9D11D5Ab1609f6AF546EbE21cF29113d"));
    EXPECT_EQ(at(QStringLiteral("m/44'/195'/0'/0/0")), QStringLiteral("TBTR4hKPUepbHf68okp2Hr96JvG49ixL4Y"));
    EXPECT_TRUE(at(QStringLiteral("m/84'/0'/0'/1/2")).startsWith(QStringLiteral("bc1q"))) << "change addresses too";
    EXPECT_TRUE(at(QStringLiteral("m/86'/1'/0'/0/0")).startsWith(QStringLiteral("tb1p")));

    EXPECT_NE(scanWallet(kCard1, QStringLiteral("harbour"), 1).first().address, scanned.first().address);
    EXPECT_TRUE(scanWallet(QStringLiteral("lawsuit special chief"), QString()).isEmpty()) << "not a valid phrase";
}
