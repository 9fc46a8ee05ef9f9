#pragma once

#include "content/package.h"

namespace cca::content {

// Reads a module folder and checks it against the content format. Never throws:
// every problem becomes a Diagnostic on the returned package, with file, line and column.
class PackageLoader
{
public:
    // directory: the module folder. displayDirectory: how to print it in messages
    // (defaults to the directory as given).
    static ModulePackage load(const QString &directory, const QString &displayDirectory = {});
};

} // namespace cca::content
