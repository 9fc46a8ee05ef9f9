#pragma once

#include "content/package.h"

#include <QTextBrowser>

namespace cca::content {

// Shows one lesson. Loads images only from inside the module folder (SVG rendered crisply,
// PNG/JPEG as they are); never fetches anything from the network. Glossary links pop up
// their definition; web links are shown, not opened.
class LessonBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LessonBrowser(QWidget *parent = nullptr);

    void showLesson(const ModulePackage &module, const QString &markdownPath);
    double position() const;        // 0..1 scroll position
    void setPosition(double position);

    // Blocked resource requests (for tests and the log).
    int blockedRequests() const { return m_blocked; }

    // The one gate for every resource the lesson asks for (public so it can be tested directly).
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void glossaryRequested(const QString &termId);
    void externalLinkClicked(const QUrl &url);

private:
    void onAnchor(const QUrl &url);

    QString m_root;
    QString m_baseDir;
    int m_blocked = 0;
};

} // namespace cca::content
