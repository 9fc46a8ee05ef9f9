#include "wallet/widgets/walletlabpage.h"

#include "wallet/labexercises.h"
#include "wallet/trainingwallet.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringListModel>
#include <QStyle>
#include <QSvgRenderer>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace cca::wallet {

const QString WalletLabPage::kRestoreCardAddress = QStringLiteral("bc1q683v8ugxfze4ankrhphnrlaaavwsh04f4y7z7u");
const QString WalletLabPage::kMissingWordCardAddress = QStringLiteral("bc1q2hdnlevhtvczj5eyym73x9gl7z035q8ga0vn0k");

const QStringList &WalletLabPage::missingWordCardWords()
{
    static const QStringList words = QStringLiteral("shaft mimic slide sure popular process _ need entire crush crystal legend")
                                         .split(QLatin1Char(' '))
                                         .replaceInStrings(QStringLiteral("_"), QString());
    return words;
}

struct WalletLabPage::SearchState
{
    std::atomic<int> tried{0};
    std::atomic<bool> cancel{false};
    MissingWordSearch result; // read after the thread finished
};

namespace {

constexpr int kPassphrasePauseMs = 400;
constexpr int kAddressRole = Qt::UserRole + 1;
constexpr int kLedgerScanDepth = 10; // addresses per chain and path looked up in the cases

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Every long list in the lab scrolls inside its view, so the banner above stays in sight.
QVBoxLayout *scrollingView(QWidget *view)
{
    return ui::scrollingColumn(view, QMargins(0, 4, 8, 12), 14);
}

QString shortHex(const QString &hex)
{
    return hex.size() <= 24 ? hex : hex.left(12) + QStringLiteral("…") + hex.right(12);
}

QString accountTitle(const TrainingAccount &a)
{
    switch (a.coin) {
    case Coin::Ethereum: return WalletLabPage::tr("Ethereum");
    case Coin::Tron: return WalletLabPage::tr("TRON");
    case Coin::Litecoin: return WalletLabPage::tr("Litecoin (legacy, L…)");
    case Coin::Bitcoin:
    case Coin::BitcoinTestnet: break;
    }
    switch (a.script) {
    case Script::P2pkh: return WalletLabPage::tr("%1 Bitcoin legacy (P2PKH, 1…)").arg(a.standard);
    case Script::P2shP2wpkh: return WalletLabPage::tr("%1 Bitcoin nested SegWit (P2SH-P2WPKH, 3…)").arg(a.standard);
    case Script::P2wpkh: return WalletLabPage::tr("%1 Bitcoin native SegWit (P2WPKH, bc1q…)").arg(a.standard);
    case Script::P2tr: return WalletLabPage::tr("%1 Bitcoin Taproot (P2TR, bc1p…)").arg(a.standard);
    }
    return a.standard;
}

QString languageLabel(bip39::Language language)
{
    switch (language) {
    case bip39::Language::English: return QStringLiteral("English");
    case bip39::Language::ChineseTraditional: return QStringLiteral("中文(繁體)");
    case bip39::Language::ChineseSimplified: return QStringLiteral("中文(简体)");
    }
    return {};
}

QString normalisedWord(const QString &text)
{
    return text.simplified().toLower();
}

// The path-matching exercise: each path and the address type it gives.
struct PathQuestion
{
    QString path;
    QString answer; // key of the right option
};

QList<PathQuestion> pathQuestions()
{
    return {{QStringLiteral("m/44'/0'/0'"), QStringLiteral("p2pkh")},   {QStringLiteral("m/49'/0'/0'"), QStringLiteral("p2sh")},
            {QStringLiteral("m/84'/0'/0'"), QStringLiteral("p2wpkh")},  {QStringLiteral("m/86'/0'/0'"), QStringLiteral("p2tr")},
            {QStringLiteral("m/44'/60'/0'"), QStringLiteral("eth")},    {QStringLiteral("m/44'/195'/0'"), QStringLiteral("trx")}};
}

// The options in an order that does not follow the rows.
QList<QPair<QString, QString>> pathOptions()
{
    return {{QStringLiteral("trx"), WalletLabPage::tr("TRON address (T…)")},
            {QStringLiteral("p2wpkh"), WalletLabPage::tr("Bitcoin native SegWit (bc1q…)")},
            {QStringLiteral("eth"), WalletLabPage::tr("Ethereum address (0x…)")},
            {QStringLiteral("p2pkh"), WalletLabPage::tr("Bitcoin legacy (1…)")},
            {QStringLiteral("p2tr"), WalletLabPage::tr("Bitcoin Taproot (bc1p…)")},
            {QStringLiteral("p2sh"), WalletLabPage::tr("Bitcoin nested SegWit (3…)")}};
}

// Spot the invalid phrase: a fresh valid 12-word English phrase from random entropy.
QStringList randomPhraseWords()
{
    QByteArray entropy(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(entropy.data()), entropy.size() / 4);
    const QString sentence = bip39::entropyToMnemonic(entropy, bip39::Language::English);
    entropy.fill('\0');
    return sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int randomIndex(qsizetype size)
{
    return int(QRandomGenerator::system()->bounded(quint32(size)));
}

// Two words swapped: every word still on the list, the checksum (almost always) broken; retried
// until the library says so.
QString swappedPhrase()
{
    for (;;) {
        QStringList words = randomPhraseWords();
        const int a = randomIndex(words.size());
        const int b = randomIndex(words.size());
        if (words.at(a) == words.at(b))
            continue;
        words.swapItemsAt(a, b);
        const QString sentence = words.join(QLatin1Char(' '));
        if (bip39::checkMnemonic(sentence, bip39::Language::English).problem == bip39::Problem::BadChecksum)
            return sentence;
    }
}

// One word replaced by a word that looks at home at a search but is not on the list.
QString foreignWordPhrase()
{
    QStringList foreign;
    for (const char *word : {"bitcoin", "satoshi", "crypto", "binance", "metamask", "tether"})
        if (const QString w = QString::fromLatin1(word); bip39::wordIndex(bip39::Language::English, w) < 0)
            foreign << w;
    QStringList words = randomPhraseWords();
    words[randomIndex(words.size())] = foreign.at(randomIndex(foreign.size()));
    return words.join(QLatin1Char(' '));
}

// One word left out: 11 words.
QString droppedWordPhrase()
{
    QStringList words = randomPhraseWords();
    words.removeAt(randomIndex(words.size()));
    return words.join(QLatin1Char(' '));
}

// The library's verdict in plain words.
QString spotReason(const bip39::Check &check)
{
    switch (check.problem) {
    case bip39::Problem::None:
        return WalletLabPage::tr("Valid: all %1 words are on the list and the checksum in the last word matches. Whoever holds these "
                                 "words controls the wallet.")
            .arg(check.words.size());
    case bip39::Problem::UnknownWord:
        return WalletLabPage::tr("Not valid: word %1, “%2”, is not on the BIP39 word list (nearest words: %3).")
            .arg(check.wordNumber)
            .arg(check.word, check.suggestions.join(QStringLiteral(", ")));
    case bip39::Problem::WrongLength:
        return WalletLabPage::tr("Not valid: it has %1 words, and a BIP39 phrase has 12, 15, 18, 21 or 24. A word is missing.")
            .arg(check.words.size());
    case bip39::Problem::BadChecksum:
        return WalletLabPage::tr("Not valid: every word is on the list, but the checksum in the last word does not match. Two words "
                                 "are swapped or one is misread.");
    case bip39::Problem::Empty: break;
    }
    return WalletLabPage::tr("Not valid: there are no words.");
}

// Custodial or self-custody: short case texts, the answer and who can freeze or move the funds.
struct CustodyCase
{
    QString text;
    QString answer; // "custodial" or "self"
    QString explanation;
};

QList<CustodyCase> custodyCases()
{
    return {{WalletLabPage::tr("The suspect's phone has the Binance app open and logged in. No seed phrase was found anywhere."),
             QStringLiteral("custodial"),
             WalletLabPage::tr("the exchange holds the keys: Binance can freeze the account and move the funds. Send it a preservation "
                               "and freeze request at once; until then the suspect can withdraw from any device.")},
            {WalletLabPage::tr("A steel plate stamped with 24 words, found in a bedroom drawer."), QStringLiteral("self"),
             WalletLabPage::tr("whoever has the 24 words controls the funds, from any wallet app anywhere. Nobody can freeze them: "
                               "photograph the plate, secure it and call the seizure specialists.")},
            {WalletLabPage::tr("A Ledger hardware wallet and a paper recovery card in the suspect's safe."), QStringLiteral("self"),
             WalletLabPage::tr("the keys are on the device and the card; no company can freeze them. The card alone is enough to move "
                               "the funds, so secure both under dual control.")},
            {WalletLabPage::tr("Monthly statements of an account at a licensed Hong Kong virtual-asset trading platform, in the "
                               "suspect's name."),
             QStringLiteral("custodial"),
             WalletLabPage::tr("the licensed platform holds the keys and can freeze the account. Send a preservation request through "
                               "the proper legal channel; the platform keeps the records of every deposit and withdrawal.")},
            {WalletLabPage::tr("A MetaMask extension installed in the web browser on the suspect's laptop."), QStringLiteral("self"),
             WalletLabPage::tr("MetaMask keeps the keys on the laptop; its recovery phrase restores them anywhere. MetaMask cannot freeze "
                               "anything: whoever has the phrase or the unlocked extension can move the funds.")}};
}

QString custodyLabel(const QString &key)
{
    return key == QLatin1String("custodial") ? WalletLabPage::tr("Custodial") : WalletLabPage::tr("Self-custody");
}

} // namespace

WalletLabPage::WalletLabPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 20, 24, 16);
    root->setSpacing(12);

    root->addWidget(ui::heading(tr("Wallet lab"), "h1", this));
    // Six views: their buttons in two rows of three under the heading, so none is squeezed.
    auto *segments = new QVBoxLayout;
    segments->setSpacing(8);
    QHBoxLayout *header = nullptr;
    auto *group = new QButtonGroup(this);
    const QString views[] = {tr("&Training wallet"),        tr("&Restore drill"),           tr("Find the &missing word"),
                             tr("Match the pat&h"),         tr("&Spot the invalid phrase"), tr("C&ustodial or self-custody?")};
    for (int i = 0; i < 6; ++i) {
        if (i % 3 == 0) {
            if (header)
                header->addStretch();
            header = new QHBoxLayout;
            segments->addLayout(header);
            header->setSpacing(10);
        }
        auto *button = new QPushButton(views[i], this);
        button->setCheckable(true);
        button->setProperty("segment", true);
        button->setCursor(Qt::PointingHandCursor);
        group->addButton(button, i);
        header->addWidget(button, 0, Qt::AlignVCenter);
        m_viewButtons[i] = button;
    }
    header->addStretch();
    m_viewButtons[0]->setChecked(true);
    root->addLayout(segments);

    // The banner stays above every view.
    auto *banner = ui::alertBox(QStringLiteral("danger"), this);
    banner->setObjectName(QStringLiteral("walletTrainingBanner"));
    auto *bl = new QHBoxLayout(banner);
    bl->setContentsMargins(14, 10, 14, 10);
    bl->setSpacing(12);
    auto *bannerIcon = new QLabel(banner);
    bannerIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("triangle-alert"), 24, ui::Theme::danger()));
    bl->addWidget(bannerIcon, 0, Qt::AlignTop);
    auto *bannerText = wrapped(tr("TRAINING ONLY — never use these wallets for real funds. Never type a real seed phrase found at a "
                                  "search here: real wallet material goes to your force's digital-evidence / crypto-seizure "
                                  "specialists."),
                               banner);
    bannerText->setStyleSheet(QStringLiteral("font-weight: 600;"));
    bannerText->setAccessibleName(tr("Training only warning"));
    bl->addWidget(bannerText, 1);
    root->addWidget(banner);

    m_views = new QStackedWidget(this);
    m_views->addWidget(buildWalletView());
    m_views->addWidget(buildRestoreView());
    m_views->addWidget(buildMissingWordView());
    m_views->addWidget(buildPathMatchView());
    m_views->addWidget(buildSpotInvalidView());
    m_views->addWidget(buildCustodyView());
    root->addWidget(m_views, 1);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showView(View(id)); });

    m_clipboardTimer = new QTimer(this);
    m_clipboardTimer->setSingleShot(true);
    connect(m_clipboardTimer, &QTimer::timeout, this, [this] {
        QClipboard *clipboard = QApplication::clipboard();
        if (!m_copied.isEmpty() && clipboard->text() == m_copied)
            clipboard->clear();
        m_copied.clear();
    });
}

