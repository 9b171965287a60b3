#include "core/mail/DeliveryExplanation.h"

#include <QRegularExpression>

namespace invitedesk {

DeliveryExplanation::Kind DeliveryExplanation::classify(const QString& reply)
{
    const QString text = reply.trimmed();
    // The enhanced code after the basic one ("550 5.1.1 ...", "550-5.1.1 ..."), or alone.
    static const QRegularExpression enhanced(
        QStringLiteral("(?:^|[\\s\\-])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?=$|[\\s:;,.])"));
    static const QRegularExpression basic(QStringLiteral("^([245])\\d\\d(?=$|[\\s\\-])"));
    int klass = 0;
    int subject = -1;
    int detail = -1;
    if (const auto m = enhanced.match(text); m.hasMatch()) {
        klass = m.captured(1).toInt();
        subject = m.captured(2).toInt();
        detail = m.captured(3).toInt();
    } else if (const auto b = basic.match(text); b.hasMatch()) {
        klass = b.captured(1).toInt();
    }
    if (klass == 4)
        return Kind::RefusedForNow;
    if (klass != 5)
        return Kind::None;
    if (subject == 1 && detail == 1)
        return Kind::NoSuchAddress;
    if (subject == 7)
        return Kind::RefusedByPolicy;
    return Kind::RefusedForGood;
}

QString DeliveryExplanation::explain(const QString& reply, const QDateTime& nextAttempt)
{
    switch (classify(reply)) {
    case Kind::None:
        return {};
    case Kind::NoSuchAddress:
        return tr("This address does not exist: the receiving server has no mailbox by that "
                  "name. Check the spelling and correct the address.");
    case Kind::RefusedByPolicy:
        return tr("The receiving server refused it (a rule of theirs, such as a spam or "
                  "sender policy). Sending it again will most likely be refused too.");
    case Kind::RefusedForGood:
        return tr("The receiving server refused it for good.");
    case Kind::RefusedForNow:
        if (nextAttempt.isValid())
            return tr("The receiving server refused it for now; trying again at %1.")
                .arg(nextAttempt.toLocalTime().toString(QStringLiteral("HH:mm")));
        return tr("The receiving server refused it for now; it will be tried again.");
    }
    return {};
}

} // namespace invitedesk
