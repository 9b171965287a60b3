#include "core/http/api/InvitationApiHandler.h"

#include "core/http/api/ApiResponses.h"
#include "core/http/api/InvitationApiInput.h"
#include "core/http/server/HttpCompat.h"
#include "core/http/server/JsonTextWriter.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace invitedesk::http::api {

namespace {

// If-Match: a version as `3`, `"3"` or `W/"3"`. nullopt when absent; an error when unreadable.
Result<std::optional<int>> ifMatch(const RequestInfo& info)
{
    if (!info.hasHeader("if-match"))
        return std::optional<int>();
    QByteArray v = info.header("if-match").trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const int version = v.toInt(&ok);
    if (!ok || version < 1)
        return Error::invalid(QStringLiteral("if_match"),
                              QStringLiteral("If-Match must hold the invitation's version, "
                                             "e.g. \"3\"."));
    return std::optional<int>(version);
}

QHttpServerResponse item(const Invitation& inv, Status status = Status::Ok)
{
    QByteArray body;
    JsonTextWriter writer(&body);
    writer.beginObject();
    inv.writeJson(writer);
    writer.endObject();
    QHttpServerResponse response(QByteArrayLiteral("application/json"), std::move(body), status);
    compat::setHeader(response, "ETag", '"' + QByteArray::number(inv.version) + '"');
    return response;
}

QHttpServerResponse bulkAnswer(const BulkResult& result)
{
    QJsonArray items;
    for (const BulkItemResult& i : result.items) {
        QJsonObject o{{QStringLiteral("index"), i.index},
                      {QStringLiteral("id"), i.id.isEmpty() ? QJsonValue() : QJsonValue(i.id)},
                      {QStringLiteral("ok"), i.ok}};
        if (i.ok)
            o.insert(QStringLiteral("invitation"), i.invitation.toJson());
        else
            o.insert(QStringLiteral("error"), errorObject(*i.error));
        items.append(o);
    }
    return json(QJsonObject{{QStringLiteral("items"), items},
                            {QStringLiteral("succeeded"), result.succeeded()},
                            {QStringLiteral("failed"), result.failed()}});
}

// The JSON object of a body that may be empty (cancel's optional reason).
Result<QJsonObject> optionalObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    return invitation_input::object(body);
}

Result<QString> reason(const ApiRequest& request, const QJsonObject& body)
{
    const QJsonValue v = body.value(QStringLiteral("reason"));
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        return Error::invalid(QStringLiteral("reason"), QStringLiteral("The field must be a "
                                                                       "string."));
    if (v.isString())
        return v.toString();
    return QUrlQuery(request.info.query)
        .queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded);
}
} // namespace

InvitationApiHandler::InvitationApiHandler(std::shared_ptr<InvitationService> service)
    : m_service(std::move(service))
{}

QHttpServerResponse InvitationApiHandler::list(const ApiRequest& request) const
{
    auto query = invitation_input::listQuery(QUrlQuery(request.info.query));
    if (!query)
        return fromError(query.error());
    auto page = m_service->list(request.principal.actor, query.value());
    if (!page)
        return fromError(page.error());
    // Written straight to text: a QJsonObject per item cost more than reading the page.
    QByteArray body;
    body.reserve(1024 + 1536 * page->items.size());
    JsonTextWriter writer(&body);
    writer.beginObject();
    writer.beginArray("items");
    for (const Invitation& inv : page->items) {
        writer.beginObject();
        inv.writeJson(writer);
        writer.endObject();
    }
    writer.endArray();
    writer.value("next_cursor", invitation_input::nextCursor(page.value(), query.value()));
    writer.endObject();
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body));
}

QHttpServerResponse InvitationApiHandler::create(const ApiRequest& request,
                                                 const QString& fixedType,
                                                 const QStringList& allowedTypes) const
{
    auto body = invitation_input::object(request.info.body);
    if (!body)
        return fromError(body.error());
    // A wrong shape is a bad request (400); a type this address does not take, or a value
    // the service refuses, is unprocessable (422).
    auto input = invitation_input::newInvitation(body.value(), fixedType);
    if (!input)
        return fromError(input.error());
    if (auto r = invitation_input::checkAddressType(body.value(), fixedType, allowedTypes); !r)
        return fromError(r.error(), ErrorContext::BodyFields);
    auto created = m_service->create(request.principal.actor, input.value());
    if (!created)
        return fromError(created.error(), ErrorContext::BodyFields);
    QHttpServerResponse response = item(created.value(), Status::Created);
    compat::setHeader(response, "Location",
                      QByteArrayLiteral("/api/v1/invitations/") + created->id.toLatin1());
    return response;
}

QHttpServerResponse InvitationApiHandler::get(const ApiRequest& request) const
{
    auto found = m_service->get(request.principal.actor, request.info.arg);
    if (!found)
        return fromError(found.error());
    return item(found.value());
}

