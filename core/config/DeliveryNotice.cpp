#include "core/config/DeliveryNotice.h"

#include "core/mail/MailUrl.h"

#include <QDir>
#include <QHostAddress>
#include <QUrl>

namespace invitedesk {

DeliveryNotice DeliveryNotice::of(const MailConfig& mail, const QString& publicUrl)
{
    DeliveryNotice notice;
    if (auto url = MailUrl::parse(mail.effectiveUrl()); url && url->kind == MailUrl::Kind::File) {
        notice.savesToFolder = true;
        notice.folder = url->folder;
    }
    notice.publicUrl = publicUrl;
    notice.linksLocalOnly = isLoopbackUrl(publicUrl);
    return notice;
}

bool DeliveryNotice::isLoopbackUrl(const QString& url)
{
    const QString host = QUrl(url.trimmed()).host();
    if (host.isEmpty())
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString DeliveryNotice::text() const
{
    if (savesToFolder && linksLocalOnly)
        return tr("Test mode: e-mails are saved to a folder; links work only on this computer. "
                  "Nothing reaches the people you invite.");
    if (savesToFolder)
        return tr("Test mode: e-mails are saved to a folder (%1) and not delivered.")
            .arg(QDir::toNativeSeparators(folder));
    if (linksLocalOnly)
        return tr("Links in e-mails point at this computer (%1): they work only here. Set the "
                  "public URL in the settings.")
            .arg(publicUrl);
    return {};
}

} // namespace invitedesk
