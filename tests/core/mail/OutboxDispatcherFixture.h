#pragma once

// The members and helpers of the outbox dispatcher tests (test_outbox_relay, test_outbox_claims,
// test_outbox_rendering; header-only): a database with the fixture tree, an InvitationService,
// invitations to José Müller with a message that needs escaping, and two aiosmtpd relays
// (STARTTLS + AUTH, and plain for volume) that a test starts in its initTestCase(). A test
// class derives from QObject first, then from this.
#include "DispatcherTestSupport.h"
#include "SmtpTestServer.h"

#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QTemporaryDir>
#include <QTest>

namespace invitedesk::test {

inline const QString kPublicUrl = QStringLiteral("https://invite.test");
inline const QString kMessage = QStringLiteral("Bienvenido <b>José</b> & \"co\"");

class OutboxDispatcherFixture {
protected:
    QTemporaryDir m_certs;
    SmtpTestServer m_tlsServer;   // STARTTLS + AUTH
    SmtpTestServer m_plainServer; // plain, for volume
    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;

    // Starts both relays; false with the reason in `error`.
    bool startRelays(QString* error)
    {
        if (!m_certs.isValid()) {
            *error = QStringLiteral("no temporary folder for the certificates");
            return false;
        }
        if (!SmtpTestServer::makeCertificates(m_certs.path(), error))
            return false;
        SmtpTestServer::Options tls;
        tls.mode = SmtpTestServer::Mode::StartTls;
        tls.auth = QStringLiteral("mailer:relay pass");
        tls.certDir = m_certs.path();
        return m_tlsServer.start(tls, error) && m_plainServer.start({}, error);
    }
    // The tree and the service, on the database init() opened (INVITEDESK_REQUIRE_DB(m_db)).
    void startService()
    {
        m_tree = TestFixtures::makeTree(m_db);
        ServiceConfig config;
        config.publicUrl = kPublicUrl;
        m_service = std::make_unique<InvitationService>(m_db, config);
    }

    Invitation invite(const QString& email, const QString& language = QStringLiteral("es"))
    {
        NewInvitation in;
        in.email = email;
        in.firstName = QStringLiteral("José");
        in.lastName = QStringLiteral("Müller");
        in.type = QStringLiteral("doctor");
        in.message = kMessage;
        in.language = language;
        auto r = m_service->create(m_tree[QStringLiteral("admin")], in);
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }
    MailConfig tlsConfig() const
    {
        MailConfig c;
        c.url = m_tlsServer.url(QStringLiteral("mailer"));
        c.password = QStringLiteral("relay pass");
        c.publicUrl = QStringLiteral("https://not-this-one.example"); // rows carry their own
        return c;
    }
    MailConfig plainConfig(const SmtpTestServer& server) const
    {
        MailConfig c;
        c.url = server.url();
        return c;
    }
    QVariantMap outboxRow(const QString& invitationId,
                          const QString& kind = QStringLiteral("invitation"))
    {
        return row(m_db,
                   QStringLiteral("SELECT status, attempts, last_error, next_attempt_at, "
                                  "claimed_by, sent_at FROM email_outbox WHERE invitation_id = ? "
                                  "AND kind = ? ORDER BY created_at DESC"),
                   {invitationId, kind});
    }
};

// The test class of test_outbox_relay and test_outbox_claims: both relays for the whole run,
// a fresh database, tree and service for each test function. (Qt Test runs the private slots a
// base class declares: initTestCase() and init() here, the test functions in the subclass.)
class OutboxRelayTest : public QObject, protected OutboxDispatcherFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startRelays(&error), qPrintable(error));
    }
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        startService();
    }
};

} // namespace invitedesk::test
