// Import -> questionFileJson -> module folder -> PackageLoader: whatever is imported loads without errors.
#include "importtestutil.h"

#include "content/packageloader.h"
#include "content/questionjson.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cca;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// A copy of the minimal valid module whose assessment uses the imported questions.
content::ModulePackage loadAsModule(const questionimport::ImportResult &result, const QString &dir)
{
    EXPECT_TRUE(copyTree(test::dataPath(QStringLiteral("content/valid/minimal")), dir));
    const QJsonObject file = content::questionFileJson(result.categories, result.questions);
    test::writeFile(dir + QStringLiteral("/assessments/check.json"), QJsonDocument(file).toJson(QJsonDocument::Indented));
    return content::PackageLoader::load(dir);
}

struct Case
{
    const char *file;
    const char *format;
    int questions; // expected imported
};

} // namespace

TEST(ImportRoundTrip, EveryImportedQuestionLoadsWithoutErrors)
{
    const Case cases[] = {
        {"gift/all-types.gift", "gift", 14},        {"gift/escapes.gift", "gift", 2},
        {"gift/categories.gift", "gift", 4},        {"gift/formats.gift", "gift", 4},
        {"gift/weights.gift", "gift", 3},           {"gift/missing-word.gift", "gift", 5},
        {"gift/numeric.gift", "gift", 5},           {"moodle/all-types.xml", "moodle-xml", 11},
        {"moodle/cloze.xml", "moodle-xml", 1},      {"moodle/formats-and-entities.xml", "moodle-xml", 3},
        {"aiken/basic.txt", "aiken", 3},            {"malformed/unclosed-brace.gift", "gift", 2},
        {"malformed/unknown-type.xml", "moodle-xml", 1}, {"malformed/not-well-formed.xml", "moodle-xml", 1},
        {"malformed/missing-answer.aiken", "aiken", 1},
    };
    for (const Case &c : cases) {
        const QString name = QString::fromUtf8(c.file);
        const auto result = test::importDataFile(name, QString::fromUtf8(c.format));
        ASSERT_EQ(result.questions.size(), c.questions) << c.file << "\n" << test::problemsText(result);
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const content::ModulePackage package = loadAsModule(result, dir.path());
        for (const Diagnostic &d : package.errors)
            ADD_FAILURE() << c.file << ": " << d.toString().toStdString();
        ASSERT_EQ(package.assessments.size(), 1) << c.file;
        const content::Assessment &assessment = package.assessments.first();
        ASSERT_EQ(assessment.questions.size(), result.questions.size()) << c.file;
        EXPECT_EQ(assessment.categories.size(), result.categories.size()) << c.file;
        for (qsizetype i = 0; i < result.questions.size(); ++i) {
            const content::Question &imported = result.questions[i];
            const content::Question &loaded = assessment.questions[i];
            EXPECT_EQ(loaded.id, imported.id) << c.file;
            EXPECT_EQ(loaded.type, imported.type) << c.file;
            EXPECT_EQ(loaded.text.english(), imported.text.english()) << c.file;
            EXPECT_EQ(loaded.category, imported.category) << c.file;
            EXPECT_EQ(loaded.explicitFractions, imported.explicitFractions) << c.file << " " << imported.id.toStdString();
            EXPECT_EQ(loaded.options.size(), imported.options.size()) << c.file;
            for (qsizetype o = 0; o < qMin(loaded.options.size(), imported.options.size()); ++o) {
                EXPECT_EQ(loaded.options[o].correct, imported.options[o].correct) << c.file << " " << imported.id.toStdString();
                EXPECT_NEAR(loaded.options[o].fraction, imported.options[o].fraction, 1e-9) << c.file << " " << imported.id.toStdString();
            }
            EXPECT_EQ(loaded.gaps.size(), imported.gaps.size()) << c.file;
            EXPECT_EQ(loaded.numbers.size(), imported.numbers.size()) << c.file;
            EXPECT_EQ(loaded.answers.size(), imported.answers.size()) << c.file;
            EXPECT_EQ(loaded.pairs.size(), imported.pairs.size()) << c.file;
        }
    }
}

TEST(ImportRoundTrip, WriteQuestionFileReplacesTheFileWhole)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("new/bank"));
    const auto result = test::importDataFile(QStringLiteral("gift/all-types.gift"), QStringLiteral("gift"));
    QString error;
    ASSERT_TRUE(questionimport::writeQuestionFile(out, result, &error)) << error.toStdString();
    QFile file(out + QStringLiteral("/questions.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    EXPECT_EQ(doc.object().value(QStringLiteral("questions")).toArray().size(), 14);
    EXPECT_EQ(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("questions.json")});
}
