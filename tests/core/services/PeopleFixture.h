#pragma once

#include "InvitationServiceFixture.h"

#include "core/services/PeopleService.h"
#include "core/storage/AuditLog.h"

#include <QSqlQuery>

namespace invitedesk::test {

// Shared by the people tests: a fresh database with the fixture tree for every test function
// (call setUpFixture() from init()), PeopleService on one injected clock, and helpers that
// read behind the service's back. The tree:
//   admin -> chp -> master -> dist1 -> sales1 -> doctor1 -> office1, staff1
//                          -> dist2 -> sales2
//   admin -> ivr, ship
class PeopleFixture : public InvitationServiceFixture {
protected:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    ServiceConfig config()
    {
        ServiceConfig c;
        c.clock = [this] { return m_now; };
        return c;
    }
    PeopleService people() { return PeopleService(m_db, config()); }
    QList<AuditEvent> events(const QString& action)
    {
        AuditFilter f;
        f.action = action;
        f.limit = 0;
        return AuditLog(m_db).list(f).value();
    }
    // The fixture keys of the people `who` lists, sorted.
    QStringList listed(const QString& who, const PeopleQuery& query = {})
    {
        auto list = people().list(m_tree[who], query);
        if (!list) {
            qWarning("list: %s", qPrintable(list.error().describe()));
            return {QStringLiteral("<error>")};
        }
        QStringList keys;
        for (const Person& p : list.value()) {
            const QString key = keyOf(p.user.id);
            keys << (key.isEmpty() ? p.user.email : key);
        }
        keys.sort();
        return keys;
    }
    QString keyOf(const QString& id) const
    {
        for (auto it = m_tree.users.begin(); it != m_tree.users.end(); ++it) {
            if (it.value().id == id)
                return it.key();
        }
        return {};
    }
    QString email(const QString& key) { return m_tree[key].email; }
    QVariant userColumn(const QString& key, const QString& column)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(column));
        q.addBindValue(m_tree[key].id);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }
};

} // namespace invitedesk::test
