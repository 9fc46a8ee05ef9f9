#include "reference/widgets/indicatorpage.h"

#include "reference/addresses.h"
#include "reference/guidance.h"
#include "reference/watchlist.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTextCursor>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace cca::reference {

namespace {

constexpr int kTypingPauseMs = 300;
constexpr int kLargeTextPauseMs = 700; // above kLargeText characters: wait a little longer
constexpr int kMaxProblemsShown = 50;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QLabel *badge(const QString &text, const QString &kind, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("badge", kind);
    label->setAccessibleName(accessible);
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return label;
}

void setBadge(QLabel *label, const QString &text, const QString &kind, const QString &accessible)
{
    label->setText(text);
    label->setProperty("badge", kind);
    label->setAccessibleName(accessible);
    ui::repolish(label);
}

QLabel *wrapped(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString listHtml(const QStringList &items, bool ordered)
{
    QString html = ordered ? QStringLiteral("<ol style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1'>")
                           : QStringLiteral("<ul style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1'>");
    for (const QString &item : items)
        html += QStringLiteral("<li style='margin-bottom:3px'>%1</li>").arg(esc(item));
    return html + (ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
}

QString kindTitle(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Address: return IndicatorPage::tr("Cryptocurrency address");
    case IndicatorKind::TxHash: return IndicatorPage::tr("Transaction hash");
    case IndicatorKind::Url: return IndicatorPage::tr("Web address");
    case IndicatorKind::Domain: return IndicatorPage::tr("Domain name");
    case IndicatorKind::Email: return IndicatorPage::tr("E-mail address");
    case IndicatorKind::Phone: return IndicatorPage::tr("Phone number");
    case IndicatorKind::Ens: return IndicatorPage::tr("ENS name (Ethereum Name Service)");
    }
    return {};
}

QString kindCount(IndicatorKind kind, int n)
{
    switch (kind) {
    case IndicatorKind::Address: return IndicatorPage::tr("%n address(es)", nullptr, n);
    case IndicatorKind::TxHash: return IndicatorPage::tr("%n transaction hash(es)", nullptr, n);
    case IndicatorKind::Url: return IndicatorPage::tr("%n web address(es)", nullptr, n);
    case IndicatorKind::Domain: return IndicatorPage::tr("%n domain name(s)", nullptr, n);
    case IndicatorKind::Email: return IndicatorPage::tr("%n e-mail address(es)", nullptr, n);
    case IndicatorKind::Phone: return IndicatorPage::tr("%n phone number(s)", nullptr, n);
    case IndicatorKind::Ens: return IndicatorPage::tr("%n ENS name(s)", nullptr, n);
    }
    return {};
}

QString formatLabel(const QString &f)
{
    if (f == QLatin1String("p2pkh")) return IndicatorPage::tr("Legacy (P2PKH)");
    if (f == QLatin1String("p2sh")) return IndicatorPage::tr("Script address (P2SH)");
    if (f == QLatin1String("p2wpkh")) return IndicatorPage::tr("SegWit (P2WPKH)");
    if (f == QLatin1String("p2wsh")) return IndicatorPage::tr("SegWit script (P2WSH)");
    if (f == QLatin1String("p2tr")) return IndicatorPage::tr("Taproot (P2TR)");
    if (f.startsWith(QLatin1String("segwit-v"))) return IndicatorPage::tr("SegWit version %1").arg(f.mid(8));
    if (f == QLatin1String("eip55")) return IndicatorPage::tr("EIP-55 checksum");
    if (f == QLatin1String("hex")) return IndicatorPage::tr("Hexadecimal");
    if (f == QLatin1String("0x-hex")) return IndicatorPage::tr("Hexadecimal with 0x");
    if (f == QLatin1String("base58check")) return IndicatorPage::tr("Base58Check");
    if (f == QLatin1String("cashaddr")) return IndicatorPage::tr("CashAddr");
    if (f == QLatin1String("xrp-classic")) return IndicatorPage::tr("Classic address");
    if (f == QLatin1String("x-address")) return IndicatorPage::tr("X-address (address and tag)");
    if (f == QLatin1String("base58-pubkey")) return IndicatorPage::tr("Public key (Base58)");
    if (f == QLatin1String("monero-standard")) return IndicatorPage::tr("Standard address");
    if (f == QLatin1String("monero-integrated")) return IndicatorPage::tr("Integrated address (with payment ID)");
    if (f == QLatin1String("monero-subaddress")) return IndicatorPage::tr("Subaddress");
    if (f == QLatin1String("ens")) return IndicatorPage::tr("ENS name");
    if (f == QLatin1String("international")) return IndicatorPage::tr("International number");
    if (f == QLatin1String("hong-kong-local")) return IndicatorPage::tr("Hong Kong local number");
    return f;
}

QString networkLabel(const QString &n)
{
    if (n == QLatin1String("mainnet")) return IndicatorPage::tr("Main network");
    if (n == QLatin1String("testnet")) return IndicatorPage::tr("Test network (coins have no value)");
    if (n == QLatin1String("regtest")) return IndicatorPage::tr("Developer test network (coins have no value)");
    if (n == QLatin1String("stagenet")) return IndicatorPage::tr("Stage network (coins have no value)");
    return n;
}

QString chainsText(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << chainDisplayName(id);
    return names.join(IndicatorPage::tr(" or "));
}

QString watchlistLine(const WatchlistEntry &w)
{
    QStringList facts;
    if (!w.category.isEmpty())
        facts << w.category;
    if (!w.date.isEmpty())
        facts << IndicatorPage::tr("listed %1").arg(w.date);
    QString line = w.source;
    if (!facts.isEmpty())
        line += QStringLiteral(" (") + facts.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!w.note.isEmpty())
        line += QStringLiteral(": ") + w.note;
    return line;
}

QString lookalikeText(const LookAlike &l)
{
    if (l.target.isEmpty())
        return IndicatorPage::tr("This name imitates a well-known crypto service.");
    return IndicatorPage::tr("This looks like %1 (%2), but it is not their address.").arg(l.targetName.isEmpty() ? l.target : l.targetName, l.target);
}

// The address with its matching ends underlined and its differing characters marked.
QString comparisonHtml(const QString &address, const AddressComparison &c, bool okColours)
{
    const QString good = okColours ? ui::Theme::success().name() : ui::Theme::danger().name();
    const QString bad = ui::Theme::danger().name();
    const qsizetype p = c.prefix.size();
    const qsizetype leadEnd = p + c.leadingMatch;
    const qsizetype trailStart = address.size() - c.trailingMatch;
    QSet<int> differ;
    for (int position : c.differingPositions)
        differ.insert(position - 1);
    QString html;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QString ch = esc(QString(address[i]));
        if (c.identical)
            html += ch;
        else if ((i >= p && i < leadEnd) || (i >= trailStart && c.trailingMatch > 0))
            html += QStringLiteral("<span style='color:%1; text-decoration:underline; font-weight:700'>%2</span>").arg(good, ch);
        else if (i < p)
            html += ch;
        else if (differ.contains(int(i)))
            html += QStringLiteral("<span style='color:%1'>%2</span>").arg(bad, ch);
        else
            html += ch;
    }
    return html;
}

} // namespace

