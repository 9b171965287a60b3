#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace invitedesk {

// One SMTP reply, possibly multi-line ("250-first", "250 last"; a last line of just "250"
// is accepted).
struct SmtpReply {
    int code = 0;
    QStringList lines; // the text of each line after the code and separator

    int kind() const { return code / 100; } // 2, 3, 4, 5
    bool isPositive() const { return code >= 200 && code < 400; }
    // The reply as one line with its code: "550 5.1.1 no such user" (lines joined by spaces).
    QString line() const;
};

// Cuts a byte stream into replies: copes with a reply split across TCP segments and with
// several replies in one segment (PIPELINING). Lines end with CRLF (a bare LF is tolerated).
class SmtpReplyParser {
public:
    void feed(const QByteArray& bytes);
    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply take() { return m_replies.takeFirst(); }
    qsizetype replyCount() const { return m_replies.size(); }
    // A line that is not a reply, or a line longer than any server sends.
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // Forgets everything buffered (after STARTTLS nothing read in clear may be used).
    void clear();

private:
    void parseLine(const QByteArray& line);

    QByteArray m_buffer;
    SmtpReply m_current;
    QList<SmtpReply> m_replies;
    QString m_error;
};

} // namespace invitedesk
