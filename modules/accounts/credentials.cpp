#include "accounts/credentials.h"

#include <QCoreApplication>

#include <sodium.h>

namespace cca::accounts::Credentials {

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cca::accounts::Credentials", text);
}
} // namespace

QString hash(const QString &secret)
{
    if (!ready())
        return {};
    QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size())); // the secret does not linger in memory
    if (rc != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &secret)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = secret.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return tr("A password needs at least 8 characters.");
    bool letter = false, other = false;
    for (const QChar c : password) {
        if (c.isLetter())
            letter = true;
        else
            other = true;
    }
    if (!letter || !other)
        return tr("Use letters and at least one digit or symbol in the password.");
    return {};
}

QString pinProblem(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return tr("A PIN has 4 to 8 digits.");
    for (const QChar c : pin)
        if (!c.isDigit())
            return tr("A PIN has digits only.");
    return {};
}

} // namespace cca::accounts::Credentials
