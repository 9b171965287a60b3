#include "ui/models/AuditEventSentence.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitationStatus.h"
#include "core/domain/Role.h"
#include "core/mail/DeliveryExplanation.h"

#include <QJsonArray>
#include <QLocale>

namespace invitedesk::ui {

namespace {
QString text(const QJsonObject& d, const char* key)
{
    return d.value(QLatin1String(key)).toString();
}

int number(const QJsonObject& d, const char* key)
{
    return d.value(QLatin1String(key)).toInt();
}

QDateTime moment(const QJsonObject& d, const char* key)
{
    return QDateTime::fromString(text(d, key), Qt::ISODateWithMs);
}

QString quoted(const QString& s)
{
    return QLocale().quoteString(s);
}
} // namespace

QString AuditEventSentence::day(const QDateTime& moment, const QDateTime& sameYearAs)
{
    if (!moment.isValid())
        return {};
    const QDate date = moment.toLocalTime().date();
    const bool sameYear =
        !sameYearAs.isValid() || sameYearAs.toLocalTime().date().year() == date.year();
    // Day names and month names of the locale; the order of the parts is its translators'.
    return QLocale().toString(date, sameYear ? tr("ddd d MMM", "date format: Sun 6 Dec")
                                             : tr("ddd d MMM yyyy", "date format: Sun 6 Dec 2026"));
}

QString AuditEventSentence::dayAndTime(const QDateTime& moment, const QDateTime& sameYearAs)
{
    if (!moment.isValid())
        return {};
    return tr("%1, %2", "day, time")
        .arg(day(moment, sameYearAs),
             QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat));
}

namespace {
// Who an address belongs to, or what is left of it after an erasure.
QString someone(const QString& email)
{
    return email.isEmpty() ? AuditEventSentence::tr("(erased)") : email;
}

QString roleLabel(const QString& name)
{
    const auto role = roles::fromName(name);
    return role ? roles::label(*role) : name;
}

QString statusLabel(const QString& name)
{
    const auto status = statuses::fromName(name);
    return status ? statuses::label(*status) : name;
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("first_name"))
        return AuditEventSentence::tr("first name");
    if (field == QLatin1String("last_name"))
        return AuditEventSentence::tr("last name");
    if (field == QLatin1String("message"))
        return AuditEventSentence::tr("message");
    if (field == QLatin1String("expires_at"))
        return AuditEventSentence::tr("expiry");
    if (field == QLatin1String("details"))
        return AuditEventSentence::tr("professional details");
    if (field == QLatin1String("language"))
        return AuditEventSentence::tr("language");
    if (field == QLatin1String("email"))
        return AuditEventSentence::tr("e-mail address");
    return field;
}

// The sentences of an outbox event, per kind of e-mail (whole sentences: the words agree
// with the kind in every language).
QString mailSent(const QJsonObject& d, const QString& expires)
{
    const QString kind = text(d, "kind");
    const QString to = someone(text(d, "recipient"));
    if (kind == QLatin1String("invitation"))
        return expires.isEmpty()
                   ? AuditEventSentence::tr("Invitation sent to %1").arg(to)
                   : AuditEventSentence::tr("Invitation sent to %1; expires %2").arg(to, expires);
    if (kind == QLatin1String("reminder"))
        return expires.isEmpty()
                   ? AuditEventSentence::tr("Reminder sent to %1").arg(to)
                   : AuditEventSentence::tr("Reminder sent to %1; the invitation expires %2")
                         .arg(to, expires);
    if (kind == QLatin1String("password_reset"))
        return AuditEventSentence::tr("Password reset e-mail sent to %1").arg(to);
    return AuditEventSentence::tr("E-mail sent to %1").arg(to);
}

QString mailFailed(const QJsonObject& d)
{
    const QString kind = text(d, "kind");
    const QString to = someone(text(d, "recipient"));
    if (kind == QLatin1String("invitation"))
        return AuditEventSentence::tr("The invitation to %1 could not be delivered").arg(to);
    if (kind == QLatin1String("reminder"))
        return AuditEventSentence::tr("The reminder to %1 could not be delivered").arg(to);
    if (kind == QLatin1String("password_reset"))
        return AuditEventSentence::tr("The password reset e-mail to %1 could not be delivered")
            .arg(to);
    return AuditEventSentence::tr("The e-mail to %1 could not be delivered").arg(to);
}

QString exportFormat(const QJsonObject& d)
{
    return text(d, "format").toUpper(); // CSV, JSON: names, not words
}
} // namespace

