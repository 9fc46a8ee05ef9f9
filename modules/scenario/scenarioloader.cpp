#include "scenario/scenarioloader.h"

#include "content/markdownscan.h"
#include "core/jsonfields.h"
#include "core/languages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cca::scenario {

namespace {

const QStringList kAudioExtensions{QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("mp3"),
                                   QStringLiteral("m4a"), QStringLiteral("wav"), QStringLiteral("flac")};
const QStringList kImageExtensions{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("svg")};
const QStringList kBands{QStringLiteral("good"), QStringLiteral("partial"), QStringLiteral("poor")};

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern;
}

// A way from one node to another, with where it is written (for "unknown next" errors).
struct Edge
{
    QString from;
    QString choice; // empty for a node's own 'next'
    QString to;
    int line = 0;
    int column = 0;
};

class Reader : public JsonFields
{
public:
    Reader(Scenario &s) : JsonFields(s.errors, s.file), m_scenario(s) {}

    using JsonFields::error;

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
            error(node, QStringLiteral("'%1' must be text or an object of languages such as {\"en\": \"...\", \"zh-Hant\": \"...\"}").arg(key));
            return text;
        }
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const QString &lang = node.keys[i];
            const JsonNode &value = node.children[size_t(i)];
            const auto [line, column] = node.keyPositions[size_t(i)];
            if (!Languages::isKnownContentTag(lang)) {
                error(line, column, QStringLiteral("'%1' in '%2' is not a language the app ships (use en, zh-Hant, zh-Hans, es)").arg(lang, key));
                continue;
            }
            if (!value.isString() || value.string.trimmed().isEmpty()) {
                error(value, QStringLiteral("the '%1' text of '%2' must be non-empty text in double quotes").arg(lang, key));
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

    // A package-relative media path: not a URL, not absolute, inside the package, right type, exists.
    QString media(const JsonNode &obj, const QString &key, const QString &what, const QStringList &extensions)
    {
        const QString path = string(obj, key, what, true);
        const JsonNode *n = obj.member(key);
        if (!n || !n->isString() || path.trimmed().isEmpty())
            return path;
        const QString root = m_scenario.packageRoot;
        QString problem;
        if (path.contains(QStringLiteral("://")) || path.startsWith(QStringLiteral("//")) || content::MarkdownScan::isRemote(path))
            problem = QStringLiteral("'%1' is a URL; scenarios load nothing from the network, put the file in the package").arg(path);
        else if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('\\')) || path.startsWith(QLatin1Char('/')))
            problem = QStringLiteral("'%1' is an absolute path; use a path relative to the package folder").arg(path);
        else if (path.contains(QLatin1Char('\\')))
            problem = QStringLiteral("'%1' uses backslashes; use forward slashes").arg(path);
        else if (content::MarkdownScan::resolveInside(path, root, root).isEmpty())
            problem = QStringLiteral("'%1' leads outside the package folder").arg(path);
        else if (!extensions.contains(QFileInfo(path).suffix().toLower()))
            problem = QStringLiteral("'%1' has an unsupported file type (use %2)").arg(path, extensions.join(QStringLiteral(", ")));
        else if (!QFileInfo(QDir(root).filePath(path)).isFile())
            problem = QStringLiteral("media file '%1' not found in the package").arg(path);
        if (!problem.isEmpty())
            error(*n, QStringLiteral("'%1': %2").arg(key, problem));
        return path;
    }

    // A tactic id that must be declared in 'tactics'.
    QString tactic(const JsonNode &obj, const QString &key, const QString &what, bool required)
    {
        const QString id = string(obj, key, what, required);
        const JsonNode *n = obj.member(key);
        if (n && n->isString() && !id.isEmpty() && !m_scenario.tactic(id)) {
            QStringList known;
            for (const Tactic &t : std::as_const(m_scenario.tactics))
                known << t.id;
            error(*n, QStringLiteral("unknown tactic '%1' (declared in 'tactics': %2)")
                          .arg(id, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
        }
        return id;
    }

private:
    Scenario &m_scenario;
};

std::optional<Value> readValue(const JsonNode &n)
{
    if (n.type == JsonNode::Type::Bool)
        return Value::boolean(n.boolean);
    if (n.isInteger() && n.number >= -1e9 && n.number <= 1e9)
        return Value::integer(int(n.number));
    return std::nullopt;
}

QString valueDescription(const JsonNode &n)
{
    if (n.type == JsonNode::Type::Bool)
        return QStringLiteral("a bool");
    if (n.isInteger())
        return QStringLiteral("an int");
    return JsonNode::typeName(n.type);
}

void readVariables(const JsonNode &root, Reader &r, Scenario &s)
{
    const JsonNode *vars = r.field(root, QStringLiteral("variables"), QString(), false);
    if (!vars)
        return;
    if (!vars->isArray()) {
        r.error(*vars, QStringLiteral("'variables' must be a list [ ... ]"));
        return;
    }
    for (const JsonNode &v : vars->children) {
        const QString what = QStringLiteral("a variable");
        if (!r.checkObject(v, what, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("initial")}))
            continue;
        Variable var;
        var.id = r.string(v, QStringLiteral("id"), what, true);
        const JsonNode *idNode = v.member(QStringLiteral("id"));
        if (idNode && idNode->isString() && !var.id.isEmpty() && !variablePattern().match(var.id).hasMatch()) {
            r.error(*idNode, QStringLiteral("'%1' is not a valid variable id: use a lower-case letter, then lower-case letters, digits or '_' (no hyphens), e.g. 'trust' or 'asked_platform'").arg(var.id));
            continue;
        }
        if (idNode && (var.id == QLatin1String("true") || var.id == QLatin1String("false"))) {
            r.error(*idNode, QStringLiteral("'%1' cannot be a variable id").arg(var.id));
            continue;
        }
        if (idNode && s.variable(var.id)) {
            r.error(*idNode, QStringLiteral("duplicate variable id '%1'").arg(var.id));
            continue;
        }
        const JsonNode *typeNode = r.field(v, QStringLiteral("type"), what, true);
        if (typeNode && (!typeNode->isString() || (typeNode->string != QLatin1String("int") && typeNode->string != QLatin1String("bool")))) {
            r.error(*typeNode, QStringLiteral("'type' must be \"int\" or \"bool\""));
            continue;
        }
        var.type = typeNode && typeNode->string == QLatin1String("bool") ? ValueType::Bool : ValueType::Int;
        var.initial = var.type == ValueType::Bool ? Value::boolean(false) : Value::integer(0);
        if (const JsonNode *init = r.field(v, QStringLiteral("initial"), what, true)) {
            const std::optional<Value> value = readValue(*init);
            if (!value || value->type != var.type)
                r.error(*init, QStringLiteral("type mismatch: variable '%1' is %2 but its 'initial' value is %3")
                                   .arg(var.id, typeName(var.type), valueDescription(*init)));
            else
                var.initial = *value;
        }
        if (!var.id.isEmpty() && typeNode)
            s.variables << var;
    }
}