IndicatorPage::IndicatorPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(24, 20, 24, 16);
    root->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(ui::heading(tr("Indicator checker"), "h1", this), 1);
    auto *group = new QButtonGroup(this);
    const std::pair<QString, QString> views[] = {{tr("&Check text"), QStringLiteral("scan-search")},
                                                 {tr("Co&mpare addresses"), QStringLiteral("git-compare")},
                                                 {tr("&Watchlists"), QStringLiteral("list-checks")}};
    int index = 0;
    for (const auto &[label, icon] : views) {
        auto *button = new QPushButton(ui::Icons::icon(icon), label, this);
        button->setCheckable(true);
        button->setProperty("segment", true);
        button->setCursor(Qt::PointingHandCursor);
        group->addButton(button, index);
        header->addWidget(button, 0, Qt::AlignVCenter);
        m_viewButtons[index++] = button;
    }
    m_viewButtons[0]->setChecked(true);
    root->addLayout(header);
    root->addWidget(ui::mutedLabel(tr("Everything is checked on this computer: nothing you paste is sent anywhere."), this));

    m_views = new QStackedWidget(this);
    m_views->addWidget(buildCheckView());
    m_views->addWidget(buildCompareView());
    m_views->addWidget(buildWatchlistView());
    root->addWidget(m_views, 1);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { showView(View(id)); });

    auto *checkShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    checkShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkShortcut, &QShortcut::activated, this, [this] {
        if (currentView() == View::Compare)
            m_compareButton->click();
        else {
            showView(View::Check);
            m_checkButton->click();
        }
    });
    auto *checkShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    checkShortcutEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(checkShortcutEnter, &QShortcut::activated, checkShortcut, &QShortcut::activated);

    setWatchlist(nullptr);
    showResults();
}

QWidget *IndicatorPage::buildCheckView()
{
    auto *view = new QWidget(this);
    auto *vl = new QVBoxLayout(view);
    vl->setContentsMargins(0, 4, 0, 0);
    vl->setSpacing(10);

    m_input = new QPlainTextEdit(view);
    m_input->setObjectName(QStringLiteral("indicatorInput"));
    m_input->setPlaceholderText(tr("Paste a chat message, payment instruction or address"));
    m_input->setAccessibleName(tr("Text to check"));
    m_input->setAccessibleDescription(tr("Checked as you type. Ctrl+Enter checks at once."));
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(96);
    m_input->setMaximumHeight(140); // the results below need the room
    vl->addWidget(m_input);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    m_checkButton = ui::primaryButton(tr("Check"), view);
    m_checkButton->setIcon(ui::Icons::icon(QStringLiteral("scan-search"), ui::Theme::surface()));
    m_checkButton->setToolTip(tr("Check the text now (Ctrl+Enter); it is also checked as you type"));
    m_clearButton = new QPushButton(ui::Icons::icon(QStringLiteral("x")), tr("Clear"), view);
    m_clearButton->setToolTip(tr("Clear the text and the results"));
    m_copyButton = new QPushButton(ui::Icons::icon(QStringLiteral("copy")), tr("Copy results as text"), view);
    m_copyButton->setToolTip(tr("Every indicator with what it is and what to do next, for an e-mail or the case file"));
    m_saveButton = new QPushButton(ui::Icons::icon(QStringLiteral("file-down")), tr("Save as note…"), view);
    m_saveButton->setToolTip(tr("Save the results as a text file for the case (Ctrl+S)"));
    actions->addWidget(m_checkButton);
    actions->addWidget(m_clearButton);
    actions->addStretch();
    actions->addWidget(m_copyButton);
    actions->addWidget(m_saveButton);
    vl->addLayout(actions);

    m_summary = new QLabel(view);
    m_summary->setObjectName(QStringLiteral("indicatorSummary"));
    m_summary->setProperty("role", QStringLiteral("h2"));
    m_summary->setWordWrap(true);
    vl->addWidget(m_summary);
    m_status = ui::mutedLabel(QString(), view);
    m_status->hide();
    vl->addWidget(m_status);

    auto *scroll = new QScrollArea(view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *host = new QWidget(scroll);
    auto *hl = new QVBoxLayout(host);
    hl->setContentsMargins(0, 0, 8, 8);
    hl->setSpacing(12);

    // What to paste, until there is something to show.
    auto *empty = ui::card(host);
    m_empty = empty;
    m_empty->setObjectName(QStringLiteral("indicatorEmptyState"));
    auto *el = new QHBoxLayout(empty);
    el->setContentsMargins(22, 20, 22, 20);
    el->setSpacing(18);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(ui::Icons::pixmap(QStringLiteral("scan-search"), 40, ui::Theme::accent()));
    el->addWidget(emptyIcon, 0, Qt::AlignTop);
    m_emptyText = wrapped(QString(), empty);
    el->addWidget(m_emptyText, 1);
    hl->addWidget(empty);

    m_cards = new QVBoxLayout;
    m_cards->setSpacing(12);
    hl->addLayout(m_cards);
    m_more = ui::mutedLabel(QString(), host);
    m_more->setObjectName(QStringLiteral("indicatorMore"));
    m_more->hide();
    hl->addWidget(m_more);
    hl->addStretch();
    scroll->setWidget(host);
    vl->addWidget(scroll, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &IndicatorPage::check);
    m_drawTimer = new QTimer(this);
    m_drawTimer->setSingleShot(true);
    m_drawTimer->setInterval(0);
    connect(m_drawTimer, &QTimer::timeout, this, &IndicatorPage::drawMoreCards);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype size = m_input->document()->characterCount();
        m_debounce->start(size > kLargeText ? kLargeTextPauseMs : kTypingPauseMs);
    });
    connect(m_checkButton, &QPushButton::clicked, this, &IndicatorPage::check);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_input->clear();
        check();
        m_input->setFocus();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &IndicatorPage::copyResults);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStringLiteral("indicators-%1.txt").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the indicator note"), QDir::home().filePath(suggested),
                                                          tr("Text files (*.txt)"));
        QString error;
        if (!path.isEmpty())
            saveNote(path, &error) ? showStatus(tr("Note saved: %1").arg(QDir::toNativeSeparators(path)), false)
                                   : showStatus(tr("The note could not be saved: %1").arg(error), true);
    });
    auto *save = new QShortcut(QKeySequence::Save, view);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, m_saveButton, &QPushButton::click);
    return view;
}

