#include "questionimport/htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cca::questionimport {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table{
        {QStringLiteral("amp"), U'&'},       {QStringLiteral("lt"), U'<'},        {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},      {QStringLiteral("apos"), U'\''},     {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("copy"), 0xA9},      {QStringLiteral("reg"), 0xAE},       {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("deg"), 0xB0},       {QStringLiteral("plusmn"), 0xB1},    {QStringLiteral("times"), 0xD7},
        {QStringLiteral("divide"), 0xF7},    {QStringLiteral("micro"), 0xB5},     {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("para"), 0xB6},      {QStringLiteral("sect"), 0xA7},      {QStringLiteral("laquo"), 0xAB},
        {QStringLiteral("raquo"), 0xBB},     {QStringLiteral("euro"), 0x20AC},    {QStringLiteral("pound"), 0xA3},
        {QStringLiteral("yen"), 0xA5},       {QStringLiteral("cent"), 0xA2},      {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("ndash"), 0x2013},   {QStringLiteral("mdash"), 0x2014},   {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},   {QStringLiteral("ldquo"), 0x201C},   {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("bull"), 0x2022},    {QStringLiteral("larr"), 0x2190},    {QStringLiteral("rarr"), 0x2192},
        {QStringLiteral("uarr"), 0x2191},    {QStringLiteral("darr"), 0x2193},    {QStringLiteral("harr"), 0x2194},
        {QStringLiteral("le"), 0x2264},      {QStringLiteral("ge"), 0x2265},      {QStringLiteral("ne"), 0x2260},
        {QStringLiteral("asymp"), 0x2248},   {QStringLiteral("infin"), 0x221E},   {QStringLiteral("minus"), 0x2212},
        {QStringLiteral("frac12"), 0xBD},    {QStringLiteral("frac14"), 0xBC},    {QStringLiteral("frac34"), 0xBE},
        {QStringLiteral("sup2"), 0xB2},      {QStringLiteral("sup3"), 0xB3},      {QStringLiteral("iexcl"), 0xA1},
        {QStringLiteral("iquest"), 0xBF},    {QStringLiteral("szlig"), 0xDF},     {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("alpha"), 0x3B1},    {QStringLiteral("beta"), 0x3B2},     {QStringLiteral("pi"), 0x3C0},
        {QStringLiteral("mu"), 0x3BC},       {QStringLiteral("sigma"), 0x3C3},    {QStringLiteral("Delta"), 0x394},
        {QStringLiteral("agrave"), 0xE0},    {QStringLiteral("aacute"), 0xE1},    {QStringLiteral("acirc"), 0xE2},
        {QStringLiteral("atilde"), 0xE3},    {QStringLiteral("auml"), 0xE4},      {QStringLiteral("aring"), 0xE5},
        {QStringLiteral("ccedil"), 0xE7},    {QStringLiteral("egrave"), 0xE8},    {QStringLiteral("eacute"), 0xE9},
        {QStringLiteral("ecirc"), 0xEA},     {QStringLiteral("euml"), 0xEB},      {QStringLiteral("igrave"), 0xEC},
        {QStringLiteral("iacute"), 0xED},    {QStringLiteral("icirc"), 0xEE},     {QStringLiteral("iuml"), 0xEF},
        {QStringLiteral("ntilde"), 0xF1},    {QStringLiteral("ograve"), 0xF2},    {QStringLiteral("oacute"), 0xF3},
        {QStringLiteral("ocirc"), 0xF4},     {QStringLiteral("otilde"), 0xF5},    {QStringLiteral("ouml"), 0xF6},
        {QStringLiteral("oslash"), 0xF8},    {QStringLiteral("ugrave"), 0xF9},    {QStringLiteral("uacute"), 0xFA},
        {QStringLiteral("ucirc"), 0xFB},     {QStringLiteral("uuml"), 0xFC},      {QStringLiteral("yacute"), 0xFD},
        {QStringLiteral("Agrave"), 0xC0},    {QStringLiteral("Aacute"), 0xC1},    {QStringLiteral("Auml"), 0xC4},
        {QStringLiteral("Ccedil"), 0xC7},    {QStringLiteral("Eacute"), 0xC9},    {QStringLiteral("Egrave"), 0xC8},
        {QStringLiteral("Ntilde"), 0xD1},    {QStringLiteral("Oacute"), 0xD3},    {QStringLiteral("Ouml"), 0xD6},
        {QStringLiteral("Uacute"), 0xDA},    {QStringLiteral("Uuml"), 0xDC},      {QStringLiteral("OElig"), 0x152},
        {QStringLiteral("oelig"), 0x153},
    };
    return table;
}

