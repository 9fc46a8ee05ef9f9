#include "records/xapiexporter.h"

#include "records/recordjson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <cmath>

namespace cca::records {

namespace Verbs = progress::Verbs;
namespace ObjectTypes = progress::ObjectTypes;
namespace QuestionTypes = content::QuestionTypes;

namespace {

const QString kEnUs = QStringLiteral("en-US");
const QString kAdlVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString kAdlActivities = QStringLiteral("http://adlnet.gov/expapi/activities/");
const QString kCmi5Progress = QStringLiteral("https://w3id.org/xapi/cmi5/result/extensions/progress");
const QString kTerminated = QStringLiteral("terminated");
const QString kItemSep = QStringLiteral("[,]");
const QString kPairSep = QStringLiteral("[.]");
const QString kRangeSep = QStringLiteral("[:]");
// Fixed namespace for statement ids that are not an event's own (name-based UUID v5).
const QUuid kStatementNamespace = QUuid::fromString(QStringLiteral("6f1f0c53-5a8e-4d0e-9a51-cca0a0000001"));

QJsonObject langMap(const QString &english)
{
    return QJsonObject{{kEnUs, english}};
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// The xAPI verb for one of our verbs; empty when the event gives no statement.
QString xapiVerb(const QString &verb)
{
    if (verb == Verbs::Attempted)
        return QStringLiteral("initialized");
    if (verb == Verbs::Launched || verb == Verbs::Experienced || verb == Verbs::Progressed || verb == Verbs::Completed
        || verb == Verbs::Answered || verb == Verbs::Passed || verb == Verbs::Failed || verb == Verbs::Responded)
        return verb;
    return {};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << (v.isString() ? v.toString() : v.isDouble() ? number(v.toDouble()) : QString());
    return out;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool fullCredit(double fraction)
{
    return fraction >= 1.0 - 1e-9;
}

QString numericPattern(const content::NumericAnswer &a)
{
    if (a.min || a.max)
        return (a.min ? number(*a.min) : QString()) + kRangeSep + (a.max ? number(*a.max) : QString());
    if (a.tolerance > 0)
        return number(a.value - a.tolerance) + kRangeSep + number(a.value + a.tolerance);
    return number(a.value);
}

// One representative right text: an exact full-credit answer (language-neutral or English first),
// else any exact one, else a wildcard answer with its '*' removed.
QString bestText(const QList<content::TextAnswer> &answers)
{
    for (const auto &a : answers)
        if (fullCredit(a.fraction) && !a.text.contains(QLatin1Char('*'))
            && (a.language.isEmpty() || a.language == QLatin1String("en")))
            return a.text;
    for (const auto &a : answers)
        if (fullCredit(a.fraction) && !a.text.contains(QLatin1Char('*')))
            return a.text;
    for (const auto &a : answers)
        if (fullCredit(a.fraction))
            return QString(a.text).remove(QLatin1Char('*')).simplified();
    return {};
}

QJsonArray components(const QList<std::pair<QString, QString>> &items)
{
    QJsonArray out;
    for (const auto &[id, text] : items) {
        QJsonObject c{{QStringLiteral("id"), id}};
        if (!text.isEmpty())
            c.insert(QStringLiteral("description"), langMap(text));
        out.append(c);
    }
    return out;
}

} // namespace

XapiExporter::XapiExporter(const content::Catalog &catalog)
    : XapiExporter(catalog, Options())
{
}

XapiExporter::XapiExporter(const content::Catalog &catalog, const Options &options)
    : m_catalog(catalog)
    , m_options(options)
{
    while (m_options.activityBase.endsWith(QLatin1Char('/')))
        m_options.activityBase.chop(1);
    while (m_options.extensionBase.endsWith(QLatin1Char('/')))
        m_options.extensionBase.chop(1);
}

QString XapiExporter::activityId(const QString &moduleId, const QString &objectId) const
{
    QString iri = m_options.activityBase + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(moduleId));
    if (!objectId.isEmpty()) {
        const QStringList segments = objectId.split(QLatin1Char('/'));
        for (const QString &s : segments)
            iri += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(s));
    }
    return iri;
}

QString XapiExporter::interactionType(const QString &t)
{
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice)
        return QStringLiteral("choice");
    if (t == QuestionTypes::TrueFalse)
        return QStringLiteral("true-false");
    if (t == QuestionTypes::ShortAnswer || t == QuestionTypes::FillBlanks)
        return QStringLiteral("fill-in");
    if (t == QuestionTypes::Numeric)
        return QStringLiteral("numeric");
    if (t == QuestionTypes::Matching)
        return QStringLiteral("matching");
    if (t == QuestionTypes::Ordering)
        return QStringLiteral("sequencing");
    if (t == QuestionTypes::Essay)
        return QStringLiteral("long-fill-in");
    return QStringLiteral("other"); // categorize, hotspot, description
}

