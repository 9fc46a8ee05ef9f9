#include "questionimport/aikenparser.h"

#include "questionimport/answertext.h"

#include <QRegularExpression>

#include <utility>

namespace cca::questionimport {

AikenParser::AikenParser(const QString &text)
    : m_text(text)
{
    m_text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
}

ImportResult AikenParser::parse()
{
    static const QRegularExpression option(QStringLiteral("^([A-Z])[.)]\\s+(.*)$"));
    static const QRegularExpression answer(QStringLiteral("^ANSWER\\s*:\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = m_text.split(QLatin1Char('\n'));
    bool afterBlank = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int number = int(i + 1);
        if (line.isEmpty()) {
            afterBlank = true;
            continue;
        }
        const bool blankBefore = std::exchange(afterBlank, false);
        if (const QRegularExpressionMatch m = answer.match(line); m.hasMatch()) {
            if (!m_open) {
                m_out.fileError(number, QStringLiteral("'ANSWER:' without a question before it"));
                continue;
            }
            finishQuestion(m.captured(1).trimmed().toUpper(), number);
        } else if (const QRegularExpressionMatch m = option.match(line); m.hasMatch()) {
            // Options after a blank line that follows options: the question before lacks its ANSWER line.
            if (m_open && blankBefore && !m_options.isEmpty())
                abandonQuestion(QStringLiteral("the question has no 'ANSWER:' line after its options"));
            if (!m_open) {
                startQuestion(number);
                m_out.error(QStringLiteral("option '%1' comes before any question text").arg(m.captured(1)), number);
            }
            const QChar letter = m.captured(1).front();
            for (const Option &o : std::as_const(m_options))
                if (o.letter == letter)
                    m_out.error(QStringLiteral("option %1 appears twice (lines %2 and %3)").arg(letter).arg(o.line).arg(number), number);
            m_options << Option{letter, m.captured(2).trimmed(), number};
        } else {
            if (m_open && !m_options.isEmpty())
                abandonQuestion(QStringLiteral("the question has no 'ANSWER:' line after its options"));
            if (!m_open)
                startQuestion(number);
            m_question << line;
        }
    }
    if (m_open)
        abandonQuestion(QStringLiteral("the file ends before the question's 'ANSWER:' line"));
    return m_out.take();
}

void AikenParser::startQuestion(int line)
{
    m_out.begin(line, QString());
    m_open = true;
    m_question.clear();
    m_options.clear();
}

void AikenParser::finishQuestion(const QString &letter, int line)
{
    m_open = false;
    content::Question q;
    q.type = content::QuestionTypes::SingleChoice;
    q.text = LocalizedText(m_question.join(QLatin1Char('\n')));
    bool found = false;
    for (const Option &o : std::as_const(m_options)) {
        const bool right = QString(o.letter) == letter;
        found = found || right;
        q.options << content::ChoiceOption{AnswerText::optionId(q.options.size()), LocalizedText(o.text), right, right ? 1.0 : 0.0, {}};
    }
    if (m_options.size() < 2)
        m_out.error(QStringLiteral("a question needs at least 2 options such as 'A. ...' (it has %1)").arg(m_options.size()), line);
    else if (!found)
        m_out.error(QStringLiteral("'ANSWER: %1' names none of the options").arg(letter), line);
    m_out.finish(q);
}

void AikenParser::abandonQuestion(const QString &message)
{
    m_out.error(message);
    m_open = false;
}

} // namespace cca::questionimport
