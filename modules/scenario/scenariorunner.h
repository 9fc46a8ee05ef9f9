#pragma once

#include "scenario/scenario.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cca::scenario {

// What a decision did, for the record: the screen that plays the scenario turns it into a progress
// event (this library stays Qt Core only and does not know the progress store).
struct DecisionEvent
{
    QString scenarioId;
    QString nodeId;
    QString choiceId;
    QString nextNodeId;
    int score = 0;          // the scenario score after the choice
    QJsonObject variables;  // every variable after the choice's effects: {"trust": 2, "lectured": false}

    QJsonObject toJson() const;
};

// How a scenario ended.
struct Outcome
{
    QString nodeId;
    QString outcome; // outcome id
    QString band;    // good, partial, poor
    int score = 0;   // final score, the ending's own points included
    LocalizedText debrief;
};

// Plays one scenario: start, step through narration, messages, calls and documents with advance(),
// pick among the choices whose conditions hold with choose(), and end at an ending. The scenario
// must be valid (ScenarioLoader found no errors).
class ScenarioRunner
{
public:
    struct Step
    {
        QString node;
        QString choice; // the choice taken at a decision, else empty
        bool operator==(const Step &) const = default;
    };

    explicit ScenarioRunner(Scenario scenario);

    const Scenario &scenario() const { return m_scenario; }

    // Back to the start node with the declared initial values and a score of 0.
    void start();
    bool isStarted() const { return !m_current.isEmpty(); }

    const Node *current() const;
    bool isFinished() const;
    std::optional<Outcome> outcome() const; // set once an ending is reached

    // The choices of the current decision whose conditions hold (none when not at a decision).
    QList<const Choice *> availableChoices() const;

    // Moves on from a narration, message, call or document node; false at a decision or an ending.
    bool advance();
    // advance() until a decision or an ending; returns how many steps were taken.
    int advanceToInput();

    // Takes a choice of the current decision; fails (with `error`) when there is no such choice or
    // its condition does not hold. Applies its effects and score, moves to its next node, and tells
    // the decision listener.
    std::optional<DecisionEvent> choose(const QString &choiceId, QString *error = nullptr);
    void setDecisionListener(std::function<void(const DecisionEvent &)> listener) { m_listener = std::move(listener); }

    int score() const { return m_score; }
    Value value(const QString &variable) const { return m_values.value(variable); }
    const QHash<QString, Value> &values() const { return m_values; }
    const QList<Step> &path() const { return m_path; }

    // Where the officer is: {"scenario", "node", "score", "variables", "path"}.
    QJsonObject saveState() const;
    // Restores a saved state of this scenario; on failure nothing changes and `error` says why.
    bool restoreState(const QJsonObject &state, QString *error = nullptr);

private:
    void enter(const QString &nodeId);
    QJsonObject variablesJson() const;

    Scenario m_scenario;
    QString m_current;
    int m_score = 0;
    QHash<QString, Value> m_values;
    QList<Step> m_path;
    std::function<void(const DecisionEvent &)> m_listener;
};

// The highest score a way through the scenario can reach (the chosen choices' points plus the
// ending's), for "7 of a possible 9". Follows the choices' conditions and effects as the runner
// does; a loop is followed only once. Empty when no ending can be reached.
std::optional<int> bestPossibleScore(const Scenario &scenario);

} // namespace cca::scenario
