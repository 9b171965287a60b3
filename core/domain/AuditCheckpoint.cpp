#include "core/domain/AuditCheckpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace invitedesk {

namespace {
constexpr int kVersion = 1;
const QByteArray kPrefix = QByteArrayLiteral("invitedesk audit checkpoint v1\n");
} // namespace

QByteArray AuditCheckpoint::timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray AuditCheckpoint::signedMessage() const
{
    return kPrefix + QByteArray::number(seq) + '\n' + hash.toHex() + '\n' + timeText(signedAt);
}

QByteArray AuditCheckpoint::toLogLine() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                  {QStringLiteral("signed_at"), QString::fromLatin1(timeText(signedAt))},
                  {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                  {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
                  {QStringLiteral("signed_by"), signedBy}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromLogLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != kVersion)
        return std::nullopt;
    AuditCheckpoint c;
    c.seq = o.value(QStringLiteral("seq")).toInteger();
    c.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
    c.signedAt =
        QDateTime::fromString(o.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs)
            .toUTC();
    const auto base64 = [&o](const char* key) {
        const auto decoded =
            QByteArray::fromBase64Encoding(o.value(QLatin1String(key)).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? decoded.decoded : QByteArray();
    };
    c.publicKey = base64("public_key");
    c.signature = base64("signature");
    c.signedBy = o.value(QStringLiteral("signed_by")).toString();
    if (c.seq <= 0 || c.hash.size() != 32 || !c.signedAt.isValid() || c.publicKey.size() != 32 ||
        c.signature.size() != 64)
        return std::nullopt;
    return c;
}

} // namespace invitedesk
