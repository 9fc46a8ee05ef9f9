#include "core/jsonreader.h"

#include "core/jsonstringbody_p.h"

#include <cmath>
#include <stdexcept>

namespace cca {

const JsonNode *JsonNode::member(const QString &key) const
{
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? nullptr : &children[size_t(i)];
}

QString JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("true/false");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("text");
    case Type::Array: return QStringLiteral("list");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

namespace {

struct ParseError
{
    int line;
    int column;
    QString message;
};

class Parser
{
public:
    explicit Parser(const QByteArray &data) : m_data(data) {}

    JsonNode parseDocument()
    {
        skipBom();
        skipWhitespace();
        JsonNode root = parseValue(0);
        skipWhitespace();
        if (m_pos < m_data.size())
            fail(QStringLiteral("unexpected text after the end of the JSON value"));
        return root;
    }

private:
    [[noreturn]] void fail(const QString &message) { throw ParseError{m_line, m_column, message}; }

    void skipBom()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    void advance()
    {
        const char c = m_data.at(m_pos++);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // count characters, not UTF-8 continuation bytes
        }
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                advance();
            else
                break;
        }
    }

    void expect(char c, const char *what)
    {
        if (peek() != c)
            fail(atEnd() ? QStringLiteral("unexpected end of file, expected %1").arg(QLatin1String(what))
                         : QStringLiteral("expected %1").arg(QLatin1String(what)));
        advance();
    }

    JsonNode parseValue(int depth)
    {
        if (depth > 200)
            fail(QStringLiteral("nesting is too deep"));
        JsonNode node;
        node.line = m_line;
        node.column = m_column;
        if (atEnd())
            fail(QStringLiteral("unexpected end of file, expected a value"));
        const char c = peek();
        if (c == '{') {
            parseObject(node, depth);
        } else if (c == '[') {
            parseArray(node, depth);
        } else if (c == '"') {
            node.type = JsonNode::Type::String;
            node.string = parseString();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            parseNumber(node);
        } else if (matchWord("true")) {
            node.type = JsonNode::Type::Bool;
            node.boolean = true;
        } else if (matchWord("false")) {
            node.type = JsonNode::Type::Bool;
        } else if (matchWord("null")) {
            node.type = JsonNode::Type::Null;
        } else if (c == '}' || c == ']') {
            fail(QStringLiteral("expected a value (is there a comma too many before '%1'?)").arg(QLatin1Char(c)));
        } else {
            fail(QStringLiteral("expected a value; text must be in double quotes"));
        }
        return node;
    }

    bool matchWord(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_data.mid(m_pos, n) != QByteArray(word))
            return false;
        for (qsizetype i = 0; i < n; ++i)
            advance();
        return true;
    }

    void parseObject(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Object;
        advance(); // {
        skipWhitespace();
        if (peek() == '}') {
            advance();
            return;
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"')
                fail(peek() == '}' ? QStringLiteral("a comma before '}' is not allowed")
                                   : QStringLiteral("expected a field name in double quotes"));
            const int keyLine = m_line;
            const int keyColumn = m_column;
            const QString key = parseString();
            if (node.keys.contains(key))
                throw ParseError{keyLine, keyColumn, QStringLiteral("field '%1' appears twice").arg(key)};
            skipWhitespace();
            expect(':', "':' after the field name");
            skipWhitespace();
            JsonNode value = parseValue(depth + 1);
            node.keys << key;
            node.keyPositions.emplace_back(keyLine, keyColumn);
            node.children.push_back(std::move(value));
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return;
            }
            fail(atEnd() ? QStringLiteral("unexpected end of file, expected '}'")
                         : QStringLiteral("expected ',' or '}' (is a comma missing?)"));
        }
    }

    void parseArray(JsonNode &node, int depth)
    {
        node.type = JsonNode::Type::Array;
        advance(); // [
        skipWhitespace();
        if (peek() == ']') {
            advance();
            return;
        }
        for (;;) {
            skipWhitespace();
            node.children.push_back(parseValue(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return;
            }
            fail(atEnd() ? QStringLiteral("unexpected end of file, expected ']'")
                         : QStringLiteral("expected ',' or ']' (is a comma missing?)"));
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    char16_t parseHex4()
    {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(peek());
            if (h < 0)
                fail(QStringLiteral("invalid \\u escape"));
            value = value * 16 + h;
            advance();
        }
        return char16_t(value);
    }

    QString parseString()
    {
        advance(); // opening quote
        // The shared string reader sees this reader's byte cursor through a local adapter (a
        // local class has the member function's access).
        struct Bytes
        {
            Parser &r;
            bool atEnd() { return r.atEnd(); }
            char peek() { return r.peek(); }
            void advance() { r.advance(); }
            char16_t parseHex4() { return r.parseHex4(); }
            [[noreturn]] void fail(const QString &message) { r.fail(message); }
        } bytes{*this};
        return detail::readJsonStringBody(bytes);
    }

    void parseNumber(JsonNode &node)
    {
        node.type = JsonNode::Type::Number;
        const qsizetype start = m_pos;
        bool integral = true;
        if (peek() == '-')
            advance();
        if (!(peek() >= '0' && peek() <= '9'))
            fail(QStringLiteral("invalid number"));
        while (peek() >= '0' && peek() <= '9')
            advance();
        if (peek() == '.') {
            integral = false;
            advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(QStringLiteral("invalid number: digits expected after '.'"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!(peek() >= '0' && peek() <= '9'))
                fail(QStringLiteral("invalid number: digits expected in exponent"));
            while (peek() >= '0' && peek() <= '9')
                advance();
        }
        bool ok = false;
        node.number = m_data.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(node.number))
            fail(QStringLiteral("invalid number"));
        node.integral = integral;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

JsonParseResult parseJson(const QByteArray &utf8, const QString &fileName)
{
    JsonParseResult result;
    try {
        Parser parser(utf8);
        result.root = parser.parseDocument();
    } catch (const ParseError &e) {
        result.error = Diagnostic{fileName, e.line, e.column, QStringLiteral("JSON syntax: ") + e.message};
    }
    return result;
}

} // namespace cca
