#include "app/cli/BulkReport.h"

#include "app/cli/CliContext.h"

#include <QJsonArray>
#include <QTextStream>

namespace invitedesk::cli {

QJsonObject bulkItemJson(const BulkItemResult& item)
{
    QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("ok"), item.ok}};
    if (item.ok) {
        o.insert(QStringLiteral("status"), statuses::name(item.invitation.status));
        o.insert(QStringLiteral("invitation"), item.invitation.toJson());
    } else {
        o.insert(QStringLiteral("error"), item.error->message);
        o.insert(QStringLiteral("field"), item.error->field);
        o.insert(QStringLiteral("code"), Error::codeName(item.error->code));
    }
    return o;
}

int reportBulk(CliContext& ctx, const BulkResult& result, const QString& verb, BulkRequest request)
{
    if (ctx.json()) {
        QJsonArray items;
        for (const BulkItemResult& item : result.items)
            items.append(bulkItemJson(item));
        const bool oneDone =
            request == BulkRequest::ByIds && result.items.size() == 1 && result.items.first().ok;
        ctx.print(oneDone ? QJsonValue(result.items.first().invitation.toJson())
                          : QJsonValue(items));
    } else {
        for (const BulkItemResult& item : result.items) {
            if (item.ok)
                ctx.printLine(QStringLiteral("%1: %2").arg(item.id, verb));
        }
        if (request == BulkRequest::AllMatching)
            ctx.printLine(QStringLiteral("%1 %2, %3 refused.")
                              .arg(result.succeeded())
                              .arg(verb)
                              .arg(result.failed()));
    }
    int code = ExitDone;
    QTextStream err(stderr);
    for (const BulkItemResult& item : result.items) {
        if (item.ok)
            continue;
        err << "invitedesk: " << item.id << ": " << item.error->describe() << "\n";
        code = std::max(code, CliContext::exitCodeFor(*item.error));
    }
    return code;
}

} // namespace invitedesk::cli
