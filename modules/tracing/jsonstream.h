#pragma once

#include "core/jsonreader.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

namespace cca::tracing {

// A pull reader over JSON text, for case files too big for a JsonNode tree: it reads the bytes in
// chunks from a device (or from memory), tracks line and column like cca::parseJson, and hands
// values out one at a time. Any part can still be read as a JsonNode (readNode). Syntax errors
// (with the same rules and messages as cca::parseJson: duplicate fields, nesting depth, commas)
// are thrown as JsonStream::SyntaxError.
class JsonStream
{
public:
    struct SyntaxError
    {
        int line;
        int column;
        QString message;
    };

    // One scalar value; objects and arrays are checked and skipped (type only).
    struct Value
    {
        JsonNode::Type type = JsonNode::Type::Null;
        int line = 0;
        int column = 0;
        std::string text;     // a string, as UTF-8
        double number = 0;
        bool integral = false;
        bool boolean = false;
        bool isString() const { return type == JsonNode::Type::String; }
        bool isInteger() const { return type == JsonNode::Type::Number && integral; }
    };

    // Object members one by one: while (o.next(s)) { read the value of o.key() }.
    class Object
    {
    public:
        // Call with the stream at '{' (consumed here).
        Object(JsonStream &s);
        bool next();
        const std::string &key() const { return m_key; }
        int keyLine() const { return m_keyLine; }
        int keyColumn() const { return m_keyColumn; }

    private:
        JsonStream &m_s;
        bool m_first = true;
        bool m_done = false;
        std::string m_key;
        int m_keyLine = 0;
        int m_keyColumn = 0;
        size_t m_base; // this object's keys are m_s.m_keys[m_base, m_s.m_keyCount)
    };

    // Array items one by one: while (a.next()) { read one value }.
    class Array
    {
    public:
        // Call with the stream at '[' (consumed here).
        Array(JsonStream &s);
        bool next();

    private:
        JsonStream &m_s;
        bool m_first = true;
        bool m_done = false;
    };

    explicit JsonStream(const QByteArray &data); // must outlive the stream
    explicit JsonStream(QIODevice *device, qsizetype chunk = 4 << 20);

    // Skips a byte-order mark and white space; then call peek() for the root value.
    void begin();
    // Checks nothing but white space follows the root value.
    void end();

    // The first character of the next value (white space skipped), '\0' at the end.
    char peek();
    int line() const { return m_line; }
    int column() const { return m_column; }
    // The next value in full, as a tree (depth as in cca::parseJson: the root is 0).
    JsonNode readNode(int depth);
    // The next value; objects and arrays are read and dropped.
    void readValue(int depth, Value &out);
    [[noreturn]] void fail(const QString &message) const;

private:
    bool atEnd()
    {
        return m_p == m_end && !refill(1);
    }
    char cur() { return atEnd() ? '\0' : *m_p; }
    void advance()
    {
        const char c = *m_p++;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++m_column; // count characters, not UTF-8 continuation bytes
        }
    }
    void skipWhitespace();
    bool refill(qsizetype need);
    void expect(char c, const char *what);
    bool matchWord(const char *word);
    void checkDepth(int depth);
    void parseObject(JsonNode &node, int depth);
    void parseArray(JsonNode &node, int depth);
    int hexValue(char c) const;
    char16_t parseHex4();
    // Reads a string (at its opening quote) as UTF-8; escapes and non-ASCII text go through the
    // same QString steps as cca::parseJson.
    void readString(std::string &out);
    QString readQString();
    void readNumber(double &number, bool &integral);

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_chunk = 0;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    int m_line = 1;
    int m_column = 1;
    std::string m_numberText;
    // The keys of the objects being read, innermost last (for "appears twice"); entries past
    // m_keyCount keep their buffers for the next objects.
    std::vector<std::string> m_keys;
    size_t m_keyCount = 0;
};

} // namespace cca::tracing
