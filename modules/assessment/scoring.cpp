#include "assessment/scoring.h"

#include <algorithm>

namespace cca::assessment {

double scoreQuestion(const content::Question &question, const QSet<QString> &chosen)
{
    int correctCount = 0;
    int right = 0;
    int wrong = 0;
    for (const content::ChoiceOption &o : question.options) {
        correctCount += o.correct ? 1 : 0;
        if (chosen.contains(o.id))
            (o.correct ? right : wrong) += 1;
    }
    if (correctCount == 0)
        return 0.0;
    if (question.type == QLatin1String("single_choice"))
        return (chosen.size() == 1 && right == 1) ? question.weight : 0.0;
    return question.weight * std::max(0.0, double(right - wrong) / double(correctCount));
}

bool isFullyCorrect(const content::Question &question, const QSet<QString> &chosen)
{
    for (const content::ChoiceOption &o : question.options)
        if (o.correct != chosen.contains(o.id))
            return false;
    return true;
}

AttemptScore scoreAttempt(const content::Assessment &assessment, const QMap<QString, QSet<QString>> &answers)
{
    AttemptScore s;
    for (const content::Question &q : assessment.questions) {
        s.maxPoints += q.weight;
        const auto it = answers.constFind(q.id);
        if (it == answers.constEnd() || it->isEmpty())
            continue;
        ++s.answered;
        s.points += scoreQuestion(q, *it);
        if (isFullyCorrect(q, *it))
            ++s.correct;
    }
    s.percent = s.maxPoints > 0 ? 100.0 * s.points / s.maxPoints : 0.0;
    s.passed = s.percent + 1e-9 >= assessment.passMark;
    return s;
}

} // namespace cca::assessment