void readTactics(const JsonNode &root, Reader &r, Scenario &s)
{
    const JsonNode *list = r.field(root, QStringLiteral("tactics"), QString(), false);
    if (!list)
        return;
    if (!list->isArray()) {
        r.error(*list, QStringLiteral("'tactics' must be a list [ ... ]"));
        return;
    }
    for (const JsonNode &t : list->children) {
        const QString what = QStringLiteral("a tactic");
        if (!r.checkObject(t, what, {QStringLiteral("id"), QStringLiteral("name")}))
            continue;
        Tactic tactic;
        tactic.id = r.id(t, QStringLiteral("id"), what);
        tactic.name = r.localizedField(t, QStringLiteral("name"), what, true);
        if (!tactic.id.isEmpty() && s.tactic(tactic.id)) {
            r.error(*t.member(QStringLiteral("id")), QStringLiteral("duplicate tactic id '%1'").arg(tactic.id));
            continue;
        }
        s.tactics << tactic;
    }
}

// Where a condition's own column lies in the file: the text starts one column after the quote.
void conditionError(Reader &r, const JsonNode &at, const QString &text, const ExpressionError &e)
{
    r.error(at.line, at.column + e.column, QStringLiteral("condition \"%1\", column %2: %3").arg(text).arg(e.column).arg(e.message));
}

