#pragma once

#include "wallet/addresses.h"
#include "wallet/bip39.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// What the wallet lab shows, computed from a phrase and a passphrase: the seed, the master key's
// fingerprint, and the first receive addresses of the usual accounts (BIP44/49/84/86 Bitcoin,
// Ethereum, TRON, Litecoin). Nothing here is stored; the seed is wiped before returning.
namespace cca::wallet {

struct TrainingAccount
{
    QString standard;      // "BIP84", "BIP44", ...
    QString path;          // "m/84'/0'/0'"
    Coin coin = Coin::Bitcoin;
    Script script = Script::P2pkh;
    QStringList addressPaths; // full paths of the first receive addresses
    QStringList addresses;
};

struct TrainingWallet
{
    QString seedHex;          // 128 hex characters
    quint32 masterFingerprint = 0;
    QList<TrainingAccount> accounts;
    QString error;            // set when nothing could be derived

    bool ok() const { return error.isEmpty(); }
};

// The accounts the lab shows, in order, with their account paths.
QList<TrainingAccount> trainingAccounts();

// Derives `addressCount` receive addresses (…/0/0, …/0/1, …) below every training account.
TrainingWallet deriveTrainingWallet(const QString &sentence, const QString &passphrase, int addressCount = 3);

// One address at a full path ("m/84'/0'/0'/0/0"), the address type read from the path; empty on error.
QString addressAt(const QString &sentence, const QString &passphrase, const QString &path);

// One address of a restored wallet, with the full path it was derived at.
struct ScannedAddress
{
    QString path;    // "m/44'/1'/0'/0/1"
    QString address;
};

// The addresses an investigator looks up after restoring a wallet: the first `perChain` receive
// (…/0/i) and change (…/1/i) addresses of BIP44, BIP49, BIP84 and BIP86 on Bitcoin and on the
// Bitcoin test network (coin type 1'), and the first `perChain` receive addresses of Ethereum,
// TRON and Litecoin (BIP44). The seed is derived once and wiped; empty when the phrase is not valid.
QList<ScannedAddress> scanWallet(const QString &sentence, const QString &passphrase, int perChain = 10);

struct MissingWordSearch
{
    QStringList candidates; // words that make the phrase pass the checksum, in list order
    bool cancelled = false;
};

// Tries every word of the list at `position` (0-based) of `words` (the word there is ignored) and
// keeps those that give a valid checksum. `progress` is called with the number of words tried so
// far; returning false cancels the search.
MissingWordSearch findMissingWord(QStringList words, int position, bip39::Language language,
                                  const std::function<bool(int tried)> &progress = {});

} // namespace cca::wallet
