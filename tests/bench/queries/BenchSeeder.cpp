#include "tests/bench/queries/BenchSeeder.h"

#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace invitedesk::bench {

namespace {
const QUuid kNamespace = QUuid(QStringLiteral("{6f1c2a43-8d0e-4b9a-9a57-1be2c0d5e7a1}"));
const QString kUserDomain = QStringLiteral("@tree.bench.invitedesk.example");
const QString kPasswordHash = QStringLiteral("!bench: no sign-in");

QString uuidFor(const QString& name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

quint64 mix(quint64 x) // splitmix64: a fixed, well spread sequence per invitation
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const QStringList& firstNames()
{
    static const QStringList names = {
        QStringLiteral("Ana"),   QStringLiteral("Ben"),    QStringLiteral("Carla"),
        QStringLiteral("David"), QStringLiteral("Elena"),  QStringLiteral("Frank"),
        QStringLiteral("Grace"), QStringLiteral("Hector"), QStringLiteral("Irene"),
        QStringLiteral("Jorge"), QStringLiteral("Karen"),  QStringLiteral("Luis"),
        QStringLiteral("Maria"), QStringLiteral("Noah"),   QStringLiteral("Olivia"),
        QStringLiteral("Pedro"), QStringLiteral("Quinn"),  QStringLiteral("Rosa"),
        QStringLiteral("Sam"),   QStringLiteral("Teresa")};
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names = {
        QStringLiteral("Garcia"),   QStringLiteral("Smith"),    QStringLiteral("Johnson"),
        QStringLiteral("Martinez"), QStringLiteral("Brown"),    QStringLiteral("Lopez"),
        QStringLiteral("Davis"),    QStringLiteral("Gonzalez"), QStringLiteral("Miller"),
        QStringLiteral("Wilson"),   QStringLiteral("Perez"),    QStringLiteral("Taylor"),
        QStringLiteral("Sanchez"),  QStringLiteral("Moore"),    QStringLiteral("Ramirez"),
        QStringLiteral("Clark"),    QStringLiteral("Torres"),   QStringLiteral("Lewis"),
        QStringLiteral("Flores"),   QStringLiteral("Walker"),   QStringLiteral("Rivera"),
        QStringLiteral("Young"),    QStringLiteral("Nguyen")};
    return names;
}

int scaled(int full, qint64 rows)
{
    const double share = std::min(1.0, double(rows) / 1000000.0);
    return std::max(1, int(std::lround(full * share)));
}

User member(Role role, int index, const QString& org, const QString& parentId)
{
    User u;
    const QString roleName = roles::name(role);
    u.id = uuidFor(QStringLiteral("user/%1/%2").arg(roleName).arg(index));
    u.email = QStringLiteral("bench.%1.%2").arg(roleName).arg(index, 6, 10, QLatin1Char('0')) +
              kUserDomain;
    u.firstName = firstNames().at(index % firstNames().size());
    u.lastName = QStringLiteral("%1 %2").arg(roleName).arg(index);
    u.role = role;
    u.organizationId = org;
    u.parentUserId = parentId;
    u.invitedById = parentId;
    return u;
}
} // namespace

TreeShape TreeShape::forRows(qint64 rows)
{
    TreeShape s;
    s.chpAdmins = scaled(5, rows);
    s.masterDistributors = scaled(50, rows);
    s.distributors = scaled(500, rows);
    s.salesReps = scaled(5000, rows);
    s.doctors = scaled(50000, rows);
    return s;
}

QString BenchSeeder::rootOrganizationId()
{
    return uuidFor(QStringLiteral("organization/root"));
}

QString BenchSeeder::emailOf(qint64 sequence)
{
    const quint64 h = mix(quint64(sequence));
    return QStringLiteral("%1.%2%3@clinic%4.example")
        .arg(firstNames().at(int(h % quint64(firstNames().size()))).toLower(),
             lastNames().at(int((h >> 8) % quint64(lastNames().size()))).toLower())
        .arg(sequence)
        .arg(sequence % 997);
}

Result<void> BenchSeeder::insertRows(const QString& table, const QStringList& columns,
                                     const QList<QVariantList>& rows)
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    const QString row = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    // PostgreSQL takes up to 65,535 bound values a statement; SQLite's own limit is lower.
    const int chunk = m_db->isPostgres() ? 60000 / int(columns.size()) : m_db->insertChunkRows();
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype end = std::min<qsizetype>(rows.size(), start + chunk);
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                          .arg(table, columns.join(QStringLiteral(", ")));
        for (qsizetype i = start; i < end; ++i)
            sql += (i == start ? QString() : QStringLiteral(",")) + row;
        QVariantList binds;
        binds.reserve((end - start) * columns.size());
        for (qsizetype i = start; i < end; ++i)
            binds += rows.at(i);
        QSqlQuery q(conn.value());
        if (!Database::exec(q, sql, binds))
            return Database::fromSqlError(q.lastError(), QStringLiteral("seeding %1").arg(table));
    }
    return {};
}