QList<Effect> readEffects(const JsonNode &choice, Reader &r, const Scenario &s)
{
    QList<Effect> out;
    const JsonNode *list = choice.member(QStringLiteral("effects"));
    if (!list)
        return out;
    if (!list->isArray()) {
        r.error(*list, QStringLiteral("'effects' must be a list [ ... ]"));
        return out;
    }
    for (const JsonNode &e : list->children) {
        const QString what = QStringLiteral("an effect");
        if (!r.checkObject(e, what, {QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("value")}))
            continue;
        const JsonNode *set = e.member(QStringLiteral("set"));
        const JsonNode *add = e.member(QStringLiteral("add"));
        if ((set != nullptr) == (add != nullptr)) {
            r.error(e, QStringLiteral("an effect needs exactly one of \"set\" or \"add\", e.g. {\"add\": \"trust\", \"value\": 1}"));
            continue;
        }
        Effect effect;
        effect.op = set ? Effect::Op::Set : Effect::Op::Add;
        const JsonNode &target = set ? *set : *add;
        const QString key = set ? QStringLiteral("set") : QStringLiteral("add");
        if (!target.isString()) {
            r.error(target, QStringLiteral("'%1' must name a variable in double quotes").arg(key));
            continue;
        }
        effect.variable = target.string;
        const Variable *var = s.variable(effect.variable);
        if (!var) {
            r.error(target, QStringLiteral("undefined variable '%1' in '%2'; declare it in 'variables'").arg(effect.variable, key));
            continue;
        }
        const JsonNode *valueNode = r.field(e, QStringLiteral("value"), what, true);
        if (!valueNode)
            continue;
        const std::optional<Value> value = readValue(*valueNode);
        if (effect.op == Effect::Op::Add && var->type != ValueType::Int) {
            r.error(target, QStringLiteral("type mismatch: 'add' needs an int variable, but '%1' is bool; use 'set'").arg(var->id));
            continue;
        }
        if (!value || value->type != var->type) {
            r.error(*valueNode, QStringLiteral("type mismatch: variable '%1' is %2 but the value is %3")
                                    .arg(var->id, typeName(var->type), valueDescription(*valueNode)));
            continue;
        }
        effect.value = *value;
        out << effect;
    }
    return out;
}

