#pragma once

#include "questionimport/questionimport.h"
#include "support/testutil.h"

#include <QFile>

#include <algorithm>

namespace cca::test {

// tests/questionimport/data/<relative>
inline QString importData(const QString &relative)
{
    return dataPath(QStringLiteral("questionimport/data/") + relative);
}

inline QByteArray readImportData(const QString &relative)
{
    QFile file(importData(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline questionimport::ImportResult importDataFile(const QString &relative, const QString &format)
{
    return questionimport::importFile(importData(relative), format);
}

inline const content::Question *findQuestion(const questionimport::ImportResult &result, const QString &id)
{
    const auto it = std::find_if(result.questions.cbegin(), result.questions.cend(),
                                 [&](const content::Question &q) { return q.id == id; });
    return it == result.questions.cend() ? nullptr : &*it;
}

// The problem at line whose message contains text (nullptr when none).
inline const questionimport::ImportProblem *findProblem(const questionimport::ImportResult &result, int line, const QString &text)
{
    for (const auto &p : result.problems)
        if (p.line == line && p.message.contains(text))
            return &p;
    return nullptr;
}

inline bool hasWarning(const questionimport::ImportResult &result, const QString &questionName, const QString &text)
{
    return std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const questionimport::ImportProblem &p) {
        return !p.fatal && p.questionName == questionName && p.message.contains(text);
    });
}

inline std::string problemsText(const questionimport::ImportResult &result)
{
    QString all;
    for (const auto &p : result.problems)
        all += p.toString(QStringLiteral("input")) + QLatin1Char('\n');
    return all.toStdString();
}

} // namespace cca::test
