#pragma once

#include <QByteArray>
#include <QString>

namespace cca::accounts {

// Passwords and PINs are kept only as salted, memory-hard hashes: libsodium's Argon2id
// (crypto_pwhash_str), which stores the salt and the cost in the hash string itself.
namespace Credentials {
QString hash(const QString &secret); // empty on failure (out of memory)
bool verify(const QString &storedHash, const QString &secret);

// Rules for new secrets; the message says what is wrong, empty when acceptable.
QString passwordProblem(const QString &password); // trainers and admins: at least 8 characters, not all one kind
QString pinProblem(const QString &pin);           // trainees, optional: 4 to 8 digits
} // namespace Credentials

} // namespace cca::accounts
