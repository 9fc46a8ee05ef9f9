#include "reference/searchtext.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace cca::reference::searchtext {

QString forIndex(const QString &text)
{
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    const char16_t *first = std::find_if(begin, end, [](char16_t c) { return isCjk(QChar(c)); });
    if (first == end)
        return text; // nothing to change (shared, not copied)
    // Each character a token of its own: spaces around it (one between two characters).
    QString out(text.size() * 2 + 1, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    char16_t *const start = o;
    o = std::copy(begin, first, o);
    for (const char16_t *c = first; c != end; ++c) {
        if (!isCjk(QChar(*c))) {
            *o++ = *c;
            continue;
        }
        if (o != start && !QChar(o[-1]).isSpace())
            *o++ = u' ';
        *o++ = *c;
        *o++ = u' ';
    }
    out.truncate(o - start);
    return out;
}

QList<QueryTerm> queryTerms(const QString &query)
{
    QList<QueryTerm> terms;
    QString current;
    bool currentCjk = false;
    auto flush = [&] {
        if (!current.isEmpty())
            terms << QueryTerm{current, currentCjk};
        current.clear();
    };
    for (const QChar c : query) {
        const bool cjk = isCjk(c);
        if (cjk) {
            if (!currentCjk)
                flush();
            currentCjk = true;
            current += c;
        } else if (c.isLetterOrNumber()) {
            if (currentCjk)
                flush();
            currentCjk = false;
            current += c.toLower();
        } else {
            flush();
        }
    }
    flush();
    return terms;
}

int editDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(int(n - m)) > maxDistance)
        return maxDistance + 1;
    // A lower bound first, in one pass: every edit adds at most one character to what one side has
    // and the other lacks (a transposition none), so if either side has more than maxDistance
    // characters the other lacks, the distance is over. Characters share 64 buckets, which can only
    // lower the bound. This rejects most of an index's words without the table below.
    {
        int counts[64] = {};
        for (const QChar c : a)
            ++counts[c.unicode() & 63];
        for (const QChar c : b)
            --counts[c.unicode() & 63];
        int onlyA = 0, onlyB = 0;
        for (const int c : counts)
            (c > 0 ? onlyA : onlyB) += std::abs(c);
        if (std::max(onlyA, onlyB) > maxDistance)
            return maxDistance + 1;
    }
    // Three rows of the table: on the stack for words of ordinary length.
    constexpr qsizetype kStack = 64;
    int stack[3][kStack + 1];
    std::vector<int> heap;
    int *prev2 = stack[0], *prev = stack[1], *cur = stack[2];
    if (m > kStack) {
        heap.resize(size_t(3 * (m + 1)));
        prev2 = heap.data();
        prev = prev2 + (m + 1);
        cur = prev + (m + 1);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        prev[j] = int(j);
        prev2[j] = 0;
    }
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > maxDistance)
            return maxDistance + 1;
        int *oldest = prev2;
        prev2 = prev;
        prev = cur;
        cur = oldest;
    }
    return prev[m];
}

namespace {
// A typed word matches a word of the text that starts with it, or with its first letters when the
// text's word is an inflection ("butchering" for "butcher"): the common stem of at least 4 letters.
bool wordMatches(QStringView textWord, const QString &term)
{
    if (textWord.startsWith(term, Qt::CaseInsensitive))
        return true;
    if (term.size() < 5)
        return false;
    const qsizetype stem = std::max<qsizetype>(4, term.size() - 3);
    return textWord.size() >= stem && textWord.left(stem).compare(QStringView(term).left(stem), Qt::CaseInsensitive) == 0
           && editDistance(textWord.left(term.size()).toString().toLower(), term, 2) <= 2;
}
} // namespace

Snippet makeSnippet(const QString &text, const QList<QueryTerm> &terms, int length)
{
    // Every match in the whole text first: (offset, length, which term).
    struct Match
    {
        int offset, length, term;
        bool operator<(const Match &o) const { return offset < o.offset || (offset == o.offset && length > o.length); }
    };
    QList<Match> matches;
    // The text's words (not Chinese), found once for all the terms.
    QList<QPair<qsizetype, qsizetype>> words;
    if (std::any_of(terms.cbegin(), terms.cend(), [](const QueryTerm &t) { return !t.cjk; })) {
        qsizetype i = 0;
        while (i < text.size()) {
            while (i < text.size() && !text[i].isLetterOrNumber())
                ++i;
            qsizetype end = i;
            while (end < text.size() && text[end].isLetterOrNumber() && !isCjk(text[end]))
                ++end;
            if (end > i)
                words << qMakePair(i, end - i);
            i = std::max(end, i + 1);
        }
    }
    for (int ti = 0; ti < int(terms.size()); ++ti) {
        const QueryTerm &t = terms[ti];
        if (t.cjk) {
            // The whole run, else its pairs (the index matched pairs).
            QStringList pieces{t.text};
            if (t.text.size() > 2)
                for (qsizetype k = 0; k + 1 < t.text.size(); ++k)
                    pieces << t.text.mid(k, 2);
            for (const QString &piece : std::as_const(pieces)) {
                bool found = false;
                for (qsizetype at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.size())) {
                    matches << Match{int(at), int(piece.size()), ti};
                    found = true;
                }
                if (found && piece == t.text)
                    break;
            }
            continue;
        }
        for (const auto &[offset, length] : std::as_const(words))
            if (wordMatches(QStringView(text).mid(offset, length), t.text))
                matches << Match{int(offset), int(length), ti};
    }
    std::sort(matches.begin(), matches.end());
    // Drop overlaps.
    QList<Match> kept;
    for (const Match &m : std::as_const(matches))
        if (kept.isEmpty() || m.offset >= kept.last().offset + kept.last().length)
            kept << m;
    QList<QPair<int, int>> clean;
    for (const Match &m : std::as_const(kept))
        clean << qMakePair(m.offset, m.length);

    Snippet s;
    if (clean.isEmpty()) {
        s.text = text.left(length);
        if (text.size() > length)
            s.text += QStringLiteral("…");
        return s;
    }
    // The window showing the most different query terms, then the most matches.
    int bestStart = kept.first().offset, bestScore = -1;
    for (qsizetype a = 0; a < kept.size(); ++a) {
        QSet<int> termsSeen;
        int count = 0;
        for (qsizetype b = a; b < kept.size() && kept[b].offset + kept[b].length <= kept[a].offset + length; ++b) {
            termsSeen.insert(kept[b].term);
            ++count;
        }
        const int score = int(termsSeen.size()) * 1000 + count;
        if (score > bestScore) {
            bestScore = score;
            bestStart = kept[a].offset;
        }
    }
    int start = std::max(0, bestStart - length / 4);
    // Start at a word or sentence boundary when one is near.
    for (int k = start; k > 0 && k > start - 20; --k)
        if (text[k - 1].isSpace() || isCjk(text[k - 1])) {
            start = k;
            break;
        }
    const int end = std::min(int(text.size()), start + length);
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    s.text = prefix + text.mid(start, end - start) + (end < text.size() ? QStringLiteral("…") : QString());
    for (const auto &m : std::as_const(clean))
        if (m.first >= start && m.first + m.second <= end)
            s.highlights << qMakePair(int(prefix.size()) + m.first - start, m.second);
    return s;
}

} // namespace cca::reference::searchtext