QJsonObject XapiExporter::interactionDefinition(const content::Question &q)
{
    const QString &t = q.type;
    QJsonObject def{{QStringLiteral("interactionType"), interactionType(t)}};
    QStringList patterns;
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice) {
        QStringList right;
        QList<std::pair<QString, QString>> choices;
        for (const content::ChoiceOption &o : q.options) {
            choices.append({o.id, o.text.english()});
            if (o.correct)
                right << o.id;
        }
        if (t == QuestionTypes::SingleChoice)
            patterns = right; // any one of them is right
        else if (!right.isEmpty())
            patterns << right.join(kItemSep);
        def.insert(QStringLiteral("choices"), components(choices));
    } else if (t == QuestionTypes::TrueFalse) {
        patterns << (q.answer ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (t == QuestionTypes::ShortAnswer) {
        const QString prefix = q.caseSensitive ? QStringLiteral("{case_matters=true}") : QString();
        for (const content::TextAnswer &a : q.answers)
            if (fullCredit(a.fraction) && !a.text.contains(QLatin1Char('*')))
                patterns << prefix + (a.language.isEmpty() ? QString() : QStringLiteral("{lang=%1}").arg(a.language)) + a.text;
        if (patterns.isEmpty() && !bestText(q.answers).isEmpty())
            patterns << prefix + bestText(q.answers);
    } else if (t == QuestionTypes::FillBlanks) {
        QStringList gaps;
        for (const content::Gap &g : q.gaps) {
            QString text;
            if (g.type == QLatin1String("choice")) {
                for (const content::ChoiceOption &o : g.options)
                    if (o.correct && text.isEmpty())
                        text = o.text.english();
            } else if (g.type == QLatin1String("short")) {
                text = bestText(g.answers);
            } else {
                for (const content::NumericAnswer &n : g.numbers)
                    if (fullCredit(n.fraction) && text.isEmpty())
                        text = (n.min || n.max || n.tolerance > 0) ? numericPattern(n) : number(n.value);
            }
            gaps << text;
        }
        if (!gaps.isEmpty())
            patterns << gaps.join(kItemSep);
    } else if (t == QuestionTypes::Numeric) {
        for (const content::NumericAnswer &n : q.numbers)
            if (fullCredit(n.fraction))
                patterns << numericPattern(n);
    } else if (t == QuestionTypes::Matching) {
        QStringList pairs;
        QList<std::pair<QString, QString>> source, target;
        for (const content::MatchPair &p : q.pairs) {
            pairs << p.id + kPairSep + p.id; // a prompt's right answer carries the pair's id
            source.append({p.id, p.prompt.english()});
            target.append({p.id, p.answer.english()});
        }
        for (qsizetype i = 0; i < q.distractors.size(); ++i)
            target.append({QStringLiteral("distractor-%1").arg(i), q.distractors[i].english()});
        if (!pairs.isEmpty())
            patterns << pairs.join(kItemSep);
        def.insert(QStringLiteral("source"), components(source));
        def.insert(QStringLiteral("target"), components(target));
    } else if (t == QuestionTypes::Ordering) {
        QStringList order;
        QList<std::pair<QString, QString>> choices;
        for (const content::OrderItem &i : q.items) {
            order << i.id;
            choices.append({i.id, i.text.english()});
        }
        if (!order.isEmpty())
            patterns << order.join(kItemSep);
        def.insert(QStringLiteral("choices"), components(choices));
    } else if (t == QuestionTypes::Categorize) {
        // "other": no component lists in xAPI; the pattern uses matching syntax item[.]bucket.
        QStringList pairs;
        for (const content::SortItem &i : q.sortItems)
            pairs << i.id + kPairSep + i.bucket;
        if (!pairs.isEmpty())
            patterns << pairs.join(kItemSep);
    }
    // hotspot, essay and description: no correct response pattern.
    if (!patterns.isEmpty())
        def.insert(QStringLiteral("correctResponsesPattern"), QJsonArray::fromStringList(patterns));
    return def;
}

QString XapiExporter::responsePattern(const QString &t, const QJsonValue &response, const content::Question *q)
{
    if (t == QuestionTypes::SingleChoice || t == QuestionTypes::MultipleChoice || t == QuestionTypes::Ordering)
        return response.isArray() ? stringList(response).join(kItemSep) : valueText(response);
    if (t == QuestionTypes::TrueFalse)
        return valueText(response);
    if (t == QuestionTypes::Numeric) {
        QString typed = valueText(response).trimmed();
        bool ok = false;
        const double v = QString(typed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        return ok ? number(v) : typed;
    }
    if (t == QuestionTypes::FillBlanks) {
        const QJsonObject given = response.toObject();
        QStringList parts;
        if (q) {
            for (const content::Gap &g : q->gaps) {
                QString text = valueText(given.value(g.id));
                if (g.type == QLatin1String("choice"))
                    for (const content::ChoiceOption &o : g.options)
                        if (o.id == text)
                            text = o.text.english();
                parts << text;
            }
        } else {
            for (auto it = given.begin(); it != given.end(); ++it)
                parts << valueText(it.value());
        }
        return parts.join(kItemSep);
    }
    if (t == QuestionTypes::Matching || t == QuestionTypes::Categorize) {
        const QJsonObject given = response.toObject();
        QStringList keys;
        if (q && t == QuestionTypes::Matching)
            for (const content::MatchPair &p : q->pairs)
                keys << p.id;
        else if (q)
            for (const content::SortItem &i : q->sortItems)
                keys << i.id;
        else
            keys = given.keys();
        QStringList pairs;
        for (const QString &k : keys)
            if (given.contains(k))
                pairs << k + kPairSep + valueText(given.value(k));
        return pairs.join(kItemSep);
    }
    if (t == QuestionTypes::Hotspot) {
        QStringList clicks;
        const QJsonArray array = response.toArray();
        for (const QJsonValue &c : array)
            clicks << number(c.toArray().at(0).toDouble()) + QLatin1Char(',') + number(c.toArray().at(1).toDouble());
        return clicks.join(kItemSep);
    }
    if (response.isArray())
        return stringList(response).join(kItemSep);
    return valueText(response); // short_answer, essay
}

QString XapiExporter::isoDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 centis = (ms % 60000 + 5) / 10; // xAPI keeps 0.01 s
    QString out = QStringLiteral("PT");
    if (hours)
        out += QString::number(hours) + QLatin1Char('H');
    if (minutes)
        out += QString::number(minutes) + QLatin1Char('M');
    if (centis || (!hours && !minutes)) {
        out += QString::number(centis / 100);
        if (centis % 100)
            out += QLatin1Char('.') + QStringLiteral("%1").arg(centis % 100, 2, 10, QLatin1Char('0')).remove(QRegularExpression(QStringLiteral("0$")));
        out += QLatin1Char('S');
    }
    return out;
}

const content::Question *XapiExporter::findQuestion(const progress::Event &e) const
{
    const content::ModulePackage *m = m_catalog.find(e.moduleId);
    if (!m)
        return nullptr;
    const content::Assessment *a = m->assessment(e.objectId.section(QLatin1Char('/'), 0, 0));
    return a ? a->question(e.objectId.section(QLatin1Char('/'), 1)) : nullptr;
}

QJsonObject XapiExporter::moduleActivity(const QString &moduleId) const
{
    QJsonObject def{{QStringLiteral("type"), kAdlActivities + QStringLiteral("module")}};
    if (const content::ModulePackage *m = m_catalog.find(moduleId))
        if (!m->title.english().isEmpty())
            def.insert(QStringLiteral("name"), langMap(m->title.english()));
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                       {QStringLiteral("id"), activityId(moduleId)},
                       {QStringLiteral("definition"), def}};
}

