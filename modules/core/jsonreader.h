#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cca {

// A JSON value that remembers where it stood in its file, so validators can report
// "path:line:column" for any field. QJsonDocument gives no positions, hence this reader.
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0.0;
    bool integral = false;       // the number was written without fraction or exponent
    QString string;
    std::vector<JsonNode> children; // array items, or object values in file order
    QStringList keys;               // object keys, parallel to children
    std::vector<std::pair<int, int>> keyPositions; // line/column of each key

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isInteger() const { return type == Type::Number && integral; }
    const JsonNode *member(const QString &key) const;
    static QString typeName(Type type);
};

struct JsonParseResult
{
    JsonNode root;
    std::optional<Diagnostic> error;
};

// Parses UTF-8 JSON text. Duplicate keys in one object are reported as errors.
JsonParseResult parseJson(const QByteArray &utf8, const QString &fileName);

} // namespace cca
