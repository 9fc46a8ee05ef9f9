#include "questionimport/moodlexmlparser.h"

#include "questionimport/answertext.h"
#include "questionimport/clozeparser.h"
#include "questionimport/htmltext.h"
#include "questionimport/idmaker.h"
#include "questionimport/xmlelement.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace cca::questionimport {

namespace {

namespace Types = content::QuestionTypes;

constexpr double kEpsilon = 1e-6; // Moodle writes fractions with 7 decimals (33.33333)
constexpr int kMaxDepth = 32;

const QStringList kCommonElements{QStringLiteral("name"),    QStringLiteral("questiontext"), QStringLiteral("generalfeedback"),
                                  QStringLiteral("defaultgrade"), QStringLiteral("penalty"), QStringLiteral("hidden"),
                                  QStringLiteral("idnumber"), QStringLiteral("tags"),        QStringLiteral("hint")};
const QStringList kCombinedFeedback{QStringLiteral("correctfeedback"), QStringLiteral("partiallycorrectfeedback"),
                                    QStringLiteral("incorrectfeedback"), QStringLiteral("shownumcorrect")};
// Moodle's own defaults for the combined feedback: not worth a warning when they are all that is lost.
const QStringList kDefaultCombinedFeedback{QStringLiteral("Your answer is correct."), QStringLiteral("Your answer is partially correct."),
                                           QStringLiteral("Your answer is incorrect.")};

// Moodle types we cannot map, with what they are.
const QHash<QString, QString> &unsupportedTypes()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("ddwtos"), QStringLiteral("drag and drop into text")},
        {QStringLiteral("ddimageortext"), QStringLiteral("drag and drop onto image")},
        {QStringLiteral("ddmarker"), QStringLiteral("drag and drop markers")},
        {QStringLiteral("calculated"), QStringLiteral("calculated")},
        {QStringLiteral("calculatedsimple"), QStringLiteral("simple calculated")},
        {QStringLiteral("calculatedmulti"), QStringLiteral("calculated multichoice")},
        {QStringLiteral("random"), QStringLiteral("a rule that picks a random question")},
        {QStringLiteral("randomsamatch"), QStringLiteral("random short-answer matching")},
        {QStringLiteral("ordering"), QStringLiteral("ordering plugin")},
    };
    return table;
}

LocalizedText localized(const QString &text)
{
    return text.isEmpty() ? LocalizedText() : LocalizedText(text);
}

} // namespace

const QHash<QString, MoodleXmlParser::TypeInfo> &MoodleXmlParser::types()
{
    static const QHash<QString, TypeInfo> table{
        {QStringLiteral("multichoice"),
         {&MoodleXmlParser::readMultichoice,
          QStringList{QStringLiteral("single"), QStringLiteral("shuffleanswers"), QStringLiteral("answernumbering"),
                      QStringLiteral("showstandardinstruction"), QStringLiteral("answer")} + kCombinedFeedback}},
        {QStringLiteral("truefalse"), {&MoodleXmlParser::readTrueFalse, {QStringLiteral("answer")}}},
        {QStringLiteral("shortanswer"), {&MoodleXmlParser::readShortAnswer, {QStringLiteral("usecase"), QStringLiteral("answer")}}},
        {QStringLiteral("numerical"),
         {&MoodleXmlParser::readNumerical,
          {QStringLiteral("answer"), QStringLiteral("units"), QStringLiteral("unitgradingtype"), QStringLiteral("unitpenalty"),
           QStringLiteral("showunits"), QStringLiteral("unitsleft")}}},
        {QStringLiteral("matching"),
         {&MoodleXmlParser::readMatching, QStringList{QStringLiteral("shuffleanswers"), QStringLiteral("subquestion")} + kCombinedFeedback}},
        {QStringLiteral("essay"),
         {&MoodleXmlParser::readEssay,
          {QStringLiteral("responseformat"), QStringLiteral("responserequired"), QStringLiteral("responsefieldlines"),
           QStringLiteral("minwordlimit"), QStringLiteral("maxwordlimit"), QStringLiteral("attachments"),
           QStringLiteral("attachmentsrequired"), QStringLiteral("maxbytes"), QStringLiteral("filetypeslist"),
           QStringLiteral("graderinfo"), QStringLiteral("responsetemplate")}}},
        {QStringLiteral("description"), {&MoodleXmlParser::readDescription, {}}},
        {QStringLiteral("multianswer"), {&MoodleXmlParser::readCloze, kCombinedFeedback, true}},
        {QStringLiteral("gapselect"),
         {&MoodleXmlParser::readGapSelect, QStringList{QStringLiteral("shuffleanswers"), QStringLiteral("selectoption")} + kCombinedFeedback,
          true}},
    };
    return table;
}

