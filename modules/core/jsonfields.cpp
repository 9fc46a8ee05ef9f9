#include "core/jsonfields.h"

namespace cca {

namespace {

QString in(const QString &what)
{
    return what.isEmpty() ? QString() : QStringLiteral(" in ") + what;
}

} // namespace

const QRegularExpression &JsonFields::idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

const QRegularExpression &JsonFields::languagePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$"));
    return pattern;
}

void JsonFields::error(int line, int column, const QString &message)
{
    m_out.append(Diagnostic{m_file, line, column, message});
}

bool JsonFields::checkObject(const JsonNode &node, const QString &what, const QStringList &allowed)
{
    if (!node.isObject()) {
        error(node, QStringLiteral("%1 must be an object { ... }, not %2").arg(what, JsonNode::typeName(node.type)));
        return false;
    }
    for (qsizetype i = 0; i < node.keys.size(); ++i) {
        if (!allowed.contains(node.keys[i])) {
            const auto [line, column] = node.keyPositions[size_t(i)];
            error(line, column,
                  QStringLiteral("unknown field '%1' in %2 (allowed: %3)").arg(node.keys[i], what, allowed.join(QStringLiteral(", "))));
        }
    }
    return true;
}

const JsonNode *JsonFields::field(const JsonNode &obj, const QString &key, const QString &what, bool required)
{
    const JsonNode *n = obj.member(key);
    if (!n && required)
        error(obj, QStringLiteral("missing required field '%1'%2").arg(key, in(what)));
    return n;
}

QString JsonFields::string(const JsonNode &obj, const QString &key, const QString &what, bool required)
{
    const JsonNode *n = field(obj, key, what, required);
    if (!n)
        return {};
    if (!n->isString()) {
        error(*n, QStringLiteral("'%1' must be text in double quotes").arg(key));
        return {};
    }
    if (required && n->string.trimmed().isEmpty())
        error(*n, QStringLiteral("'%1' must not be empty").arg(key));
    return n->string;
}

QString JsonFields::id(const JsonNode &obj, const QString &key, const QString &what)
{
    const QString value = string(obj, key, what, true);
    const JsonNode *n = obj.member(key);
    if (n && n->isString() && !value.isEmpty() && !idPattern().match(value).hasMatch())
        error(*n, QStringLiteral("'%1' is not a valid id: use lower-case letters, digits and single hyphens, e.g. 'my-lesson'").arg(value));
    return value;
}

int JsonFields::integer(const JsonNode &obj, const QString &key, const QString &what, int min, int max, bool required)
{
    const JsonNode *n = field(obj, key, what, required);
    if (!n)
        return 0;
    if (!n->isInteger()) {
        error(*n, QStringLiteral("'%1' must be a whole number").arg(key));
        return 0;
    }
    if (n->number < min || n->number > max) {
        error(*n, QStringLiteral("'%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return 0;
    }
    return int(n->number);
}

std::optional<double> JsonFields::number(const JsonNode &obj, const QString &key, double min, double max, bool required,
                                         const QString &what)
{
    const JsonNode *n = field(obj, key, what, required);
    if (!n)
        return std::nullopt;
    if (n->type != JsonNode::Type::Number) {
        error(*n, QStringLiteral("'%1' must be a number").arg(key));
        return std::nullopt;
    }
    if (n->number < min || n->number > max) {
        error(*n, QStringLiteral("'%1' must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return n->number;
}

QString JsonFields::oneOf(const JsonNode &obj, const QString &key, const QStringList &allowed)
{
    const JsonNode *n = obj.member(key);
    if (!n)
        return allowed.first();
    if (!n->isString() || !allowed.contains(n->string)) {
        error(*n, QStringLiteral("'%1' must be one of: %2").arg(key, allowed.join(QStringLiteral(", "))));
        return allowed.first();
    }
    return n->string;
}

bool JsonFields::boolean(const JsonNode &obj, const QString &key, bool defaultValue)
{
    const JsonNode *n = obj.member(key);
    if (!n)
        return defaultValue;
    if (n->type != JsonNode::Type::Bool) {
        error(*n, QStringLiteral("'%1' must be true or false").arg(key));
        return defaultValue;
    }
    return n->boolean;
}

QStringList JsonFields::stringList(const JsonNode &obj, const QString &key, const QString &what, bool required, Items items, int minItems)
{
    QStringList out;
    const JsonNode *n = field(obj, key, what, required);
    if (!n)
        return out;
    if (!n->isArray()) {
        error(*n, QStringLiteral("'%1' must be a list [ ... ]").arg(key));
        return out;
    }
    for (const JsonNode &item : n->children) {
        if (!item.isString() || item.string.trimmed().isEmpty()) {
            error(item, QStringLiteral("items of '%1' must be non-empty text in double quotes").arg(key));
            continue;
        }
        if (items == Items::Ids && !idPattern().match(item.string).hasMatch()) {
            error(item, QStringLiteral("'%1' in '%2' is not a valid id: use lower-case letters, digits and single hyphens").arg(item.string, key));
            continue;
        }
        if (out.contains(item.string)) {
            error(item, QStringLiteral("'%1' is listed twice in '%2'").arg(item.string, key));
            continue;
        }
        out << item.string;
    }
    if (out.size() < minItems)
        error(*n, QStringLiteral("'%1' needs at least %2 item(s)").arg(key).arg(minItems));
    return out;
}

} // namespace cca
