#pragma once

#include "questionimport/idmaker.h"
#include "questionimport/importresult.h"

#include <QHash>
#include <QSet>

namespace cca::questionimport {

// Collects what an importer reads: gives questions and categories their ids, checks each question
// against the native format and keeps the problems in order. One builder per imported file.
class ResultBuilder
{
public:
    // Questions that follow belong to the category with this path: "a/b/c" or Moodle's "$course$/top/a"
    // ("//" is a slash inside a name). The last part names the category; "top" alone means none.
    void setCategory(const QString &path);

    // Starts a question at line. Problems reported until finish() belong to it; name may be empty.
    void begin(int line, const QString &name);
    void setName(const QString &name); // once the title is known
    void warning(const QString &message, int line = 0); // line 0: where the question starts
    void error(const QString &message, int line = 0);   // fatal: the question will not be imported
    bool failed() const { return m_failed; }
    int questionNumber() const { return m_questionNumber; } // 1-based, counting every question begun
    // Gives the question its id ("title-slug" or "q-<n>") and category and keeps it, unless an error
    // was reported or the native format would reject it.
    void finish(content::Question question);

    void fileError(int line, const QString &message); // a problem outside any question
    void fileWarning(int line, const QString &message);

    ImportResult take(); // the categories used, the questions kept, the problems in the order found

private:
    ImportResult m_result;
    IdMaker m_questionIds;
    IdMaker m_categoryIds;
    QHash<QString, QString> m_categoryByPath; // normalised path -> id
    QSet<QString> m_usedCategories;
    QString m_category;
    int m_questionNumber = 0;
    int m_line = 0;
    QString m_name;
    bool m_failed = false;
};

} // namespace cca::questionimport
