#include "content/packageloader.h"

#include "content/markdownscan.h"
#include "core/jsonreader.h"
#include "core/languages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cca::content {

namespace {

const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
const QRegularExpression kVersionPattern(
    QStringLiteral("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"));
const QRegularExpression kLanguagePattern(QStringLiteral("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$"));
const QRegularExpression kDatePattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));

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

std::optional<JsonNode> readJsonFile(ModulePackage &package, const QString &path, const QString &display)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        package.errors.append(Diagnostic{display, 0, 0, QStringLiteral("cannot read file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    JsonParseResult parsed = parseJson(file.readAll(), display);
    if (parsed.error) {
        package.errors.append(*parsed.error);
        return std::nullopt;
    }
    return std::move(parsed.root);
}

const QStringList kMarkdownExtensions{QStringLiteral("md"), QStringLiteral("markdown")};
const QStringList kMediaExtensions{QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"),
                                   QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("mp4"),
                                   QStringLiteral("webm")};
const QStringList kTranscriptExtensions{QStringLiteral("md"), QStringLiteral("txt")};

void readSources(Reader &r, const JsonNode &root)
{
    const JsonNode *n = root.member(QStringLiteral("sources"));
    if (!n)
        return;
    if (!n->isArray()) {
        r.error(*n, QStringLiteral("'sources' must be a list [ ... ]"));
        return;
    }
    const QStringList allowed{QStringLiteral("publisher"), QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("url")};
    for (const JsonNode &s : n->children) {
        if (!r.checkObject(s, QStringLiteral("source"), allowed))
            continue;
        SourceRef ref;
        ref.publisher = r.string(s, QStringLiteral("publisher"), QStringLiteral("source"), true);
        ref.title = r.string(s, QStringLiteral("title"), QStringLiteral("source"), true);
        ref.date = r.string(s, QStringLiteral("date"), QStringLiteral("source"), false);
        ref.url = r.string(s, QStringLiteral("url"), QStringLiteral("source"), false);
        if (!ref.date.isEmpty() && !kDatePattern.match(ref.date).hasMatch())
            r.error(*s.member(QStringLiteral("date")), QStringLiteral("date '%1' must be YYYY, YYYY-MM or YYYY-MM-DD").arg(ref.date));
        r.package().sources << ref;
    }
}

void readGlossary(Reader &r, const JsonNode &root)
{
    const JsonNode *n = root.member(QStringLiteral("glossary"));
    if (!n)
        return;
    if (!n->isArray()) {
        r.error(*n, QStringLiteral("'glossary' must be a list [ ... ]"));
        return;
    }
    QHash<QString, int> seen;
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("term"), QStringLiteral("definition")};
    const QString what = QStringLiteral("glossary entry");
    for (const JsonNode &g : n->children) {
        if (!r.checkObject(g, what, allowed))
            continue;
        GlossaryEntry entry;
        entry.id = r.id(g, QStringLiteral("id"), what);
        r.uniqueId(seen, entry.id, g, QStringLiteral("id"));
        entry.term = r.localizedField(g, QStringLiteral("term"), what, true);
        entry.definition = r.localizedField(g, QStringLiteral("definition"), what, true);
        r.package().glossary << entry;
    }
}

void readLessons(Reader &r, const JsonNode &root, QHash<QString, int> &ids)
{
    const JsonNode *n = r.field(root, QStringLiteral("lessons"), QStringLiteral("module"), true);
    if (!n)
        return;
    if (!n->isArray() || n->children.empty()) {
        r.error(*n, QStringLiteral("'lessons' must be a list with at least one lesson"));
        return;
    }
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("minutes"),
                              QStringLiteral("file"), QStringLiteral("media")};
    const QStringList mediaAllowed{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                                   QStringLiteral("file"), QStringLiteral("transcript")};
    for (const JsonNode &l : n->children) {
        const QString what = QStringLiteral("lesson");
        if (!r.checkObject(l, what, allowed))
            continue;
        Lesson lesson;
        lesson.id = r.id(l, QStringLiteral("id"), what);
        r.uniqueId(ids, lesson.id, l, QStringLiteral("id"));
        lesson.title = r.localizedField(l, QStringLiteral("title"), what, true);
        lesson.minutes = r.integer(l, QStringLiteral("minutes"), what, 1, 120, true);
        lesson.file = r.localizedFile(l, QStringLiteral("file"), what, kMarkdownExtensions);
        if (const JsonNode *m = l.member(QStringLiteral("media"))) {
            if (!m->isArray()) {
                r.error(*m, QStringLiteral("'media' must be a list [ ... ]"));
            } else {
                for (const JsonNode &mediaNode : m->children) {
                    const QString mediaWhat = QStringLiteral("media item");
                    if (!r.checkObject(mediaNode, mediaWhat, mediaAllowed))
                        continue;
                    MediaItem item;
                    item.id = r.id(mediaNode, QStringLiteral("id"), mediaWhat);
                    r.uniqueId(ids, item.id, mediaNode, QStringLiteral("id"));
                    item.kind = r.string(mediaNode, QStringLiteral("kind"), mediaWhat, true);
                    if (!item.kind.isEmpty() && item.kind != QLatin1String("audio") && item.kind != QLatin1String("video"))
                        r.error(*mediaNode.member(QStringLiteral("kind")),
                                QStringLiteral("media kind '%1' is unknown (use audio or video)").arg(item.kind));
                    item.title = r.localizedField(mediaNode, QStringLiteral("title"), mediaWhat, true);
                    item.file = r.localizedFile(mediaNode, QStringLiteral("file"), mediaWhat, kMediaExtensions);
                    item.transcript = r.localizedFile(mediaNode, QStringLiteral("transcript"), mediaWhat, kTranscriptExtensions);
                    lesson.media << item;
                }
            }
        }
        r.package().lessons << lesson;
    }
}

