#include "reference/referenceindex.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include "reference/searchtext.h"

#include <vector>

using namespace cca::reference;

namespace {

class Search : public ::testing::Test
{
protected:
    void SetUp() override
    {
        library = ReferenceLibrary::load(cca::test::dataPath(QStringLiteral("reference/data/mini")));
        ASSERT_TRUE(library.isValid());
        QString error;
        index = ReferenceIndex::open(dir.filePath(QStringLiteral("index.sqlite")), &error);
        ASSERT_TRUE(index) << error.toStdString();
        bool reindexed = false;
        ASSERT_TRUE(index->update(library, &reindexed, &error)) << error.toStdString();
        ASSERT_TRUE(reindexed);
    }
    QStringList ids(const QString &query, const ReferenceIndex::Filters &filters = {}) const
    {
        QStringList out;
        for (const ReferenceIndex::Hit &h : index->search(query, filters))
            out << h.id;
        return out;
    }
    QTemporaryDir dir;
    ReferenceLibrary library;
    std::unique_ptr<ReferenceIndex> index;
};

QString highlighted(const searchtext::Snippet &s)
{
    QString out = s.text;
    for (auto it = s.highlights.crbegin(); it != s.highlights.crend(); ++it) {
        out.insert(it->first + it->second, QLatin1Char(']'));
        out.insert(it->first, QLatin1Char('['));
    }
    return out;
}

} // namespace

TEST_F(Search, EnglishAndChineseNamesAliasesAndSlangFindTheRightEntryFirst)
{
    EXPECT_EQ(ids(QStringLiteral("kill pig")).value(0), QStringLiteral("pig-butchering"));
    EXPECT_EQ(ids(QString::fromUtf8("殺豬盤")).value(0), QStringLiteral("pig-butchering"));
    EXPECT_EQ(ids(QString::fromUtf8("殺豬")).value(0), QStringLiteral("pig-butchering")) << "part of a Chinese term";
    EXPECT_EQ(ids(QStringLiteral("romance")).value(0), QStringLiteral("romance-scam"));
    EXPECT_EQ(ids(QString::fromUtf8("地址投毒")).value(0), QStringLiteral("address-poisoning"));
    EXPECT_EQ(ids(QStringLiteral("look-alike address")).value(0), QStringLiteral("address-poisoning"));
}

TEST_F(Search, TheLastWordCountsAsAPrefixWhileTyping)
{
    EXPECT_EQ(ids(QStringLiteral("pig butch")).value(0), QStringLiteral("pig-butchering"));
    EXPECT_EQ(ids(QStringLiteral("poiso")).value(0), QStringLiteral("address-poisoning"));
}