void readNode(const JsonNode &n, Reader &r, Scenario &s, QList<Edge> &edges)
{
    static const QStringList types{QStringLiteral("narration"), QStringLiteral("message"), QStringLiteral("call"),
                                   QStringLiteral("document"), QStringLiteral("decision"), QStringLiteral("ending")};
    if (!n.isObject()) {
        r.error(n, QStringLiteral("a node must be an object { ... }, not %1").arg(JsonNode::typeName(n.type)));
        return;
    }
    const JsonNode *typeNode = r.field(n, QStringLiteral("type"), QStringLiteral("a node"), true);
    if (!typeNode)
        return;
    if (!typeNode->isString() || !types.contains(typeNode->string)) {
        r.error(*typeNode, QStringLiteral("'type' must be one of: %1").arg(types.join(QStringLiteral(", "))));
        return;
    }
    Node node;
    node.type = Node::Type(types.indexOf(typeNode->string));
    node.line = n.line;
    node.column = n.column;
    const QString what = QStringLiteral("%1 %2 node").arg(node.type == Node::Type::Ending ? QStringLiteral("an") : QStringLiteral("a"),
                                                         typeNode->string);

    QStringList allowed{QStringLiteral("id"), QStringLiteral("type")};
    switch (node.type) {
    case Node::Type::Narration: allowed << QStringLiteral("text") << QStringLiteral("next"); break;
    case Node::Type::Message:
        allowed << QStringLiteral("sender") << QStringLiteral("time") << QStringLiteral("text") << QStringLiteral("outgoing")
                << QStringLiteral("redFlag") << QStringLiteral("next");
        break;
    case Node::Type::Call: allowed << QStringLiteral("audio") << QStringLiteral("transcript") << QStringLiteral("next"); break;
    case Node::Type::Document: allowed << QStringLiteral("image") << QStringLiteral("caption") << QStringLiteral("next"); break;
    case Node::Type::Decision: allowed << QStringLiteral("text") << QStringLiteral("choices"); break;
    case Node::Type::Ending:
        allowed << QStringLiteral("outcome") << QStringLiteral("band") << QStringLiteral("score") << QStringLiteral("text");
        break;
    }
    r.checkObject(n, what, allowed);
    node.id = r.id(n, QStringLiteral("id"), what);
    if (!node.id.isEmpty()) {
        if (const Node *first = s.node(node.id)) {
            r.error(*n.member(QStringLiteral("id")), QStringLiteral("duplicate node id '%1' (first used at line %2)").arg(node.id).arg(first->line));
            return;
        }
    }

    switch (node.type) {
    case Node::Type::Narration:
        node.text = r.localizedField(n, QStringLiteral("text"), what, true);
        break;
    case Node::Type::Message:
        node.sender = r.localizedField(n, QStringLiteral("sender"), what, true);
        node.time = r.localizedField(n, QStringLiteral("time"), what, false);
        node.text = r.localizedField(n, QStringLiteral("text"), what, true);
        node.outgoing = r.boolean(n, QStringLiteral("outgoing"), false);
        if (const JsonNode *flag = n.member(QStringLiteral("redFlag"));
            flag && r.checkObject(*flag, QStringLiteral("'redFlag'"), {QStringLiteral("tactic"), QStringLiteral("explanation")})) {
            RedFlag rf;
            rf.tactic = r.tactic(*flag, QStringLiteral("tactic"), QStringLiteral("'redFlag'"), true);
            rf.explanation = r.localizedField(*flag, QStringLiteral("explanation"), QStringLiteral("'redFlag'"), true);
            node.redFlag = rf;
        }
        break;
    case Node::Type::Call:
        node.audio = r.media(n, QStringLiteral("audio"), what, kAudioExtensions);
        if (const JsonNode *lines = r.field(n, QStringLiteral("transcript"), what, true)) {
            if (!lines->isArray() || lines->children.empty()) {
                r.error(*lines, QStringLiteral("'transcript' must be a list with at least one line"));
            } else {
                double previous = 0.0;
                for (const JsonNode &l : lines->children) {
                    const QString lineWhat = QStringLiteral("a transcript line");
                    if (!r.checkObject(l, lineWhat, {QStringLiteral("at"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("tactic")}))
                        continue;
                    TranscriptLine line;
                    line.start = r.number(l, QStringLiteral("at"), 0.0, 86400.0, true, lineWhat).value_or(0.0);
                    if (line.start < previous)
                        r.error(*l.member(QStringLiteral("at")),
                                QStringLiteral("transcript lines must be in time order: %1 s comes after %2 s").arg(line.start).arg(previous));
                    previous = std::max(previous, line.start);
                    line.speaker = r.localizedField(l, QStringLiteral("speaker"), lineWhat, true);
                    line.text = r.localizedField(l, QStringLiteral("text"), lineWhat, true);
                    line.tactic = r.tactic(l, QStringLiteral("tactic"), lineWhat, false);
                    node.transcript << line;
                }
            }
        }
        break;
    case Node::Type::Document:
        node.image = r.media(n, QStringLiteral("image"), what, kImageExtensions);
        node.caption = r.localizedField(n, QStringLiteral("caption"), what, true);
        break;
    case Node::Type::Decision: {
        node.text = r.localizedField(n, QStringLiteral("text"), what, true);
        const JsonNode *choices = n.member(QStringLiteral("choices"));
        if (!choices || (choices->isArray() && choices->children.empty())) {
            r.error(choices ? *choices : n, QStringLiteral("dead end: decision '%1' has no choices").arg(node.id));
            break;
        }
        if (!choices->isArray()) {
            r.error(*choices, QStringLiteral("'choices' must be a list [ ... ]"));
            break;
        }
        QHash<QString, ValueType> declared;
        for (const Variable &v : std::as_const(s.variables))
            declared.insert(v.id, v.type);
        bool unconditional = false;
        for (const JsonNode &c : choices->children) {
            const QString choiceWhat = QStringLiteral("a choice");
            if (!r.checkObject(c, choiceWhat, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("condition"),
                                               QStringLiteral("effects"), QStringLiteral("score"), QStringLiteral("next")}))
                continue;
            Choice choice;
            choice.id = r.id(c, QStringLiteral("id"), choiceWhat);
            if (!choice.id.isEmpty()) {
                const bool repeated = std::any_of(node.choices.cbegin(), node.choices.cend(), [&](const Choice &o) { return o.id == choice.id; });
                if (repeated) {
                    r.error(*c.member(QStringLiteral("id")), QStringLiteral("duplicate choice id '%1' in decision '%2'").arg(choice.id, node.id));
                    continue;
                }
            }
            choice.text = r.localizedField(c, QStringLiteral("text"), choiceWhat, true);
            if (const JsonNode *cond = c.member(QStringLiteral("condition"))) {
                if (!cond->isString()) {
                    r.error(*cond, QStringLiteral("'condition' must be text in double quotes, e.g. \"trust >= 2 && !lectured\""));
                } else {
                    choice.condition = cond->string;
                    ExpressionError e;
                    choice.parsed = Expression::parse(cond->string, &e);
                    if (!choice.parsed)
                        conditionError(r, *cond, cond->string, e);
                    else if (const std::optional<ExpressionError> typeError = choice.parsed->check(declared))
                        conditionError(r, *cond, cond->string, *typeError);
                }
            } else {
                unconditional = true;
            }
            choice.effects = readEffects(c, r, s);
            choice.score = r.integer(c, QStringLiteral("score"), choiceWhat, -1000, 1000, false);
            choice.next = r.string(c, QStringLiteral("next"), choiceWhat, true);
            if (const JsonNode *next = c.member(QStringLiteral("next")); next && !choice.next.isEmpty())
                edges << Edge{node.id, choice.id, choice.next, next->line, next->column};
            node.choices << choice;
        }
        if (!unconditional && !node.choices.isEmpty())
            r.error(*choices, QStringLiteral("possible dead end: every choice of decision '%1' has a condition; give at least one choice "
                                             "without a condition so the officer can always go on")
                                  .arg(node.id));
        break;
    }
    case Node::Type::Ending:
        node.outcome = r.id(n, QStringLiteral("outcome"), what);
        if (!n.member(QStringLiteral("band")))
            r.error(n, QStringLiteral("missing required field 'band' in %1 (one of: %2)").arg(what, kBands.join(QStringLiteral(", "))));
        node.band = r.oneOf(n, QStringLiteral("band"), kBands);
        node.endingScore = r.integer(n, QStringLiteral("score"), what, -1000, 1000, false);
        node.text = r.localizedField(n, QStringLiteral("text"), what, true);
        break;
    }

    if (node.type != Node::Type::Decision && node.type != Node::Type::Ending) {
        const JsonNode *next = n.member(QStringLiteral("next"));
        if (!next) {
            r.error(n, QStringLiteral("dead end: %1 node '%2' has no 'next' and is not an ending").arg(Node::typeName(node.type), node.id));
        } else {
            node.next = r.string(n, QStringLiteral("next"), what, true);
            if (next->isString() && !node.next.isEmpty())
                edges << Edge{node.id, QString(), node.next, next->line, next->column};
        }
    }
    if (!node.id.isEmpty())
        s.nodes << node;
}

