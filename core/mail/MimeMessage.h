#pragma once

#include "core/mail/MailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace invitedesk {

// An e-mail with a plain-text and an HTML alternative, serialised as RFC 5322 / MIME:
// CRLF line endings, quoted-printable UTF-8 bodies (no line over 76 octets), RFC 2047
// encoded words for non-ASCII names and subjects, every header value stripped of CR/LF and
// control characters. The text part alone must be readable; the HTML part is optional.
class MimeMessage {
public:
    void setFrom(const MailAddress& from) { m_from = from; }
    void setReplyTo(const MailAddress& replyTo) { m_replyTo = replyTo; }
    void setTo(const MailAddress& to) { m_to = to; }
    void setSubject(const QString& subject) { m_subject = subject; }
    void setTextBody(const QString& text) { m_text = text; }
    void setHtmlBody(const QString& html) { m_html = html; }
    void setDate(const QDateTime& date) { m_date = date; }
    // Without one, toBytes() makes "<random@from-domain>".
    void setMessageId(const QByteArray& id) { m_messageId = id; }
    // Extra headers ("Auto-Submitted", "X-...") — names must be ASCII tokens.
    void addHeader(const QByteArray& name, const QString& value);

    const MailAddress& from() const { return m_from; }
    const MailAddress& to() const { return m_to; }
    const QString& subject() const { return m_subject; }
    QByteArray messageId() const { return m_messageId; }

    // True when an address has a non-ASCII local part (the relay must offer SMTPUTF8).
    bool needsSmtpUtf8() const { return m_from.needsUtf8() || m_to.needsUtf8(); }

    // The whole message, CRLF, ending with CRLF. Assigns the Message-ID if unset.
    QByteArray toBytes();

private:
    static void appendHeader(QByteArray& out, const QByteArray& name, const QByteArray& value);
    static QByteArray textPart(const QByteArray& contentType, const QString& body);

    MailAddress m_from;
    MailAddress m_replyTo;
    MailAddress m_to;
    QString m_subject;
    QString m_text;
    QString m_html;
    QDateTime m_date;
    QByteArray m_messageId;
    QList<QPair<QByteArray, QString>> m_extraHeaders;
};

} // namespace invitedesk
