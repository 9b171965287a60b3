#include "core/mail/MimeMessage.h"

#include "core/mail/MimeEncoding.h"

namespace invitedesk {

void MimeMessage::addHeader(const QByteArray& name, const QString& value)
{
    QByteArray clean;
    for (const char c : name) {
        if (c > 32 && c < 127 && c != ':')
            clean += c;
    }
    if (!clean.isEmpty())
        m_extraHeaders.append({clean, value});
}

void MimeMessage::appendHeader(QByteArray& out, const QByteArray& name, const QByteArray& value)
{
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
}

QByteArray MimeMessage::textPart(const QByteArray& contentType, const QString& body)
{
    QByteArray part;
    part += "Content-Type: " + contentType + "; charset=UTF-8\r\n";
    part += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    part += mime::quotedPrintable(body.toUtf8());
    part += "\r\n";
    return part;
}

QByteArray MimeMessage::toBytes()
{
    if (m_messageId.isEmpty())
        m_messageId = mime::makeMessageId(m_from.domain());
    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTimeUtc();

    QByteArray out;
    out.reserve(2048 + m_text.size() * 2 + m_html.size() * 2);
    appendHeader(out, "Date", mime::formatDate(date));
    appendHeader(out, "From", mime::formatAddress(m_from.name, m_from.address));
    if (!m_replyTo.isEmpty())
        appendHeader(out, "Reply-To", mime::formatAddress(m_replyTo.name, m_replyTo.address));
    appendHeader(out, "To", mime::formatAddress(m_to.name, m_to.address));
    appendHeader(out, "Subject", mime::encodeUnstructured(m_subject, 9));
    appendHeader(out, "Message-ID", m_messageId);
    for (const auto& [name, value] : std::as_const(m_extraHeaders))
        appendHeader(out, name, mime::encodeUnstructured(value, int(name.size()) + 2));
    appendHeader(out, "MIME-Version", "1.0");

    if (m_html.isEmpty()) {
        out += textPart("text/plain", m_text);
        return out;
    }
    const QByteArray boundary = mime::makeBoundary();
    appendHeader(out, "Content-Type", "multipart/alternative;\r\n boundary=\"" + boundary + '"');
    out += "\r\nThis is a multi-part message in MIME format.\r\n";
    out += "\r\n--" + boundary + "\r\n";
    out += textPart("text/plain", m_text);
    out += "\r\n--" + boundary + "\r\n";
    out += textPart("text/html", m_html);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace invitedesk