// Tarjan's strongly connected components over the known edges.
QList<QStringList> stronglyConnected(const Scenario &s)
{
    QHash<QString, int> index, low;
    QSet<QString> onStack;
    QStringList stack;
    QList<QStringList> out;
    int counter = 0;
    std::function<void(const Node &)> visit = [&](const Node &v) {
        index.insert(v.id, counter);
        low.insert(v.id, counter);
        ++counter;
        stack << v.id;
        onStack.insert(v.id);
        for (const QString &w : v.successors()) {
            const Node *target = s.node(w);
            if (!target)
                continue;
            if (!index.contains(w)) {
                visit(*target);
                low[v.id] = std::min(low[v.id], low[w]);
            } else if (onStack.contains(w)) {
                low[v.id] = std::min(low[v.id], index[w]);
            }
        }
        if (low[v.id] == index[v.id]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.prepend(w);
            } while (w != v.id);
            out << component;
        }
    };
    for (const Node &n : s.nodes)
        if (!index.contains(n.id))
            visit(n);
    return out;
}

void checkGraph(const JsonNode &root, Reader &r, Scenario &s, const QList<Edge> &edges)
{
    for (const Edge &e : edges) {
        if (s.node(e.to))
            continue;
        if (e.choice.isEmpty())
            r.error(e.line, e.column, QStringLiteral("node '%1' leads to '%2', which is not a node in this scenario").arg(e.from, e.to));
        else
            r.error(e.line, e.column, QStringLiteral("choice '%1' of decision '%2' leads nowhere: '%3' is not a node in this scenario")
                                          .arg(e.choice, e.from, e.to));
    }

    const Node *start = s.start.isEmpty() ? nullptr : s.node(s.start);
    if (!s.start.isEmpty() && !start)
        r.error(*root.member(QStringLiteral("start")), QStringLiteral("'start' names '%1', which is not a node in this scenario").arg(s.start));
    if (start) {
        QSet<QString> reached{start->id};
        QStringList queue{start->id};
        while (!queue.isEmpty()) {
            const Node *n = s.node(queue.takeFirst());
            for (const QString &next : n->successors())
                if (s.node(next) && !reached.contains(next)) {
                    reached.insert(next);
                    queue << next;
                }
        }
        for (const Node &n : std::as_const(s.nodes))
            if (!reached.contains(n.id))
                r.error(n.line, n.column, QStringLiteral("unreachable: node '%1' cannot be reached from the start node '%2'").arg(n.id, s.start));
    }

    for (const QStringList &component : stronglyConnected(s)) {
        const QSet<QString> members(component.cbegin(), component.cend());
        bool cycle = component.size() > 1;
        bool leaves = false;
        for (const QString &id : component) {
            const Node *n = s.node(id);
            for (const QString &next : n->successors()) {
                if (next == id)
                    cycle = true;
                if (!members.contains(next))
                    leaves = true; // to another node, or to an unknown id (reported above)
            }
            if (n->isEnding())
                leaves = true;
        }
        if (!cycle || leaves)
            continue;
        // Report at the member that comes first in the file.
        const Node *first = nullptr;
        for (const Node &n : std::as_const(s.nodes))
            if (members.contains(n.id)) {
                first = &n;
                break;
            }
        QStringList ordered;
        for (const Node &n : std::as_const(s.nodes))
            if (members.contains(n.id))
                ordered << n.id;
        r.error(first->line, first->column,
                QStringLiteral("cycle with no way out: %1 lead only to each other and never to an ending")
                    .arg(ordered.size() == 1 ? QStringLiteral("node '%1' leads only to itself, so it and its choices").arg(ordered.first())
                                             : QStringLiteral("nodes '%1'").arg(ordered.join(QStringLiteral("', '")))));
    }
}

} // namespace

