#include "core/mail/MailAddress.h"

#include "core/mail/MimeEncoding.h"

namespace invitedesk {

bool MailAddress::needsUtf8() const
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return !mime::isPrintableAscii(address.left(at < 0 ? address.size() : at));
}

QString MailAddress::display() const
{
    return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
}

bool MailAddress::looksLikeAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 254)
        return false;
    for (QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('<') ||
            c == QLatin1Char('>') || c == QLatin1Char(',') || c == QLatin1Char('"'))
            return false;
    }
    return address.mid(at + 1).contains(QLatin1Char('.')) ||
           address.mid(at + 1) == QLatin1String("localhost");
}

Result<MailAddress> MailAddress::parse(const QString& text, const QString& field)
{
    const QString clean = mime::sanitizeHeaderValue(text);
    MailAddress result;
    const qsizetype open = clean.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!clean.endsWith(QLatin1Char('>')))
            return Error::invalid(field, QStringLiteral("\"%1\" is not a mail address: a '<' "
                                                        "without a closing '>'.")
                                             .arg(clean));
        result.address = clean.mid(open + 1, clean.size() - open - 2).trimmed();
        QString name = clean.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) &&
            name.endsWith(QLatin1Char('"')))
            name =
                name.mid(1, name.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        result.name = name;
    } else {
        result.address = clean;
    }
    if (!looksLikeAddress(result.address))
        return Error::invalid(field, QStringLiteral("\"%1\" is not a mail address (expected "
                                                    "name@example.org or Name <name@example.org>).")
                                         .arg(clean));
    return result;
}

} // namespace invitedesk
