#pragma once

// Builds a throw-away module around a question file so tests go through the real loader.
#include "content/packageloader.h"
#include "support/testutil.h"

#include <QTemporaryDir>

namespace cca::test {

struct QuestionFixture
{
    QTemporaryDir dir;
    content::ModulePackage module;

    // questionsJson: the whole question file. assessmentExtra: extra fields for the assessment
    // object (e.g. "\"mode\": \"practice\","), inserted as written.
    QuestionFixture(const QByteArray &questionsJson, const QByteArray &assessmentExtra = {})
    {
        const QString root = dir.filePath(QStringLiteral("m"));
        writeFile(root + QStringLiteral("/lessons/a.md"), "# A\n");
        writeFile(root + QStringLiteral("/media/screen.svg"),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><rect width=\"400\" height=\"200\" fill=\"#eee\"/></svg>");
        writeFile(root + QStringLiteral("/q.json"), questionsJson);
        writeFile(root + QStringLiteral("/module.json"),
                  "{\"format\": 1, \"id\": \"fixture\", \"version\": \"1.0.0\", \"title\": \"Fixture\", \"summary\": \"s\","
                  " \"objectives\": [\"o\"], \"level\": \"introductory\", \"topic\": \"fundamentals\", \"minutes\": 5,"
                  " \"lessons\": [{\"id\": \"a\", \"title\": \"A\", \"minutes\": 1, \"file\": \"lessons/a.md\"}],"
                  " \"assessments\": [{\"id\": \"quiz\", \"title\": \"Quiz\", " + assessmentExtra
                      + " \"pass_mark\": 50, \"questions\": \"q.json\"}]}");
        module = content::PackageLoader::load(root, QStringLiteral("m"));
    }
    QStringList errors() const
    {
        QStringList out;
        for (const Diagnostic &d : module.errors)
            out << d.toString();
        return out;
    }
    const content::Assessment &assessment() const { return module.assessments.first(); }
    const content::Question &question(const QString &id) const { return *assessment().question(id); }
};

} // namespace cca::test