MoodleXmlParser::MoodleXmlParser(const QByteArray &xml)
    : m_xml(xml)
{
}

ImportResult MoodleXmlParser::parse()
{
    QXmlStreamReader reader(m_xml);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
    }
    if (reader.hasError() || !reader.isStartElement()) {
        m_out.fileError(int(reader.lineNumber()), reader.hasError() ? QStringLiteral("the XML is not well-formed: %1").arg(reader.errorString())
                                                                    : QStringLiteral("no <quiz> element: this is no Moodle XML file"));
        return m_out.take();
    }
    if (reader.name() != QLatin1String("quiz")) {
        m_out.fileError(int(reader.lineNumber()),
                        QStringLiteral("the file starts with <%1>, not <quiz>: this is no Moodle XML file").arg(reader.name().toString()));
        return m_out.take();
    }
    bool tooDeep = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        XmlElement element;
        if (!XmlElement::read(reader, &element, kMaxDepth, &tooDeep))
            break;
        if (element.name == QLatin1String("question"))
            readQuestion(element);
        else
            m_out.fileWarning(element.line, QStringLiteral("<%1> outside a <question> is left out").arg(element.name));
    }
    if (tooDeep)
        m_out.fileError(int(reader.lineNumber()), QStringLiteral("elements are nested too deeply; nothing from here on is imported"));
    else if (reader.hasError())
        m_out.fileError(int(reader.lineNumber()),
                        QStringLiteral("the XML is not well-formed (%1); nothing from here on is imported").arg(reader.errorString()));
    return m_out.take();
}

void MoodleXmlParser::readQuestion(const XmlElement &e)
{
    const QString type = e.attribute(QStringLiteral("type")).trimmed();
    if (type == QLatin1String("category")) {
        const QString path = e.textOf(QStringLiteral("category"));
        m_out.setCategory(path);
        return;
    }
    const QString name = e.textOf(QStringLiteral("name")).simplified();
    m_out.begin(e.line, name);
    m_lost.clear();
    const auto info = types().constFind(type);
    if (info == types().cend()) {
        if (type.isEmpty())
            m_out.error(QStringLiteral("<question> has no type=\"...\""));
        else if (unsupportedTypes().contains(type))
            m_out.error(QStringLiteral("question type '%1' (%2) is not supported").arg(type, unsupportedTypes().value(type)));
        else
            m_out.error(QStringLiteral("question type '%1' is not supported").arg(type));
        return;
    }
    content::Question q;
    q.name = localized(name);
    readCommon(e, q);
    if (!info->ownsText)
        q.text = LocalizedText(text(e.child(QStringLiteral("questiontext"))));
    (this->*info->reader)(e, q);
    if (info->elements.contains(kCombinedFeedback.first()))
        reportCombinedFeedback(e);
    reportUnknown(e, info->elements);
    if (!m_lost.isEmpty())
        m_out.warning(QStringLiteral("left out, no plain-text form: %1").arg(m_lost.join(QStringLiteral(", "))));
    m_out.finish(q);
}

