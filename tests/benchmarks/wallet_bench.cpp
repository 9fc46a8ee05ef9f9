// The wallet lab's mathematics: a BIP39 seed (PBKDF2-HMAC-SHA512, 2048 rounds) and 1,000
// addresses below one account, as the lab's derivation tree and the restore drill need them.
#include "wallet/bip32.h"
#include "wallet/bip39.h"
#include "wallet/derivation.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace cca::wallet;
using bip32::Hardened;

namespace {

const QString &phrase()
{
    static const QString p = QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    return p;
}

bip32::ExtendedKey master()
{
    return *bip32::masterKey(bip39::mnemonicToSeed(phrase()));
}

} // namespace

static void BM_MnemonicToSeed(benchmark::State &state)
{
    for (auto _ : state) {
        const bip39::Check check = bip39::checkMnemonic(phrase());
        QByteArray seed = bip39::mnemonicToSeed(check.sentence(), QStringLiteral("TREZOR"));
        benchmark::DoNotOptimize(seed.data());
    }
}
BENCHMARK(BM_MnemonicToSeed)->Unit(benchmark::kMillisecond);

// m/purpose'/coin'/0' once, then 0/0 ... 0/999 with their addresses and serialised keys.
static void derive1000(benchmark::State &state, quint32 purpose, quint32 coin)
{
    const bip32::ExtendedKey root = master();
    const QList<quint32> accountPath{purpose | Hardened, coin | Hardened, 0 | Hardened};
    const AddressChoice choice = *chooseForPath(accountPath, std::nullopt, std::nullopt);
    for (auto _ : state) {
        const bip32::ExtendedKey account = *bip32::derivePath(root, accountPath);
        int made = 0;
        for (quint32 i = 0; i < 1000; ++i) {
            const auto derived = deriveAddress(account, {0, i}, choice);
            made += derived && !derived->address.isEmpty();
        }
        if (made != 1000)
            state.SkipWithError("an address failed");
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * 1000);
}

static void BM_Derive1000AddressesP2wpkh(benchmark::State &state)
{
    derive1000(state, 84, 0);
}
BENCHMARK(BM_Derive1000AddressesP2wpkh)->Unit(benchmark::kMillisecond);

static void BM_Derive1000AddressesP2tr(benchmark::State &state)
{
    derive1000(state, 86, 0);
}
BENCHMARK(BM_Derive1000AddressesP2tr)->Unit(benchmark::kMillisecond);

static void BM_Derive1000AddressesEthereum(benchmark::State &state)
{
    derive1000(state, 44, 60);
}
BENCHMARK(BM_Derive1000AddressesEthereum)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
