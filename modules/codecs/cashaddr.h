#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

// Bitcoin Cash CashAddr (spec "Address format for Bitcoin Cash", version 1.1): prefix, ':', base32
// payload (type byte, hash, 40-bit BCH checksum). The prefix may be left out when presenting an
// address; it is still part of the checksum, so decoding without one tries the given default.
namespace cca::codecs::cashaddr {

struct Address
{
    bool valid = false;
    bool checksumValid = false;
    QString prefix;     // lower case, as used for the checksum
    bool prefixWritten = false;
    int type = -1;      // 0 P2PKH, 1 P2SH, others undefined
    QByteArray hash;
    QString error;      // untranslated technical reason when !valid
};

// Checksum only (for the spec's checksum test vectors whose payloads are not addresses).
bool verifyChecksum(QStringView text, const QString &defaultPrefix = QStringLiteral("bitcoincash"));

// Full address: checksum, one case, version byte, hash size.
Address decode(QStringView text, const QStringList &defaultPrefixes = {QStringLiteral("bitcoincash"), QStringLiteral("bchtest"),
                                                                      QStringLiteral("bchreg")});
QString encode(const QString &prefix, int type, const QByteArray &hash);

} // namespace cca::codecs::cashaddr