void MoodleXmlParser::readCommon(const XmlElement &e, content::Question &q)
{
    q.feedback = localized(text(e.child(QStringLiteral("generalfeedback"))));
    if (const XmlElement *grade = e.child(QStringLiteral("defaultgrade"))) {
        bool ok = false;
        const double weight = grade->text.trimmed().toDouble(&ok);
        if (ok && weight > 0)
            q.weight = weight;
        else if (e.attribute(QStringLiteral("type")) != QLatin1String("description"))
            m_out.warning(QStringLiteral("default mark '%1' is not a positive number; weight 1 is used").arg(grade->text.trimmed()), grade->line);
    }
    if (const XmlElement *penalty = e.child(QStringLiteral("penalty")); penalty && penalty->text.trimmed().toDouble() > 0)
        m_out.warning(QStringLiteral("the penalty of %1% for each wrong try is not supported; left out")
                          .arg(penalty->text.trimmed().toDouble() * 100.0, 0, 'g', 4),
                      penalty->line);
    if (e.childText(QStringLiteral("hidden")) == QLatin1String("1"))
        m_out.warning(QStringLiteral("the question is hidden in Moodle; imported as a normal question"));
    if (const XmlElement *tags = e.child(QStringLiteral("tags")))
        for (const XmlElement *tag : tags->all(QStringLiteral("tag"))) {
            const QString slug = IdMaker::slugify(tag->childText(QStringLiteral("text")));
            if (!slug.isEmpty() && !q.tags.contains(slug))
                q.tags << slug;
        }
    int hints = 0;
    for (const XmlElement *hint : e.all(QStringLiteral("hint")))
        hints += hint->childText(QStringLiteral("text")).isEmpty() ? 0 : 1;
    if (hints > 0)
        m_out.warning(QStringLiteral("%1 hint(s) for further tries are not supported; left out").arg(hints));
}

void MoodleXmlParser::reportCombinedFeedback(const XmlElement &e)
{
    for (const QString &name : {kCombinedFeedback[0], kCombinedFeedback[1], kCombinedFeedback[2]}) {
        const QString t = HtmlText::toPlainText(e.textOf(name));
        if (!t.isEmpty() && !kDefaultCombinedFeedback.contains(t)) {
            m_out.warning(QStringLiteral("the overall feedback for right, partly right and wrong answers is not supported; left out"));
            return;
        }
    }
}

void MoodleXmlParser::reportUnknown(const XmlElement &e, const QStringList &typeElements)
{
    QStringList seen;
    for (const XmlElement &c : e.children) {
        if (kCommonElements.contains(c.name) || typeElements.contains(c.name) || seen.contains(c.name))
            continue;
        seen << c.name;
        m_out.warning(QStringLiteral("<%1> is not supported for this question type; left out").arg(c.name), c.line);
    }
}

QString MoodleXmlParser::text(const XmlElement *holder, TextFormat::Kind *kindOut)
{
    if (!holder)
        return {};
    const QString formatName = holder->attribute(QStringLiteral("format"));
    TextFormat::Kind kind = TextFormat::Moodle;
    if (!formatName.isEmpty()) {
        if (const auto k = TextFormat::fromMoodleName(formatName)) {
            kind = *k;
        } else {
            m_out.warning(QStringLiteral("text format '%1' is unknown; read as plain text").arg(formatName), holder->line);
            kind = TextFormat::Plain;
        }
    }
    if (kindOut)
        *kindOut = kind;
    for (const XmlElement *file : holder->all(QStringLiteral("file"))) {
        const QString what = QStringLiteral("file '%1'").arg(file->attribute(QStringLiteral("name")));
        if (!m_lost.contains(what))
            m_lost << what;
    }
    return TextFormat::toQuestionText(holder->childText(QStringLiteral("text")), kind, &m_lost);
}