QWidget *IndicatorPage::buildCompareView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = ui::scrollingColumn(view, QMargins(0, 4, 8, 8), 14);

    auto *form = ui::card(view);
    auto *fl = new QVBoxLayout(form);
    fl->setContentsMargins(22, 18, 22, 18);
    fl->setSpacing(10);
    fl->addWidget(ui::heading(tr("Address poisoning check"), "h2", form));
    fl->addWidget(ui::mutedLabel(tr("Scammers send a tiny payment from an address that starts and ends like one the victim uses, hoping "
                                    "the victim later copies it from the wallet history. Paste the address the victim meant to pay "
                                    "and the address the money actually went to."),
                                 form));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    m_meant = new QLineEdit(form);
    m_paid = new QLineEdit(form);
    const std::pair<QLineEdit *, QString> fields[] = {{m_meant, tr("Address the victim meant to &pay")},
                                                      {m_paid, tr("Address they &actually paid")}};
    int row = 0;
    for (const auto &[field, label] : fields) {
        field->setFont(ui::monospaceFont());
        field->setProperty("mono", true);
        field->setClearButtonEnabled(true);
        auto *l = new QLabel(label, form);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        grid->addWidget(l, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
    }
    m_meant->setObjectName(QStringLiteral("compareMeant"));
    m_paid->setObjectName(QStringLiteral("comparePaid"));
    m_meant->setPlaceholderText(tr("e.g. from the victim's own records or the exchange's deposit page"));
    m_paid->setPlaceholderText(tr("e.g. from the transaction in the wallet history"));
    grid->setColumnStretch(1, 1);
    fl->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    m_compareButton = ui::primaryButton(tr("Compare"), form);
    m_compareButton->setIcon(ui::Icons::icon(QStringLiteral("git-compare"), ui::Theme::surface()));
    m_compareButton->setToolTip(tr("Compare the two addresses (Enter or Ctrl+Enter)"));
    buttons->addWidget(m_compareButton);
    buttons->addStretch();
    fl->addLayout(buttons);
    vl->addWidget(form);

    m_compareResult = ui::card(view);
    m_compareResult->setObjectName(QStringLiteral("compareResult"));
    auto *rl = new QVBoxLayout(m_compareResult);
    rl->setContentsMargins(22, 18, 22, 18);
    rl->setSpacing(10);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(12);
    m_verdictBadge = badge(QString(), QStringLiteral("neutral"), QString(), m_compareResult);
    m_verdictBadge->setObjectName(QStringLiteral("compareBadge"));
    verdictRow->addWidget(m_verdictBadge, 0, Qt::AlignTop);
    m_verdict = new QLabel(m_compareResult);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setProperty("role", QStringLiteral("h2"));
    verdictRow->addWidget(m_verdict, 1);
    rl->addLayout(verdictRow);
    auto *addresses = new QGridLayout;
    addresses->setHorizontalSpacing(12);
    addresses->setVerticalSpacing(4);
    m_meantView = new QLabel(m_compareResult);
    m_paidView = new QLabel(m_compareResult);
    m_meantKind = ui::mutedLabel(QString(), m_compareResult);
    m_paidKind = ui::mutedLabel(QString(), m_compareResult);
    int r = 0;
    for (const auto &[label, value, kind] : {std::tuple{tr("Meant"), m_meantView, m_meantKind}, std::tuple{tr("Paid"), m_paidView, m_paidKind}}) {
        value->setFont(ui::monospaceFont());
        value->setTextFormat(Qt::RichText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(esc(label)), m_compareResult);
        addresses->addWidget(l, r, 0, Qt::AlignTop);
        addresses->addWidget(value, r, 1);
        addresses->addWidget(kind, r + 1, 1);
        r += 2;
    }
    m_meantView->setObjectName(QStringLiteral("compareMeantView"));
    m_paidView->setObjectName(QStringLiteral("comparePaidView"));
    addresses->setColumnStretch(1, 1);
    rl->addLayout(addresses);
    m_compareFacts = wrapped(QString(), m_compareResult);
    m_compareFacts->setObjectName(QStringLiteral("compareFacts"));
    rl->addWidget(m_compareFacts);
    auto *legend = ui::mutedLabel(tr("Underlined: characters that match at the start and at the end, the part people check. "
                                     "In colour without underline: characters that differ."),
                                  m_compareResult);
    rl->addWidget(legend);
    auto *linkRow = new QHBoxLayout;
    m_poisoningLink = new QPushButton(ui::Icons::icon(QStringLiteral("library")), tr("Read about address poisoning"), m_compareResult);
    m_poisoningLink->setToolTip(tr("Open the scam reference entry: how it works, evidence, first response"));
    linkRow->addWidget(m_poisoningLink);
    linkRow->addStretch();
    rl->addLayout(linkRow);
    m_compareResult->hide();
    vl->addWidget(m_compareResult);
    vl->addStretch();

    m_compareDebounce = new QTimer(this);
    m_compareDebounce->setSingleShot(true);
    m_compareDebounce->setInterval(kTypingPauseMs);
    connect(m_compareDebounce, &QTimer::timeout, this, [this] {
        if (!m_meant->text().trimmed().isEmpty() && !m_paid->text().trimmed().isEmpty())
            compare(m_meant->text(), m_paid->text());
    });
    for (QLineEdit *field : {m_meant, m_paid}) {
        connect(field, &QLineEdit::textChanged, m_compareDebounce, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, m_compareButton, &QPushButton::click);
    }
    connect(m_compareButton, &QPushButton::clicked, this, [this] { compare(m_meant->text(), m_paid->text()); });
    connect(m_poisoningLink, &QPushButton::clicked, this, [this] { emit referenceRequested(QStringLiteral("address-poisoning")); });
    return view;
}