WalletLabPage::~WalletLabPage()
{
    if (m_searchThread) {
        m_search->cancel = true;
        m_searchThread->wait();
    }
}

void WalletLabPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
    m_viewButtons[int(view)]->setChecked(true);
}

WalletLabPage::View WalletLabPage::currentView() const
{
    return View(m_views->currentIndex());
}

void WalletLabPage::setClipboardClearDelay(int milliseconds)
{
    m_clipboardDelayMs = milliseconds;
}

void WalletLabPage::showSvg(QLabel *label, const QString &path, int width)
{
    QSvgRenderer renderer(path);
    if (path.isEmpty() || !renderer.isValid()) {
        label->setPixmap(QPixmap());
        label->setText(tr("The seed card picture is missing from this installation; the words are in the module's lesson 2."));
        return;
    }
    const QSize size = renderer.defaultSize().scaled(width, width * 4, Qt::KeepAspectRatio);
    const qreal dpr = label->devicePixelRatioF();
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    label->setPixmap(pixmap);
}

void WalletLabPage::setSeedCards(const QString &restoreCardSvg, const QString &missingWordCardSvg)
{
    showSvg(m_restoreCard, restoreCardSvg, 460);
    showSvg(m_missingCard, missingWordCardSvg, 460);
}

void WalletLabPage::copyText(const QString &text)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copied = text;
    m_clipboardTimer->start(m_clipboardDelayMs);
}

// ---------------------------------------------------------------- training wallet

