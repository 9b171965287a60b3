#include "core/BuildInfo.h"

#include "invitedesk/BuildVersion.h"

#include <openssl/crypto.h>

namespace invitedesk {

QString BuildInfo::version()
{
    return QStringLiteral(INVITEDESK_VERSION_STRING);
}

QString BuildInfo::projectVersion()
{
    return QStringLiteral(INVITEDESK_PROJECT_VERSION);
}

QString BuildInfo::appId()
{
    return QStringLiteral(INVITEDESK_APP_ID);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace invitedesk