// Elements that end a paragraph (a blank line before and after).
const QSet<QString> &paragraphElements()
{
    static const QSet<QString> set{QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("h1"), QStringLiteral("h2"),
                                   QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
                                   QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("ul"), QStringLiteral("ol"),
                                   QStringLiteral("pre"), QStringLiteral("hr"), QStringLiteral("section"), QStringLiteral("article"),
                                   QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("figure"), QStringLiteral("dl"),
                                   QStringLiteral("address"), QStringLiteral("fieldset")};
    return set;
}

// Elements that start a new line.
const QSet<QString> &lineElements()
{
    static const QSet<QString> set{QStringLiteral("tr"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("figcaption"),
                                   QStringLiteral("caption")};
    return set;
}

// Elements whose content is no text at all.
const QSet<QString> &skippedElements()
{
    static const QSet<QString> set{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("head"), QStringLiteral("title"),
                                   QStringLiteral("noscript"), QStringLiteral("template")};
    return set;
}

// Embedded things that have no plain-text form.
const QHash<QString, QString> &mediaElements()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("img"), QStringLiteral("image")},   {QStringLiteral("video"), QStringLiteral("video")},
        {QStringLiteral("audio"), QStringLiteral("audio")}, {QStringLiteral("iframe"), QStringLiteral("embedded frame")},
        {QStringLiteral("object"), QStringLiteral("embedded object")}, {QStringLiteral("embed"), QStringLiteral("embedded object")},
        {QStringLiteral("svg"), QStringLiteral("inline SVG drawing")}, {QStringLiteral("math"), QStringLiteral("MathML formula")},
        {QStringLiteral("canvas"), QStringLiteral("canvas")}};
    return table;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    QString attributes;
};

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\s)%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))").arg(name),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(attributes);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i)
        if (m.capturedStart(i) >= 0)
            return HtmlText::decodeEntities(m.captured(i)).trimmed();
    return {};
}

// Builds the text: collapses white space like a browser, keeps the line structure.
class PlainWriter
{
public:
    QString text;
    bool preformatted = false;

    void appendText(const QString &s)
    {
        for (const QChar c : s) {
            if (!preformatted && c.isSpace() && c != QChar(0xA0)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !text.isEmpty() && !text.endsWith(QLatin1Char('\n')) && !text.endsWith(QLatin1Char(' ')))
                text += QLatin1Char(' ');
            m_pendingSpace = false;
            text += c;
        }
    }
    void lineBreak()
    {
        trimTrailingSpaces();
        text += QLatin1Char('\n');
        m_pendingSpace = false;
    }
    void newLine() // a line break unless already at the start of a line
    {
        trimTrailingSpaces();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_pendingSpace = false;
    }
    void paragraphBreak()
    {
        newLine();
        if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text += QLatin1Char('\n');
    }
    void space() { m_pendingSpace = true; }
    void flushSpace() // writes a pending space now (before a position is remembered)
    {
        if (m_pendingSpace && !text.isEmpty() && !text.endsWith(QLatin1Char('\n')) && !text.endsWith(QLatin1Char(' ')))
            text += QLatin1Char(' ');
        m_pendingSpace = false;
    }

private:
    bool m_pendingSpace = false;

    void trimTrailingSpaces()
    {
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
    }
};

QString tidy(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line.replace(QChar(0xA0), QLatin1Char(' '));
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
            line.chop(1);
    }
    QString joined = lines.join(QLatin1Char('\n'));
    static const QRegularExpression manyBreaks(QStringLiteral("\n{3,}"));
    joined.replace(manyBreaks, QStringLiteral("\n\n"));
    return joined.trimmed();
}

// Reads the tag starting at html[start] == '<'. Returns the index after '>' or -1 when it is no tag.
qsizetype readTag(const QString &html, qsizetype start, Tag *tag)
{
    qsizetype i = start + 1;
    const qsizetype n = html.size();
    if (i < n && html[i] == QLatin1Char('/')) {
        tag->closing = true;
        ++i;
    }
    if (i >= n || !html[i].isLetter())
        return -1;
    const qsizetype nameStart = i;
    while (i < n && (html[i].isLetterOrNumber() || html[i] == QLatin1Char('-') || html[i] == QLatin1Char(':')))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    const qsizetype attributesStart = i;
    QChar quote;
    for (; i < n; ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            tag->attributes = html.mid(attributesStart, i - attributesStart);
            return i + 1;
        }
    }
    return -1;
}

} // namespace

