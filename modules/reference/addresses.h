#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

// Recognising one token as a cryptocurrency address and validating it by its chain's own rules.
namespace cca::reference {

namespace chains {
inline constexpr char Bitcoin[] = "bitcoin";
inline constexpr char Ethereum[] = "ethereum";
inline constexpr char Tron[] = "tron";
inline constexpr char Litecoin[] = "litecoin";
inline constexpr char BitcoinCash[] = "bitcoin-cash";
inline constexpr char Dogecoin[] = "dogecoin";
inline constexpr char Xrp[] = "xrp";
inline constexpr char Solana[] = "solana";
inline constexpr char Monero[] = "monero";
} // namespace chains

struct AddressInfo
{
    bool recognised = false; // shaped like an address of a chain we know, valid or not
    bool valid = false;
    QStringList chains;      // more than one when the form is shared (Bitcoin and Litecoin "3…")
    QString format;          // p2pkh, p2sh, p2wpkh, p2wsh, p2tr, segwit-v2…, eip55, hex, base58check,
                             // cashaddr, xrp-classic, x-address, base58-pubkey, monero-standard…
    QString network;         // mainnet, testnet, regtest, stagenet
    QString reason;          // translated, when !valid
    QString canonical;       // the form watchlists and comparisons use
    QJsonObject details;     // decoded facts: hashes, witness version, EIP-55 state, tags…
};

struct AddressContext
{
    bool solanaPlausible = false; // the surrounding text names Solana (see indicators.h)
};

AddressInfo classifyAddress(QStringView token, const AddressContext &context = {});

// EVM lower case; Bech32 and CashAddr lower case (CashAddr with its prefix); others as written.
QString canonicalAddress(QStringView token);

} // namespace cca::reference
