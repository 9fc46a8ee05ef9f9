#include "trainer/widgets/questionimportpage.h"

#include "questionimport/questionimport.h"
#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/uihelpers.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cca::trainer {

QuestionImportPage::QuestionImportPage(QWidget *parent) : QWidget(parent)
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(32, 24, 32, 24);
    root->setSpacing(14);
    root->addWidget(ui::heading(tr("Import questions"), "h1", this));
    m_locked = ui::mutedLabel(tr("Only trainers and administrators can import questions."), this);
    root->addWidget(m_locked);

    m_body = new QWidget(this);
    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->setSpacing(14);
    bl->addWidget(ui::mutedLabel(tr("Bring a question bank written for Moodle or another tool: GIFT, Moodle XML or Aiken. "
                                    "Every question that can be taken over is converted to this app's format; anything that "
                                    "cannot is listed with its line, never dropped silently."),
                                 m_body));
    QFrame *source = ui::card(m_body);
    auto *sl = new QHBoxLayout(source);
    sl->setContentsMargins(20, 14, 20, 14);
    m_file = new QLineEdit(source);
    m_file->setPlaceholderText(tr("Question bank file"));
    m_file->setAccessibleName(tr("Question bank file"));
    auto *browse = new QPushButton(ui::Icons::icon(QStringLiteral("search")), tr("Choose file…"), source);
    m_format = new QComboBox(source);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("GIFT"), QStringLiteral("gift"));
    m_format->addItem(tr("Moodle XML"), QStringLiteral("moodle-xml"));
    m_format->addItem(tr("Aiken"), QStringLiteral("aiken"));
    m_import = ui::primaryButton(tr("Import"), source);
    m_import->setObjectName(QStringLiteral("runImport"));
    sl->addWidget(m_file, 1);
    sl->addWidget(browse);
    sl->addWidget(m_format);
    sl->addWidget(m_import);
    bl->addWidget(source);

    m_summary = ui::heading(QString(), "h2", m_body);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    bl->addWidget(m_summary);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(ui::mutedLabel(tr("Imported questions"), m_body));
    m_questions = new QListWidget(m_body);
    m_questions->setAccessibleName(tr("Imported questions"));
    m_questions->setWordWrap(true);
    left->addWidget(m_questions);
    auto *right = new QVBoxLayout;
    right->addWidget(ui::mutedLabel(tr("Problems, by line"), m_body));
    m_problems = new QListWidget(m_body);
    m_problems->setAccessibleName(tr("Problems, by line"));
    m_problems->setWordWrap(true);
    right->addWidget(m_problems);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);
    bl->addLayout(lists, 1);
    auto *saveRow = new QHBoxLayout;
    m_status = ui::mutedLabel(QString(), m_body);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_save = ui::primaryButton(tr("Save as question file…"), m_body);
    m_save->setObjectName(QStringLiteral("saveImport"));
    m_save->setEnabled(false);
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save);
    bl->addLayout(saveRow);
    root->addWidget(m_body, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a question bank"), QString(),
                                                          tr("Question banks (*.txt *.gift *.xml);;All files (*)"));
        if (!path.isEmpty())
            setSourceFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, &QuestionImportPage::runImport);
    connect(m_file, &QLineEdit::returnPressed, this, &QuestionImportPage::runImport);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for questions.json (e.g. the module's assessments folder)"));
        if (!dir.isEmpty())
            saveTo(dir);
    });
    setRole(QString());
}

void QuestionImportPage::setRole(const QString &role)
{
    m_allowed = role == QLatin1String("trainer") || role == QLatin1String("admin");
    m_body->setVisible(m_allowed);
    m_locked->setVisible(!m_allowed);
}

void QuestionImportPage::setSourceFile(const QString &path)
{
    m_file->setText(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xml"))
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("moodle-xml")));
    else if (suffix == QLatin1String("gift"))
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("gift")));
}

bool QuestionImportPage::runImport()
{
    if (!m_allowed)
        return false;
    m_result = questionimport::importFile(m_file->text().trimmed(), m_format->currentData().toString());
    showResult();
    return !m_result.questions.isEmpty();
}

void QuestionImportPage::showResult()
{
    m_questions->clear();
    m_problems->clear();
    for (const content::Question &q : std::as_const(m_result.questions)) {
        const QString name = q.name.isEmpty() ? q.id : q.name.english();
        auto *item = new QListWidgetItem(QStringLiteral("%1  ·  %2\n%3").arg(name, q.type, q.text.english().section(QLatin1Char('\n'), 0, 0)),
                                         m_questions);
        item->setToolTip(q.text.english());
    }
    const QString file = QFileInfo(m_file->text()).fileName();
    for (const questionimport::ImportProblem &p : std::as_const(m_result.problems)) {
        auto *item = new QListWidgetItem(p.toString(file), m_problems);
        item->setIcon(ui::Icons::icon(p.fatal ? QStringLiteral("x") : QStringLiteral("triangle-alert"),
                                      p.fatal ? ui::Theme::danger() : ui::Theme::warning()));
    }
    m_summary->setText(tr("%n question(s) imported", nullptr, int(m_result.questions.size())) + QStringLiteral(" · ")
                       + tr("%n could not be imported", nullptr, m_result.fatalCount()) + QStringLiteral(" · ")
                       + tr("%n warning(s)", nullptr, m_result.warningCount()));
    m_save->setEnabled(!m_result.questions.isEmpty());
    m_status->clear();
}

bool QuestionImportPage::saveTo(const QString &directory)
{
    if (!m_allowed || m_result.questions.isEmpty())
        return false;
    QString error;
    if (!questionimport::writeQuestionFile(directory, m_result, &error)) {
        m_status->setText(tr("Could not save: %1").arg(error));
        m_status->setProperty("role", QStringLiteral("error"));
        return false;
    }
    m_status->setProperty("role", QStringLiteral("muted"));
    m_status->setText(tr("Saved %1. Refer to it from an assessment's \"questions\" field in module.json, then run "
                         "ccacademy-cli validate.")
                          .arg(QDir(directory).filePath(QStringLiteral("questions.json"))));
    return true;
}

} // namespace cca::trainer
