#include "core/settings/AppSettings.h"

#include "core/BuildInfo.h"
#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettings, "invitedesk.settings", QtInfoMsg)

namespace invitedesk {

namespace {
const QString kOrganization = QStringLiteral("InviteDesk");
const QString kApplication = QStringLiteral("invitedesk");
// The policy's own name on Linux: /etc/xdg/InviteDesk/InviteDesk.conf (beside the system-wide
// defaults in invitedesk.conf), found through XDG_CONFIG_DIRS like them.
const QString kPolicyApplication = QStringLiteral("InviteDesk");

// IT's managed layer on this platform, or null when this machine has none.
std::unique_ptr<QSettings> openPolicy()
{
#if defined(Q_OS_WIN)
    return std::make_unique<QSettings>(
        QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\InviteDesk\\InviteDesk"),
        QSettings::NativeFormat);
#elif defined(Q_OS_DARWIN)
    // A configuration profile's payload for the domain, per user first, then per computer.
    const QString name = BuildInfo::appId() + QStringLiteral(".plist");
    const QString user = qEnvironmentVariable("USER");
    for (const QString& path :
         {QStringLiteral("/Library/Managed Preferences/%1/%2").arg(user, name),
          QStringLiteral("/Library/Managed Preferences/%1").arg(name)}) {
        if (!user.isEmpty() && QFileInfo::exists(path))
            return std::make_unique<QSettings>(path, QSettings::NativeFormat);
    }
    return nullptr;
#else
    auto policy = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                              kOrganization, kPolicyApplication);
    policy->setFallbacksEnabled(false);
    return policy;
#endif
}
const QString kStatePrefix = QStringLiteral("state/");

bool looksSecret(const QString& key)
{
    return key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           key.contains(QLatin1String("secret"), Qt::CaseInsensitive);
}
} // namespace

AppSettings::AppSettings()
{
    m_user = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                         kOrganization, kApplication);
    // QSettings would otherwise read the system file through the user object, which hides
    // where a value came from.
    m_user->setFallbacksEnabled(false);
    m_system = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                           kOrganization, kApplication);
    m_system->setFallbacksEnabled(false);
    m_policy = openPolicy();
    m_environment = QProcessEnvironment::systemEnvironment();
    tightenUserFile();
}

AppSettings::AppSettings(std::unique_ptr<QSettings> user, std::unique_ptr<QSettings> system,
                         QProcessEnvironment environment, std::unique_ptr<QSettings> policy)
    : m_user(std::move(user)), m_system(std::move(system)), m_policy(std::move(policy)),
      m_environment(std::move(environment))
{
    if (m_user)
        m_user->setFallbacksEnabled(false);
    if (m_system)
        m_system->setFallbacksEnabled(false);
    tightenUserFile();
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::raw(SettingSource source, const char* key, const char* env) const
{
    const QString name = QString::fromLatin1(key);
    switch (source) {
    case SettingSource::Policy:
        return m_policy ? m_policy->value(name) : QVariant();
    case SettingSource::CommandLine:
        return m_commandLine.value(name);
    case SettingSource::Environment:
        if (env && m_environment.contains(QString::fromLatin1(env)))
            return m_environment.value(QString::fromLatin1(env));
        return {};
    case SettingSource::User:
        return m_user ? m_user->value(name) : QVariant();
    case SettingSource::System:
        return m_system ? m_system->value(name) : QVariant();
    case SettingSource::Default:
        return {};
    }
    return {};
}

QStringList AppSettings::lockedKeys() const
{
    if (!m_policy)
        return {};
    QStringList keys;
    for (const QString& key : m_policy->allKeys()) {
        if (convert<QString>(m_policy->value(key)))
            keys << key;
    }
    keys.sort();
    return keys;
}

QString AppSettings::policyLocation() const
{
    if (!m_policy)
        return {};
#if defined(Q_OS_WIN)
    if (m_policy->format() == QSettings::NativeFormat)
        return QStringLiteral("HKLM\\SOFTWARE\\Policies\\InviteDesk\\InviteDesk");
#endif
    return QDir::toNativeSeparators(m_policy->fileName());
}

QString AppSettings::userFilePath() const
{
    if (!m_user)
        return {};
        // The registry (Windows) and CFPreferences (Apple) are no files of ours.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const bool isFile = true;
#else
    const bool isFile = m_user->format() == QSettings::IniFormat;
#endif
    const QString path = m_user->fileName();
    return isFile && QFileInfo(path).isAbsolute() ? path : QString();
}

void AppSettings::tightenUserFile()
{
    const QString path = userFilePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    PrivateFiles::tightenFolder(QFileInfo(path).absolutePath());
    if (!PrivateFiles::tightenFile(path))
        qCWarning(lcSettings) << "cannot make the settings file private (0600):" << path;
}

void AppSettings::writeUser(const QString& key, const QVariant& value)
{
    if (looksSecret(key)) {
        qCWarning(lcSettings) << "refusing to write a secret-looking key to the settings file:"
                              << key;
        return;
    }
    // QSettings keeps the mode of the file it rewrites, and makes a new one 0666 less the
    // umask: the file is there, private (and in a private folder), before it first writes.
    if (const QString path = userFilePath(); !path.isEmpty() && !m_privateFileReady) {
        if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), true) ||
            !PrivateFiles::ensureFile(path))
            qCWarning(lcSettings) << "cannot make the settings file private (0600):" << path;
        m_privateFileReady = true;
    }
    m_user->setValue(key, value);
}

QVariant AppSettings::state(const QString& key, const QVariant& fallback) const
{
    return m_user->value(kStatePrefix + key, fallback);
}

void AppSettings::setState(const QString& key, const QVariant& value)
{
    writeUser(kStatePrefix + key, value);
}

void AppSettings::removeState(const QString& key)
{
    m_user->remove(kStatePrefix + key);
}

void AppSettings::sync()
{
    m_user->sync();
}

QString AppSettings::userFileName() const
{
    return m_user ? m_user->fileName() : QString();
}

QString AppSettings::systemFileName() const
{
    return m_system ? m_system->fileName() : QString();
}

template <> std::optional<QString> AppSettings::convert<QString>(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return std::nullopt;
    return s;
}

template <> std::optional<int> AppSettings::convert<int>(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    bool ok = false;
    const int i =
        v.typeId() == QMetaType::QString ? v.toString().trimmed().toInt(&ok) : v.toInt(&ok);
    if (!ok) {
        qCWarning(lcSettings) << "ignoring a setting that is not a whole number:" << v;
        return std::nullopt;
    }
    return i;
}

template <> std::optional<bool> AppSettings::convert<bool>(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"),
                                    QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"),
                                   QStringLiteral("no"), QStringLiteral("off")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    if (!s.isEmpty())
        qCWarning(lcSettings) << "ignoring a setting that is not true/false:" << v;
    return std::nullopt;
}

} // namespace invitedesk
