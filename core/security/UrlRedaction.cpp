#include "core/security/UrlRedaction.h"

#include <QRegularExpression>

namespace invitedesk {

QString redactUrlPasswords(const QString& text)
{
    // The user part runs to the first ':'; the password to the last '@' before white space (a
    // password may hold a raw '@' or '/'). When in doubt this hides more, never less.
    static const QRegularExpression userInfo(QStringLiteral("(://[^:/\\s]*):\\S*@"));
    // libpq also takes the password as a query parameter.
    static const QRegularExpression passwordParameter(QStringLiteral("([?&]password=)[^&\\s]*"),
                                                      QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1:***@"));
    out.replace(passwordParameter, QStringLiteral("\\1***"));
    return out;
}

} // namespace invitedesk
