#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cca::scenario {

// The two variable types a scenario declares. Booleans are held as 0 and 1.
enum class ValueType { Int, Bool };

QString typeName(ValueType type);

struct Value
{
    ValueType type = ValueType::Int;
    int number = 0; // the integer, or 0/1 for a boolean

    static Value integer(int n) { return {ValueType::Int, n}; }
    static Value boolean(bool b) { return {ValueType::Bool, b ? 1 : 0}; }
    bool operator==(const Value &) const = default;
};

// A problem in a condition: the 1-based column inside the expression text and a message.
struct ExpressionError
{
    int column = 0;
    QString message;
};

struct ExpressionNode;

// A condition such as `trust >= 2 && !lectured`, parsed by a hand-written recursive-descent parser.
//
//   or         := and ('||' and)*
//   and        := equality ('&&' equality)*
//   equality   := comparison (('==' | '!=') comparison)?
//   comparison := additive (('<' | '<=' | '>' | '>=') additive)?
//   additive   := unary (('+' | '-') unary)*
//   unary      := ('!' | '-') unary | primary
//   primary    := integer | 'true' | 'false' | identifier | '(' or ')'
//
// Identifiers are variable ids: a lower-case letter, then lower-case letters, digits and underscores
// (no hyphens, so `a-b` is a subtraction).
class Expression
{
public:
    Expression() = default;

    static std::optional<Expression> parse(const QString &text, ExpressionError *error);

    // Checks names and types against the declared variables; the whole expression must be boolean.
    std::optional<ExpressionError> check(const QHash<QString, ValueType> &variables) const;
    // Evaluates with the current values; the expression must have passed check() with their types.
    bool evaluate(const QHash<QString, Value> &values) const;

    QStringList variables() const; // every variable named, in order of appearance, without repeats
    const QString &text() const { return m_text; }
    bool isNull() const { return !m_root; }

private:
    QString m_text;
    std::shared_ptr<const ExpressionNode> m_root;
};

} // namespace cca::scenario