QWidget *WalletLabPage::buildWalletView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);

    vl->addWidget(ui::mutedLabel(tr("Generate a training wallet and follow how its words become a seed, a master key, accounts "
                                    "and addresses. One phrase controls every one of them, on every chain."),
                                 view));

    auto *controls = new QHBoxLayout;
    controls->setSpacing(10);
    auto *countLabel = new QLabel(tr("&Words:"), view);
    m_wordCountBox = new QComboBox(view);
    m_wordCountBox->addItem(tr("12 words"), 12);
    m_wordCountBox->addItem(tr("24 words"), 24);
    m_wordCountBox->setAccessibleName(tr("Number of words"));
    countLabel->setBuddy(m_wordCountBox);
    auto *languageLabelWidget = new QLabel(tr("Word &list:"), view);
    m_languageBox = new QComboBox(view);
    for (bip39::Language language : {bip39::Language::English, bip39::Language::ChineseTraditional, bip39::Language::ChineseSimplified})
        m_languageBox->addItem(languageLabel(language), int(language));
    m_languageBox->setAccessibleName(tr("Word list language"));
    languageLabelWidget->setBuddy(m_languageBox);
    m_generateButton = ui::primaryButton(tr("&Generate training wallet"), view);
    m_generateButton->setIcon(ui::Icons::icon(QStringLiteral("sparkles"), ui::Theme::surface()));
    controls->addWidget(countLabel);
    controls->addWidget(m_wordCountBox);
    controls->addSpacing(8);
    controls->addWidget(languageLabelWidget);
    controls->addWidget(m_languageBox);
    controls->addSpacing(8);
    controls->addWidget(m_generateButton);
    controls->addStretch();
    vl->addLayout(controls);
    connect(m_generateButton, &QPushButton::clicked, this, [this] {
        generate(m_wordCountBox->currentData().toInt(), bip39::Language(m_languageBox->currentData().toInt()));
    });

    auto *wordsCard = ui::card(view);
    auto *wl = new QVBoxLayout(wordsCard);
    wl->setContentsMargins(18, 14, 18, 14);
    wl->setSpacing(8);
    wl->addWidget(ui::heading(tr("The words"), "h2", wordsCard));
    m_wordsEmpty = ui::mutedLabel(tr("No training wallet yet. Choose the number of words and the word list, then Generate."), wordsCard);
    wl->addWidget(m_wordsEmpty);
    m_wordsHost = new QWidget(wordsCard);
    new QGridLayout(m_wordsHost);
    m_wordsHost->layout()->setContentsMargins(0, 0, 0, 0);
    wl->addWidget(m_wordsHost);
    vl->addWidget(wordsCard);

    auto *passRow = new QHBoxLayout;
    passRow->setSpacing(8);
    auto *passLabel = new QLabel(tr("Pass&phrase (optional):"), view);
    m_passphrase = new QLineEdit(view);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("walletPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Try any word: the same phrase gives a different wallet"));
    passLabel->setBuddy(m_passphrase);
    m_showPassphrase = new QPushButton(ui::Icons::icon(QStringLiteral("eye")), tr("Show"), view);
    m_showPassphrase->setCheckable(true);
    m_showPassphrase->setAccessibleName(tr("Show the passphrase"));
    connect(m_showPassphrase, &QPushButton::toggled, this, [this](bool on) {
        m_passphrase->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassphrase->setText(on ? tr("Hide") : tr("Show"));
        m_showPassphrase->setIcon(ui::Icons::icon(on ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    });
    passRow->addWidget(passLabel);
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_showPassphrase);
    vl->addLayout(passRow);
    m_passphraseDebounce = new QTimer(this);
    m_passphraseDebounce->setSingleShot(true);
    m_passphraseDebounce->setInterval(kPassphrasePauseMs);
    connect(m_passphraseDebounce, &QTimer::timeout, this, &WalletLabPage::recompute);
    connect(m_passphrase, &QLineEdit::textChanged, m_passphraseDebounce, qOverload<>(&QTimer::start));

    m_passphraseNote = wrapped(QString(), view);
    m_passphraseNote->setObjectName(QStringLiteral("walletPassphraseNote"));
    m_passphraseNote->hide();
    vl->addWidget(m_passphraseNote);

    vl->addWidget(ui::heading(tr("From words to addresses"), "h2", view));
    m_tree = new QTreeWidget(view);
    m_tree->setObjectName(QStringLiteral("walletTree"));
    m_tree->setAccessibleName(tr("Derivation tree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Step"), tr("Value")});
    m_tree->setMinimumHeight(360);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    vl->addWidget(m_tree, 1);

    auto *copyRow = new QHBoxLayout;
    m_copyButton = new QPushButton(ui::Icons::icon(QStringLiteral("copy")), tr("&Copy address"), view);
    m_copyButton->setToolTip(tr("Copies the selected address; the clipboard is cleared after 30 seconds"));
    m_copyButton->setEnabled(false);
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(ui::mutedLabel(tr("Only addresses can be copied. The words, seed and keys never leave this screen."), view), 1);
    vl->addLayout(copyRow);
    connect(m_copyButton, &QPushButton::clicked, this, &WalletLabPage::copySelectedAddress);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_copyButton->setEnabled(item && !item->data(1, kAddressRole).toString().isEmpty());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *) { copySelectedAddress(); });
    return view;
}

void WalletLabPage::generate(int wordCount, bip39::Language language)
{
    QByteArray entropy(wordCount == 24 ? 32 : 16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(entropy.data()), entropy.size() / 4);
    const QString sentence = bip39::entropyToMnemonic(entropy, language);
    entropy.fill('\0');
    m_words = sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_wordCountBox->setCurrentIndex(m_wordCountBox->findData(wordCount));
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(language)));

    auto *grid = static_cast<QGridLayout *>(m_wordsHost->layout());
    ui::clearLayout(grid);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    const int columns = 4;
    for (int i = 0; i < m_words.size(); ++i) {
        auto *label = new QLabel(QStringLiteral("<span style='opacity:0.6'>%1.</span>&nbsp;<b>%2</b>").arg(i + 1).arg(m_words.at(i).toHtmlEscaped()),
                                 m_wordsHost);
        label->setTextFormat(Qt::RichText);
        label->setFont(ui::monospaceFont());
        label->setAccessibleName(tr("Word %1: %2").arg(i + 1).arg(m_words.at(i)));
        grid->addWidget(label, i / columns, i % columns);
    }
    m_wordsEmpty->hide();
    m_plainFingerprint.clear();
    recompute();
}

