#pragma once

#include "questionimport/importresult.h"
#include "questionimport/resultbuilder.h"
#include "questionimport/textformat.h"

#include <QString>
#include <QStringList>

namespace cca::questionimport {

// Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format). A question is a block of lines up to a
// blank line; lines starting with // are comments ("// [tag:x]" gives a tag). Mapping:
//   ::title:: text                           name (and id slug), text
//   [markdown] [html] [plain] [moodle]       text format of the question (and default of its answers)
//   {=right ~wrong#feedback}                 single_choice
//   {~%50%a ~%50%b ~%-100%c}, {=a =b ~c}     multiple_choice with these fractions (no or several fully right)
//   {T} {TRUE} {F} {FALSE}#wrong#right       true_false: feedback for the wrong, then the right answer
//   {=a =%50%b} or {answer}                  short_answer
//   {#3.14:0.01} {#1..5} {# =3:0 =%50%3:1}   numeric (value:tolerance, min..max)
//   {=a -> 1 =b -> 2 = -> extra}             matching (2+ pairs; an empty left side is a distractor)
//   {}                                       essay; no braces at all: description
//   {####general feedback}                   general feedback (in any answer block)
//   text {answers} more text                 missing word: single choice, short answer and numeric become
//                                            fill_blanks with one gap {{gap-1}}; other types keep their type
//                                            with the blank shown as "_____" in the text.
//   $CATEGORY: a/b/c                         category of the questions that follow (id from "c")
// Escapes \~ \= \# \{ \} \: \\ and \n (a line break).
class GiftParser
{
public:
    explicit GiftParser(const QString &text);
    ImportResult parse();

private:
    struct Block
    {
        QStringList lines;    // right-trimmed, without comment lines
        QList<int> lineNumbers;
        QStringList comments; // the comment lines inside the block
    };
    // A part of the answer block: its marker ('=', '~' or 0 for text before the first marker), its
    // text after the marker and where that text starts in the question source.
    struct Piece
    {
        QChar marker;
        QString text;
        qsizetype offset = 0;
    };
    struct Answers // the answer block of one question
    {
        QString text;
        qsizetype offset = 0;
    };
    using TypeParser = void (GiftParser::*)(const Answers &, content::Question &);

    QList<Block> splitBlocks() const;
    void parseBlock(const Block &block);
    void parseQuestion(qsizetype start);
    bool checkBraces(qsizetype open, qsizetype close); // one well-formed answer block; false: reported
    QList<Piece> split(const Answers &answers, const QString &markers) const;
    int lineAt(qsizetype offset) const;
    QString restore(const QString &escaped) const;
    QString formatted(const QString &escaped); // answer or feedback text in its own or the question's format
    QString questionText(const QString &escaped);
    bool weight(const Piece &piece, double fallback, double *fraction, QString *rest); // false: reported as an error

    void parseChoice(const Answers &answers, content::Question &q);
    void parseTrueFalse(const Answers &answers, content::Question &q);
    void parseShortAnswer(const Answers &answers, content::Question &q);
    void parseNumeric(const Answers &answers, content::Question &q);
    void parseMatching(const Answers &answers, content::Question &q);
    void parseEssay(const Answers &answers, content::Question &q);
    static TypeParser typeParser(const QString &answers);
    void toFillBlanks(content::Question &q) const;

    QString m_text;
    ResultBuilder m_out;
    // The question being read:
    QString m_source; // its lines joined, escapes replaced by placeholders
    QList<int> m_lines; // source line of each line of m_source
    TextFormat::Kind m_format = TextFormat::Moodle;
    QStringList m_lost; // what the text conversions left out
    QStringList m_tags; // from "// [tag:x]" comments
};

} // namespace cca::questionimport