void readQuestions(ModulePackage &package, Assessment &assessment, const QString &displayDir)
{
    const QString display = displayDir + QLatin1Char('/') + assessment.questionsFile;
    auto root = readJsonFile(package, package.absolutePath(assessment.questionsFile), display);
    if (!root)
        return;
    Reader r(package, display);
    if (!r.checkObject(*root, QStringLiteral("question file"), {QStringLiteral("questions")}))
        return;
    const JsonNode *list = r.field(*root, QStringLiteral("questions"), QStringLiteral("question file"), true);
    if (!list)
        return;
    if (!list->isArray() || list->children.empty()) {
        r.error(*list, QStringLiteral("'questions' must be a list with at least one question"));
        return;
    }
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("text"),
                              QStringLiteral("options"), QStringLiteral("feedback"), QStringLiteral("weight")};
    const QStringList optionAllowed{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("correct"),
                                    QStringLiteral("feedback")};
    const QStringList types{QStringLiteral("single_choice"), QStringLiteral("multiple_choice")};
    QHash<QString, int> seen;
    for (const JsonNode &q : list->children) {
        const QString what = QStringLiteral("question");
        if (!r.checkObject(q, what, allowed))
            continue;
        Question question;
        question.id = r.id(q, QStringLiteral("id"), what);
        r.uniqueId(seen, question.id, q, QStringLiteral("id"));
        question.type = r.string(q, QStringLiteral("type"), what, true);
        if (!question.type.isEmpty() && !types.contains(question.type))
            r.error(*q.member(QStringLiteral("type")), QStringLiteral("question type '%1' is unknown (use %2)")
                                                           .arg(question.type, types.join(QStringLiteral(", "))));
        question.text = r.localizedField(q, QStringLiteral("text"), what, true);
        question.feedback = r.localizedField(q, QStringLiteral("feedback"), what, false);
        if (const JsonNode *w = q.member(QStringLiteral("weight"))) {
            if (w->type != JsonNode::Type::Number || w->number <= 0)
                r.error(*w, QStringLiteral("'weight' must be a positive number"));
            else
                question.weight = w->number;
        }
        const JsonNode *options = r.field(q, QStringLiteral("options"), what, true);
        if (options && (!options->isArray() || options->children.size() < 2 || options->children.size() > 8)) {
            r.error(*options, QStringLiteral("'options' must be a list of 2 to 8 options"));
        } else if (options) {
            QHash<QString, int> optionIds;
            int correct = 0;
            for (const JsonNode &o : options->children) {
                const QString optionWhat = QStringLiteral("option");
                if (!r.checkObject(o, optionWhat, optionAllowed))
                    continue;
                ChoiceOption option;
                option.id = r.id(o, QStringLiteral("id"), optionWhat);
                r.uniqueId(optionIds, option.id, o, QStringLiteral("id"));
                option.text = r.localizedField(o, QStringLiteral("text"), optionWhat, true);
                option.feedback = r.localizedField(o, QStringLiteral("feedback"), optionWhat, false);
                if (const JsonNode *c = o.member(QStringLiteral("correct"))) {
                    if (c->type != JsonNode::Type::Bool)
                        r.error(*c, QStringLiteral("'correct' must be true or false"));
                    else
                        option.correct = c->boolean;
                }
                correct += option.correct ? 1 : 0;
                question.options << option;
            }
            if (question.type == QLatin1String("single_choice") && correct != 1)
                r.error(q, QStringLiteral("single_choice question '%1' must have exactly one correct option (it has %2)")
                               .arg(question.id).arg(correct));
            else if (question.type == QLatin1String("multiple_choice") && correct < 1)
                r.error(q, QStringLiteral("multiple_choice question '%1' must have at least one correct option").arg(question.id));
        }
        assessment.questions << question;
    }
}

