#pragma once

#include <QByteArray>
#include <QChar>
#include <QLatin1Char>
#include <QString>

// The rest of a JSON string after its opening quote, exactly as cca::parseJson reads it: escapes
// decoded, runs of bytes converted from UTF-8 between them, a line break, control character, end
// of input or unknown escape reported with the reader's own fail(). Shared by the whole-file reader
// (core/jsonreader.cpp) and the streaming reader of big tracing cases (tracing/jsonstream.cpp), so
// both give the same text and the same messages. `Reader` provides atEnd(), peek() (the current
// byte), advance(), parseHex4() and a [[noreturn]] fail(QString). `raw` holds bytes already read.
namespace cca::detail {

template<typename Reader>
QString readJsonStringBody(Reader &r, QByteArray raw = {})
{
    QString out;
    auto flush = [&] {
        out += QString::fromUtf8(raw);
        raw.clear();
    };
    for (;;) {
        if (r.atEnd())
            r.fail(QStringLiteral("unexpected end of file inside text (missing closing quote?)"));
        const char c = r.peek();
        if (c == '"') {
            r.advance();
            break;
        }
        if (c == '\n')
            r.fail(QStringLiteral("line break inside text (missing closing quote? write \\n for a new line)"));
        if (static_cast<unsigned char>(c) < 0x20)
            r.fail(QStringLiteral("control character inside text"));
        if (c == '\\') {
            r.advance();
            const char e = r.peek();
            if (r.atEnd())
                r.fail(QStringLiteral("unexpected end of file inside text"));
            flush();
            switch (e) {
            case '"': out += QLatin1Char('"'); r.advance(); break;
            case '\\': out += QLatin1Char('\\'); r.advance(); break;
            case '/': out += QLatin1Char('/'); r.advance(); break;
            case 'b': out += QChar(0x08); r.advance(); break;
            case 'f': out += QChar(0x0C); r.advance(); break;
            case 'n': out += QLatin1Char('\n'); r.advance(); break;
            case 'r': out += QLatin1Char('\r'); r.advance(); break;
            case 't': out += QLatin1Char('\t'); r.advance(); break;
            case 'u': r.advance(); out += QChar(r.parseHex4()); break;
            default: r.fail(QStringLiteral("unknown escape '\\%1' in text").arg(QLatin1Char(e)));
            }
            continue;
        }
        raw += c;
        r.advance();
    }
    flush();
    return out;
}

} // namespace cca::detail
