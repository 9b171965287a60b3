#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/Organization.h"
#include "core/mail/MailTemplates.h"

#include <QString>

namespace invitedesk {

enum class MailKind { Invitation, Reminder, Test, PasswordReset };

// Everything one message says. For a Test message only language, organization and the
// recipient's names are used. For a PasswordReset message `invitation` holds the person
// (names, e-mail, role as type, the link's expiry), `inviter*` who asked for the reset, and
// `link` the reset link.
struct MailContext {
    MailKind kind = MailKind::Invitation;
    QString language; // "en", "es"; falls back to English
    Invitation invitation;
    Organization organization;
    QString inviterName;
    QString inviterEmail;
    QString link; // {public URL}/invite/{token} (inviteLink), or /reset/{token} (resetLink)
};

struct RenderedMail {
    QString subject;
    QString text;
    QString html;
};

// Fills the templates for one message. Every inserted value is HTML-escaped in the HTML part
// (the inviter's message included); the text part is readable on its own.
class MailRenderer {
public:
    explicit MailRenderer(MailTemplates templates = MailTemplates::fromEnvironment());

    Result<RenderedMail> render(const MailContext& context) const;

    // "{public URL}/invite/{token}", without a doubled slash.
    static QString inviteLink(const QString& publicUrl, const QString& token);
    // "{public URL}/reset/{token}": a password-reset link.
    static QString resetLink(const QString& publicUrl, const QString& token);
    // The brand colour when it is "#rrggbb", else the default blue.
    static QString safeColor(const QString& color);

private:
    MailTemplates m_templates;
};

} // namespace invitedesk
