// Issue 18, items 5 and 11: the audit page's Details column and the invitation's timeline say
// what happened in plain sentences (AuditEventSentence): no internal ids, no "key: value", no
// ISO dates, the whole text in the tooltip; in Spanish when the desk is in Spanish.
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/AuditPage.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

namespace {
// An id, a "key: value" pair, an ISO date or a cut-off text.
QString whatIsInternal(const QString& text)
{
    static const QRegularExpression internal(QStringLiteral(
        "[0-9a-f]{8}-[0-9a-f]{4}|\\b[a-z]+_[a-z_]+\\b|\\b[a-z_]+: |\\d{4}-\\d\\d-\\d\\dT|…$"));
    const auto m = internal.match(text);
    return m.hasMatch() ? m.captured() : QString();
}
} // namespace

class TestAuditWords : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    DeskHarness m_desks;

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        QString error;
        if (!m_fx.setUp(10, &error))
            QFAIL(qPrintable(error));
    }

    void plainSentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("created");
        QTest::newRow("en") << "en"
                            << "Invitation as ";
        QTest::newRow("es") << "es"
                            << "Invitación como ";
    }
    void plainSentences()
    {
        QFETCH(QString, language);
        QFETCH(QString, created);
        QVERIFY(m_desks.languages().apply(language));
        Session session(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                        m_fx.tree[QStringLiteral("admin")]);
        MainWindow window(&session, m_desks.settings(), &m_desks.secrets(), &m_desks.languages());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AuditPage* audit = window.auditPage();
        QVERIFY(audit);
        window.pages()->setCurrentWidget(audit);
        AuditTableModel* model = audit->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 20000);
        int createdRows = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex cell = model->index(r, AuditTableModel::DetailsColumn);
            const QString text = cell.data().toString();
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            const QString bad = whatIsInternal(text) + whatIsInternal(tip);
            QVERIFY2(!text.isEmpty() && bad.isEmpty(),
                     bad.isEmpty() ? QByteArray()
                                   : (text + QStringLiteral(" [") + bad + ']').toUtf8());
            QVERIFY(tip.startsWith(text));
            createdRows += text.startsWith(created) ? 1 : 0;
            const QString who =
                model->index(r, AuditTableModel::ActorColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(whatIsInternal(who).isEmpty(), qPrintable(who));
        }
        QVERIFY(createdRows > 0);

        InvitationTableModel* invitations = window.invitationsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!invitations->isLoading() && invitations->rowCount() > 0, 20000);
        InvitationDetailsDialog details(&session, invitations->rowAt(0).idText(), &window);
        details.show();
        QTRY_VERIFY_WITH_TIMEOUT(details.isLoaded(), 10000);
        QTreeWidget* timeline = details.timeline();
        QVERIFY(timeline->topLevelItemCount() > 0);
        QVERIFY(timeline->topLevelItem(0)->text(2).startsWith(created));
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = timeline->topLevelItem(i);
            const QString bad = whatIsInternal(item->text(2)) + whatIsInternal(item->toolTip(2)) +
                                whatIsInternal(item->toolTip(1));
            QVERIFY2(bad.isEmpty(), qPrintable(item->text(2) + QStringLiteral(" [") + bad + ']'));
            QVERIFY(item->toolTip(2).startsWith(item->text(2)));
        }
        m_desks.languages().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAuditWords)
#include "test_audit_words.moc"