void readAssessments(Reader &r, const JsonNode &root, QHash<QString, int> &ids, const QString &displayDir)
{
    const JsonNode *n = root.member(QStringLiteral("assessments"));
    if (!n)
        return;
    if (!n->isArray()) {
        r.error(*n, QStringLiteral("'assessments' must be a list [ ... ]"));
        return;
    }
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("pass_mark"),
                              QStringLiteral("questions")};
    for (const JsonNode &a : n->children) {
        const QString what = QStringLiteral("assessment");
        if (!r.checkObject(a, what, allowed))
            continue;
        Assessment assessment;
        assessment.id = r.id(a, QStringLiteral("id"), what);
        r.uniqueId(ids, assessment.id, a, QStringLiteral("id"));
        assessment.title = r.localizedField(a, QStringLiteral("title"), what, true);
        assessment.passMark = r.integer(a, QStringLiteral("pass_mark"), what, 0, 100, true);
        assessment.questionsFile = r.string(a, QStringLiteral("questions"), what, true);
        if (const JsonNode *q = a.member(QStringLiteral("questions")); q && q->isString()) {
            const QString problem = r.pathProblem(assessment.questionsFile, {QStringLiteral("json")});
            if (!problem.isEmpty())
                r.error(*q, QStringLiteral("'questions': %1").arg(problem));
            else
                readQuestions(r.package(), assessment, displayDir);
        }
        r.package().assessments << assessment;
    }
}

void readActivities(Reader &r, const JsonNode &root, QHash<QString, int> &ids)
{
    const JsonNode *n = root.member(QStringLiteral("activities"));
    if (!n)
        return;
    if (!n->isArray()) {
        r.error(*n, QStringLiteral("'activities' must be a list [ ... ]"));
        return;
    }
    const QStringList known = ActivityTypes::known();
    for (const JsonNode &a : n->children) {
        const QString what = QStringLiteral("activity");
        if (!r.checkObject(a, what, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title")}))
            continue;
        Activity activity;
        activity.id = r.id(a, QStringLiteral("id"), what);
        r.uniqueId(ids, activity.id, a, QStringLiteral("id"));
        activity.type = r.string(a, QStringLiteral("type"), what, true);
        if (!activity.type.isEmpty() && !known.contains(activity.type))
            r.error(*a.member(QStringLiteral("type")),
                    known.isEmpty() ? QStringLiteral("activity type '%1' is not known to this version of the app").arg(activity.type)
                                    : QStringLiteral("activity type '%1' is unknown (use %2)").arg(activity.type, known.join(QStringLiteral(", "))));
        activity.title = r.localizedField(a, QStringLiteral("title"), what, true);
        r.package().activities << activity;
    }
}

void checkLessonMarkdown(ModulePackage &package, const QString &displayDir)
{
    const QStringList callouts = MarkdownScan::calloutKinds();
    for (const Lesson &lesson : std::as_const(package.lessons)) {
        const QStringList langs = lesson.file.languages();
        for (const QString &lang : langs) {
            const QString rel = lesson.file.text(lang);
            const QString absolute = package.absolutePath(rel);
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly))
                continue; // reported as a missing file already
            const QString display = displayDir + QLatin1Char('/') + rel;
            const QByteArray bytes = file.readAll();
            const QString text = QString::fromUtf8(bytes);
            if (text.toUtf8() != bytes) {
                package.errors.append(Diagnostic{display, 0, 0, QStringLiteral("the file is not valid UTF-8 text")});
                continue;
            }
            const QString markdownDir = QFileInfo(absolute).absolutePath();
            const auto refs = MarkdownScan::scan(text);
            for (const MarkdownRef &ref : refs) {
                auto report = [&](const QString &message) {
                    package.errors.append(Diagnostic{display, ref.line, ref.column, message});
                };
                switch (ref.kind) {
                case MarkdownRef::Kind::Image: {
                    const QString problem = MarkdownScan::imageProblem(ref.target, markdownDir, package.directory);
                    if (!problem.isEmpty())
                        report(problem);
                    break;
                }
                case MarkdownRef::Kind::Glossary:
                    if (!package.glossaryEntry(ref.target))
                        report(QStringLiteral("unknown glossary term '%1' (add it to the module's glossary)").arg(ref.target));
                    break;
                case MarkdownRef::Kind::Callout:
                    if (!callouts.contains(ref.target))
                        report(QStringLiteral("unknown callout '[!%1]' (use %2)").arg(ref.target, callouts.join(QStringLiteral(", "))));
                    break;
                }
            }
        }
    }
}

} // namespace