void WalletLabPage::recompute()
{
    m_passphraseDebounce->stop();
    m_tree->clear();
    m_fingerprint.clear();
    m_copyButton->setEnabled(false);
    if (m_words.isEmpty()) {
        m_passphraseNote->hide();
        return;
    }
    const QString sentence = m_words.join(QLatin1Char(' '));
    const QString passphrase = m_passphrase->text();
    const TrainingWallet wallet = deriveTrainingWallet(sentence, passphrase);
    if (!wallet.ok()) {
        m_passphraseNote->setText(tr("This wallet could not be derived: %1").arg(wallet.error));
        m_passphraseNote->show();
        return;
    }
    m_fingerprint = QStringLiteral("%1").arg(wallet.masterFingerprint, 8, 16, QLatin1Char('0'));
    if (m_plainFingerprint.isEmpty()) {
        m_plainFingerprint = passphrase.isEmpty() ? m_fingerprint
                                                  : QStringLiteral("%1").arg(deriveTrainingWallet(sentence, QString(), 0).masterFingerprint, 8, 16,
                                                                             QLatin1Char('0'));
    }

    auto *wordsItem = new QTreeWidgetItem(m_tree, {tr("Words (%n)", nullptr, int(m_words.size())), tr("%1 … %2").arg(m_words.first(), m_words.last())});
    wordsItem->setToolTip(1, tr("The full phrase is in the grid above"));
    auto *seedItem = new QTreeWidgetItem(wordsItem, {passphrase.isEmpty() ? tr("Seed (PBKDF2, no passphrase)") : tr("Seed (PBKDF2, with passphrase)"),
                                                     tr("%1 (64 bytes)").arg(shortHex(wallet.seedHex))});
    seedItem->setFont(1, ui::monospaceFont());
    auto *masterItem = new QTreeWidgetItem(seedItem, {tr("Master key"), tr("fingerprint %1").arg(m_fingerprint)});
    masterItem->setFont(1, ui::monospaceFont());
    masterItem->setData(1, Qt::AccessibleTextRole, tr("Master key fingerprint %1").arg(m_fingerprint));
    for (const TrainingAccount &a : wallet.accounts) {
        auto *accountItem = new QTreeWidgetItem(masterItem, {accountTitle(a), a.path});
        accountItem->setFont(1, ui::monospaceFont());
        for (int i = 0; i < a.addresses.size(); ++i) {
            auto *addressItem = new QTreeWidgetItem(accountItem, {a.addressPaths.at(i), a.addresses.at(i)});
            addressItem->setFont(0, ui::monospaceFont());
            addressItem->setFont(1, ui::monospaceFont());
            addressItem->setData(1, kAddressRole, a.addresses.at(i));
            addressItem->setToolTip(1, tr("Select and press Copy address (or Enter) to copy"));
        }
    }
    m_tree->expandAll();

    if (passphrase.isEmpty()) {
        m_passphraseNote->setText(tr("Master key fingerprint %1. Type a passphrase to see what it changes.").arg(m_fingerprint));
    } else {
        m_passphraseNote->setText(tr("Same words, different passphrase: a different wallet. Master key fingerprint %1 with this "
                                     "passphrase, %2 without it; every address below is different too.")
                                      .arg(m_fingerprint, m_plainFingerprint));
    }
    m_passphraseNote->show();
}

void WalletLabPage::copySelectedAddress()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item)
        copyText(item->data(1, kAddressRole).toString());
}

// ---------------------------------------------------------------- restore drill

QWidget *WalletLabPage::buildRestoreView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);
    vl->addWidget(ui::mutedLabel(tr("A seed card was photographed at a search (a training card from the module). Type its 12 words "
                                    "to restore the wallet and check that you recovered the address written on the card."),
                                 view));

    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    m_restoreCard = new QLabel(view);
    m_restoreCard->setObjectName(QStringLiteral("restoreCardImage"));
    m_restoreCard->setAccessibleName(tr("Photograph of the training seed card"));
    m_restoreCard->setWordWrap(true);
    m_restoreCard->setMaximumWidth(480);
    row->addWidget(m_restoreCard, 0, Qt::AlignTop);

    auto *form = new QVBoxLayout;
    form->setSpacing(10);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    for (int i = 0; i < kRestoreWordCount; ++i) {
        const int column = (i / 6) * 2;
        const int r = (i % 6) * 2;
        auto *number = new QLabel(QStringLiteral("%1.").arg(i + 1), view);
        auto *field = new QLineEdit(view);
        field->setObjectName(QStringLiteral("restoreWord%1").arg(i + 1));
        field->setAccessibleName(tr("Word %1").arg(i + 1));
        field->setFont(ui::monospaceFont());
        field->setMinimumWidth(150);
        field->setAttribute(Qt::WA_InputMethodEnabled, true);
        field->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
        // The completer offers bip39::completions of what is typed; the model is refilled before
        // the completer reads it (this connection is made first).
        auto *model = new QStringListModel(field);
        connect(field, &QLineEdit::textEdited, model, [model](const QString &text) {
            const QString prefix = normalisedWord(text);
            model->setStringList(prefix.isEmpty() ? QStringList() : bip39::completions(prefix, bip39::Language::English, 8));
        });
        auto *completer = new QCompleter(model, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setMaxVisibleItems(8);
        field->setCompleter(completer);
        number->setBuddy(field);
        auto *hint = new QLabel(view);
        hint->setProperty("role", QStringLiteral("error"));
        hint->setWordWrap(true);
        hint->hide();
        grid->addWidget(number, r, column, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, r, column + 1);
        grid->addWidget(hint, r + 1, column + 1);
        m_restoreFields << field;
        m_restoreHints << hint;
        connect(field, &QLineEdit::textChanged, this, [this, i] {
            markRestoreField(i);
            checkRestore();
        });
        connect(field, &QLineEdit::editingFinished, this, [this, i] { markRestoreField(i); });
    }
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(1, 1); // both columns keep their width when a hint appears under a word
    grid->setColumnStretch(3, 1);
    form->addLayout(grid);

    auto *passRow = new QHBoxLayout;
    auto *passLabel = new QLabel(tr("P&assphrase, if the card mentions one:"), view);
    m_restorePassphrase = new QLineEdit(view);
    m_restorePassphrase->setEchoMode(QLineEdit::Password);
    m_restorePassphrase->setAccessibleName(tr("Restore passphrase"));
    passLabel->setBuddy(m_restorePassphrase);
    passRow->addWidget(passLabel);
    passRow->addWidget(m_restorePassphrase, 1);
    form->addLayout(passRow);
    connect(m_restorePassphrase, &QLineEdit::textChanged, this, &WalletLabPage::checkRestore);

    m_restoreStatusBox = ui::alertBox(QStringLiteral("info"), view);
    auto *sl = new QVBoxLayout(m_restoreStatusBox);
    sl->setContentsMargins(14, 10, 14, 10);
    sl->setSpacing(6);
    m_restoreStatus = wrapped(QString(), m_restoreStatusBox);
    m_restoreStatus->setObjectName(QStringLiteral("restoreStatus"));
    m_restoreStatus->setStyleSheet(QStringLiteral("font-weight: 600;"));
    sl->addWidget(m_restoreStatus);
    m_recovered = wrapped(QString(), m_restoreStatusBox);
    m_recovered->setTextFormat(Qt::RichText);
    m_recovered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recovered->hide();
    sl->addWidget(m_recovered);
    form->addWidget(m_restoreStatusBox);
    form->addStretch();
    row->addLayout(form, 1);
    vl->addLayout(row);
    vl->addStretch();
    checkRestore();
    return view;
}

void WalletLabPage::markRestoreField(int index)
{
    QLineEdit *field = m_restoreFields.at(index);
    QLabel *hint = m_restoreHints.at(index);
    const QString word = normalisedWord(field->text());
    bool problem = false;
    if (!word.isEmpty() && bip39::wordIndex(bip39::Language::English, word) < 0) {
        // While typing, a beginning of a word is not yet a mistake.
        const bool typing = field->hasFocus() && !bip39::completions(word, bip39::Language::English, 1).isEmpty();
        problem = !typing;
    }
    if (problem) {
        const QStringList near = bip39::nearestWords(word, bip39::Language::English, 3);
        hint->setText(near.isEmpty() ? tr("✗ Not on the word list")
                                     : tr("✗ Not on the word list. Did you mean: %1?").arg(near.join(QStringLiteral(", "))));
    }
    hint->setVisible(problem);
    if (field->property("problem").toBool() != problem) {
        field->setProperty("problem", problem);
        field->setStyleSheet(problem ? QStringLiteral("border: 2px solid %1;").arg(ui::Theme::danger().name()) : QString());
    }
}

