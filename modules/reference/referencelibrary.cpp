#include "reference/pattern.h"

#include "core/appinfo.h"
#include "core/jsonfields.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cca::reference {

namespace {

const QRegularExpression kPublished(QStringLiteral("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"));

// Reads checked fields of one file, collecting "file:line:column: message" diagnostics: the shared
// checks of JsonFields, and the reference's own texts (every required language) and vocabularies.
class Reader : public JsonFields
{
public:
    Reader(Diagnostics &out, QString file, QStringList languages)
        : JsonFields(out, std::move(file)), m_languages(std::move(languages)) {}

    using JsonFields::field;
    using JsonFields::string;
    using JsonFields::id;

    bool object(const JsonNode &node, const QString &what, const QStringList &allowed) { return checkObject(node, what, allowed); }
    const JsonNode *field(const JsonNode &obj, const QString &key, bool required = true) { return field(obj, key, QString(), required); }
    QString string(const JsonNode &obj, const QString &key, bool required = true) { return string(obj, key, QString(), required); }
    QString id(const JsonNode &obj, const QString &key) { return id(obj, key, QString()); }
    QStringList strings(const JsonNode &obj, const QString &key, bool required, int minItems = 0)
    {
        return stringList(obj, key, QString(), required, Items::Text, minItems);
    }

    LocalizedText localized(const JsonNode &node, const QString &key)
    {
        LocalizedText text;
        if (!node.isObject()) {
            error(node, QStringLiteral("'%1' must be an object of languages such as {\"en\": \"...\", \"zh-Hant\": \"...\"}").arg(key));
            return text;
        }
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const JsonNode &value = node.children[size_t(i)];
            if (!value.isString() || value.string.trimmed().isEmpty()) {
                error(value, QStringLiteral("the '%1' text of '%2' must be non-empty text").arg(node.keys[i], key));
                continue;
            }
            text.set(node.keys[i], value.string);
        }
        for (const QString &language : std::as_const(m_languages))
            if (!text.has(language))
                error(node, QStringLiteral("'%1' has no \"%2\" text").arg(key, language));
        return text;
    }

    LocalizedText localizedField(const JsonNode &obj, const QString &key)
    {
        const JsonNode *n = field(obj, key);
        return n ? localized(*n, key) : LocalizedText();
    }

    QList<LocalizedText> localizedList(const JsonNode &obj, const QString &key, int minItems)
    {
        QList<LocalizedText> out;
        const JsonNode *n = field(obj, key);
        if (!n)
            return out;
        if (!n->isArray()) {
            error(*n, QStringLiteral("'%1' must be a list [ ... ]").arg(key));
            return out;
        }
        for (const JsonNode &item : n->children)
            out << localized(item, key);
        if (out.size() < minItems)
            error(*n, QStringLiteral("'%1' needs at least %2 item(s)").arg(key).arg(minItems));
        return out;
    }

    // Ids that must exist in one vocabulary group.
    QStringList vocabularyIds(const JsonNode &obj, const QString &key, const Vocabulary &vocabulary, const QString &group)
    {
        const QStringList ids = strings(obj, key, true, 1);
        if (const JsonNode *n = obj.member(key); n && n->isArray())
            for (const JsonNode &item : n->children)
                if (item.isString() && !vocabulary.contains(group, item.string))
                    error(item, QStringLiteral("'%1' is not in vocabulary.json \"%2\" (known: %3)")
                                    .arg(item.string, group, vocabulary.ids(group).join(QStringLiteral(", "))));
        return ids;
    }

private:
    QStringList m_languages;
};

std::optional<JsonNode> readJson(const QString &path, Diagnostics &errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors.append(Diagnostic{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString())});
        return std::nullopt;
    }
    JsonParseResult parsed = parseJson(f.readAll(), path);
    if (parsed.error) {
        errors.append(*parsed.error);
        return std::nullopt;
    }
    return std::move(parsed.root);
}

void readVocabulary(const JsonNode &root, Reader &r, Vocabulary &vocabulary)
{
    QStringList allowed = Vocabulary::groups();
    allowed.prepend(QStringLiteral("format"));
    allowed.prepend(QStringLiteral("$schema"));
    if (!r.object(root, QStringLiteral("vocabulary.json"), allowed))
        return;
    const JsonNode *format = r.field(root, QStringLiteral("format"));
    if (format && (!format->isInteger() || format->number != 1))
        r.error(*format, QStringLiteral("'format' must be 1"));
    for (const QString &group : Vocabulary::groups()) {
        const JsonNode *g = r.field(root, group);
        if (!g)
            continue;
        if (!g->isObject() || g->keys.isEmpty()) {
            r.error(*g, QStringLiteral("'%1' must be an object of ids and their labels").arg(group));
            continue;
        }
        for (qsizetype i = 0; i < g->keys.size(); ++i) {
            const auto [line, column] = g->keyPositions[size_t(i)];
            if (!JsonFields::idPattern().match(g->keys[i]).hasMatch())
                r.error(line, column, QStringLiteral("'%1' is not a valid id").arg(g->keys[i]));
            vocabulary.add(group, g->keys[i], r.localized(g->children[size_t(i)], g->keys[i]));
        }
    }
}

