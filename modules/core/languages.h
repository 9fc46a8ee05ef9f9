#pragma once

#include <QList>
#include <QString>

namespace cca {

// The languages the app ships. uiLocale names the Qt translation catalog (ccacademy_<uiLocale>.qm);
// contentTag is the tag used in content packages.
struct Language
{
    QString uiLocale;    // "en", "zh_HK", "zh_CN", "es"
    QString contentTag;  // "en", "zh-Hant", "zh-Hans", "es"
    QString nativeName;  // "English", "繁體中文", ...
};

namespace Languages {
QList<Language> all();
Language byUiLocale(const QString &uiLocale);     // English when unknown
Language byContentTag(const QString &contentTag); // English when unknown
bool isKnownContentTag(const QString &tag);
} // namespace Languages

} // namespace cca
