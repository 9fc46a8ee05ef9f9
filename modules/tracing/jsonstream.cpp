#include "tracing/jsonstream.h"

#include "core/jsonstringbody_p.h"

#include <QIODevice>

#include <cmath>
#include <cstring>

namespace cca::tracing {

// Every rule and message here follows cca::parseJson (core/jsonreader.cpp) step by step, so a file
// read either way gives the same values, positions and syntax errors (tests/tracing check this).

JsonStream::JsonStream(const QByteArray &data) : m_p(data.constData()), m_end(data.constData() + data.size()) {}

JsonStream::JsonStream(QIODevice *device, qsizetype chunk) : m_device(device), m_chunk(std::max<qsizetype>(chunk, 64)) {}

void JsonStream::fail(const QString &message) const
{
    throw SyntaxError{m_line, m_column, message};
}

bool JsonStream::refill(qsizetype need)
{
    if (m_end - m_p >= need)
        return true;
    if (!m_device)
        return false;
    const qsizetype remaining = m_end - m_p;
    const qsizetype capacity = std::max(m_chunk, need);
    if (m_buffer.size() < capacity) {
        QByteArray bigger(capacity, Qt::Uninitialized);
        if (remaining > 0)
            std::memcpy(bigger.data(), m_p, size_t(remaining));
        m_buffer.swap(bigger);
    } else if (remaining > 0) {
        std::memmove(m_buffer.data(), m_p, size_t(remaining));
    }
    char *base = m_buffer.data();
    qsizetype filled = remaining;
    while (filled < need || filled == remaining) {
        const qint64 n = m_device->read(base + filled, m_buffer.size() - filled);
        if (n <= 0)
            break;
        filled += qsizetype(n);
        if (filled >= need)
            break;
    }
    m_p = base;
    m_end = base + filled;
    return filled >= need;
}

void JsonStream::skipWhitespace()
{
    for (;;) {
        if (m_p == m_end && !refill(1))
            return;
        const char *p = m_p;
        const char *const e = m_end;
        int line = m_line, column = m_column;
        while (p < e) {
            const char c = *p;
            if (c == ' ' || c == '\t' || c == '\r') {
                ++column;
            } else if (c == '\n') {
                ++line;
                column = 1;
            } else {
                break;
            }
            ++p;
        }
        m_p = p;
        m_line = line;
        m_column = column;
        if (p < e)
            return;
    }
}

void JsonStream::begin()
{
    if (refill(3) && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    skipWhitespace();
}

void JsonStream::end()
{
    skipWhitespace();
    if (!atEnd())
        fail(QStringLiteral("unexpected text after the end of the JSON value"));
}

char JsonStream::peek()
{
    skipWhitespace();
    return cur();
}

void JsonStream::expect(char c, const char *what)
{
    if (cur() != c)
        fail(atEnd() ? QStringLiteral("unexpected end of file, expected %1").arg(QLatin1String(what))
                     : QStringLiteral("expected %1").arg(QLatin1String(what)));
    advance();
}

bool JsonStream::matchWord(const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (!refill(n) || std::memcmp(m_p, word, size_t(n)) != 0)
        return false;
    for (qsizetype i = 0; i < n; ++i)
        advance();
    return true;
}

void JsonStream::checkDepth(int depth)
{
    if (depth > 200)
        fail(QStringLiteral("nesting is too deep"));
}

JsonNode JsonStream::readNode(int depth)
{
    checkDepth(depth);
    JsonNode node;
    node.line = m_line;
    node.column = m_column;
    if (atEnd())
        fail(QStringLiteral("unexpected end of file, expected a value"));
    const char c = cur();
    if (c == '{') {
        parseObject(node, depth);
    } else if (c == '[') {
        parseArray(node, depth);
    } else if (c == '"') {
        node.type = JsonNode::Type::String;
        node.string = readQString();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        node.type = JsonNode::Type::Number;
        readNumber(node.number, node.integral);
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

void JsonStream::readValue(int depth, Value &out)
{
    checkDepth(depth);
    out.line = m_line;
    out.column = m_column;
    out.integral = false;
    out.boolean = false;
    out.number = 0;
    if (atEnd())
        fail(QStringLiteral("unexpected end of file, expected a value"));
    const char c = cur();
    if (c == '"') {
        out.type = JsonNode::Type::String;
        readString(out.text);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        out.type = JsonNode::Type::Number;
        readNumber(out.number, out.integral);
    } else if (c == '{' || c == '[') {
        out.type = readNode(depth).type;
    } else if (matchWord("true")) {
        out.type = JsonNode::Type::Bool;
        out.boolean = true;
    } else if (matchWord("false")) {
        out.type = JsonNode::Type::Bool;
    } else if (matchWord("null")) {
        out.type = JsonNode::Type::Null;
    } else if (c == '}' || c == ']') {
        fail(QStringLiteral("expected a value (is there a comma too many before '%1'?)").arg(QLatin1Char(c)));
    } else {
        fail(QStringLiteral("expected a value; text must be in double quotes"));
    }
}

JsonStream::Object::Object(JsonStream &s) : m_s(s), m_base(s.m_keyCount)
{
    s.advance(); // {
    s.skipWhitespace();
    if (s.cur() == '}') {
        s.advance();
        m_done = true;
    }
}

bool JsonStream::Object::next()
{
    if (m_done)
        return false;
    if (!m_first) {
        m_s.skipWhitespace();
        const char c = m_s.cur();
        if (c == ',') {
            m_s.advance();
        } else if (c == '}') {
            m_s.advance();
            m_done = true;
            m_s.m_keyCount = m_base;
            return false;
        } else {
            m_s.fail(m_s.atEnd() ? QStringLiteral("unexpected end of file, expected '}'")
                                 : QStringLiteral("expected ',' or '}' (is a comma missing?)"));
        }
    }
    m_first = false;
    m_s.skipWhitespace();
    if (m_s.cur() != '"')
        m_s.fail(m_s.cur() == '}' ? QStringLiteral("a comma before '}' is not allowed")
                                  : QStringLiteral("expected a field name in double quotes"));
    m_keyLine = m_s.m_line;
    m_keyColumn = m_s.m_column;
    m_s.readString(m_key);
    std::vector<std::string> &keys = m_s.m_keys;
    for (size_t i = m_base; i < m_s.m_keyCount; ++i)
        if (keys[i] == m_key)
            throw SyntaxError{m_keyLine, m_keyColumn,
                              QStringLiteral("field '%1' appears twice").arg(QString::fromUtf8(m_key.data(), qsizetype(m_key.size())))};
    if (m_s.m_keyCount < keys.size())
        keys[m_s.m_keyCount].assign(m_key);
    else
        keys.push_back(m_key);
    ++m_s.m_keyCount;
    m_s.skipWhitespace();
    m_s.expect(':', "':' after the field name");
    m_s.skipWhitespace();
    return true;
}

JsonStream::Array::Array(JsonStream &s) : m_s(s)
{
    s.advance(); // [
    s.skipWhitespace();
    if (s.cur() == ']') {
        s.advance();
        m_done = true;
    }
}

bool JsonStream::Array::next()
{
    if (m_done)
        return false;
    if (!m_first) {
        m_s.skipWhitespace();
        const char c = m_s.cur();
        if (c == ',') {
            m_s.advance();
        } else if (c == ']') {
            m_s.advance();
            m_done = true;
            return false;
        } else {
            m_s.fail(m_s.atEnd() ? QStringLiteral("unexpected end of file, expected ']'")
                                 : QStringLiteral("expected ',' or ']' (is a comma missing?)"));
        }
    }
    m_first = false;
    m_s.skipWhitespace();
    return true;
}

void JsonStream::parseObject(JsonNode &node, int depth)
{
    node.type = JsonNode::Type::Object;
    Object o(*this);
    while (o.next()) {
        JsonNode value = readNode(depth + 1);
        node.keys << QString::fromUtf8(o.key().data(), qsizetype(o.key().size()));
        node.keyPositions.emplace_back(o.keyLine(), o.keyColumn());
        node.children.push_back(std::move(value));
    }
}

void JsonStream::parseArray(JsonNode &node, int depth)
{
    node.type = JsonNode::Type::Array;
    Array a(*this);
    while (a.next())
        node.children.push_back(readNode(depth + 1));
}

int JsonStream::hexValue(char c) const
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

char16_t JsonStream::parseHex4()
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(cur());
        if (h < 0)
            fail(QStringLiteral("invalid \\u escape"));
        value = value * 16 + h;
        advance();
    }
    return char16_t(value);
}

void JsonStream::readString(std::string &out)
{
    out.clear();
    advance(); // opening quote
    for (;;) {
        if (m_p == m_end && !refill(1))
            fail(QStringLiteral("unexpected end of file inside text (missing closing quote?)"));
        const char *p = m_p;
        const char *const e = m_end;
        while (p < e) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++p;
        }
        out.append(m_p, size_t(p - m_p));
        m_column += int(p - m_p);
        m_p = p;
        if (p == e)
            continue;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '"') {
            advance();
            return;
        }
        if (c == '\n')
            fail(QStringLiteral("line break inside text (missing closing quote? write \\n for a new line)"));
        if (c < 0x20)
            fail(QStringLiteral("control character inside text"));
        // An escape or non-ASCII text: the whole-file reader's own steps (the shared string reader,
        // which sees this cursor through a local adapter with this function's access), then UTF-8.
        struct Bytes
        {
            JsonStream &r;
            bool atEnd() { return r.atEnd(); }
            char peek() { return r.cur(); }
            void advance() { r.advance(); }
            char16_t parseHex4() { return r.parseHex4(); }
            [[noreturn]] void fail(const QString &message) { r.fail(message); }
        } bytes{*this};
        const QString text = detail::readJsonStringBody(bytes, QByteArray(out.data(), qsizetype(out.size())));
        const QByteArray utf8 = text.toUtf8();
        out.assign(utf8.constData(), size_t(utf8.size()));
        return;
    }
}

