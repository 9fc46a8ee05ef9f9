#include "scenario/expression.h"

#include <QSet>

namespace cca::scenario {

QString typeName(ValueType type)
{
    return type == ValueType::Bool ? QStringLiteral("bool") : QStringLiteral("int");
}

struct ExpressionNode
{
    enum class Kind { Literal, Variable, Not, Negate, Binary };
    Kind kind = Kind::Literal;
    int column = 0;           // 1-based column of the literal, name or operator
    Value literal;
    QString name;             // variable name, or the binary operator ("&&", "<=", ...)
    std::shared_ptr<const ExpressionNode> left, right; // operands (unary ones use left)
};

namespace {

using NodePtr = std::shared_ptr<const ExpressionNode>;

struct ParseFailure
{
    int column;
    QString message;
};

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    NodePtr parseAll()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail(1, QStringLiteral("the condition is empty"));
        NodePtr root = parseOr();
        skipSpace();
        if (m_pos < m_text.size())
            fail(column(), QStringLiteral("unexpected '%1' after a complete condition; join conditions with && or ||")
                               .arg(tokenAt()));
        return root;
    }

private:
    [[noreturn]] void fail(int col, const QString &message) { throw ParseFailure{col, message}; }
    int column() const { return int(m_pos) + 1; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    QString tokenAt() const
    {
        if (m_pos >= m_text.size())
            return QStringLiteral("end");
        qsizetype end = m_pos + 1;
        if (isNameChar(m_text[m_pos]))
            while (end < m_text.size() && isNameChar(m_text[end]))
                ++end;
        return m_text.mid(m_pos, end - m_pos);
    }
    static bool isNameStart(QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }
    static bool isNameChar(QChar c) { return isNameStart(c) || c.isDigit() || c == QLatin1Char('_') || c.isLetter(); }

    // Consumes `op` when it comes next (and is not the start of a longer operator in `notBefore`).
    bool accept(QLatin1StringView op, QChar notFollowedBy = QChar())
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(op))
            return false;
        const qsizetype after = m_pos + op.size();
        if (!notFollowedBy.isNull() && after < m_text.size() && m_text[after] == notFollowedBy)
            return false;
        m_pos = after;
        return true;
    }

    static NodePtr binary(const QString &op, int col, NodePtr l, NodePtr r)
    {
        auto n = std::make_shared<ExpressionNode>();
        n->kind = ExpressionNode::Kind::Binary;
        n->name = op;
        n->column = col;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        for (;;) {
            skipSpace();
            const int col = column();
            if (!accept(QLatin1StringView("||")))
                return left;
            left = binary(QStringLiteral("||"), col, left, parseAnd());
        }
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseEquality();
        for (;;) {
            skipSpace();
            const int col = column();
            if (!accept(QLatin1StringView("&&")))
                return left;
            left = binary(QStringLiteral("&&"), col, left, parseEquality());
        }
    }

    NodePtr parseEquality()
    {
        NodePtr left = parseComparison();
        skipSpace();
        const int col = column();
        QString op;
        if (accept(QLatin1StringView("==")))
            op = QStringLiteral("==");
        else if (accept(QLatin1StringView("!=")))
            op = QStringLiteral("!=");
        else {
            if (accept(QLatin1StringView("="), QLatin1Char('=')))
                fail(col, QStringLiteral("'=' is not a comparison; write '==' to compare"));
            return left;
        }
        NodePtr result = binary(op, col, left, parseComparison());
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(QLatin1StringView("==")) || QStringView(m_text).mid(m_pos).startsWith(QLatin1StringView("!=")))
            fail(column(), QStringLiteral("comparisons cannot be chained; use parentheses or &&"));
        return result;
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseAdditive();
        skipSpace();
        const int col = column();
        QString op;
        if (accept(QLatin1StringView("<=")))
            op = QStringLiteral("<=");
        else if (accept(QLatin1StringView(">=")))
            op = QStringLiteral(">=");
        else if (accept(QLatin1StringView("<")))
            op = QStringLiteral("<");
        else if (accept(QLatin1StringView(">")))
            op = QStringLiteral(">");
        else
            return left;
        NodePtr result = binary(op, col, left, parseAdditive());
        skipSpace();
        if (m_pos < m_text.size() && (m_text[m_pos] == QLatin1Char('<') || m_text[m_pos] == QLatin1Char('>')))
            fail(column(), QStringLiteral("comparisons cannot be chained; write 'a < b && b < c'"));
        return result;
    }

    NodePtr parseAdditive()
    {
        NodePtr left = parseUnary();
        for (;;) {
            skipSpace();
            const int col = column();
            if (accept(QLatin1StringView("+")))
                left = binary(QStringLiteral("+"), col, left, parseUnary());
            else if (accept(QLatin1StringView("-")))
                left = binary(QStringLiteral("-"), col, left, parseUnary());
            else
                return left;
        }
    }

    NodePtr parseUnary()
    {
        skipSpace();
        const int col = column();
        if (accept(QLatin1StringView("!"), QLatin1Char('='))) {
            auto n = std::make_shared<ExpressionNode>();
            n->kind = ExpressionNode::Kind::Not;
            n->column = col;
            n->left = parseUnary();
            return n;
        }
        if (accept(QLatin1StringView("-"))) {
            auto n = std::make_shared<ExpressionNode>();
            n->kind = ExpressionNode::Kind::Negate;
            n->column = col;
            n->left = parseUnary();
            return n;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        skipSpace();
        const int col = column();
        if (m_pos >= m_text.size())
            fail(col, QStringLiteral("the condition ends too early: a value or variable is missing"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = parseOr();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char(')'))
                fail(column(), QStringLiteral("')' expected to close the '(' at column %1").arg(col));
            ++m_pos;
            return inner;
        }
        auto n = std::make_shared<ExpressionNode>();
        n->column = col;
        if (c.isDigit()) {
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text[end].isDigit())
                ++end;
            bool ok = false;
            const int value = m_text.mid(m_pos, end - m_pos).toInt(&ok);
            if (!ok)
                fail(col, QStringLiteral("the number '%1' is too large").arg(m_text.mid(m_pos, end - m_pos)));
            if (end < m_text.size() && isNameChar(m_text[end]))
                fail(col, QStringLiteral("'%1' is neither a number nor a variable name").arg(tokenAt()));
            m_pos = end;
            n->kind = ExpressionNode::Kind::Literal;
            n->literal = Value::integer(value);
            return n;
        }
        if (isNameChar(c)) {
            const QString name = tokenAt();
            if (!isNameStart(c))
                fail(col, QStringLiteral("'%1' is not a variable name: use a lower-case letter, then letters, digits or '_'").arg(name));
            for (const QChar ch : name)
                if (!isNameStart(ch) && !ch.isDigit() && ch != QLatin1Char('_'))
                    fail(col, QStringLiteral("'%1' is not a variable name: use a lower-case letter, then letters, digits or '_'").arg(name));
            m_pos += name.size();
            if (name == QLatin1String("true") || name == QLatin1String("false")) {
                n->kind = ExpressionNode::Kind::Literal;
                n->literal = Value::boolean(name == QLatin1String("true"));
            } else {
                n->kind = ExpressionNode::Kind::Variable;
                n->name = name;
            }
            return n;
        }
        if (c == QLatin1Char(')'))
            fail(col, QStringLiteral("')' without a matching '('"));
        fail(col, QStringLiteral("a value or variable is expected here, not '%1'").arg(c));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

std::optional<ExpressionError> typeOf(const ExpressionNode &n, const QHash<QString, ValueType> &vars, ValueType &out)
{
    using K = ExpressionNode::Kind;
    auto expect = [&](const ExpressionNode &operand, ValueType wanted, const QString &what) -> std::optional<ExpressionError> {
        ValueType t;
        if (auto e = typeOf(operand, vars, t))
            return e;
        if (t != wanted)
            return ExpressionError{operand.column, QStringLiteral("%1 needs %2, but this is %3")
                                                       .arg(what, wanted == ValueType::Bool ? QStringLiteral("true/false (bool)")
                                                                                            : QStringLiteral("a number (int)"),
                                                            t == ValueType::Bool ? QStringLiteral("true/false (bool)")
                                                                                 : QStringLiteral("a number (int)"))};
        return std::nullopt;
    };
    switch (n.kind) {
    case K::Literal:
        out = n.literal.type;
        return std::nullopt;
    case K::Variable: {
        const auto it = vars.constFind(n.name);
        if (it == vars.cend())
            return ExpressionError{n.column, QStringLiteral("undefined variable '%1'").arg(n.name)};
        out = *it;
        return std::nullopt;
    }
    case K::Not:
        out = ValueType::Bool;
        return expect(*n.left, ValueType::Bool, QStringLiteral("'!'"));
    case K::Negate:
        out = ValueType::Int;
        return expect(*n.left, ValueType::Int, QStringLiteral("'-'"));
    case K::Binary: {
        const QString &op = n.name;
        const QString what = QStringLiteral("'%1' (column %2)").arg(op).arg(n.column);
        if (op == QLatin1String("&&") || op == QLatin1String("||")) {
            out = ValueType::Bool;
            if (auto e = expect(*n.left, ValueType::Bool, what))
                return e;
            return expect(*n.right, ValueType::Bool, what);
        }
        if (op == QLatin1String("+") || op == QLatin1String("-") || op.startsWith(QLatin1Char('<')) || op.startsWith(QLatin1Char('>'))) {
            out = (op == QLatin1String("+") || op == QLatin1String("-")) ? ValueType::Int : ValueType::Bool;
            if (auto e = expect(*n.left, ValueType::Int, what))
                return e;
            return expect(*n.right, ValueType::Int, what);
        }
        // == and !=: both sides of one type.
        out = ValueType::Bool;
        ValueType l, r;
        if (auto e = typeOf(*n.left, vars, l))
            return e;
        if (auto e = typeOf(*n.right, vars, r))
            return e;
        if (l != r)
            return ExpressionError{n.column, QStringLiteral("'%1' compares %2 with %3; both sides must have the same type")
                                                 .arg(op, typeName(l), typeName(r))};
        return std::nullopt;
    }
    }
    return std::nullopt;
}

int eval(const ExpressionNode &n, const QHash<QString, Value> &values)
{
    using K = ExpressionNode::Kind;
    switch (n.kind) {
    case K::Literal:
        return n.literal.number;
    case K::Variable:
        return values.value(n.name).number;
    case K::Not:
        return eval(*n.left, values) ? 0 : 1;
    case K::Negate:
        return -eval(*n.left, values);
    case K::Binary: {
        const QString &op = n.name;
        if (op == QLatin1String("&&"))
            return eval(*n.left, values) && eval(*n.right, values) ? 1 : 0;
        if (op == QLatin1String("||"))
            return eval(*n.left, values) || eval(*n.right, values) ? 1 : 0;
        const int l = eval(*n.left, values);
        const int r = eval(*n.right, values);
        if (op == QLatin1String("+"))
            return l + r;
        if (op == QLatin1String("-"))
            return l - r;
        if (op == QLatin1String("=="))
            return l == r;
        if (op == QLatin1String("!="))
            return l != r;
        if (op == QLatin1String("<"))
            return l < r;
        if (op == QLatin1String("<="))
            return l <= r;
        if (op == QLatin1String(">"))
            return l > r;
        if (op == QLatin1String(">="))
            return l >= r;
        return 0;
    }
    }
    return 0;
}

void collect(const ExpressionNode &n, QStringList &out)
{
    if (n.kind == ExpressionNode::Kind::Variable && !out.contains(n.name))
        out << n.name;
    if (n.left)
        collect(*n.left, out);
    if (n.right)
        collect(*n.right, out);
}

} // namespace

std::optional<Expression> Expression::parse(const QString &text, ExpressionError *error)
{
    try {
        Parser parser(text);
        Expression e;
        e.m_root = parser.parseAll();
        e.m_text = text;
        return e;
    } catch (const ParseFailure &failure) {
        if (error)
            *error = ExpressionError{failure.column, failure.message};
        return std::nullopt;
    }
}

std::optional<ExpressionError> Expression::check(const QHash<QString, ValueType> &variables) const
{
    if (!m_root)
        return ExpressionError{1, QStringLiteral("the condition is empty")};
    ValueType type;
    if (auto e = typeOf(*m_root, variables, type))
        return e;
    if (type != ValueType::Bool)
        return ExpressionError{m_root->column, QStringLiteral("a condition must be true or false, but this is a number; compare it, e.g. 'trust >= 2'")};
    return std::nullopt;
}

bool Expression::evaluate(const QHash<QString, Value> &values) const
{
    return m_root && eval(*m_root, values) != 0;
}

QStringList Expression::variables() const
{
    QStringList out;
    if (m_root)
        collect(*m_root, out);
    return out;
}

} // namespace cca::scenario
