#include "trainer/widgets/cohortspage.h"

#include "core/clock.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cca::trainer {

CohortsPage::CohortsPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(14);
    root->addWidget(ui::heading(tr("Cohorts and assignments"), "h1", this));
    m_locked = ui::mutedLabel(tr("Only trainers and administrators can manage cohorts."), this);
    root->addWidget(m_locked);
    m_body = new QWidget(this);
    auto *body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(20);

    QFrame *left = ui::card(m_body);
    left->setFixedWidth(300);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(16, 16, 16, 16);
    ll->addWidget(ui::heading(tr("Cohorts"), "h2", left));
    m_cohorts = new QListWidget(left);
    m_cohorts->setAccessibleName(tr("Cohorts"));
    ll->addWidget(m_cohorts, 1);
    m_newName = new QLineEdit(left);
    m_newName->setPlaceholderText(tr("New cohort, e.g. Intake 2026-11"));
    m_newName->setAccessibleName(tr("Name of a new cohort"));
    auto *create = new QPushButton(ui::Icons::icon(QStringLiteral("users")), tr("Create cohort"), left);
    ll->addWidget(m_newName);
    ll->addWidget(create);
    body->addWidget(left);

    QFrame *right = ui::card(m_body);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(20, 16, 20, 16);
    rl->setSpacing(10);
    rl->addWidget(ui::heading(tr("Members"), "h2", right));
    m_members = new QListWidget(right);
    m_members->setAccessibleName(tr("Members: tick the officers in this cohort"));
    rl->addWidget(m_members, 1);
    auto *saveMembersButton = new QPushButton(tr("Save members"), right);
    rl->addWidget(saveMembersButton, 0, Qt::AlignLeft);
    rl->addWidget(ui::heading(tr("Assigned modules"), "h2", right));
    auto *assignRow = new QHBoxLayout;
    m_module = new QComboBox(right);
    m_module->setAccessibleName(tr("Module to assign"));
    m_due = new QDateEdit(right);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    auto *assignButton = ui::primaryButton(tr("Assign"), right);
    assignRow->addWidget(m_module, 1);
    assignRow->addWidget(ui::mutedLabel(tr("due"), right));
    assignRow->addWidget(m_due);
    assignRow->addWidget(assignButton);
    rl->addLayout(assignRow);
    m_assignments = new QListWidget(right);
    m_assignments->setAccessibleName(tr("Assigned modules"));
    rl->addWidget(m_assignments, 1);
    m_status = ui::mutedLabel(QString(), right);
    rl->addWidget(m_status);
    body->addWidget(right, 1);
    root->addWidget(m_body, 1);

    connect(create, &QPushButton::clicked, this, [this] { createCohort(m_newName->text()); });
    connect(m_newName, &QLineEdit::returnPressed, this, [this] { createCohort(m_newName->text()); });
    connect(m_cohorts, &QListWidget::currentRowChanged, this, &CohortsPage::refreshCohort);
    connect(saveMembersButton, &QPushButton::clicked, this, &CohortsPage::saveMembers);
    connect(assignButton, &QPushButton::clicked, this, [this] { assign(m_module->currentData().toString(), m_due->date()); });
}

void CohortsPage::setData(progress::ProgressStore *store, const QList<content::ModulePackage> &modules, const QString &language,
                          const QString &role, const QString &trainerId)
{
    m_store = store;
    m_modules = modules;
    m_language = language;
    m_trainerId = trainerId;
    m_allowed = role == QLatin1String("trainer") || role == QLatin1String("admin");
    m_body->setVisible(m_allowed);
    m_locked->setVisible(!m_allowed);
    m_module->clear();
    for (const content::ModulePackage &m : modules)
        if (m.isValid())
            m_module->addItem(m.title.text(language), m.id);
    m_due->setDate(Clock::nowUtc().toLocalTime().date().addDays(14));
    if (m_allowed)
        refreshCohorts();
}

