// A batch of invitations (the desk's bulk create, the API's and the command line's batches)
// reads its e-mails and named uplines in two statements for the whole batch, where a single
// invite asks row by row. Both must give each row the same answer: the same table of rows is
// created as one batch and then, on a fresh database each, one row at a time. One injected
// clock: the fixture's invitations are created at t0, the rows eight days later.
#include "InvitationServiceFixture.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime kLater = kCreated.addDays(8); // past the default expiry of 7 days
const QString kOpenEmail = QStringLiteral("still.open@example.com");
const QString kLapsedEmail = QStringLiteral("lapsed@example.com");

struct Case {
    const char* name = nullptr;
    QString email = {}; // "{sales1}" stands for that fixture user's e-mail, upper-cased
    QString type = {};
    QString parentKey = {}; // a fixture user, by e-mail unless byId
    bool byId = false;
    QString parentEmail = {}; // an upline that exists nowhere
    bool ok = true;
    Error::Code code = Error::Code::Internal;
    QString field = {};
    QString expectedParentKey = {}; // the upline the row gets, when ok
    bool batchOnly = false;         // its answer depends on the row before it
};

QList<Case> cases()
{
    using C = Error::Code;
    return {
        {.name = "upline by e-mail, any case",
         .email = "a@example.com",
         .type = "sales",
         .parentKey = "dist1",
         .expectedParentKey = "dist1"},
        {.name = "upline by id",
         .email = "b@example.com",
         .type = "sales",
         .parentKey = "dist2",
         .byId = true,
         .expectedParentKey = "dist2"},
        {.name = "upline outside the downline",
         .email = "c@example.com",
         .type = "sales",
         .parentKey = "ivr",
         .ok = false,
         .code = C::NotPermitted,
         .field = "parent"},
        {.name = "no such upline",
         .email = "d@example.com",
         .type = "sales",
         .parentEmail = "nobody@example.com",
         .ok = false,
         .code = C::InvalidInput,
         .field = "parent"},
        {.name = "a type not in the matrix",
         .email = "e@example.com",
         .type = "admin",
         .ok = false,
         .code = C::NotPermitted,
         .field = "type"},
        {.name = "an account has the e-mail",
         .email = "{sales1}",
         .type = "sales",
         .ok = false,
         .code = C::Conflict,
         .field = "email"},
        {.name = "an open invitation has the e-mail",
         .email = kOpenEmail.toUpper(),
         .type = "sales",
         .ok = false,
         .code = C::Conflict,
         .field = "email"},
        {.name = "a lapsed invitation had the e-mail",
         .email = kLapsedEmail,
         .type = "sales",
         .expectedParentKey = "master"},
        {.name = "first of two alike",
         .email = "twice@example.com",
         .type = "doctor",
         .parentKey = "sales1",
         .expectedParentKey = "sales1"},
        {.name = "second of two alike",
         .email = "Twice@Example.com",
         .type = "doctor",
         .parentKey = "sales1",
         .ok = false,
         .code = C::Conflict,
         .field = "email",
         .batchOnly = true},
    };
}
} // namespace

class TestInvitationBatchCreate : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        setUpFixture();
        // One invitation still open eight days later, one lapsed by then (stored as pending:
        // no sweep ran).
        auto open = serviceAt(kLater.addDays(-2))
                        .create(m_tree["master"], request(kOpenEmail, QStringLiteral("sales")));
        QVERIFY2(open.ok(), open.ok() ? "" : qPrintable(open.error().describe()));
        auto lapsed = serviceAt(kCreated).create(m_tree["master"],
                                                 request(kLapsedEmail, QStringLiteral("sales")));
        QVERIFY2(lapsed.ok(), lapsed.ok() ? "" : qPrintable(lapsed.error().describe()));
    }

    void aBatchAnswersEachRow()
    {
        const QList<Case> all = cases();
        QList<NewInvitation> rows;
        for (const Case& c : all)
            rows << input(c);
        const BulkResult result = serviceAt(kLater).createMany(m_tree["master"], rows);
        QCOMPARE(result.items.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            check(all.at(i), result.items.at(i));
        // What the batch created is there, with its upline; nothing else.
        int created = 0;
        for (const BulkItemResult& item : result.items)
            created += item.ok ? 1 : 0;
        QCOMPARE(countRows(QStringLiteral("user_invitations")), 2 + created);
    }

    void eachRowAloneIsAnsweredTheSame_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            if (!all.at(i).batchOnly)
                QTest::newRow(all.at(i).name) << i;
    }
    void eachRowAloneIsAnsweredTheSame()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const BulkResult result = serviceAt(kLater).createMany(m_tree["master"], {input(c)});
        QCOMPARE(result.items.size(), 1);
        check(c, result.items.first());
    }

private:
    NewInvitation input(const Case& c)
    {
        NewInvitation in = request(c.email, c.type);
        if (c.email == QLatin1String("{sales1}"))
            in.email = m_tree["sales1"].email.toUpper();
        if (!c.parentKey.isEmpty()) {
            if (c.byId)
                in.parentUserId = m_tree[c.parentKey].id;
            else
                in.parentEmail = m_tree[c.parentKey].email.toUpper();
        }
        if (!c.parentEmail.isEmpty())
            in.parentEmail = c.parentEmail;
        return in;
    }

    void check(const Case& c, const BulkItemResult& item)
    {
        const QByteArray what = QByteArray(c.name) + ": " +
                                (item.error ? item.error->describe().toUtf8() : QByteArray("ok"));
        QVERIFY2(item.ok == c.ok, what.constData());
        if (c.ok) {
            QCOMPARE(item.invitation.parentUserId, m_tree[c.expectedParentKey].id);
            QCOMPARE(item.invitation.email, input(c).email.trimmed().toLower());
            return;
        }
        QVERIFY2(item.error.has_value(), what.constData());
        QVERIFY2(item.error->code == c.code, what.constData());
        QVERIFY2(item.error->field == c.field, what.constData());
    }
};

QTEST_GUILESS_MAIN(TestInvitationBatchCreate)
#include "test_invitation_batch_create.moc"
