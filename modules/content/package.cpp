#include "content/package.h"

#include <QDir>
#include <QSet>

namespace cca::content {

QStringList ModulePackage::languages() const
{
    QSet<QString> langs{QStringLiteral("en")};
    bool first = true;
    QSet<QString> common;
    for (const Lesson &lesson : lessons) {
        const QStringList l = lesson.file.languages();
        const QSet<QString> s(l.begin(), l.end());
        common = first ? s : common.intersect(s);
        first = false;
    }
    const QStringList titleLangs = title.languages();
    for (const QString &lang : titleLangs)
        if (first || common.contains(lang))
            langs.insert(lang);
    QStringList out(langs.begin(), langs.end());
    out.sort();
    return out;
}

int ModulePackage::questionCount() const
{
    int n = 0;
    for (const Assessment &a : assessments)
        n += int(a.questions.size());
    return n;
}

int ModulePackage::lessonIndex(const QString &lessonId) const
{
    for (int i = 0; i < lessons.size(); ++i)
        if (lessons[i].id == lessonId)
            return i;
    return -1;
}

const GlossaryEntry *ModulePackage::glossaryEntry(const QString &id) const
{
    for (const GlossaryEntry &g : glossary)
        if (g.id == id)
            return &g;
    return nullptr;
}

const Assessment *ModulePackage::assessment(const QString &id) const
{
    for (const Assessment &a : assessments)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString ModulePackage::absolutePath(const QString &relativePath) const
{
    return QDir::cleanPath(directory + QLatin1Char('/') + relativePath);
}

QStringList Levels::all()
{
    return {QStringLiteral("introductory"), QStringLiteral("intermediate"), QStringLiteral("advanced")};
}

QStringList Topics::all()
{
    return {QStringLiteral("fundamentals"), QStringLiteral("wallets"), QStringLiteral("tracing"),
            QStringLiteral("social-engineering"), QStringLiteral("legal"), QStringLiteral("investigation")};
}

QStringList ActivityTypes::known()
{
    return {WalletExercise, TracingCase, ChatSimulation, CallSimulation, Intervention};
}

bool ActivityTypes::isScenario(const QString &type)
{
    return type == ChatSimulation || type == CallSimulation || type == Intervention;
}

bool Activity::isScenario() const
{
    return ActivityTypes::isScenario(type);
}

const Activity *ModulePackage::activity(const QString &id) const
{
    for (const Activity &a : activities)
        if (a.id == id)
            return &a;
    return nullptr;
}

} // namespace cca::content
