#include "questionimport/resultbuilder.h"

#include "questionimport/questionchecker.h"

#include <QRegularExpression>

namespace cca::questionimport {

namespace {

// "$course$/top/Crypto//Blockchain/Wallets" -> {"Crypto/Blockchain", "Wallets"}
QStringList categoryParts(const QString &path)
{
    QStringList parts{QString()};
    const QString p = path.trimmed();
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] != QLatin1Char('/')) {
            parts.last() += p[i];
        } else if (i + 1 < p.size() && p[i + 1] == QLatin1Char('/')) {
            parts.last() += QLatin1Char('/');
            ++i;
        } else {
            parts << QString();
        }
    }
    static const QRegularExpression context(QStringLiteral("^\\$[a-z0-9_]+\\$$"));
    QStringList out;
    for (const QString &part : std::as_const(parts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !(out.isEmpty() && context.match(t).hasMatch()))
            out << t;
    }
    if (!out.isEmpty() && out.first() == QLatin1String("top"))
        out.removeFirst();
    return out;
}

} // namespace

void ResultBuilder::setCategory(const QString &path)
{
    const QStringList parts = categoryParts(path);
    if (parts.isEmpty()) {
        m_category.clear();
        return;
    }
    const QString key = parts.join(QChar(0x1F));
    auto it = m_categoryByPath.constFind(key);
    if (it == m_categoryByPath.cend()) {
        const QString id = m_categoryIds.make(parts.last(), QStringLiteral("category-%1").arg(m_categoryByPath.size() + 1));
        m_result.categories << content::QuestionCategory{id, LocalizedText(parts.last())};
        it = m_categoryByPath.insert(key, id);
    }
    m_category = *it;
}

void ResultBuilder::begin(int line, const QString &name)
{
    ++m_questionNumber;
    m_line = line;
    m_name = name;
    m_failed = false;
}

void ResultBuilder::setName(const QString &name)
{
    m_name = name;
}

void ResultBuilder::warning(const QString &message, int line)
{
    m_result.problems << ImportProblem{line > 0 ? line : m_line, m_name, message, false};
}

void ResultBuilder::error(const QString &message, int line)
{
    m_result.problems << ImportProblem{line > 0 ? line : m_line, m_name, message, true};
    m_failed = true;
}

void ResultBuilder::finish(content::Question question)
{
    if (m_failed)
        return;
    const QuestionChecker::Findings findings = QuestionChecker::check(question);
    for (const QString &w : findings.warnings)
        warning(w);
    for (const QString &e : findings.errors)
        error(e);
    if (m_failed)
        return;
    question.id = m_questionIds.make(question.name.english(), QStringLiteral("q-%1").arg(m_questionNumber));
    question.category = m_category;
    if (!m_category.isEmpty())
        m_usedCategories.insert(m_category);
    m_result.questions << question;
}

void ResultBuilder::fileError(int line, const QString &message)
{
    m_result.problems << ImportProblem{line, QString(), message, true};
}

void ResultBuilder::fileWarning(int line, const QString &message)
{
    m_result.problems << ImportProblem{line, QString(), message, false};
}

ImportResult ResultBuilder::take()
{
    ImportResult result = std::move(m_result);
    result.categories.removeIf([this](const content::QuestionCategory &c) { return !m_usedCategories.contains(c.id); });
    m_result = ImportResult();
    return result;
}

} // namespace cca::questionimport