QHttpServerResponse InvitationApiHandler::update(const ApiRequest& request) const
{
    auto expected = ifMatch(request.info);
    if (!expected)
        return fromError(expected.error());
    auto body = invitation_input::object(request.info.body);
    if (!body)
        return fromError(body.error());
    // The service takes the type fields as a whole: merge the given ones into the current.
    InvitationDetails current;
    std::optional<int> loadedVersion;
    if (invitation_input::changesDetails(body.value())) {
        auto found = m_service->get(request.principal.actor, request.info.arg);
        if (!found)
            return fromError(found.error());
        current = found->details;
        loadedVersion = found->version;
    }
    auto change = invitation_input::update(body.value(), current);
    if (!change)
        return fromError(change.error());
    const bool preconditioned = expected.value().has_value();
    if (preconditioned)
        change->expectedVersion = expected.value();
    else if (!change->expectedVersion)
        change->expectedVersion = loadedVersion; // what the merge was made from
    auto updated = m_service->update(request.principal.actor, request.info.arg, change.value());
    if (!updated)
        return fromError(updated.error(), ErrorContext::BodyFields,
                         preconditioned || body->contains(QStringLiteral("version")));
    return item(updated.value());
}

QHttpServerResponse InvitationApiHandler::cancel(const ApiRequest& request) const
{
    auto body = optionalObject(request.info.body);
    if (!body)
        return fromError(body.error());
    auto why = reason(request, body.value());
    if (!why)
        return fromError(why.error());
    auto done = m_service->cancel(request.principal.actor, request.info.arg, why.value());
    if (!done)
        return fromError(done.error(), ErrorContext::BodyFields);
    return item(done.value());
}

QHttpServerResponse InvitationApiHandler::resend(const ApiRequest& request) const
{
    auto done = m_service->resend(request.principal.actor, request.info.arg);
    if (!done)
        return fromError(done.error());
    return item(done.value());
}

QHttpServerResponse InvitationApiHandler::statistics(const ApiRequest& request) const
{
    const QUrlQuery query(request.info.query);
    // from/to: days as `invitedesk stats --from/--to` takes them (StatisticsRange::fromDays).
    auto range =
        StatisticsRange::fromDays(query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                                  query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded));
    if (!range)
        return fromError(range.error());
    auto stats = m_service->statistics(
        request.principal.actor, query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
        range.value());
    if (!stats)
        return fromError(stats.error());
    return json(stats->toJson());
}

QHttpServerResponse InvitationApiHandler::bulkCreate(const ApiRequest& request) const
{
    auto body = invitation_input::object(request.info.body);
    if (!body)
        return fromError(body.error());
    const QJsonValue list = body->value(QStringLiteral("invitations"));
    if (!list.isArray() || list.toArray().isEmpty())
        return fromError(Error::invalid(QStringLiteral("invitations"),
                                        QStringLiteral("Give the invitations as a non-empty "
                                                       "array of objects.")));
    const QJsonArray array = list.toArray();
    if (array.size() > invitation_input::MaxBulkItems)
        return fromError(Error::invalid(QStringLiteral("invitations"),
                                        QStringLiteral("At most %1 invitations at a time.")
                                            .arg(invitation_input::MaxBulkItems)));
    // Items whose shape is wrong are answered here; the rest go to the service together.
    BulkResult result;
    QList<NewInvitation> inputs;
    QList<int> indexOf;
    for (int i = 0; i < array.size(); ++i) {
        Result<NewInvitation> input =
            array.at(i).isObject() ? invitation_input::newInvitation(array.at(i).toObject())
                                   : Result<NewInvitation>(Error::invalid(
                                         QStringLiteral("invitations"),
                                         QStringLiteral("Each invitation must be a JSON object.")));
        BulkItemResult item;
        item.index = i;
        if (!input) {
            item.error = input.error();
        } else {
            inputs.append(input.value());
            indexOf.append(i);
        }
        result.items.append(item);
    }
    if (!inputs.isEmpty()) {
        const BulkResult created = m_service->createMany(request.principal.actor, inputs);
        for (const BulkItemResult& c : created.items) {
            BulkItemResult& target = result.items[indexOf.at(c.index)];
            target.ok = c.ok;
            target.id = c.id;
            target.error = c.error;
            target.invitation = c.invitation;
            if (c.error && (c.error->code == Error::Code::Environment ||
                            c.error->code == Error::Code::Internal))
                return fromError(*c.error);
        }
    }
    return bulkAnswer(result);
}

QHttpServerResponse InvitationApiHandler::bulkResend(const ApiRequest& request) const
{
    auto body = invitation_input::object(request.info.body);
    if (!body)
        return fromError(body.error());
    auto ids = invitation_input::ids(body.value());
    if (!ids)
        return fromError(ids.error());
    const BulkResult result = m_service->resendMany(request.principal.actor, ids.value());
    for (const BulkItemResult& i : result.items) {
        if (i.error &&
            (i.error->code == Error::Code::Environment || i.error->code == Error::Code::Internal))
            return fromError(*i.error);
    }
    return bulkAnswer(result);
}

QHttpServerResponse InvitationApiHandler::bulkCancel(const ApiRequest& request) const
{
    auto body = invitation_input::object(request.info.body);
    if (!body)
        return fromError(body.error());
    auto ids = invitation_input::ids(body.value());
    if (!ids)
        return fromError(ids.error());
    auto why = reason(request, body.value());
    if (!why)
        return fromError(why.error());
    const BulkResult result =
        m_service->cancelMany(request.principal.actor, ids.value(), why.value());
    for (const BulkItemResult& i : result.items) {
        if (i.error &&
            (i.error->code == Error::Code::Environment || i.error->code == Error::Code::Internal))
            return fromError(*i.error);
    }
    return bulkAnswer(result);
}

} // namespace invitedesk::http::api
