#pragma once

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace invitedesk {

// Where a setting's effective value came from, strongest first in the precedence order
// command line > environment > user settings > system-wide file > default.
enum class SettingSource { CommandLine, Environment, User, System, Default };

// One typed setting: its key in the settings files, its environment variable (or nullptr)
// and its default. The keys themselves are listed in core/settings/SettingKeys.h.
template <typename T> struct Setting {
    const char* key;
    const char* env;
    T (*fallback)();
};

// The application's settings with one precedence rule for every key. User settings are the
// per-user QSettings file (~/.config/InviteDesk/invitedesk.conf, the registry under HKCU,
// ~/Library/Preferences); the system-wide file is the one IT deploys
// (/etc/xdg/InviteDesk/invitedesk.conf, HKLM, /Library/Preferences). Passwords are never
// stored here: they go to the SecretStore.
class AppSettings {
public:
    // The standard per-user and system-wide locations and the process environment.
    AppSettings();
    // Explicit files and environment (tests).
    AppSettings(std::unique_ptr<QSettings> user, std::unique_ptr<QSettings> system,
                QProcessEnvironment environment);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    template <typename T> T value(const Setting<T>& setting) const
    {
        for (SettingSource source : kOrder) {
            if (auto v = convert<T>(raw(source, setting.key, setting.env)))
                return *v;
        }
        return setting.fallback();
    }

    template <typename T> SettingSource source(const Setting<T>& setting) const
    {
        for (SettingSource source : kOrder) {
            if (convert<T>(raw(source, setting.key, setting.env)))
                return source;
        }
        return SettingSource::Default;
    }

    // The value the user file would give if nothing stronger overrode it (what a settings
    // dialog edits).
    template <typename T> T userOrBelow(const Setting<T>& setting) const
    {
        for (SettingSource source : {SettingSource::User, SettingSource::System}) {
            if (auto v = convert<T>(raw(source, setting.key, setting.env)))
                return *v;
        }
        return setting.fallback();
    }

    template <typename T> void setCommandLine(const Setting<T>& setting, const T& value)
    {
        m_commandLine.insert(QString::fromLatin1(setting.key), QVariant::fromValue(value));
    }
    template <typename T> void setUserValue(const Setting<T>& setting, const T& value)
    {
        writeUser(QString::fromLatin1(setting.key), QVariant::fromValue(value));
    }
    template <typename T> void resetUserValue(const Setting<T>& setting)
    {
        m_user->remove(QString::fromLatin1(setting.key));
    }

    // The environment variable overriding a setting, for messages such as "set by
    // INVITEDESK_DATABASE_URL". Empty when the setting has none.
    template <typename T> static QString environmentName(const Setting<T>& setting)
    {
        return setting.env ? QString::fromLatin1(setting.env) : QString();
    }

    // Window state (geometry, column layout, remembered e-mail): per user only, no
    // precedence. Keys under "state/".
    QVariant state(const QString& key, const QVariant& fallback = {}) const;
    void setState(const QString& key, const QVariant& value);
    void removeState(const QString& key);

    // The environment the settings read (secrets that are never settings, such as
    // INVITEDESK_MAIL_PASSWORD, come from it too).
    const QProcessEnvironment& environment() const { return m_environment; }

    void sync();
    QString userFileName() const;
    QString systemFileName() const;

private:
    static constexpr SettingSource kOrder[] = {SettingSource::CommandLine,
                                               SettingSource::Environment, SettingSource::User,
                                               SettingSource::System};

    QVariant raw(SettingSource source, const char* key, const char* env) const;
    void writeUser(const QString& key, const QVariant& value);
    // The user settings file when it is a file of ours (not the registry), else empty; it and
    // its folder are private to the user (0600 and 0700), tightened when the settings open.
    QString userFilePath() const;
    void tightenUserFile();

    template <typename T> static std::optional<T> convert(const QVariant& v);

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    QProcessEnvironment m_environment;
    QVariantHash m_commandLine;
    bool m_privateFileReady = false;
};

// Conversions from what a settings file or an environment variable holds (often text) to
// the setting's type; nullopt for "absent or unusable", which falls through to the next
// source.
template <> std::optional<QString> AppSettings::convert<QString>(const QVariant& v);
template <> std::optional<int> AppSettings::convert<int>(const QVariant& v);
template <> std::optional<bool> AppSettings::convert<bool>(const QVariant& v);

} // namespace invitedesk
