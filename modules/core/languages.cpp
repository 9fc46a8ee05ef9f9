#include "core/languages.h"

namespace cca::Languages {

QList<Language> all()
{
    return {
        {QStringLiteral("en"), QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_HK"), QStringLiteral("zh-Hant"), QString::fromUtf8("繁體中文（香港）")},
        {QStringLiteral("zh_CN"), QStringLiteral("zh-Hans"), QString::fromUtf8("简体中文")},
        {QStringLiteral("es"), QStringLiteral("es"), QString::fromUtf8("Español")},
    };
}

Language byUiLocale(const QString &uiLocale)
{
    const auto languages = all();
    for (const Language &l : languages)
        if (l.uiLocale == uiLocale)
            return l;
    return languages.first();
}

Language byContentTag(const QString &contentTag)
{
    const auto languages = all();
    for (const Language &l : languages)
        if (l.contentTag == contentTag)
            return l;
    return languages.first();
}

bool isKnownContentTag(const QString &tag)
{
    const auto languages = all();
    for (const Language &l : languages)
        if (l.contentTag == tag)
            return true;
    return false;
}

} // namespace cca::Languages
