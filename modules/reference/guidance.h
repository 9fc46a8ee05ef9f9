#pragma once

#include <QString>
#include <QStringList>

// What an officer reads for each indicator: what it is, which explorer to use when online, who can
// freeze stablecoins on the chain, and what to do next. All text is translatable in the context
// "cca::reference::Indicators".
namespace cca::reference {

struct Indicator;

QString chainDisplayName(const QString &chainId);
QString explorerFor(const QString &chainId);
QStringList freezeIssuersFor(const QString &chainId);

void applyGuidance(Indicator *indicator);
void applyWatchlistGuidance(Indicator *indicator);

} // namespace cca::reference
