#include "questionimport/clozeparser.h"

#include "questionimport/answertext.h"

#include <QHash>
#include <QRegularExpression>

namespace cca::questionimport {

namespace {

struct GapKind
{
    QString type; // "choice", "short", "numeric"; empty: not supported
    bool caseSensitive = false;
    bool shuffled = false;
};

const QHash<QString, GapKind> &gapKinds()
{
    const QString choice = QStringLiteral("choice"), shortGap = QStringLiteral("short"), numeric = QStringLiteral("numeric");
    static const QHash<QString, GapKind> table{
        {QStringLiteral("SHORTANSWER"), {shortGap}},          {QStringLiteral("SA"), {shortGap}},
        {QStringLiteral("MW"), {shortGap}},                   {QStringLiteral("SHORTANSWER_C"), {shortGap, true}},
        {QStringLiteral("SAC"), {shortGap, true}},            {QStringLiteral("MWC"), {shortGap, true}},
        {QStringLiteral("NUMERICAL"), {numeric}},             {QStringLiteral("NM"), {numeric}},
        {QStringLiteral("MULTICHOICE"), {choice}},            {QStringLiteral("MC"), {choice}},
        {QStringLiteral("MULTICHOICE_V"), {choice}},          {QStringLiteral("MCV"), {choice}},
        {QStringLiteral("MULTICHOICE_H"), {choice}},          {QStringLiteral("MCH"), {choice}},
        {QStringLiteral("MULTICHOICE_S"), {choice, false, true}},  {QStringLiteral("MCS"), {choice, false, true}},
        {QStringLiteral("MULTICHOICE_VS"), {choice, false, true}}, {QStringLiteral("MCVS"), {choice, false, true}},
        {QStringLiteral("MULTICHOICE_HS"), {choice, false, true}}, {QStringLiteral("MCHS"), {choice, false, true}},
        {QStringLiteral("MULTIRESPONSE"), {}},                {QStringLiteral("MR"), {}},
        {QStringLiteral("MULTIRESPONSE_H"), {}},              {QStringLiteral("MRH"), {}},
        {QStringLiteral("MULTIRESPONSE_S"), {}},              {QStringLiteral("MRS"), {}},
        {QStringLiteral("MULTIRESPONSE_HS"), {}},             {QStringLiteral("MRHS"), {}},
    };
    return table;
}

const QString kEscapable = QStringLiteral("~}#\\/\"");
constexpr char16_t kPlaceholderBase = 0xE100;

QString hideEscapes(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype e = i + 1 < text.size() && text[i] == QLatin1Char('\\') ? kEscapable.indexOf(text[i + 1]) : -1;
        if (e >= 0) {
            out += QChar(char16_t(kPlaceholderBase + e));
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

QString showEscapes(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= kPlaceholderBase && u < kPlaceholderBase + kEscapable.size())
            c = kEscapable[u - kPlaceholderBase];
    }
    return text;
}

// The '}' that closes the embedded answer whose body starts at from; -1 when none.
qsizetype closingBrace(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\'))
            ++i;
        else if (text[i] == QLatin1Char('}'))
            return i;
    }
    return -1;
}

LocalizedText localized(const QString &text)
{
    return text.isEmpty() ? LocalizedText() : LocalizedText(text);
}

// Reads one gap's answers into gap. Returns an error message or an empty string.
QString readAnswers(const QString &body, content::Gap &gap, const std::function<QString(const QString &)> &convert,
                    QStringList &warnings)
{
    const QStringList alternatives = hideEscapes(body).split(QLatin1Char('~'));
    for (const QString &alternative : alternatives) {
        if (alternative.trimmed().isEmpty())
            continue;
        QString rest = alternative.trimmed();
        double fraction = 0.0;
        if (rest.startsWith(QLatin1Char('='))) {
            fraction = 1.0;
            rest = rest.mid(1);
        } else {
            const AnswerText::Weight w = AnswerText::takeWeight(rest);
            if (!w.error.isEmpty())
                return w.error;
            fraction = w.present ? w.fraction : 0.0;
            rest = w.rest;
        }
        const auto [answer, feedbackText] = AnswerText::splitAt(rest, QLatin1Char('#'));
        const QString text = convert(showEscapes(answer));
        const LocalizedText feedback = localized(convert(showEscapes(feedbackText)));
        if (gap.type == QLatin1String("choice")) {
            gap.options << content::ChoiceOption{AnswerText::optionId(gap.options.size()), LocalizedText(text),
                                                 fraction >= 1.0 - 1e-9, fraction, feedback};
            gap.explicitFractions = gap.explicitFractions || (fraction != 0.0 && fraction < 1.0 - 1e-9);
        } else if (gap.type == QLatin1String("short")) {
            gap.answers << content::TextAnswer{text, QString(), fraction, feedback};
        } else if (text == QLatin1String("*")) {
            warnings << QStringLiteral("gap %1: the catch-all numeric answer '*' is not supported; left out").arg(gap.id);
        } else {
            content::NumericAnswer number;
            QString error;
            if (!AnswerText::parseNumeric(text, &number, &error))
                return error;
            number.fraction = fraction;
            number.feedback = feedback;
            gap.numbers << number;
        }
    }
    return {};
}

} // namespace

ClozeParser::Result ClozeParser::parse(const QString &text, const std::function<QString(const QString &)> &convert)
{
    static const QRegularExpression header(QStringLiteral("\\{(\\d*):([A-Za-z_]+):"));
    Result result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = header.match(text, pos);
        if (!m.hasMatch()) {
            result.text += text.mid(pos);
            break;
        }
        result.text += text.mid(pos, m.capturedStart() - pos);
        const QString typeName = m.captured(2).toUpper();
        const qsizetype close = closingBrace(text, m.capturedEnd());
        if (close < 0) {
            result.errors << QStringLiteral("the embedded answer '%1' is not closed with '}'").arg(text.mid(m.capturedStart(), 40));
            return result;
        }
        pos = close + 1;
        const auto kind = gapKinds().constFind(typeName);
        if (kind == gapKinds().cend()) {
            result.errors << QStringLiteral("unknown embedded answer type '%1'").arg(m.captured(2));
            continue;
        }
        if (kind->type.isEmpty()) {
            result.errors << QStringLiteral("multiple-response gaps (%1) are not supported").arg(typeName);
            continue;
        }
        content::Gap gap;
        gap.id = QStringLiteral("gap-%1").arg(result.gaps.size() + 1);
        gap.type = kind->type;
        gap.caseSensitive = kind->caseSensitive;
        result.shuffled = result.shuffled || kind->shuffled;
        if (!m.captured(1).isEmpty()) {
            gap.weight = m.captured(1).toDouble();
            if (gap.weight <= 0) {
                result.warnings << QStringLiteral("%1: a gap weight of 0 is not possible; weighted 1").arg(gap.id);
                gap.weight = 1.0;
            }
        }
        const QString error = readAnswers(text.mid(m.capturedEnd(), close - m.capturedEnd()), gap, convert, result.warnings);
        if (!error.isEmpty()) {
            result.errors << QStringLiteral("%1: %2").arg(gap.id, error);
            continue;
        }
        result.text += QStringLiteral("{{%1}}").arg(gap.id);
        result.gaps << gap;
    }
    if (result.gaps.isEmpty() && result.errors.isEmpty())
        result.errors << QStringLiteral("no embedded answers such as {1:SHORTANSWER:=answer} in the text");
    return result;
}

} // namespace cca::questionimport
