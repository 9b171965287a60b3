// A mail server's reply in plain words (issue 18, item 3): DeliveryExplanation is the one
// mapping from a stored reply to what it means, in English and Spanish.
#include "core/i18n/Translations.h"
#include "core/mail/DeliveryExplanation.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace invitedesk;
using Kind = DeliveryExplanation::Kind;

Q_DECLARE_METATYPE(invitedesk::DeliveryExplanation::Kind)

class TestDeliveryExplanation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("no such user")
            << "550 5.1.1 <pat@example.com>: Recipient address rejected" << Kind::NoSuchAddress;
        QTest::newRow("multi-line, dash") << "550-5.1.1 The email account that you tried to reach "
                                             "does not exist"
                                          << Kind::NoSuchAddress;
        QTest::newRow("enhanced code alone") << "5.1.1 unknown user" << Kind::NoSuchAddress;
        QTest::newRow("policy") << "554 5.7.1 Message rejected as spam" << Kind::RefusedByPolicy;
        QTest::newRow("relay denied")
            << "550 5.7.606 Access denied, banned sending IP" << Kind::RefusedByPolicy;
        QTest::newRow("mailbox full, for good") << "552 5.2.2 Mailbox full" << Kind::RefusedForGood;
        QTest::newRow("bare 550") << "550 Requested action not taken" << Kind::RefusedForGood;
        QTest::newRow("greylisted")
            << "451 4.7.1 Greylisted, try again later" << Kind::RefusedForNow;
        QTest::newRow("temporary, no enhanced code")
            << "421 Service not available" << Kind::RefusedForNow;
        QTest::newRow("mailbox busy") << "450 4.2.1 Mailbox busy" << Kind::RefusedForNow;
        QTest::newRow("leading spaces") << "   550 5.1.1 no" << Kind::NoSuchAddress;
        QTest::newRow("empty") << "" << Kind::None;
        QTest::newRow("not SMTP") << "Connection refused" << Kind::None;
        QTest::newRow("a version, not a code") << "TLS 1.2.3 handshake failed" << Kind::None;
        QTest::newRow("success code") << "250 2.0.0 OK" << Kind::None;
    }
    void classify()
    {
        QFETCH(QString, reply);
        QFETCH(Kind, kind);
        QCOMPARE(DeliveryExplanation::classify(reply), kind);
    }

    void explain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("withNextAttempt");
        QTest::addColumn<QString>("expected"); // %1 = the next attempt as HH:MM
        QTest::newRow("en 5.1.1") << "en"
                                  << "550 5.1.1 no such user" << false
                                  << "This address does not exist: the receiving server has no "
                                     "mailbox by that name. Check the spelling and correct the "
                                     "address.";
        QTest::newRow("en 5.7.1") << "en"
                                  << "554 5.7.1 rejected" << false
                                  << "The receiving server refused it (a rule of theirs, such as "
                                     "a spam or sender policy). Sending it again will most likely "
                                     "be refused too.";
        QTest::newRow("en 4.x with time") << "en"
                                          << "451 4.7.1 greylisted" << true
                                          << "The receiving server refused it for now; trying "
                                             "again at %1.";
        QTest::newRow("en 4.x without time")
            << "en"
            << "451 4.7.1 greylisted" << false
            << "The receiving server refused it for now; it will be tried again.";
        QTest::newRow("en nothing") << "en"
                                    << "Connection refused" << false << "";
        QTest::newRow("es 5.1.1") << "es"
                                  << "550 5.1.1 no such user" << false
                                  << "Esta dirección no existe: el servidor de destino no tiene "
                                     "ningún buzón con ese nombre. Revise cómo está escrita y "
                                     "corrija la dirección.";
        QTest::newRow("es 5.7.1") << "es"
                                  << "554 5.7.1 rejected" << false
                                  << "El servidor de destino lo rechazó (una regla suya, como un "
                                     "filtro de spam o una política de remitentes). Si se envía "
                                     "de nuevo, lo más probable es que también lo rechace.";
        QTest::newRow("es 4.x with time") << "es"
                                          << "451 4.7.1 greylisted" << true
                                          << "El servidor de destino lo rechazó por ahora; se "
                                             "volverá a intentar a las %1.";
    }
    void explain()
    {
        QFETCH(QString, language);
        QFETCH(QString, reply);
        QFETCH(bool, withNextAttempt);
        QFETCH(QString, expected);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(translations::catalogueFile(language)));
            QCoreApplication::installTranslator(&translator);
        }
        const QDateTime next(QDate(2026, 3, 2), QTime(14, 35), Qt::UTC);
        const QString text =
            DeliveryExplanation::explain(reply, withNextAttempt ? next : QDateTime());
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, withNextAttempt
                           ? expected.arg(next.toLocalTime().toString(QStringLiteral("HH:mm")))
                           : expected);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryExplanation)
#include "test_delivery_explanation.moc"
