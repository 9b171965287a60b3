// ApiTokenService: a token is shown once and stored only as its SHA-256; it authenticates as
// its user until it is revoked or expires; names are unique among a user's live tokens; a
// read-only token may not change anything; creating and revoking are audited and the
// changes made through a token name it. Both backends.
#include "InvitationServiceFixture.h"

#include "core/security/TokenGenerator.h"
#include "core/services/ApiIdempotencyService.h"
#include "core/services/ApiTokenService.h"
#include "core/storage/AuditLog.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiTokenService : public InvitationServiceFixture {
    Q_OBJECT
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ServiceConfig config()
    {
        ServiceConfig c;
        c.clock = [this] { return m_now; };
        return c;
    }
    QList<AuditEvent> events(const QString& action)
    {
        AuditFilter f;
        f.action = action;
        f.limit = 0;
        return AuditLog(m_db).list(f).value();
    }

private Q_SLOTS:
    void init() { setUpFixture(); }

    void createShowsTheTokenOnceAndStoresItsHash()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["sales1"], {QStringLiteral("crm"), 30, false});
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
        QVERIFY(created->token.startsWith(QStringLiteral("idk_")));
        QCOMPARE(created->token.size(), 4 + tokens::TokenLength);
        QCOMPARE(created->record.expiresAt, m_now.addDays(30));
        // No column of any row holds the token; the hash is there.
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("SELECT id, user_id, name, token_hash FROM api_tokens")));
        QVERIFY(q.next());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!q.value(i).toString().contains(created->token.mid(4)));
        QCOMPARE(q.value(3).toByteArray(), tokens::hash(created->token));
        // Audited, by the user, naming the token.
        const auto audit = events(QStringLiteral("api_token.created"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().actorUserId, m_tree["sales1"].id);
        QCOMPARE(audit.first().details.value("token_id").toString(), created->record.id);
        QCOMPARE(audit.first().details.value("name").toString(), QStringLiteral("crm"));
    }

    void authenticateActsAsTheUser()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["dist1"], {QStringLiteral("ivr"), {}, true});
        QVERIFY(created.ok());
        auto who = tokens.authenticate(created->token);
        QVERIFY2(who.ok(), who.ok() ? "" : qPrintable(who.error().describe()));
        QCOMPARE(who->actor.id, m_tree["dist1"].id);
        QCOMPARE(who->actor.role, Role::Distributor);
        QCOMPARE(who->actor.apiTokenId, created->record.id);
        QCOMPARE(who->actor.apiTokenName, QStringLiteral("ivr"));
        QVERIFY(who->token.readOnly);
        QCOMPARE(ApiTokenService::checkMayChange(who.value()).error().code,
                 Error::Code::NotPermitted);
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("no prefix") << tokens::generate();
        QTest::newRow("unknown") << QStringLiteral("idk_") + tokens::generate();
        QTest::newRow("short") << QStringLiteral("idk_abc");
    }
    void badTokensAreRefused()
    {
        QFETCH(QString, token);
        ApiTokenService tokens(m_db, config());
        QVERIFY(tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false}).ok());
        auto who = tokens.authenticate(token);
        QVERIFY(!who.ok());
        QCOMPARE(who.error().code, Error::Code::Unauthenticated);
    }

    void revokedAndExpiredTokensAreRefused()
    {
        ApiTokenService tokens(m_db, config());
        auto a = tokens.create(m_tree["sales1"], {QStringLiteral("a"), 1, false});
        auto b = tokens.create(m_tree["sales1"], {QStringLiteral("b"), {}, false});
        QVERIFY(a.ok() && b.ok());
        // Revoke by name; the other one works on.
        auto revoked = tokens.revoke(m_tree["sales1"], QStringLiteral("b"));
        QVERIFY2(revoked.ok(), revoked.ok() ? "" : qPrintable(revoked.error().describe()));
        QCOMPARE(tokens.authenticate(b->token).error().code, Error::Code::Unauthenticated);
        QVERIFY(tokens.authenticate(a->token).ok());
        const auto audit = events(QStringLiteral("api_token.revoked"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().details.value("token_id").toString(), b->record.id);
        // A day later the first one has expired.
        m_now = m_now.addDays(1);
        QCOMPARE(tokens.authenticate(a->token).error().code, Error::Code::Unauthenticated);
        // Revoking twice, or another user's token, finds nothing.
        QCOMPARE(tokens.revoke(m_tree["sales1"], QStringLiteral("b")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(tokens.revoke(m_tree["sales2"], a->record.id).error().code, Error::Code::NotFound);
        // Revoke by id.
        QVERIFY(tokens.revoke(m_tree["sales1"], a->record.id).ok());
        const auto list = tokens.list(m_tree["sales1"]).value();
        QCOMPARE(list.size(), 2);
        for (const ApiToken& t : list)
            QVERIFY(t.isRevoked());
    }

    // The user comes with the token in one query: role, organisation and the active flag.
    void deactivatedUsersTokensAreRefused()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["dist1"], {QStringLiteral("crm"), {}, false});
        QVERIFY(created.ok());
        auto who = tokens.authenticate(created->token);
        QVERIFY(who.ok());
        QCOMPARE(who->actor.email, m_tree["dist1"].email);
        QCOMPARE(who->actor.organizationId, m_tree["dist1"].organizationId);
        QCOMPARE(who->actor.organizationName, m_tree["dist1"].organizationName);
        QCOMPARE(who->actor.parentUserId, m_tree["dist1"].parentUserId);
        QCOMPARE(who->token.userEmail, m_tree["dist1"].email);
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("UPDATE users SET is_active = ? WHERE id = ?"));
        q.addBindValue(m_db->boolValue(false));
        q.addBindValue(m_tree["dist1"].id);
        QVERIFY(q.exec());
        QCOMPARE(tokens.authenticate(created->token).error().code, Error::Code::Unauthenticated);
    }

    // last_used_at: set by the first use, then written at most once a minute (the uses in
    // between leave it), and shown by list (token list --json).
    void lastUseIsRecordedAtMostOnceAMinute()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false});
        QVERIFY(created.ok());
        const auto lastUsed = [&] { return tokens.list(m_tree["sales1"])->first().lastUsedAt; };
        QVERIFY(!lastUsed().isValid());
        QVERIFY(
            tokens.list(m_tree["sales1"])->first().toJson(m_now).value("last_used_at").isNull());
        const QDateTime first = m_now;
        QVERIFY(tokens.authenticate(created->token).ok());
        QCOMPARE(lastUsed(), first);
        // Within the minute: not written again.
        for (int s : {1, 30, 59}) {
            m_now = first.addSecs(s);
            auto who = tokens.authenticate(created->token);
            QVERIFY(who.ok());
            QCOMPARE(who->token.lastUsedAt, first);
            QCOMPARE(lastUsed(), first);
        }
        m_now = first.addSecs(61);
        QVERIFY(tokens.authenticate(created->token).ok());
        QCOMPARE(lastUsed(), m_now);
        const QJsonObject item = tokens.list(m_tree["sales1"])->first().toJson(m_now);
        QCOMPARE(item.value("last_used_at").toString(), m_now.toString(Qt::ISODateWithMs));
        // A refused use (revoked) records nothing.
        const QDateTime recorded = m_now;
        QVERIFY(tokens.revoke(m_tree["sales1"], QStringLiteral("crm")).ok());
        m_now = m_now.addSecs(600);
        QVERIFY(!tokens.authenticate(created->token).ok());
        QCOMPARE(lastUsed(), recorded);
        // Not audited: it is bookkeeping, not a change.
        QCOMPARE(countRows(QStringLiteral("audit_events WHERE action NOT LIKE 'api_token.%'")), 0);
    }

    void namesAreUniqueAmongLiveTokens()
    {
        ApiTokenService tokens(m_db, config());
        QVERIFY(tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false}).ok());
        auto twice = tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        QCOMPARE(twice.error().field, QStringLiteral("name"));
        // Another user may use the name; after a revoke the name is free again.
        QVERIFY(tokens.create(m_tree["sales2"], {QStringLiteral("crm"), {}, false}).ok());
        QVERIFY(tokens.revoke(m_tree["sales1"], QStringLiteral("crm")).ok());
        QVERIFY(tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false}).ok());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QStringLiteral("  ") << 0 << "name";
        QTest::newRow("long name") << QString(101, QLatin1Char('x')) << 0 << "name";
        QTest::newRow("control") << QStringLiteral("a\nb") << 0 << "name";
        QTest::newRow("zero days") << QStringLiteral("ok") << -1 << "expires_days";
        QTest::newRow("too many days") << QStringLiteral("ok") << 3651 << "expires_days";
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, days);
        QFETCH(QString, field);
        ApiTokenService tokens(m_db, config());
        NewApiToken in{name, {}, false};
        if (days != 0)
            in.expiresDays = days == -1 ? 0 : days;
        auto r = tokens.create(m_tree["sales1"], in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().field, field);
        QCOMPARE(countRows(QStringLiteral("api_tokens")), 0);
        QCOMPARE(countRows(QStringLiteral("audit_events")), 0);
    }

    void changesThroughATokenNameIt()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false});
        QVERIFY(created.ok());
        const ApiPrincipal who = tokens.authenticate(created->token).value();
        InvitationService service(m_db, config());
        auto inv = service.create(who.actor, request(QStringLiteral("d@x.test"), "doctor"));
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().describe()));
        QVERIFY(service.resend(who.actor, inv->id).ok());
        InvitationUpdate change;
        change.message = QStringLiteral("Welcome");
        QVERIFY(service.update(who.actor, inv->id, change).ok());
        QVERIFY(service.cancel(who.actor, inv->id, QStringLiteral("done")).ok());
        for (const char* action : {"invitation.created", "invitation.resent", "invitation.updated",
                                   "invitation.cancelled"}) {
            const auto audit = events(QString::fromLatin1(action));
            QCOMPARE(audit.size(), 1);
            const QJsonObject token = audit.first().details.value("api_token").toObject();
            QCOMPARE(token.value("id").toString(), created->record.id);
            QCOMPARE(token.value("name").toString(), QStringLiteral("crm"));
        }
        // Without a token, no api_token in the details.
        auto other =
            service.create(m_tree["sales1"], request(QStringLiteral("e@x.test"), "doctor"));
        QVERIFY(other.ok());
        for (const AuditEvent& e : events(QStringLiteral("invitation.created"))) {
            if (e.invitationId == other->id)
                QVERIFY(!e.details.contains("api_token"));
        }
        QVERIFY(AuditLog(m_db).verify().value().ok);
    }

    void idempotencyKeysReplayTheFirstAnswer()
    {
        ApiTokenService tokens(m_db, config());
        auto created = tokens.create(m_tree["sales1"], {QStringLiteral("crm"), {}, false});
        const ApiPrincipal who = tokens.authenticate(created->token).value();
        ApiIdempotencyService keys(m_db, config());
        const QByteArray hashA = tokens::hash(QStringLiteral("request a"));
        const QByteArray hashB = tokens::hash(QStringLiteral("request b"));
        using Kind = ApiIdempotencyService::Claim::Kind;
        QCOMPARE(keys.claim(who, QStringLiteral("k1"), hashA)->kind, Kind::Fresh);
        QCOMPARE(keys.claim(who, QStringLiteral("k1"), hashA)->kind, Kind::Running);
        QVERIFY(keys.complete(who, QStringLiteral("k1"), 201, QStringLiteral("{\"id\":1}")).ok());
        auto again = keys.claim(who, QStringLiteral("k1"), hashA);
        QCOMPARE(again->kind, Kind::Replay);
        QCOMPARE(again->status, 201);
        QCOMPARE(again->response, QStringLiteral("{\"id\":1}"));
        QCOMPARE(keys.claim(who, QStringLiteral("k1"), hashB)->kind, Kind::Mismatch);
        // The headers of the first answer come back with it.
        QCOMPARE(keys.claim(who, QStringLiteral("k3"), hashA)->kind, Kind::Fresh);
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"ETag", "\"1\""}, {"Location", "/api/v1/invitations/abc"}};
        QVERIFY(keys.complete(who, QStringLiteral("k3"), 201, QStringLiteral("{}"), headers).ok());
        auto replay = keys.claim(who, QStringLiteral("k3"), hashA);
        QCOMPARE(replay->kind, Kind::Replay);
        QCOMPARE(replay->headers, headers);
        QVERIFY(again->headers.isEmpty());
        // A released claim may be retried; a bad key is refused.
        QCOMPARE(keys.claim(who, QStringLiteral("k2"), hashA)->kind, Kind::Fresh);
        QVERIFY(keys.release(who, QStringLiteral("k2")).ok());
        QCOMPARE(keys.claim(who, QStringLiteral("k2"), hashA)->kind, Kind::Fresh);
        QCOMPARE(keys.claim(who, QStringLiteral("has space"), hashA).error().field,
                 QStringLiteral("idempotency_key"));
    }
};

QTEST_GUILESS_MAIN(TestApiTokenService)
#include "test_api_token_service.moc"
