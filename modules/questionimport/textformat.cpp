#include "questionimport/textformat.h"

#include "questionimport/htmltext.h"

#include <QHash>

namespace cca::questionimport {

std::optional<TextFormat::Kind> TextFormat::fromMoodleName(const QString &name)
{
    static const QHash<QString, Kind> table{{QStringLiteral("html"), Html},
                                            {QStringLiteral("markdown"), Markdown},
                                            {QStringLiteral("plain_text"), Plain},
                                            {QStringLiteral("moodle_auto_format"), Moodle}};
    const auto it = table.constFind(name.trimmed().toLower());
    return it == table.cend() ? std::nullopt : std::optional<Kind>(*it);
}

std::optional<TextFormat::Kind> TextFormat::fromGiftName(const QString &name)
{
    static const QHash<QString, Kind> table{{QStringLiteral("html"), Html},
                                            {QStringLiteral("markdown"), Markdown},
                                            {QStringLiteral("plain"), Plain},
                                            {QStringLiteral("moodle"), Moodle}};
    const auto it = table.constFind(name.trimmed().toLower());
    return it == table.cend() ? std::nullopt : std::optional<Kind>(*it);
}

QString TextFormat::toQuestionText(const QString &text, Kind kind, QStringList *lost)
{
    switch (kind) {
    case Markdown:
    case Plain:
        return text.trimmed();
    case Html:
        return HtmlText::toPlainText(text, lost);
    case Moodle:
        if (!HtmlText::looksLikeHtml(text))
            return text.trimmed();
        // Line breaks count in the auto format: keep them through the HTML conversion.
        return HtmlText::toPlainText(QString(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")), lost);
    }
    return text;
}

} // namespace cca::questionimport
