#pragma once

#include "tests/core/http/AcceptanceHttpFixture.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace invitedesk::test {

// Shared by the integration API's loopback tests (tests/core/http/api, one executable per unit
// of behaviour): the acceptance fixture's server and tree, a personal API token for every
// user of the tree (and a read-only one for sales1), calls that send the token and record
// each answer, and the checks of the error shape and of the OpenAPI document.
class IntegrationApiFixture : public AcceptanceHttpFixture {
protected:
    static inline const QStringList kUsers = {"admin",   "chp",    "master", "dist1",
                                              "dist2",   "sales1", "sales2", "doctor1",
                                              "office1", "staff1", "ivr",    "ship"};

    // Call from initTestCase / cleanupTestCase.
    void startApiFixture();
    void stopApiFixture();

    // The route table's path ("/api/v1/invitations/{id}") that a request path matches.
    static QString templateOf(const QByteArray& method, const QString& path);
    // A request with the token as Authorization: Bearer (none when empty) and the body as
    // JSON; recorded (record()).
    HttpReply call(const QByteArray& method, const QString& pathAndQuery, const QString& token,
                   const QJsonValue& body = QJsonValue(QJsonValue::Undefined), Headers headers = {},
                   quint16 port = 0);
    // Notes the answer for verifyEverySeenStatusDocumented and, when INVITEDESK_API_ANSWERS
    // names a file, appends it there for the schema check (tests/core/http/openapi).
    void record(const QByteArray& method, const QString& path, const HttpReply& reply);
    // The one error shape, its code and field, JSON, and the security headers.
    static void verifyError(const HttpReply& reply, int status, const QString& code,
                            const QString& field = {});
    // Every (method, route, status) seen is documented for its operation. Call last.
    void verifyEverySeenStatusDocumented() const;

    QJsonObject newDoctor(const QString& email) const;
    // Creates through the API as the user; the id, or empty (logged) when it was refused.
    QString created(const QString& user, const QJsonObject& body);

    QHash<QString, QString> m_token; // user key -> bearer token
    QString m_readOnly;              // sales1's read-only token
    QSet<QString> m_seen;            // "METHOD /route STATUS" of every answer
};

} // namespace invitedesk::test
