#pragma once

#include "core/diagnostic.h"
#include "core/jsonreader.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace cca {

// Reads checked fields out of a parsed JsonNode and reports every problem with its file, line and
// column ("path:line:column: error: message"), for all the content formats (module packages,
// question files, the scam reference, case files). Format-specific readers derive from it and add
// their own fields (localized text, package paths, vocabularies).
//
// `what` names the object for messages ("missing required field 'title' in lesson"); it may be
// empty. Messages are English, like a compiler's: they are for the author of the file.
class JsonFields
{
public:
    JsonFields(Diagnostics &out, QString file) : m_out(out), m_file(std::move(file)) {}
    virtual ~JsonFields() = default;

    static const QRegularExpression &idPattern();       // lower-case letters, digits, single hyphens
    static const QRegularExpression &languagePattern(); // en, zh-Hant, zh-Hant-HK, es...

    void error(const JsonNode &at, const QString &message) { error(at.line, at.column, message); }
    void error(int line, int column, const QString &message);

    // Reports fields not in `allowed`; false when `node` is not an object.
    bool checkObject(const JsonNode &node, const QString &what, const QStringList &allowed);

    const JsonNode *field(const JsonNode &obj, const QString &key, const QString &what, bool required);
    // Text in double quotes; a required one must not be blank.
    QString string(const JsonNode &obj, const QString &key, const QString &what, bool required);
    // A required text that must match idPattern().
    QString id(const JsonNode &obj, const QString &key, const QString &what);
    int integer(const JsonNode &obj, const QString &key, const QString &what, int min, int max, bool required);
    std::optional<double> number(const JsonNode &obj, const QString &key, double min, double max, bool required,
                                 const QString &what = QString());
    // One of `allowed`; the first allowed value when absent or wrong (wrong is reported).
    QString oneOf(const JsonNode &obj, const QString &key, const QStringList &allowed);
    bool boolean(const JsonNode &obj, const QString &key, bool defaultValue);

    enum class Items { Text, Ids };
    // A list of non-blank texts without repeats (ids when `items` says so), at least `minItems`.
    QStringList stringList(const JsonNode &obj, const QString &key, const QString &what, bool required, Items items = Items::Text,
                           int minItems = 0);

    const QString &file() const { return m_file; }

private:
    Diagnostics &m_out;
    QString m_file;
};

} // namespace cca
