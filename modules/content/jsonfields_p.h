#pragma once

// Private to the content library: reading checked fields out of a JsonNode with file positions.

#include "content/package.h"
#include "core/jsonreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace cca::content::detail {

inline const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
inline const QRegularExpression kLanguagePattern(QStringLiteral("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$"));

// State shared while reading one file of a package.
class Reader
{
public:
    Reader(ModulePackage &package, QString displayFile)
        : m_package(package), m_file(std::move(displayFile)) {}

    void error(const JsonNode &at, const QString &message) { error(at.line, at.column, message); }
    void error(int line, int column, const QString &message)
    {
        m_package.errors.append(Diagnostic{m_file, line, column, message});
    }

    // Reports fields not in `allowed` and returns false when `node` is not an object.
    bool checkObject(const JsonNode &node, const QString &what, const QStringList &allowed)
    {
        if (!node.isObject()) {
            error(node, QStringLiteral("%1 must be an object { ... }, not %2").arg(what, JsonNode::typeName(node.type)));
            return false;
        }
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            if (!allowed.contains(node.keys[i])) {
                const auto [line, column] = node.keyPositions[size_t(i)];
                error(line, column, QStringLiteral("unknown field '%1' in %2 (allowed: %3)")
                                        .arg(node.keys[i], what, allowed.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    const JsonNode *field(const JsonNode &obj, const QString &key, const QString &what, bool required)
    {
        const JsonNode *n = obj.member(key);
        if (!n && required)
            error(obj, QStringLiteral("missing required field '%1' in %2").arg(key, what));
        return n;
    }

    QString string(const JsonNode &obj, const QString &key, const QString &what, bool required)
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

    QString id(const JsonNode &obj, const QString &key, const QString &what)
    {
        const QString value = string(obj, key, what, true);
        const JsonNode *n = obj.member(key);
        if (n && n->isString() && !value.isEmpty() && !kIdPattern.match(value).hasMatch())
            error(*n, QStringLiteral("'%1' is not a valid id: use lower-case letters, digits and single hyphens, e.g. 'my-lesson'")
                          .arg(value));
        return value;
    }

    int integer(const JsonNode &obj, const QString &key, const QString &what, int min, int max, bool required)
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

    // A string that must be one of allowed; returns it (or the first allowed value when wrong).
    QString oneOf(const JsonNode &obj, const QString &key, const QStringList &allowed)
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

    bool boolean(const JsonNode &obj, const QString &key, bool defaultValue)
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

    std::optional<double> number(const JsonNode &obj, const QString &key, double min, double max, bool required,
                                 const QString &what = QString())
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

    QStringList stringList(const JsonNode &obj, const QString &key, const QString &what, bool ids)
    {
        QStringList out;
        const JsonNode *n = field(obj, key, what, false);
        if (!n)
            return out;
        if (!n->isArray()) {
            error(*n, QStringLiteral("'%1' must be a list [ ... ]").arg(key));
            return out;
        }
        for (const JsonNode &item : n->children) {
            if (!item.isString()) {
                error(item, QStringLiteral("items of '%1' must be text in double quotes").arg(key));
                continue;
            }
            if (ids && !kIdPattern.match(item.string).hasMatch())
                error(item, QStringLiteral("'%1' in '%2' is not a valid id: use lower-case letters, digits and single hyphens")
                                .arg(item.string, key));
            out << item.string;
        }
        return out;
    }

    LocalizedText localized(const JsonNode &node, const QString &key)
    {
        LocalizedText text;
        if (node.isString()) {
            if (node.string.trimmed().isEmpty())
                error(node, QStringLiteral("'%1' has no English (\"en\") text").arg(key));
            text.set(QStringLiteral("en"), node.string);
            return text;
        }
        if (!node.isObject()) {
            error(node, QStringLiteral("'%1' must be text or an object of languages such as {\"en\": \"...\", \"zh-Hant\": \"...\"}")
                            .arg(key));
            return text;
        }
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const QString &lang = node.keys[i];
            const JsonNode &value = node.children[size_t(i)];
            const auto [line, column] = node.keyPositions[size_t(i)];
            if (!kLanguagePattern.match(lang).hasMatch()) {
                error(line, column, QStringLiteral("'%1' in '%2' is not a language tag (use en, zh-Hant, zh-Hans, es)").arg(lang, key));
                continue;
            }
            if (!value.isString()) {
                error(value, QStringLiteral("the '%1' text of '%2' must be text in double quotes").arg(lang, key));
                continue;
            }
            text.set(lang, value.string);
        }
        if (text.english().trimmed().isEmpty())
            error(node, QStringLiteral("'%1' has no English (\"en\") text").arg(key));
        return text;
    }

    LocalizedText localizedField(const JsonNode &obj, const QString &key, const QString &what, bool required)
    {
        const JsonNode *n = field(obj, key, what, required);
        return n ? localized(*n, key) : LocalizedText();
    }

    // Checks a package-relative path: inside the folder, not a URL, exists, right extension.
    void checkPath(const JsonNode &at, const QString &path, const QStringList &extensions, const QString &key)
    {
        const QString problem = pathProblem(path, extensions);
        if (!problem.isEmpty())
            error(at, QStringLiteral("'%1': %2").arg(key, problem));
    }

    QString pathProblem(const QString &path, const QStringList &extensions) const
    {
        if (path.isEmpty())
            return QStringLiteral("the file name is empty");
        if (path.contains(QStringLiteral("://")) || path.startsWith(QStringLiteral("//")))
            return QStringLiteral("'%1' is a URL; lessons load nothing from the network, put the file in the module folder").arg(path);
        if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('\\')))
            return QStringLiteral("'%1' is an absolute path; use a path relative to the module folder").arg(path);
        const QString absolute = m_package.absolutePath(path);
        if (!isInside(absolute, m_package.directory))
            return QStringLiteral("'%1' is outside the module folder").arg(path);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!extensions.isEmpty() && !extensions.contains(suffix))
            return QStringLiteral("'%1' has an unsupported file type (use %2)").arg(path, extensions.join(QStringLiteral(", ")));
        if (!QFileInfo(absolute).isFile())
            return QStringLiteral("file '%1' not found").arg(path);
        return {};
    }