std::optional<double> MoodleXmlParser::fraction(const XmlElement &answer)
{
    const QString value = answer.attribute(QStringLiteral("fraction"), QStringLiteral("0")).trimmed();
    double percent = 0;
    if (!AnswerText::parseNumber(value, &percent)) {
        m_out.error(QStringLiteral("the answer's fraction '%1' is not a number").arg(value), answer.line);
        return std::nullopt;
    }
    if (percent < -100.0 - kEpsilon || percent > 100.0 + kEpsilon) {
        m_out.error(QStringLiteral("the answer's fraction %1 is outside -100..100").arg(value), answer.line);
        return std::nullopt;
    }
    return AnswerText::percentToFraction(percent);
}

bool MoodleXmlParser::flag(const XmlElement &e, const QString &name, bool fallback)
{
    const QString value = e.childText(name).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return fallback;
}

void MoodleXmlParser::readMultichoice(const XmlElement &e, content::Question &q)
{
    bool single = flag(e, QStringLiteral("single"), true);
    q.type = single ? Types::SingleChoice : Types::MultipleChoice;
    q.shuffle = flag(e, QStringLiteral("shuffleanswers"), true);
    for (const XmlElement *a : e.all(QStringLiteral("answer"))) {
        const auto f = fraction(*a);
        if (!f)
            return;
        q.options << content::ChoiceOption{AnswerText::optionId(q.options.size()), LocalizedText(text(a)), false, *f,
                                           localized(text(a->child(QStringLiteral("feedback"))))};
    }
    if (q.options.isEmpty()) {
        m_out.error(QStringLiteral("a multiple-choice question without any <answer>"));
        return;
    }
    int full = 0;
    bool partial = false;
    for (const content::ChoiceOption &o : std::as_const(q.options)) {
        full += o.fraction >= 1.0 - kEpsilon ? 1 : 0;
        partial = partial || (std::abs(o.fraction) > kEpsilon && std::abs(o.fraction - 1.0) > kEpsilon);
    }
    if (single && full > 1) {
        // Moodle: any one of them is right. Multiple choice with these fractions gives the same credit.
        m_out.warning(QStringLiteral("%1 answers are fully right: imported as multiple choice, where choosing any of them "
                                     "gives full marks").arg(full));
        q.type = Types::MultipleChoice;
        single = false;
    }
    int right = 0;
    for (content::ChoiceOption &o : q.options) {
        o.correct = single ? o.fraction >= 1.0 - kEpsilon : o.fraction > kEpsilon;
        right += o.correct ? 1 : 0;
    }
    if (single) {
        q.explicitFractions = partial;
        return;
    }
    // Keep Moodle's fractions unless they are what the native format gives anyway (1/n right, -1/n wrong).
    q.explicitFractions = false;
    for (const content::ChoiceOption &o : std::as_const(q.options))
        if (right == 0 || std::abs(o.fraction - (o.correct ? 1.0 : -1.0) / right) > kEpsilon)
            q.explicitFractions = true;
}

void MoodleXmlParser::readTrueFalse(const XmlElement &e, content::Question &q)
{
    q.type = Types::TrueFalse;
    std::optional<double> trueFraction, falseFraction;
    for (const XmlElement *a : e.all(QStringLiteral("answer"))) {
        const QString value = text(a).toLower();
        const auto f = fraction(*a);
        if (!f)
            return;
        const LocalizedText feedback = localized(text(a->child(QStringLiteral("feedback"))));
        if (value == QLatin1String("true")) {
            trueFraction = f;
            q.feedbackTrue = feedback;
        } else if (value == QLatin1String("false")) {
            falseFraction = f;
            q.feedbackFalse = feedback;
        } else {
            m_out.error(QStringLiteral("a true/false answer must be 'true' or 'false', not '%1'").arg(value), a->line);
            return;
        }
    }
    if (!trueFraction || !falseFraction) {
        m_out.error(QStringLiteral("a true/false question needs both a 'true' and a 'false' <answer>"));
        return;
    }
    if (std::abs(*trueFraction - *falseFraction) < kEpsilon)
        m_out.error(QStringLiteral("neither 'true' nor 'false' is the right answer"));
    q.answer = *trueFraction > *falseFraction;
}

