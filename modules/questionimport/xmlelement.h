#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace cca::questionimport {

// A small read-only element tree: enough of a Moodle <question> to look things up by name.
class XmlElement
{
public:
    QString name;
    QHash<QString, QString> attributes;
    QString text; // the element's own character data (CDATA included), not its children's
    QList<XmlElement> children;
    int line = 0;

    // Reads the element whose start tag the reader is on, up to its end tag. False when the XML is
    // not well-formed or nests deeper than maxDepth (the reader then has the error, or *tooDeep is set).
    static bool read(QXmlStreamReader &reader, XmlElement *element, int maxDepth, bool *tooDeep);

    const XmlElement *child(const QString &childName) const; // the first one, or nullptr
    QList<const XmlElement *> all(const QString &childName) const;
    QString childText(const QString &childName) const;      // <childName>text</childName>, trimmed
    QString textOf(const QString &childName) const;         // <childName><text>...</text></childName>
    QString attribute(const QString &attributeName, const QString &fallback = {}) const;
};

} // namespace cca::questionimport