Pattern readPattern(const JsonNode &root, Reader &r, const Vocabulary &vocabulary)
{
    Pattern p;
    static const QStringList fields{QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("name"),
                                    QStringLiteral("aliases"), QStringLiteral("category"), QStringLiteral("fatfGroups"),
                                    QStringLiteral("summary"), QStringLiteral("howItWorks"), QStringLiteral("redFlags"),
                                    QStringLiteral("victimProfile"), QStringLiteral("victimProfiles"), QStringLiteral("channels"),
                                    QStringLiteral("chains"), QStringLiteral("assets"), QStringLiteral("evidence"),
                                    QStringLiteral("firstResponse"), QStringLiteral("laundering"), QStringLiteral("prevention"),
                                    QStringLiteral("related"), QStringLiteral("modules"), QStringLiteral("sources"),
                                    QStringLiteral("lastReviewed")};
    if (!r.object(root, QStringLiteral("the entry"), fields))
        return p;
    const JsonNode *format = r.field(root, QStringLiteral("format"));
    if (format && (!format->isInteger() || format->number != 1))
        r.error(*format, QStringLiteral("'format' must be 1"));
    p.id = r.id(root, QStringLiteral("id"));
    p.name = r.localizedField(root, QStringLiteral("name"));
    if (const JsonNode *a = r.field(root, QStringLiteral("aliases")); a && r.object(*a, QStringLiteral("'aliases'"), {QStringLiteral("en"), QStringLiteral("zh-Hant"), QStringLiteral("zh-Hans"), QStringLiteral("es")})) {
        for (qsizetype i = 0; i < a->keys.size(); ++i)
            p.aliases.insert(a->keys[i], r.strings(*a, a->keys[i], true));
    }
    p.category = r.id(root, QStringLiteral("category"));
    if (!p.category.isEmpty() && !vocabulary.contains(QStringLiteral("categories"), p.category))
        r.error(*root.member(QStringLiteral("category")), QStringLiteral("'%1' is not in vocabulary.json \"categories\"").arg(p.category));
    p.fatfGroups = r.vocabularyIds(root, QStringLiteral("fatfGroups"), vocabulary, QStringLiteral("fatfGroups"));
    p.summary = r.localizedField(root, QStringLiteral("summary"));
    p.howItWorks = r.localizedList(root, QStringLiteral("howItWorks"), 3);
    if (const JsonNode *flags = r.field(root, QStringLiteral("redFlags"));
        flags && r.object(*flags, QStringLiteral("'redFlags'"), {QStringLiteral("victim"), QStringLiteral("onChain"), QStringLiteral("exchange")})) {
        p.redFlagsVictim = r.localizedList(*flags, QStringLiteral("victim"), 1);
        p.redFlagsOnChain = r.localizedList(*flags, QStringLiteral("onChain"), 1);
        p.redFlagsExchange = r.localizedList(*flags, QStringLiteral("exchange"), 1);
    }
    p.victimProfile = r.localizedField(root, QStringLiteral("victimProfile"));
    p.victimProfiles = r.vocabularyIds(root, QStringLiteral("victimProfiles"), vocabulary, QStringLiteral("victimProfiles"));
    p.channels = r.vocabularyIds(root, QStringLiteral("channels"), vocabulary, QStringLiteral("channels"));
    p.chains = r.vocabularyIds(root, QStringLiteral("chains"), vocabulary, QStringLiteral("chains"));
    p.assets = r.strings(root, QStringLiteral("assets"), true);
    p.evidence = r.localizedList(root, QStringLiteral("evidence"), 1);
    p.firstResponse = r.localizedList(root, QStringLiteral("firstResponse"), 3);
    p.laundering = r.localizedList(root, QStringLiteral("laundering"), 1);
    p.prevention = r.localizedList(root, QStringLiteral("prevention"), 1);
    p.related = r.strings(root, QStringLiteral("related"), true);
    p.modules = r.strings(root, QStringLiteral("modules"), false);
    if (const JsonNode *sources = r.field(root, QStringLiteral("sources"))) {
        if (!sources->isArray() || sources->children.empty())
            r.error(*sources, QStringLiteral("'sources' must be a list with at least one source"));
        else
            for (const JsonNode &s : sources->children) {
                if (!r.object(s, QStringLiteral("a source"), {QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("url"),
                                                              QStringLiteral("published"), QStringLiteral("note")}))
                    continue;
                Source src{r.string(s, QStringLiteral("title")), r.string(s, QStringLiteral("publisher")),
                           r.string(s, QStringLiteral("url"), false), r.string(s, QStringLiteral("published"), false),
                           r.string(s, QStringLiteral("note"), false)};
                if (!src.url.isEmpty() && !src.url.startsWith(QLatin1String("https://")))
                    r.error(*s.member(QStringLiteral("url")), QStringLiteral("a source's 'url' must start with https://"));
                if (!src.published.isEmpty() && !kPublished.match(src.published).hasMatch())
                    r.error(*s.member(QStringLiteral("published")), QStringLiteral("'published' must be YYYY, YYYY-MM or YYYY-MM-DD"));
                p.sources << src;
            }
    }
    const QString reviewed = r.string(root, QStringLiteral("lastReviewed"));
    p.lastReviewed = QDate::fromString(reviewed, Qt::ISODate);
    if (!reviewed.isEmpty() && !p.lastReviewed.isValid())
        r.error(*root.member(QStringLiteral("lastReviewed")), QStringLiteral("'lastReviewed' must be a date YYYY-MM-DD"));
    return p;
}

} // namespace

