#pragma once

// The members and helpers of an AcceptanceService test (test_acceptance_service,
// test_first_looks; header-only): a database with the fixture tree, one clock (m_now) for the
// invitation and acceptance services, and invitations whose e-mail was delivered (links exist
// only in delivered mail). A test class derives from QObject first, then from this; its init()
// opens the database (INVITEDESK_REQUIRE_DB(m_db)), makes the tree and calls startServices().
#include "core/services/AcceptanceService.h"
#include "core/services/InvitationService.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace invitedesk::test {

class AcceptanceFixture {
protected:
    DatabasePtr m_db;
    UserTree m_tree;
    QDateTime m_now;
    ServiceConfig m_config;
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<AcceptanceService> m_acceptance;
    QHash<QString, QString> m_links; // invitation id -> newest delivered link token
    NewInvitation m_person;          // what invite() fills in besides the address and the type

    // Both services, on one clock set to `now`.
    void startServices(const QDateTime& now)
    {
        m_now = now;
        m_config.clock = [this] { return m_now; };
        m_invitations = std::make_unique<InvitationService>(m_db, m_config);
        m_acceptance = std::make_unique<AcceptanceService>(m_db, m_config);
    }
    // Creates the invitation and delivers its e-mail (links exist only in delivered mail).
    Invitation invite(const QString& email, const QString& type = QStringLiteral("doctor"))
    {
        NewInvitation in = m_person;
        in.email = email;
        in.type = type;
        auto created = m_invitations->create(m_tree[QStringLiteral("admin")], in);
        if (!created)
            qFatal("cannot create invitation: %s", qPrintable(created.error().describe()));
        m_links.insert(created->id, deliverLink(m_db, created->email, m_config.clock));
        return created.value();
    }
    // The token of the newest link delivered for the invitation.
    QString link(const Invitation& inv) const { return m_links.value(inv.id); }
    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
};

} // namespace invitedesk::test
