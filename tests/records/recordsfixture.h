#pragma once

#include "content/catalog.h"
#include "progress/event.h"
#include "support/testutil.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

// Shared pieces of the records tests: the bundled crypto-basics module and the drill module,
// and events shaped the way LearningSession records them.
namespace cca::records::test {

inline content::Catalog testCatalog()
{
    content::Catalog catalog;
    catalog.addPath(cca::test::sourcePath(QStringLiteral("content/modules/crypto-basics")), QStringLiteral("bundled"));
    catalog.addPath(cca::test::dataPath(QStringLiteral("assessment/data/drill")), QStringLiteral("bundled"));
    return catalog;
}

inline const QString kOfficer = QStringLiteral("0b7c1e2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b");
inline const QString kAttempt = QStringLiteral("5d2a7c4e-1b3f-4a6d-9e8c-7f0a1b2c3d4e");

inline progress::Event event(const QString &verb, const QString &objectType, const QString &objectId,
                             const QJsonObject &data = {}, const QString &module = QStringLiteral("crypto-basics"))
{
    progress::Event e = progress::Event::make(kOfficer, verb, module, QStringLiteral("1.1.0"), objectType, objectId, data);
    e.timestamp = QDateTime(QDate(2024, 5, 1), QTime(8, 30, 15, 250), Qt::UTC);
    return e;
}

// An answered event as LearningSession writes it.
inline progress::Event answered(const QString &assessment, const QString &question, const QString &type,
                                const QJsonValue &response, double score, double max, bool correct)
{
    return event(progress::Verbs::Answered, progress::ObjectTypes::Question, assessment + QLatin1Char('/') + question,
                 {{QStringLiteral("attempt"), kAttempt},
                  {QStringLiteral("assessment"), assessment},
                  {QStringLiteral("question"), question},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("response"), response},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("max"), max},
                  {QStringLiteral("correct"), correct},
                  {QStringLiteral("language"), QStringLiteral("en")}});
}

inline bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

inline bool isIsoUtc(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

} // namespace cca::records::test
