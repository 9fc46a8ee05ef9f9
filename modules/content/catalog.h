#pragma once

#include "content/package.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace cca::content {

// Every module the app knows: bundled ones and those a trainer installed.
// Invalid modules stay in the list with their errors; the rest of the catalog works.
class Catalog
{
public:
    // Module folders under path: path itself when it holds module.json, otherwise every folder
    // below it (at any depth) that holds one. Sorted for a stable order.
    static QStringList findModuleFolders(const QString &path);

    // Loads bundled content roots (each holding modules/) and the installed-modules folder.
    static Catalog loadDefault();
    static Catalog load(const QStringList &bundledRoots, const QString &installedDir);

    // Adds all modules found under path. displayPath is how that path is printed in messages.
    void addPath(const QString &path, const QString &origin, const QString &displayPath = {});
    // Cross-module checks: duplicate ids, unknown prerequisites (knownIds: ids valid elsewhere).
    void crossCheck(const QSet<QString> &knownIds = {});

    // What only the feature that plays an activity can check: that its scenario file is sound, that
    // its lab exercise or tracing case exists. One check per activity type; the problems it returns
    // (file:line:column) become errors of the module, so a module with a broken activity is not offered.
    using ActivityCheck = std::function<Diagnostics(const ModulePackage &module, const Activity &activity)>;
    void checkActivities(const QHash<QString, ActivityCheck> &checks);

    const QList<ModulePackage> &modules() const { return m_modules; }
    const ModulePackage *find(const QString &id) const; // valid modules only
    QSet<QString> ids() const;

private:
    QList<ModulePackage> m_modules;
};

} // namespace cca::content
