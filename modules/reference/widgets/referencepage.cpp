#include "reference/widgets/referencepage.h"

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cca::reference {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString listHtml(const QList<LocalizedText> &items, const QString &language, bool ordered = false)
{
    QString html = ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
    for (const LocalizedText &t : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(t.text(language)));
    return html + (ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
}

// The snippet with its matches in bold, for a rich-text label.
QString snippetHtml(const searchtext::Snippet &s)
{
    QString html;
    int at = 0;
    for (const auto &[offset, length] : s.highlights) {
        html += esc(s.text.mid(at, offset - at));
        html += QStringLiteral("<b>") + esc(s.text.mid(offset, length)) + QStringLiteral("</b>");
        at = offset + length;
    }
    html += esc(s.text.mid(at));
    return html.simplified();
}

} // namespace

ReferencePage::ReferencePage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(24, 20, 24, 20);
    root->setSpacing(20);

    // Left: search, filters, results.
    auto *left = new QWidget(this);
    left->setMinimumWidth(320);
    left->setMaximumWidth(420);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->setSpacing(10);
    ll->addWidget(ui::heading(tr("Scam reference"), "h1", left));
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("referenceSearch"));
    m_search->setPlaceholderText(tr("Search: e.g. telegram investment, 殺豬盤, seed phrase"));
    m_search->setAccessibleName(tr("Search the scam reference"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(ui::Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    ll->addWidget(m_search);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    filters->setVerticalSpacing(8);
    const std::pair<const char *, QString> groups[] = {{"categories", tr("Any kind")},
                                                       {"channels", tr("Any channel")},
                                                       {"chains", tr("Any chain")},
                                                       {"victimProfiles", tr("Any victim")}};
    const QStringList accessible{tr("Kind of scam"), tr("Contact channel"), tr("Blockchain"), tr("Victim")};
    int i = 0;
    for (const auto &[group, anyLabel] : groups) {
        auto *box = new QComboBox(left);
        box->setAccessibleName(accessible[i]);
        box->addItem(anyLabel, QString());
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        m_filters.insert(QString::fromLatin1(group), box);
        filters->addWidget(box, i / 2, i % 2);
        connect(box, &QComboBox::currentIndexChanged, this, &ReferencePage::runSearch);
        ++i;
    }
    ll->addLayout(filters);
    m_count = ui::mutedLabel(QString(), left);
    ll->addWidget(m_count);
    m_results = new QListWidget(left);
    m_results->setObjectName(QStringLiteral("referenceResults"));
    m_results->setAccessibleName(tr("Matching scam patterns"));
    m_results->setWordWrap(true);
    m_results->setSpacing(2);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    ll->addWidget(m_results, 1);
    root->addWidget(left);

    // Right: the entry, its actions, and the checklist.
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->setSpacing(10);
    // The pattern's name on a line of its own (names are long), its actions under it.
    m_title = ui::heading(QString(), "h2", right);
    m_title->setWordWrap(true);
    rl->addWidget(m_title);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_checklistButton = new QPushButton(ui::Icons::icon(QStringLiteral("clipboard-list")), tr("Case checklist"), right);
    m_checklistButton->setCheckable(true);
    m_checklistButton->setToolTip(tr("Tick the first-response steps for this case and export them as a note"));
    m_printButton = new QPushButton(ui::Icons::icon(QStringLiteral("printer")), tr("Print card (PDF)…"), right);
    m_printButton->setToolTip(tr("A one-page card of this pattern to print or hand over (Ctrl+P)"));
    m_checkIndicatorButton = new QPushButton(ui::Icons::icon(QStringLiteral("scan-search")), tr("Check an indicator…"), right);
    m_checkIndicatorButton->setToolTip(tr("Open the indicator checker: paste an address, web address or message the victim was sent (Ctrl+Shift+K)"));
    bar->addWidget(m_checklistButton);
    bar->addWidget(m_checkIndicatorButton);
    bar->addWidget(m_printButton);
    bar->addStretch();
    rl->addLayout(bar);
    m_status = ui::mutedLabel(QString(), right);
    m_status->setWordWrap(true);
    m_status->hide();
    rl->addWidget(m_status);

    m_view = new QTextBrowser(right);
    m_view->setObjectName(QStringLiteral("referenceEntry"));
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Scam pattern"));
    rl->addWidget(m_view, 3);

    m_checklist = ui::card(right);
    auto *cl = new QVBoxLayout(m_checklist);
    cl->setContentsMargins(20, 16, 20, 16);
    cl->setSpacing(8);
    cl->addWidget(ui::heading(tr("First response for this case"), "h2", m_checklist));
    auto *stepsHost = new QWidget(m_checklist);
    m_stepsLayout = new QVBoxLayout(stepsHost);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(6);
    auto *stepsScroll = new QScrollArea(m_checklist);
    stepsScroll->setWidgetResizable(true);
    stepsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stepsScroll->setWidget(stepsHost);
    stepsScroll->setMinimumHeight(120);
    cl->addWidget(stepsScroll, 1);
    m_note = new QPlainTextEdit(m_checklist);
    m_note->setPlaceholderText(tr("Case notes: reference number, what the victim was told, addresses, amounts, times (UTC)"));
    m_note->setAccessibleName(tr("Case notes"));
    m_note->setMaximumHeight(96);
    cl->addWidget(m_note);
    auto *exportRow = new QHBoxLayout;
    m_exportButton = new QPushButton(ui::Icons::icon(QStringLiteral("file-down")), tr("Export note…"), m_checklist);
    m_exportButton->setToolTip(tr("Save the ticked steps and your notes as a text file (Ctrl+E)"));
    m_indicatorsLabel = ui::mutedLabel(QString(), m_checklist);
    m_indicatorsLabel->setObjectName(QStringLiteral("checklistIndicators"));
    m_indicatorsLabel->hide();
    cl->addWidget(m_indicatorsLabel);
    m_checklistCheckIndicator = new QPushButton(ui::Icons::icon(QStringLiteral("scan-search")), tr("Check an indicator…"), m_checklist);
    m_checklistCheckIndicator->setToolTip(tr("Check the addresses, web addresses or messages the victim was given; what the checker finds is added to this note"));
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_checklistCheckIndicator);
    exportRow->addStretch();
    cl->addLayout(exportRow);
    m_checklist->hide();
    rl->addWidget(m_checklist, 2);
    root->addWidget(right, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ReferencePage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            showEntry(m_results->item(0)->data(Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showEntry(item->data(Qt::UserRole).toString());
    });
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("entry"))
            showEntry(url.path());
        else if (url.scheme() == QLatin1String("module"))
            emit moduleRequested(url.path());
    });
    connect(m_checklistButton, &QPushButton::toggled, this, &ReferencePage::setChecklistMode);
    connect(m_checkIndicatorButton, &QPushButton::clicked, this, &ReferencePage::indicatorCheckRequested);
    connect(m_checklistCheckIndicator, &QPushButton::clicked, this, &ReferencePage::indicatorCheckRequested);
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        const Pattern *p = m_library ? m_library->find(m_current) : nullptr;
        if (!p)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the card"), QDir::home().filePath(p->id + QStringLiteral(".pdf")),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty())
            printCard(path, &error) ? showStatus(tr("Card saved: %1").arg(path), false)
                                    : showStatus(tr("The card could not be saved: %1").arg(error), true);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStringLiteral("checklist-%1-%2.txt").arg(m_current, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the case note"), QDir::home().filePath(suggested),
                                                          tr("Text files (*.txt)"));
        QString error;
        if (!path.isEmpty())
            exportChecklist(path, &error) ? showStatus(tr("Note saved: %1").arg(path), false)
                                          : showStatus(tr("The note could not be saved: %1").arg(error), true);
    });
    auto *print = new QShortcut(QKeySequence::Print, this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, m_printButton, &QPushButton::click);
    auto *exportNote = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportNote->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportNote, &QShortcut::activated, this, [this] {
        if (checklistMode())
            m_exportButton->click();
    });
    m_checklistButton->setEnabled(false);
    m_printButton->setEnabled(false);
}

