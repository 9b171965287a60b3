#include "core/services/OrganizationSettings.h"

#include "core/mail/MailAddress.h"
#include "core/services/InvitationValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace invitedesk {

namespace {
const QString kPublicUrl = QStringLiteral("public-url");
const QString kDisplayName = QStringLiteral("display-name");
const QString kBrandColor = QStringLiteral("brand-color");
const QString kLogoUrl = QStringLiteral("logo-url");
const QString kReplyTo = QStringLiteral("reply-to");
const QString kSenderAddress = QStringLiteral("sender-address");
const QString kExpiryDays = QStringLiteral("expiry-days");
const QString kDailyQuota = QStringLiteral("daily-invite-quota");
const QString kReminders = QStringLiteral("reminders");
const QString kReminderAfter = QStringLiteral("reminder-after-days");
const QString kReminderBefore = QStringLiteral("reminder-before-expiry-days");
const QString kIdleLock = QStringLiteral("idle-lock-minutes");
const QString kLanguage = QStringLiteral("default-language");
// The longest idle lock an organisation may choose: a working day.
constexpr int kMaxIdleLockMinutes = 1440;

bool hasControlCharacters(const QString& s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// An absolute http(s) address with a host and no user, query or fragment; trailing
// slashes dropped. Empty on a bad value.
QString webAddress(const QString& text, bool allowQuery)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || text.size() > 2000 || hasControlCharacters(text) ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment() ||
        (!allowQuery && url.hasQuery()))
        return {};
    QString out = url.toString(QUrl::FullyEncoded);
    while (!allowQuery && out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

Result<int> wholeNumber(const QString& key, const QString& text, int low, int high)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < low || n > high)
        return Error::invalid(key,
                              OrganizationSettings::tr("%1 must be a whole number from %2 to %3.")
                                  .arg(key)
                                  .arg(low)
                                  .arg(high));
    return n;
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

const QStringList& OrganizationSettings::keys()
{
    static const QStringList list = {kPublicUrl, kDisplayName,   kBrandColor,     kLogoUrl,
                                     kReplyTo,   kSenderAddress, kExpiryDays,     kDailyQuota,
                                     kReminders, kReminderAfter, kReminderBefore, kIdleLock,
                                     kLanguage};
    return list;
}

bool OrganizationSettings::isKey(const QString& key)
{
    return keys().contains(key);
}

QString OrganizationSettings::help(const QString& key)
{
    if (key == kPublicUrl)
        return tr("base URL of every invitation link, for the whole platform (https://...); "
                  "overrides each desk's own, INVITEDESK_PUBLIC_URL and --public-url; \"\" "
                  "removes it");
    if (key == kDisplayName)
        return tr("name shown in e-mails and on the acceptance page; \"\" uses the "
                  "organisation's name");
    if (key == kBrandColor)
        return tr("colour of e-mails and the acceptance page, #rrggbb; \"\" for the default");
    if (key == kLogoUrl)
        return tr("address of the logo in e-mails (https://...); \"\" for none");
    if (key == kReplyTo)
        return tr("Reply-To of invitation e-mails (addr@host or \"Name <addr@host>\"); \"\" "
                  "for none");
    if (key == kSenderAddress)
        return tr("From of invitation e-mails (addr@host or \"Name <addr@host>\"); \"\" for "
                  "the deployment's default");
    if (key == kExpiryDays)
        return tr("days a new invitation stays open, 1 to 365");
    if (key == kDailyQuota)
        return tr("invitations each inviter (not admins) may create per day, 1 to 100000; "
                  "\"\" or off for no limit");
    if (key == kReminders)
        return tr("whether open invitations get reminder e-mails: on or off");
    if (key == kReminderAfter)
        return tr("days after sending for the first reminder, 1 to 365");
    if (key == kReminderBefore)
        return tr("days before expiry for the last reminder, 1 to 365");
    if (key == kIdleLock)
        return tr("minutes without input after which the desk locks and asks for the password "
                  "again, 1 to 1440; 0 or off never locks (default 15)");
    if (key == kLanguage)
        return tr("language of invitation e-mails when the inviter picks none, en or es; \"\" "
                  "for the deployment's default");
    return {};
}

QString OrganizationSettings::value(const QString& key) const
{
    const Organization& o = organization;
    if (key == kPublicUrl)
        return publicUrl;
    if (key == kDisplayName)
        return o.displayName;
    if (key == kBrandColor)
        return o.brandColor;
    if (key == kLogoUrl)
        return o.logoUrl;
    if (key == kReplyTo)
        return o.replyTo;
    if (key == kSenderAddress)
        return o.senderAddress;
    if (key == kExpiryDays)
        return QString::number(o.expiryDays);
    if (key == kDailyQuota)
        return o.dailyInviteQuota ? QString::number(*o.dailyInviteQuota) : QString();
    if (key == kReminders)
        return o.remindersEnabled ? QStringLiteral("on") : QStringLiteral("off");
    if (key == kReminderAfter)
        return QString::number(o.reminderAfterDays);
    if (key == kReminderBefore)
        return QString::number(o.reminderBeforeExpiryDays);
    if (key == kIdleLock)
        return QString::number(o.idleLockMinutes);
    if (key == kLanguage)
        return o.defaultLanguage;
    return {};
}

QJsonObject OrganizationSettings::toJson() const
{
    const Organization& o = organization;
    return QJsonObject{
        {QStringLiteral("organization_id"), o.id},
        {QStringLiteral("organization"), o.name},
        {kPublicUrl, textOrNull(publicUrl)},
        {kDisplayName, textOrNull(o.displayName)},
        {kBrandColor, textOrNull(o.brandColor)},
        {kLogoUrl, textOrNull(o.logoUrl)},
        {kReplyTo, textOrNull(o.replyTo)},
        {kSenderAddress, textOrNull(o.senderAddress)},
        {kExpiryDays, o.expiryDays},
        {kDailyQuota, o.dailyInviteQuota ? QJsonValue(*o.dailyInviteQuota) : QJsonValue()},
        {kReminders, o.remindersEnabled},
        {kReminderAfter, o.reminderAfterDays},
        {kReminderBefore, o.reminderBeforeExpiryDays},
        {kIdleLock, o.idleLockMinutes},
        {kLanguage, textOrNull(o.defaultLanguage)},
    };
}

Result<void> OrganizationSettings::apply(const QString& key, const QString& text)
{
    const QString v = text.trimmed();
    Organization& o = organization;
    if (key == kPublicUrl || key == kLogoUrl) {
        QString url;
        if (!v.isEmpty()) {
            url = webAddress(v, key == kLogoUrl);
            if (url.isEmpty())
                return Error::invalid(
                    key, key == kPublicUrl
                             ? tr("public-url must be an http:// or https:// address with a "
                                  "host and no query or #fragment, like "
                                  "https://invite.example.com.")
                             : tr("logo-url must be an http:// or https:// address with a "
                                  "host, like https://example.com/logo.png."));
        }
        (key == kPublicUrl ? publicUrl : o.logoUrl) = url;
        return {};
    }
    if (key == kDisplayName) {
        if (v.size() > 100 || hasControlCharacters(v))
            return Error::invalid(key, tr("display-name must be at most 100 plain characters."));
        o.displayName = v;
        return {};
    }
    if (key == kBrandColor) {
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!v.isEmpty() && !hex.match(v).hasMatch())
            return Error::invalid(key, tr("brand-color must be # and six hexadecimal digits, "
                                          "like #0a6ebd."));
        o.brandColor = v.toLower();
        return {};
    }
    if (key == kReplyTo || key == kSenderAddress) {
        if (!v.isEmpty()) {
            auto parsed = MailAddress::parse(v, key);
            if (!parsed || v.size() > 320 || hasControlCharacters(v))
                return Error::invalid(key, tr("%1 must be an e-mail address, like "
                                              "invites@example.com or \"Acme <invites@"
                                              "example.com>\".")
                                               .arg(key));
        }
        (key == kReplyTo ? o.replyTo : o.senderAddress) = v;
        return {};
    }
    if (key == kDailyQuota) {
        if (v.isEmpty() || v.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
            o.dailyInviteQuota.reset();
            return {};
        }
        auto n = wholeNumber(key, v, 1, 100000);
        if (!n)
            return Error::invalid(key, tr("daily-invite-quota must be a whole number from 1 "
                                          "to 100000, or off (or \"\") for no limit."));
        o.dailyInviteQuota = n.value();
        return {};
    }
    if (key == kReminders) {
        const QString b = v.toLower();
        if (b == QLatin1String("on") || b == QLatin1String("true") || b == QLatin1String("yes") ||
            b == QLatin1String("1"))
            o.remindersEnabled = true;
        else if (b == QLatin1String("off") || b == QLatin1String("false") ||
                 b == QLatin1String("no") || b == QLatin1String("0"))
            o.remindersEnabled = false;
        else
            return Error::invalid(key, tr("reminders must be on or off."));
        return {};
    }
    if (key == kExpiryDays || key == kReminderAfter || key == kReminderBefore) {
        if (v.isEmpty())
            return Error::invalid(key, tr("%1 cannot be cleared; give a number of days.").arg(key));
        auto n = wholeNumber(key, v, 1, 365);
        if (!n)
            return n.error();
        (key == kExpiryDays      ? o.expiryDays
         : key == kReminderAfter ? o.reminderAfterDays
                                 : o.reminderBeforeExpiryDays) = n.value();
        return {};
    }
    if (key == kIdleLock) {
        if (v.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
            o.idleLockMinutes = 0;
            return {};
        }
        if (v.isEmpty())
            return Error::invalid(key, tr("idle-lock-minutes cannot be cleared; give a number of "
                                          "minutes, or 0 (off) for no idle lock."));
        auto n = wholeNumber(key, v, 0, kMaxIdleLockMinutes);
        if (!n)
            return Error::invalid(key, tr("idle-lock-minutes must be a whole number of minutes "
                                          "from 0 (off) to %1.")
                                           .arg(kMaxIdleLockMinutes));
        o.idleLockMinutes = n.value();
        return {};
    }
    if (key == kLanguage) {
        const QString language = v.toLower();
        if (!language.isEmpty() && !invitation_validation::checkLanguage(language))
            return Error::invalid(key, tr("default-language must be en or es, or \"\" for the "
                                          "deployment's default."));
        o.defaultLanguage = language;
        return {};
    }
    return Error::invalid(QStringLiteral("key"),
                          tr("Unknown setting \"%1\"; the settings are: %2.")
                              .arg(key.left(40), keys().join(QStringLiteral(", "))));
}

} // namespace invitedesk
