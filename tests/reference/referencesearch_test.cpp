#include "reference/referenceindex.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

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
