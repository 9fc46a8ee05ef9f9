#include "content/widgets/lessonbrowser.h"

#include "content/markdownscan.h"
#include "content/widgets/lessonrenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTextDocument>

Q_LOGGING_CATEGORY(lcLesson, "cca.content.lesson")

namespace cca::content {

LessonBrowser::LessonBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Lesson text"));
    document()->setDocumentMargin(24);
    connect(this, &QTextBrowser::anchorClicked, this, &LessonBrowser::onAnchor);
    // Hovering a glossary term shows its definition too, as clicking does.
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("glossary"))
            emit glossaryRequested(url.path());
    });
}

void LessonBrowser::showLesson(const ModulePackage &module, const QString &markdownPath)
{
    m_root = module.directory;
    const QString absolute = MarkdownScan::resolveInside(markdownPath, module.directory, module.directory);
    m_baseDir = QFileInfo(absolute).absolutePath();
    QString markdown;
    QFile f(absolute);
    if (!absolute.isEmpty() && f.open(QIODevice::ReadOnly))
        markdown = QString::fromUtf8(f.readAll());
    else
        markdown = tr("This lesson's file could not be read: %1").arg(markdownPath);
    document()->setDefaultStyleSheet(QStringLiteral("h1 { margin-bottom: 12px; } h2 { margin-top: 18px; } "
                                                    "p, li { margin-bottom: 6px; } "
                                                    "td, th { padding: 4px 8px; }"));
    setHtml(LessonRenderer::toHtml(markdown));
}

double LessonBrowser::position() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void LessonBrowser::setPosition(double position)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(int(position * bar->maximum()));
}

QVariant LessonBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource) {
        ++m_blocked;
        return {};
    }
    QString path;
    if (name.isLocalFile())
        path = QDir::cleanPath(name.toLocalFile());
    else if (name.scheme().isEmpty() && !name.path().startsWith(QLatin1Char('/')))
        path = MarkdownScan::resolveInside(name.path(), m_baseDir, m_root);
    if (path.isEmpty() || !path.startsWith(QDir::cleanPath(m_root) + QLatin1Char('/'))
        || MarkdownScan::resolveInside(QDir(m_root).relativeFilePath(path), m_root, m_root).isEmpty()) {
        ++m_blocked;
        qCWarning(lcLesson) << "blocked resource outside the module:" << name.toDisplayString();
        return {};
    }
    const int maxWidth = qMax(320, viewport()->width() - 64);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        QSizeF size = renderer.defaultSize();
        if (size.width() > maxWidth)
            size.scale(maxWidth, 1e9, Qt::KeepAspectRatio);
        const qreal dpr = devicePixelRatioF();
        QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
        return image;
    }
    QImage image(path);
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return image;
}

void LessonBrowser::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("glossary")) {
        emit glossaryRequested(url.path());
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        emit externalLinkClicked(url);
}

} // namespace cca::content