QWidget *IndicatorPage::buildWatchlistView()
{
    auto *view = new QWidget(this);
    QVBoxLayout *vl = ui::scrollingColumn(view, QMargins(0, 4, 8, 8), 14);

    auto *importCard = ui::card(view);
    auto *il = new QVBoxLayout(importCard);
    il->setContentsMargins(22, 18, 22, 18);
    il->setSpacing(10);
    il->addWidget(ui::heading(tr("Import a watchlist"), "h2", importCard));
    il->addWidget(wrapped(tr("A CSV file of known scam addresses, domains and other indicators, for example one your unit shares. "
                             "Its first row names the columns <b>value, kind, source, category, date, note</b>; the kind is one of "
                             "address, domain, url, email, phone, ens or tx_hash, and the date is written YYYY-MM-DD. "
                             "Rows with a problem are skipped and listed here with their line numbers; the good rows are kept."),
                          importCard));
    auto *importRow = new QHBoxLayout;
    m_importButton = ui::primaryButton(tr("Import CSV file…"), importCard);
    m_importButton->setIcon(ui::Icons::icon(QStringLiteral("file-up"), ui::Theme::surface()));
    importRow->addWidget(m_importButton);
    importRow->addStretch();
    il->addLayout(importRow);
    m_importResult = ui::alertBox(QStringLiteral("info"), importCard);
    m_importResult->setObjectName(QStringLiteral("watchlistImportResult"));
    auto *irl = new QVBoxLayout(m_importResult);
    irl->setContentsMargins(14, 10, 14, 10);
    m_importResultLabel = wrapped(QString(), m_importResult);
    irl->addWidget(m_importResultLabel);
    m_importResult->hide();
    il->addWidget(m_importResult);
    vl->addWidget(importCard);

    auto *listCard = ui::card(view);
    auto *ll = new QVBoxLayout(listCard);
    ll->setContentsMargins(22, 18, 22, 18);
    ll->setSpacing(10);
    ll->addWidget(ui::heading(tr("Watchlists on this computer"), "h2", listCard));
    m_confirm = ui::alertBox(QStringLiteral("warning"), listCard);
    m_confirm->setObjectName(QStringLiteral("watchlistRemoveConfirmation"));
    auto *cl = new QHBoxLayout(m_confirm);
    cl->setContentsMargins(14, 10, 14, 10);
    cl->setSpacing(10);
    m_confirmText = wrapped(QString(), m_confirm);
    cl->addWidget(m_confirmText, 1);
    m_confirmRemove = new QPushButton(ui::Icons::icon(QStringLiteral("trash-2")), tr("Remove"), m_confirm);
    auto *keep = new QPushButton(tr("Keep it"), m_confirm);
    cl->addWidget(m_confirmRemove);
    cl->addWidget(keep);
    m_confirm->hide();
    ll->addWidget(m_confirm);
    m_sourceRows = new QVBoxLayout;
    m_sourceRows->setSpacing(8);
    ll->addLayout(m_sourceRows);
    m_importLog = wrapped(QString(), listCard);
    ll->addWidget(m_importLog);
    m_storage = ui::mutedLabel(QString(), listCard);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ll->addWidget(m_storage);
    vl->addWidget(listCard);
    vl->addStretch();

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a watchlist"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importWatchlist(path);
    });
    connect(m_confirmRemove, &QPushButton::clicked, this, [this] { removeSource(m_confirmSource); });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_confirmSource.clear();
    });
    return view;
}

void IndicatorPage::setWatchlist(Watchlist *watchlist, const QString &problem)
{
    m_watchlist = watchlist;
    m_watchlistProblem = problem;
    m_importButton->setEnabled(watchlist != nullptr);
    refreshWatchlists();
}

void IndicatorPage::setOfficer(const QString &displayName, const QString &serviceNumber)
{
    m_officerName = displayName;
    m_officerNumber = serviceNumber;
}

void IndicatorPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
    m_viewButtons[int(view)]->setChecked(true);
    if (view == View::Compare)
        (m_meant->text().isEmpty() ? m_meant : m_paid)->setFocus();
    else if (view == View::Watchlists)
        m_importButton->setFocus();
}

IndicatorPage::View IndicatorPage::currentView() const
{
    return View(m_views->currentIndex());
}

QPushButton *IndicatorPage::viewButton(View view) const
{
    return m_viewButtons[int(view)];
}

void IndicatorPage::focusInput()
{
    showView(View::Check);
    m_input->setFocus();
    m_input->selectAll();
}

void IndicatorPage::setText(const QString &text)
{
    m_input->setPlainText(text);
    check();
}

QString IndicatorPage::text() const
{
    return m_input->toPlainText();
}

