#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cca::questionimport {

// The text formats of Moodle and GIFT, and how each becomes question text (Markdown allowed):
//   Markdown  kept as it is
//   Plain     kept as it is
//   Html      tags stripped to plain text, paragraphs and line breaks kept (HtmlText)
//   Moodle    "auto format": plain text whose line breaks count, HTML allowed; stripped only when it has HTML
class TextFormat
{
public:
    enum Kind { Markdown, Plain, Html, Moodle };

    static std::optional<Kind> fromMoodleName(const QString &name); // "html", "markdown", "plain_text", "moodle_auto_format"
    static std::optional<Kind> fromGiftName(const QString &name);   // "html", "markdown", "plain", "moodle"

    // What was lost on the way (images, ...) is added to *lost.
    static QString toQuestionText(const QString &text, Kind kind, QStringList *lost = nullptr);
};

} // namespace cca::questionimport
