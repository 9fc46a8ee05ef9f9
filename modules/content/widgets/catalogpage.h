#pragma once

#include "content/package.h"
#include "content/widgets/modulestatus.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace cca::content {

QString levelName(const QString &level);
QString topicName(const QString &topic);

// The course catalog: cards with title, summary, level, minutes, topic and progress;
// search and filters on top. Modules with errors are listed with their errors.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void setCatalog(const QList<ModulePackage> &modules, const QString &language,
                    const QMap<QString, ModuleStatus> &status);
    QStringList visibleModuleIds() const { return m_visible; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *topicFilter() const { return m_topic; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *durationFilter() const { return m_duration; }

signals:
    void moduleActivated(const QString &moduleId);

private:
    void rebuild();
    bool matches(const ModulePackage &m) const;
    QWidget *makeCard(const ModulePackage &m);

    QList<ModulePackage> m_modules;
    QString m_language;
    QMap<QString, ModuleStatus> m_status;
    QStringList m_visible;

    QLineEdit *m_search;
    QComboBox *m_topic;
    QComboBox *m_level;
    QComboBox *m_duration;
    QLabel *m_count;
    QVBoxLayout *m_list;
};

} // namespace cca::content
