// Malformed input never crashes, never hangs, and whatever is imported is valid.
#include "importtestutil.h"
#include "questionimport/questionchecker.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace cca;
using questionimport::ImportResult;

namespace {

const QRegularExpression kId(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));

ImportResult runImporter(const QString &format, const QByteArray &bytes)
{
    if (format == QLatin1String("moodle-xml"))
        return questionimport::importMoodleXml(bytes);
    if (format == QLatin1String("aiken"))
        return questionimport::importAiken(QString::fromUtf8(bytes));
    return questionimport::importGift(QString::fromUtf8(bytes));
}

// Everything an importer returns must hold, whatever the input.
void expectSane(const ImportResult &r, const QByteArray &input, const std::string &what)
{
    const int lines = int(input.count('\n')) + 1;
    for (const auto &p : r.problems) {
        EXPECT_GE(p.line, 0) << what;
        EXPECT_LE(p.line, lines + 1) << what << ": " << p.message.toStdString();
        EXPECT_FALSE(p.message.isEmpty()) << what;
    }
    QSet<QString> ids, categories;
    for (const auto &c : r.categories) {
        EXPECT_TRUE(kId.match(c.id).hasMatch()) << what << " category " << c.id.toStdString();
        categories.insert(c.id);
    }
    for (const auto &q : r.questions) {
        EXPECT_TRUE(kId.match(q.id).hasMatch()) << what << " id " << q.id.toStdString();
        EXPECT_FALSE(ids.contains(q.id)) << what << " duplicate id " << q.id.toStdString();
        ids.insert(q.id);
        EXPECT_TRUE(q.category.isEmpty() || categories.contains(q.category)) << what;
        const auto findings = questionimport::QuestionChecker::check(q);
        EXPECT_TRUE(findings.errors.isEmpty()) << what << ": " << findings.errors.join(QLatin1Char('\n')).toStdString();
    }
}

struct DataFile
{
    QString path;
    QString format;
};

QList<DataFile> dataFiles()
{
    QList<DataFile> out;
    QDirIterator it(test::importData(QString()), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString format = path.endsWith(QLatin1String(".xml"))    ? QStringLiteral("moodle-xml")
                               : path.endsWith(QLatin1String(".gift")) ? QStringLiteral("gift")
                                                                       : QStringLiteral("aiken");
        out << DataFile{path, format};
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ImportFuzz, EveryDataFileWithEveryImporter)
{
    const auto files = dataFiles();
    ASSERT_GE(files.size(), 15);
    for (const DataFile &file : files) {
        const QByteArray bytes = readFile(file.path);
        for (const QString &format : questionimport::formats())
            expectSane(runImporter(format, bytes), bytes, (file.path + QLatin1Char(' ') + format).toStdString());
    }
}

TEST(ImportFuzz, TruncatedFiles)
{
    for (const DataFile &file : dataFiles()) {
        const QByteArray bytes = readFile(file.path);
        const qsizetype step = qMax<qsizetype>(1, bytes.size() / 120);
        for (qsizetype cut = 0; cut < bytes.size(); cut += step)
            expectSane(runImporter(file.format, bytes.left(cut)), bytes.left(cut),
                       QStringLiteral("%1 cut at %2").arg(file.path).arg(cut).toStdString());
    }
}

TEST(ImportFuzz, MutatedFiles)
{
    QRandomGenerator random(20240611);
    const QByteArray specials("{}~=#:%\\-><[]&;/\n\"'!$*0123456789. ");
    for (const DataFile &file : dataFiles()) {
        const QByteArray original = readFile(file.path);
        if (original.isEmpty())
            continue;
        for (int round = 0; round < 150; ++round) {
            QByteArray bytes = original;
            const int edits = 1 + int(random.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(bytes.size()));
                switch (random.bounded(3)) {
                case 0:
                    bytes[at] = specials[random.bounded(int(specials.size()))];
                    break;
                case 1:
                    bytes.remove(at, 1 + random.bounded(20));
                    break;
                default:
                    bytes.insert(at, bytes.mid(random.bounded(int(bytes.size())), 1 + random.bounded(30)));
                    break;
                }
                if (bytes.isEmpty())
                    bytes = "{";
            }
            expectSane(runImporter(file.format, bytes), bytes, QStringLiteral("%1 round %2").arg(file.path).arg(round).toStdString());
        }
    }
}

TEST(ImportFuzz, PathologicalInputs)
{
    const QStringList texts{
        QStringLiteral("{"), QStringLiteral("}"), QStringLiteral("::"), QStringLiteral("::::"), QStringLiteral("::a::"),
        QStringLiteral("$CATEGORY:"), QStringLiteral("$CATEGORY: /"), QStringLiteral("$CATEGORY: //\n{T}"), QStringLiteral("{#}"),
        QStringLiteral("{#:}"), QStringLiteral("{#..}"), QStringLiteral("{#5..1}"), QStringLiteral("{#1e999}"), QStringLiteral("{#nan}"),
        QStringLiteral("{=}"), QStringLiteral("{~}"), QStringLiteral("{~~~}"), QStringLiteral("{=->}"), QStringLiteral("{=a->}"),
        QStringLiteral("{####}"), QStringLiteral("{T####}"), QStringLiteral("{%}"), QStringLiteral("{~%%a}"), QStringLiteral("{~%50a}"),
        QStringLiteral("\\"), QStringLiteral("q\\{}"), QStringLiteral("[html]<"), QStringLiteral("[html]<a href='x'>"),
        QStringLiteral("[html]&#"), QStringLiteral("[html]<!--"), QStringLiteral("[html]<script>"), QStringLiteral("A."),
        QStringLiteral("ANSWER:"), QStringLiteral("A. x\nANSWER: A"), QString(QChar(0xE000)) + QStringLiteral("{=a ~b}"),
        QStringLiteral("{").repeated(5000), QStringLiteral("x ").repeated(200000) + QStringLiteral("{=a ~b}"),
        QStringLiteral("::t::{=a ~b}\n").repeated(2000),
    };
    for (const QString &text : texts) {
        const QByteArray bytes = text.toUtf8();
        for (const QString &format : questionimport::formats())
            expectSane(runImporter(format, bytes), bytes, (format + QLatin1Char(' ') + text.left(40)).toStdString());
    }
    const QList<QByteArray> xml{
        "<quiz><question type=\"multianswer\"><questiontext><text>{1:SA:</text></questiontext></question></quiz>",
        "<quiz><question type=\"multianswer\"><questiontext><text>{1:NM:=1:x}{:MC:}{:SA:~}</text></questiontext></question></quiz>",
        "<quiz><question type=\"gapselect\"><questiontext><text>[[0]][[99999999999]]</text></questiontext></question></quiz>",
        "<quiz><question type=\"numerical\"><answer fraction=\"100\"><text>1</text><tolerance>-1</tolerance></answer></question></quiz>",
        "<quiz><question type=\"category\"/><question type=\"matching\"><subquestion/></question></quiz>",
        "<quiz><question type=\"truefalse\"><answer fraction=\"1e400\"><text>true</text></answer></question></quiz>",
        "<!DOCTYPE quiz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        "<quiz><question type=\"description\"><questiontext><text>&e;&e;&e;&e;</text></questiontext></question></quiz>",
        QByteArray("<quiz>") + QByteArray("<question type=\"essay\"><questiontext><text>x</text></questiontext></question>").repeated(3000)
            + QByteArray("</quiz>"),
    };
    for (const QByteArray &bytes : xml)
        expectSane(questionimport::importMoodleXml(bytes), bytes, bytes.left(60).toStdString());
}
