#include "wallet/addresses.h"
#include "wallet/bip32.h"
#include "wallet/hashes.h"
#include "wallet/secp256k1context_p.h"

#include "codecs/base58.h"
#include "codecs/bech32.h"
#include "codecs/evmaddress.h"

#include <secp256k1_extrakeys.h>

namespace cca::wallet {

namespace {

const unsigned char *cu(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

struct Params
{
    char p2pkh;
    char p2sh;
    const char *hrp;
};

Params params(Coin coin)
{
    switch (coin) {
    case Coin::Bitcoin: return {0x00, 0x05, "bc"};
    case Coin::BitcoinTestnet: return {0x6f, static_cast<char>(0xc4), "tb"};
    case Coin::Litecoin: return {0x30, 0x32, "ltc"};
    case Coin::Ethereum:
    case Coin::Tron: break;
    }
    return {0x00, 0x05, "bc"};
}

QString base58Check(char version, const QByteArray &hash)
{
    return QString::fromLatin1(codecs::base58::encodeCheck(QByteArray(1, version) + hash));
}

// The 20 bytes Ethereum and TRON share: the last 20 of Keccak-256(x || y).
QByteArray evmHash(const QByteArray &publicKey)
{
    const QByteArray full = bip32::uncompressedPublicKey(publicKey);
    if (full.size() != 65)
        return {};
    return keccak256(full.mid(1)).right(20);
}

} // namespace

QList<Coin> coins()
{
    return {Coin::Bitcoin, Coin::BitcoinTestnet, Coin::Litecoin, Coin::Ethereum, Coin::Tron};
}

QString coinCode(Coin coin)
{
    switch (coin) {
    case Coin::Bitcoin: return QStringLiteral("btc");
    case Coin::BitcoinTestnet: return QStringLiteral("btc-testnet");
    case Coin::Litecoin: return QStringLiteral("ltc");
    case Coin::Ethereum: return QStringLiteral("eth");
    case Coin::Tron: return QStringLiteral("trx");
    }
    return {};
}

QString coinName(Coin coin)
{
    switch (coin) {
    case Coin::Bitcoin: return QStringLiteral("Bitcoin");
    case Coin::BitcoinTestnet: return QStringLiteral("Bitcoin testnet");
    case Coin::Litecoin: return QStringLiteral("Litecoin");
    case Coin::Ethereum: return QStringLiteral("Ethereum");
    case Coin::Tron: return QStringLiteral("TRON");
    }
    return {};
}

std::optional<Coin> coinFromCode(QStringView code)
{
    for (Coin c : coins())
        if (code.compare(coinCode(c), Qt::CaseInsensitive) == 0)
            return c;
    if (code.compare(QLatin1String("tbtc"), Qt::CaseInsensitive) == 0 || code.compare(QLatin1String("testnet"), Qt::CaseInsensitive) == 0)
        return Coin::BitcoinTestnet;
    return std::nullopt;
}

quint32 slip44CoinType(Coin coin)
{
    switch (coin) {
    case Coin::Bitcoin: return 0;
    case Coin::BitcoinTestnet: return 1;
    case Coin::Litecoin: return 2;
    case Coin::Ethereum: return 60;
    case Coin::Tron: return 195;
    }
    return 0;
}

std::optional<Coin> coinFromSlip44(quint32 coinType)
{
    for (Coin c : coins())
        if (slip44CoinType(c) == coinType)
            return c;
    return std::nullopt;
}

QString scriptCode(Script script)
{
    switch (script) {
    case Script::P2pkh: return QStringLiteral("p2pkh");
    case Script::P2shP2wpkh: return QStringLiteral("p2sh-p2wpkh");
    case Script::P2wpkh: return QStringLiteral("p2wpkh");
    case Script::P2tr: return QStringLiteral("p2tr");
    }
    return {};
}

std::optional<Script> scriptFromCode(QStringView code)
{
    for (Script s : {Script::P2pkh, Script::P2shP2wpkh, Script::P2wpkh, Script::P2tr})
        if (code.compare(scriptCode(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool usesScripts(Coin coin)
{
    return coin == Coin::Bitcoin || coin == Coin::BitcoinTestnet || coin == Coin::Litecoin;
}

bool supportsScript(Coin coin, Script script)
{
    if (!usesScripts(coin))
        return false;
    return !(coin == Coin::Litecoin && script == Script::P2tr);
}

namespace address {

QString p2pkh(const QByteArray &publicKey, Coin coin)
{
    return base58Check(params(coin).p2pkh, hash160(publicKey));
}

QString p2shP2wpkh(const QByteArray &publicKey, Coin coin)
{
    // The redeem script is the P2WPKH output script: OP_0 PUSH20 <HASH160(pubkey)>.
    const QByteArray redeemScript = QByteArray("\x00\x14", 2) + hash160(publicKey);
    return base58Check(params(coin).p2sh, hash160(redeemScript));
}

QString p2wpkh(const QByteArray &publicKey, Coin coin)
{
    return codecs::bech32::encodeSegwit(QString::fromLatin1(params(coin).hrp), 0, hash160(publicKey));
}

QByteArray taprootInternalKey(const QByteArray &publicKey)
{
    const secp256k1_context *ctx = detail::secp256k1Context();
    secp256k1_pubkey pub;
    secp256k1_xonly_pubkey xonly;
    if (secp256k1_ec_pubkey_parse(ctx, &pub, cu(publicKey), static_cast<size_t>(publicKey.size())) != 1
        || secp256k1_xonly_pubkey_from_pubkey(ctx, &xonly, nullptr, &pub) != 1)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    secp256k1_xonly_pubkey_serialize(ctx, reinterpret_cast<unsigned char *>(out.data()), &xonly);
    return out;
}

QByteArray taprootOutputKey(const QByteArray &publicKey)
{
    const secp256k1_context *ctx = detail::secp256k1Context();
    const QByteArray internal = taprootInternalKey(publicKey);
    if (internal.isEmpty())
        return {};
    secp256k1_xonly_pubkey internalKey;
    if (secp256k1_xonly_pubkey_parse(ctx, &internalKey, cu(internal)) != 1)
        return {};
    // No script path: the tweak commits to the internal key alone (BIP341, BIP86).
    const QByteArray tweak = taggedHash(QByteArrayLiteral("TapTweak"), internal);
    secp256k1_pubkey tweaked;
    secp256k1_xonly_pubkey output;
    if (secp256k1_xonly_pubkey_tweak_add(ctx, &tweaked, &internalKey, cu(tweak)) != 1
        || secp256k1_xonly_pubkey_from_pubkey(ctx, &output, nullptr, &tweaked) != 1)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    secp256k1_xonly_pubkey_serialize(ctx, reinterpret_cast<unsigned char *>(out.data()), &output);
    return out;
}

QString p2tr(const QByteArray &publicKey, Coin coin)
{
    const QByteArray output = taprootOutputKey(publicKey);
    if (output.isEmpty())
        return {};
    return codecs::bech32::encodeSegwit(QString::fromLatin1(params(coin).hrp), 1, output);
}

QString ethereum(const QByteArray &publicKey)
{
    const QByteArray hash = evmHash(publicKey);
    if (hash.isEmpty())
        return {};
    return codecs::evm::toChecksumAddress(QString(QStringLiteral("0x") + QString::fromLatin1(hash.toHex())));
}

QString tron(const QByteArray &publicKey)
{
    const QByteArray hash = evmHash(publicKey);
    if (hash.isEmpty())
        return {};
    return base58Check(0x41, hash);
}

QString forCoin(Coin coin, Script script, const QByteArray &publicKey, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return QString();
    };
    if (bip32::uncompressedPublicKey(publicKey).isEmpty())
        return fail(QStringLiteral("public key: not a valid compressed secp256k1 public key"));
    switch (coin) {
    case Coin::Ethereum:
        return ethereum(publicKey);
    case Coin::Tron:
        return tron(publicKey);
    case Coin::Bitcoin:
    case Coin::BitcoinTestnet:
    case Coin::Litecoin:
        break;
    }
    if (!supportsScript(coin, script))
        return fail(QStringLiteral("script: %1 is not used on %2").arg(scriptCode(script), coinName(coin)));
    switch (script) {
    case Script::P2pkh: return p2pkh(publicKey, coin);
    case Script::P2shP2wpkh: return p2shP2wpkh(publicKey, coin);
    case Script::P2wpkh: return p2wpkh(publicKey, coin);
    case Script::P2tr: return p2tr(publicKey, coin);
    }
    return {};
}

} // namespace address

} // namespace cca::wallet
