// The indicator checker on a large paste: 1 MiB (UTF-8) of synthetic chat in English, Traditional
// Chinese and Russian with indicators mixed in. Target: extraction under 100 ms.
#include "reference/indicators.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <random>

using namespace cca;

namespace {

QString syntheticChat(qsizetype utf8Bytes, int *planted)
{
    const QStringList chatter{
        QStringLiteral("Hi dear, how was your day? The market is very good today, my teacher says we can earn 30% this week."),
        QStringLiteral("你好！今天行情很好，導師說這個星期可以賺三成，記得準時入金。"),
        QStringLiteral("Привет! Я отправил тебе инструкцию, проверь почту и напиши, когда будет готово."),
        QStringLiteral("Don't tell your family yet, it's a surprise. We will buy a flat together next year :)"),
        QStringLiteral("客服：您的賬戶已升級為VIP，請於今晚十點前完成驗證，否則資金將被凍結。"),
        QStringLiteral("ok.thanks, see you at 10:30 tomorrow. Meeting ID 845 2231 0091, passcode 7731."),
        QStringLiteral("The fee is 1,250.00 USDT and the tax is HK$ 3,800. Order no. 20240315-0042 confirmed on 2024-03-15."),
        QStringLiteral("我已經轉了五萬，平台顯示餘額 128,450.37 USDT，但提現要先交保證金。"),
        QStringLiteral("Please download the app from our official website, it's faster than the exchange and has no limits."),
        QStringLiteral("Спасибо, всё получилось. Завтра переведу ещё 2000 долларов."),
    };
    const QStringList indicators{
        QStringLiteral("Send to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 now."),
        QStringLiteral("USDT（TRC20）地址：TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL，請截圖。"),
        QStringLiteral("ERC20: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed (please double check)"),
        QStringLiteral("Login at https://www.binance-support.com/verify?id=8841 before midnight."),
        QStringLiteral("WhatsApp +852 9123 4567 or call 6123-4567."),
        QStringLiteral("Mail refund.desk@kraken-recovery.com with the tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060."),
        QStringLiteral("XRP: rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh dt:123456"),
        QStringLiteral("網站 xn--binnce-5nf.com 或 b1nance.com"),
        QStringLiteral("Old address 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mp (typo?)"),
        QStringLiteral("Monero only: 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A"),
        QStringLiteral("My Phantom (Solana) wallet: EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
    };
    std::mt19937 random(20240315);
    QString text;
    qsizetype bytes = 0;
    *planted = 0;
    while (bytes < utf8Bytes) {
        QString line;
        if (random() % 10 == 0) {
            line = indicators[random() % indicators.size()];
            ++*planted;
        } else {
            line = chatter[random() % chatter.size()];
        }
        line += QLatin1Char('\n');
        bytes += line.toUtf8().size();
        text += line;
    }
    return text;
}

} // namespace

static void BM_ExtractIndicators1MiB(benchmark::State &state)
{
    int planted = 0;
    const QString text = syntheticChat(1 << 20, &planted);
    qsizetype found = 0;
    for (auto _ : state) {
        const QList<reference::Indicator> list = reference::extractIndicators(text);
        found = list.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["unique_indicators"] = double(found);
    state.counters["planted_lines"] = planted;
    state.SetBytesProcessed(int64_t(state.iterations()) * (1 << 20));
}
BENCHMARK(BM_ExtractIndicators1MiB)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