Result<BenchTree> BenchSeeder::loadTree()
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (!Database::exec(q,
                        QStringLiteral("SELECT id, email, first_name, last_name, role, "
                                       "organization_id, parent_user_id FROM users WHERE email "
                                       "LIKE ? ORDER BY email"),
                        {QStringLiteral("bench.%") + kUserDomain}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the bench tree"));
    BenchTree tree;
    tree.reused = true;
    while (q.next()) {
        User u;
        u.id = q.value(0).toString();
        u.email = q.value(1).toString();
        u.firstName = q.value(2).toString();
        u.lastName = q.value(3).toString();
        u.role = roles::fromName(q.value(4).toString()).value_or(Role::Doctor);
        u.organizationId = q.value(5).toString();
        u.parentUserId = q.value(6).toString();
        switch (u.role) {
        case Role::Admin:
            tree.admin = u;
            break;
        case Role::ChpAdmin:
            tree.chpAdmins << u;
            break;
        case Role::MasterDistributor:
            tree.masterDistributors << u;
            break;
        case Role::Distributor:
            tree.distributors << u;
            break;
        case Role::Sales:
            tree.salesReps << u;
            break;
        default:
            tree.doctors << u;
        }
    }
    if (tree.admin.id.isEmpty() || tree.chpAdmins.isEmpty() || tree.masterDistributors.isEmpty() ||
        tree.distributors.isEmpty() || tree.salesReps.isEmpty() || tree.doctors.isEmpty())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("The bench's marker organisation exists but its tree "
                                          "is incomplete; use a fresh database."));
    return tree;
}

Result<BenchTree> BenchSeeder::ensureTree(qint64 rows)
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!Database::exec(q, QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"),
                        {rootOrganizationId()}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("finding the bench tree"));
    if (q.value(0).toInt() > 0)
        return loadTree();

    const TreeShape shape = TreeShape::forRows(rows);
    const QVariant now = m_db->timeValue(QDateTime::currentDateTimeUtc());
    // Organisations: the marker root (platform), one per CHP admin, one per master
    // distributor (its distributors, sales reps and doctors work there too).
    QList<QVariantList> orgs;
    const QString root = rootOrganizationId();
    orgs << QVariantList{root, QStringLiteral("invitedesk-bench tree"), QStringLiteral("platform"),
                         Database::nullText(), now};
    QStringList chpOrgs, mdOrgs;
    for (int i = 0; i < shape.chpAdmins; ++i) {
        chpOrgs << uuidFor(QStringLiteral("organization/chp/%1").arg(i));
        orgs << QVariantList{chpOrgs.last(), QStringLiteral("Bench CHP %1").arg(i),
                             QStringLiteral("chp"), root, now};
    }
    for (int i = 0; i < shape.masterDistributors; ++i) {
        mdOrgs << uuidFor(QStringLiteral("organization/md/%1").arg(i));
        orgs << QVariantList{mdOrgs.last(), QStringLiteral("Bench distribution %1").arg(i),
                             QStringLiteral("distributor"), chpOrgs.at(i % chpOrgs.size()), now};
    }

    BenchTree tree;
    tree.admin = member(Role::Admin, 0, root, {});
    for (int i = 0; i < shape.chpAdmins; ++i)
        tree.chpAdmins << member(Role::ChpAdmin, i, chpOrgs.at(i), tree.admin.id);
    for (int i = 0; i < shape.masterDistributors; ++i)
        tree.masterDistributors << member(Role::MasterDistributor, i, mdOrgs.at(i),
                                          tree.chpAdmins.at(i % shape.chpAdmins).id);
    for (int i = 0; i < shape.distributors; ++i) {
        const User& up = tree.masterDistributors.at(i % shape.masterDistributors);
        tree.distributors << member(Role::Distributor, i, up.organizationId, up.id);
    }
    for (int i = 0; i < shape.salesReps; ++i) {
        const User& up = tree.distributors.at(i % shape.distributors);
        tree.salesReps << member(Role::Sales, i, up.organizationId, up.id);
    }
    for (int i = 0; i < shape.doctors; ++i) {
        const User& up = tree.salesReps.at(i % shape.salesReps);
        tree.doctors << member(Role::Doctor, i, up.organizationId, up.id);
    }

    QList<QVariantList> users;
    auto add = [&](const User& u) {
        users << QVariantList{u.id,
                              u.email,
                              kPasswordHash,
                              u.firstName,
                              u.lastName,
                              roles::name(u.role),
                              u.organizationId,
                              Database::textOrNull(u.parentUserId),
                              m_db->boolValue(true),
                              now,
                              Database::textOrNull(u.invitedById)};
    };
    add(tree.admin);
    for (const QList<User>* level : {&tree.chpAdmins, &tree.masterDistributors, &tree.distributors,
                                     &tree.salesReps, &tree.doctors})
        for (const User& u : *level)
            add(u);

    Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = insertRows(QStringLiteral("organizations"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                             QStringLiteral("parent_id"), QStringLiteral("created_at")},
                            orgs);
        !r)
        return r.error();
    if (auto r = insertRows(QStringLiteral("users"),
                            {QStringLiteral("id"), QStringLiteral("email"),
                             QStringLiteral("password_hash"), QStringLiteral("first_name"),
                             QStringLiteral("last_name"), QStringLiteral("role"),
                             QStringLiteral("organization_id"), QStringLiteral("parent_user_id"),
                             QStringLiteral("is_active"), QStringLiteral("created_at"),
                             QStringLiteral("invited_by_id")},
                            users);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return tree;
}

