#include "CliCases.h"

#include "CliFixture.h"

namespace invitedesk::test {

void addGlobalOptionCases()
{
    QTest::addColumn<QStringList>("args");  // @DB and @AS stand for the URL and the admin
    QTest::addColumn<int>("expectedItems"); // -1: any number
    const QString db = QStringLiteral("@DB"), as = QStringLiteral("@AS");
    QTest::newRow("json first") << QStringList{QStringLiteral("--json"),     QStringLiteral("list"),
                                               QStringLiteral("--as"),       as,
                                               QStringLiteral("--database"), db}
                                << -1;
    QTest::newRow("all after the command")
        << QStringList{QStringLiteral("list"),   QStringLiteral("--as"),       as,
                       QStringLiteral("--json"), QStringLiteral("--database"), db}
        << -1;
    QTest::newRow("all before the command")
        << QStringList{QStringLiteral("--database"), db,
                       QStringLiteral("--as"),       as,
                       QStringLiteral("--json"),     QStringLiteral("list"),
                       QStringLiteral("--limit"),    QStringLiteral("5")}
        << 5;
    QTest::newRow("mixed with command options") << QStringList{QStringLiteral("list"),
                                                               QStringLiteral("--limit"),
                                                               QStringLiteral("3"),
                                                               QStringLiteral("--database"),
                                                               db,
                                                               QStringLiteral("--json"),
                                                               QStringLiteral("--as"),
                                                               as}
                                                << 3;
    QTest::newRow("--name=value") << QStringList{QStringLiteral("list"),
                                                 QStringLiteral("--database=@DB"),
                                                 QStringLiteral("--as=@AS"),
                                                 QStringLiteral("--json"),
                                                 QStringLiteral("--limit=2")}
                                  << 2;
}

void addRefusedCases()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const auto inv = [](const QString& email, const QString& type, const QStringList& more = {}) {
        return QStringList{QStringLiteral("invite"),
                           QStringLiteral("--email"),
                           email,
                           QStringLiteral("--type"),
                           type,
                           QStringLiteral("--first"),
                           QStringLiteral("Refused"),
                           QStringLiteral("--last"),
                           QStringLiteral("Person")} +
               more;
    };
    const QString e = QStringLiteral("refused@example.com");
    const QString doctor = QStringLiteral("doctor");
    QTest::newRow("sales invites distributor")
        << QStringLiteral("sales1") << inv(e, QStringLiteral("distributor"))
        << QStringLiteral("type");
    QTest::newRow("sales invites sales")
        << QStringLiteral("sales1") << inv(e, QStringLiteral("sales")) << QStringLiteral("type");
    QTest::newRow("doctor invites sales")
        << QStringLiteral("doctor1") << inv(e, QStringLiteral("sales")) << QStringLiteral("type");
    QTest::newRow("medical staff invites staff")
        << QStringLiteral("staff") << inv(e, QStringLiteral("medical_staff"))
        << QStringLiteral("type");
    QTest::newRow("distributor invites admin")
        << QStringLiteral("dist1") << inv(e, QStringLiteral("admin")) << QStringLiteral("type");
    QTest::newRow("unknown type") << QStringLiteral("admin") << inv(e, QStringLiteral("surgeon"))
                                  << QStringLiteral("type");
    QTest::newRow("blank type") << QStringLiteral("admin") << inv(e, QStringLiteral("  "))
                                << QStringLiteral("type");
    QTest::newRow("bad e-mail") << QStringLiteral("admin")
                                << inv(QStringLiteral("not-an-email"), doctor)
                                << QStringLiteral("email");
    QTest::newRow("blank first name") << QStringLiteral("admin")
                                      << QStringList{QStringLiteral("invite"),
                                                     QStringLiteral("--email"),
                                                     e,
                                                     QStringLiteral("--type"),
                                                     doctor,
                                                     QStringLiteral("--first"),
                                                     QStringLiteral("   "),
                                                     QStringLiteral("--last"),
                                                     QStringLiteral("X")}
                                      << QStringLiteral("first_name");
    QTest::newRow("blank last name") << QStringLiteral("admin")
                                     << QStringList{QStringLiteral("invite"),
                                                    QStringLiteral("--email"),
                                                    e,
                                                    QStringLiteral("--type"),
                                                    doctor,
                                                    QStringLiteral("--first"),
                                                    QStringLiteral("X"),
                                                    QStringLiteral("--last"),
                                                    QString()}
                                     << QStringLiteral("last_name");
    QTest::newRow("bad NPI") << QStringLiteral("admin")
                             << inv(e, doctor,
                                    {QStringLiteral("--npi"), QStringLiteral("1234567890")})
                             << QStringLiteral("npi");
    QTest::newRow("upline outside downline")
        << QStringLiteral("dist2")
        << inv(e, doctor, {QStringLiteral("--parent"), demoEmail(QStringLiteral("sales1"))})
        << QStringLiteral("parent");
    QTest::newRow("unknown upline")
        << QStringLiteral("admin")
        << inv(e, doctor, {QStringLiteral("--parent"), QStringLiteral("nobody@example.com")})
        << QStringLiteral("parent");
    QTest::newRow("list: unknown status")
        << QStringLiteral("admin")
        << QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")}
        << QStringLiteral("status");
    QTest::newRow("list: one unknown status of two")
        << QStringLiteral("admin")
        << QStringList{QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("pending,opened")}
        << QStringLiteral("status");
    QTest::newRow("list: unknown type")
        << QStringLiteral("dist1")
        << QStringList{QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("nurse")}
        << QStringLiteral("type");
    QTest::newRow("user add: unknown role")
        << QStringLiteral("admin")
        << QStringList{QStringLiteral("user"),    QStringLiteral("add"),
                       QStringLiteral("--email"), QStringLiteral("wizard@example.com"),
                       QStringLiteral("--role"),  QStringLiteral("wizard"),
                       QStringLiteral("--first"), QStringLiteral("W"),
                       QStringLiteral("--last"),  QStringLiteral("Z")}
        << QStringLiteral("role");
    QTest::newRow("show: unknown id")
        << QStringLiteral("admin")
        << QStringList{QStringLiteral("show"),
                       QStringLiteral("00000000-0000-4000-8000-000000000000")}
        << QStringLiteral("id");
    QTest::newRow("audit verify: not an admin")
        << QStringLiteral("sales1")
        << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << QStringLiteral("as");
    QTest::newRow("wrong password") << QStringLiteral("wrong-password")
                                    << QStringList{QStringLiteral("list")} << QStringLiteral("as");
}