QStringList Pattern::tags(const QString &group) const
{
    if (group == QLatin1String("categories"))
        return {category};
    if (group == QLatin1String("fatfGroups"))
        return fatfGroups;
    if (group == QLatin1String("channels"))
        return channels;
    if (group == QLatin1String("chains"))
        return chains;
    if (group == QLatin1String("victimProfiles"))
        return victimProfiles;
    return {};
}

QStringList Vocabulary::groups()
{
    return {QStringLiteral("categories"), QStringLiteral("fatfGroups"), QStringLiteral("channels"), QStringLiteral("chains"),
            QStringLiteral("victimProfiles")};
}

QString Vocabulary::label(const QString &group, const QString &id, const QString &language) const
{
    const auto g = m_groups.constFind(group);
    if (g == m_groups.constEnd() || !g->contains(id))
        return id;
    return g->value(id).text(language);
}

const Pattern *ReferenceLibrary::find(const QString &id) const
{
    for (const Pattern &p : patterns)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<const Pattern *> ReferenceLibrary::teachingModule(const QString &moduleId) const
{
    QList<const Pattern *> out;
    for (const Pattern &p : patterns)
        if (p.modules.contains(moduleId))
            out << &p;
    return out;
}

QString ReferenceLibrary::bundledFolder()
{
    for (const QString &root : AppInfo::bundledContentRoots()) {
        const QString folder = QDir(root).filePath(QStringLiteral("reference"));
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("vocabulary.json"))))
            return folder;
    }
    return {};
}

ReferenceLibrary ReferenceLibrary::load(const QString &folder, const QStringList &knownModules, const QStringList &requiredLanguages)
{
    ReferenceLibrary lib;
    lib.folder = folder;
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    const QDir dir(folder);
    const QString vocabularyPath = dir.filePath(QStringLiteral("vocabulary.json"));
    if (!QFileInfo::exists(vocabularyPath)) {
        lib.errors.append(Diagnostic{folder, 0, 0, QStringLiteral("no vocabulary.json here: this is not a reference folder")});
        return lib;
    }
    auto hashFile = [&](const QString &path) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            fingerprint.addData(QFileInfo(path).fileName().toUtf8());
            fingerprint.addData(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
        }
    };
    hashFile(vocabularyPath);
    if (auto root = readJson(vocabularyPath, lib.errors)) {
        Reader r(lib.errors, vocabularyPath, requiredLanguages);
        readVocabulary(*root, r, lib.vocabulary);
    }
    const QDir patternsDir(dir.filePath(QStringLiteral("patterns")));
    const QStringList files = patternsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        lib.errors.append(Diagnostic{patternsDir.path(), 0, 0, QStringLiteral("no entries: patterns/*.json is empty")});
    for (const QString &name : files) {
        const QString path = patternsDir.filePath(name);
        hashFile(path);
        auto root = readJson(path, lib.errors);
        if (!root)
            continue;
        Reader r(lib.errors, path, requiredLanguages);
        Pattern p = readPattern(*root, r, lib.vocabulary);
        p.file = path;
        if (!p.id.isEmpty() && p.id + QStringLiteral(".json") != name)
            r.error(*root->member(QStringLiteral("id")), QStringLiteral("the id '%1' must match the file name (%2)").arg(p.id, name));
        if (!p.id.isEmpty() && lib.find(p.id))
            r.error(*root->member(QStringLiteral("id")), QStringLiteral("the id '%1' is used by another entry").arg(p.id));
        lib.patterns << p;
    }
    // Cross-checks: related entries and training modules exist.
    QSet<QString> ids;
    for (const Pattern &p : std::as_const(lib.patterns))
        ids.insert(p.id);
    for (const Pattern &p : std::as_const(lib.patterns)) {
        for (const QString &related : p.related) {
            if (!ids.contains(related))
                lib.errors.append(Diagnostic{p.file, 0, 0, QStringLiteral("related entry '%1' does not exist").arg(related)});
            if (related == p.id)
                lib.errors.append(Diagnostic{p.file, 0, 0, QStringLiteral("an entry cannot be related to itself")});
        }
        if (!knownModules.isEmpty())
            for (const QString &m : p.modules)
                if (!knownModules.contains(m))
                    lib.errors.append(Diagnostic{p.file, 0, 0, QStringLiteral("training module '%1' is not bundled or installed").arg(m)});
    }
    std::sort(lib.patterns.begin(), lib.patterns.end(), [](const Pattern &a, const Pattern &b) { return a.id < b.id; });
    lib.fingerprint = fingerprint.result().toHex();
    return lib;
}

} // namespace cca::reference
