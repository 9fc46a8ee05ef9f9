#include "scenario/scenariorunner.h"

#include <QJsonArray>
#include <QSet>

namespace cca::scenario {

QJsonObject DecisionEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("scenario"), scenarioId}, {QStringLiteral("node"), nodeId},
                       {QStringLiteral("choice"), choiceId},     {QStringLiteral("next"), nextNodeId},
                       {QStringLiteral("score"), score},         {QStringLiteral("variables"), variables}};
}

ScenarioRunner::ScenarioRunner(Scenario scenario) : m_scenario(std::move(scenario)) {}

void ScenarioRunner::start()
{
    m_values.clear();
    for (const Variable &v : std::as_const(m_scenario.variables))
        m_values.insert(v.id, v.initial);
    m_score = 0;
    m_path.clear();
    m_current.clear();
    enter(m_scenario.start);
}

void ScenarioRunner::enter(const QString &nodeId)
{
    m_current = nodeId;
    m_path << Step{nodeId, QString()};
    if (const Node *n = current(); n && n->isEnding())
        m_score += n->endingScore;
}

const Node *ScenarioRunner::current() const
{
    return m_current.isEmpty() ? nullptr : m_scenario.node(m_current);
}

bool ScenarioRunner::isFinished() const
{
    const Node *n = current();
    return n && n->isEnding();
}

std::optional<Outcome> ScenarioRunner::outcome() const
{
    const Node *n = current();
    if (!n || !n->isEnding())
        return std::nullopt;
    return Outcome{n->id, n->outcome, n->band, m_score, n->text};
}

QList<const Choice *> ScenarioRunner::availableChoices() const
{
    QList<const Choice *> out;
    const Node *n = current();
    if (!n || n->type != Node::Type::Decision)
        return out;
    for (const Choice &c : n->choices)
        if (c.condition.isEmpty() || (c.parsed && c.parsed->evaluate(m_values)))
            out << &c;
    return out;
}

bool ScenarioRunner::advance()
{
    const Node *n = current();
    if (!n || n->type == Node::Type::Decision || n->isEnding() || !m_scenario.node(n->next))
        return false;
    enter(n->next);
    return true;
}

int ScenarioRunner::advanceToInput()
{
    // A valid scenario has no cycle without a decision or ending, but never loop forever.
    int steps = 0;
    while (steps <= m_scenario.nodes.size() && advance())
        ++steps;
    return steps;
}

std::optional<DecisionEvent> ScenarioRunner::choose(const QString &choiceId, QString *error)
{
    const Node *n = current();
    if (!n || n->type != Node::Type::Decision) {
        if (error)
            *error = QStringLiteral("the scenario is not at a decision");
        return std::nullopt;
    }
    const Choice *choice = nullptr;
    for (const Choice *c : availableChoices())
        if (c->id == choiceId)
            choice = c;
    if (!choice) {
        if (error)
            *error = QStringLiteral("decision '%1' offers no choice '%2' now").arg(n->id, choiceId);
        return std::nullopt;
    }
    if (!m_scenario.node(choice->next)) {
        if (error)
            *error = QStringLiteral("choice '%1' leads to the unknown node '%2'").arg(choiceId, choice->next);
        return std::nullopt;
    }
    for (const Effect &e : choice->effects) {
        Value &v = m_values[e.variable];
        if (e.op == Effect::Op::Set)
            v = e.value;
        else
            v.number += e.value.number;
    }
    m_score += choice->score;
    m_path.last().choice = choice->id;
    DecisionEvent event{m_scenario.id, n->id, choice->id, choice->next, 0, {}};
    const QString next = choice->next; // `choice` and `n` stay valid: the scenario does not change
    enter(next);
    event.score = m_score;
    event.variables = variablesJson();
    if (m_listener)
        m_listener(event);
    return event;
}

QJsonObject ScenarioRunner::variablesJson() const
{
    QJsonObject out;
    for (const Variable &v : std::as_const(m_scenario.variables)) {
        const Value value = m_values.value(v.id);
        if (v.type == ValueType::Bool)
            out.insert(v.id, value.number != 0);
        else
            out.insert(v.id, value.number);
    }
    return out;
}

QJsonObject ScenarioRunner::saveState() const
{
    QJsonArray path;
    for (const Step &s : m_path) {
        QJsonObject step{{QStringLiteral("node"), s.node}};
        if (!s.choice.isEmpty())
            step.insert(QStringLiteral("choice"), s.choice);
        path.append(step);
    }
    return QJsonObject{{QStringLiteral("scenario"), m_scenario.id},
                       {QStringLiteral("node"), m_current},
                       {QStringLiteral("score"), m_score},
                       {QStringLiteral("variables"), variablesJson()},
                       {QStringLiteral("path"), path}};
}

