// The People tree's model: levels load only when their row is expanded (never before), a page
// at a time; a search or filter turns it into a flat list of matches; the cells say what a
// person is in words (role, "Active"/"Deactivated", counts). Both backends.
#include "UiFixture.h"
#include "core/services/PeopleService.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/PeopleTreeModel.h"
#include "ui/session/Session.h"

#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestPeopleTreeModel : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;

    std::unique_ptr<Session> session(const QString& who)
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                         m_fx.tree[who]);
    }
    static QString keyOf(const UiFixture& fx, const QString& id)
    {
        for (auto it = fx.tree.users.begin(); it != fx.tree.users.end(); ++it)
            if (it.value().id == id)
                return it.key();
        return {};
    }
    QStringList rowsOf(const PeopleTreeModel& model, const QModelIndex& parent = {}) const
    {
        QStringList keys;
        for (int r = 0; r < model.rowCount(parent); ++r)
            keys << keyOf(m_fx,
                          model.index(r, 0, parent).data(PeopleTreeModel::PersonIdRole).toString());
        return keys;
    }
    static QModelIndex rowOf(const PeopleTreeModel& model, const QString& id,
                             const QModelIndex& parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data(PeopleTreeModel::PersonIdRole).toString() == id)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase() { m_languages.apply(QStringLiteral("en")); }
    void init()
    {
        QString error;
        m_fx = UiFixture();
        if (!m_fx.setUp(10, &error))
            QFAIL(qPrintable(error));
    }

    void childrenLoadOnlyWhenExpanded()
    {
        auto s = session(QStringLiteral("master"));
        PeopleTreeModel model(s.get());
        QSignalSpy levels(&model, &PeopleTreeModel::levelLoaded);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.levelsLoaded() == 1, 10000);
        QCOMPARE(rowsOf(model), QStringList{"master"});
        const QModelIndex master = model.index(0, 0);
        QVERIFY(model.hasChildren(master));
        QCOMPARE(model.rowCount(master), 0);
        QVERIFY(model.canFetchMore(master));
        // Nothing below is read until the row is expanded.
        QTest::qWait(200);
        model.waitForWorker();
        QCOMPARE(model.levelsLoaded(), 1);

        QTreeView view;
        view.setModel(&model);
        view.resize(800, 400);
        view.show();
        view.expand(master);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(master) == 2, 10000);
        QCOMPARE(model.levelsLoaded(), 2);
        QCOMPARE(levels.last().at(0).toString(), m_fx.tree["master"].id);
        const QModelIndex dist1 = rowOf(model, m_fx.tree["dist1"].id, master);
        QVERIFY(dist1.isValid());
        QVERIFY(model.hasChildren(dist1));
        QCOMPARE(model.rowCount(dist1), 0);
        QTest::qWait(200);
        QCOMPARE(model.levelsLoaded(), 2); // dist1's level is still unread
        view.expand(dist1);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(dist1) == 1, 10000);
        QCOMPARE(model.levelsLoaded(), 3);
        // Fetching an already loaded level does nothing.
        QVERIFY(!model.canFetchMore(dist1));
    }

    void aLargeLevelComesAPageAtATime()
    {
        auto s = session(QStringLiteral("master"));
        PeopleTreeModel model(s.get());
        model.setPageSize(1);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1, 10000);
        const QModelIndex master = model.index(0, 0);
        model.fetchMore(master);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(master) == 1 && !model.isLoading(), 10000);
        QVERIFY(model.canFetchMore(master));
        model.fetchMore(master);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(master) == 2 && !model.isLoading(), 10000);
        // A third page finds no one more; then the level is complete.
        if (model.canFetchMore(master))
            model.fetchMore(master);
        QTRY_VERIFY_WITH_TIMEOUT(!model.canFetchMore(master) && !model.isLoading(), 10000);
        QCOMPARE(model.rowCount(master), 2);
        QStringList expected{"dist1", "dist2"};
        expected.sort(); // by e-mail
        QCOMPARE(rowsOf(model, master), expected);
    }

    void filtersListMatchesFlat_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("active"); // -1 both, 0 deactivated, 1 active
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("search by e-mail")
            << "sales" << QString() << -1 << QStringList{"sales1", "sales2"};
        QTest::newRow("search by name")
            << "DOCTOR1 fixture" << QString() << -1 << QStringList{"doctor1"};
        QTest::newRow("role") << QString() << "distributor" << -1 << QStringList{"dist1", "dist2"};
        QTest::newRow("deactivated only") << QString() << QString() << 0 << QStringList{"dist2"};
        QTest::newRow("active distributors")
            << QString() << "distributor" << 1 << QStringList{"dist1"};
        QTest::newRow("nobody") << "no-such-person" << QString() << -1 << QStringList{};
    }
    void filtersListMatchesFlat()
    {
        QFETCH(QString, search);
        QFETCH(QString, role);
        QFETCH(int, active);
        QFETCH(QStringList, expected);
        QVERIFY(PeopleService(m_fx.db, ServiceConfig{})
                    .deactivate(m_fx.tree["master"], m_fx.tree["dist2"].email, {})
                    .ok());
        auto s = session(QStringLiteral("master"));
        PeopleTreeModel model(s.get());
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.levelsLoaded() == 1, 10000);
        QVERIFY(!model.isFlat());
        model.setFilters(search, role,
                         active < 0 ? std::nullopt : std::optional<bool>(active == 1));
        QVERIFY(model.isFlat());
        QTRY_VERIFY_WITH_TIMEOUT(model.levelsLoaded() == 1 && !model.isLoading(), 10000);
        expected.sort();
        QCOMPARE(rowsOf(model), expected);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.hasChildren(model.index(r, 0))); // a flat list
        // No filter: the tree again.
        model.setFilters({}, {}, std::nullopt);
        QVERIFY(!model.isFlat());
        QTRY_VERIFY_WITH_TIMEOUT(model.levelsLoaded() == 1 && !model.isLoading(), 10000);
        QCOMPARE(rowsOf(model), QStringList{"master"});
    }

    void cellsInWords()
    {
        QVERIFY(PeopleService(m_fx.db, ServiceConfig{})
                    .deactivate(m_fx.tree["master"], m_fx.tree["sales2"].email, {})
                    .ok());
        auto s = session(QStringLiteral("master"));
        PeopleTreeModel model(s.get());
        model.setFilters(QStringLiteral("sales"), {}, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && !model.isLoading(), 10000);
        const QModelIndex sales1 = rowOf(model, m_fx.tree["sales1"].id);
        const QModelIndex sales2 = rowOf(model, m_fx.tree["sales2"].id);
        using C = PeopleTreeModel;
        QCOMPARE(sales1.siblingAtColumn(C::RoleColumn).data().toString(),
                 roles::label(Role::Sales));
        QCOMPARE(sales1.siblingAtColumn(C::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(sales2.siblingAtColumn(C::StatusColumn).data().toString(),
                 QStringLiteral("Deactivated"));
        QVERIFY(!sales2.data(C::ActiveRole).toBool());
        // UiFixture: 10 doctors invited by sales1, every 5th cancelled; none accepted.
        QCOMPARE(sales1.siblingAtColumn(C::OpenColumn).data().toString(), QStringLiteral("8"));
        QCOMPARE(sales1.siblingAtColumn(C::AcceptedColumn).data().toString(), QStringLiteral("0"));
        QVERIFY(sales1.data().toString().contains(m_fx.tree["sales1"].email));
        for (int c = 0; c < C::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        // The actor's own row says so.
        model.setFilters(QStringLiteral("master"), {}, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1 && !model.isLoading(), 10000);
        QVERIFY(model.index(0, 0).data(C::IsActorRole).toBool());
        QVERIFY(model.index(0, 0).data().toString().endsWith(QStringLiteral("(you)")));
    }

    void aRefusedReadIsReported()
    {
        // A session whose account was deactivated meanwhile reads nothing.
        auto s = session(QStringLiteral("sales1"));
        QVERIFY(PeopleService(m_fx.db, ServiceConfig{})
                    .deactivate(m_fx.tree["dist1"], m_fx.tree["sales1"].email, {})
                    .ok());
        PeopleTreeModel model(s.get());
        QSignalSpy failed(&model, &PeopleTreeModel::loadFailed);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 10000);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // no retry loop; F5 reloads
    }
};

QTEST_MAIN(TestPeopleTreeModel)
#include "test_people_tree_model.moc"
