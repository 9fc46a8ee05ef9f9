#pragma once

#include <QSet>
#include <QString>

namespace cca::questionimport {

// Makes ids that match ^[a-z0-9]+(-[a-z0-9]+)*$ and are unique within one maker.
class IdMaker
{
public:
    // ASCII slug of text: accents dropped, lower case, every other run of characters one hyphen,
    // cut at a hyphen to at most maxLength characters. Empty when nothing ASCII is left.
    static QString slugify(const QString &text, int maxLength = 48);

    // slugify(title), or fallback when that is empty; "-2", "-3", ... appended while taken.
    QString make(const QString &title, const QString &fallback);

private:
    QSet<QString> m_used;
};

} // namespace cca::questionimport
