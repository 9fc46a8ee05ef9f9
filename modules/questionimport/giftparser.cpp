#include "questionimport/giftparser.h"

#include "questionimport/answertext.h"
#include "questionimport/idmaker.h"

#include <QRegularExpression>

#include <functional>

namespace cca::questionimport {

namespace {

namespace Types = content::QuestionTypes;

constexpr double kEpsilon = 1e-9;

// GIFT escapes and the private-use characters that stand for them while the question is parsed.
struct Escape
{
    QChar escaped;  // the character after the backslash
    QChar restored; // what it means in the text
};
const Escape kEscapes[] = {{u'\\', u'\\'}, {u'~', u'~'}, {u'=', u'='}, {u'#', u'#'},
                           {u'{', u'{'},   {u'}', u'}'}, {u':', u':'}, {u'n', u'\n'}};
constexpr char16_t kPlaceholderBase = 0xE000;

QString escapeSource(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            bool found = false;
            for (size_t e = 0; e < std::size(kEscapes); ++e) {
                if (text[i + 1] == kEscapes[e].escaped) {
                    out += QChar(char16_t(kPlaceholderBase + e));
                    ++i;
                    found = true;
                    break;
                }
            }
            if (found)
                continue;
        }
        out += text[i];
    }
    return out;
}

LocalizedText localized(const QString &text)
{
    return text.isEmpty() ? LocalizedText() : LocalizedText(text);
}

// Takes a leading "[markdown]", "[html]", "[plain]" or "[moodle]" off text.
std::optional<TextFormat::Kind> takeFormatPrefix(QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*\\[([a-zA-Z]+)\\]"));
    const QRegularExpressionMatch m = prefix.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto kind = TextFormat::fromGiftName(m.captured(1));
    if (kind)
        text = text.mid(m.capturedEnd());
    return kind;
}

QString trimLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

GiftParser::GiftParser(const QString &text)
    : m_text(text)
{
    m_text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
}

ImportResult GiftParser::parse()
{
    const QList<Block> blocks = splitBlocks();
    for (const Block &block : blocks)
        parseBlock(block);
    return m_out.take();
}

QList<GiftParser::Block> GiftParser::splitBlocks() const
{
    QList<Block> blocks;
    Block current;
    const QStringList lines = m_text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        const QString line = i < lines.size() ? lines[i] : QString();
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!current.lines.isEmpty())
                blocks << current;
            current = Block();
        } else if (trimmed.startsWith(QLatin1String("//"))) {
            current.comments << trimmed;
        } else {
            QString kept = line;
            while (!kept.isEmpty() && kept.back().isSpace())
                kept.chop(1);
            current.lines << kept;
            current.lineNumbers << int(i + 1);
        }
    }
    return blocks;
}

void GiftParser::parseBlock(const Block &block)
{
    m_source = escapeSource(block.lines.join(QLatin1Char('\n')));
    m_lines = block.lineNumbers;
    m_tags.clear();
    static const QRegularExpression tag(QStringLiteral("\\[tag:([^\\]]+)\\]"));
    for (const QString &comment : block.comments)
        for (auto it = tag.globalMatch(comment); it.hasNext();) {
            const QString slug = IdMaker::slugify(it.next().captured(1));
            if (!slug.isEmpty() && !m_tags.contains(slug))
                m_tags << slug;
        }

    qsizetype pos = 0;
    while (pos < m_source.size() && m_source[pos].isSpace())
        ++pos;
    if (QStringView(m_source).mid(pos).startsWith(QLatin1String("$CATEGORY:"))) {
        const qsizetype start = pos + 10;
        const qsizetype end = m_source.indexOf(QLatin1Char('\n'), start);
        m_out.setCategory(restore(m_source.mid(start, end < 0 ? -1 : end - start)).trimmed());
        if (end < 0)
            return;
        pos = end + 1; // the question may follow on the next line
        while (pos < m_source.size() && m_source[pos].isSpace())
            ++pos;
        if (pos >= m_source.size())
            return;
    }
    parseQuestion(pos);
}