void WalletLabPage::checkRestore()
{
    m_recoveredBip84.clear();
    m_recoveredBip44.clear();
    m_ledgerFindings.clear();
    m_restoreMatched = false;
    m_recovered->hide();
    QStringList words;
    int typed = 0;
    for (int i = 0; i < m_restoreFields.size(); ++i) {
        const QString word = normalisedWord(m_restoreFields.at(i)->text());
        words << word;
        if (!word.isEmpty())
            ++typed;
    }
    // An unknown word is named at once, whether or not the others are typed yet.
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i).isEmpty() || bip39::wordIndex(bip39::Language::English, words.at(i)) >= 0)
            continue;
        const bool typing = m_restoreFields.at(i)->hasFocus() && !bip39::completions(words.at(i), bip39::Language::English, 1).isEmpty();
        if (typing)
            continue;
        const QStringList near = bip39::nearestWords(words.at(i), bip39::Language::English, 3);
        m_restoreStatus->setText(near.isEmpty()
                                     ? tr("✗ Unknown word %1: “%2” is not on the BIP39 word list.").arg(i + 1).arg(words.at(i))
                                     : tr("✗ Unknown word %1: “%2” is not on the BIP39 word list. Did you mean: %3?")
                                           .arg(i + 1)
                                           .arg(words.at(i), near.join(QStringLiteral(", "))));
        ui::setAlert(m_restoreStatusBox, QStringLiteral("danger"));
        return;
    }
    if (typed < kRestoreWordCount) {
        m_restoreStatus->setText(tr("%1 of %2 words typed. Type each word as written on the card; suggestions appear as you type.")
                                     .arg(typed)
                                     .arg(kRestoreWordCount));
        ui::setAlert(m_restoreStatusBox, QStringLiteral("info"));
        return;
    }
    const QString sentence = words.join(QLatin1Char(' '));
    const bip39::Check check = bip39::checkMnemonic(sentence, bip39::Language::English);
    if (check.problem == bip39::Problem::BadChecksum) {
        m_restoreStatus->setText(tr("✗ Wrong checksum: every word is on the list, but together they are not a valid phrase. A word is "
                                    "misread or two words are swapped; compare each word with the card again."));
        ui::setAlert(m_restoreStatusBox, QStringLiteral("danger"));
        return;
    }
    if (!check.ok()) {
        m_restoreStatus->setText(tr("✗ This is not a valid phrase: %1").arg(check.message));
        ui::setAlert(m_restoreStatusBox, QStringLiteral("danger"));
        return;
    }
    const QString passphrase = m_restorePassphrase->text();
    // One seed for everything shown: the first addresses, and those looked up in the cases' ledger.
    const QList<ScannedAddress> scanned = scanWallet(sentence, passphrase, m_ledgerLookup ? kLedgerScanDepth : 1);
    for (const ScannedAddress &a : scanned) {
        if (a.path == QLatin1String("m/84'/0'/0'/0/0"))
            m_recoveredBip84 = a.address;
        else if (a.path == QLatin1String("m/44'/0'/0'/0/0"))
            m_recoveredBip44 = a.address;
    }
    m_restoreMatched = m_recoveredBip84 == kRestoreCardAddress;
    m_restoreStatus->setText(tr("Valid ✓ The 12 words pass the checksum."));
    QString html = QStringLiteral("<p>%1<br><tt><b>%2</b></tt></p><p>%3<br><tt>%4</tt></p>")
                       .arg(tr("First BIP84 address (native SegWit, m/84'/0'/0'/0/0):"), m_recoveredBip84.toHtmlEscaped(),
                            tr("First BIP44 address (legacy, m/44'/0'/0'/0/0):"), m_recoveredBip44.toHtmlEscaped());
    if (m_restoreMatched)
        html += QStringLiteral("<p>%1</p>").arg(tr("✓ The first BIP84 address matches the address recorded on the card: you restored the right wallet. Drill complete."));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(passphrase.isEmpty() ? tr("✗ The first BIP84 address is not the one recorded on the card: a valid phrase, but not the card's. Check the words again.")
                                              : tr("✗ The first BIP84 address is not the one recorded on the card: with this passphrase the same words open a different wallet."));
    html += ledgerHtml(scanned);
    m_recovered->setText(html);
    m_recovered->show();
    ui::setAlert(m_restoreStatusBox, m_restoreMatched ? QStringLiteral("ok") : QStringLiteral("warning"));
    if (m_restoreMatched && !m_restoreRecorded) {
        m_restoreRecorded = true;
        emit exerciseCompleted(LabExercises::RestoreDrill, 1, 1);
    }
}

QString WalletLabPage::ledgerHtml(const QList<ScannedAddress> &scanned)
{
    // Where an investigator looks next: the wallet's first addresses on every usual path, in the
    // simulated ledger of the tracing lab's cases.
    if (!m_ledgerLookup)
        return {};
    QStringList addresses;
    QHash<QString, QString> pathOf;
    for (const ScannedAddress &a : scanned) {
        addresses << a.address;
        pathOf.insert(a.address.toLower(), a.path);
    }
    const QList<LedgerEntry> entries = m_ledgerLookup(addresses);
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(tr("In the tracing lab's cases"),
                            tr("The first %1 receiving and change addresses of every usual path (Bitcoin and its test network, "
                               "Ethereum, TRON, Litecoin) were looked up in the cases' simulated ledger.")
                                .arg(kLedgerScanDepth));
    if (entries.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("None of them occurs in a case: on a real wallet, check every chain and path "
                                                         "with a block explorer before concluding it is empty."));
    // One short block per address (a table of full addresses would be wider than the view).
    for (const LedgerEntry &e : entries) {
        const QString path = pathOf.value(e.address.toLower());
        html += QStringLiteral("<p><tt>%1</tt><br><tt>%2</tt><br>%3: %4 · %5: %6</p>")
                    .arg(path.toHtmlEscaped(), e.address.toHtmlEscaped(), tr("Case"), e.place.toHtmlEscaped(), tr("Holds at the end of the case"),
                         e.holds ? QStringLiteral("<b>%1</b>").arg(e.amounts.toHtmlEscaped())
                                 : tr("%1 (the money passed through)").arg(e.amounts.toHtmlEscaped()));
        m_ledgerFindings << QStringList{path, e.address, e.place, e.amounts}.join(QStringLiteral("  "));
    }
    bool anyHeld = false;
    for (const LedgerEntry &e : entries)
        anyHeld = anyHeld || e.holds;
    if (anyHeld)
        html += QStringLiteral("<p>%1</p>").arg(tr("These words control that money now. Seize it by moving it to a force-controlled "
                                                   "wallet under dual control, and record every step for the chain of custody."));
    return html;
}

