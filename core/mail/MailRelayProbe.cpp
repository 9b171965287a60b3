#include "core/mail/MailRelayProbe.h"

#include "core/mail/MailUrl.h"

namespace invitedesk {

Result<MailRelayReport> MailRelayProbe::check(const MailConfig& config)
{
    auto url = MailUrl::parse(config.effectiveUrl());
    if (!url)
        return url.error();
    MailRelayReport report;
    if (url->kind == MailUrl::Kind::File) {
        // No relay: messages become .eml files; nothing to reach (and nothing created here).
        report.where = url->display();
        return report;
    }
    auto transport = config.createTransport();
    if (!transport)
        return transport.error();
    MailTransport& t = *transport.value();
    if (auto opened = t.open(); !opened)
        return opened.error();
    report.where = t.describe();
    report.relay = true;
    report.encrypted = report.where.endsWith(QLatin1String("(TLS)"));
    report.signedIn = !url->user.isEmpty();
    t.close();
    return report;
}

} // namespace invitedesk
