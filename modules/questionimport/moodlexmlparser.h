#pragma once

#include "questionimport/importresult.h"
#include "questionimport/resultbuilder.h"
#include "questionimport/textformat.h"

#include <QByteArray>
#include <QStringList>

namespace cca::questionimport {

class XmlElement;

// Moodle XML (<quiz><question type="...">), as Moodle exports it. Mapping:
//   category       $course$/top/a/b: the following questions go to category "b"
//   multichoice    single_choice (<single>true) or multiple_choice; fraction="50" -> 0.5; per-answer feedback
//   truefalse      true_false with the feedback of the "true" and the "false" answer
//   shortanswer    short_answer, <usecase>1 -> case-sensitive
//   numerical      numeric, <tolerance> per answer
//   matching       matching; a subquestion without text is an extra wrong answer (distractor)
//   essay          essay (<minwordlimit>, <maxwordlimit>)
//   description    description
//   multianswer    fill_blanks from the embedded answers in the text (ClozeParser)
//   gapselect      fill_blanks, one choice gap per [[n]] with the choices of n's group
// Common: <name> (title and id), <questiontext>, <generalfeedback>, <defaultgrade> (weight),
// <shuffleanswers> (shuffle), <tags>. HTML is turned into plain text (TextFormat).
// Reported as warnings: penalty, hints, overall right/partly/wrong feedback, images and files,
// units, essay attachments and grader information, unknown elements. Other question types
// (ddwtos, calculated, random, ...) are errors: the question is not imported.
class MoodleXmlParser
{
public:
    explicit MoodleXmlParser(const QByteArray &xml);
    ImportResult parse();

private:
    using TypeReader = void (MoodleXmlParser::*)(const XmlElement &, content::Question &);
    struct TypeInfo
    {
        TypeReader reader = nullptr;
        QStringList elements; // the type's own child elements (anything else unknown is reported)
        bool ownsText = false; // the reader turns <questiontext> into text itself
    };
    static const QHash<QString, TypeInfo> &types();

    void readQuestion(const XmlElement &e);
    void readCommon(const XmlElement &e, content::Question &q);
    void reportCombinedFeedback(const XmlElement &e);
    void reportUnknown(const XmlElement &e, const QStringList &typeElements);
    QString text(const XmlElement *holder, TextFormat::Kind *kindOut = nullptr); // <holder format="..."><text>
    std::optional<double> fraction(const XmlElement &answer); // fraction="50" -> 0.5; reported when malformed
    bool flag(const XmlElement &e, const QString &name, bool fallback);

    void readMultichoice(const XmlElement &e, content::Question &q);
    void readTrueFalse(const XmlElement &e, content::Question &q);
    void readShortAnswer(const XmlElement &e, content::Question &q);
    void readNumerical(const XmlElement &e, content::Question &q);
    void readMatching(const XmlElement &e, content::Question &q);
    void readEssay(const XmlElement &e, content::Question &q);
    void readDescription(const XmlElement &e, content::Question &q);
    void readCloze(const XmlElement &e, content::Question &q);
    void readGapSelect(const XmlElement &e, content::Question &q);

    QByteArray m_xml;
    ResultBuilder m_out;
    QStringList m_lost; // what the text conversions of the current question left out
};

} // namespace cca::questionimport
