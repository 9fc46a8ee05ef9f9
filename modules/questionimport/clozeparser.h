#pragma once

#include "content/question.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace cca::questionimport {

// Moodle's embedded answers (cloze, question type "multianswer"): {weight:TYPE:=right#feedback~wrong#feedback}.
//   SHORTANSWER SA MW                    short gap (case-insensitive)
//   SHORTANSWER_C SAC MWC                short gap, case-sensitive
//   NUMERICAL NM                         numeric gap (=value:tolerance)
//   MULTICHOICE MC and the _V _H _S _VS _HS variants (MCV MCH MCS MCVS MCHS)   choice gap
//   MULTIRESPONSE MR and its variants    not supported (no multi-select gap): an error
// Answers: "=" full credit, "%50%" partial, none 0; "\~ \} \# \\ \/ \"" escape those characters.
class ClozeParser
{
public:
    struct Result
    {
        QString text; // the source with each embedded answer replaced by {{gap-n}}
        QList<content::Gap> gaps;
        QStringList errors;   // the question cannot be imported
        QStringList warnings; // imported, something left out
        bool shuffled = false; // a choice gap asked for its options shuffled (_S variants)
    };

    // convert turns an answer's or feedback's text (in the question's format) into plain text.
    static Result parse(const QString &text, const std::function<QString(const QString &)> &convert);
};

} // namespace cca::questionimport
