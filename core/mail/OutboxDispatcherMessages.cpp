// OutboxDispatcher: composing one message (its link token, its MIME form) and the password
// reset e-mails. The claiming, sending and recording are in OutboxDispatcher.cpp.
#include "core/mail/OutboxDispatcher.h"

#include "core/mail/MimeMessage.h"
#include "core/security/TokenGenerator.h"

namespace invitedesk {

using OutcomeKind = OutboxOutcome::Kind;

Result<QString> OutboxDispatcher::mintToken() const
{
    const QString token = m_settings.tokenSource ? m_settings.tokenSource() : tokens::generate();
    if (token.isEmpty()) {
        return Error::make(Error::Code::Internal,
                           QStringLiteral("The random generator failed: no link token could be "
                                          "made, nothing was sent."));
    }
    return token;
}

void OutboxDispatcher::addMail(Prepared& p, OutboxOutcome o, const Organization& org,
                               const QString& base, const QString& recipientName,
                               const RenderedMail& content, const QDateTime& now)
{
    // From: the organisation's sender, else the deployment's, else no-reply@<link host>.
    MailAddress from;
    if (auto a = MailAddress::parse(org.senderAddress, QStringLiteral("from"));
        a && !org.senderAddress.isEmpty()) {
        from = a.value();
        if (from.name.isEmpty())
            from.name = org.brandName();
    } else {
        MailConfig c = m_config;
        c.publicUrl = base; // the link's host, when no sender is configured
        auto d = c.defaultFrom();
        from = d ? d.value()
                 : MailAddress{QStringLiteral("InviteDesk"), QStringLiteral("no-reply@localhost")};
    }
    MimeMessage m;
    m.setFrom(from);
    if (auto r = MailAddress::parse(org.replyTo, QStringLiteral("reply_to"));
        r && !org.replyTo.isEmpty())
        m.setReplyTo(r.value());
    m.setTo({recipientName, o.recipient});
    m.setSubject(content.subject);
    m.setTextBody(content.text);
    m.setHtmlBody(content.html);
    m.setDate(now);
    o.kind = OutcomeKind::Released; // until the transport says otherwise
    p.mailOutcome << p.outcomes.size();
    p.mails << OutgoingMail{from.address, o.recipient, m.toBytes()};
    p.outcomes << std::move(o);
}

std::optional<Error> OutboxDispatcher::prepareReset(Prepared& p, OutboxOutcome o,
                                                    const OutboxMessage& row,
                                                    const PasswordResetRecord* reset,
                                                    const QDateTime& now)
{
    // No e-mail for a reset that can no longer be used: the row is withdrawn with the reason.
    QString why;
    if (!reset) {
        why = QStringLiteral("the password reset no longer exists");
    } else {
        switch (password_reset::stateOf(*reset)) {
        case PasswordResetState::Used:
            why = QStringLiteral("the password reset was used already");
            break;
        case PasswordResetState::Replaced:
            why = QStringLiteral("a newer password reset replaced it");
            break;
        case PasswordResetState::Deactivated:
            why = QStringLiteral("the account was deactivated");
            break;
        case PasswordResetState::Open:
        case PasswordResetState::Expired:
            break;
        }
    }
    if (!why.isEmpty()) {
        o.kind = OutboxOutcome::Kind::Skipped;
        o.reply = why;
        p.outcomes << std::move(o);
        return std::nullopt;
    }
    auto org = organization(reset->organizationId);
    if (!org)
        return org.error();
    auto base = linkBase(row.publicUrl);
    if (!base)
        return base.error();
    // This message's own link, valid 24 hours from now; only its hash is kept (commitLinks).
    auto token = mintToken();
    if (!token)
        return token.error();
    PasswordResetLink link;
    link.tokenHash = tokens::hash(token.value());
    link.resetId = reset->id;
    link.expiresAt = password_reset::linkExpiry(now);
    MailContext c;
    c.kind = MailKind::PasswordReset;
    c.language = row.language.isEmpty() ? reset->language : row.language;
    c.invitation.firstName = reset->firstName;
    c.invitation.lastName = reset->lastName;
    c.invitation.email = reset->email;
    c.invitation.type = reset->role;
    c.invitation.expiresAt = link.expiresAt;
    c.inviterName = reset->requestedByName;
    c.inviterEmail = reset->requestedByEmail;
    c.organization = org.value();
    c.link = MailRenderer::resetLink(base.value(), token.value());
    auto rendered = m_renderer.render(c);
    if (!rendered)
        return rendered.error();
    p.resetLinks.insert(row.id, link);
    addMail(p, std::move(o), org.value(), base.value(), reset->fullName(), rendered.value(), now);
    return std::nullopt;
}

} // namespace invitedesk
