#include "walletvectors.h"
#include "support/testutil.h"

#include <QFile>
#include <QJsonDocument>

namespace cca::test {

const QJsonObject &walletReferenceVectors()
{
    static const QJsonObject vectors = [] {
        QFile file(dataPath(QStringLiteral("wallet/data/reference-vectors.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing tests/wallet/data/reference-vectors.json");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return vectors;
}

} // namespace cca::test
