#include "scenario/scenario.h"

namespace cca::scenario {

QStringList Node::successors() const
{
    QStringList out;
    if (type == Type::Decision) {
        for (const Choice &c : choices)
            if (!c.next.isEmpty())
                out << c.next;
    } else if (type != Type::Ending && !next.isEmpty()) {
        out << next;
    }
    return out;
}

QString Node::typeName(Type type)
{
    switch (type) {
    case Type::Narration: return QStringLiteral("narration");
    case Type::Message: return QStringLiteral("message");
    case Type::Call: return QStringLiteral("call");
    case Type::Document: return QStringLiteral("document");
    case Type::Decision: return QStringLiteral("decision");
    case Type::Ending: return QStringLiteral("ending");
    }
    return {};
}

const Node *Scenario::node(const QString &id) const
{
    for (const Node &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const Variable *Scenario::variable(const QString &id) const
{
    for (const Variable &v : variables)
        if (v.id == id)
            return &v;
    return nullptr;
}

const Tactic *Scenario::tactic(const QString &id) const
{
    for (const Tactic &t : tactics)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace cca::scenario