void IndicatorPage::check()
{
    m_debounce->stop();
    const QString text = m_input->toPlainText();
    const int generation = ++m_generation;
    if (text.size() <= kLargeText) {
        QList<Indicator> found = extractIndicators(text);
        if (m_watchlist)
            matchWatchlist(&found, *m_watchlist);
        m_appliedGeneration = generation;
        applyResults(std::move(found));
        return;
    }
    // A long paste is checked on a thread of its own (with its own connection to the watchlists),
    // so the screen keeps answering; a newer check makes an older one's results obsolete.
    m_summary->setText(tr("Checking %1 characters…").arg(QLocale().toString(text.size())));
    m_summary->show();
    const QString watchlistPath = m_watchlist ? m_watchlist->path() : QString();
    QThread *thread = QThread::create([this, text, watchlistPath, generation] {
        QList<Indicator> found = extractIndicators(text);
        if (!watchlistPath.isEmpty()) {
            QString error;
            if (const std::unique_ptr<Watchlist> list = Watchlist::open(watchlistPath, &error))
                matchWatchlist(&found, *list);
        }
        QMetaObject::invokeMethod(
            this,
            [this, found = std::move(found), generation]() mutable {
                if (generation == m_generation) {
                    m_appliedGeneration = generation;
                    applyResults(std::move(found));
                }
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this); // deleted with the page at the latest, after the destructor waited for it
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    thread->start();
}

bool IndicatorPage::isChecking() const
{
    // Until the latest check's results are on screen (its thread may still be winding down after).
    return m_appliedGeneration != m_generation;
}

IndicatorPage::~IndicatorPage()
{
    // A check still running holds this page; it ends within a second.
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void IndicatorPage::applyResults(QList<Indicator> found)
{
    m_indicators = std::move(found);
    m_status->hide();
    showResults();
    emit resultsChanged();
}

QString IndicatorPage::summaryText() const
{
    const int n = int(m_indicators.size());
    if (n == 0)
        return {};
    QStringList parts;
    for (IndicatorKind kind : {IndicatorKind::Address, IndicatorKind::TxHash, IndicatorKind::Url, IndicatorKind::Domain, IndicatorKind::Email,
                               IndicatorKind::Phone, IndicatorKind::Ens}) {
        const int count = int(std::count_if(m_indicators.cbegin(), m_indicators.cend(), [kind](const Indicator &i) { return i.kind == kind; }));
        if (count > 0)
            parts << kindCount(kind, count);
    }
    QString text = tr("%n indicator(s) found: %1", nullptr, n).arg(parts.join(QStringLiteral(", ")));
    int invalid = 0, lookalike = 0, listed = 0;
    for (const Indicator &i : m_indicators) {
        invalid += i.valid ? 0 : 1;
        lookalike += i.lookalike ? 1 : 0;
        listed += i.watchlist.isEmpty() ? 0 : 1;
    }
    QStringList warnings;
    if (listed > 0)
        warnings << tr("%n on a watchlist", nullptr, listed);
    if (invalid > 0)
        warnings << tr("%n not valid", nullptr, invalid);
    if (lookalike > 0)
        warnings << tr("%n look-alike(s)", nullptr, lookalike);
    if (!warnings.isEmpty())
        text += QStringLiteral(" — ") + warnings.join(QStringLiteral(", "));
    return text;
}

void IndicatorPage::showResults()
{
    m_drawTimer->stop();
    ui::clearLayout(m_cards);
    m_drawn = 0;
    const bool hasText = !m_input->toPlainText().trimmed().isEmpty();
    const int n = int(m_indicators.size());
    m_summary->setText(summaryText());
    m_summary->setVisible(n > 0);
    m_copyButton->setEnabled(n > 0);
    m_saveButton->setEnabled(n > 0);
    m_empty->setVisible(n == 0);
    if (!hasText)
        m_emptyText->setText(tr("<b>Paste what the victim was sent</b> into the box above: a chat message, a payment instruction, an "
                                "e-mail or just an address.<br>The checker finds cryptocurrency addresses, transaction hashes, web "
                                "addresses and domains, e-mail addresses, phone numbers and ENS names; says whether each is valid "
                                "and what it is; flags look-alike sites and anything on your watchlists; and says what to do next."));
    else
        m_emptyText->setText(tr("<b>No indicators found in this text.</b><br>Check that the whole address was copied (addresses are "
                                "long: 26 to 100 characters) and that it was not retyped from a screenshot. Solana addresses are "
                                "only recognised when the text mentions Solana."));
    if (n > kMaxCards) {
        m_more->setText(tr("Showing the first %1 of %2 indicators. \"Copy results as text\" and \"Save as note…\" include all of them.")
                            .arg(kMaxCards)
                            .arg(QLocale().toString(n)));
        m_more->show();
    } else {
        m_more->hide();
    }
    drawMoreCards();
}

void IndicatorPage::drawMoreCards()
{
    const int limit = std::min<int>(int(m_indicators.size()), kMaxCards);
    const int until = std::min(limit, m_drawn + kCardsAtOnce);
    if (m_drawn >= until)
        return;
    auto *batch = new QWidget;
    batch->setObjectName(QStringLiteral("indicatorCardBatch"));
    auto *bl = new QVBoxLayout(batch);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->setSpacing(12);
    for (; m_drawn < until; ++m_drawn)
        bl->addWidget(makeCard(m_indicators[m_drawn], m_drawn + 1));
    m_cards->addWidget(batch);
    if (m_drawn < limit)
        m_drawTimer->start();
}

QList<QFrame *> IndicatorPage::resultCards() const
{
    QList<QFrame *> cards;
    for (int i = 0; i < m_cards->count(); ++i) {
        QWidget *batch = m_cards->itemAt(i)->widget();
        QLayout *layout = batch ? batch->layout() : nullptr;
        for (int k = 0; layout && k < layout->count(); ++k)
            if (auto *frame = qobject_cast<QFrame *>(layout->itemAt(k)->widget()))
                cards << frame;
    }
    return cards;
}

QFrame *IndicatorPage::makeCard(const Indicator &ind, int number)
{
    QFrame *card = ui::card();
    card->setObjectName(QStringLiteral("indicatorCard"));
    card->setProperty("indicatorValue", ind.value);
    card->setProperty("indicatorKind", kindName(ind.kind));
    auto *cl = new QVBoxLayout(card);
    cl->setContentsMargins(20, 16, 20, 16);
    cl->setSpacing(8);

    // Kind, chain, format and network; the verdict on the right.
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *title = ui::heading(QStringLiteral("%1. %2").arg(number).arg(kindTitle(ind.kind)), "h2", card);
    title->setObjectName(QStringLiteral("indicatorTitle"));
    title->setWordWrap(false);
    top->addWidget(title);
    QStringList chips;
    if (!ind.chains.isEmpty())
        chips << chainsText(ind.chains);
    if (!ind.format.isEmpty() && ind.kind != IndicatorKind::Ens)
        chips << formatLabel(ind.format);
    if (!ind.network.isEmpty())
        chips << networkLabel(ind.network);
    for (const QString &c : std::as_const(chips)) {
        QLabel *chip = ui::chip(c, card);
        chip->setObjectName(QStringLiteral("indicatorChip"));
        top->addWidget(chip);
    }
    top->addStretch();
    if (!ind.watchlist.isEmpty())
        top->addWidget(badge(tr("⚑ On a watchlist"), QStringLiteral("danger"), tr("On a watchlist"), card));
    if (ind.lookalike)
        top->addWidget(badge(tr("⚠ Look-alike"), QStringLiteral("warning"), tr("Look-alike"), card));
    QLabel *validity = ind.valid ? badge(tr("✓ Valid"), QStringLiteral("ok"), tr("Valid"), card)
                                 : badge(tr("✗ Not valid"), QStringLiteral("danger"), tr("Not valid"), card);
    validity->setObjectName(QStringLiteral("validityBadge"));
    top->addWidget(validity);
    cl->addLayout(top);

    // The value itself: selectable, copyable, in a typewriter font so 0/O and l/1 can be told apart.
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(8);
    auto *value = new QLineEdit(ind.value, card);
    value->setObjectName(QStringLiteral("indicatorValue"));
    value->setReadOnly(true);
    value->setFont(ui::monospaceFont());
    value->setProperty("mono", true);
    value->setCursorPosition(0);
    value->setAccessibleName(kindTitle(ind.kind));
    valueRow->addWidget(value, 1);
    auto *copy = new QPushButton(ui::Icons::icon(QStringLiteral("copy")), tr("Copy"), card);
    copy->setObjectName(QStringLiteral("copyValue"));
    copy->setAccessibleName(tr("Copy %1").arg(ind.value));
    const QString v = ind.value;
    connect(copy, &QPushButton::clicked, this, [this, v] {
        QGuiApplication::clipboard()->setText(v);
        showStatus(tr("Copied: %1").arg(v), false);
    });
    valueRow->addWidget(copy);
    if (ind.offset >= 0) {
        auto *find = new QPushButton(ui::Icons::icon(QStringLiteral("search")), tr("Show in text"), card);
        find->setObjectName(QStringLiteral("showInText"));
        find->setToolTip(tr("Select where it first appears in the pasted text"));
        find->setAccessibleName(tr("Show %1 in the pasted text").arg(ind.value));
        const qsizetype offset = ind.offset, length = ind.length;
        connect(find, &QPushButton::clicked, this, [this, offset, length] {
            QTextCursor cursor(m_input->document());
            cursor.setPosition(int(offset));
            cursor.setPosition(int(offset + length), QTextCursor::KeepAnchor);
            m_input->setTextCursor(cursor);
            m_input->ensureCursorVisible();
            m_input->setFocus();
        });
        valueRow->addWidget(find);
    }
    if (ind.kind == IndicatorKind::Address) {
        auto *compareIt = new QPushButton(ui::Icons::icon(QStringLiteral("git-compare")), tr("Compare…"), card);
        compareIt->setObjectName(QStringLiteral("compareValue"));
        compareIt->setToolTip(tr("Compare this address with another one, for address poisoning"));
        compareIt->setAccessibleName(tr("Compare %1 with another address").arg(ind.value));
        connect(compareIt, &QPushButton::clicked, this, [this, v] {
            m_paid->setText(v);
            m_compareResult->hide();
            showView(View::Compare);
            if (!m_meant->text().trimmed().isEmpty())
                compare(m_meant->text(), v);
            m_meant->setFocus();
        });
        valueRow->addWidget(compareIt);
    }
    cl->addLayout(valueRow);
    QStringList facts;
    if (ind.occurrences > 1)
        facts << tr("Appears %n times in the text.", nullptr, ind.occurrences);
    if (!ind.destinationTag.isEmpty())
        facts << tr("Destination tag: %1. Give it together with the address: the exchange needs both to find the customer.").arg(ind.destinationTag);
    if (!facts.isEmpty())
        cl->addWidget(ui::mutedLabel(facts.join(QLatin1Char(' ')), card));

    if (!ind.valid) {
        auto *why = wrapped(QStringLiteral("<b>%1</b> %2").arg(tr("Why it is not valid:"), esc(ind.reason)), card);
        why->setObjectName(QStringLiteral("invalidReason"));
        why->setProperty("role", QStringLiteral("error"));
        cl->addWidget(why);
        const QString checksummed = ind.details.value(QStringLiteral("checksummed_form")).toString();
        if (!checksummed.isEmpty() && checksummed != ind.value)
            cl->addWidget(wrapped(tr("With a correct checksum it would be written <tt>%1</tt>; do not use that form unless the victim "
                                     "confirms the address from a trusted record.")
                                      .arg(esc(checksummed)),
                                  card));
    }

    if (!ind.watchlist.isEmpty()) {
        QFrame *alert = ui::alertBox(QStringLiteral("danger"), card);
        alert->setObjectName(QStringLiteral("watchlistMatch"));
        auto *al = new QVBoxLayout(alert);
        al->setContentsMargins(14, 10, 14, 10);
        al->setSpacing(4);
        QStringList lines;
        for (const WatchlistEntry &w : ind.watchlist)
            lines << watchlistLine(w);
        al->addWidget(wrapped(QStringLiteral("<b>%1</b>").arg(tr("On a watchlist of known scam indicators:")) + listHtml(lines, false), alert));
        cl->addWidget(alert);
    }

    if (ind.lookalike) {
        QFrame *alert = ui::alertBox(QStringLiteral("warning"), card);
        alert->setObjectName(QStringLiteral("lookalikeWarning"));
        auto *al = new QVBoxLayout(alert);
        al->setContentsMargins(14, 10, 14, 10);
        al->setSpacing(6);
        al->addWidget(wrapped(QStringLiteral("<b>%1</b>").arg(esc(lookalikeText(*ind.lookalike))) + listHtml(ind.lookalike->reasons, false), alert));
        auto *row = new QHBoxLayout;
        auto *patterns = new QPushButton(ui::Icons::icon(QStringLiteral("library")), tr("Phishing patterns in the reference"), alert);
        patterns->setObjectName(QStringLiteral("phishingPatterns"));
        connect(patterns, &QPushButton::clicked, this, [this] { emit referenceSearchRequested(QStringLiteral("phishing")); });
        row->addWidget(patterns);
        row->addStretch();
        al->addLayout(row);
        cl->addWidget(alert);
    }

    auto *what = wrapped(QStringLiteral("<b>%1</b> %2").arg(tr("What it is:"), esc(ind.explanation)), card);
    what->setObjectName(QStringLiteral("explanation"));
    cl->addWidget(what);
    if (!ind.explorer.isEmpty()) {
        auto *explorer = wrapped(QStringLiteral("<b>%1</b> %2").arg(tr("Explorer (when online):"), esc(ind.explorer)), card);
        explorer->setObjectName(QStringLiteral("explorer"));
        cl->addWidget(explorer);
    }
    if (!ind.freezeIssuers.isEmpty()) {
        auto *freeze = wrapped(QStringLiteral("<b>%1</b>").arg(tr("Stablecoin issuers that can freeze funds on this chain:"))
                                   + listHtml(ind.freezeIssuers, false),
                               card);
        freeze->setObjectName(QStringLiteral("freezeIssuers"));
        cl->addWidget(freeze);
    }
    if (!ind.nextSteps.isEmpty()) {
        auto *next = wrapped(QStringLiteral("<b>%1</b>").arg(tr("What to do next:")) + listHtml(ind.nextSteps, true), card);
        next->setObjectName(QStringLiteral("nextSteps"));
        cl->addWidget(next);
    }
    return card;
}

QString IndicatorPage::resultsText() const
{
    QStringList lines;
    lines << tr("Indicator check");
    lines << tr("Written: %1 (UTC %2)")
                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_officerName.isEmpty())
        lines << tr("Officer: %1 (%2)").arg(m_officerName, m_officerNumber);
    lines << (m_indicators.isEmpty() ? tr("No indicators found.") : summaryText());
    int n = 0;
    for (const Indicator &i : m_indicators) {
        lines << QString();
        QStringList facts{i.valid ? tr("valid") : tr("NOT VALID")};
        if (!i.chains.isEmpty())
            facts << chainsText(i.chains);
        if (!i.format.isEmpty())
            facts << formatLabel(i.format);
        if (!i.network.isEmpty())
            facts << networkLabel(i.network);
        lines << QStringLiteral("%1. %2: %3").arg(++n).arg(kindTitle(i.kind), i.value);
        lines << QStringLiteral("   ") + facts.join(QStringLiteral(" · "));
        if (!i.valid)
            lines << QStringLiteral("   ") + tr("Why it is not valid: %1").arg(i.reason);
        if (!i.destinationTag.isEmpty())
            lines << QStringLiteral("   ") + tr("Destination tag: %1").arg(i.destinationTag);
        for (const WatchlistEntry &w : i.watchlist)
            lines << QStringLiteral("   ") + tr("ON A WATCHLIST: %1").arg(watchlistLine(w));
        if (i.lookalike)
            lines << QStringLiteral("   ") + tr("LOOK-ALIKE: %1 %2").arg(lookalikeText(*i.lookalike), i.lookalike->reasons.join(QLatin1Char(' ')));
        lines << QStringLiteral("   ") + tr("What it is: %1").arg(i.explanation);
        if (!i.explorer.isEmpty())
            lines << QStringLiteral("   ") + tr("Explorer (when online): %1").arg(i.explorer);
        if (!i.freezeIssuers.isEmpty())
            lines << QStringLiteral("   ") + tr("Can freeze stablecoins on this chain: %1").arg(i.freezeIssuers.join(QStringLiteral("; ")));
        if (!i.nextSteps.isEmpty()) {
            lines << QStringLiteral("   ") + tr("Next steps:");
            for (const QString &step : i.nextSteps)
                lines << QStringLiteral("   - ") + step;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList IndicatorPage::briefLines() const
{
    QStringList lines;
    constexpr int kMaxLines = 50;
    for (const Indicator &i : m_indicators) {
        if (lines.size() == kMaxLines) {
            lines << tr("…and %n more (see the indicator note)", nullptr, int(m_indicators.size()) - kMaxLines);
            break;
        }
        QStringList facts{kindTitle(i.kind)};
        if (!i.chains.isEmpty())
            facts << chainsText(i.chains);
        facts << (i.valid ? tr("valid") : tr("NOT VALID"));
        if (i.lookalike)
            facts << (i.lookalike->target.isEmpty() ? tr("look-alike") : tr("look-alike of %1").arg(i.lookalike->target));
        for (const WatchlistEntry &w : i.watchlist)
            facts << tr("on watchlist %1").arg(w.source);
        lines << QStringLiteral("%1 (%2)").arg(i.value, facts.join(QStringLiteral(", ")));
    }
    return lines;
}

void IndicatorPage::copyResults()
{
    QGuiApplication::clipboard()->setText(resultsText());
    showStatus(tr("The results are on the clipboard: %n indicator(s).", nullptr, int(m_indicators.size())), false);
}

bool IndicatorPage::saveNote(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(resultsText().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void IndicatorPage::compare(const QString &meantText, const QString &paidText)
{
    m_compareDebounce->stop();
    const QString meant = meantText.trimmed();
    const QString paid = paidText.trimmed();
    if (meant.isEmpty() || paid.isEmpty()) {
        m_compareResult->hide();
        (meant.isEmpty() ? m_meant : m_paid)->setFocus();
        return;
    }
    if (m_meant->text() != meantText) {
        const QSignalBlocker block(m_meant);
        m_meant->setText(meantText);
    }
    if (m_paid->text() != paidText) {
        const QSignalBlocker block(m_paid);
        m_paid->setText(paidText);
    }
    m_comparison = compareAddresses(meant, paid);
    const AddressComparison &c = m_comparison;
    QString verdict = c.verdict;
    if (!verdict.isEmpty())
        verdict[0] = verdict[0].toUpper();
    m_verdict->setText(verdict + QLatin1Char('.'));
    if (c.identical)
        setBadge(m_verdictBadge, tr("✓ Same address"), QStringLiteral("ok"), tr("Same address"));
    else if (c.lookAlike)
        setBadge(m_verdictBadge, tr("⚠ Look-alike"), QStringLiteral("danger"), tr("Look-alike"));
    else
        setBadge(m_verdictBadge, tr("≠ Different"), QStringLiteral("warning"), tr("Different"));
    m_meantView->setText(comparisonHtml(c.first, c, !c.lookAlike));
    m_paidView->setText(comparisonHtml(c.second, c, !c.lookAlike));
    auto describe = [](const QString &address) {
        const AddressInfo info = classifyAddress(address);
        if (!info.recognised)
            return tr("Not recognised as an address of a chain this checker knows.");
        const QString chain = chainsText(info.chains);
        return info.valid ? tr("%1 address, valid.").arg(chain) : tr("%1 address, NOT valid: %2").arg(chain, info.reason);
    };
    m_meantKind->setText(describe(meant));
    m_paidKind->setText(describe(paid));
    QStringList facts;
    if (!c.identical) {
        const QString after = c.prefix.isEmpty() ? QString() : tr(" after “%1”").arg(c.prefix);
        //: Joins "The first 4 characters after “0x” match" and "the last 5 characters match".
        facts << tr("%1, and %2.")
                     .arg(tr("The first %n character(s)%1 match", nullptr, c.leadingMatch).arg(after),
                          tr("the last %n character(s) match", nullptr, c.trailingMatch));
        const int longer = int(std::max(c.first.size(), c.second.size()));
        facts << tr("%1 of %2 positions differ.").arg(c.differingPositions.size()).arg(longer);
        if (c.lengthsDiffer)
            facts << tr("The two are of different lengths (%1 and %2 characters).").arg(c.first.size()).arg(c.second.size());
        facts << tr("Similarity: %1%.").arg(qRound(c.similarity * 100));
        if (c.lookAlike)
            facts << tr("<b>Treat the paid address as the scammer's:</b> record both addresses and the transaction, and look for the "
                        "tiny \"dust\" payment from the look-alike in the victim's history shortly before.");
    }
    m_compareFacts->setText(facts.join(QLatin1Char(' ')));
    m_compareFacts->setVisible(!facts.isEmpty());
    m_poisoningLink->setVisible(c.lookAlike);
    m_compareResult->show();
}

bool IndicatorPage::importWatchlist(const QString &path)
{
    if (!m_watchlist) {
        showView(View::Watchlists);
        return false;
    }
    const QString file = QFileInfo(path).fileName();
    const WatchlistImportResult r = m_watchlist->importCsv(path);
    QString html;
    QString kind;
    if (!r.ok) {
        kind = QStringLiteral("danger");
        html = QStringLiteral("<b>%1</b><br>%2").arg(tr("Nothing was imported from %1.").arg(esc(file)), esc(r.error));
    } else {
        kind = r.skipped > 0 ? QStringLiteral("warning") : QStringLiteral("ok");
        html = QStringLiteral("<b>%1</b>")
                   //: A watchlist import: "file.csv: 3 rows read", "2 imported", "0 already known", "1 skipped".
                   .arg(esc(tr("%1 — %2, %3, %4.")
                                .arg(tr("%1: %n row(s) read", nullptr, r.rows).arg(file), tr("%n imported", nullptr, r.imported),
                                     tr("%n already known", nullptr, r.alreadyKnown), tr("%n skipped", nullptr, r.skipped))));
        if (!r.problems.isEmpty()) {
            html += QStringLiteral("<br>") + esc(tr("Fix these rows in the file and import it again; the rows already imported are not duplicated:"));
            QStringList problems;
            for (const WatchlistProblem &p : r.problems.mid(0, kMaxProblemsShown))
                problems << p.toString(file);
            html += QStringLiteral("<pre style='margin:4px 0 0 0; white-space:pre-wrap'>%1</pre>").arg(esc(problems.join(QLatin1Char('\n'))));
            if (r.problems.size() > kMaxProblemsShown)
                html += esc(tr("…and %n more problem(s).", nullptr, int(r.problems.size()) - kMaxProblemsShown));
        }
    }
    m_importResult->setProperty("alert", kind);
    ui::repolish(m_importResult);
    m_importResultLabel->setText(html);
    m_importResult->show();
    refreshWatchlists();
    if (r.ok && !m_indicators.isEmpty())
        check(); // matches from the new list appear on the results at once
    return r.ok;
}

void IndicatorPage::askToRemoveSource(const QString &source)
{
    int entries = 0;
    if (m_watchlist)
        for (const WatchlistSource &s : m_watchlist->sources())
            if (s.source == source)
                entries = s.entries;
    m_confirmSource = source;
    m_confirmText->setText(tr("Remove the watchlist <b>%1</b> and its %n entr(y/ies) from this computer? Indicators are no longer "
                              "matched against it until it is imported again.",
                              nullptr, entries)
                               .arg(esc(source)));
    m_confirm->show();
    m_confirmRemove->setFocus();
}

bool IndicatorPage::removeSource(const QString &sourceToRemove)
{
    const QString source = sourceToRemove; // may be m_confirmSource, cleared below
    m_confirm->hide();
    m_confirmSource.clear();
    if (!m_watchlist)
        return false;
    int removed = 0;
    QString error;
    const bool ok = m_watchlist->removeSource(source, &removed, &error);
    m_importResult->setProperty("alert", ok ? QStringLiteral("ok") : QStringLiteral("danger"));
    ui::repolish(m_importResult);
    m_importResultLabel->setText(ok ? esc(tr("Removed the watchlist “%1”: %n entr(y/ies).", nullptr, removed).arg(source)) : esc(error));
    m_importResult->show();
    refreshWatchlists();
    if (ok && !m_indicators.isEmpty())
        check();
    return ok;
}

QList<QFrame *> IndicatorPage::watchlistRows() const
{
    QList<QFrame *> rows;
    for (int i = 0; i < m_sourceRows->count(); ++i)
        if (auto *frame = qobject_cast<QFrame *>(m_sourceRows->itemAt(i)->widget()); frame && frame->objectName() == QLatin1String("watchlistRow"))
            rows << frame;
    return rows;
}

void IndicatorPage::refreshWatchlists()
{
    ui::clearLayout(m_sourceRows);
    if (!m_watchlist) {
        m_viewButtons[2]->setText(tr("&Watchlists"));
        auto *label = wrapped(m_watchlistProblem.isEmpty() ? tr("The watchlists are not available on this computer.")
                                                           : tr("The watchlists cannot be opened: %1").arg(esc(m_watchlistProblem)),
                              nullptr);
        label->setProperty("role", QStringLiteral("error"));
        m_sourceRows->addWidget(label);
        m_importLog->hide();
        m_storage->hide();
        return;
    }
    const QList<WatchlistSource> sources = m_watchlist->sources();
    m_viewButtons[2]->setText(sources.isEmpty() ? tr("&Watchlists") : tr("&Watchlists (%1)").arg(sources.size()));
    if (sources.isEmpty())
        m_sourceRows->addWidget(ui::mutedLabel(tr("No watchlists yet. Import a CSV file above; each source in it (the \"source\" "
                                                  "column) becomes one watchlist here."),
                                               nullptr));
    for (const WatchlistSource &s : sources) {
        auto *row = new QFrame;
        row->setObjectName(QStringLiteral("watchlistRow"));
        row->setProperty("alert", QStringLiteral("info"));
        row->setProperty("watchlistSource", s.source);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(14, 10, 14, 10);
        rl->setSpacing(12);
        QStringList details;
        details << tr("%n entr(y/ies)", nullptr, s.entries);
        details << tr("kinds: %1").arg(s.kinds.join(QStringLiteral(", ")));
        if (!s.categories.isEmpty())
            details << tr("categories: %1").arg(s.categories.join(QStringLiteral(", ")));
        if (!s.newestListing.isEmpty())
            details << tr("newest listing %1").arg(s.newestListing);
        const QDateTime imported = QDateTime::fromString(s.lastImported, Qt::ISODateWithMs);
        if (imported.isValid())
            details << tr("last added %1").arg(QLocale().toString(imported.toLocalTime(), QLocale::ShortFormat));
        auto *text = wrapped(QStringLiteral("<b>%1</b><br>%2").arg(esc(s.source), esc(details.join(QStringLiteral(" · ")))), row);
        rl->addWidget(text, 1);
        auto *remove = new QPushButton(ui::Icons::icon(QStringLiteral("trash-2")), tr("Remove…"), row);
        remove->setObjectName(QStringLiteral("removeWatchlist"));
        remove->setAccessibleName(tr("Remove the watchlist %1").arg(s.source));
        const QString source = s.source;
        connect(remove, &QPushButton::clicked, this, [this, source] { askToRemoveSource(source); });
        rl->addWidget(remove, 0, Qt::AlignVCenter);
        m_sourceRows->addWidget(row);
    }
    const QList<WatchlistImportRecord> log = m_watchlist->imports(5);
    if (log.isEmpty()) {
        m_importLog->hide();
    } else {
        QStringList lines;
        for (const WatchlistImportRecord &r : log) {
            const QDateTime at = QDateTime::fromString(r.importedAt, Qt::ISODateWithMs);
            lines << tr("%1, %2: %3 imported, %4 already known, %5 skipped")
                         .arg(r.file, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                         .arg(r.imported)
                         .arg(r.alreadyKnown)
                         .arg(r.skipped);
        }
        m_importLog->setText(QStringLiteral("<b>%1</b>").arg(tr("Recent imports")) + listHtml(lines, false));
        m_importLog->show();
    }
    m_storage->setText(tr("Kept on this computer in %1").arg(QDir::toNativeSeparators(m_watchlist->path())));
    m_storage->show();
}

void IndicatorPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("muted"));
    ui::repolish(m_status);
    m_status->show();
}

} // namespace cca::reference