QJsonObject XapiExporter::assessmentActivity(const QString &moduleId, const QString &assessmentId) const
{
    QJsonObject def{{QStringLiteral("type"), kAdlActivities + QStringLiteral("assessment")}};
    if (const content::ModulePackage *m = m_catalog.find(moduleId))
        if (const content::Assessment *a = m->assessment(assessmentId); a && !a->title.english().isEmpty())
            def.insert(QStringLiteral("name"), langMap(a->title.english()));
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                       {QStringLiteral("id"), activityId(moduleId, assessmentId)},
                       {QStringLiteral("definition"), def}};
}

QJsonObject XapiExporter::activity(const progress::Event &e) const
{
    if (e.objectType == ObjectTypes::Module)
        return moduleActivity(e.moduleId);
    if (e.objectType == ObjectTypes::Assessment)
        return assessmentActivity(e.moduleId, e.objectId);
    QJsonObject def;
    const content::ModulePackage *m = m_catalog.find(e.moduleId);
    if (e.objectType == ObjectTypes::Lesson) {
        def.insert(QStringLiteral("type"), kAdlActivities + QStringLiteral("lesson"));
        if (m) {
            const int i = m->lessonIndex(e.objectId);
            if (i >= 0 && !m->lessons[i].title.english().isEmpty())
                def.insert(QStringLiteral("name"), langMap(m->lessons[i].title.english()));
        }
    } else if (e.objectType == ObjectTypes::Question) {
        def.insert(QStringLiteral("type"), kAdlActivities + QStringLiteral("cmi.interaction"));
        if (const content::Question *q = findQuestion(e)) {
            const QString text = q->text.english().simplified();
            const QString name = q->name.english().isEmpty() ? (text.size() > 120 ? text.left(119) + QChar(0x2026) : text)
                                                             : q->name.english();
            if (!name.isEmpty())
                def.insert(QStringLiteral("name"), langMap(name));
            if (!text.isEmpty())
                def.insert(QStringLiteral("description"), langMap(text));
            const QJsonObject interaction = interactionDefinition(*q);
            for (auto it = interaction.begin(); it != interaction.end(); ++it)
                def.insert(it.key(), it.value());
        } else if (const QString type = e.data.value(QStringLiteral("type")).toString(); !type.isEmpty()) {
            def.insert(QStringLiteral("interactionType"), interactionType(type));
        }
    } else if (e.objectType == ObjectTypes::Activity || e.objectType == ObjectTypes::TracingCase) {
        // A lab exercise, tracing case or scenario: a simulation, named as the module declares it.
        def.insert(QStringLiteral("type"), kAdlActivities + QStringLiteral("simulation"));
        if (m)
            for (const content::Activity &a : m->activities)
                if (a.recordId() == e.objectId && !a.title.english().isEmpty())
                    def.insert(QStringLiteral("name"), langMap(a.title.english()));
    }
    QJsonObject object{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                       {QStringLiteral("id"), activityId(e.moduleId, e.objectType == ObjectTypes::Module ? QString() : e.objectId)}};
    if (!def.isEmpty())
        object.insert(QStringLiteral("definition"), def);
    return object;
}

