#include "scenario/callscoring.h"

#include <QHash>
#include <QPair>

#include <algorithm>

namespace cca::scenario {

CallScore scoreCall(const Scenario &scenario, const QList<CallMark> &marks)
{
    // The last mark of each line wins, so re-marking a line with another tactic corrects it.
    QHash<QPair<QString, int>, QString> marked;
    for (const CallMark &m : marks)
        marked.insert({m.node, m.line}, m.tactic);

    CallScore result;
    QHash<QPair<QString, int>, bool> onALine; // marks that fall on a real transcript line
    for (const Node &n : scenario.nodes) {
        if (n.type != Node::Type::Call)
            continue;
        for (int i = 0; i < n.transcript.size(); ++i) {
            const TranscriptLine &t = n.transcript.at(i);
            const QPair<QString, int> key{n.id, i};
            const auto it = marked.constFind(key);
            const bool isMarked = it != marked.constEnd();
            if (isMarked)
                onALine.insert(key, true);
            if (t.tactic.isEmpty()) {
                if (isMarked)
                    result.wronglyMarked << CallMark{n.id, i, *it};
                continue;
            }
            CallScore::Line line{n.id, i, t.speaker, t.text, t.tactic, isMarked, isMarked ? *it : QString(), false};
            line.namedRight = isMarked && line.named == t.tactic;
            if (line.found)
                ++result.found;
            else
                ++result.missed;
            if (line.namedRight)
                ++result.namedRight;
            result.lines << line;
        }
    }
    // Marks that name no transcript line at all (an unknown node, a line out of range), sorted.
    QList<CallMark> stray;
    for (auto it = marked.constBegin(); it != marked.constEnd(); ++it)
        if (!onALine.contains(it.key()))
            stray << CallMark{it.key().first, it.key().second, it.value()};
    std::sort(stray.begin(), stray.end(), [](const CallMark &a, const CallMark &b) {
        return a.node != b.node ? a.node < b.node : a.line < b.line;
    });
    result.wronglyMarked << stray;
    result.maxScore = 2 * int(result.lines.size());
    result.score = std::max(0, result.found + result.namedRight - int(result.wronglyMarked.size()));
    return result;
}

} // namespace cca::scenario