QDateTime AuditEventSentence::expiryAfter(const AuditEvent& e)
{
    const auto action = audit_actions::fromName(e.action);
    if (action == AuditAction::InvitationCreated || action == AuditAction::InvitationResent ||
        action == AuditAction::InvitationExpired)
        return moment(e.details, "expires_at");
    return {};
}

QString AuditEventSentence::sentence(const AuditEvent& e, const Context& context)
{
    const QJsonObject& d = e.details;
    const QDateTime when = e.occurredAt;
    const auto action = audit_actions::fromName(e.action);
    QString s;
    if (!action) {
        // Written by a newer version: its stored name, and no guess at its details.
        s = e.action;
    } else {
        switch (*action) {
        case AuditAction::InvitationCreated: {
            const auto role = roles::fromName(text(d, "type"));
            s = role ? tr("Invitation as %1 created for %2; expires %3")
                           .arg(roles::label(*role), someone(text(d, "email")),
                                day(moment(d, "expires_at"), when))
                     : tr("Invitation created for %1; expires %2")
                           .arg(someone(text(d, "email")), day(moment(d, "expires_at"), when));
            break;
        }
        case AuditAction::InvitationUpdated: {
            if (d.contains(QLatin1String("from_email")) || d.contains(QLatin1String("email"))) {
                s = tr("Address corrected from %1 to %2")
                        .arg(someone(text(d, "from_email")), someone(text(d, "email")));
                break;
            }
            QStringList fields;
            for (const QString& f : text(d, "fields").split(QLatin1Char(','), Qt::SkipEmptyParts))
                fields << fieldLabel(f.trimmed());
            s = fields.isEmpty() ? tr("Invitation changed")
                                 : tr("Changed: %1").arg(QLocale().createSeparatedList(fields));
            break;
        }
        case AuditAction::InvitationCancelled: {
            const QString reason = text(d, "reason");
            s = reason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(reason);
            break;
        }
        case AuditAction::InvitationResent:
            s = tr("Resent with a new link (resend %1); expires %2")
                    .arg(QLocale().toString(number(d, "resend_count")),
                         day(moment(d, "expires_at"), when));
            break;
        case AuditAction::InvitationExpired:
            s = tr("The link expired on %1").arg(dayAndTime(moment(d, "expires_at"), when));
            break;
        case AuditAction::InvitationOpened:
            s = tr("The invitee opened the link");
            break;
        case AuditAction::InvitationAccepted:
            s = tr("Accepted; the account was created as %1").arg(roleLabel(text(d, "role")));
            break;
        case AuditAction::MailSent:
        case AuditAction::ReminderSent:
            s = mailSent(d, day(context.expiresAt, when));
            if (d.value(QLatin1String("overtaken")).toBool())
                s = tr("%1 (it had been cancelled or sent already)").arg(s);
            break;
        case AuditAction::MailDeferred: {
            const QDateTime next = moment(d, "next_attempt_at");
            s = next.isValid() ? tr("The receiving server refused the e-mail to %1 for now; "
                                    "trying again %2")
                                     .arg(someone(text(d, "recipient")), dayAndTime(next, when))
                               : tr("The receiving server refused the e-mail to %1 for now")
                                     .arg(someone(text(d, "recipient")));
            break;
        }
        case AuditAction::MailFailed:
            s = mailFailed(d);
            break;
        case AuditAction::ReminderQueued: {
            QStringList days;
            for (const QJsonValue v : d.value(QLatin1String("scheduled_for")).toArray())
                days << day(QDateTime::fromString(v.toString(), Qt::ISODateWithMs), when);
            s = tr("%n reminder(s) scheduled for %1", "", int(days.size()))
                    .arg(QLocale().createSeparatedList(days));
            break;
        }
        case AuditAction::UserCreated:
            s = text(d, "via") == QLatin1String("invitation")
                    ? tr("Account created for %1 as %2 by accepting the invitation")
                          .arg(someone(text(d, "email")), roleLabel(text(d, "role")))
                    : tr("Account created for %1 as %2")
                          .arg(someone(text(d, "email")), roleLabel(text(d, "role")));
            break;
        case AuditAction::OrganizationUpdated:
        case AuditAction::PlatformUpdated: {
            const QJsonValue old = d.value(QLatin1String("old"));
            const QJsonValue now = d.value(QLatin1String("new"));
            const QString key = text(d, "key");
            if (now.isNull() || now.toString().isEmpty())
                s = tr("Setting %1 cleared (was %2)").arg(key, quoted(old.toString()));
            else if (old.isNull() || old.toString().isEmpty())
                s = tr("Setting %1 set to %2").arg(key, quoted(now.toString()));
            else
                s = tr("Setting %1 changed from %2 to %3")
                        .arg(key, quoted(old.toString()), quoted(now.toString()));
            break;
        }
        case AuditAction::ApiTokenCreated: {
            const QDateTime expires = moment(d, "expires_at");
            const QString name = quoted(text(d, "name"));
            const bool readOnly = d.value(QLatin1String("read_only")).toBool();
            if (expires.isValid())
                s = readOnly ? tr("Read-only API token %1 created; expires %2")
                                   .arg(name, day(expires, when))
                             : tr("API token %1 created; expires %2").arg(name, day(expires, when));
            else
                s = readOnly ? tr("Read-only API token %1 created").arg(name)
                             : tr("API token %1 created").arg(name);
            break;
        }
        case AuditAction::ApiTokenRevoked:
            s = tr("API token %1 revoked").arg(quoted(text(d, "name")));
            break;
        case AuditAction::UserDeactivated: {
            const QString reason = text(d, "reason");
            s = reason.isEmpty() ? tr("%1 deactivated").arg(someone(text(d, "email")))
                                 : tr("%1 deactivated: %2").arg(someone(text(d, "email")), reason);
            break;
        }
        case AuditAction::UserReactivated:
            s = tr("%1 reactivated").arg(someone(text(d, "email")));
            break;
        case AuditAction::UserMoved: {
            const QString from = text(d, "from_parent_email");
            s = from.isEmpty()
                    ? tr("%1 moved under %2")
                          .arg(someone(text(d, "email")), someone(text(d, "to_parent_email")))
                    : tr("%1 moved from under %2 to under %3")
                          .arg(someone(text(d, "email")), from,
                               someone(text(d, "to_parent_email")));
            break;
        }
        case AuditAction::UserPasswordChanged:
            s = tr("%1 changed their password").arg(someone(text(d, "email")));
            break;
        case AuditAction::UserPasswordResetRequested: {
            s = tr("Password reset link e-mailed to %1").arg(someone(text(d, "email")));
            const int replaced = number(d, "replaced_resets");
            if (replaced > 0)
                s = tr("%1; %n earlier link(s) stopped working", "", replaced).arg(s);
            break;
        }
        case AuditAction::UserPasswordReset:
            s = tr("%1 chose a new password through a reset link").arg(someone(text(d, "email")));
            break;
        case AuditAction::InvitationViewed:
            s = tr("Details and timeline viewed");
            break;
        case AuditAction::InvitationsExported:
            s = tr("%Ln invitation(s) exported as %1", "", number(d, "count")).arg(exportFormat(d));
            break;
        case AuditAction::AuditExported: {
            s = tr("%Ln event(s) exported as %1", "", number(d, "count")).arg(exportFormat(d));
            const QDateTime from = moment(d, "from");
            const QDateTime to = moment(d, "to");
            if (from.isValid() && to.isValid())
                s = tr("%1, from %2 to %3").arg(s, day(from, when), day(to, when));
            else if (from.isValid())
                s = tr("%1, from %2").arg(s, day(from, when));
            else if (to.isValid())
                s = tr("%1, up to %2").arg(s, day(to, when));
            if (d.contains(QLatin1String("invitation_id")))
                s = tr("%1, of one invitation").arg(s);
            break;
        }
        case AuditAction::UserLocked:
            s = tr("%1 locked after %n failed sign-in(s), until %2", "",
                   number(d, "failed_sign_ins"))
                    .arg(someone(text(d, "email")), dayAndTime(moment(d, "locked_until"), when));
            break;
        case AuditAction::UserUnlocked:
            s = tr("%1 unlocked (was locked until %2)")
                    .arg(someone(text(d, "email")), dayAndTime(moment(d, "locked_until"), when));
            break;
        case AuditAction::AuditErased:
            s = tr("Personal data erased from %Ln event(s)", "", number(d, "erased_events"));
            break;
        }
    }
    const QJsonObject token = d.value(QLatin1String("api_token")).toObject();
    if (!token.isEmpty())
        s = tr("%1 (through the API token %2)")
                .arg(s, quoted(token.value(QLatin1String("name")).toString()));
    return s;
}

QString AuditEventSentence::fullText(const AuditEvent& e, const Context& context)
{
    QString s = sentence(e, context);
    const QString reply = text(e.details, "reply");
    if (reply.isEmpty())
        return s;
    const QString meaning = DeliveryExplanation::explain(reply);
    if (!meaning.isEmpty())
        s += QLatin1Char('\n') + meaning;
    return s + QLatin1Char('\n') + tr("The server's reply: %1").arg(reply);
}

} // namespace invitedesk::ui