bool WalletLabPage::showExercise(const QString &exerciseId)
{
    static const QHash<QString, View> views{{LabExercises::RestoreDrill, View::Restore},
                                            {LabExercises::MissingWord, View::MissingWord},
                                            {LabExercises::MatchThePath, View::PathMatch},
                                            {LabExercises::SpotInvalidPhrase, View::SpotInvalid},
                                            {LabExercises::CustodyCases, View::Custody}};
    const auto it = views.constFind(exerciseId);
    if (it == views.cend())
        return false;
    showView(*it);
    return true;
}

// ---------------------------------------------------------------- missing word

QWidget *WalletLabPage::buildMissingWordView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);
    vl->addWidget(ui::mutedLabel(tr("Word 7 of this card is smudged. The last word carries a checksum, so only some of the 2,048 "
                                    "words fit. Try them all, then derive each candidate's first address until one matches the "
                                    "address the owner's records show."),
                                 view));
    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    m_missingCard = new QLabel(view);
    m_missingCard->setObjectName(QStringLiteral("missingWordCardImage"));
    m_missingCard->setAccessibleName(tr("Photograph of the training seed card with a smudged word"));
    m_missingCard->setWordWrap(true);
    m_missingCard->setMaximumWidth(480);
    row->addWidget(m_missingCard, 0, Qt::AlignTop);

    auto *side = new QVBoxLayout;
    side->setSpacing(10);
    QStringList shown;
    for (int i = 0; i < missingWordCardWords().size(); ++i)
        shown << QStringLiteral("%1.&nbsp;%2").arg(i + 1).arg(i == kMissingWordPosition ? QStringLiteral("<b>?</b>") : missingWordCardWords().at(i));
    auto *wordsLabel = wrapped(shown.join(QStringLiteral(" &nbsp; ")), view);
    wordsLabel->setTextFormat(Qt::RichText);
    wordsLabel->setFont(ui::monospaceFont());
    side->addWidget(wordsLabel);
    auto *known = wrapped(tr("Known first address (m/84'/0'/0'/0/0): <tt><b>%1</b></tt>").arg(kMissingWordCardAddress), view);
    known->setTextFormat(Qt::RichText);
    known->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(known);

    auto *actions = new QHBoxLayout;
    m_searchButton = ui::primaryButton(tr("Tr&y all 2,048 words"), view);
    m_cancelSearchButton = new QPushButton(ui::Icons::icon(QStringLiteral("x")), tr("Cancel"), view);
    m_cancelSearchButton->setEnabled(false);
    actions->addWidget(m_searchButton);
    actions->addWidget(m_cancelSearchButton);
    actions->addStretch();
    side->addLayout(actions);
    m_searchProgress = new QProgressBar(view);
    m_searchProgress->setRange(0, int(bip39::wordlist(bip39::Language::English).size()));
    m_searchProgress->setValue(0);
    m_searchProgress->setTextVisible(false); // the count is in the status line below, in words
    m_searchProgress->setAccessibleName(tr("Words tried"));
    side->addWidget(m_searchProgress);
    m_candidates = new QListWidget(view);
    m_candidates->setObjectName(QStringLiteral("missingWordCandidates"));
    m_candidates->setAccessibleName(tr("Words that pass the checksum"));
    m_candidates->setMinimumHeight(200);
    m_candidates->setFont(ui::monospaceFont());
    side->addWidget(m_candidates, 1);
    m_deriveCandidate = new QPushButton(ui::Icons::icon(QStringLiteral("scan-search")), tr("&Derive first BIP84 address"), view);
    m_deriveCandidate->setEnabled(false);
    side->addWidget(m_deriveCandidate, 0, Qt::AlignLeft);
    m_missingStatusBox = ui::alertBox(QStringLiteral("info"), view);
    auto *statusLayout = new QVBoxLayout(m_missingStatusBox);
    statusLayout->setContentsMargins(14, 10, 14, 10);
    m_missingStatus = wrapped(tr("Not started."), m_missingStatusBox);
    m_missingStatus->setObjectName(QStringLiteral("missingWordStatus"));
    statusLayout->addWidget(m_missingStatus);
    side->addWidget(m_missingStatusBox);
    row->addLayout(side, 1);
    vl->addLayout(row);

    m_searchPoll = new QTimer(this);
    m_searchPoll->setInterval(50);
    connect(m_searchPoll, &QTimer::timeout, this, [this] {
        if (!m_search)
            return;
        m_searchProgress->setValue(m_search->tried);
        m_missingStatus->setText(tr("Trying every word at position 7… %1 of 2,048 tried.").arg(int(m_search->tried)));
    });
    connect(m_searchButton, &QPushButton::clicked, this, &WalletLabPage::startMissingWordSearch);
    connect(m_cancelSearchButton, &QPushButton::clicked, this, &WalletLabPage::cancelMissingWordSearch);
    connect(m_deriveCandidate, &QPushButton::clicked, this, &WalletLabPage::deriveSelectedCandidate);
    connect(m_candidates, &QListWidget::itemActivated, this, &WalletLabPage::deriveSelectedCandidate);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this](int row) { m_deriveCandidate->setEnabled(row >= 0); });
    return view;
}

void WalletLabPage::startMissingWordSearch()
{
    if (m_searchThread)
        return;
    m_candidates->clear();
    m_missingFound = false;
    m_search = std::make_shared<SearchState>();
    std::shared_ptr<SearchState> state = m_search;
    const QStringList words = missingWordCardWords();
    m_searchThread = QThread::create([state, words] {
        state->result = findMissingWord(words, kMissingWordPosition, bip39::Language::English, [state](int tried) {
            state->tried = tried;
            return !state->cancel;
        });
    });
    connect(m_searchThread, &QThread::finished, this, &WalletLabPage::finishSearch);
    m_searchButton->setEnabled(false);
    m_cancelSearchButton->setEnabled(true);
    m_searchProgress->setValue(0);
    m_missingStatus->setText(tr("Trying every word at position 7…"));
    ui::setAlert(m_missingStatusBox, QStringLiteral("info"));
    m_searchPoll->start();
    m_searchThread->start();
}

void WalletLabPage::cancelMissingWordSearch()
{
    if (m_search)
        m_search->cancel = true;
}

void WalletLabPage::finishSearch()
{
    m_searchPoll->stop();
    QThread *thread = m_searchThread;
    m_searchThread = nullptr;
    thread->deleteLater();
    m_searchButton->setEnabled(true);
    m_cancelSearchButton->setEnabled(false);
    const MissingWordSearch result = m_search->result;
    m_searchProgress->setValue(m_search->tried);
    m_search.reset();
    if (result.cancelled) {
        m_missingStatus->setText(tr("Cancelled. Nothing was kept; try again when you are ready."));
        return;
    }
    for (const QString &word : result.candidates)
        m_candidates->addItem(word);
    m_missingStatus->setText(tr("%1 of 2,048 words pass the checksum at position 7. Derive each one's first BIP84 address (select it "
                                "and press Enter) to find the one that matches the known address.")
                                 .arg(result.candidates.size()));
    if (m_candidates->count() > 0)
        m_candidates->setCurrentRow(0);
}

