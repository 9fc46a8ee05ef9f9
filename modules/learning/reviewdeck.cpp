#include "learning/reviewdeck.h"

#include "assessment/scoring.h"
#include "core/clock.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace cca::learning {

using namespace cca::progress;

ReviewDeck::ReviewDeck(ProgressStore *store, QList<content::ModulePackage> modules, QString officerId, QObject *parent)
    : QObject(parent), m_store(store), m_modules(std::move(modules)), m_officerId(std::move(officerId))
{
}

QList<ReviewItem> ReviewDeck::cards() const
{
    QMap<QString, ReviewItem> cards;
    auto cardFor = [&](const Event &e, const QString &assessmentId, const QString &questionId) -> ReviewItem & {
        ReviewItem &item = cards[e.moduleId + QLatin1Char('/') + assessmentId + QLatin1Char('/') + questionId];
        if (item.questionId.isEmpty()) {
            item.moduleId = e.moduleId;
            item.assessmentId = assessmentId;
            item.questionId = questionId;
            item.card.due = e.timestamp; // a new card is due at once
        }
        item.moduleVersion = e.moduleVersion;
        return item;
    };
    const QList<Event> events = m_store->events(m_officerId);
    for (const Event &e : events) {
        const QString assessmentId = e.objectType == ObjectTypes::Assessment ? e.objectId : e.data.value(QStringLiteral("assessment")).toString();
        if (e.verb == Verbs::Passed || e.verb == Verbs::Failed) {
            const QJsonArray missed = e.data.value(QStringLiteral("missed")).toArray();
            for (const QJsonValue &q : missed) {
                ReviewItem &item = cardFor(e, assessmentId, q.toString());
                if (item.card.lastReviewed.isValid()) // missed again after reviews: start over
                    assessment::Sm2::review(item.card, assessment::Sm2::kGradeWrong, e.timestamp);
            }
        } else if (e.verb == Verbs::Answered) {
            const QString questionId = e.data.value(QStringLiteral("question")).toString();
            const bool right = e.data.value(QStringLiteral("correct")).toBool();
            if (e.data.value(QStringLiteral("review")).toBool()) {
                ReviewItem &item = cardFor(e, assessmentId, questionId);
                assessment::Sm2::review(item.card, right ? assessment::Sm2::kGradeRight : assessment::Sm2::kGradeWrong, e.timestamp);
            } else if (e.data.value(QStringLiteral("checked")).toBool() && !right) {
                cardFor(e, assessmentId, questionId);
            }
        }
    }
    QList<ReviewItem> out;
    for (ReviewItem &item : cards) {
        for (const content::ModulePackage &m : m_modules)
            if (m.id == item.moduleId)
                if (const content::Assessment *a = m.assessment(item.assessmentId))
                    item.question = a->question(item.questionId);
        if (item.question) // a question removed from the module in a later version leaves the deck
            out << item;
    }
    return out;
}

QList<ReviewItem> ReviewDeck::due(const QDateTime &untilUtc) const
{
    QList<ReviewItem> out;
    const QList<ReviewItem> all = cards();
    for (const ReviewItem &item : all)
        if (item.card.due <= untilUtc)
            out << item;
    std::sort(out.begin(), out.end(), [](const ReviewItem &a, const ReviewItem &b) { return a.card.due < b.card.due; });
    return out;
}

QDateTime ReviewDeck::endOfTodayUtc()
{
    const QDateTime local = Clock::nowUtc().toLocalTime();
    return QDateTime(local.date(), QTime(23, 59, 59), local.timeZone()).toUTC();
}

bool ReviewDeck::recordReview(const ReviewItem &item, const QJsonValue &response, const QString &language)
{
    if (!item.question)
        return false;
    const assessment::QuestionResult r = assessment::scoreQuestion(*item.question, response, language);
    const QJsonObject data{{QStringLiteral("review"), true},
                           {QStringLiteral("assessment"), item.assessmentId},
                           {QStringLiteral("question"), item.questionId},
                           {QStringLiteral("type"), item.question->type},
                           {QStringLiteral("response"), response},
                           {QStringLiteral("score"), r.points},
                           {QStringLiteral("max"), r.maxPoints},
                           {QStringLiteral("correct"), r.fullyCorrect},
                           {QStringLiteral("language"), language}};
    QString error;
    if (!m_store->record(Event::make(m_officerId, Verbs::Answered, item.moduleId, item.moduleVersion, ObjectTypes::Question,
                                     item.assessmentId + QLatin1Char('/') + item.questionId, data),
                         &error)) {
        emit writeFailed(error);
        return false;
    }
    return r.fullyCorrect;
}

} // namespace cca::learning