TEST_F(Search, ATypoStillFindsTheEntry)
{
    const QList<ReferenceIndex::Hit> hits = index->search(QStringLiteral("pig butchring"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().id, QStringLiteral("pig-butchering"));
    EXPECT_TRUE(hits.first().fuzzy) << "found by correcting the typo";
    EXPECT_FALSE(index->search(QStringLiteral("pig butchering")).value(0).fuzzy);
    EXPECT_EQ(ids(QStringLiteral("romanse scam")).value(0), QStringLiteral("romance-scam"));
    EXPECT_TRUE(ids(QStringLiteral("zzzzqqq")).isEmpty()) << "nothing near it";
}

TEST_F(Search, SnippetsHighlightTheMatchInTheLanguageThatMatched)
{
    const auto hits = index->search(QString::fromUtf8("虛假交易平台"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().id, QStringLiteral("pig-butchering"));
    EXPECT_EQ(hits.first().language, QStringLiteral("zh-Hant"));
    EXPECT_TRUE(highlighted(hits.first().snippet).contains(QString::fromUtf8("[虛假交易平台]"))) << highlighted(hits.first().snippet).toStdString();
    const auto english = index->search(QStringLiteral("trading platform"));
    ASSERT_FALSE(english.isEmpty());
    EXPECT_EQ(english.first().language, QStringLiteral("en"));
    EXPECT_TRUE(highlighted(english.first().snippet).contains(QStringLiteral("[trading] [platform]")))
        << highlighted(english.first().snippet).toStdString();
}

TEST_F(Search, OneLanguageCanBeAskedFor)
{
    ReferenceIndex::Filters chinese;
    chinese.language = QStringLiteral("zh-Hant");
    EXPECT_FALSE(index->search(QStringLiteral("emergency")).isEmpty());
    EXPECT_TRUE(index->search(QStringLiteral("emergency"), chinese).isEmpty()) << "the English word is not in the Chinese text";
    const auto both = index->search(QString::fromUtf8("網上情緣"), chinese);
    ASSERT_FALSE(both.isEmpty());
    EXPECT_EQ(both.first().title, QString::fromUtf8("網上情緣騙案"));
}

TEST_F(Search, FiltersNarrowTheResults)
{
    ReferenceIndex::Filters dating;
    dating.channel = QStringLiteral("dating-apps");
    EXPECT_EQ(ids(QString(), dating), (QStringList{QStringLiteral("pig-butchering"), QStringLiteral("romance-scam")}));
    ReferenceIndex::Filters theft;
    theft.category = QStringLiteral("phishing-and-theft");
    EXPECT_EQ(ids(QString(), theft), QStringList{QStringLiteral("address-poisoning")});
    ReferenceIndex::Filters bitcoinRomance;
    bitcoinRomance.chain = QStringLiteral("bitcoin");
    EXPECT_EQ(ids(QStringLiteral("love"), bitcoinRomance), QStringList{QStringLiteral("romance-scam")});
    bitcoinRomance.victimProfile = QStringLiteral("crypto-holders");
    EXPECT_TRUE(ids(QStringLiteral("love"), bitcoinRomance).isEmpty());
}

TEST_F(Search, TheIndexIsRebuiltOnlyWhenTheFilesChange)
{
    bool reindexed = true;
    QString error;
    ASSERT_TRUE(index->update(library, &reindexed, &error));
    EXPECT_FALSE(reindexed) << "same files, same index";
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    index.reset();
    index = ReferenceIndex::open(path, &error);
    ASSERT_TRUE(index);
    EXPECT_EQ(index->entryCount(), 3);
    ASSERT_TRUE(index->update(library, &reindexed, &error));
    EXPECT_FALSE(reindexed) << "kept across restarts";
    ReferenceLibrary changed = library;
    changed.patterns.removeLast();
    changed.fingerprint = "changed";
    ASSERT_TRUE(index->update(changed, &reindexed, &error));
    EXPECT_TRUE(reindexed);
    EXPECT_EQ(index->entryCount(), 2);
}

TEST_F(Search, ADamagedIndexFileIsRebuiltNotFatal)
{
    const QString path = dir.filePath(QStringLiteral("broken-index.sqlite"));
    cca::test::writeFile(path, "not a database at all");
    QString error;
    auto rebuilt = ReferenceIndex::open(path, &error);
    ASSERT_TRUE(rebuilt) << error.toStdString();
    bool reindexed = false;
    ASSERT_TRUE(rebuilt->update(library, &reindexed, &error));
    EXPECT_TRUE(reindexed);
    EXPECT_EQ(rebuilt->search(QStringLiteral("romance")).value(0).id, QStringLiteral("romance-scam"));
}

// The bounded edit distance (with transpositions) used for typo correction agrees with the plain
// table on every pair, within its bound, whatever its shortcuts.
TEST(SearchText, BoundedEditDistanceAgreesWithTheFullTable)
{
    auto full = [](const QString &a, const QString &b) {
        std::vector<std::vector<int>> d(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
        for (qsizetype i = 0; i <= a.size(); ++i)
            d[size_t(i)][0] = int(i);
        for (qsizetype j = 0; j <= b.size(); ++j)
            d[0][size_t(j)] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i)
            for (qsizetype j = 1; j <= b.size(); ++j) {
                int v = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                  d[size_t(i - 1)][size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
                d[size_t(i)][size_t(j)] = v;
            }
        return d[size_t(a.size())][size_t(b.size())];
    };
    QRandomGenerator rng(5);
    const QString letters = QStringLiteral("abcdeé殺豬");
    auto word = [&](int length) {
        QString w;
        for (int i = 0; i < length; ++i)
            w += letters[rng.bounded(int(letters.size()))];
        return w;
    };
    for (int trial = 0; trial < 5000; ++trial) {
        const QString a = word(rng.bounded(9)), b = word(rng.bounded(9));
        const int maxDistance = 1 + rng.bounded(3);
        const int expected = full(a, b);
        const int got = searchtext::editDistance(a, b, maxDistance);
        if (expected <= maxDistance)
            ASSERT_EQ(got, expected) << a.toStdString() << " / " << b.toStdString();
        else
            ASSERT_GT(got, maxDistance) << a.toStdString() << " / " << b.toStdString();
    }
    EXPECT_EQ(searchtext::editDistance(QStringLiteral("butchring"), QStringLiteral("butchering"), 2), 1);
    EXPECT_EQ(searchtext::editDistance(QStringLiteral("seed"), QStringLiteral("sede"), 1), 1);
    EXPECT_GT(searchtext::editDistance(QString(70, QLatin1Char('a')), QString(70, QLatin1Char('b')), 2), 2) << "beyond the stack rows";
    EXPECT_EQ(searchtext::editDistance(QString(70, QLatin1Char('a')), QString(69, QLatin1Char('a')) + QLatin1Char('b'), 2), 1);
}

// A large reference takes shortcuts for speed: a Chinese phrase of three or more characters is
// found through the pairs of its characters, and a short beginning of a word being typed after
// others is matched in the rows of the finished words, or read as the few words it begins. The
// entries found must be exactly those a plain scan of the texts finds.
TEST(LargeReferenceSearch, ShortcutsFindExactlyWhatTheTextsHold)
{
    const QStringList english = QStringLiteral("kiosk cash casino card scam bank victim wallet police report money transfer").split(QLatin1Char(' '));
    const QString han = QString::fromUtf8("加密貨幣錢包騙徒受害人交易平台");
    QRandomGenerator rng(11);
    QStringList filler;
    for (int i = 0; i < 400; ++i) {
        QString w;
        for (int k = 0; k < 5; ++k)
            w += QStringLiteral("bdfghlmnprstvwz")[rng.bounded(15)] + QString(QStringLiteral("aeiou")[rng.bounded(5)]);
        filler << w;
    }
    ReferenceLibrary library;
    for (int i = 0; i < 150; ++i) {
        Pattern p;
        p.id = QStringLiteral("entry-%1").arg(i);
        p.category = QStringLiteral("fraud");
        // Mostly filler words, so that no word is in most entries (a reference of such words would
        // take the path for common words instead).
        auto words = [&](int n) {
            QStringList out;
            for (int k = 0; k < n; ++k)
                out << (rng.bounded(10) == 0 ? english[rng.bounded(int(english.size()))] : filler[rng.bounded(int(filler.size()))]);
            return out.join(QLatin1Char(' '));
        };
        auto chinese = [&](int n) {
            QString out;
            for (int k = 0; k < n; ++k)
                out += han[rng.bounded(int(han.size()))];
            return out;
        };
        p.name.set(QStringLiteral("en"), words(2));
        p.name.set(QStringLiteral("zh-Hant"), chinese(4));
        p.summary.set(QStringLiteral("en"), words(6));
        p.summary.set(QStringLiteral("zh-Hant"), chinese(12));
        cca::LocalizedText how;
        how.set(QStringLiteral("en"), words(60));
        how.set(QStringLiteral("zh-Hant"), chinese(40));
        p.howItWorks << how;
        library.patterns << p;
    }
    library.fingerprint = "large-reference-test";
    QTemporaryDir dir;
    QString error;
    auto index = ReferenceIndex::open(dir.filePath(QStringLiteral("index.sqlite")), &error);
    ASSERT_TRUE(index) << error.toStdString();
    bool reindexed = false;
    ASSERT_TRUE(index->update(library, &reindexed, &error)) << error.toStdString();

    auto found = [&](const QString &query) {
        QSet<QString> out;
        for (const ReferenceIndex::Hit &h : index->search(query, {}, 1000))
            out.insert(h.id);
        return out;
    };
    auto texts = [](const Pattern &p, const QString &lang) {
        return QStringList{p.name.text(lang), p.summary.text(lang), p.howItWorks.first().text(lang)}.join(QLatin1Char(' '));
    };
    // English: "kiosk" and a word beginning with the prefix, in the same language's texts.
    for (const QString &prefix : {QStringLiteral("ca"), QStringLiteral("cas"), QStringLiteral("car")}) {
        QSet<QString> expected;
        for (const Pattern &p : std::as_const(library.patterns)) {
            const QStringList words = texts(p, QStringLiteral("en")).split(QLatin1Char(' '));
            if (words.contains(QStringLiteral("kiosk"))
                && std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return w.startsWith(prefix); }))
                expected.insert(p.id);
        }
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(found(QStringLiteral("kiosk ") + prefix), expected) << prefix.toStdString();
    }
    // Chinese: the whole phrase in a row's texts; and when nothing has it, rows with its pairs.
    for (const QString &phrase : {QString::fromUtf8("加密貨"), QString::fromUtf8("錢包騙")}) {
        QSet<QString> expected;
        for (const Pattern &p : std::as_const(library.patterns))
            if (texts(p, QStringLiteral("zh-Hant")).contains(phrase))
                expected.insert(p.id);
        ASSERT_FALSE(expected.isEmpty()) << phrase.toStdString();
        EXPECT_EQ(found(phrase), expected) << phrase.toStdString();
    }
    const QList<ReferenceIndex::Hit> loose = index->search(QString::fromUtf8("加密貨幣錢包騙徒受害人"), {}, 5);
    ASSERT_FALSE(loose.isEmpty()) << "rows with most of the phrase's pairs";
    EXPECT_TRUE(loose.first().fuzzy);
}
