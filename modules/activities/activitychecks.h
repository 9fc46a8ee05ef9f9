#pragma once

#include "content/catalog.h"

#include <QHash>
#include <QString>

namespace cca::activities {

// The checks of every activity type, for content::Catalog::checkActivities:
// - a chat simulation, call simulation or intervention names a scenario file that loads without
//   errors (its own file:line:column messages) and has what its kind needs: red-flag messages for a
//   chat, a call with marked pressure tactics for a call, a decision for an intervention;
// - a wallet exercise names one of the wallet lab's exercises;
// - a tracing case names a valid case in `casesFolder` (default: the bundled cases).
QHash<QString, content::Catalog::ActivityCheck> checks(const QString &casesFolder = QString());

} // namespace cca::activities