bool ReferencePage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks into the results, as in a launcher.
    if (event->type() == QEvent::MouseButtonRelease && watched->property("stepBox").isValid()) {
        if (auto *box = qobject_cast<QCheckBox *>(watched->property("stepBox").value<QObject *>()))
            box->toggle();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_results->count() > 0) {
        m_results->setFocus();
        m_results->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReferencePage::setReference(const ReferenceLibrary *library, ReferenceIndex *index, const QString &language,
                                 const QMap<QString, QString> &moduleTitles)
{
    m_library = library;
    m_index = index;
    m_language = language == QLatin1String("zh-Hant") ? language : QStringLiteral("en");
    m_moduleTitles = moduleTitles;
    fillFilters();
    runSearch();
    if (m_results->count() > 0 && m_current.isEmpty())
        showEntry(m_results->item(0)->data(Qt::UserRole).toString());
}

void ReferencePage::setOfficer(const QString &displayName, const QString &serviceNumber)
{
    m_officerName = displayName;
    m_officerNumber = serviceNumber;
}

void ReferencePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ReferencePage::fillFilters()
{
    for (auto it = m_filters.begin(); it != m_filters.end(); ++it) {
        QComboBox *box = it.value();
        const QSignalBlocker block(box);
        const QString chosen = box->currentData().toString();
        while (box->count() > 1)
            box->removeItem(1);
        if (!m_library)
            continue;
        QList<QPair<QString, QString>> items;
        for (const QString &id : m_library->vocabulary.ids(it.key()))
            items << qMakePair(m_library->vocabulary.label(it.key(), id, m_language), id);
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (const auto &[label, id] : std::as_const(items))
            box->addItem(label, id);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
}

void ReferencePage::runSearch()
{
    m_results->clear();
    if (!m_index || !m_library) {
        m_count->setText(tr("The reference is not available on this workstation."));
        return;
    }
    ReferenceIndex::Filters f;
    f.category = m_filters.value(QStringLiteral("categories"))->currentData().toString();
    f.channel = m_filters.value(QStringLiteral("channels"))->currentData().toString();
    f.chain = m_filters.value(QStringLiteral("chains"))->currentData().toString();
    f.victimProfile = m_filters.value(QStringLiteral("victimProfiles"))->currentData().toString();
    const QString query = m_search->text().trimmed();
    QList<ReferenceIndex::Hit> hits = m_index->search(query, f, query.isEmpty() ? 200 : 30);
    if (query.isEmpty())
        std::sort(hits.begin(), hits.end(), [this](const ReferenceIndex::Hit &a, const ReferenceIndex::Hit &b) {
            const Pattern *pa = m_library->find(a.id);
            const Pattern *pb = m_library->find(b.id);
            return (pa ? pa->name.text(m_language) : a.id).localeAwareCompare(pb ? pb->name.text(m_language) : b.id) < 0;
        });
    bool anyFuzzy = false;
    for (const ReferenceIndex::Hit &h : std::as_const(hits)) {
        const Pattern *p = m_library->find(h.id);
        if (!p)
            continue;
        anyFuzzy = anyFuzzy || h.fuzzy;
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::AccessibleTextRole, p->name.text(m_language));
        auto *label = new QLabel(m_results);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setContentsMargins(10, 8, 10, 8);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        const QString title = p->name.text(m_language);
        const QString other = h.language != m_language ? QStringLiteral(" <span style='font-weight:400'>· %1</span>").arg(esc(h.title)) : QString();
        label->setText(QStringLiteral("<b>%1</b>%2<br><span>%3</span>")
                           .arg(esc(title), other, query.isEmpty() ? esc(p->summary.text(m_language)) : snippetHtml(h.snippet)));
        item->setSizeHint(QSize(0, label->heightForWidth(m_results->viewport()->width() - 8) + 4));
        m_results->setItemWidget(item, label);
    }
    const int n = m_results->count();
    if (query.isEmpty())
        m_count->setText(tr("%n pattern(s)", nullptr, n));
    else if (n == 0)
        m_count->setText(tr("Nothing matches \"%1\". Try fewer words, or clear the filters.").arg(query));
    else
        m_count->setText(anyFuzzy ? tr("%n match(es), allowing for a typo", nullptr, n) : tr("%n match(es), best first", nullptr, n));
}

QStringList ReferencePage::resultIds() const
{
    QStringList ids;
    for (int i = 0; i < m_results->count(); ++i)
        ids << m_results->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString ReferencePage::entryHtml(const Pattern &p) const
{
    const QString lang = m_language;
    const Vocabulary &v = m_library->vocabulary;
    auto labels = [&](const QString &group, const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << esc(v.label(group, id, lang));
        return out.join(QStringLiteral(" · "));
    };
    QString html;
    html += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(esc(p.summary.text(lang)));
    QStringList aliases = p.aliasesIn(QStringLiteral("en")) + p.aliasesIn(QStringLiteral("zh-Hant"));
    aliases.removeDuplicates();
    if (!aliases.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Also called:"), esc(aliases.join(QStringLiteral(", "))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const std::pair<QString, QString> facts[] = {
        {tr("Kind"), labels(QStringLiteral("categories"), {p.category})},
        {tr("Contact"), labels(QStringLiteral("channels"), p.channels)},
        {tr("Chains"), labels(QStringLiteral("chains"), p.chains) + (p.assets.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(p.assets.join(QStringLiteral(", ")))))},
        {tr("FATF red-flag groups"), labels(QStringLiteral("fatfGroups"), p.fatfGroups)}};
    for (const auto &[label, value] : facts)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("How it works")) + listHtml(p.howItWorks, lang, true);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Red flags"));
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What the victim sees")) + listHtml(p.redFlagsVictim, lang);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What is on the blockchain")) + listHtml(p.redFlagsOnChain, lang);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What an exchange sees")) + listHtml(p.redFlagsExchange, lang);
    html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(tr("Who is targeted"), esc(p.victimProfile.text(lang)), labels(QStringLiteral("victimProfiles"), p.victimProfiles));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("First response")) + listHtml(p.firstResponse, lang, true);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Evidence to preserve")) + listHtml(p.evidence, lang);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("How the money is usually laundered")) + listHtml(p.laundering, lang);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Advice for the public")) + listHtml(p.prevention, lang);
    if (!p.related.isEmpty()) {
        QStringList links;
        for (const QString &id : p.related)
            if (const Pattern *r = m_library->find(id))
                links << QStringLiteral("<a href='entry:%1'>%2</a>").arg(id, esc(r->name.text(lang)));
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Related patterns"), links.join(QStringLiteral(" · ")));
    }
    QStringList modules;
    for (const QString &id : p.modules)
        modules << QStringLiteral("<a href='module:%1'>%2</a>").arg(id, esc(m_moduleTitles.value(id, id)));
    if (!modules.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Taught in"), modules.join(QStringLiteral(" · ")));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Sources"));
    for (const Source &s : p.sources) {
        QString line = esc(s.publisher) + QStringLiteral(", <i>") + esc(s.title) + QStringLiteral("</i>");
        if (!s.published.isEmpty())
            line += QStringLiteral(" (") + esc(s.published) + QLatin1Char(')');
        if (!s.url.isEmpty())
            line += QStringLiteral("<br><span>") + esc(s.url) + QStringLiteral("</span>");
        html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol><p><i>%1</i></p>").arg(tr("Last reviewed %1").arg(QLocale().toString(p.lastReviewed, QLocale::LongFormat)));
    return html;
}

