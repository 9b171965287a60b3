#include "core/http/acceptance/AcceptanceTexts.h"

#include "core/i18n/Translations.h"
#include "core/security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace invitedesk::http {

namespace {
// The page's English source texts by key. Their translations live in translations/*.ts under
// the context "AcceptancePage", like every other message of the application.
struct Entry {
    const char* key;
    const char* source;
};

constexpr Entry kTexts[] = {
    {"page.title", QT_TRANSLATE_NOOP("AcceptancePage", "Accept your invitation")},
    {"page.intro", QT_TRANSLATE_NOOP("AcceptancePage", "%1 invited you to join %2 as %3.")},
    {"page.expires", QT_TRANSLATE_NOOP("AcceptancePage", "This invitation expires on %1.")},
    {"page.message", QT_TRANSLATE_NOOP("AcceptancePage", "Message from %1:")},
    {"page.form_intro",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Check your name and choose a password to create your account.")},
    {"field.email", QT_TRANSLATE_NOOP("AcceptancePage", "E-mail (your sign-in name)")},
    {"field.first_name", QT_TRANSLATE_NOOP("AcceptancePage", "First name")},
    {"field.last_name", QT_TRANSLATE_NOOP("AcceptancePage", "Last name")},
    {"field.password", QT_TRANSLATE_NOOP("AcceptancePage", "Password")},
    {"field.password_confirmation", QT_TRANSLATE_NOOP("AcceptancePage", "Repeat the password")},
    {"rules.heading", QT_TRANSLATE_NOOP("AcceptancePage", "Your password must:")},
    {"rules.length", QT_TRANSLATE_NOOP("AcceptancePage", "have at least %1 characters")},
    {"rules.email",
     QT_TRANSLATE_NOOP("AcceptancePage", "not be your e-mail address or the part before the @")},
    {"rules.common", QT_TRANSLATE_NOOP("AcceptancePage", "not be a common password")},
    {"form.submit", QT_TRANSLATE_NOOP("AcceptancePage", "Create my account")},
    {"form.errors_heading", QT_TRANSLATE_NOOP("AcceptancePage", "Please correct the following:")},
    {"error.first_name", QT_TRANSLATE_NOOP("AcceptancePage", "Enter your first name.")},
    {"error.last_name", QT_TRANSLATE_NOOP("AcceptancePage", "Enter your last name.")},
    {"error.name_too_long", QT_TRANSLATE_NOOP("AcceptancePage", "Use at most 100 characters.")},
    {"error.name_invalid",
     QT_TRANSLATE_NOOP("AcceptancePage", "Remove the characters that are not allowed.")},
    {"error.password_short", QT_TRANSLATE_NOOP("AcceptancePage", "Use at least %1 characters.")},
    {"error.password_long", QT_TRANSLATE_NOOP("AcceptancePage", "Use at most %1 characters.")},
    {"error.password_email",
     QT_TRANSLATE_NOOP("AcceptancePage", "Do not use your e-mail address as the password.")},
    {"error.password_common",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "This password is too common. Choose a less predictable one.")},
    {"error.password_confirmation",
     QT_TRANSLATE_NOOP("AcceptancePage", "The two passwords are not the same.")},
    {"done.title", QT_TRANSLATE_NOOP("AcceptancePage", "Your account is ready")},
    {"done.body",
     QT_TRANSLATE_NOOP(
         "AcceptancePage",
         "Welcome, %1. You can now sign in to %2 with %3 and the password you chose.")},
    {"notfound.title", QT_TRANSLATE_NOOP("AcceptancePage", "This link is not valid")},
    {"notfound.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Check that you opened the whole link from the e-mail. If it still does not "
                       "work, ask the person who invited you to send a new invitation.")},
    {"expired.title", QT_TRANSLATE_NOOP("AcceptancePage", "This invitation has expired")},
    {"expired.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "Ask %1 (%2) to send you a new invitation.")},
    {"cancelled.title", QT_TRANSLATE_NOOP("AcceptancePage", "This invitation was cancelled")},
    {"cancelled.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "If you think this is a mistake, contact %1 (%2).")},
    {"accepted.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "This invitation has already been used")},
    {"accepted.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "The account for %1 already exists. Sign in with that e-mail address.")},
    {"replaced.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "This link was replaced by a newer invitation e-mail")},
    {"replaced.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "%1 (%2) sent you the invitation again. Open the link in the most recent "
                       "e-mail; the links in earlier e-mails no longer work.")},
    {"unavailable.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "This invitation can no longer be accepted")},
    {"unavailable.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "Ask %1 (%2) to send you a new invitation.")},
    {"conflict.title", QT_TRANSLATE_NOOP("AcceptancePage", "You already have an account")},
    {"conflict.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "An account with %1 already exists. Sign in with that e-mail address.")},
    {"changed.title", QT_TRANSLATE_NOOP("AcceptancePage", "This invitation just changed")},
    {"changed.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Open the link from your most recent invitation e-mail and try again.")},
    {"ratelimited.title", QT_TRANSLATE_NOOP("AcceptancePage", "Too many attempts")},
    {"ratelimited.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "Please wait %1 seconds and try again.")},
    {"unavailable_service.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "The service is temporarily unavailable")},
    {"unavailable_service.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "Please try again in a few minutes.")},
    {"error.title", QT_TRANSLATE_NOOP("AcceptancePage", "Something went wrong")},
    // Also the message under the form when its body cannot be read.
    {"error.body", QT_TRANSLATE_NOOP("AcceptancePage", "Please try again later.")},
    {"toolarge.title", QT_TRANSLATE_NOOP("AcceptancePage", "The form is too large")},
    {"toolarge.body",
     QT_TRANSLATE_NOOP("AcceptancePage", "Go back, shorten what you typed and send it again.")},
    // The password-reset page (core/http/reset), in the same words where it can.
    {"reset.title", QT_TRANSLATE_NOOP("AcceptancePage", "Choose a new password")},
    {"reset.intro",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "%1 sent you this link to choose a new password for your %2 account.")},
    {"reset.expires",
     QT_TRANSLATE_NOOP("AcceptancePage", "This link expires on %1 and works once.")},
    {"reset.form_intro",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Your current password keeps working until you set the new one.")},
    {"reset.field.password", QT_TRANSLATE_NOOP("AcceptancePage", "New password")},
    {"reset.field.password_confirmation",
     QT_TRANSLATE_NOOP("AcceptancePage", "Repeat the new password")},
    {"reset.submit", QT_TRANSLATE_NOOP("AcceptancePage", "Set my new password")},
    {"reset_done.title", QT_TRANSLATE_NOOP("AcceptancePage", "Your password has been changed")},
    {"reset_done.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "You can now sign in to %1 with %2 and your new password.")},
    {"reset_notfound.title", QT_TRANSLATE_NOOP("AcceptancePage", "This link is not valid")},
    {"reset_notfound.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Check that you opened the whole link from the e-mail. If it still does not "
                       "work, ask the person who sent it for a new password reset e-mail.")},
    {"reset_expired.title", QT_TRANSLATE_NOOP("AcceptancePage", "This link has expired")},
    {"reset_expired.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "A password reset link works for %1 hours. Ask %2 (%3) to send you a new "
                       "one.")},
    {"reset_used.title", QT_TRANSLATE_NOOP("AcceptancePage", "This link has already been used")},
    {"reset_used.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "A new password was set with this link. Sign in with it, or ask %1 (%2) "
                       "to send you a new link.")},
    {"reset_replaced.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "This link was replaced by a newer e-mail")},
    {"reset_replaced.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "%1 (%2) sent you a newer password reset e-mail. Open the link in the most "
                       "recent e-mail; the links in earlier e-mails no longer work.")},
    {"reset_deactivated.title",
     QT_TRANSLATE_NOOP("AcceptancePage", "This account has been deactivated")},
    {"reset_deactivated.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "No password can be set for a deactivated account. Ask %1 (%2) to "
                       "reactivate it.")},
    {"reset_changed.title", QT_TRANSLATE_NOOP("AcceptancePage", "This link just changed")},
    {"reset_changed.body",
     QT_TRANSLATE_NOOP("AcceptancePage",
                       "Open the link from your most recent password reset e-mail and try "
                       "again.")},
};

struct RoleEntry {
    Role role;
    const char* source;
};
// The page names roles in its own words (the desk's labels are in the context "Role").
constexpr RoleEntry kRoles[] = {
    {Role::Doctor, QT_TRANSLATE_NOOP("AcceptancePage", "Doctor")},
    {Role::Sales, QT_TRANSLATE_NOOP("AcceptancePage", "Sales representative")},
    {Role::Distributor, QT_TRANSLATE_NOOP("AcceptancePage", "Distributor")},
    {Role::MasterDistributor, QT_TRANSLATE_NOOP("AcceptancePage", "Master distributor")},
    {Role::OfficeAdmin, QT_TRANSLATE_NOOP("AcceptancePage", "Office admin")},
    {Role::MedicalStaff, QT_TRANSLATE_NOOP("AcceptancePage", "Medical staff")},
    {Role::IvrCompany, QT_TRANSLATE_NOOP("AcceptancePage", "IVR company")},
    {Role::ShippingLogistics, QT_TRANSLATE_NOOP("AcceptancePage", "Shipping logistics")},
    {Role::Admin, QT_TRANSLATE_NOOP("AcceptancePage", "Administrator")},
    {Role::ChpAdmin, QT_TRANSLATE_NOOP("AcceptancePage", "CHP admin")},
};

const QHash<QByteArray, const char*>& index()
{
    static const QHash<QByteArray, const char*> map = [] {
        QHash<QByteArray, const char*> m;
        for (const Entry& e : kTexts)
            m.insert(QByteArray(e.key), e.source);
        return m;
    }();
    return map;
}

constexpr const char* kContext = "AcceptancePage";
} // namespace

AcceptanceTexts::AcceptanceTexts(const QString& language)
    : m_language(language == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en"))
{}

QString AcceptanceTexts::text(const char* key) const
{
    const char* source = index().value(QByteArray(key));
    if (!source)
        return QString::fromLatin1(key);
    return translations::translate(m_language, kContext, source);
}

QString AcceptanceTexts::passwordError(const QString& password, const QString& email) const
{
    const qsizetype length = password.toUcs4().size();
    if (length < password_policy::MinLength)
        return text("error.password_short").arg(password_policy::MinLength);
    if (length > password_policy::MaxLength)
        return text("error.password_long").arg(password_policy::MaxLength);
    const auto same = [](const QString& a, const QString& b) {
        return !b.isEmpty() && a.trimmed().toCaseFolded() == b.trimmed().toCaseFolded();
    };
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (same(password, email) || (at > 0 && same(password, email.left(at))))
        return text("error.password_email");
    return text("error.password_common");
}

QString AcceptanceTexts::roleLabel(Role role) const
{
    for (const RoleEntry& e : kRoles) {
        if (e.role == role)
            return translations::translate(m_language, kContext, e.source);
    }
    return roles::name(role);
}

QString AcceptanceTexts::dateTime(const QDateTime& utc) const
{
    if (m_language == QLatin1String("es")) {
        const QLocale locale(QLocale::Spanish);
        return locale.toString(utc.toUTC(), QStringLiteral("d 'de' MMMM 'de' yyyy, HH:mm 'UTC'"));
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(utc.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"));
}

} // namespace invitedesk::http
