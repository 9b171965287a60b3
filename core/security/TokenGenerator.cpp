#include "core/security/TokenGenerator.h"

#include "core/security/OpenSslThreadState.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>

Q_LOGGING_CATEGORY(lcTokens, "invitedesk.security")

namespace invitedesk::tokens {

namespace {
constexpr int RandomBytes = 32;

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'_';
}
} // namespace

QString generate()
{
    releaseOpenSslStateWhenThreadFinishes();
    std::array<unsigned char, RandomBytes> bytes{};
    if (RAND_bytes(bytes.data(), RandomBytes) != 1) {
        qCCritical(lcTokens) << "RAND_bytes failed: no token generated";
        return {};
    }
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), RandomBytes);
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray hash(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool looksLikeToken(const QString& text)
{
    if (text.size() != TokenLength)
        return false;
    for (QChar c : text) {
        if (!isBase64UrlChar(c))
            return false;
    }
    return true;
}

bool equal(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace invitedesk::tokens
