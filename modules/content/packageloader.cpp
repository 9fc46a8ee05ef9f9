#include "content/packageloader.h"

#include "content/jsonfields_p.h"
#include "content/markdownscan.h"
#include "core/jsonreader.h"
#include "core/languages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cca::content {

namespace detail {

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

} // namespace detail

namespace {

using detail::Reader;
using detail::kIdPattern;

const QRegularExpression kVersionPattern(
    QStringLiteral("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"));
const QRegularExpression kDatePattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));

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

// The selection must name questions that exist and draw no more than a category holds.
void checkSelection(Reader &r, const JsonNode &a, const Assessment &assessment)
{
    const JsonNode *select = a.member(QStringLiteral("select"));
    const JsonNode &at = select ? *select : a;
    QSet<QString> taken;
    for (const QString &id : assessment.fixed) {
        if (!assessment.question(id))
            r.error(at, QStringLiteral("question '%1' is not in %2").arg(id, assessment.questionsFile));
        else if (taken.contains(id))
            r.error(at, QStringLiteral("question '%1' is listed twice in 'fixed'").arg(id));
        taken.insert(id);
    }
    // Draws are made in order, each from what the fixed questions and earlier draws left.
    QHash<QString, int> left;
    for (const Question &q : assessment.questions)
        if (!taken.contains(q.id))
            left[q.category] += 1;
    for (const RandomDraw &d : assessment.draws) {
        bool known = d.category.isEmpty();
        for (const QuestionCategory &c : assessment.categories)
            known = known || c.id == d.category;
        if (!known) {
            r.error(at, QStringLiteral("cannot draw from category '%1': %2 defines no such category").arg(d.category, assessment.questionsFile));
            continue;
        }
        int available = 0;
        for (auto it = left.constBegin(); it != left.constEnd(); ++it)
            if (d.category.isEmpty() || it.key() == d.category)
                available += it.value();
        if (available < d.count) {
            r.error(at, QStringLiteral("cannot draw %1 question(s) from category '%2': only %3 are left after the fixed questions and earlier draws")
                            .arg(d.count).arg(d.category.isEmpty() ? QStringLiteral("(any)") : d.category).arg(available));
            continue;
        }
        int toTake = d.count;
        for (auto it = left.begin(); it != left.end() && toTake > 0; ++it)
            if (d.category.isEmpty() || it.key() == d.category) {
                const int n = std::min(toTake, it.value());
                it.value() -= n;
                toTake -= n;
            }
    }
    if (assessment.mode == QLatin1String("mastery") && assessment.questions.size() < assessment.masteryWindow)
        r.error(a, QStringLiteral("a mastery assessment needs at least %1 questions").arg(assessment.masteryWindow));
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
                              QStringLiteral("questions"), QStringLiteral("mode"), QStringLiteral("select"),
                              QStringLiteral("order"), QStringLiteral("shuffle_options"), QStringLiteral("time_limit_minutes"),
                              QStringLiteral("max_attempts"), QStringLiteral("grading"), QStringLiteral("mastery"),
                              QStringLiteral("tries"), QStringLiteral("review")};
    for (const JsonNode &a : n->children) {
        const QString what = QStringLiteral("assessment");
        if (!r.checkObject(a, what, allowed))
            continue;
        Assessment assessment;
        assessment.id = r.id(a, QStringLiteral("id"), what);
        r.uniqueId(ids, assessment.id, a, QStringLiteral("id"));
        assessment.title = r.localizedField(a, QStringLiteral("title"), what, true);
        assessment.passMark = r.integer(a, QStringLiteral("pass_mark"), what, 0, 100, true);
        if (a.member(QStringLiteral("mode")))
            assessment.mode = r.oneOf(a, QStringLiteral("mode"), {QStringLiteral("practice"), QStringLiteral("exam"), QStringLiteral("mastery")});
        if (a.member(QStringLiteral("order")))
            assessment.shuffleQuestions = r.oneOf(a, QStringLiteral("order"), {QStringLiteral("fixed"), QStringLiteral("shuffled")})
                                          == QLatin1String("shuffled");
        assessment.shuffleOptions = r.boolean(a, QStringLiteral("shuffle_options"), true);
        assessment.timeLimitMinutes = r.integer(a, QStringLiteral("time_limit_minutes"), what, 0, 24 * 60, false);
        assessment.maxAttempts = r.integer(a, QStringLiteral("max_attempts"), what, 0, 1000, false);
        if (a.member(QStringLiteral("grading")))
            assessment.grading = r.oneOf(a, QStringLiteral("grading"),
                                         {QStringLiteral("highest"), QStringLiteral("last"), QStringLiteral("average"), QStringLiteral("first")});
        if (a.member(QStringLiteral("tries")))
            assessment.practiceTries = r.integer(a, QStringLiteral("tries"), what, 1, 100, false);
        if (const JsonNode *m = a.member(QStringLiteral("mastery")); m && r.checkObject(*m, QStringLiteral("mastery"), {QStringLiteral("correct"), QStringLiteral("of_last")})) {
            assessment.masteryCorrect = r.integer(*m, QStringLiteral("correct"), QStringLiteral("mastery"), 1, 1000, true);
            assessment.masteryWindow = r.integer(*m, QStringLiteral("of_last"), QStringLiteral("mastery"), 1, 1000, true);
            if (assessment.masteryCorrect > assessment.masteryWindow)
                r.error(*m, QStringLiteral("'correct' (%1) cannot be more than 'of_last' (%2)").arg(assessment.masteryCorrect).arg(assessment.masteryWindow));
        }
        if (assessment.mode == QLatin1String("mastery") && assessment.masteryWindow == 0)
            r.error(a, QStringLiteral("a mastery assessment needs \"mastery\": {\"correct\": m, \"of_last\": n}"));
        if (a.member(QStringLiteral("tries")) && assessment.mode != QLatin1String("practice"))
            r.error(*a.member(QStringLiteral("tries")), QStringLiteral("only practice assessments have 'tries'"));
        if (assessment.timeLimitMinutes > 0 && assessment.mode != QLatin1String("exam"))
            r.error(*a.member(QStringLiteral("time_limit_minutes")), QStringLiteral("only exams have a time limit"));
        if (const JsonNode *rv = a.member(QStringLiteral("review")); rv && r.checkObject(*rv, QStringLiteral("review"),
                {QStringLiteral("correctness"), QStringLiteral("right_answer"), QStringLiteral("feedback"), QStringLiteral("score")})) {
            assessment.review.correctness = r.boolean(*rv, QStringLiteral("correctness"), true);
            assessment.review.rightAnswer = r.boolean(*rv, QStringLiteral("right_answer"), true);
            assessment.review.feedback = r.boolean(*rv, QStringLiteral("feedback"), true);
            assessment.review.score = r.boolean(*rv, QStringLiteral("score"), true);
        }
        const JsonNode *select = a.member(QStringLiteral("select"));
        if (select && r.checkObject(*select, QStringLiteral("select"), {QStringLiteral("fixed"), QStringLiteral("random")})) {
            assessment.fixed = r.stringList(*select, QStringLiteral("fixed"), QStringLiteral("select"), true);
            if (const JsonNode *random = select->member(QStringLiteral("random"))) {
                if (!random->isArray()) {
                    r.error(*random, QStringLiteral("'random' must be a list [ ... ]"));
                } else {
                    for (const JsonNode &d : random->children) {
                        if (!r.checkObject(d, QStringLiteral("random draw"), {QStringLiteral("category"), QStringLiteral("count")}))
                            continue;
                        RandomDraw draw;
                        draw.category = r.string(d, QStringLiteral("category"), QStringLiteral("random draw"), false);
                        draw.count = r.integer(d, QStringLiteral("count"), QStringLiteral("random draw"), 1, 1000, true);
                        assessment.draws << draw;
                    }
                }
            }
        }
        assessment.questionsFile = r.string(a, QStringLiteral("questions"), what, true);
        if (const JsonNode *q = a.member(QStringLiteral("questions")); q && q->isString()) {
            const QString problem = r.pathProblem(assessment.questionsFile, {QStringLiteral("json")});
            if (!problem.isEmpty()) {
                r.error(*q, QStringLiteral("'questions': %1").arg(problem));
            } else {
                const int before = int(r.package().errors.size());
                detail::readQuestionFile(r.package(), assessment, displayDir);
                if (r.package().errors.size() == before)
                    checkSelection(r, a, assessment);
            }
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
        if (!r.checkObject(a, what, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("summary"),
                                     QStringLiteral("file"), QStringLiteral("exercise"), QStringLiteral("case")}))
            continue;
        Activity activity;
        activity.line = a.line;
        activity.column = a.column;
        activity.id = r.id(a, QStringLiteral("id"), what);
        r.uniqueId(ids, activity.id, a, QStringLiteral("id"));
        activity.type = r.string(a, QStringLiteral("type"), what, true);
        if (!activity.type.isEmpty() && !known.contains(activity.type))
            r.error(*a.member(QStringLiteral("type")),
                    QStringLiteral("activity type '%1' is unknown (use %2)").arg(activity.type, known.join(QStringLiteral(", "))));
        activity.title = r.localizedField(a, QStringLiteral("title"), what, true);
        if (a.member(QStringLiteral("summary")))
            activity.summary = r.localizedField(a, QStringLiteral("summary"), what, false);

        // The one field that says what to play: a scenario file, a lab exercise or a tracing case.
        QString needed;
        if (activity.isScenario())
            needed = QStringLiteral("file");
        else if (activity.type == ActivityTypes::WalletExercise)
            needed = QStringLiteral("exercise");
        else if (activity.type == ActivityTypes::TracingCase)
            needed = QStringLiteral("case");
        for (const QString &key : {QStringLiteral("file"), QStringLiteral("exercise"), QStringLiteral("case")}) {
            const JsonNode *field = a.member(key);
            if (field && key != needed)
                r.error(*field, needed.isEmpty() ? QStringLiteral("'%1' does not belong to this activity").arg(key)
                                                 : QStringLiteral("'%1' does not belong to a '%2' activity (it needs '%3')")
                                                       .arg(key, activity.type, needed));
        }
        if (!needed.isEmpty()) {
            const QString value = r.string(a, needed, what, true);
            if (const JsonNode *field = a.member(needed)) {
                activity.targetLine = field->line;
                activity.targetColumn = field->column;
                if (needed == QLatin1String("file")) {
                    activity.file = value;
                    if (field->isString()) {
                        QString problem = r.pathProblem(value, {QStringLiteral("json")});
                        if (problem.isEmpty() && !value.endsWith(QStringLiteral(".scenario.json")))
                            problem = QStringLiteral("'%1' is not a scenario file (name it <id>.scenario.json)").arg(value);
                        if (!problem.isEmpty())
                            r.error(*field, QStringLiteral("'file': %1").arg(problem));
                    }
                } else {
                    activity.target = value;
                }
            }
        }
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
    auto root = detail::readJsonFile(package, manifest, package.manifestPath);
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
