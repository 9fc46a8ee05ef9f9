#include "scenario/chatscoring.h"

#include <algorithm>

namespace cca::scenario {

ChatScore scoreChat(const Scenario &scenario, const QSet<QString> &marked)
{
    ChatScore result;
    for (const Node &n : scenario.nodes) {
        if (n.type != Node::Type::Message || !n.redFlag)
            continue;
        const bool found = marked.contains(n.id);
        result.flags << ChatScore::Flag{n.id, n.redFlag->tactic, n.redFlag->explanation, found};
        (found ? result.found : result.missed) << n.id;
    }
    // Wrong marks in file order (then any unknown ids, sorted), so the debrief reads like the chat.
    QSet<QString> seen;
    for (const Node &n : scenario.nodes) {
        if (marked.contains(n.id) && !(n.type == Node::Type::Message && n.redFlag))
            result.wronglyMarked << n.id;
        seen.insert(n.id);
    }
    QStringList unknown;
    for (const QString &id : marked)
        if (!seen.contains(id))
            unknown << id;
    unknown.sort();
    result.wronglyMarked << unknown;
    result.maxScore = int(result.flags.size());
    result.score = std::max(0, int(result.found.size()) - int(result.wronglyMarked.size()));
    return result;
}

} // namespace cca::scenario
