// HTML to plain text, text formats and id slugs.
#include "questionimport/htmltext.h"
#include "questionimport/idmaker.h"
#include "questionimport/textformat.h"
#include "support/testutil.h"

#include <gtest/gtest.h>

using namespace cca;
using questionimport::HtmlText;
using questionimport::IdMaker;
using questionimport::TextFormat;

TEST(HtmlText, ParagraphsBreaksAndLists)
{
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<p>One\n   two</p><p>Three<br/>four</p>")), QStringLiteral("One two\n\nThree\nfour"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<ul><li>a</li><li>b <b>bold</b></li></ul>after")), QStringLiteral("- a\n- b bold\n\nafter"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<div>x</div><div>y</div>")), QStringLiteral("x\n\ny"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")),
              QStringLiteral("a | b\nc | d"));
}

TEST(HtmlText, EntitiesNamedNumericAndUnknown)
{
    EXPECT_EQ(HtmlText::decodeEntities(QStringLiteral("a &amp; b &lt;c&gt; &eacute;&#233;&#xE9; &euro; &bogus; & x")),
              QString::fromUtf8("a & b <c> ééé € &bogus; & x"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("a&nbsp;b &quot;q&quot;")), QStringLiteral("a b \"q\""));
    EXPECT_EQ(HtmlText::decodeEntities(QStringLiteral("&#0; &#xD800; &#99999999;")), QStringLiteral("&#0; &#xD800; &#99999999;"));
}

TEST(HtmlText, LinksImagesAndScripts)
{
    QStringList lost;
    const QString text = HtmlText::toPlainText(
        QStringLiteral("See <a href=\"https://example.org\">the site</a>, <a href=\"https://x.org\">https://x.org</a>, "
                       "<a href=\"@@PLUGINFILE@@/a.pdf\">a file</a>.<img src=\"@@PLUGINFILE@@/pic.png\" alt=\"Chart\">"
                       "<script>var x = '<p>';</script><style>p{}</style><!-- note --><video src=\"v.mp4\"></video>"),
        &lost);
    EXPECT_EQ(text, QStringLiteral("See [the site](https://example.org), https://x.org, a file.[Chart]"));
    EXPECT_EQ(lost, (QStringList{QStringLiteral("image 'pic.png'"), QStringLiteral("video 'v.mp4'")}));
}

TEST(HtmlText, PreformattedKeepsSpacesAndBrokenTagsStayText)
{
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("<pre>a  b\n  c</pre>")), QStringLiteral("a  b\n  c"));
    EXPECT_EQ(HtmlText::toPlainText(QStringLiteral("1 < 2 and <b unclosed")), QStringLiteral("1 < 2 and <b unclosed"));
    EXPECT_EQ(HtmlText::toPlainText(QString()), QString());
}

TEST(HtmlText, LooksLikeHtml)
{
    EXPECT_TRUE(HtmlText::looksLikeHtml(QStringLiteral("a <b>b</b>")));
    EXPECT_TRUE(HtmlText::looksLikeHtml(QStringLiteral("x &amp; y")));
    EXPECT_TRUE(HtmlText::looksLikeHtml(QStringLiteral("line<br/>")));
    EXPECT_FALSE(HtmlText::looksLikeHtml(QStringLiteral("1 < 2 > 0 & so on")));
}

TEST(TextFormat, EachFormat)
{
    EXPECT_EQ(TextFormat::toQuestionText(QStringLiteral("**x** <b>"), TextFormat::Markdown), QStringLiteral("**x** <b>"));
    EXPECT_EQ(TextFormat::toQuestionText(QStringLiteral("<b>x</b>"), TextFormat::Plain), QStringLiteral("<b>x</b>"));
    EXPECT_EQ(TextFormat::toQuestionText(QStringLiteral("<p>x</p>\n<p>y</p>"), TextFormat::Html), QStringLiteral("x\n\ny"));
    EXPECT_EQ(TextFormat::toQuestionText(QStringLiteral("a\nb"), TextFormat::Moodle), QStringLiteral("a\nb"));
    EXPECT_EQ(TextFormat::toQuestionText(QStringLiteral("a <i>x</i>\nb"), TextFormat::Moodle), QStringLiteral("a x\nb"));
    EXPECT_EQ(TextFormat::fromMoodleName(QStringLiteral("moodle_auto_format")), TextFormat::Moodle);
    EXPECT_EQ(TextFormat::fromMoodleName(QStringLiteral("plain_text")), TextFormat::Plain);
    EXPECT_EQ(TextFormat::fromGiftName(QStringLiteral("HTML")), TextFormat::Html);
    EXPECT_FALSE(TextFormat::fromGiftName(QStringLiteral("wiki")).has_value());
}

TEST(IdMaker, SlugsAndUniqueness)
{
    EXPECT_EQ(IdMaker::slugify(QStringLiteral("  Crème Brûlée: the *best* one!  ")), QStringLiteral("creme-brulee-the-best-one"));
    EXPECT_EQ(IdMaker::slugify(QStringLiteral("密碼")), QString());
    EXPECT_EQ(IdMaker::slugify(QStringLiteral("Łódź Straße Ærø")), QStringLiteral("lodz-strasse-aero"));
    EXPECT_EQ(IdMaker::slugify(QStringLiteral("Q1 -- 2")), QStringLiteral("q1-2"));
    const QString longSlug = IdMaker::slugify(QStringLiteral("word ").repeated(30));
    EXPECT_LE(longSlug.size(), 48);
    EXPECT_FALSE(longSlug.endsWith(QLatin1Char('-')));
    IdMaker ids;
    EXPECT_EQ(ids.make(QStringLiteral("Same"), QStringLiteral("q-1")), QStringLiteral("same"));
    EXPECT_EQ(ids.make(QStringLiteral("same!"), QStringLiteral("q-2")), QStringLiteral("same-2"));
    EXPECT_EQ(ids.make(QString(), QStringLiteral("q-3")), QStringLiteral("q-3"));
    EXPECT_EQ(ids.make(QStringLiteral("q 3"), QStringLiteral("q-4")), QStringLiteral("q-3-2"));
}