void GiftParser::parseQuestion(qsizetype pos)
{
    m_lost.clear();
    m_format = TextFormat::Moodle;
    m_out.begin(lineAt(pos), QString());

    content::Question q;
    q.tags = m_tags;
    if (QStringView(m_source).mid(pos).startsWith(QLatin1String("::"))) {
        const qsizetype close = m_source.indexOf(QLatin1String("::"), pos + 2);
        if (close < 0) {
            m_out.error(QStringLiteral("the title after '::' is not closed with '::'"));
            return;
        }
        const QString title = restore(m_source.mid(pos + 2, close - pos - 2)).simplified();
        m_out.setName(title);
        q.name = localized(title);
        pos = close + 2;
    }

    const qsizetype open = m_source.indexOf(QLatin1Char('{'), pos);
    const qsizetype close = m_source.indexOf(QLatin1Char('}'), pos);
    if (open < 0 && close < 0) {
        QString text = m_source.mid(pos);
        if (const auto kind = takeFormatPrefix(text))
            m_format = *kind;
        q.type = Types::Description;
        q.text = LocalizedText(questionText(text));
    } else {
        if (!checkBraces(open, close))
            return;
        QString before = m_source.mid(pos, open - pos);
        const QString after = m_source.mid(close + 1);
        if (const auto kind = takeFormatPrefix(before))
            m_format = *kind;

        Answers answers{m_source.mid(open + 1, close - open - 1), open + 1};
        const qsizetype general = answers.text.lastIndexOf(QLatin1String("####"));
        if (general >= 0) {
            q.feedback = localized(formatted(answers.text.mid(general + 4)));
            answers.text.truncate(general);
        }
        (this->*typeParser(answers.text.trimmed()))(answers, q);
        if (m_out.failed())
            return;

        QString text = before;
        if (!after.trimmed().isEmpty()) { // missing-word format: the answers stand in the sentence
            const bool gap = q.type == Types::SingleChoice || q.type == Types::ShortAnswer || q.type == Types::Numeric;
            if (gap)
                toFillBlanks(q);
            text += gap ? QStringLiteral("{{%1}}").arg(q.gaps.first().id) : QStringLiteral("_____");
            text += after;
        }
        q.text = LocalizedText(questionText(text));
    }
    if (!m_lost.isEmpty())
        m_out.warning(QStringLiteral("left out, no plain-text form: %1").arg(m_lost.join(QStringLiteral(", "))));
    m_out.finish(q);
}

bool GiftParser::checkBraces(qsizetype open, qsizetype close)
{
    if (close >= 0 && (open < 0 || close < open)) {
        m_out.error(QStringLiteral("'}' without an opening '{' (write \\} for a brace in the text)"), lineAt(close));
        return false;
    }
    if (close < 0) {
        m_out.error(QStringLiteral("the answers opened by '{' are not closed with '}'"), lineAt(open));
        return false;
    }
    const qsizetype nested = m_source.indexOf(QLatin1Char('{'), open + 1);
    if (nested >= 0 && nested < close) {
        m_out.error(QStringLiteral("'{' inside the answers (write \\{ for a brace)"), lineAt(nested));
        return false;
    }
    for (const QChar brace : {QLatin1Char('{'), QLatin1Char('}')}) {
        const qsizetype again = m_source.indexOf(brace, close + 1);
        if (again >= 0) {
            m_out.error(QStringLiteral("a second answer block: GIFT allows one per question (leave a blank line between "
                                       "questions, write \\{ and \\} for braces in the text)"),
                        lineAt(again));
            return false;
        }
    }
    return true;
}

GiftParser::TypeParser GiftParser::typeParser(const QString &answers)
{
    // In Moodle's order: the first rule that fits decides the type.
    struct Rule
    {
        std::function<bool(const QString &)> fits;
        TypeParser parser;
    };
    static const QStringList trueFalse{QStringLiteral("T"), QStringLiteral("TRUE"), QStringLiteral("F"), QStringLiteral("FALSE")};
    static const Rule rules[] = {
        {[](const QString &a) { return a.isEmpty(); }, &GiftParser::parseEssay},
        {[](const QString &a) { return a.startsWith(QLatin1Char('#')); }, &GiftParser::parseNumeric},
        {[](const QString &a) { return a.contains(QLatin1Char('~')); }, &GiftParser::parseChoice},
        {[](const QString &a) { return a.contains(QLatin1Char('=')) && a.contains(QLatin1String("->")); }, &GiftParser::parseMatching},
        {[](const QString &a) { return trueFalse.contains(a.section(QLatin1Char('#'), 0, 0).trimmed()); }, &GiftParser::parseTrueFalse},
    };
    for (const Rule &rule : rules)
        if (rule.fits(answers))
            return rule.parser;
    return &GiftParser::parseShortAnswer;
}

