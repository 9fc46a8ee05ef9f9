#pragma once

#include <QString>
#include <QStringList>

namespace cca::questionimport {

// HTML (as written by Moodle's editors) to the plain text questions keep. Paragraphs, line breaks and
// list items stay as line breaks ("- " before items), links become Markdown links, other markup is
// dropped. What has no plain-text form (images, embedded media) is left out and named in *lost.
class HtmlText
{
public:
    static QString toPlainText(const QString &html, QStringList *lost = nullptr);
    static QString decodeEntities(const QString &text); // &amp; &#233; &#x20AC; &nbsp; ... (unknown ones stay)
    static bool looksLikeHtml(const QString &text);     // has a tag or an entity
};

} // namespace cca::questionimport