QJsonObject XapiExporter::context(const progress::Event &e) const
{
    QJsonObject ctx{{QStringLiteral("platform"), QStringLiteral("Crypto Crime Academy")}};
    QJsonObject activities;
    if (e.objectType == ObjectTypes::Question) {
        activities.insert(QStringLiteral("parent"),
                          QJsonArray{assessmentActivity(e.moduleId, e.objectId.section(QLatin1Char('/'), 0, 0))});
        activities.insert(QStringLiteral("grouping"), QJsonArray{moduleActivity(e.moduleId)});
    } else if (e.objectType == ObjectTypes::Lesson || e.objectType == ObjectTypes::Assessment || e.objectType == ObjectTypes::Activity
               || e.objectType == ObjectTypes::TracingCase) {
        activities.insert(QStringLiteral("parent"), QJsonArray{moduleActivity(e.moduleId)});
    }
    if (!activities.isEmpty())
        ctx.insert(QStringLiteral("contextActivities"), activities);
    const QUuid attempt = QUuid::fromString(e.data.value(QStringLiteral("attempt")).toString());
    if (!attempt.isNull())
        ctx.insert(QStringLiteral("registration"), attempt.toString(QUuid::WithoutBraces));
    const QString language = e.data.value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        ctx.insert(QStringLiteral("language"), language);
    if (!e.moduleVersion.isEmpty())
        ctx.insert(QStringLiteral("extensions"),
                   QJsonObject{{m_options.extensionBase + QStringLiteral("/content-version"), e.moduleVersion}});
    return ctx;
}

