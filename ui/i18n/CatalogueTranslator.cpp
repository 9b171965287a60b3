#include "ui/i18n/CatalogueTranslator.h"

#include <QByteArray>
#include <QHash>

namespace invitedesk::ui {

QString CatalogueTranslator::translate(const char* context, const char* sourceText,
                                       const char* disambiguation, int n) const
{
    const QString direct = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!direct.isEmpty() || !context)
        return direct;
    static const QHash<QByteArray, QList<QByteArray>> aliases = {
        {"InvitationValidator", {"invitedesk::invitation_validation"}},
        {"InvitationService", {"invitedesk::InvitationService", "invitedesk"}},
        {"AuthService", {"invitedesk::AuthService", "invitedesk"}},
    };
    const QByteArray ctx(context);
    QList<QByteArray> candidates = aliases.value(ctx);
    candidates << QByteArray("invitedesk::") + ctx;
    for (const QByteArray& alias : std::as_const(candidates)) {
        const QString found =
            QTranslator::translate(alias.constData(), sourceText, disambiguation, n);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace invitedesk::ui
