// Translations: the Spanish catalogue is complete, loads from :/i18n, switches live, covers
// core's messages (contexts of its tr() helpers) and plural forms with grouped numbers.
#include "core/domain/DeliveryState.h"
#include "core/domain/InvitationStatus.h"
#include "core/domain/InvitePolicy.h"
#include "core/mail/DeliveryExplanation.h"
#include "core/services/InvitationValidator.h"
#include "core/services/OrganizationSettings.h"
#include "ui/dialogs/CancelReasonDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AuditEventSentence.h"
#include "ui/models/RelativeTime.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;

namespace {
// A widget that retranslates itself the way every window of the app does.
class Probe : public QLabel {
public:
    Probe() { retranslate(); }
    void retranslate()
    {
        setText(QCoreApplication::translate("invitedesk::ui::MainWindow", "&Invitations"));
    }

protected:
    void changeEvent(QEvent* e) override
    {
        if (e->type() == QEvent::LanguageChange)
            retranslate();
        QLabel::changeEvent(e);
    }
};
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    LanguageManager m_languages;

private slots:
    void spanishCatalogueIsComplete()
    {
        QFile ts(qEnvironmentVariable("INVITEDESK_SOURCE_DIR") +
                 QStringLiteral("/translations/invitedesk_es.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    continue;
                ++messages;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 300);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void switchesLive()
    {
        QVERIFY(m_languages.apply(QStringLiteral("en")));
        Probe probe;
        QCOMPARE(probe.text(), QStringLiteral("&Invitations"));
        QSignalSpy changed(&m_languages, &LanguageManager::languageChanged);
        QVERIFY(m_languages.apply(QStringLiteral("es")));
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(probe.text(), QStringLiteral("&Invitaciones"));
        QVERIFY(m_languages.apply(QStringLiteral("en")));
        QTRY_COMPARE(probe.text(), QStringLiteral("&Invitations"));
    }

    void coreMessagesAreTranslated()
    {
        QVERIFY(m_languages.apply(QStringLiteral("es")));
        QCOMPARE(statuses::label(InvitationStatus::Cancelled), QStringLiteral("Cancelada"));
        QCOMPARE(roles::label(Role::Doctor), QStringLiteral("Médico"));
        auto r = invitation_validation::checkEmail(QStringLiteral("not-an-address"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("«not-an-address» no es una dirección de correo válida."));
        QVERIFY(m_languages.apply(QStringLiteral("en")));
        QCOMPARE(invitation_validation::checkEmail(QStringLiteral("x")).error().message,
                 QStringLiteral("\"x\" is not a valid e-mail address."));
    }

    // Messages of core's free functions, which lupdate used to file under namespace names
    // the code never asked for (they came out in English in the Spanish desk).
    void coreFreeFunctionMessagesAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("setting");
        QTest::newRow("en") << "en"
                            << "A sales representative may not invite a administrator."
                            << "expiry-days must be a whole number from 1 to 365.";
        QTest::newRow("es") << "es"
                            << "Un representante de ventas no puede invitar a un administrador."
                            << "expiry-days debe ser un número entero de 1 a 365.";
    }
    void coreFreeFunctionMessagesAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, policy);
        QFETCH(QString, setting);
        QVERIFY(m_languages.apply(language));
        User sales;
        sales.role = Role::Sales;
        const auto refused = invite_policy::checkInvite(sales, Role::Admin, nullptr, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, policy);
        OrganizationSettings settings;
        const auto bad = settings.apply(QStringLiteral("expiry-days"), QStringLiteral("0"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, setting);
        m_languages.apply(QStringLiteral("en"));
    }

    void pluralsAndNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("countText");
        QTest::newRow("en one") << "en" << 1 << "in 1 day" << 1 << "1 invitation";
        QTest::newRow("en many") << "en" << 3 << "in 3 days" << 1204 << "1,204 invitations";
        QTest::newRow("es one") << "es" << 1 << "en 1 día" << 1 << "1 invitación";
        QTest::newRow("es many") << "es" << 3 << "en 3 días" << 1204 << "1204 invitaciones";
    }
    void pluralsAndNumbers()
    {
        QFETCH(QString, language);
        QFETCH(int, days);
        QFETCH(QString, relative);
        QFETCH(int, count);
        QFETCH(QString, countText);
        QVERIFY(m_languages.apply(language));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RelativeTime::describe(now.addSecs(86400 * days + 30), now), relative);
        QString text = QCoreApplication::translate("invitedesk::ui::InvitationsPage",
                                                   "%Ln invitation(s)", "", count);
        // Spanish groups thousands only from five digits (CLDR): accept either form.
        text.replace(QChar(0x00A0), QLatin1Char(' '));
        QVERIFY2(text == countText || text == QStringLiteral("1.204 invitaciones"),
                 qPrintable(text));
        m_languages.apply(QStringLiteral("en"));
    }

    // Issue 18, item 11: the desk's words about delivery, replies, the audit trail and
    // confirmations come out in Spanish, singular and plural.
    void deliveryAuditAndConfirmationsInSpanish()
    {
        QVERIFY(m_languages.apply(QStringLiteral("es")));
        QCOMPARE(DeliveryStates::label(DeliveryState::SavedNotDelivered),
                 QStringLiteral("Guardada, no entregada"));
        QCOMPARE(DeliveryStates::label(DeliveryState::Deferred),
                 QStringLiteral("Pendiente de reintento"));
        QCOMPARE(DeliveryExplanation::explain(QStringLiteral("550 5.1.1 <x@y>: no such user")),
                 QStringLiteral("Esta dirección no existe: el servidor de destino no tiene ningún "
                                "buzón con ese nombre. Revise cómo está escrita y corrija la "
                                "dirección."));
        AuditEvent cancelled;
        cancelled.occurredAt = QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::utc());
        cancelled.action = QStringLiteral("invitation.cancelled");
        cancelled.details = {{QStringLiteral("reason"), QStringLiteral("duplicada")}};
        QCOMPARE(AuditEventSentence::sentence(cancelled), QStringLiteral("Cancelada: duplicada"));
        AuditEvent erased = cancelled;
        erased.action = QStringLiteral("audit.erased");
        erased.details = {{QStringLiteral("erased_events"), 1}};
        QCOMPARE(AuditEventSentence::sentence(erased),
                 QStringLiteral("Datos personales borrados de 1 evento"));
        erased.details = {{QStringLiteral("erased_events"), 4}};
        QCOMPARE(AuditEventSentence::sentence(erased),
                 QStringLiteral("Datos personales borrados de 4 eventos"));
        for (int n : {1, 3}) {
            CancelReasonDialog dialog(n);
            const QString expected = n == 1 ? QStringLiteral("Cancelar 1 invitación")
                                            : QStringLiteral("Cancelar 3 invitaciones");
            QCOMPARE(dialog.windowTitle(), expected);
            auto* buttons = dialog.findChild<QDialogButtonBox*>();
            QVERIFY(buttons);
            QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), expected);
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                     n == 1 ? QStringLiteral("Conservar 1 invitación")
                            : QStringLiteral("Conservar 3 invitaciones"));
        }
        m_languages.apply(QStringLiteral("en"));
    }

    void resolvesSettingValues()
    {
        QCOMPARE(LanguageManager::resolve(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("ES_mx")), QStringLiteral("es"));
        QVERIFY(LanguageManager::available().contains(LanguageManager::resolve(QString())));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("fr")),
                 LanguageManager::resolve(QString())); // unknown: the system's or English
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
