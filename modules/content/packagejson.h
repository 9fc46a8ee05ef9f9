#pragma once

#include "content/package.h"

#include <QJsonObject>

namespace cca::content {

// The machine-readable summary printed by `ccacademy-cli modules list --json`.
QJsonObject summaryJson(const ModulePackage &module);

} // namespace cca::content
