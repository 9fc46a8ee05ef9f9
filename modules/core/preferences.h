#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace cca {

// A typed settings key with its default, in one place (after Tiled's Preference<T>).
template<typename T>
class Preference
{
public:
    Preference(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T get() const
    {
        QSettings settings;
        return settings.value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace Prefs {
inline const Preference<QString> uiLanguage{"ui/language", QString()};      // "" = follow the system
inline const Preference<QString> theme{"ui/theme", QStringLiteral("light")}; // "light" or "dark"
inline const Preference<int> textSize{"ui/textSize", 1};                     // 0 small .. 3 extra large
inline const Preference<QString> lastOfficer{"session/lastOfficer", QString()};
inline const Preference<QString> lastPage{"session/lastPage", QStringLiteral("home")};
inline const Preference<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const Preference<QByteArray> windowState{"window/state", QByteArray()};
inline const Preference<QString> pendingRestore{"backup/pendingRestore", QString()}; // backup to restore at next start
// Where progress is kept, from the next start: "" = this workstation's SQLite file, or a
// postgresql://user@host:port/database address (never with a password in it).
inline const Preference<QString> databaseLocation{"storage/database", QString()};
} // namespace Prefs

} // namespace cca