QString JsonStream::readQString()
{
    std::string bytes;
    readString(bytes);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

void JsonStream::readNumber(double &number, bool &integral)
{
    std::string &text = m_numberText;
    text.clear();
    auto take = [&] {
        text.push_back(*m_p);
        advance();
    };
    auto digit = [&] {
        const char c = cur();
        return c >= '0' && c <= '9';
    };
    integral = true;
    // The common case, a plain number of up to 15 digits wholly in the buffer: read in one go.
    {
        const char *p = m_p;
        qint64 v = 0;
        while (p < m_end && p - m_p < 16 && *p >= '0' && *p <= '9')
            v = v * 10 + (*p++ - '0');
        const qsizetype n = p - m_p;
        if (n > 0 && n <= 15 && p < m_end && *p != '.' && *p != 'e' && *p != 'E' && !(*p >= '0' && *p <= '9')) {
            m_column += int(n);
            m_p = p;
            number = double(v);
            return;
        }
    }
    if (cur() == '-')
        take();
    if (!digit())
        fail(QStringLiteral("invalid number"));
    while (digit())
        take();
    if (cur() == '.') {
        integral = false;
        take();
        if (!digit())
            fail(QStringLiteral("invalid number: digits expected after '.'"));
        while (digit())
            take();
    }
    if (cur() == 'e' || cur() == 'E') {
        integral = false;
        take();
        if (cur() == '+' || cur() == '-')
            take();
        if (!digit())
            fail(QStringLiteral("invalid number: digits expected in exponent"));
        while (digit())
            take();
    }
    // Up to 15 plain digits are exact in a double: the same value QByteArray::toDouble gives.
    if (integral && text.size() <= 15 && text[0] != '-') {
        qint64 v = 0;
        for (char c : text)
            v = v * 10 + (c - '0');
        number = double(v);
        return;
    }
    bool ok = false;
    number = QByteArray(text.data(), qsizetype(text.size())).toDouble(&ok);
    if (!ok || !std::isfinite(number))
        fail(QStringLiteral("invalid number"));
}

} // namespace cca::tracing
