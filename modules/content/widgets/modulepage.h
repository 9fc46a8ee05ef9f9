#pragma once

#include "content/package.h"
#include "content/widgets/modulestatus.h"

#include <QWidget>

class QFrame;
class QPushButton;
class QVBoxLayout;

namespace cca::content {

// A module's page: objectives, outline with ticks, estimated time, sources, Start/Continue.
class ModulePage : public QWidget
{
    Q_OBJECT

public:
    explicit ModulePage(QWidget *parent = nullptr);

    void setModule(const ModulePackage &module, const QString &language, const ModuleStatus &status);
    QString moduleId() const { return m_moduleId; }
    QPushButton *startButton() const { return m_start; }
    // Reference entries (id, title) that this module teaches, shown as links after the outline.
    void setReferenceLinks(const QList<QPair<QString, QString>> &links);
    QList<QPushButton *> referenceLinkButtons() const;
    // One button per activity ("Practise"), in module order; the activity id is its "activityId" property.
    QList<QPushButton *> activityButtons() const;

signals:
    void startRequested();
    void lessonRequested(int index);
    void assessmentRequested(const QString &assessmentId);
    void certificateRequested();
    void backRequested();
    void referenceRequested(const QString &entryId);
    void activityRequested(const QString &activityId);

private:
    QString m_moduleId;
    QVBoxLayout *m_content;
    QPushButton *m_start = nullptr;
    QFrame *m_activityCard = nullptr;
    QFrame *m_referenceCard = nullptr;
    QVBoxLayout *m_referenceLayout = nullptr;
};

} // namespace cca::content