QJsonObject XapiExporter::result(const progress::Event &e) const
{
    QJsonObject r;
    const QJsonObject &d = e.data;
    if (e.verb == Verbs::Progressed) {
        const double position = qBound(0.0, d.value(QStringLiteral("position")).toDouble(), 1.0);
        r.insert(QStringLiteral("extensions"),
                 QJsonObject{{kCmi5Progress, int(std::lround(position * 100))},
                             {m_options.extensionBase + QStringLiteral("/position"), position}});
    } else if (e.verb == Verbs::Completed) {
        r.insert(QStringLiteral("completion"), true);
        if (d.value(QStringLiteral("max")).toDouble() > 0) {
            // A lab exercise or scenario: its points of the most it could earn.
            const double raw = d.value(QStringLiteral("score")).toDouble(), max = d.value(QStringLiteral("max")).toDouble();
            r.insert(QStringLiteral("score"), QJsonObject{{QStringLiteral("raw"), raw},
                                                          {QStringLiteral("max"), max},
                                                          {QStringLiteral("scaled"), qBound(0.0, raw / max, 1.0)}});
        } else if (d.value(QStringLiteral("percent")).isDouble()) {
            r.insert(QStringLiteral("score"),
                     QJsonObject{{QStringLiteral("scaled"), qBound(0.0, d.value(QStringLiteral("percent")).toDouble() / 100.0, 1.0)}});
        }
    } else if (e.verb == Verbs::Answered) {
        const content::Question *q = findQuestion(e);
        const QString type = q ? q->type : d.value(QStringLiteral("type")).toString();
        if (d.contains(QStringLiteral("response")))
            r.insert(QStringLiteral("response"), responsePattern(type, d.value(QStringLiteral("response")), q));
        const double max = d.value(QStringLiteral("max")).toDouble();
        if (max > 0) {
            const double raw = d.value(QStringLiteral("score")).toDouble();
            r.insert(QStringLiteral("success"), d.value(QStringLiteral("correct")).toBool());
            r.insert(QStringLiteral("score"), QJsonObject{{QStringLiteral("raw"), raw},
                                                          {QStringLiteral("max"), max},
                                                          {QStringLiteral("scaled"), qBound(-1.0, raw / max, 1.0)}});
        }
    } else if (e.verb == Verbs::Responded) {
        // A choice in a scenario: which one, at which step, and the score after it.
        r.insert(QStringLiteral("response"), d.value(QStringLiteral("choice")).toString());
        r.insert(QStringLiteral("extensions"),
                 QJsonObject{{m_options.extensionBase + QStringLiteral("/scenario-node"), d.value(QStringLiteral("node")).toString()},
                             {m_options.extensionBase + QStringLiteral("/scenario-score"), d.value(QStringLiteral("score")).toInt()}});
    } else if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
        QJsonObject score{{QStringLiteral("scaled"), qBound(-1.0, d.value(QStringLiteral("percent")).toDouble() / 100.0, 1.0)}};
        if (d.value(QStringLiteral("points")).isDouble())
            score.insert(QStringLiteral("raw"), d.value(QStringLiteral("points")).toDouble());
        if (d.value(QStringLiteral("max")).isDouble())
            score.insert(QStringLiteral("max"), d.value(QStringLiteral("max")).toDouble());
        r.insert(QStringLiteral("score"), score);
        r.insert(QStringLiteral("success"), e.verb == Verbs::Passed);
        r.insert(QStringLiteral("completion"), true);
        if (d.value(QStringLiteral("duration_ms")).isDouble())
            r.insert(QStringLiteral("duration"), isoDuration(qint64(d.value(QStringLiteral("duration_ms")).toDouble())));
    }
    return r;
}

