#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cca::reference::searchtext {

// Text as the full-text index sees it. Words in Latin and other spaced scripts stay as they are
// (FTS5's porter/unicode61 tokenizer stems and folds them); every Chinese or Japanese character
// becomes a token of its own, so that 殺豬盤 is found as the phrase of its characters without a
// dictionary (one token per character: a small vocabulary and a lean index).
QString forIndex(const QString &text);

inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)
           || (u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7AF);
}

// One term of a typed query: a word, or a run of CJK characters.
struct QueryTerm
{
    QString text;
    bool cjk = false;
};
QList<QueryTerm> queryTerms(const QString &query);

// Damerau-Levenshtein distance (optimal string alignment), stopping early above maxDistance.
int editDistance(QStringView a, QStringView b, int maxDistance);

// A snippet of about `length` characters around the densest group of matches of `terms` in
// `text`, and where the matches are in it (offset, length pairs into the snippet).
struct Snippet
{
    QString text;
    QList<QPair<int, int>> highlights;
    bool matched() const { return !highlights.isEmpty(); }
};
Snippet makeSnippet(const QString &text, const QList<QueryTerm> &terms, int length = 180);

} // namespace cca::reference::searchtext
