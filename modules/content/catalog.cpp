#include "content/catalog.h"

#include "content/packageloader.h"
#include "core/appinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace cca::content {

QStringList Catalog::findModuleFolders(const QString &path)
{
    QFileInfo info(path);
    if (info.isFile() && info.fileName() == QLatin1String("module.json"))
        return {info.absolutePath()};
    if (!info.isDir())
        return {};
    if (QFileInfo(QDir(path).filePath(QStringLiteral("module.json"))).isFile())
        return {QDir(path).absolutePath()};
    QStringList found;
    QDirIterator it(path, {QStringLiteral("module.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found << QFileInfo(it.next()).absolutePath();
    }
    found.sort();
    // A module folder's own subfolders are part of it, never modules of their own.
    QStringList result;
    for (const QString &dir : std::as_const(found)) {
        bool nested = false;
        for (const QString &other : std::as_const(found))
            if (other != dir && dir.startsWith(other + QLatin1Char('/')))
                nested = true;
        if (!nested)
            result << dir;
    }
    return result;
}

Catalog Catalog::loadDefault()
{
    return load(AppInfo::bundledContentRoots(), AppInfo::installedModulesDir());
}

Catalog Catalog::load(const QStringList &bundledRoots, const QString &installedDir)
{
    Catalog catalog;
    for (const QString &root : bundledRoots) {
        const QString modules = QDir(root).filePath(QStringLiteral("modules"));
        catalog.addPath(QFileInfo(modules).isDir() ? modules : root, QStringLiteral("bundled"));
    }
    if (!installedDir.isEmpty() && QFileInfo(installedDir).isDir())
        catalog.addPath(installedDir, QStringLiteral("installed"));
    catalog.crossCheck();
    return catalog;
}

void Catalog::addPath(const QString &path, const QString &origin, const QString &displayPath)
{
    const QString absoluteBase = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString displayBase = QDir::cleanPath(displayPath.isEmpty() ? path : displayPath);
    const QStringList folders = findModuleFolders(path);
    for (const QString &folder : folders) {
        QString display = folder;
        if (folder == absoluteBase)
            display = displayBase;
        else if (folder.startsWith(absoluteBase + QLatin1Char('/')))
            display = displayBase + folder.mid(absoluteBase.size());
        ModulePackage package = PackageLoader::load(folder, display);
        package.origin = origin;
        m_modules << package;
    }
}

void Catalog::crossCheck(const QSet<QString> &knownIds)
{
    QHash<QString, QString> firstSeen;
    for (ModulePackage &m : m_modules) {
        if (firstSeen.contains(m.id)) {
            m.errors.append(Diagnostic{m.manifestPath, 0, 0,
                                       QStringLiteral("duplicate module id '%1' (also used by %2)").arg(m.id, firstSeen.value(m.id))});
        } else {
            firstSeen.insert(m.id, m.manifestPath);
        }
    }
    for (ModulePackage &m : m_modules) {
        for (qsizetype i = 0; i < m.prerequisites.size(); ++i) {
            const QString &pre = m.prerequisites[i];
            const auto [line, column] = m.prerequisitePositions.value(i, {0, 0});
            if (pre == m.id)
                m.errors.append(Diagnostic{m.manifestPath, line, column, QStringLiteral("module '%1' lists itself as a prerequisite").arg(pre)});
            else if (!firstSeen.contains(pre) && !knownIds.contains(pre))
                m.errors.append(Diagnostic{m.manifestPath, line, column,
                                           QStringLiteral("prerequisite '%1' is not a known module").arg(pre)});
        }
    }
}

void Catalog::checkActivities(const QHash<QString, ActivityCheck> &checks)
{
    for (ModulePackage &m : m_modules) {
        Diagnostics found;
        for (const Activity &a : std::as_const(m.activities)) {
            const ActivityCheck check = checks.value(a.type);
            // Only activities whose own fields are sound: a missing file is reported once, by the loader.
            const bool fieldsSound = a.isScenario() ? (a.file.endsWith(QStringLiteral(".scenario.json")) && QFileInfo(m.absolutePath(a.file)).isFile())
                                                     : !a.target.isEmpty();
            if (check && fieldsSound)
                found << check(m, a);
        }
        m.errors << found;
    }
}

const ModulePackage *Catalog::find(const QString &id) const
{
    for (const ModulePackage &m : m_modules)
        if (m.id == id && m.isValid())
            return &m;
    return nullptr;
}

QSet<QString> Catalog::ids() const
{
    QSet<QString> ids;
    for (const ModulePackage &m : m_modules)
        ids.insert(m.id);
    return ids;
}

} // namespace cca::content
