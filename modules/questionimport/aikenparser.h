#pragma once

#include "questionimport/importresult.h"
#include "questionimport/resultbuilder.h"

#include <QString>
#include <QStringList>

namespace cca::questionimport {

// Aiken: single-choice questions in plain text. Every question becomes single_choice (id "q-<n>"):
//   What is a seed phrase?          question text (one or more lines)
//   A. A password for the exchange  options "A." or "A)" with capital letters
//   B) The words that restore a wallet
//   ANSWER: B                       the right option; ends the question
// Blank lines are allowed anywhere.
class AikenParser
{
public:
    explicit AikenParser(const QString &text);
    ImportResult parse();

private:
    struct Option
    {
        QChar letter;
        QString text;
        int line = 0;
    };
    void startQuestion(int line);
    void finishQuestion(const QString &letter, int line);
    void abandonQuestion(const QString &message);

    QString m_text;
    ResultBuilder m_out;
    bool m_open = false; // a question has started and not yet ended with ANSWER
    QStringList m_question;
    QList<Option> m_options;
};

} // namespace cca::questionimport
