#pragma once

#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cca::scenario {

// Reads and validates scenario files (`<id>.scenario.json`). Every problem is a Diagnostic with
// file, line and column: JSON syntax, unknown or missing fields, texts without English, duplicate
// ids, conditions that do not parse or do not type-check (with the column inside the condition),
// effects on undefined variables or of the wrong type, media paths that are URLs, absolute, lead out
// of the package or name a missing file, and the graph: unknown next ids, dead ends, nodes that
// cannot be reached from the start, and cycles with no way out.
namespace ScenarioLoader {

QString fileSuffix(); // ".scenario.json"

// The folder media paths are relative to: the nearest folder at or above the file's folder that
// holds a module.json (the module package), else the file's own folder.
QString packageRootFor(const QString &file);

// Reads one file; `packageRoot` defaults to packageRootFor(path).
Scenario loadFile(const QString &path, const QString &packageRoot = QString());
Scenario loadData(const QByteArray &utf8, const QString &displayFile, const QString &packageRoot);

// `path` itself when it is a file, else every *.scenario.json below the folder, sorted.
QStringList findFiles(const QString &path);

// The absolute path of a package-relative media file, or empty when it would leave the package.
QString mediaPath(const Scenario &scenario, const QString &relative);

} // namespace ScenarioLoader

} // namespace cca::scenario