void WalletLabPage::deriveSelectedCandidate()
{
    QListWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return;
    const QString word = item->data(Qt::UserRole).toString().isEmpty() ? item->text() : item->data(Qt::UserRole).toString();
    item->setData(Qt::UserRole, word);
    QStringList words = missingWordCardWords();
    words[kMissingWordPosition] = word;
    const QString address = addressAt(words.join(QLatin1Char(' ')), QString(), QStringLiteral("m/84'/0'/0'/0/0"));
    const bool match = address == kMissingWordCardAddress;
    // The verdict before the long address, so it is seen without scrolling.
    item->setText(QStringLiteral("%1  %2  %3").arg(word, -10).arg(match ? tr("✓ matches") : tr("✗ no match"), address));
    m_candidates->scrollToItem(item);
    ui::setAlert(m_missingStatusBox, match ? QStringLiteral("ok") : QStringLiteral("info"));
    if (!match) {
        m_missingStatus->setText(tr("“%1” gives %2, not the known address. Try another candidate.").arg(word, address));
        return;
    }
    m_missingStatus->setText(tr("✓ Found: word 7 is “%1”. Its first BIP84 address is the known address. Exercise complete.").arg(word));
    if (!m_missingFound) {
        m_missingFound = true;
        emit exerciseCompleted(LabExercises::MissingWord, 1, 1);
    }
}

// ---------------------------------------------------------------- match the path

QWidget *WalletLabPage::buildPathMatchView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);
    vl->addWidget(ui::mutedLabel(tr("A wallet's path says which kind of address it makes. Match each account path with its address "
                                    "type, then Check."),
                                 view));
    auto *card = ui::card(view);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(18, 16, 18, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    const QList<PathQuestion> questions = pathQuestions();
    for (int i = 0; i < questions.size(); ++i) {
        auto *path = new QLabel(questions.at(i).path, card);
        path->setFont(ui::monospaceFont());
        auto *combo = new QComboBox(card);
        combo->setAccessibleName(tr("Address type for %1").arg(questions.at(i).path));
        combo->addItem(tr("Choose…"), QString());
        for (const auto &[key, label] : pathOptions())
            combo->addItem(label, key);
        combo->setMinimumWidth(300);
        path->setBuddy(combo);
        // A badge from the start (hidden until checked): its padding is then part of its size.
        auto *verdict = new QLabel(card);
        verdict->setProperty("badge", QStringLiteral("neutral"));
        verdict->hide();
        grid->addWidget(path, i, 0);
        grid->addWidget(combo, i, 1);
        verdict->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        grid->addWidget(verdict, i, 2, Qt::AlignLeft | Qt::AlignVCenter);
        grid->setColumnStretch(2, 1);
        m_pathChoices << combo;
        m_pathVerdicts << verdict;
    }
    vl->addWidget(card);
    auto *actions = new QHBoxLayout;
    m_pathCheck = ui::primaryButton(tr("Chec&k"), view);
    actions->addWidget(m_pathCheck);
    m_pathScore = new QLabel(view);
    m_pathScore->setObjectName(QStringLiteral("pathScore"));
    m_pathScore->setProperty("role", QStringLiteral("h2"));
    actions->addWidget(m_pathScore, 1);
    vl->addLayout(actions);
    vl->addStretch();
    connect(m_pathCheck, &QPushButton::clicked, this, &WalletLabPage::checkPaths);
    return view;
}

int WalletLabPage::checkPaths()
{
    const QList<PathQuestion> questions = pathQuestions();
    const QList<QPair<QString, QString>> options = pathOptions();
    int right = 0;
    for (int i = 0; i < questions.size(); ++i) {
        const bool ok = m_pathChoices.at(i)->currentData().toString() == questions.at(i).answer;
        QString answer;
        for (const auto &[key, label] : options)
            if (key == questions.at(i).answer)
                answer = label;
        if (ok)
            ++right;
        // The badge style first, then the text: a label measures itself when its text is set.
        QLabel *verdict = m_pathVerdicts.at(i);
        verdict->setProperty("badge", ok ? QStringLiteral("ok") : QStringLiteral("danger"));
        ui::repolish(verdict);
        verdict->setText(ok ? tr("✓ Right") : tr("✗ It is: %1").arg(answer));
        verdict->show();
    }
    m_pathScore->setText(tr("%1 of %2 right").arg(right).arg(questions.size()));
    emit exerciseCompleted(LabExercises::MatchThePath, right, int(questions.size()));
    return right;
}

// ---------------------------------------------------------------- spot the invalid phrase

QWidget *WalletLabPage::buildSpotInvalidView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);
    vl->addWidget(ui::mutedLabel(tr("Words written down at a search are not always a wallet. Tick each phrase that is NOT a valid "
                                    "BIP39 phrase, then Check: the checksum, the word list and the number of words decide."),
                                 view));
    auto *card = ui::card(view);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(18, 16, 18, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < kSpotPhraseCount; ++i) {
        // The box carries the number and its accelerator (Alt+1 … Alt+5); the phrase wraps beside it.
        auto *box = new QCheckBox(QStringLiteral("&%1.").arg(i + 1), card);
        box->setToolTip(tr("Tick when this phrase is not valid"));
        auto *phrase = wrapped(QString(), card);
        phrase->setFont(ui::monospaceFont());
        phrase->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *verdict = new QLabel(card);
        verdict->setProperty("badge", QStringLiteral("neutral"));
        verdict->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        verdict->hide();
        auto *reason = wrapped(QString(), card);
        reason->setProperty("role", QStringLiteral("muted"));
        reason->hide();
        grid->addWidget(box, 2 * i, 0, Qt::AlignTop);
        grid->addWidget(phrase, 2 * i, 1);
        grid->addWidget(verdict, 2 * i, 2, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(reason, 2 * i + 1, 1, 1, 2);
        m_spotChoices << box;
        m_spotPhraseLabels << phrase;
        m_spotVerdicts << verdict;
        m_spotReasons << reason;
    }
    vl->addWidget(card);
    auto *actions = new QHBoxLayout;
    m_spotCheck = ui::primaryButton(tr("Chec&k"), view);
    m_spotNew = new QPushButton(ui::Icons::icon(QStringLiteral("sparkles")), tr("&New phrases"), view);
    actions->addWidget(m_spotCheck);
    actions->addWidget(m_spotNew);
    m_spotScore = new QLabel(view);
    m_spotScore->setObjectName(QStringLiteral("spotScore"));
    m_spotScore->setProperty("role", QStringLiteral("h2"));
    actions->addWidget(m_spotScore, 1);
    vl->addLayout(actions);
    vl->addStretch();
    connect(m_spotCheck, &QPushButton::clicked, this, &WalletLabPage::checkSpot);
    connect(m_spotNew, &QPushButton::clicked, this, &WalletLabPage::newSpotPhrases);
    newSpotPhrases();
    return view;
}

void WalletLabPage::newSpotPhrases()
{
    QStringList phrases{randomPhraseWords().join(QLatin1Char(' ')), randomPhraseWords().join(QLatin1Char(' ')), swappedPhrase(),
                        foreignWordPhrase(), droppedWordPhrase()};
    std::shuffle(phrases.begin(), phrases.end(), *QRandomGenerator::global());
    m_spotPhrases = phrases;
    for (int i = 0; i < kSpotPhraseCount; ++i) {
        QCheckBox *box = m_spotChoices.at(i);
        box->setChecked(false);
        box->setAccessibleName(tr("Phrase %1 is not valid").arg(i + 1));
        m_spotPhraseLabels.at(i)->setText(m_spotPhrases.at(i));
        m_spotVerdicts.at(i)->clear();
        m_spotVerdicts.at(i)->hide();
        m_spotReasons.at(i)->clear();
        m_spotReasons.at(i)->setToolTip(QString());
        m_spotReasons.at(i)->hide();
    }
    m_spotScore->clear();
}

