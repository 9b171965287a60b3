// The catalogues in translations/*.ts are the source of truth for every translated text. This
// runs lupdate over the sources (the list CMake hands to the update_translations target) into
// a copy of each catalogue and fails on any message without a finished translation: a new
// tr() text nobody translated, a text filed under a context the code does not ask for, or a
// catalogue nobody updated. It also checks the per-language look-ups the acceptance page
// uses, including from several threads at once.
#include "core/i18n/Translations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtConcurrent>
#include <QtTest>

#include <numeric>

using namespace invitedesk;

namespace {
struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current =
                Message{context,
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // no longer in the sources
            bool empty = false;
            QString text;
            if (current.numerus) {
                int forms = 0;
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    ++forms;
                    empty = empty || form.trimmed().isEmpty();
                }
                empty = empty || forms == 0;
            } else {
                empty = xml.readElementText().trimmed().isEmpty();
            }
            current.finished = type.isEmpty() && !empty;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message& m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}
} // namespace

class TestTranslationCatalogue : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_updated[2]; // en, es: the catalogues after lupdate over today's sources

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString lupdate = qEnvironmentVariable("INVITEDESK_LUPDATE");
        const QString sources = qEnvironmentVariable("INVITEDESK_LUPDATE_SOURCES");
        const QString root = qEnvironmentVariable("INVITEDESK_SOURCE_DIR");
        QVERIFY2(QFile::exists(lupdate), "INVITEDESK_LUPDATE names no lupdate");
        QVERIFY2(QFile::exists(sources), "INVITEDESK_LUPDATE_SOURCES names no list");
        QStringList args = {QStringLiteral("-silent"),    QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-I"),         root,
                            QLatin1Char('@') + sources,   QStringLiteral("-ts")};
        const QStringList languages = {QStringLiteral("en"), QStringLiteral("es")};
        for (int i = 0; i < languages.size(); ++i) {
            const QString name = QStringLiteral("invitedesk_%1.ts").arg(languages[i]);
            m_updated[i] = m_dir.filePath(name);
            QVERIFY(QFile::copy(root + QStringLiteral("/translations/") + name, m_updated[i]));
            QFile::setPermissions(m_updated[i], QFile::ReadOwner | QFile::WriteOwner);
            args << m_updated[i];
        }
        QProcess run;
        run.start(lupdate, args);
        QVERIFY(run.waitForFinished(90000));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 run.readAllStandardError().constData());
    }

    // Every message of the sources, under the context the code asks for, has a finished
    // Spanish translation in translations/invitedesk_es.ts.
    void everyTextHasItsSpanish()
    {
        QString error;
        const QList<Message> messages = readCatalogue(m_updated[1], &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 600, qPrintable(QString::number(messages.size())));
        QStringList missing;
        for (const Message& m : messages) {
            if (!m.finished)
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) without Spanish in "
                                           "translations/invitedesk_es.ts (build the target "
                                           "update_translations, then translate them): %2")
                                .arg(missing.size())
                                .arg(missing.join(QStringLiteral(" | ")))));
    }

    // English needs only the plural forms ("%n day(s)" -> "1 day" / "3 days").
    void everyEnglishPluralHasItsForms()
    {
        QString error;
        const QList<Message> messages = readCatalogue(m_updated[0], &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        int plurals = 0;
        for (const Message& m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (!m.finished)
                missing << describe(m);
        }
        QVERIFY(plurals > 10);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void perLanguageLookUps_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("page es") << "es" << QByteArray("AcceptancePage")
                                 << QByteArray("Create my account") << "Crear mi cuenta";
        QTest::newRow("page en") << "en" << QByteArray("AcceptancePage")
                                 << QByteArray("Create my account") << "Create my account";
        QTest::newRow("page role es") << "es" << QByteArray("AcceptancePage")
                                      << QByteArray("IVR company") << "Empresa de IVR";
        QTest::newRow("desk role es")
            << "es" << QByteArray("Role") << QByteArray("IVR company") << "Empresa IVR";
        QTest::newRow("service es")
            << "es" << QByteArray("InvitePolicy") << QByteArray("%1 is not in your downline.")
            << "%1 no está en su red.";
        QTest::newRow("unknown language") << "fr" << QByteArray("AcceptancePage")
                                          << QByteArray("Create my account") << "Create my account";
        QTest::newRow("unknown text")
            << "es" << QByteArray("AcceptancePage") << QByteArray("No such text") << "No such text";
    }
    void perLanguageLookUps()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QCOMPARE(translations::translate(language, context.constData(), source.constData()),
                 expected);
    }

    // The catalogues come from the resources, need no installed translator and do not change
    // what QCoreApplication::translate returns.
    void catalogueIsNotInstalled()
    {
        QVERIFY(translations::catalogue(QStringLiteral("es")));
        QVERIFY(translations::catalogue(QStringLiteral("en")));
        QVERIFY(!translations::catalogue(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("AcceptancePage", "Create my account"),
                 QStringLiteral("Create my account"));
    }

    // Requests in both languages at once, on many threads, each get their own language.
    void concurrentLanguagesDoNotMix()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QList<int> jobs(2000);
        std::iota(jobs.begin(), jobs.end(), 0);
        const QList<bool> right = QtConcurrent::blockingMapped(&pool, jobs, [](int i) {
            const bool es = i % 2;
            const QString text =
                translations::translate(es ? QStringLiteral("es") : QStringLiteral("en"),
                                        "AcceptancePage", "Accept your invitation");
            return text == (es ? QStringLiteral("Acepte su invitación")
                               : QStringLiteral("Accept your invitation"));
        });
        QVERIFY(!right.contains(false));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "test_translation_catalogue.moc"