Result<qint64> BenchSeeder::seededInvitations(const BenchTree& tree)
{
    Q_UNUSED(tree);
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!Database::exec(q,
                        QStringLiteral("SELECT count(*) FROM user_invitations WHERE "
                                       "organization_id IN (SELECT id FROM organizations WHERE "
                                       "id = ? OR parent_id = ? OR parent_id IN (SELECT id FROM "
                                       "organizations WHERE parent_id = ?))"),
                        {rootOrganizationId(), rootOrganizationId(), rootOrganizationId()}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting bench invitations"));
    return q.value(0).toLongLong();
}

Result<qint64> BenchSeeder::topUp(const BenchTree& tree, qint64 rows)
{
    auto have = seededInvitations(tree);
    if (!have)
        return have.error();
    if (have.value() >= rows)
        return qint64(0);
    // Inviters: each CHP admin invites master distributors, each master distributor
    // distributors, each distributor sales reps, each sales rep doctors (nine in ten rows).
    QList<const User*> inviters;
    for (const QList<User>* level :
         {&tree.chpAdmins, &tree.masterDistributors, &tree.distributors, &tree.salesReps})
        for (const User& u : *level)
            inviters << &u;
    auto typeFor = [](Role inviter) {
        switch (inviter) {
        case Role::ChpAdmin:
            return QStringLiteral("master_distributor");
        case Role::MasterDistributor:
            return QStringLiteral("distributor");
        case Role::Distributor:
            return QStringLiteral("sales");
        default:
            return QStringLiteral("doctor");
        }
    };
    const QStringList columns = {QStringLiteral("id"),
                                 QStringLiteral("email"),
                                 QStringLiteral("first_name"),
                                 QStringLiteral("last_name"),
                                 QStringLiteral("invitation_type"),
                                 QStringLiteral("role_name"),
                                 QStringLiteral("status"),
                                 QStringLiteral("organization_id"),
                                 QStringLiteral("invited_by_id"),
                                 QStringLiteral("parent_user_id"),
                                 QStringLiteral("language"),
                                 QStringLiteral("details"),
                                 QStringLiteral("expires_at"),
                                 QStringLiteral("sent_at"),
                                 QStringLiteral("last_sent_at"),
                                 QStringLiteral("opened_at"),
                                 QStringLiteral("email_delivery_status"),
                                 QStringLiteral("email_attempts"),
                                 QStringLiteral("accepted_at"),
                                 QStringLiteral("accepted_user_id"),
                                 QStringLiteral("cancelled_at"),
                                 QStringLiteral("cancelled_by_id"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"),
                                 QStringLiteral("validity_days")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant noTime = QVariant(QMetaType(QMetaType::QString));
    auto time = [&](const QDateTime& t) { return t.isValid() ? m_db->timeValue(t) : noTime; };
    const qint64 kPerTransaction = 100000;
    for (qint64 start = have.value(); start < rows; start += kPerTransaction) {
        const qint64 end = std::min(rows, start + kPerTransaction);
        QList<QVariantList> batch;
        batch.reserve(end - start);
        for (qint64 k = start; k < end; ++k) {
            const quint64 h = mix(quint64(k) ^ 0x5bd1e995ULL);
            const User& by = *inviters.at(int(h % quint64(inviters.size())));
            // Status mix: pending 10%, sent 35%, accepted 25%, failed 5%, cancelled 10%,
            // expired 15%.
            const int roll = int((h >> 16) % 100);
            const QString status = roll < 10   ? QStringLiteral("pending")
                                   : roll < 45 ? QStringLiteral("sent")
                                   : roll < 70 ? QStringLiteral("accepted")
                                   : roll < 75 ? QStringLiteral("failed")
                                   : roll < 85 ? QStringLiteral("cancelled")
                                               : QStringLiteral("expired");
            const bool open = roll < 45;
            const double u = double((h >> 32) % 1000000) / 1000000.0;
            // Open ones within their 7 days; the rest spread over the year before.
            const qint64 ageSecs = open ? qint64(u * 6 * 86400) : qint64((7 + u * 358) * 86400);
            const QDateTime created = now.addSecs(-ageSecs - 60);
            const bool wasSent = status != QLatin1String("pending") &&
                                 !(status == QLatin1String("cancelled") && (h & 1));
            const QDateTime sent = wasSent ? created.addSecs(60) : QDateTime();
            const bool opened = status == QLatin1String("accepted") ||
                                (status == QLatin1String("sent") && (h >> 40) % 10 < 3);
            const QDateTime openedAt = opened ? created.addSecs(2 * 3600) : QDateTime();
            const bool accepted = status == QLatin1String("accepted");
            const QDateTime acceptedAt =
                accepted ? created.addSecs(3 * 3600 + qint64((h >> 44) % 90) * 3600) : QDateTime();
            const bool cancelled = status == QLatin1String("cancelled");
            const QDateTime cancelledAt = cancelled ? created.addDays(1) : QDateTime();
            const QString delivery = status == QLatin1String("pending")  ? QStringLiteral("queued")
                                     : status == QLatin1String("failed") ? QStringLiteral("failed")
                                     : cancelled && !wasSent ? QStringLiteral("cancelled")
                                                             : QStringLiteral("sent");
            const QDateTime updated = std::max({created, sent, openedAt, acceptedAt, cancelledAt});
            const QString email = emailOf(k);
            const QString type = typeFor(by.role);
            batch << QVariantList{
                QUuid::createUuid().toString(QUuid::WithoutBraces),
                email,
                firstNames().at(int(mix(quint64(k)) % quint64(firstNames().size()))),
                lastNames().at(int((mix(quint64(k)) >> 8) % quint64(lastNames().size()))),
                type,
                type,
                status,
                by.organizationId,
                by.id,
                by.id,
                QStringLiteral("en"),
                QStringLiteral("{}"),
                time(created.addDays(7)),
                time(sent),
                time(sent),
                time(openedAt),
                delivery,
                wasSent ? 1 : 0,
                time(acceptedAt),
                accepted ? QVariant(tree.doctors.at(int(k % tree.doctors.size())).id)
                         : Database::nullText(),
                time(cancelledAt),
                cancelled ? QVariant(by.id) : Database::nullText(),
                time(created),
                time(updated),
                7};
        }
        Transaction tx(*m_db);
        if (auto r = tx.begin(); !r)
            return r.error();
        if (auto r = insertRows(QStringLiteral("user_invitations"), columns, batch); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    QSqlQuery analyze(conn.value());
    analyze.exec(QStringLiteral("ANALYZE"));
    return rows - have.value();
}

} // namespace invitedesk::bench
