#include "questionimport/questionimport.h"

#include "content/questionjson.h"
#include "questionimport/aikenparser.h"
#include "questionimport/giftparser.h"
#include "questionimport/moodlexmlparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>

namespace cca::questionimport {

namespace {

// UTF-8 (with or without a byte-order mark); anything else is read as Latin-1, which never fails.
QString decodeText(const QByteArray &bytes, bool *wasUtf8)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    *wasUtf8 = !utf8.hasError();
    if (!*wasUtf8)
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

ImportResult importText(const QByteArray &bytes, ImportResult (*importer)(const QString &))
{
    bool utf8 = true;
    ImportResult result = importer(decodeText(bytes, &utf8));
    if (!utf8)
        result.problems.prepend(ImportProblem{0, QString(), QStringLiteral("the file is not UTF-8; read as Latin-1"), false});
    return result;
}

ImportResult fileProblem(const QString &message)
{
    ImportResult result;
    result.problems << ImportProblem{0, QString(), message, true};
    return result;
}

} // namespace

ImportResult importGift(const QString &text)
{
    return GiftParser(text).parse();
}

ImportResult importMoodleXml(const QByteArray &xml)
{
    return MoodleXmlParser(xml).parse();
}

ImportResult importAiken(const QString &text)
{
    return AikenParser(text).parse();
}

QStringList formats()
{
    return {QStringLiteral("gift"), QStringLiteral("moodle-xml"), QStringLiteral("aiken")};
}

ImportResult importFile(const QString &path, const QString &format)
{
    if (!formats().contains(format))
        return fileProblem(QStringLiteral("unknown import format '%1' (use %2)").arg(format, formats().join(QStringLiteral(", "))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(QStringLiteral("cannot read file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (format == QLatin1String("moodle-xml"))
        return importMoodleXml(bytes);
    return importText(bytes, format == QLatin1String("aiken") ? &importAiken : &importGift);
}

bool writeQuestionFile(const QString &directory, const ImportResult &result, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create folder %1").arg(directory);
        return false;
    }
    QSaveFile file(QDir(directory).filePath(QStringLiteral("questions.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QJsonObject json = content::questionFileJson(result.categories, result.questions);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace cca::questionimport
