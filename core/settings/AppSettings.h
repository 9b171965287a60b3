#pragma once

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace invitedesk {

// Where a setting's effective value came from, strongest first in the precedence order
// policy > command line > environment > user settings > system-wide file > default. Policy
// is the managed layer IT locks keys with (issue 17, item 5; docs/managed-settings.md).
enum class SettingSource { Policy, CommandLine, Environment, User, System, Default };

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
// (/etc/xdg/InviteDesk/invitedesk.conf, HKLM\SOFTWARE\InviteDesk, /Library/Preferences), whose
// values are defaults a user may change. The policy is the managed layer: every key it sets is
// locked, and nothing (user file, environment, command line) overrides it. It lives in
// HKLM\SOFTWARE\Policies\InviteDesk\InviteDesk (Windows: the ADMX templates and the MSI's
// properties write there), the managed preferences of com.invitedesk.InviteDesk (macOS: a
// configuration profile) and /etc/xdg/InviteDesk/InviteDesk.conf (Linux and other Unix).
// Passwords are never stored here: they go to the SecretStore.
class AppSettings {
public:
    // The standard per-user and system-wide locations and the process environment.
    AppSettings();
    // Explicit files and environment (tests); `policy`, when given, is a managed layer whose
    // every key is locked.
    AppSettings(std::unique_ptr<QSettings> user, std::unique_ptr<QSettings> system,
                QProcessEnvironment environment, std::unique_ptr<QSettings> policy = nullptr);
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

    // Whether IT's policy sets this setting: its value then comes from there, whatever the
    // user's file, the environment or the command line say.
    template <typename T> bool isLocked(const Setting<T>& setting) const
    {
        return source(setting) == SettingSource::Policy;
    }
    // Every key the policy sets (with a value), sorted; and where that policy lives.
    QStringList lockedKeys() const;
    QString policyLocation() const;

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
    static constexpr SettingSource kOrder[] = {SettingSource::Policy, SettingSource::CommandLine,
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
    std::unique_ptr<QSettings> m_policy; // every key locked; null without one
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