QString HtmlText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += text[i];
            continue;
        }
        const QString name = text.mid(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                code = value;
        } else {
            code = namedEntities().value(name, 0);
        }
        if (code == 0) {
            out += text[i];
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semicolon;
    }
    return out;
}

bool HtmlText::looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>|&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+[0-9]*);"));
    return tag.match(text).hasMatch();
}

QString HtmlText::toPlainText(const QString &html, QStringList *lost)
{
    PlainWriter w;
    QStringList links; // href of each open <a>, empty when not kept
    QList<qsizetype> linkStarts;
    const qsizetype n = html.size();
    qsizetype i = 0;
    auto note = [lost](const QString &what) {
        if (lost && !lost->contains(what))
            lost->append(what);
    };
    while (i < n) {
        const QChar c = html[i];
        if (c == QLatin1Char('<') && html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (c == QLatin1Char('<') && i + 1 < n && (html[i + 1] == QLatin1Char('!') || html[i + 1] == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        Tag tag;
        const qsizetype after = c == QLatin1Char('<') ? readTag(html, i, &tag) : -1;
        if (after < 0) {
            if (c == QLatin1Char('&')) {
                const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i);
                const qsizetype end = semicolon >= 0 && semicolon - i <= 12 ? semicolon + 1 : i + 1;
                w.appendText(decodeEntities(html.mid(i, end - i)));
                i = end;
            } else {
                w.appendText(QString(c));
                ++i;
            }
            continue;
        }
        i = after;
        const QString &name = tag.name;
        if (skippedElements().contains(name) && !tag.closing) {
            const QRegularExpression close(QStringLiteral("</\\s*%1\\s*>").arg(name), QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = close.match(html, i);
            i = m.hasMatch() ? m.capturedEnd() : n;
            continue;
        }
        if (mediaElements().contains(name)) {
            if (tag.closing)
                continue;
            const QString src = attribute(tag.attributes, QStringLiteral("src"));
            QString what = mediaElements().value(name);
            if (!src.isEmpty())
                what += QStringLiteral(" '%1'").arg(src.section(QLatin1Char('/'), -1));
            note(what);
            const QString alt = attribute(tag.attributes, QStringLiteral("alt"));
            if (!alt.isEmpty())
                w.appendText(QStringLiteral("[%1]").arg(alt));
            if (name == QLatin1String("svg") || name == QLatin1String("math")) {
                const QRegularExpression close(QStringLiteral("</\\s*%1\\s*>").arg(name), QRegularExpression::CaseInsensitiveOption);
                const QRegularExpressionMatch m = close.match(html, i);
                i = m.hasMatch() ? m.capturedEnd() : n;
            }
            continue;
        }
        if (name == QLatin1String("br")) {
            w.lineBreak();
        } else if (name == QLatin1String("li")) {
            w.newLine();
            if (!tag.closing)
                w.text += QStringLiteral("- ");
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.closing && !w.text.isEmpty() && !w.text.endsWith(QLatin1Char('\n')))
                w.appendText(QStringLiteral(" |"));
            w.space();
        } else if (paragraphElements().contains(name)) {
            w.paragraphBreak();
            if (name == QLatin1String("pre"))
                w.preformatted = !tag.closing;
        } else if (lineElements().contains(name)) {
            w.newLine();
        } else if (name == QLatin1String("a")) {
            if (!tag.closing) {
                const QString href = attribute(tag.attributes, QStringLiteral("href"));
                static const QRegularExpression web(QStringLiteral("^(https?:|mailto:)"), QRegularExpression::CaseInsensitiveOption);
                links << (web.match(href).hasMatch() ? href : QString());
                w.flushSpace();
                linkStarts << w.text.size();
            } else if (!links.isEmpty()) {
                const QString href = links.takeLast();
                const qsizetype start = qMin(linkStarts.takeLast(), w.text.size());
                const QString label = w.text.mid(start);
                if (href.isEmpty() || label.trimmed() == href)
                    continue;
                if (label.trimmed().isEmpty()) {
                    w.appendText(href);
                } else {
                    w.text.insert(start, QLatin1Char('['));
                    w.text += QStringLiteral("](%1)").arg(href);
                }
            }
        }
    }
    return tidy(w.text);
}

} // namespace cca::questionimport
