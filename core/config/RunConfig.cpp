#include "core/config/RunConfig.h"

#include "core/settings/AppSettings.h"
#include "core/settings/SettingKeys.h"

namespace invitedesk {

namespace {
QString withoutTrailingSlashes(QString url)
{
    url = url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

RunConfig RunConfig::from(const AppSettings& settings)
{
    RunConfig c;
    c.databaseUrl = settings.value(settings::databaseUrl);
    const QString publicUrl = withoutTrailingSlashes(settings.value(settings::publicUrl));
    if (!publicUrl.isEmpty())
        c.service.publicUrl = publicUrl;
    c.service.mailFrom = settings.value(settings::mailFrom);
    c.mail.url = settings.value(settings::mailUrl);
    c.mail.from = c.service.mailFrom;
    c.mail.publicUrl = c.service.publicUrl;
    c.mail.password = settings.environment().value(QStringLiteral("INVITEDESK_MAIL_PASSWORD"));
    c.trustedProxies = settings.value(settings::trustedProxies);
    c.apiEnabled = settings.value(settings::apiEnabled);
    c.apiRateLimitPerToken = settings.value(settings::apiRateLimitPerToken);
    c.apiRateLimitPerAddress = settings.value(settings::apiRateLimitPerAddress);
    c.service.auditKeyPath = settings.value(settings::auditKeyFile).trimmed();
    c.auditCheckpointEvents = settings.value(settings::auditCheckpointEvents);
    c.auditCheckpointMinutes = settings.value(settings::auditCheckpointMinutes);
    return c;
}

} // namespace invitedesk