bool ScenarioRunner::restoreState(const QJsonObject &state, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (state.value(QStringLiteral("scenario")).toString() != m_scenario.id)
        return fail(QStringLiteral("the saved state belongs to scenario '%1', not '%2'")
                        .arg(state.value(QStringLiteral("scenario")).toString(), m_scenario.id));
    const QString node = state.value(QStringLiteral("node")).toString();
    if (!m_scenario.node(node))
        return fail(QStringLiteral("the saved node '%1' is not in the scenario").arg(node));
    const QJsonValue score = state.value(QStringLiteral("score"));
    if (!score.isDouble())
        return fail(QStringLiteral("the saved state has no score"));
    const QJsonObject vars = state.value(QStringLiteral("variables")).toObject();
    QHash<QString, Value> values;
    for (const Variable &v : std::as_const(m_scenario.variables)) {
        const QJsonValue saved = vars.value(v.id);
        if (v.type == ValueType::Bool && saved.isBool())
            values.insert(v.id, Value::boolean(saved.toBool()));
        else if (v.type == ValueType::Int && saved.isDouble())
            values.insert(v.id, Value::integer(saved.toInt()));
        else
            return fail(QStringLiteral("the saved state has no %1 value for variable '%2'").arg(typeName(v.type), v.id));
    }
    QList<Step> path;
    for (const QJsonValue &item : state.value(QStringLiteral("path")).toArray()) {
        const QJsonObject o = item.toObject();
        Step step{o.value(QStringLiteral("node")).toString(), o.value(QStringLiteral("choice")).toString()};
        if (!m_scenario.node(step.node))
            return fail(QStringLiteral("the saved path names '%1', which is not in the scenario").arg(step.node));
        path << step;
    }
    if (path.isEmpty() || path.last().node != node)
        return fail(QStringLiteral("the saved path does not end at the saved node '%1'").arg(node));
    m_current = node;
    m_score = score.toInt();
    m_values = values;
    m_path = path;
    return true;
}

namespace {

// Depth-first over (node, variable values), remembering the best score still to come from each.
class BestScoreSearch
{
public:
    explicit BestScoreSearch(const Scenario &scenario) : m_scenario(scenario) {}

    std::optional<int> from(const QString &nodeId, const QHash<QString, Value> &values, int depth)
    {
        const Node *n = m_scenario.node(nodeId);
        if (!n || depth > kMaxDepth || ++m_visits > kMaxVisits)
            return std::nullopt;
        if (n->isEnding())
            return n->endingScore;
        const QString key = stateKey(nodeId, values);
        if (const auto it = m_best.constFind(key); it != m_best.constEnd())
            return *it;
        if (m_onPath.contains(key))
            return std::nullopt; // the same place with the same values: going round again gains nothing
        m_onPath.insert(key);
        std::optional<int> best;
        if (n->type == Node::Type::Decision) {
            for (const Choice &c : n->choices) {
                if (!c.condition.isEmpty() && !(c.parsed && c.parsed->evaluate(values)))
                    continue;
                QHash<QString, Value> after = values;
                for (const Effect &e : c.effects) {
                    Value &v = after[e.variable];
                    if (e.op == Effect::Op::Set)
                        v = e.value;
                    else
                        v.number += e.value.number;
                }
                if (const std::optional<int> rest = from(c.next, after, depth + 1); rest && (!best || c.score + *rest > *best))
                    best = c.score + *rest;
            }
        } else {
            best = from(n->next, values, depth + 1);
        }
        m_onPath.remove(key);
        m_best.insert(key, best);
        return best;
    }

private:
    static constexpr int kMaxDepth = 2000;
    static constexpr int kMaxVisits = 200000;

    QString stateKey(const QString &nodeId, const QHash<QString, Value> &values) const
    {
        QString key = nodeId;
        for (const Variable &v : m_scenario.variables)
            key += QLatin1Char('|') + QString::number(values.value(v.id).number);
        return key;
    }

    const Scenario &m_scenario;
    QHash<QString, std::optional<int>> m_best;
    QSet<QString> m_onPath;
    int m_visits = 0;
};

} // namespace

std::optional<int> bestPossibleScore(const Scenario &scenario)
{
    QHash<QString, Value> values;
    for (const Variable &v : scenario.variables)
        values.insert(v.id, v.initial);
    return BestScoreSearch(scenario).from(scenario.start, values, 0);
}

} // namespace cca::scenario
