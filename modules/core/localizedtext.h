#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cca {

// A text in several languages, keyed by content language tag ("en", "zh-Hant", ...).
// English is the source; any other language falls back to English when missing.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    QString text(const QString &language) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

    bool operator==(const LocalizedText &) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace cca
