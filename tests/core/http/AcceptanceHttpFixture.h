#pragma once

#include "HttpProbe.h"

#include "core/http/acceptance/AcceptanceServer.h"
#include "core/services/InvitationService.h"
#include "tests/support/TestFixtures.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace invitedesk::test {

// Shared by the acceptance handler's loopback tests: a database with the fixture tree, the
// handler running on a free port (rate limit off), invitations seeded through the service,
// and every log line captured so the tests can check that no token or password reaches it.
class AcceptanceHttpFixture : public QObject {
protected:
    static inline const QString kGood = QStringLiteral("a long and unusual passphrase 7");

    // Call from initTestCase (a failure there skips the test functions) and cleanupTestCase.
    void startFixture();
    void stopFixture();

    // Creates the invitation and delivers its e-mail (links exist only in delivered mail).
    Invitation invite(const QString& email, const QString& type = QStringLiteral("doctor"),
                      const QString& first = QStringLiteral("Robin"));
    // The token of the newest link delivered for the invitation.
    QString link(const Invitation& inv) const { return m_links.value(inv.id); }
    // Delivers what the outbox holds for the invitation now (after a resend) and returns the
    // new link's token.
    QString deliverAgain(const Invitation& inv);
    QUrl url(const QString& path, quint16 port = 0) const;
    void makeAccount(const QString& email, const QString& organizationId);
    QString unique(const QString& prefix) const;
    static void verifySecurityHeaders(const HttpReply& reply);
    static QJsonObject json(const HttpReply& reply);
    std::unique_ptr<http::AcceptanceServer> startServer(http::AcceptanceServerOptions options);

    // Every message logged since startFixture().
    static QStringList capturedLog();
    // No captured line shows a token issued by invite() or the good password.
    void verifyLogHoldsNoSecrets() const;

    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<http::AcceptanceServer> m_server;
    QStringList m_tokens;
    QHash<QString, QString> m_links; // invitation id -> newest delivered link token
};

} // namespace invitedesk::test
