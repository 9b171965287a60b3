// InvitationTableModel against a real database (SQLite and PostgreSQL): pages through
// fetchMore, counts, sorting, filters, data roles, visibility, and stale answers dropped.
#include "UiFixture.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationRowText.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/ItemRoles.h"
#include "ui/session/Session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

namespace {
constexpr int kDoctors = 140; // 152 invitations in all
}

class TestInvitationModel : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;

    std::unique_ptr<Session> session(const QString& who)
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                         m_fx.tree[who]);
    }
    // Waits until the model has no request in flight.
    static bool settle(InvitationTableModel& model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() >= 0; },
                               20000);
    }
    static void loadAll(InvitationTableModel& model)
    {
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(settle(model));
        }
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en")); // plural forms come from the catalogue
        QString error;
        if (!m_fx.setUp(kDoctors, &error))
            QFAIL(qPrintable(
                QStringLiteral("fixture on %1: %2").arg(TestDatabase::backendName(), error)));
    }

    void pagesArriveThroughFetchMore()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        // No QAbstractItemModelTester here: it calls fetchMore() itself on every change.
        model.setPageSize(50);
        // A wide window so a loaded machine cannot turn "right after" into "after a pause".
        model.setRapidScrollWindow(60000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy total(&model, &InvitationTableModel::totalCountChanged);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({}); // the first call starts the list
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.totalCount(), qint64(m_fx.created));
        QVERIFY(total.count() >= 1);
        QVERIFY(model.canFetchMore({}));
        // Asking again right after a page landed: the next page is twice as big.
        model.fetchMore({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 150);
        loadAll(model);
        QCOMPARE(model.rowCount(), m_fx.created);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.count(), 3); // 50, 100, the last 2
        // Every id once.
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.idAt(r));
        QCOMPARE(ids.size(), m_fx.created);

        // After a pause, and after a reload, pages start small again.
        model.reload();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 50);
        model.setRapidScrollWindow(0); // any further fetch now comes "after a pause"
        model.fetchMore({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 100);
    }

    void defaultOrderIsNewestFirst()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        model.fetchMore({});
        QVERIFY(settle(model));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r - 1).createdAt >= model.rowAt(r).createdAt);
        QCOMPARE(model.sortColumn(), int(InvitationTableModel::CreatedColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }

    void sortingFollowsTheService_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("key");
        using K = InvitationQuery::SortKey;
        QTest::newRow("email asc")
            << int(InvitationTableModel::EmailColumn) << int(Qt::AscendingOrder) << int(K::Email);
        QTest::newRow("name desc") << int(InvitationTableModel::NameColumn)
                                   << int(Qt::DescendingOrder) << int(K::LastName);
        QTest::newRow("status asc")
            << int(InvitationTableModel::StatusColumn) << int(Qt::AscendingOrder) << int(K::Status);
        QTest::newRow("type desc")
            << int(InvitationTableModel::TypeColumn) << int(Qt::DescendingOrder) << int(K::Type);
        QTest::newRow("expires asc") << int(InvitationTableModel::ExpiresColumn)
                                     << int(Qt::AscendingOrder) << int(K::ExpiresAt);
    }
    void sortingFollowsTheService()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(int, key);
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        model.setPageSize(40);
        model.fetchMore({});
        QVERIFY(settle(model));
        model.sort(column, Qt::SortOrder(order));
        QVERIFY(settle(model));
        loadAll(model);
        QCOMPARE(model.sortColumn(), column);

        InvitationQuery q;
        q.sortKey = InvitationQuery::SortKey(key);
        q.descending = order == Qt::DescendingOrder;
        q.limit = 0;
        auto expected = m_fx.service().list(m_fx.tree[QStringLiteral("admin")], q);
        QVERIFY(expected.ok());
        QCOMPARE(model.rowCount(), int(expected->items.size()));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.idAt(r), expected->items.at(r).id);
    }

    void unsortableColumnsLeaveTheOrder()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        model.fetchMore({});
        QVERIFY(settle(model));
        QVERIFY(!InvitationTableModel::isSortable(InvitationTableModel::InvitedByColumn));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(InvitationTableModel::InvitedByColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.sortColumn(), int(InvitationTableModel::CreatedColumn));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("cancelled") << QString() << QStringList{"cancelled"} << QStringList();
        QTest::newRow("sales") << QString() << QStringList() << QStringList{"sales"};
        QTest::newRow("search zoë") << QStringLiteral("zoë") << QStringList() << QStringList();
        QTest::newRow("search email")
            << QStringLiteral("person001") << QStringList() << QStringList();
        QTest::newRow("pending doctors")
            << QString() << QStringList{"pending"} << QStringList{"doctor"};
        QTest::newRow("nothing") << QStringLiteral("no-such-person") << QStringList()
                                 << QStringList();
    }
    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, statuses);
        QFETCH(QStringList, types);
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        InvitationQuery q;
        q.search = search;
        for (const QString& n : statuses)
            q.statuses << *statuses::fromName(n);
        for (const QString& n : types)
            q.types << *invitation_types::fromName(n);
        model.setFilters(q);
        QVERIFY(settle(model));
        loadAll(model);
        const qint64 expected = m_fx.countFor(QStringLiteral("admin"), q);
        QCOMPARE(model.totalCount(), expected);
        QCOMPARE(qint64(model.rowCount()), expected);
        QCOMPARE(model.hasFilters(), true);
        for (int r = 0; r < model.rowCount(); ++r) {
            const InvitationRow& row = model.rowAt(r);
            if (!q.statuses.isEmpty())
                QVERIFY(q.statuses.contains(row.status));
            if (!q.types.isEmpty())
                QVERIFY(q.types.contains(row.type));
            if (!search.isEmpty())
                QVERIFY(row.email.contains(search, Qt::CaseInsensitive) ||
                        row.name.contains(search, Qt::CaseInsensitive));
        }
        model.clearFilters();
        QVERIFY(settle(model));
        QCOMPARE(model.totalCount(), qint64(m_fx.created));
        QVERIFY(!model.hasFilters());
    }

    void latestFilterWins()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        // Three changes before any answer: only the last generation's rows may land.
        model.setSearch(QStringLiteral("person0"));
        model.setStatuses({InvitationStatus::Cancelled});
        model.setTypes({Role::Sales});
        QVERIFY(settle(model));
        loadAll(model);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowAt(r).status, InvitationStatus::Cancelled);
            QCOMPARE(model.rowAt(r).type, Role::Sales);
        }
        QCOMPARE(model.rowCount(), 0); // the fixture cancels doctors only
    }

    void visibilityFollowsTheActor_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("admin") << QStringLiteral("admin");
        QTest::newRow("dist1") << QStringLiteral("dist1");
        QTest::newRow("dist2") << QStringLiteral("dist2");
        QTest::newRow("sales1") << QStringLiteral("sales1");
        QTest::newRow("doctor1") << QStringLiteral("doctor1");
    }
    void visibilityFollowsTheActor()
    {
        QFETCH(QString, who);
        auto s = session(who);
        InvitationTableModel model(s.get());
        model.fetchMore({});
        QVERIFY(settle(model));
        loadAll(model);
        QCOMPARE(qint64(model.rowCount()), m_fx.countFor(who));
        QCOMPARE(model.totalCount(), m_fx.countFor(who));
    }

    void dataRoles()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto s = session(QStringLiteral("admin"));
        InvitationTableModel model(s.get());
        model.setClock([now] { return now; });
        InvitationQuery q;
        q.search = QStringLiteral("person0004@example.com");
        model.setFilters(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        auto expected = m_fx.service().list(m_fx.tree[QStringLiteral("admin")], q);
        QVERIFY(expected.ok());
        const Invitation& inv = expected->items.first();
        auto at = [&](int column, int role = Qt::DisplayRole) {
            return model.data(model.index(0, column), role);
        };
        QCOMPARE(at(InvitationTableModel::EmailColumn).toString(), inv.email);
        QCOMPARE(at(InvitationTableModel::NameColumn).toString(), inv.fullName());
        QCOMPARE(at(InvitationTableModel::TypeColumn).toString(), roles::label(Role::Doctor));
        QCOMPARE(at(InvitationTableModel::StatusColumn).toString(),
                 statuses::label(InvitationStatus::Cancelled));
        QCOMPARE(at(InvitationTableModel::StatusColumn, StatusRole).toInt(),
                 int(InvitationStatus::Cancelled));
        QCOMPARE(at(InvitationTableModel::EmailColumn, IdRole).toString(), inv.id);
        QCOMPARE(at(InvitationTableModel::InvitedByColumn).toString(), inv.invitedByName);
        QCOMPARE(at(InvitationTableModel::ResendsColumn).toInt(), 0);
        QCOMPARE(at(InvitationTableModel::SentColumn).toString(), QStringLiteral("not yet"));
        QCOMPARE(at(InvitationTableModel::ExpiresColumn).toString(), QStringLiteral("—"));
        QCOMPARE(at(InvitationTableModel::CreatedColumn, SortRole).toDateTime(), inv.createdAt);
        QVERIFY(at(InvitationTableModel::CreatedColumn, Qt::ToolTipRole).toString().size() > 8);
        QVERIFY(at(InvitationTableModel::StatusColumn, RowObjectRole).canConvert<InvitationRow>());

        // An open one: "in 7 days" with the exact date in the tooltip.
        q.search = QStringLiteral("person0001@example.com");
        model.setFilters(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        model.setClock([exp = model.rowAt(0).expiresAt] { return exp.addDays(-3).addSecs(-60); });
        QCOMPARE(at(InvitationTableModel::ExpiresColumn).toString(), QStringLiteral("in 3 days"));
        QVERIFY(at(InvitationTableModel::ExpiresColumn, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Expires ")));
        QCOMPARE(model.headerData(InvitationTableModel::EmailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("E-mail"));
        QCOMPARE(model.columnCount(), int(InvitationTableModel::ColumnCount));
    }

    void deactivatedInviterIsSaid()
    {
        // The inviter's open invitations stay open after a deactivation; the column says so.
        InvitationRow row;
        row.invitedBy = QStringLiteral("Ana Ruiz");
        const QDateTime now = QDateTime::currentDateTimeUtc(); // the column reads no time
        QCOMPARE(
            InvitationRowText::display(row, InvitationTableModel::InvitedByColumn, now).toString(),
            QStringLiteral("Ana Ruiz"));
        row.invitedByActive = false;
        QCOMPARE(
            InvitationRowText::display(row, InvitationTableModel::InvitedByColumn, now).toString(),
            QStringLiteral("Ana Ruiz (deactivated)"));
    }

    void updatesPatchRowsInPlace()
    {
        auto s = session(QStringLiteral("sales1"));
        InvitationTableModel model(s.get());
        model.setStatuses({InvitationStatus::Pending});
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0);
        const QString id = model.idAt(0);
        auto cancelled =
            m_fx.service().cancel(m_fx.tree[QStringLiteral("sales1")], id, QStringLiteral("test"));
        QVERIFY(cancelled.ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyUpdates({cancelled.value()});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowAt(0).status, InvitationStatus::Cancelled);
        QCOMPARE(model.rowOf(id), 0);
    }
};

QTEST_MAIN(TestInvitationModel)
#include "test_invitation_model.moc"
