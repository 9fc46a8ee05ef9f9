#include "questionimport/xmlelement.h"

#include <QXmlStreamReader>

namespace cca::questionimport {

bool XmlElement::read(QXmlStreamReader &reader, XmlElement *element, int maxDepth, bool *tooDeep)
{
    element->name = reader.name().toString();
    element->line = int(reader.lineNumber());
    for (const QXmlStreamAttribute &a : reader.attributes())
        element->attributes.insert(a.name().toString(), a.value().toString());
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (maxDepth <= 0) {
                *tooDeep = true;
                return false;
            }
            XmlElement child;
            if (!read(reader, &child, maxDepth - 1, tooDeep))
                return false;
            element->children << std::move(child);
            break;
        }
        case QXmlStreamReader::Characters:
            element->text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

QList<const XmlElement *> XmlElement::all(const QString &childName) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : children)
        if (c.name == childName)
            out << &c;
    return out;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->text.trimmed() : QString();
}

QString XmlElement::textOf(const QString &childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->childText(QStringLiteral("text")) : QString();
}

QString XmlElement::attribute(const QString &attributeName, const QString &fallback) const
{
    return attributes.value(attributeName, fallback);
}

} // namespace cca::questionimport
