#include "tracing/changeheuristics.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

namespace cca::tracing {

namespace {

const char *kContext = "cca::tracing::ChangeHeuristics";

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString scriptName(TraceGraph::Script s)
{
    switch (s) {
    case TraceGraph::Script::P2pkh: return QStringLiteral("P2PKH");
    case TraceGraph::Script::P2sh: return QStringLiteral("P2SH");
    case TraceGraph::Script::P2wpkh: return QStringLiteral("P2WPKH");
    case TraceGraph::Script::P2wsh: return QStringLiteral("P2WSH");
    case TraceGraph::Script::P2tr: return QStringLiteral("P2TR");
    case TraceGraph::Script::Account: break;
    }
    return QStringLiteral("account");
}

// A payment amount a person would choose: a whole multiple of 1/1000 of a coin.
bool isRound(qint64 value, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals - 3; ++i)
        unit *= 10;
    return unit > 1 && value % unit == 0;
}

bool onePeelShape(const TraceGraph &g, int tx)
{
    const TraceGraph::Tx &t = g.transactions()[size_t(tx)];
    return t.inputCount == 1 && t.outputCount == 2;
}

} // namespace

QString heuristicId(ChangeHeuristic h)
{
    switch (h) {
    case ChangeHeuristic::AddressType: return QStringLiteral("address-type");
    case ChangeHeuristic::RoundAmount: return QStringLiteral("round-amount");
    case ChangeHeuristic::OptimalChange: return QStringLiteral("optimal-change");
    case ChangeHeuristic::AddressReuse: return QStringLiteral("address-reuse");
    case ChangeHeuristic::PeelChain: return QStringLiteral("peel-chain");
    }
    return {};
}

QString heuristicName(ChangeHeuristic h)
{
    switch (h) {
    case ChangeHeuristic::AddressType: return tr("Address type match");
    case ChangeHeuristic::RoundAmount: return tr("Round payment amount");
    case ChangeHeuristic::OptimalChange: return tr("Optimal change");
    case ChangeHeuristic::AddressReuse: return tr("Address reuse");
    case ChangeHeuristic::PeelChain: return tr("Peel chain");
    }
    return {};
}

bool looksLikeCoinJoin(const TraceGraph &g, int tx)
{
    const TraceGraph::Tx &t = g.transactions()[size_t(tx)];
    if (t.inputCount < 2 || t.outputCount < 3)
        return false;
    std::map<qint64, int> counts;
    for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
        if (++counts[g.outputs()[size_t(o)].value] >= 3)
            return true;
    return false;
}

QList<ChangeFinding> detectChange(const TraceGraph &g, int tx)
{
    QList<ChangeFinding> out;
    const TraceGraph::Tx &t = g.transactions()[size_t(tx)];
    if (t.coinbase || t.outputCount < 2 || looksLikeCoinJoin(g, tx))
        return out;
    const auto &outputs = g.outputs();
    const int decimals = g.caseFile().chains[t.chain].decimals;
    auto inputOutput = [&](int i) { return g.inputs()[size_t(t.firstInput + i)]; };

    // Address type: the inputs share one script type and exactly one output has it too.
    QSet<int> inputTypes;
    QSet<int> inputAddresses;
    qint64 smallestInput = std::numeric_limits<qint64>::max();
    for (int i = 0; i < t.inputCount; ++i) {
        const TraceGraph::Output &prev = outputs[size_t(inputOutput(i))];
        inputTypes.insert(int(prev.script));
        inputAddresses.insert(prev.address);
        smallestInput = std::min(smallestInput, prev.value);
    }
    if (inputTypes.size() == 1) {
        const auto type = TraceGraph::Script(*inputTypes.cbegin());
        int match = -1, matches = 0;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
            if (outputs[size_t(o)].script == type) {
                match = o;
                ++matches;
            }
        if (matches == 1)
            out << ChangeFinding{ChangeHeuristic::AddressType, match,
                                 tr("Every input is %1 and only output %2 is %1 too: wallets usually create change in their own "
                                    "address type, while the payee's address type is chosen by the payee.")
                                     .arg(scriptName(type)).arg(match - t.firstOutput)};
    }

    // Round amount: exactly one output is not a round amount; the round one is the payment.
    {
        int notRound = -1, notRoundCount = 0;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
            if (!isRound(outputs[size_t(o)].value, decimals)) {
                notRound = o;
                ++notRoundCount;
            }
        if (notRoundCount == 1)
            out << ChangeFinding{ChangeHeuristic::RoundAmount, notRound,
                                 tr("Every other output is a round amount (a whole multiple of 0.001 coin), as people choose "
                                    "when they pay; output %1 is not, so it is likely what came back as change.")
                                     .arg(notRound - t.firstOutput)};
    }

    // Optimal change: an output smaller than every input; a wallet would not have added an input
    // that was not needed for the payment, so the payment is larger than any single input.
    if (t.inputCount >= 1 && !t.coinbase) {
        int smaller = -1, smallerCount = 0;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
            if (outputs[size_t(o)].value < smallestInput) {
                smaller = o;
                ++smallerCount;
            }
        if (smallerCount == 1 && t.inputCount >= 2)
            out << ChangeFinding{ChangeHeuristic::OptimalChange, smaller,
                                 tr("Output %1 is smaller than every input. Had it been the payment, one of the inputs would "
                                    "have been enough and the wallet would not have added the others, so it is likely change.")
                                     .arg(smaller - t.firstOutput)};
    }

    // Address reuse: an output pays back to one of the input addresses.
    {
        int reused = -1, reusedCount = 0;
        for (int o = t.firstOutput; o < t.firstOutput + t.outputCount; ++o)
            if (inputAddresses.contains(outputs[size_t(o)].address)) {
                reused = o;
                ++reusedCount;
            }
        if (reusedCount == 1)
            out << ChangeFinding{ChangeHeuristic::AddressReuse, reused,
                                 tr("Output %1 goes back to %2, an address that also funded this transaction: the wallet "
                                    "reused its own address for change.")
                                     .arg(reused - t.firstOutput).arg(g.addressText(outputs[size_t(reused)].address))};
    }

    // Peel chain: one input, two outputs; the larger one is spent again the same way.
    if (onePeelShape(g, tx)) {
        const int a = t.firstOutput, b = t.firstOutput + 1;
        const int larger = outputs[size_t(a)].value >= outputs[size_t(b)].value ? a : b;
        const int smaller = larger == a ? b : a;
        const int next = outputs[size_t(larger)].spentBy;
        const bool previousPeel = t.inputCount == 1 && onePeelShape(g, outputs[size_t(inputOutput(0))].tx);
        if (next >= 0 && onePeelShape(g, next) && outputs[size_t(larger)].value > outputs[size_t(smaller)].value)
            out << ChangeFinding{ChangeHeuristic::PeelChain, larger,
                                 (previousPeel ? tr("This transaction is one link of a peel chain: ")
                                               : tr("This transaction starts a peel-chain shape: "))
                                     + tr("one input pays a small amount (output %1) and passes the larger rest (output %2) to a "
                                          "fresh address, which then does the same again.")
                                           .arg(smaller - t.firstOutput).arg(larger - t.firstOutput)};
    }
    return out;
}

int likelyChange(const QList<ChangeFinding> &findings)
{
    QHash<int, int> votes;
    for (const ChangeFinding &f : findings)
        ++votes[f.output];
    int best = -1, bestVotes = 0;
    bool tie = false;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes) {
            best = it.key();
            bestVotes = it.value();
            tie = false;
        } else if (it.value() == bestVotes) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

} // namespace cca::tracing