ModulePackage PackageLoader::load(const QString &directory, const QString &displayDirectory)
{
    ModulePackage package;
    package.directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QString displayDir = QDir::cleanPath(displayDirectory.isEmpty() ? directory : displayDirectory);
    package.manifestPath = displayDir + QStringLiteral("/module.json");
    package.id = QFileInfo(package.directory).fileName(); // until the manifest says otherwise

    const QString manifest = package.directory + QStringLiteral("/module.json");
    if (!QFileInfo(manifest).isFile()) {
        package.errors.append(Diagnostic{package.manifestPath, 0, 0, QStringLiteral("module.json not found in the module folder")});
        return package;
    }
    auto root = readJsonFile(package, manifest, package.manifestPath);
    if (!root)
        return package;

    Reader r(package, package.manifestPath);
    const QStringList allowed{QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
                              QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("objectives"),
                              QStringLiteral("level"), QStringLiteral("topic"), QStringLiteral("minutes"),
                              QStringLiteral("tags"), QStringLiteral("prerequisites"), QStringLiteral("authors"),
                              QStringLiteral("sources"), QStringLiteral("glossary"), QStringLiteral("lessons"),
                              QStringLiteral("assessments"), QStringLiteral("activities")};
    const QString what = QStringLiteral("module");
    if (!r.checkObject(*root, what, allowed))
        return package;

    if (const JsonNode *format = r.field(*root, QStringLiteral("format"), what, true)) {
        if (!format->isInteger() || format->number != 1)
            r.error(*format, QStringLiteral("'format' must be 1 (this app reads content format 1)"));
    }
    const QString id = r.id(*root, QStringLiteral("id"), what);
    if (!id.isEmpty())
        package.id = id;
    package.version = r.string(*root, QStringLiteral("version"), what, true);
    if (!package.version.isEmpty() && !kVersionPattern.match(package.version).hasMatch())
        r.error(*root->member(QStringLiteral("version")),
                QStringLiteral("version '%1' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)").arg(package.version));
    package.title = r.localizedField(*root, QStringLiteral("title"), what, true);
    package.summary = r.localizedField(*root, QStringLiteral("summary"), what, true);
    if (const JsonNode *objectives = r.field(*root, QStringLiteral("objectives"), what, true)) {
        if (!objectives->isArray() || objectives->children.empty())
            r.error(*objectives, QStringLiteral("'objectives' must be a list with at least one objective"));
        else
            for (const JsonNode &o : objectives->children)
                package.objectives << r.localized(o, QStringLiteral("objectives"));
    }
    package.level = r.string(*root, QStringLiteral("level"), what, true);
    if (!package.level.isEmpty() && !Levels::all().contains(package.level))
        r.error(*root->member(QStringLiteral("level")), QStringLiteral("level '%1' is unknown (use %2)")
                                                           .arg(package.level, Levels::all().join(QStringLiteral(", "))));
    package.topic = r.string(*root, QStringLiteral("topic"), what, true);
    if (!package.topic.isEmpty() && !Topics::all().contains(package.topic))
        r.error(*root->member(QStringLiteral("topic")), QStringLiteral("topic '%1' is unknown (use %2)")
                                                           .arg(package.topic, Topics::all().join(QStringLiteral(", "))));
    package.minutes = r.integer(*root, QStringLiteral("minutes"), what, 1, 600, true);
    package.tags = r.stringList(*root, QStringLiteral("tags"), what, true);
    package.prerequisites = r.stringList(*root, QStringLiteral("prerequisites"), what, true);
    if (const JsonNode *pre = root->member(QStringLiteral("prerequisites")); pre && pre->isArray())
        for (const JsonNode &item : pre->children)
            if (item.isString())
                package.prerequisitePositions.append({item.line, item.column});
    package.authors = r.stringList(*root, QStringLiteral("authors"), what, false);
    readSources(r, *root);
    readGlossary(r, *root);
    QHash<QString, int> ids;
    readLessons(r, *root, ids);
    readAssessments(r, *root, ids, displayDir);
    readActivities(r, *root, ids);
    checkLessonMarkdown(package, displayDir);
    return package;
}

} // namespace cca::content
