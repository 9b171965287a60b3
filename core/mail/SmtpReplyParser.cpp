#include "core/mail/SmtpReplyParser.h"

namespace invitedesk {

namespace {
constexpr qsizetype kMaxLine = 8192; // octets of one line, without its CRLF

QString tooLong()
{
    return QStringLiteral("protocol error: a reply line longer than %1 bytes").arg(kMaxLine);
}
} // namespace

QString SmtpReply::line() const
{
    QString text = QString::number(code);
    for (const QString& l : lines) {
        if (!l.isEmpty())
            text += QLatin1Char(' ') + l;
    }
    return text;
}

void SmtpReplyParser::clear()
{
    m_buffer.clear();
    m_current = {};
    m_replies.clear();
    m_error.clear();
}

void SmtpReplyParser::feed(const QByteArray& bytes)
{
    if (hasError())
        return;
    m_buffer += bytes;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        // The same limit whether the line arrived whole or in pieces.
        if (end - start > kMaxLine) {
            m_error = tooLong();
            return;
        }
        parseLine(m_buffer.mid(start, end - start));
        start = nl + 1;
        if (hasError())
            return;
    }
    m_buffer.remove(0, start);
    // What is left is the start of a line; a trailing CR may be the first half of its CRLF.
    if (m_buffer.size() - (m_buffer.endsWith('\r') ? 1 : 0) > kMaxLine)
        m_error = tooLong();
}

void SmtpReplyParser::parseLine(const QByteArray& line)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)) ||
        (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')) {
        m_error = QStringLiteral("protocol error: \"%1\" is not an SMTP reply")
                      .arg(QString::fromUtf8(line.left(80)));
        return;
    }
    const int code = line.left(3).toInt();
    if (m_current.code != 0 && m_current.code != code) {
        m_error = QStringLiteral("protocol error: reply code changed from %1 to %2 inside one "
                                 "multi-line reply")
                      .arg(m_current.code)
                      .arg(code);
        return;
    }
    m_current.code = code;
    m_current.lines << QString::fromUtf8(line.mid(4)).trimmed();
    const bool last = line.size() == 3 || line.at(3) == ' ';
    if (last) {
        m_replies.append(m_current);
        m_current = {};
    }
}

} // namespace invitedesk
