#pragma once

#include "assessment/reviewscheduler.h"
#include "content/package.h"
#include "progress/progressstore.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>

namespace cca::learning {

// One question an officer got wrong, scheduled for spaced review.
struct ReviewItem
{
    QString moduleId;
    QString moduleVersion;
    QString assessmentId;
    QString questionId;
    assessment::ReviewCard card;
    const content::Question *question = nullptr; // into the catalog's module; null when the question is gone
    QString key() const { return moduleId + QLatin1Char('/') + assessmentId + QLatin1Char('/') + questionId; }
};

// The officer's personal review deck, derived from events: every question missed in a submitted
// attempt, or answered wrong when checked in practice or mastery, becomes a card; reviews are
// recorded as answers (data.review = true) and scheduled with SM-2 (assessment/reviewscheduler.h).
class ReviewDeck : public QObject
{
    Q_OBJECT

public:
    ReviewDeck(progress::ProgressStore *store, QList<content::ModulePackage> modules, QString officerId,
               QObject *parent = nullptr);

    QList<ReviewItem> cards() const;
    QList<ReviewItem> due(const QDateTime &untilUtc) const; // due at or before untilUtc, most overdue first
    static QDateTime endOfTodayUtc();

    // Records a review answer and returns whether it was right.
    bool recordReview(const ReviewItem &item, const QJsonValue &response, const QString &language);

signals:
    void writeFailed(const QString &message);

private:
    progress::ProgressStore *m_store;
    QList<content::ModulePackage> m_modules;
    QString m_officerId;
};

} // namespace cca::learning
