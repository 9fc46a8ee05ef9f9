#include "wallet/trainingwallet.h"

#include "wallet/bip32.h"
#include "wallet/derivation.h"

namespace cca::wallet {

namespace {
constexpr quint32 H = bip32::Hardened;

TrainingAccount account(const char *standard, QList<quint32> path, Coin coin, Script script)
{
    TrainingAccount a;
    a.standard = QString::fromLatin1(standard);
    a.path = bip32::formatPath(path);
    a.coin = coin;
    a.script = script;
    return a;
}
} // namespace

QList<TrainingAccount> trainingAccounts()
{
    return {account("BIP44", {44 | H, 0 | H, 0 | H}, Coin::Bitcoin, Script::P2pkh),
            account("BIP49", {49 | H, 0 | H, 0 | H}, Coin::Bitcoin, Script::P2shP2wpkh),
            account("BIP84", {84 | H, 0 | H, 0 | H}, Coin::Bitcoin, Script::P2wpkh),
            account("BIP86", {86 | H, 0 | H, 0 | H}, Coin::Bitcoin, Script::P2tr),
            account("BIP44", {44 | H, 60 | H, 0 | H}, Coin::Ethereum, Script::P2pkh),
            account("BIP44", {44 | H, 195 | H, 0 | H}, Coin::Tron, Script::P2pkh),
            account("BIP44", {44 | H, 2 | H, 0 | H}, Coin::Litecoin, Script::P2pkh)};
}

TrainingWallet deriveTrainingWallet(const QString &sentence, const QString &passphrase, int addressCount)
{
    TrainingWallet wallet;
    QByteArray seed = bip39::mnemonicToSeed(sentence, passphrase);
    wallet.seedHex = QString::fromLatin1(seed.toHex());
    const std::optional<bip32::ExtendedKey> master = bip32::masterKey(seed, &wallet.error);
    seed.fill('\0');
    if (!master)
        return wallet;
    wallet.masterFingerprint = master->fingerprint();
    const QList<TrainingAccount> accounts = trainingAccounts();
    for (TrainingAccount a : accounts) {
        const std::optional<QList<quint32>> accountPath = bip32::parsePath(a.path, &wallet.error);
        if (!accountPath)
            return wallet;
        const std::optional<bip32::ExtendedKey> accountKey = bip32::derivePath(*master, *accountPath, &wallet.error);
        if (!accountKey)
            return wallet;
        for (int i = 0; i < addressCount; ++i) {
            QList<quint32> full = *accountPath;
            full << 0 << quint32(i);
            const std::optional<AddressChoice> choice = chooseForPath(full, a.coin, usesScripts(a.coin) ? std::optional<Script>(a.script) : std::nullopt,
                                                                      &wallet.error);
            if (!choice)
                return wallet;
            const std::optional<DerivedAddress> derived = deriveAddress(*accountKey, {0, quint32(i)}, *choice, &wallet.error);
            if (!derived)
                return wallet;
            a.addressPaths << bip32::formatPath(full);
            a.addresses << derived->address;
        }
        wallet.accounts << a;
    }
    wallet.error.clear();
    return wallet;
}

QString addressAt(const QString &sentence, const QString &passphrase, const QString &path)
{
    const std::optional<QList<quint32>> parsed = bip32::parsePath(path);
    if (!parsed)
        return {};
    QByteArray seed = bip39::mnemonicToSeed(sentence, passphrase);
    const std::optional<bip32::ExtendedKey> master = bip32::masterKey(seed);
    seed.fill('\0');
    if (!master)
        return {};
    const std::optional<AddressChoice> choice = chooseForPath(*parsed, std::nullopt, std::nullopt);
    if (!choice)
        return {};
    const std::optional<DerivedAddress> derived = deriveAddress(*master, *parsed, *choice);
    return derived ? derived->address : QString();
}

QList<ScannedAddress> scanWallet(const QString &sentence, const QString &passphrase, int perChain)
{
    QList<ScannedAddress> out;
    if (!bip39::checkMnemonic(sentence).ok())
        return out;
    QByteArray seed = bip39::mnemonicToSeed(sentence, passphrase);
    const std::optional<bip32::ExtendedKey> master = bip32::masterKey(seed);
    seed.fill('\0');
    if (!master)
        return out;
    QStringList accounts;
    for (const char *purpose : {"44", "49", "84", "86"})
        for (const char *coin : {"0", "1"})
            for (const char *change : {"0", "1"})
                accounts << QStringLiteral("m/%1'/%2'/0'/%3").arg(QLatin1String(purpose), QLatin1String(coin), QLatin1String(change));
    accounts << QStringLiteral("m/44'/60'/0'/0") << QStringLiteral("m/44'/195'/0'/0") << QStringLiteral("m/44'/2'/0'/0");
    for (const QString &account : std::as_const(accounts)) {
        // The chain key once (its hardened steps are the costly part), then each index below it;
        // the address type follows from the full path, the same for every index.
        const std::optional<QList<quint32>> chainPath = bip32::parsePath(account);
        const std::optional<bip32::ExtendedKey> chain = chainPath ? bip32::derivePath(*master, *chainPath) : std::nullopt;
        const std::optional<AddressChoice> choice =
            chainPath ? chooseForPath(*chainPath + QList<quint32>{0}, std::nullopt, std::nullopt) : std::nullopt;
        if (!chain || !choice)
            continue;
        for (int i = 0; i < perChain; ++i)
            if (const std::optional<DerivedAddress> derived = deriveAddress(*chain, {quint32(i)}, *choice))
                out << ScannedAddress{QStringLiteral("%1/%2").arg(account).arg(i), derived->address};
    }
    return out;
}

MissingWordSearch findMissingWord(QStringList words, int position, bip39::Language language,
                                  const std::function<bool(int tried)> &progress)
{
    MissingWordSearch result;
    if (position < 0 || position >= words.size())
        return result;
    const QStringList &list = bip39::wordlist(language);
    for (int i = 0; i < list.size(); ++i) {
        if (progress && i % 64 == 0 && !progress(i)) {
            result.cancelled = true;
            return result;
        }
        words[position] = list.at(i);
        if (bip39::checkMnemonic(words.join(QLatin1Char(' ')), language).ok())
            result.candidates << list.at(i);
    }
    if (progress)
        progress(int(list.size()));
    return result;
}

} // namespace cca::wallet