QList<GiftParser::Piece> GiftParser::split(const Answers &answers, const QString &markers) const
{
    QList<Piece> pieces{Piece{QChar(), QString(), answers.offset}};
    for (qsizetype i = 0; i < answers.text.size(); ++i) {
        const QChar c = answers.text[i];
        if (markers.contains(c))
            pieces << Piece{c, QString(), answers.offset + i + 1};
        else
            pieces.last().text += c;
    }
    if (pieces.first().text.trimmed().isEmpty())
        pieces.removeFirst();
    return pieces;
}

int GiftParser::lineAt(qsizetype offset) const
{
    if (m_lines.isEmpty())
        return 0;
    const qsizetype index = QStringView(m_source).left(offset).count(QLatin1Char('\n'));
    return m_lines.value(qMin(index, m_lines.size() - 1));
}

QString GiftParser::restore(const QString &escaped) const
{
    QString out = escaped;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out[i].unicode();
        if (u >= kPlaceholderBase && u < kPlaceholderBase + std::size(kEscapes))
            out[i] = kEscapes[u - kPlaceholderBase].restored;
    }
    return out;
}

QString GiftParser::formatted(const QString &escaped)
{
    QString text = escaped.trimmed();
    const TextFormat::Kind kind = takeFormatPrefix(text).value_or(m_format);
    text = restore(text);
    return TextFormat::toQuestionText(kind == TextFormat::Markdown ? text : trimLines(text), kind, &m_lost);
}

QString GiftParser::questionText(const QString &escaped)
{
    const QString text = restore(escaped);
    return TextFormat::toQuestionText(m_format == TextFormat::Markdown ? text : trimLines(text), m_format, &m_lost);
}

bool GiftParser::weight(const Piece &piece, double fallback, double *fraction, QString *rest)
{
    const AnswerText::Weight w = AnswerText::takeWeight(piece.text);
    if (!w.error.isEmpty()) {
        m_out.error(w.error, lineAt(piece.offset));
        return false;
    }
    *fraction = w.present ? w.fraction : fallback;
    *rest = w.rest;
    return true;
}

void GiftParser::parseChoice(const Answers &answers, content::Question &q)
{
    for (const Piece &piece : split(answers, QStringLiteral("~="))) {
        if (piece.marker.isNull()) {
            m_out.error(QStringLiteral("'%1' before the first answer: start each answer with '=' or '~'")
                            .arg(restore(piece.text).trimmed()),
                        lineAt(piece.offset));
            return;
        }
        double fraction = 0;
        QString rest;
        if (!weight(piece, piece.marker == QLatin1Char('=') ? 1.0 : 0.0, &fraction, &rest))
            return;
        const auto [text, feedback] = AnswerText::splitAt(rest, QLatin1Char('#'));
        q.options << content::ChoiceOption{AnswerText::optionId(q.options.size()), LocalizedText(formatted(text)), false, fraction,
                                           localized(formatted(feedback))};
    }
    int full = 0, positive = 0;
    bool partial = false;
    for (const content::ChoiceOption &o : std::as_const(q.options)) {
        full += o.fraction >= 1.0 - kEpsilon ? 1 : 0;
        positive += o.fraction > kEpsilon ? 1 : 0;
        partial = partial || (std::abs(o.fraction) > kEpsilon && std::abs(o.fraction - 1.0) > kEpsilon);
    }
    if (full == 1) {
        q.type = Types::SingleChoice;
        q.explicitFractions = partial;
        for (content::ChoiceOption &o : q.options)
            o.correct = o.fraction >= 1.0 - kEpsilon;
        return;
    }
    if (positive == 0) {
        m_out.error(QStringLiteral("no right answer: mark one with '=' or give answers a positive weight such as ~%50%"),
                    lineAt(answers.offset));
        return;
    }
    // Several fully right answers (Moodle: any one of them is right) or partial weights: multiple choice
    // with Moodle's fractions, so that each right answer still gives its credit.
    q.type = Types::MultipleChoice;
    q.explicitFractions = true;
    for (content::ChoiceOption &o : q.options)
        o.correct = o.fraction > kEpsilon;
    if (full > 1)
        m_out.warning(QStringLiteral("%1 answers are fully right: imported as multiple choice, where choosing any of them "
                                     "gives full marks").arg(full));
}

void GiftParser::parseTrueFalse(const Answers &answers, content::Question &q)
{
    const QStringList parts = answers.text.trimmed().split(QLatin1Char('#'));
    q.type = Types::TrueFalse;
    q.answer = parts.first().trimmed().startsWith(QLatin1Char('T'));
    const LocalizedText wrong = localized(formatted(parts.value(1)));
    const LocalizedText right = localized(formatted(parts.value(2)));
    q.feedbackTrue = q.answer ? right : wrong;
    q.feedbackFalse = q.answer ? wrong : right;
    if (parts.size() > 3)
        m_out.warning(QStringLiteral("a true/false question has two feedbacks (#wrong#right); the rest is left out"));
}