void ReferencePage::showEntry(const QString &id)
{
    const Pattern *p = m_library ? m_library->find(id) : nullptr;
    if (!p)
        return;
    const bool sameEntry = id == m_current;
    m_current = id;
    m_title->setText(p->name.text(m_language));
    m_view->setHtml(entryHtml(*p));
    m_checklistButton->setEnabled(true);
    m_printButton->setEnabled(true);
    m_status->hide();
    if (!sameEntry) {
        rebuildChecklist(*p);
        m_note->clear();
    }
    for (int i = 0; i < m_results->count(); ++i)
        if (m_results->item(i)->data(Qt::UserRole).toString() == id && m_results->currentRow() != i) {
            const QSignalBlocker block(m_results);
            m_results->setCurrentRow(i);
        }
}

void ReferencePage::rebuildChecklist(const Pattern &p)
{
    ui::clearLayout(m_stepsLayout);
    m_steps.clear();
    int n = 0;
    for (const LocalizedText &step : p.firstResponse) {
        // A box and a wrapping label beside it (a check box's own text never wraps); clicking the
        // words ticks the box too.
        auto *row = new QWidget;
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        rl->setSpacing(10);
        auto *box = new QCheckBox(row);
        box->setAccessibleName(step.text(m_language));
        box->setProperty("stepText", step.text(m_language));
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(++n).arg(step.text(m_language)), row);
        label->setWordWrap(true);
        label->setBuddy(box);
        label->installEventFilter(this);
        label->setProperty("stepBox", QVariant::fromValue<QObject *>(box));
        rl->addWidget(box, 0, Qt::AlignTop);
        rl->addWidget(label, 1);
        m_steps << box;
        m_stepsLayout->addWidget(row);
    }
    m_stepsLayout->addStretch();
}

