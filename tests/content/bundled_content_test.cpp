// The bundled content must always be valid and complete in English and Traditional Chinese.
#include "content/catalog.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace cca;

TEST(BundledContent, EveryModuleIsValid)
{
    const content::Catalog catalog = content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
    ASSERT_FALSE(catalog.modules().isEmpty());
    for (const content::ModulePackage &m : catalog.modules())
        for (const Diagnostic &d : m.errors)
            ADD_FAILURE() << d.toString().toStdString();
}

TEST(BundledContent, CryptoBasicsIsCompleteInBothLanguages)
{
    const content::Catalog catalog = content::Catalog::load({test::sourcePath(QStringLiteral("content"))}, QString());
    const content::ModulePackage *m = catalog.find(QStringLiteral("crypto-basics"));
    ASSERT_NE(m, nullptr);
    EXPECT_GE(m->lessons.size(), 5);
    EXPECT_GE(m->questionCount(), 8);
    EXPECT_TRUE(m->languages().contains(QStringLiteral("zh-Hant")));
    EXPECT_FALSE(m->sources.isEmpty());
    bool audio = false;
    for (const content::Lesson &l : m->lessons) {
        EXPECT_TRUE(l.title.has(QStringLiteral("zh-Hant"))) << l.id.toStdString();
        EXPECT_TRUE(l.file.has(QStringLiteral("zh-Hant"))) << l.id.toStdString();
        for (const content::MediaItem &media : l.media) {
            audio = audio || media.kind == QLatin1String("audio");
            EXPECT_TRUE(QFileInfo(m->absolutePath(media.transcript.text(QStringLiteral("en")))).isFile());
        }
    }
    EXPECT_TRUE(audio) << "crypto-basics needs a narrated audio clip";
    for (const content::Question &q : m->assessments.first().questions) {
        EXPECT_TRUE(q.text.has(QStringLiteral("zh-Hant"))) << q.id.toStdString();
        for (const content::ChoiceOption &o : q.options)
            EXPECT_TRUE(o.text.has(QStringLiteral("zh-Hant"))) << q.id.toStdString() << "/" << o.id.toStdString();
    }
}