void addUsageCases()
{
    QTest::addColumn<QStringList>("args");
    const QStringList invite{
        QStringLiteral("invite"), QStringLiteral("--email"), QStringLiteral("usage@example.com"),
        QStringLiteral("--type"), QStringLiteral("doctor"),  QStringLiteral("--first"),
        QStringLiteral("U")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown sub-command")
        << QStringList{QStringLiteral("user"), QStringLiteral("remove")};
    QTest::newRow("half a command") << QStringList{QStringLiteral("audit")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    QTest::newRow("unknown option on invite")
        << invite + QStringList{QStringLiteral("--last"), QStringLiteral("V"),
                                QStringLiteral("--colour"), QStringLiteral("red")};
    QTest::newRow("invite without --last") << invite;
    QTest::newRow("invite without --email") << QStringList{
        QStringLiteral("invite"),  QStringLiteral("--type"), QStringLiteral("doctor"),
        QStringLiteral("--first"), QStringLiteral("A"),      QStringLiteral("--last"),
        QStringLiteral("B")};
    QTest::newRow("user add without --role") << QStringList{
        QStringLiteral("user"),          QStringLiteral("add"),     QStringLiteral("--email"),
        QStringLiteral("x@example.com"), QStringLiteral("--first"), QStringLiteral("A"),
        QStringLiteral("--last"),        QStringLiteral("B")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
    QTest::newRow("cancel without id") << QStringList{QStringLiteral("cancel")};
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--limit")};
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("stats"), QStringLiteral("everything")};
}

void addUnreachableDatabaseCases()
{
    QTest::addColumn<QStringList>("args");
    const QString pg = QStringLiteral("postgresql://postgres@127.0.0.1:1/x");
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--as"), kAdmin,
                                         QStringLiteral("--database"), pg};
    QTest::newRow("migrate") << QStringList{QStringLiteral("--database"), pg,
                                            QStringLiteral("migrate")};
    QTest::newRow("first user add")
        << QStringList{QStringLiteral("user"),       QStringLiteral("add"),
                       QStringLiteral("--email"),    kAdmin,
                       QStringLiteral("--role"),     QStringLiteral("admin"),
                       QStringLiteral("--first"),    QStringLiteral("A"),
                       QStringLiteral("--last"),     QStringLiteral("B"),
                       QStringLiteral("--database"), pg};
    QTest::newRow("sqlite file that cannot be created") << QStringList{
        QStringLiteral("stats"), QStringLiteral("--as"), kAdmin, QStringLiteral("--database"),
        QStringLiteral("sqlite:///proc/no-such-folder/x.db")};
}

void addRoundTripCases()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("message");
    QTest::newRow("quotes") << QStringLiteral("o'brien.quote@example.com")
                            << QStringLiteral("Seán \"Jack\"") << QStringLiteral("O'Brien")
                            << QStringLiteral("He said \"hi\" & it's `fine` <b>");
    QTest::newRow("sql injection")
        << QStringLiteral("robert');drop--table@example.com")
        << QStringLiteral("'); DROP TABLE users;--") << QStringLiteral("x' OR '1'='1")
        << QStringLiteral("'); DROP TABLE users;-- \"; DELETE FROM user_invitations; --");
    QTest::newRow("non-ascii") << QStringLiteral("jose.muller@example.com")
                               << QStringLiteral("José") << QStringLiteral("Müller")
                               << QStringLiteral("¡Hola José! Grüße, 日本語, emoji 🎉");
    QTest::newRow("ana maria") << QStringLiteral("ana.maria@example.com")
                               << QStringLiteral("Ana María") << QStringLiteral("Núñez-Peña")
                               << QStringLiteral("Ça va? Ø ß — “curly” ‘quotes’");
    QTest::newRow("backslash and percent")
        << QStringLiteral("percent_100%@example.com") << QStringLiteral("100% \\n")
        << QStringLiteral("Back\\slash") << QStringLiteral("%s %d %1 \\x00 $HOME");
    QTest::newRow("multi-line message")
        << QStringLiteral("lines@example.com") << QStringLiteral("Lina") << QStringLiteral("Lines")
        << QStringLiteral("First line\nSecond line\n\tindented");
}

} // namespace invitedesk::test
