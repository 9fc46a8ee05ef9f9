// The reference as shipped: complete, valid in both languages, and found by what officers type.
#include "reference/referenceindex.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

using namespace cca::reference;

namespace {

class Bundled : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // The bundled modules are the folders of content/modules (each folder is named by its id).
        const QStringList modules = QDir(cca::test::sourcePath(QStringLiteral("content/modules"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        library = new ReferenceLibrary(ReferenceLibrary::load(cca::test::sourcePath(QStringLiteral("content/reference")), modules));
        dir = new QTemporaryDir;
        QString error;
        index = ReferenceIndex::open(dir->filePath(QStringLiteral("index.sqlite")), &error).release();
        bool reindexed = false;
        index->update(*library, &reindexed, &error);
    }
    static void TearDownTestSuite()
    {
        delete index;
        delete library;
        delete dir;
    }
    static QString first(const QString &query)
    {
        const auto hits = index->search(query);
        return hits.isEmpty() ? QString() : hits.first().id;
    }
    static ReferenceLibrary *library;
    static ReferenceIndex *index;
    static QTemporaryDir *dir;
};
ReferenceLibrary *Bundled::library = nullptr;
ReferenceIndex *Bundled::index = nullptr;
QTemporaryDir *Bundled::dir = nullptr;

} // namespace

TEST_F(Bundled, EveryPatternTheIssueNamesIsThereAndValidInBothLanguages)
{
    for (const cca::Diagnostic &d : library->errors)
        ADD_FAILURE() << d.toString().toStdString();
    const QStringList required{
        QStringLiteral("pig-butchering"),        QStringLiteral("fake-trading-platform"),   QStringLiteral("ponzi-high-yield"),
        QStringLiteral("romance-scam"),          QStringLiteral("tech-support-impersonation"), QStringLiteral("government-police-impersonation"),
        QStringLiteral("crypto-kiosk-cash-in"),  QStringLiteral("seed-phrase-phishing"),    QStringLiteral("approval-phishing"),
        QStringLiteral("wallet-drainer"),        QStringLiteral("address-poisoning"),       QStringLiteral("clipboard-infostealer"),
        QStringLiteral("sim-swap"),              QStringLiteral("giveaway-doubling"),       QStringLiteral("fake-airdrop-token"),
        QStringLiteral("rug-pull"),              QStringLiteral("pump-and-dump"),           QStringLiteral("fake-ico-presale"),
        QStringLiteral("recovery-scam"),         QStringLiteral("sextortion"),              QStringLiteral("ransomware"),
        QStringLiteral("fake-charity"),          QStringLiteral("task-job-scam"),           QStringLiteral("otc-p2p-cash-trade"),
        QStringLiteral("money-mules"),           QStringLiteral("service-hack-bridge-exploit"), QStringLiteral("darknet-market-payments"),
        QStringLiteral("laundering-sanctions-evasion")};
    EXPECT_GE(library->patterns.size(), 28);
    for (const QString &id : required) {
        const Pattern *p = library->find(id);
        ASSERT_TRUE(p) << id.toStdString();
        EXPECT_FALSE(p->sources.isEmpty()) << id.toStdString();
        EXPECT_GE(p->firstResponse.size(), 3) << id.toStdString();
        EXPECT_TRUE(p->lastReviewed.isValid()) << id.toStdString();
        EXPECT_TRUE(p->name.has(QStringLiteral("zh-Hant"))) << id.toStdString();
    }
    EXPECT_FALSE(library->teachingModule(QStringLiteral("crypto-basics")).isEmpty());
}

TEST_F(Bundled, WhatOfficersTypeFindsTheRightPatternFirst)
{
    EXPECT_EQ(first(QStringLiteral("kill pig")), QStringLiteral("pig-butchering"));
    EXPECT_EQ(first(QString::fromUtf8("殺豬盤")), QStringLiteral("pig-butchering"));
    EXPECT_EQ(first(QStringLiteral("pig butchring")), QStringLiteral("pig-butchering")) << "a typo";
    EXPECT_EQ(first(QStringLiteral("telegram investment")), QStringLiteral("pig-butchering"));
    EXPECT_EQ(first(QStringLiteral("seed phrase")), QStringLiteral("seed-phrase-phishing"));
    EXPECT_EQ(first(QStringLiteral("bitcoin atm")), QStringLiteral("crypto-kiosk-cash-in"));
    EXPECT_EQ(first(QStringLiteral("fake police")), QStringLiteral("government-police-impersonation"));
    EXPECT_EQ(first(QStringLiteral("recovery lawyer")), QStringLiteral("recovery-scam"));
    EXPECT_EQ(first(QString::fromUtf8("裸聊")), QStringLiteral("sextortion"));
    EXPECT_EQ(first(QString::fromUtf8("假冒警察")), QStringLiteral("government-police-impersonation"));
}
