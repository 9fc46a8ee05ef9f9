#include "content/markdownscan.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cca::content::MarkdownScan {

QStringList calloutKinds()
{
    return {QStringLiteral("TIP"), QStringLiteral("WARNING"), QStringLiteral("LEGAL"), QStringLiteral("NOTE")};
}

namespace {
const QRegularExpression kImage(QStringLiteral("!\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
const QRegularExpression kGlossary(QStringLiteral("\\]\\(\\s*glossary:([^)\\s]*)\\s*\\)"));
const QRegularExpression kCallout(QStringLiteral("^\\s{0,3}>\\s*\\[!([A-Za-z]+)\\]\\s*$"));
const QRegularExpression kQuoteLine(QStringLiteral("^\\s{0,3}>\\s?(.*)$"));
} // namespace

QList<MarkdownRef> scan(const QString &markdown)
{
    QList<MarkdownRef> refs;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().startsWith(QStringLiteral("```"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (auto m = kCallout.match(line); m.hasMatch())
            refs.append({MarkdownRef::Kind::Callout, m.captured(1).toUpper(), i + 1, int(m.capturedStart(1)) + 1});
        for (auto it = kImage.globalMatch(line); it.hasNext();) {
            auto m = it.next();
            refs.append({MarkdownRef::Kind::Image, m.captured(1), i + 1, int(m.capturedStart(0)) + 1});
        }
        for (auto it = kGlossary.globalMatch(line); it.hasNext();) {
            auto m = it.next();
            refs.append({MarkdownRef::Kind::Glossary, m.captured(1), i + 1, int(m.capturedStart(1)) + 1});
        }
    }
    return refs;
}

QList<MarkdownBlock> splitCallouts(const QString &markdown)
{
    QList<MarkdownBlock> blocks;
    QStringList plain;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    auto flushPlain = [&] {
        if (!plain.isEmpty() && !plain.join(QString()).trimmed().isEmpty())
            blocks.append({QString(), plain.join(QLatin1Char('\n'))});
        plain.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        auto m = kCallout.match(lines[i]);
        if (!m.hasMatch()) {
            plain << lines[i];
            continue;
        }
        flushPlain();
        QStringList inner;
        int j = i + 1;
        for (; j < lines.size(); ++j) {
            auto q = kQuoteLine.match(lines[j]);
            if (!q.hasMatch())
                break;
            inner << q.captured(1);
        }
        blocks.append({m.captured(1).toUpper(), inner.join(QLatin1Char('\n'))});
        i = j - 1;
    }
    flushPlain();
    return blocks;
}

bool isRemote(const QString &target)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return target.startsWith(QStringLiteral("//")) || scheme.match(target).hasMatch();
}

QString resolveInside(const QString &target, const QString &baseDir, const QString &root)
{
    if (target.isEmpty() || isRemote(target) || QDir::isAbsolutePath(target))
        return {};
    const QString path = QDir::cleanPath(baseDir + QLatin1Char('/') + target);
    const QString cleanRoot = QDir::cleanPath(root);
    if (!path.startsWith(cleanRoot + QLatin1Char('/')))
        return {};
    // Follow symbolic links too: a link inside the package must not lead outside it.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(cleanRoot).canonicalFilePath();
    if (!canonical.isEmpty() && !canonicalRoot.isEmpty() && !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
        return {};
    return path;
}

QString imageProblem(const QString &target, const QString &baseDir, const QString &root)
{
    if (isRemote(target))
        return QStringLiteral("remote image '%1' is not allowed; put the file in the module folder").arg(target);
    if (QDir::isAbsolutePath(target))
        return QStringLiteral("image '%1' is an absolute path; use a path relative to the lesson file").arg(target);
    const QString path = resolveInside(target, baseDir, root);
    if (path.isEmpty())
        return QStringLiteral("image '%1' is outside the module folder").arg(target);
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList allowed{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")};
    if (!allowed.contains(suffix))
        return QStringLiteral("image '%1' has an unsupported type (use svg, png or jpg)").arg(target);
    if (!QFileInfo(path).isFile())
        return QStringLiteral("image '%1' not found").arg(target);
    return {};
}

} // namespace cca::content::MarkdownScan
