#include "wallet/derivation.h"
#include "wallet/hashes.h"

namespace cca::wallet {

namespace {

using bip32::Hardened;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

std::optional<Script> scriptForPurpose(quint32 purpose)
{
    switch (purpose) {
    case 44 | Hardened: return Script::P2pkh;
    case 49 | Hardened: return Script::P2shP2wpkh;
    case 84 | Hardened: return Script::P2wpkh;
    case 86 | Hardened: return Script::P2tr;
    default: return std::nullopt;
    }
}

bip32::Format formatForScript(Script script)
{
    switch (script) {
    case Script::P2shP2wpkh: return bip32::Format::Bip49;
    case Script::P2wpkh: return bip32::Format::Bip84;
    case Script::P2pkh:
    case Script::P2tr: break;
    }
    return bip32::Format::Standard;
}

bool checkScript(const AddressChoice &choice, bool scriptGiven, QString *error)
{
    if (!usesScripts(choice.coin)) {
        if (scriptGiven) {
            setError(error, QStringLiteral("script: %1 does not apply to %2, which has a single address form")
                                .arg(scriptCode(choice.script), coinName(choice.coin)));
            return false;
        }
        return true;
    }
    if (!supportsScript(choice.coin, choice.script)) {
        setError(error, QStringLiteral("script: %1 is not used on %2").arg(scriptCode(choice.script), coinName(choice.coin)));
        return false;
    }
    return true;
}

} // namespace

std::optional<AddressChoice> chooseForPath(const QList<quint32> &path, std::optional<Coin> coin, std::optional<Script> script,
                                           QString *error)
{
    const std::optional<Script> purposeScript = path.isEmpty() ? std::nullopt : scriptForPurpose(path[0]);
    AddressChoice choice;
    if (coin) {
        choice.coin = *coin;
    } else if (purposeScript && path.size() >= 2) {
        const quint32 coinType = path[1];
        const std::optional<Coin> fromPath = coinType >= Hardened ? coinFromSlip44(coinType - Hardened) : std::nullopt;
        if (!fromPath) {
            setError(error, QStringLiteral("path: coin type %1 is not one the lab derives (0' Bitcoin, 1' testnet, 2' Litecoin, "
                                           "60' Ethereum, 195' TRON); name the coin")
                                .arg(bip32::formatPath({coinType}).mid(2)));
            return std::nullopt;
        }
        choice.coin = *fromPath;
    }
    choice.script = script ? *script : purposeScript.value_or(Script::P2pkh);
    if (!checkScript(choice, script.has_value(), error))
        return std::nullopt;
    choice.network = choice.coin == Coin::BitcoinTestnet ? bip32::Network::Testnet : bip32::Network::Mainnet;
    if (!usesScripts(choice.coin)) {
        choice.format = bip32::Format::Standard;
    } else if (purposeScript) {
        choice.format = formatForScript(*purposeScript);
        if (*purposeScript == Script::P2tr || *purposeScript == Script::P2pkh)
            choice.format = bip32::Format::Standard;
    } else {
        choice.format = formatForScript(choice.script);
    }
    return choice;
}

std::optional<AddressChoice> chooseForKey(const bip32::ExtendedKey &key, std::optional<Coin> coin, std::optional<Script> script,
                                          QString *error)
{
    AddressChoice choice;
    choice.network = key.network;
    choice.format = key.format;
    const bool testnet = key.network == bip32::Network::Testnet;
    if (coin) {
        if ((*coin == Coin::BitcoinTestnet) != testnet) {
            setError(error, QStringLiteral("coin: %1 does not match the extended key, which is a %2 key (%3)")
                                .arg(coinCode(*coin), testnet ? QStringLiteral("testnet") : QStringLiteral("mainnet"),
                                     bip32::versionPrefix(key.network, key.format, key.isPrivate())));
            return std::nullopt;
        }
        choice.coin = *coin;
    } else {
        choice.coin = testnet ? Coin::BitcoinTestnet : Coin::Bitcoin;
    }
    if (script) {
        choice.script = *script;
    } else {
        switch (key.format) {
        case bip32::Format::Standard: choice.script = Script::P2pkh; break;
        case bip32::Format::Bip49: choice.script = Script::P2shP2wpkh; break;
        case bip32::Format::Bip84: choice.script = Script::P2wpkh; break;
        }
    }
    if (!checkScript(choice, script.has_value(), error))
        return std::nullopt;
    return choice;
}

DerivedAddress::~DerivedAddress()
{
    wipe(xprv);
}

std::optional<DerivedAddress> deriveAddress(const bip32::ExtendedKey &root, const QList<quint32> &path, const AddressChoice &choice,
                                            QString *error)
{
    bip32::ExtendedKey start = root;
    start.network = choice.network;
    start.format = choice.format;
    const std::optional<bip32::ExtendedKey> key = bip32::derivePath(start, path, error);
    if (!key)
        return std::nullopt;
    DerivedAddress out;
    out.path = bip32::formatPath(path);
    out.choice = choice;
    if (key->isPrivate())
        out.xprv = key->toBase58();
    out.xpub = key->toPublicBase58();
    out.publicKey = key->publicKey;
    out.address = address::forCoin(choice.coin, choice.script, key->publicKey, error);
    if (out.address.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace cca::wallet