void GiftParser::parseShortAnswer(const Answers &answers, content::Question &q)
{
    q.type = Types::ShortAnswer;
    for (const Piece &piece : split(answers, QStringLiteral("="))) {
        double fraction = 1;
        QString rest;
        if (!weight(piece, 1.0, &fraction, &rest))
            return;
        const auto [text, feedback] = AnswerText::splitAt(rest, QLatin1Char('#'));
        q.answers << content::TextAnswer{restore(text).simplified(), QString(), fraction, localized(formatted(feedback))};
    }
}

void GiftParser::parseNumeric(const Answers &answers, content::Question &q)
{
    q.type = Types::Numeric;
    Answers body = answers;
    const qsizetype hash = body.text.indexOf(QLatin1Char('#'));
    body.text = body.text.mid(hash + 1);
    body.offset += hash + 1;
    const qsizetype other = body.text.indexOf(QLatin1Char('~'));
    if (other >= 0) {
        m_out.warning(QStringLiteral("feedback for any other answer ('~') is not supported; left out"), lineAt(body.offset + other));
        body.text.truncate(other);
    }
    for (const Piece &piece : split(body, QStringLiteral("="))) {
        double fraction = 1;
        QString rest;
        if (!weight(piece, 1.0, &fraction, &rest))
            return;
        const auto [number, feedback] = AnswerText::splitAt(rest, QLatin1Char('#'));
        if (restore(number).trimmed() == QLatin1String("*")) {
            m_out.warning(QStringLiteral("the catch-all answer '*' is not supported; left out"), lineAt(piece.offset));
            continue;
        }
        content::NumericAnswer answer;
        QString error;
        if (!AnswerText::parseNumeric(restore(number), &answer, &error)) {
            m_out.error(error, lineAt(piece.offset));
            return;
        }
        answer.fraction = fraction;
        answer.feedback = localized(formatted(feedback));
        q.numbers << answer;
    }
    if (q.numbers.isEmpty())
        m_out.error(QStringLiteral("a numeric question needs an answer after '#', such as {#3.14:0.01} or {#1..5}"),
                    lineAt(answers.offset));
}

void GiftParser::parseMatching(const Answers &answers, content::Question &q)
{
    q.type = Types::Matching;
    bool feedbackLost = false;
    for (const Piece &piece : split(answers, QStringLiteral("="))) {
        const qsizetype arrow = piece.text.indexOf(QLatin1String("->"));
        if (piece.marker.isNull() || arrow < 0) {
            m_out.error(QStringLiteral("'%1' is no pair: write =left -> right").arg(restore(piece.text).simplified()),
                        lineAt(piece.offset));
            return;
        }
        auto [right, feedback] = AnswerText::splitAt(piece.text.mid(arrow + 2), QLatin1Char('#'));
        feedbackLost = feedbackLost || !feedback.trimmed().isEmpty();
        const QString prompt = formatted(piece.text.left(arrow));
        const QString answer = restore(right).simplified();
        if (prompt.isEmpty())
            q.distractors << LocalizedText(answer);
        else
            q.pairs << content::MatchPair{QStringLiteral("p%1").arg(q.pairs.size() + 1), LocalizedText(prompt), LocalizedText(answer)};
    }
    if (feedbackLost)
        m_out.warning(QStringLiteral("matching pairs have no feedback; the '#' feedback is left out"));
}

void GiftParser::parseEssay(const Answers &, content::Question &q)
{
    q.type = Types::Essay;
}

void GiftParser::toFillBlanks(content::Question &q) const
{
    content::Gap gap;
    gap.id = QStringLiteral("gap-1");
    if (q.type == Types::SingleChoice) {
        gap.type = QStringLiteral("choice");
        gap.options = q.options;
        gap.explicitFractions = q.explicitFractions;
    } else if (q.type == Types::ShortAnswer) {
        gap.type = QStringLiteral("short");
        gap.answers = q.answers;
        gap.caseSensitive = q.caseSensitive;
    } else {
        gap.type = QStringLiteral("numeric");
        gap.numbers = q.numbers;
    }
    q.options.clear();
    q.explicitFractions = false;
    q.answers.clear();
    q.numbers.clear();
    q.type = Types::FillBlanks;
    q.gaps << gap;
}

} // namespace cca::questionimport