QString CohortsPage::selectedCohort() const
{
    const QListWidgetItem *item = m_cohorts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CohortsPage::refreshCohorts()
{
    const QString keep = selectedCohort();
    const QSignalBlocker block(m_cohorts);
    m_cohorts->clear();
    for (const progress::Cohort &c : m_store->cohorts()) {
        auto *item = new QListWidgetItem(ui::Icons::icon(QStringLiteral("users")), c.name, m_cohorts);
        item->setData(Qt::UserRole, c.id);
        if (c.id == keep)
            m_cohorts->setCurrentItem(item);
    }
    if (!m_cohorts->currentItem() && m_cohorts->count() > 0)
        m_cohorts->setCurrentRow(0);
    refreshCohort();
}

void CohortsPage::selectCohort(const QString &cohortId)
{
    for (int i = 0; i < m_cohorts->count(); ++i)
        if (m_cohorts->item(i)->data(Qt::UserRole).toString() == cohortId)
            m_cohorts->setCurrentRow(i);
}

void CohortsPage::refreshCohort()
{
    m_members->clear();
    m_assignments->clear();
    const QString cohort = selectedCohort();
    if (cohort.isEmpty() || !m_store) {
        m_status->setText(tr("Create a cohort, tick its members, then assign modules with a due date."));
        return;
    }
    const QStringList members = m_store->cohortMembers(cohort);
    for (const progress::Officer &o : m_store->officers()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2").arg(o.displayName, o.serviceNumber), m_members);
        item->setData(Qt::UserRole, o.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(members.contains(o.id) ? Qt::Checked : Qt::Unchecked);
    }
    const QDate today = Clock::nowUtc().toLocalTime().date();
    for (const progress::Assignment &a : m_store->assignments()) {
        if (a.cohortId != cohort)
            continue;
        int done = 0;
        for (const QString &officer : members)
            done += m_store->moduleProgress(officer, a.moduleId).completed ? 1 : 0;
        QString title = a.moduleId;
        for (const content::ModulePackage &m : std::as_const(m_modules))
            if (m.id == a.moduleId)
                title = m.title.text(m_language);
        const int overdue = a.due < today ? int(members.size()) - done : 0;
        QString line = tr("%1  ·  due %2  ·  %3 of %4 completed").arg(title, QLocale().toString(a.due, QLocale::ShortFormat)).arg(done).arg(members.size());
        if (overdue > 0)
            line += QStringLiteral("  ·  ") + tr("%n overdue", nullptr, overdue);
        auto *item = new QListWidgetItem(line, m_assignments);
        if (overdue > 0)
            item->setIcon(ui::Icons::icon(QStringLiteral("triangle-alert"), ui::Theme::danger()));
    }
}

bool CohortsPage::createCohort(const QString &name)
{
    if (!m_allowed || !m_store)
        return false;
    progress::Cohort cohort;
    cohort.name = name;
    QString error;
    if (!m_store->addCohort(cohort, &error)) {
        m_status->setText(error);
        return false;
    }
    m_newName->clear();
    refreshCohorts();
    selectCohort(cohort.id);
    m_status->setText(tr("Cohort %1 created. Tick its members and save.").arg(cohort.name.trimmed()));
    return true;
}

bool CohortsPage::saveMembers()
{
    const QString cohort = selectedCohort();
    if (!m_allowed || cohort.isEmpty())
        return false;
    QStringList ids;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            ids << m_members->item(i)->data(Qt::UserRole).toString();
    QString error;
    if (!m_store->setCohortMembers(cohort, ids, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("%n member(s) saved.", nullptr, int(ids.size())));
    refreshCohort();
    return true;
}

bool CohortsPage::assign(const QString &moduleId, const QDate &due)
{
    const QString cohort = selectedCohort();
    if (!m_allowed || cohort.isEmpty() || moduleId.isEmpty())
        return false;
    progress::Assignment a;
    a.moduleId = moduleId;
    a.cohortId = cohort;
    a.due = due;
    a.assignedBy = m_trainerId;
    QString error;
    if (!m_store->addAssignment(a, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Assigned. Members see it on their Home page."));
    refreshCohort();
    return true;
}

} // namespace cca::trainer
