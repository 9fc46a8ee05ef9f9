#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "scenario/expression.h"

#include <QList>
#include <QString>

#include <optional>

namespace cca::scenario {

// A declared variable: id, type and value at the start.
struct Variable
{
    QString id;
    ValueType type = ValueType::Int;
    Value initial;
};

// A manipulation technique that red flags and call markers name (urgency, authority, ...).
struct Tactic
{
    QString id;
    LocalizedText name;
};

// What a choice does to one variable: `set` it to a value, or `add` a number to an int.
struct Effect
{
    enum class Op { Set, Add };
    Op op = Op::Set;
    QString variable;
    Value value;
};

struct Choice
{
    QString id;
    LocalizedText text;
    QString condition;                 // empty: always available
    std::optional<Expression> parsed; // the condition, when it parsed
    QList<Effect> effects;
    int score = 0;                     // added to the scenario score when chosen
    QString next;
};

// A message in a chat that is a red flag, with the tactic behind it (chat simulation).
struct RedFlag
{
    QString tactic;
    LocalizedText explanation;
};

// One line of a call transcript; `tactic` marks a pressure tactic used in it.
struct TranscriptLine
{
    double start = 0.0; // seconds from the start of the audio
    LocalizedText speaker;
    LocalizedText text;
    QString tactic;
};

struct Node
{
    enum class Type { Narration, Message, Call, Document, Decision, Ending };
    Type type = Type::Narration;
    QString id;
    int line = 0;   // where the node starts in its file
    int column = 0;

    LocalizedText text;    // narration text, message text, decision prompt, ending debrief
    QString next;          // narration, message, call, document

    // message
    LocalizedText sender;
    LocalizedText time;    // time or day label ("Day 3, 21:40")
    bool outgoing = false; // sent by the victim (shown on the right) rather than received
    std::optional<RedFlag> redFlag;

    // call
    QString audio;         // package-relative path
    QList<TranscriptLine> transcript;

    // document
    QString image;         // package-relative path
    LocalizedText caption;

    // decision
    QList<Choice> choices;

    // ending
    QString outcome;       // outcome id, e.g. "stops-and-reports"
    QString band;          // "good", "partial" or "poor"
    int endingScore = 0;   // added when the ending is reached

    bool isEnding() const { return type == Type::Ending; }
    QStringList successors() const; // next ids in file order (choices' next for a decision)
    static QString typeName(Type type);
};

struct Scenario
{
    QString file;          // the file it was read from
    QString packageRoot;   // media paths are relative to this folder
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QString start;
    QList<Variable> variables;
    QList<Tactic> tactics;
    QList<Node> nodes;
    Diagnostics errors;

    bool isValid() const { return errors.isEmpty(); }
    const Node *node(const QString &id) const;
    const Variable *variable(const QString &id) const;
    const Tactic *tactic(const QString &id) const;
};

} // namespace cca::scenario
