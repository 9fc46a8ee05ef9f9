#pragma once

#include "core/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cca::content {

// Question and assessment data model (content format 1). What a question *is*; how it is scored
// and played lives in the assessment module. Credit ("fraction") is always -1..1 of the weight.

namespace QuestionTypes {
inline const QString SingleChoice = QStringLiteral("single_choice");
inline const QString MultipleChoice = QStringLiteral("multiple_choice");
inline const QString TrueFalse = QStringLiteral("true_false");
inline const QString ShortAnswer = QStringLiteral("short_answer");
inline const QString Numeric = QStringLiteral("numeric");
inline const QString Matching = QStringLiteral("matching");
inline const QString Ordering = QStringLiteral("ordering");
inline const QString FillBlanks = QStringLiteral("fill_blanks");
inline const QString Categorize = QStringLiteral("categorize");
inline const QString Hotspot = QStringLiteral("hotspot");
inline const QString Essay = QStringLiteral("essay");
inline const QString Description = QStringLiteral("description");
QStringList all();
bool isScored(const QString &type); // false for description (and essay until a trainer grades it)
} // namespace QuestionTypes

// An option of a choice question (or of a choice gap in a cloze).
struct ChoiceOption
{
    QString id;
    LocalizedText text;
    bool correct = false;
    double fraction = 0.0; // credit when chosen, -1..1 (negative marks allowed)
    LocalizedText feedback;
};

// An accepted answer of a short-answer question (or gap). '*' is a wildcard.
struct TextAnswer
{
    QString text;
    QString language; // empty: accepted in every language
    double fraction = 1.0;
    LocalizedText feedback;
};

// An accepted answer of a numeric question (or gap): value ± tolerance, or a range min..max.
struct NumericAnswer
{
    double value = 0.0;
    double tolerance = 0.0;
    std::optional<double> min;
    std::optional<double> max;
    double fraction = 1.0;
    LocalizedText feedback;

    bool accepts(double x) const;
};

struct MatchPair
{
    QString id;
    LocalizedText prompt;
    LocalizedText answer;
};

struct OrderItem
{
    QString id;
    LocalizedText text;
};

struct Bucket
{
    QString id;
    LocalizedText title;
};

struct SortItem
{
    QString id;
    LocalizedText text;
    QString bucket; // the bucket it belongs in
};

struct HotspotRegion
{
    QString id;
    QString shape;        // "rect" (x, y, w, h), "circle" (cx, cy, r), "polygon" (x1, y1, x2, y2, ...)
    QList<double> coords; // in pixels of the image as drawn at its natural size
    bool correct = false;
    LocalizedText label;  // read out for keyboard and screen-reader use

    bool contains(double x, double y) const;
    std::pair<double, double> centre() const; // a point inside it, to mark it from the keyboard
};

// A gap in a fill_blanks (cloze) text, written {{gap-id}} in the text.
struct Gap
{
    QString id;
    QString type; // "choice", "short" or "numeric"
    QList<ChoiceOption> options;
    bool explicitFractions = false;
    QList<TextAnswer> answers;
    QList<NumericAnswer> numbers;
    bool caseSensitive = false;
    double weight = 1.0;
};

struct Question
{
    QString id;
    QString type;
    LocalizedText name; // optional short title (imports keep the source's title here)
    LocalizedText text;
    LocalizedText feedback; // general feedback, shown after answering
    double weight = 1.0;
    QString category;       // bank category id
    QStringList tags;
    bool shuffle = true;    // shuffle options/pairs/items when the assessment allows it

    QList<ChoiceOption> options;               // single_choice, multiple_choice
    bool explicitFractions = false;            // the author set option fractions (negative marks possible)
    bool answer = true;                        // true_false: the right answer
    LocalizedText feedbackTrue, feedbackFalse; // true_false: feedback on answering true / false
    QList<TextAnswer> answers;                 // short_answer
    bool caseSensitive = false;                // short_answer
    QList<NumericAnswer> numbers;              // numeric
    QList<MatchPair> pairs;                    // matching
    QList<LocalizedText> distractors;          // matching: extra wrong answers
    QList<OrderItem> items;                    // ordering, in the right order
    QString orderingGrading = QStringLiteral("positions"); // "positions" (partial) or "all_or_nothing"
    QList<Bucket> buckets;                     // categorize
    QList<SortItem> sortItems;                 // categorize
    LocalizedText image;                       // hotspot: package-relative image per language
    QList<HotspotRegion> regions;              // hotspot
    int maxClicks = 0;                         // hotspot: 0 = number of correct regions
    QList<Gap> gaps;                           // fill_blanks
    int minWords = 0, maxWords = 0;            // essay (0 = no limit)
};

struct QuestionCategory
{
    QString id;
    LocalizedText title;
};

struct RandomDraw
{
    QString category; // empty: any category
    int count = 0;
};

struct ReviewOptions
{
    bool correctness = true;
    bool rightAnswer = true;
    bool feedback = true;
    bool score = true;
};

struct Assessment
{
    QString id;
    LocalizedText title;
    QString mode = QStringLiteral("exam"); // "practice", "exam" or "mastery"
    int passMark = 0;                      // percent
    QString questionsFile;
    QList<QuestionCategory> categories;    // from the question file
    QList<Question> questions;             // the whole bank in the file
    QStringList fixed;                     // ids always included (empty with no draws: all)
    QList<RandomDraw> draws;               // random questions on top
    bool shuffleQuestions = false;         // fixed order is the default (a class stays together)
    bool shuffleOptions = true;
    int timeLimitMinutes = 0;              // exam: 0 = untimed
    int maxAttempts = 0;                   // 0 = unlimited
    QString grading = QStringLiteral("highest"); // "highest", "last", "average", "first"
    int masteryCorrect = 0;                // mastery: done when masteryCorrect of the last masteryWindow are right
    int masteryWindow = 0;
    int practiceTries = 3;                 // practice: checks per question
    ReviewOptions review;

    const Question *question(const QString &id) const;
};

} // namespace cca::content
