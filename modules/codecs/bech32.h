#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// BIP173 Bech32 and BIP350 Bech32m strings, and segregated-witness addresses under BIP350's rules
// (version 0 uses Bech32, versions 1 to 16 use Bech32m).
namespace cca::codecs::bech32 {

enum class Encoding { Invalid, Bech32, Bech32m };

struct Decoded
{
    Encoding encoding = Encoding::Invalid;
    QString hrp;      // lower case
    QByteArray data;  // 5-bit values, checksum removed
    QString error;    // when Invalid: an untranslated technical reason
};

// Checks the string as a whole (length at most 90, one case, separator, characters, checksum).
Decoded decode(QStringView text);
QString encode(const QString &hrp, const QByteArray &values, Encoding encoding);

// Regroups bits (8 to 5 or 5 to 8); false on leftover padding rules being broken.
bool convertBits(const QByteArray &in, int fromBits, int toBits, bool pad, QByteArray *out);

struct SegwitAddress
{
    bool valid = false;
    QString hrp;
    int version = -1;
    QByteArray program;
    Encoding encoding = Encoding::Invalid;
    QString error; // untranslated technical reason when !valid
};

// Decodes any human-readable part; the caller decides whether it belongs to a known chain.
SegwitAddress decodeSegwit(QStringView text);
QString encodeSegwit(const QString &hrp, int version, const QByteArray &program);

} // namespace cca::codecs::bech32