    LocalizedText localizedFile(const JsonNode &obj, const QString &key, const QString &what, const QStringList &extensions)
    {
        const JsonNode *n = field(obj, key, what, true);
        if (!n)
            return {};
        LocalizedText files = localized(*n, key);
        if (n->isString()) {
            checkPath(*n, n->string, extensions, key);
        } else if (n->isObject()) {
            for (qsizetype i = 0; i < n->keys.size(); ++i)
                if (n->children[size_t(i)].isString())
                    checkPath(n->children[size_t(i)], n->children[size_t(i)].string, extensions, key);
        }
        return files;
    }

    // Registers an id within the module's shared namespace and reports duplicates.
    void uniqueId(QHash<QString, int> &seen, const QString &id, const JsonNode &obj, const QString &key)
    {
        if (id.isEmpty())
            return;
        const JsonNode *n = obj.member(key);
        const JsonNode &at = n ? *n : obj;
        if (seen.contains(id))
            error(at, QStringLiteral("duplicate id '%1' (first used at line %2)").arg(id).arg(seen.value(id)));
        else
            seen.insert(id, at.line);
    }

    static bool isInside(const QString &path, const QString &root)
    {
        const QString cleanRoot = QDir::cleanPath(root);
        const QString cleanPath = QDir::cleanPath(path);
        return cleanPath.startsWith(cleanRoot + QLatin1Char('/'));
    }

    ModulePackage &package() { return m_package; }
    const QString &file() const { return m_file; }

private:
    ModulePackage &m_package;
    QString m_file;
};


std::optional<JsonNode> readJsonFile(ModulePackage &package, const QString &path, const QString &display);

// Reads a question file into the assessment (categories and questions), with every check.
void readQuestionFile(ModulePackage &package, Assessment &assessment, const QString &displayDir);

} // namespace cca::content::detail
