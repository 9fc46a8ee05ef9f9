#include "reference/pattern.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cca::reference;

namespace {

QString mini()
{
    return cca::test::dataPath(QStringLiteral("reference/data/mini"));
}

// A copy of the mini reference to break.
QString copyOfMini(QTemporaryDir &dir)
{
    QDir().mkpath(dir.filePath(QStringLiteral("patterns")));
    QFile::copy(QDir(mini()).filePath(QStringLiteral("vocabulary.json")), dir.filePath(QStringLiteral("vocabulary.json")));
    for (const QString &name : QDir(mini() + QStringLiteral("/patterns")).entryList({QStringLiteral("*.json")}))
        QFile::copy(mini() + QStringLiteral("/patterns/") + name, dir.filePath(QStringLiteral("patterns/") + name));
    return dir.path();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

TEST(ReferenceLibrary, LoadsEntriesVocabularyAndBothLanguages)
{
    const ReferenceLibrary lib = ReferenceLibrary::load(mini());
    for (const cca::Diagnostic &d : lib.errors)
        ADD_FAILURE() << d.toString().toStdString();
    ASSERT_TRUE(lib.isValid());
    ASSERT_EQ(lib.patterns.size(), 3);
    const Pattern *pig = lib.find(QStringLiteral("pig-butchering"));
    ASSERT_TRUE(pig);
    EXPECT_EQ(pig->name.text(QStringLiteral("zh-Hant")), QString::fromUtf8("殺豬盤投資騙局"));
    EXPECT_TRUE(pig->aliasesIn(QStringLiteral("zh-Hant")).contains(QString::fromUtf8("殺豬盤")));
    EXPECT_EQ(pig->firstResponse.size(), 3);
    EXPECT_EQ(pig->channels, (QStringList{QStringLiteral("messaging-apps"), QStringLiteral("dating-apps")}));
    EXPECT_EQ(pig->lastReviewed, QDate(2026, 11, 26));
    EXPECT_EQ(lib.vocabulary.label(QStringLiteral("chains"), QStringLiteral("tron"), QStringLiteral("en")), QStringLiteral("TRON"));
    EXPECT_EQ(lib.fingerprint.size(), 64);
}

TEST(ReferenceLibrary, ProblemsNameTheFileLineAndField)
{
    QTemporaryDir dir;
    const QString folder = copyOfMini(dir);
    const QString pig = dir.filePath(QStringLiteral("patterns/pig-butchering.json"));
    QByteArray text = read(pig);
    text.replace("\"zh-Hant\": \"友善的陌生人", "\"zh-Hans\": \"友善的陌生人"); // the summary loses its Hong Kong text
    text.replace("\"tron\",", "\"tronn\",");                                   // an unknown chain
    text.replace("\"romance-scam\"", "\"no-such-entry\"");                      // a related entry that does not exist
    cca::test::writeFile(pig, text);
    const ReferenceLibrary lib = ReferenceLibrary::load(folder);
    EXPECT_FALSE(lib.isValid());
    QStringList messages;
    for (const cca::Diagnostic &d : lib.errors)
        messages << d.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("pig-butchering.json:"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'summary' has no \"zh-Hant\" text"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("'tronn' is not in vocabulary.json \"chains\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("related entry 'no-such-entry' does not exist"))) << all.toStdString();
    for (const cca::Diagnostic &d : lib.errors)
        if (d.message.contains(QStringLiteral("tronn")))
            EXPECT_GT(d.line, 1) << "the line of the bad value";
}

TEST(ReferenceLibrary, AFileNamedDifferentlyFromItsIdOrBrokenJsonIsReported)
{
    QTemporaryDir dir;
    const QString folder = copyOfMini(dir);
    QFile::rename(dir.filePath(QStringLiteral("patterns/romance-scam.json")), dir.filePath(QStringLiteral("patterns/romance.json")));
    cca::test::writeFile(dir.filePath(QStringLiteral("patterns/broken.json")), "{\n  \"id\": \"broken\",\n  \"name\": \n}\n");
    const ReferenceLibrary lib = ReferenceLibrary::load(folder, {QStringLiteral("crypto-basics")});
    QStringList messages;
    for (const cca::Diagnostic &d : lib.errors)
        messages << d.toString();
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("must match the file name (romance.json)"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("broken.json:4:"))) << all.toStdString();
}

TEST(ReferenceLibrary, TheFingerprintChangesWhenAnyFileChanges)
{
    QTemporaryDir dir;
    const QString folder = copyOfMini(dir);
    const QByteArray before = ReferenceLibrary::load(folder).fingerprint;
    EXPECT_EQ(ReferenceLibrary::load(folder).fingerprint, before);
    const QString vocabulary = dir.filePath(QStringLiteral("vocabulary.json"));
    cca::test::writeFile(vocabulary, read(vocabulary).replace("\"TRON\"", "\"Tron\""));
    EXPECT_NE(ReferenceLibrary::load(folder).fingerprint, before);
}
