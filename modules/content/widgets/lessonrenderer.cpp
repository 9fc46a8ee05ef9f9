#include "content/widgets/lessonrenderer.h"

#include "content/markdownscan.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

namespace cca::content::LessonRenderer {

namespace {
QString bodyOf(const QString &html)
{
    const qsizetype bodyStart = html.indexOf(QLatin1String("<body"));
    if (bodyStart < 0)
        return html;
    const qsizetype contentStart = html.indexOf(QLatin1Char('>'), bodyStart) + 1;
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return html.mid(contentStart, end - contentStart);
}

QString markdownToHtml(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return bodyOf(doc.toHtml());
}
} // namespace

QString calloutTitle(const QString &kind)
{
    if (kind == QLatin1String("TIP"))
        return QCoreApplication::translate("cca::content::LessonRenderer", "Tip");
    if (kind == QLatin1String("WARNING"))
        return QCoreApplication::translate("cca::content::LessonRenderer", "Warning");
    if (kind == QLatin1String("LEGAL"))
        return QCoreApplication::translate("cca::content::LessonRenderer", "Legal note");
    return QCoreApplication::translate("cca::content::LessonRenderer", "Note");
}

QString toHtml(const QString &markdown)
{
    QString html;
    const QList<MarkdownBlock> blocks = MarkdownScan::splitCallouts(markdown);
    for (const MarkdownBlock &block : blocks) {
        if (block.callout.isEmpty()) {
            html += markdownToHtml(block.markdown);
            continue;
        }
        const QString kind = block.callout;
        // A coloured bar and a tinted box, with the kind written out: never colour alone.
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:10px; margin-bottom:14px;\">"
                               "<tr><td width=\"5\" bgcolor=\"%1\"></td>"
                               "<td bgcolor=\"%2\" style=\"padding:10px 14px;\">"
                               "<p style=\"margin:0;\"><b style=\"color:%1;\">%3</b></p>%4</td></tr></table>")
                    .arg(ui::Theme::calloutBorder(kind).name(), ui::Theme::calloutBackground(kind).name(),
                         calloutTitle(kind).toHtmlEscaped(), markdownToHtml(block.markdown));
    }
    return html;
}

} // namespace cca::content::LessonRenderer