void ReferencePage::setChecklistMode(bool on)
{
    if (m_checklistButton->isChecked() != on) {
        const QSignalBlocker block(m_checklistButton);
        m_checklistButton->setChecked(on);
    }
    m_checklist->setVisible(on);
    if (on && !m_steps.isEmpty())
        m_steps.first()->setFocus();
}

bool ReferencePage::checklistMode() const
{
    return m_checklist->isVisible() || m_checklistButton->isChecked();
}

QString ReferencePage::checklistNote() const
{
    const Pattern *p = m_library ? m_library->find(m_current) : nullptr;
    if (!p)
        return {};
    QStringList lines;
    lines << tr("Case checklist: %1").arg(p->name.text(m_language));
    lines << tr("Reference entry: %1 (last reviewed %2)").arg(p->id, p->lastReviewed.toString(Qt::ISODate));
    lines << tr("Written: %1 (UTC %2)")
                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_officerName.isEmpty())
        lines << tr("Officer: %1 (%2)").arg(m_officerName, m_officerNumber);
    lines << QString() << tr("First response:");
    int done = 0;
    for (const QCheckBox *box : m_steps) {
        lines << QStringLiteral("[%1] %2").arg(box->isChecked() ? QStringLiteral("x") : QStringLiteral(" "), box->property("stepText").toString());
        done += box->isChecked() ? 1 : 0;
    }
    lines << tr("%1 of %2 steps done.").arg(done).arg(m_steps.size());
    if (!m_checkedIndicators.isEmpty()) {
        lines << QString() << tr("Indicators checked (indicator checker):");
        for (const QString &line : m_checkedIndicators)
            lines << QStringLiteral("- ") + line;
    }
    const QString notes = m_note->toPlainText().trimmed();
    if (!notes.isEmpty())
        lines << QString() << tr("Notes:") << notes;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ReferencePage::setCheckedIndicators(const QStringList &lines)
{
    m_checkedIndicators = lines;
    m_indicatorsLabel->setText(tr("%n indicator(s) from the indicator checker will be added to the note.", nullptr, int(lines.size())));
    m_indicatorsLabel->setVisible(!lines.isEmpty());
}