namespace ScenarioLoader {

QString fileSuffix()
{
    return QStringLiteral(".scenario.json");
}

QString packageRootFor(const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    QDir dir(folder);
    for (;;) {
        if (dir.exists(QStringLiteral("module.json")))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return folder;
}

Scenario loadData(const QByteArray &utf8, const QString &displayFile, const QString &packageRoot)
{
    Scenario s;
    s.file = displayFile;
    s.packageRoot = QDir::cleanPath(QFileInfo(packageRoot).absoluteFilePath());
    JsonParseResult parsed = parseJson(utf8, displayFile);
    if (parsed.error) {
        s.errors << *parsed.error;
        return s;
    }
    const JsonNode &root = parsed.root;
    Reader r(s);
    const QString what = QStringLiteral("the scenario");
    if (!r.checkObject(root, what, {QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                                    QStringLiteral("summary"), QStringLiteral("start"), QStringLiteral("variables"),
                                    QStringLiteral("tactics"), QStringLiteral("nodes")}))
        return s;
    if (const JsonNode *format = r.field(root, QStringLiteral("format"), what, true); format && (!format->isInteger() || format->number != 1))
        r.error(*format, QStringLiteral("'format' must be 1"));
    s.id = r.id(root, QStringLiteral("id"), what);
    const QString fileName = QFileInfo(displayFile).fileName();
    if (!s.id.isEmpty() && fileName.endsWith(fileSuffix()) && fileName.chopped(fileSuffix().size()) != s.id)
        r.error(*root.member(QStringLiteral("id")),
                QStringLiteral("the id '%1' must match the file name '%2'").arg(s.id, fileName.chopped(fileSuffix().size())));
    s.title = r.localizedField(root, QStringLiteral("title"), what, true);
    s.summary = r.localizedField(root, QStringLiteral("summary"), what, false);
    s.start = r.string(root, QStringLiteral("start"), what, true);
    readVariables(root, r, s);
    readTactics(root, r, s);
    QList<Edge> edges;
    if (const JsonNode *nodes = r.field(root, QStringLiteral("nodes"), what, true)) {
        if (!nodes->isArray() || nodes->children.empty())
            r.error(*nodes, QStringLiteral("'nodes' must be a list with at least one node"));
        else
            for (const JsonNode &n : nodes->children)
                readNode(n, r, s, edges);
    }
    checkGraph(root, r, s, edges);
    std::stable_sort(s.errors.begin(), s.errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return s;
}

Scenario loadFile(const QString &path, const QString &packageRoot)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Scenario s;
        s.file = path;
        s.errors << Diagnostic{path, 0, 0, QStringLiteral("cannot read the file: %1").arg(f.errorString())};
        return s;
    }
    return loadData(f.readAll(), path, packageRoot.isEmpty() ? packageRootFor(path) : packageRoot);
}

QStringList findFiles(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {path};
    QStringList out;
    QDirIterator it(path, {QStringLiteral("*") + fileSuffix()}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString mediaPath(const Scenario &scenario, const QString &relative)
{
    return content::MarkdownScan::resolveInside(relative, scenario.packageRoot, scenario.packageRoot);
}

} // namespace ScenarioLoader

} // namespace cca::scenario
