#include "content/packagejson.h"

#include <QJsonArray>

namespace cca::content {

QJsonObject summaryJson(const ModulePackage &module)
{
    QJsonArray activities;
    for (const Activity &a : module.activities)
        activities.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("type"), a.type}});
    QJsonArray errors;
    for (const Diagnostic &d : module.errors)
        errors.append(d.toString());
    return QJsonObject{
        {QStringLiteral("id"), module.id},
        {QStringLiteral("version"), module.version},
        {QStringLiteral("title"), module.title.english()},
        {QStringLiteral("languages"), QJsonArray::fromStringList(module.languages())},
        {QStringLiteral("lessons"), int(module.lessons.size())},
        {QStringLiteral("questions"), module.questionCount()},
        {QStringLiteral("activities"), activities},
        {QStringLiteral("valid"), module.isValid()},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("origin"), module.origin},
        {QStringLiteral("path"), module.directory},
    };
}

} // namespace cca::content