QJsonObject XapiExporter::baseStatement(const progress::Event &e, const QString &id, const QString &verb) const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
        {QStringLiteral("timestamp"), RecordJson::isoUtc(e.timestamp)},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), m_options.homePage}, {QStringLiteral("name"), e.officerId}}}}},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), kAdlVerbs + verb}, {QStringLiteral("display"), langMap(verb)}}},
        {QStringLiteral("object"), activity(e)},
        {QStringLiteral("context"), context(e)}};
}

QList<QJsonObject> XapiExporter::statementsFor(const progress::Event &e) const
{
    const QString verb = xapiVerb(e.verb);
    // Where an officer stopped in a lab exercise or scenario is the app's own resume state, not a
    // learning record.
    if (verb.isEmpty() || (e.verb == Verbs::Progressed && (e.objectType == ObjectTypes::Activity || e.objectType == ObjectTypes::TracingCase)))
        return {};
    const QUuid own = QUuid::fromString(e.id);
    const QString id = own.isNull() ? QUuid::createUuidV5(kStatementNamespace, e.id).toString(QUuid::WithoutBraces)
                                    : own.toString(QUuid::WithoutBraces);
    QJsonObject statement = baseStatement(e, id, verb);
    const QJsonObject r = result(e);
    if (!r.isEmpty())
        statement.insert(QStringLiteral("result"), r);
    QList<QJsonObject> out{statement};
    if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
        // The submission ends the attempt that `attempted` (initialized) began.
        const QString endId = QUuid::createUuidV5(kStatementNamespace, id + QLatin1Char('/') + kTerminated).toString(QUuid::WithoutBraces);
        QJsonObject end = baseStatement(e, endId, kTerminated);
        if (r.contains(QStringLiteral("duration")))
            end.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("duration"), r.value(QStringLiteral("duration"))}});
        out << end;
    }
    return out;
}

QJsonArray XapiExporter::statements(const QList<progress::Event> &events, int *skipped) const
{
    QJsonArray out;
    int none = 0;
    for (const progress::Event &e : events) {
        const QList<QJsonObject> list = statementsFor(e);
        if (list.isEmpty())
            ++none;
        for (const QJsonObject &s : list)
            out.append(s);
    }
    if (skipped)
        *skipped = none;
    return out;
}

bool XapiExporter::writeStatements(const QString &path, const QJsonArray &statements, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(statements).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cca::records
