#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cca::content {

// A reference found in lesson Markdown: an image, a glossary link or a callout marker.
struct MarkdownRef
{
    enum class Kind { Image, Glossary, Callout };
    Kind kind;
    QString target; // image path, glossary id, or callout kind (e.g. "TIP")
    int line;       // 1-based
    int column;     // 1-based
};

// One block of a lesson after splitting out callouts: plain Markdown, or a callout's inner Markdown.
struct MarkdownBlock
{
    QString callout; // empty for plain Markdown, otherwise "TIP", "WARNING", "LEGAL" or "NOTE"
    QString markdown;
};

namespace MarkdownScan {
QStringList calloutKinds();
QList<MarkdownRef> scan(const QString &markdown);
QList<MarkdownBlock> splitCallouts(const QString &markdown);

// Resolves a relative reference against baseDir; returns the clean absolute path, or an empty string
// when it is a URL, absolute, or outside root. This is the one gate every lesson file load goes through.
QString resolveInside(const QString &target, const QString &baseDir, const QString &root);
// Why an image reference cannot be shown (empty when it is fine).
QString imageProblem(const QString &target, const QString &baseDir, const QString &root);
bool isRemote(const QString &target);
} // namespace MarkdownScan

} // namespace cca::content