int WalletLabPage::checkSpot()
{
    int right = 0;
    for (int i = 0; i < kSpotPhraseCount; ++i) {
        const bip39::Check check = bip39::checkMnemonic(m_spotPhrases.at(i), bip39::Language::English);
        const bool ticked = m_spotChoices.at(i)->isChecked();
        const bool ok = ticked == !check.ok();
        if (ok)
            ++right;
        QLabel *verdict = m_spotVerdicts.at(i);
        verdict->setProperty("badge", ok ? QStringLiteral("ok") : QStringLiteral("danger"));
        ui::repolish(verdict);
        verdict->setText(ok ? tr("✓ Right") : check.ok() ? tr("✗ It is valid") : tr("✗ It is not valid"));
        verdict->show();
        QLabel *reason = m_spotReasons.at(i);
        reason->setText(spotReason(check));
        reason->setToolTip(check.message); // the library's own words
        reason->show();
    }
    m_spotScore->setText(tr("%1 of %2 right").arg(right).arg(kSpotPhraseCount));
    emit exerciseCompleted(LabExercises::SpotInvalidPhrase, right, kSpotPhraseCount);
    return right;
}

// ---------------------------------------------------------------- custodial or self-custody

QWidget *WalletLabPage::buildCustodyView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = scrollingView(view);
    vl->addWidget(ui::mutedLabel(tr("Who holds the keys decides what you do next: a company that can freeze the funds, or whoever has "
                                    "the words or the device. Choose for each case, then Check."),
                                 view));
    auto *card = ui::card(view);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(18, 16, 18, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(0, 1);
    const QList<CustodyCase> cases = custodyCases();
    for (int i = 0; i < cases.size(); ++i) {
        auto *text = wrapped(QStringLiteral("%1. %2").arg(i + 1).arg(cases.at(i).text), card);
        auto *combo = new QComboBox(card);
        combo->setAccessibleName(tr("Case %1: custodial or self-custody").arg(i + 1));
        combo->addItem(tr("Choose…"), QString());
        combo->addItem(custodyLabel(QStringLiteral("custodial")), QStringLiteral("custodial"));
        combo->addItem(custodyLabel(QStringLiteral("self")), QStringLiteral("self"));
        combo->setMinimumWidth(180);
        text->setBuddy(combo);
        auto *verdict = new QLabel(card);
        verdict->setProperty("badge", QStringLiteral("neutral"));
        verdict->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        verdict->hide();
        auto *explanation = wrapped(QString(), card);
        explanation->setProperty("role", QStringLiteral("muted"));
        explanation->hide();
        grid->addWidget(text, 2 * i, 0);
        grid->addWidget(combo, 2 * i, 1, Qt::AlignTop);
        grid->addWidget(verdict, 2 * i, 2, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(explanation, 2 * i + 1, 0, 1, 3);
        m_custodyChoices << combo;
        m_custodyVerdicts << verdict;
        m_custodyExplanations << explanation;
    }
    vl->addWidget(card);
    auto *actions = new QHBoxLayout;
    m_custodyCheck = ui::primaryButton(tr("Chec&k"), view);
    actions->addWidget(m_custodyCheck);
    m_custodyScore = new QLabel(view);
    m_custodyScore->setObjectName(QStringLiteral("custodyScore"));
    m_custodyScore->setProperty("role", QStringLiteral("h2"));
    actions->addWidget(m_custodyScore, 1);
    vl->addLayout(actions);
    vl->addStretch();
    connect(m_custodyCheck, &QPushButton::clicked, this, &WalletLabPage::checkCustody);
    return view;
}

int WalletLabPage::checkCustody()
{
    const QList<CustodyCase> cases = custodyCases();
    int right = 0;
    for (int i = 0; i < cases.size(); ++i) {
        const bool ok = m_custodyChoices.at(i)->currentData().toString() == cases.at(i).answer;
        if (ok)
            ++right;
        QLabel *verdict = m_custodyVerdicts.at(i);
        verdict->setProperty("badge", ok ? QStringLiteral("ok") : QStringLiteral("danger"));
        ui::repolish(verdict);
        verdict->setText(ok ? tr("✓ Right") : tr("✗ It is: %1").arg(custodyLabel(cases.at(i).answer)));
        verdict->show();
        m_custodyExplanations.at(i)->setText(tr("%1: %2").arg(custodyLabel(cases.at(i).answer), cases.at(i).explanation));
        m_custodyExplanations.at(i)->show();
    }
    m_custodyScore->setText(tr("%1 of %2 right").arg(right).arg(cases.size()));
    emit exerciseCompleted(LabExercises::CustodyCases, right, int(cases.size()));
    return right;
}

// ---------------------------------------------------------------- clearing

void WalletLabPage::clear()
{
    cancelMissingWordSearch();
    if (m_searchThread)
        m_searchThread->wait();
    m_words.clear();
    m_fingerprint.clear();
    m_plainFingerprint.clear();
    ui::clearLayout(m_wordsHost->layout());
    m_wordsEmpty->show();
    {
        const QSignalBlocker block(m_passphrase);
        m_passphrase->clear();
    }
    m_showPassphrase->setChecked(false);
    recompute();
    for (QLineEdit *field : std::as_const(m_restoreFields)) {
        const QSignalBlocker block(field);
        field->clear();
    }
    for (int i = 0; i < m_restoreFields.size(); ++i)
        markRestoreField(i);
    {
        const QSignalBlocker block(m_restorePassphrase);
        m_restorePassphrase->clear();
    }
    m_restoreRecorded = false;
    checkRestore();
    m_candidates->clear();
    m_searchProgress->setValue(0);
    m_missingFound = false;
    m_missingStatus->setText(tr("Not started."));
    ui::setAlert(m_missingStatusBox, QStringLiteral("info"));
    for (QComboBox *combo : std::as_const(m_pathChoices))
        combo->setCurrentIndex(0);
    for (QLabel *verdict : std::as_const(m_pathVerdicts)) {
        verdict->clear();
        verdict->hide();
    }
    m_pathScore->clear();
    newSpotPhrases(); // the old phrases and ticks are forgotten
    for (QComboBox *combo : std::as_const(m_custodyChoices))
        combo->setCurrentIndex(0);
    for (QLabel *verdict : std::as_const(m_custodyVerdicts)) {
        verdict->clear();
        verdict->hide();
    }
    for (QLabel *explanation : std::as_const(m_custodyExplanations)) {
        explanation->clear();
        explanation->hide();
    }
    m_custodyScore->clear();
    // An address the officer copied from the lab does not outlive the visit.
    if (!m_copied.isEmpty() && QApplication::clipboard()->text() == m_copied)
        QApplication::clipboard()->clear();
    m_copied.clear();
    m_clipboardTimer->stop();
}

} // namespace cca::wallet
