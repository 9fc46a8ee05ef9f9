#pragma once

// Private to the content library: reading checked fields out of a JsonNode with file positions.

#include "content/package.h"
#include "core/jsonfields.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace cca::content::detail {

inline const QRegularExpression &kIdPattern = JsonFields::idPattern();
inline const QRegularExpression &kLanguagePattern = JsonFields::languagePattern();

// State shared while reading one file of a package: the checked fields of JsonFields, and what
// only packages have (localized texts with English required, package-relative files, shared ids).
class Reader : public JsonFields
{
public:
    Reader(ModulePackage &package, QString displayFile)
        : JsonFields(package.errors, std::move(displayFile)), m_package(package) {}

    QStringList stringList(const JsonNode &obj, const QString &key, const QString &what, bool ids)
    {
        return JsonFields::stringList(obj, key, what, false, ids ? Items::Ids : Items::Text);
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

private:
    ModulePackage &m_package;
};


std::optional<JsonNode> readJsonFile(ModulePackage &package, const QString &path, const QString &display);

// Reads a question file into the assessment (categories and questions), with every check.
void readQuestionFile(ModulePackage &package, Assessment &assessment, const QString &displayDir);

} // namespace cca::content::detail