void MoodleXmlParser::readShortAnswer(const XmlElement &e, content::Question &q)
{
    q.type = Types::ShortAnswer;
    q.caseSensitive = flag(e, QStringLiteral("usecase"), false);
    for (const XmlElement *a : e.all(QStringLiteral("answer"))) {
        const auto f = fraction(*a);
        if (!f)
            return;
        q.answers << content::TextAnswer{a->childText(QStringLiteral("text")).simplified(), QString(), *f,
                                         localized(text(a->child(QStringLiteral("feedback"))))};
    }
    if (q.answers.isEmpty())
        m_out.error(QStringLiteral("a short-answer question without any <answer>"));
}

void MoodleXmlParser::readNumerical(const XmlElement &e, content::Question &q)
{
    q.type = Types::Numeric;
    for (const XmlElement *a : e.all(QStringLiteral("answer"))) {
        const auto f = fraction(*a);
        if (!f)
            return;
        const QString value = a->childText(QStringLiteral("text"));
        if (value == QLatin1String("*")) {
            m_out.warning(QStringLiteral("the catch-all answer '*' is not supported; left out"), a->line);
            continue;
        }
        content::NumericAnswer answer;
        const QString tolerance = a->childText(QStringLiteral("tolerance"));
        if (!AnswerText::parseNumber(value, &answer.value)) {
            m_out.error(QStringLiteral("the answer '%1' is not a number").arg(value), a->line);
            return;
        }
        if (!tolerance.isEmpty() && (!AnswerText::parseNumber(tolerance, &answer.tolerance) || answer.tolerance < 0)) {
            m_out.error(QStringLiteral("the tolerance '%1' is not a number of 0 or more").arg(tolerance), a->line);
            return;
        }
        answer.fraction = *f;
        answer.feedback = localized(text(a->child(QStringLiteral("feedback"))));
        q.numbers << answer;
    }
    if (q.numbers.isEmpty() && !m_out.failed())
        m_out.error(QStringLiteral("a numerical question without any numeric <answer>"));
    QStringList units;
    if (const XmlElement *list = e.child(QStringLiteral("units")))
        for (const XmlElement *unit : list->all(QStringLiteral("unit")))
            if (const QString name = unit->childText(QStringLiteral("unit_name")); !name.isEmpty())
                units << name;
    if (!units.isEmpty())
        m_out.warning(QStringLiteral("units (%1) are not supported; answers are plain numbers").arg(units.join(QStringLiteral(", "))));
}

void MoodleXmlParser::readMatching(const XmlElement &e, content::Question &q)
{
    q.type = Types::Matching;
    q.shuffle = flag(e, QStringLiteral("shuffleanswers"), true);
    for (const XmlElement *sub : e.all(QStringLiteral("subquestion"))) {
        const QString prompt = text(sub);
        const QString answer = sub->textOf(QStringLiteral("answer")).simplified();
        if (prompt.isEmpty() && !answer.isEmpty())
            q.distractors << LocalizedText(answer);
        else if (!prompt.isEmpty())
            q.pairs << content::MatchPair{QStringLiteral("p%1").arg(q.pairs.size() + 1), LocalizedText(prompt), LocalizedText(answer)};
    }
}

