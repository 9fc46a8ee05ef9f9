#pragma once

#include "wallet/addresses.h"
#include "wallet/bip32.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// From a key and a path to an address, the way wallets read BIP44-style paths
// m / purpose' / coin_type' / account' / change / index: the purpose gives the script (44' P2PKH,
// 49' P2SH-P2WPKH, 84' P2WPKH, 86' P2TR) and the extended-key version (49' y/u, 84' z/v, else x/t),
// the SLIP-44 coin type the chain (0' Bitcoin, 1' testnet, 2' Litecoin, 60' Ethereum, 195' TRON).
namespace cca::wallet {

struct AddressChoice
{
    Coin coin = Coin::Bitcoin;
    Script script = Script::P2pkh; // meaningful where usesScripts(coin)
    bip32::Network network = bip32::Network::Mainnet;
    bip32::Format format = bip32::Format::Standard;
};

// For a path from the master key. An explicit coin or script wins over the path; a path without a
// known purpose means Bitcoin P2PKH. Nothing, with *error naming "path", "coin" or "script", when
// the coin type is unknown and no coin is given, or the script does not exist on the coin.
std::optional<AddressChoice> chooseForPath(const QList<quint32> &path, std::optional<Coin> coin, std::optional<Script> script,
                                           QString *error = nullptr);
// For a path below a serialised extended key: the key's version gives the network and the script
// (x/t P2PKH, y/u P2SH-P2WPKH, z/v P2WPKH) unless a coin or script is given.
std::optional<AddressChoice> chooseForKey(const bip32::ExtendedKey &key, std::optional<Coin> coin, std::optional<Script> script,
                                          QString *error = nullptr);

struct DerivedAddress
{
    QString path;       // as formatted by bip32::formatPath, relative to the key derived from
    AddressChoice choice;
    QString xprv;       // empty when derived from a public key
    QString xpub;
    QString address;
    QByteArray publicKey; // 33 bytes, compressed

    ~DerivedAddress();  // wipes xprv
    DerivedAddress() = default;
    DerivedAddress(const DerivedAddress &) = default;
    DerivedAddress &operator=(const DerivedAddress &) = default;
};

std::optional<DerivedAddress> deriveAddress(const bip32::ExtendedKey &root, const QList<quint32> &path, const AddressChoice &choice,
                                            QString *error = nullptr);

} // namespace cca::wallet
