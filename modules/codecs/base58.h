#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

// Base58 as Bitcoin (and TRON, Litecoin, Dogecoin, Solana) write it, the XRP Ledger's own alphabet,
// Base58Check (payload + first four bytes of double SHA-256), and Monero's block-wise variant.
namespace cca::codecs::base58 {

enum class Alphabet { Bitcoin, Ripple };

const char *alphabet(Alphabet a);
bool isAlphabetChar(QChar c, Alphabet a = Alphabet::Bitcoin);

QByteArray encode(const QByteArray &data, Alphabet a = Alphabet::Bitcoin);
// Nothing when a character is outside the alphabet.
std::optional<QByteArray> decode(QStringView text, Alphabet a = Alphabet::Bitcoin);

QByteArray checksum(const QByteArray &payload); // first four bytes of SHA-256(SHA-256(payload))
QByteArray encodeCheck(const QByteArray &payload, Alphabet a = Alphabet::Bitcoin);

enum class CheckResult { Ok, BadCharacter, TooShort, BadChecksum };
// Decodes and verifies the four checksum bytes; *payload receives the bytes before them (also when
// the checksum is wrong, so a caller can still say what the string was meant to be).
CheckResult decodeCheck(QStringView text, QByteArray *payload, Alphabet a = Alphabet::Bitcoin);

// Monero: 8-byte blocks become 11 characters, the last partial block a fixed shorter length.
QByteArray moneroEncode(const QByteArray &data);
std::optional<QByteArray> moneroDecode(QStringView text);

} // namespace cca::codecs::base58