bool ReferencePage::exportChecklist(const QString &path, QString *error)
{
    if (m_current.isEmpty()) {
        if (error)
            *error = tr("Open a pattern first.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(checklistNote().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString ReferencePage::cardHtml(const Pattern &p) const
{
    const QString lang = m_language;
    auto box = [](const QList<LocalizedText> &items, const QString &language, const QString &bullet) {
        QString html;
        for (const LocalizedText &t : items)
            html += QStringLiteral("<tr><td valign='top' width='18'>%1</td><td>%2</td></tr>").arg(bullet, esc(t.text(language)));
        return QStringLiteral("<table cellspacing='0' cellpadding='2'>") + html + QStringLiteral("</table>");
    };
    QString html = QStringLiteral("<h1 style='margin:0'>%1</h1>").arg(esc(p.name.text(lang)));
    QStringList aliases = p.aliasesIn(QStringLiteral("en")) + p.aliasesIn(QStringLiteral("zh-Hant"));
    aliases.removeDuplicates();
    html += QStringLiteral("<p style='color:#4b5563'>%1</p>").arg(esc(aliases.join(QStringLiteral(" · "))));
    html += QStringLiteral("<p>%1</p>").arg(esc(p.summary.text(lang)));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Red flags the victim sees")) + box(p.redFlagsVictim, lang, QStringLiteral("•"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("First response")) + box(p.firstResponse, lang, QStringLiteral("☐"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Evidence to preserve")) + box(p.evidence, lang, QStringLiteral("•"));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Advice for the public")) + box(p.prevention, lang, QStringLiteral("•"));
    QStringList sources;
    for (const Source &s : p.sources)
        sources << esc(s.publisher + QStringLiteral(": ") + s.title);
    html += QStringLiteral("<p style='color:#4b5563; font-size:small'>%1 %2<br>%3</p>")
                .arg(tr("Sources:"), sources.join(QStringLiteral("; ")),
                     tr("Crypto Crime Academy reference, entry %1, last reviewed %2.").arg(p.id, p.lastReviewed.toString(Qt::ISODate)));
    return html;
}

bool ReferencePage::printCard(const QString &path, QString *error)
{
    const Pattern *p = m_library ? m_library->find(m_current) : nullptr;
    if (!p) {
        if (error)
            *error = tr("Open a pattern first.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        writer.setTitle(p->name.text(m_language));
        writer.setCreator(QStringLiteral("Crypto Crime Academy"));
        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QSizeF area(page.width(), page.height());
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer); // lay out in the PDF's own resolution
        doc.setDocumentMargin(0);
        doc.setHtml(cardHtml(*p));
        // One page: the largest type (from 11 pt down to 6) that fits.
        for (int pt = 11; pt >= 6; --pt) {
            QFont font = doc.defaultFont();
            font.setPointSize(pt);
            doc.setDefaultFont(font);
            doc.setTextWidth(area.width());
            if (doc.size().height() <= area.height())
                break;
        }
        doc.drawContents(&painter, QRectF(QPointF(0, 0), area));
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ReferencePage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("muted"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->show();
}

} // namespace cca::reference
