#pragma once

#include <QString>

namespace cca::content {

// Turns lesson Markdown into the HTML the lesson browser shows: Qt's own Markdown
// support for the text, plus callout boxes and glossary links.
namespace LessonRenderer {
QString toHtml(const QString &markdown);
QString calloutTitle(const QString &kind);
} // namespace LessonRenderer

} // namespace cca::content