void MoodleXmlParser::readEssay(const XmlElement &e, content::Question &q)
{
    q.type = Types::Essay;
    q.minWords = qMax(0, e.childText(QStringLiteral("minwordlimit")).toInt());
    q.maxWords = qMax(0, e.childText(QStringLiteral("maxwordlimit")).toInt());
    if (q.maxWords > 0 && q.minWords > q.maxWords) {
        m_out.warning(QStringLiteral("the word limits %1..%2 are reversed; swapped").arg(q.minWords).arg(q.maxWords));
        std::swap(q.minWords, q.maxWords);
    }
    if (e.childText(QStringLiteral("attachments")).toInt() != 0)
        m_out.warning(QStringLiteral("file attachments are not supported; left out"));
    if (!HtmlText::toPlainText(e.textOf(QStringLiteral("graderinfo"))).isEmpty())
        m_out.warning(QStringLiteral("the information for graders is not supported; left out"));
    if (!HtmlText::toPlainText(e.textOf(QStringLiteral("responsetemplate"))).isEmpty())
        m_out.warning(QStringLiteral("the response template is not supported; left out"));
}

void MoodleXmlParser::readDescription(const XmlElement &, content::Question &q)
{
    q.type = Types::Description;
}

void MoodleXmlParser::readCloze(const XmlElement &e, content::Question &q)
{
    q.type = Types::FillBlanks;
    const XmlElement *holder = e.child(QStringLiteral("questiontext"));
    TextFormat::Kind kind = TextFormat::Moodle;
    text(holder, &kind); // reports the format and files once
    const QString raw = holder ? holder->childText(QStringLiteral("text")) : QString();
    const ClozeParser::Result cloze =
        ClozeParser::parse(raw, [&](const QString &s) { return TextFormat::toQuestionText(s, kind, &m_lost); });
    for (const QString &w : cloze.warnings)
        m_out.warning(w);
    for (const QString &error : cloze.errors)
        m_out.error(error);
    q.text = LocalizedText(TextFormat::toQuestionText(cloze.text, kind, &m_lost));
    q.gaps = cloze.gaps;
    q.shuffle = cloze.shuffled;
}

void MoodleXmlParser::readGapSelect(const XmlElement &e, content::Question &q)
{
    q.type = Types::FillBlanks;
    q.shuffle = flag(e, QStringLiteral("shuffleanswers"), true);
    struct Choice
    {
        QString text;
        QString group;
    };
    QList<Choice> choices;
    for (const XmlElement *option : e.all(QStringLiteral("selectoption")))
        choices << Choice{TextFormat::toQuestionText(option->childText(QStringLiteral("text")), TextFormat::Moodle, &m_lost),
                          option->childText(QStringLiteral("group"))};
    const XmlElement *holder = e.child(QStringLiteral("questiontext"));
    TextFormat::Kind kind = TextFormat::Moodle;
    text(holder, &kind);
    const QString raw = holder ? holder->childText(QStringLiteral("text")) : QString();
    static const QRegularExpression place(QStringLiteral("\\[\\[(\\d+)\\]\\]"));
    QString withGaps;
    qsizetype pos = 0;
    for (auto it = place.globalMatch(raw); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        withGaps += raw.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const int n = m.captured(1).toInt();
        if (n < 1 || n > choices.size()) {
            m_out.error(QStringLiteral("[[%1]] names no choice (there are %2)").arg(m.captured(1)).arg(choices.size()));
            continue;
        }
        content::Gap gap;
        gap.id = QStringLiteral("gap-%1").arg(q.gaps.size() + 1);
        gap.type = QStringLiteral("choice");
        const Choice &right = choices[n - 1];
        for (qsizetype i = 0; i < choices.size(); ++i)
            if (choices[i].group == right.group)
                gap.options << content::ChoiceOption{AnswerText::optionId(gap.options.size()), LocalizedText(choices[i].text),
                                                     i == n - 1, i == n - 1 ? 1.0 : 0.0, {}};
        withGaps += QStringLiteral("{{%1}}").arg(gap.id);
        q.gaps << gap;
    }
    withGaps += raw.mid(pos);
    if (q.gaps.isEmpty() && !m_out.failed())
        m_out.error(QStringLiteral("no places such as [[1]] in the text"));
    q.text = LocalizedText(TextFormat::toQuestionText(withGaps, kind, &m_lost));
}

} // namespace cca::questionimport
