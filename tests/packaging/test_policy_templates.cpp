// The managed-settings templates IT deploys (issue 17, item 5) name real settings: every
// registry value the ADMX template and the MSI's Policy.wxs write, every key of the example
// .mobileconfig, and every key docs/managed-settings.md lists is a key of
// core/settings/SettingKeys.h, in the form each platform's policy layer reads (Windows: subkey
// = group, value = name; macOS: "group.name"). The ADMX and ADML agree on their strings,
// presentations and elements, and the reference page lists every key.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

#include <utility>

namespace {
QString source(const QString& path)
{
    return qEnvironmentVariable("INVITEDESK_SOURCE_DIR") + QLatin1Char('/') + path;
}

QString readAll(const QString& path)
{
    QFile f(source(path));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString kPolicyKey = QStringLiteral("SOFTWARE\\Policies\\InviteDesk\\InviteDesk\\");

// "SOFTWARE\Policies\InviteDesk\InviteDesk\database" + "url" -> "database/url"
QString settingKeyOf(const QString& registryKey, const QString& valueName)
{
    if (!registryKey.startsWith(kPolicyKey, Qt::CaseInsensitive))
        return QStringLiteral("<outside the policy key: %1>").arg(registryKey);
    return registryKey.mid(kPolicyKey.size()).replace(QLatin1Char('\\'), QLatin1Char('/')) +
           QLatin1Char('/') + valueName;
}
} // namespace

class TestPolicyTemplates : public QObject {
    Q_OBJECT

    QSet<QString> m_keys; // the keys of SettingKeys.h

private slots:
    void initTestCase()
    {
        const QString header = readAll(QStringLiteral("core/settings/SettingKeys.h"));
        QVERIFY(!header.isEmpty());
        const QRegularExpression setting(
            QStringLiteral("Setting<[^>]+>\\s+\\w+\\{\\s*\"([^\"]+)\""));
        for (auto it = setting.globalMatch(header); it.hasNext();)
            m_keys.insert(it.next().captured(1));
        QVERIFY2(m_keys.contains(QStringLiteral("database/url")) && m_keys.size() >= 10,
                 qPrintable(QStringList(m_keys.begin(), m_keys.end()).join(QLatin1Char(' '))));
    }

    void admxWritesKnownKeys()
    {
        QXmlStreamReader xml(readAll(QStringLiteral("packaging/windows/policy/InviteDesk.admx")));
        QString policyKey;
        QStringList written;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("policy")) {
                policyKey = a.value(QLatin1String("key")).toString();
                if (a.hasAttribute(QLatin1String("valueName")))
                    written << settingKeyOf(policyKey,
                                            a.value(QLatin1String("valueName")).toString());
            } else if (a.hasAttribute(QLatin1String("valueName"))) {
                const QString key = a.hasAttribute(QLatin1String("key"))
                                        ? a.value(QLatin1String("key")).toString()
                                        : policyKey;
                written << settingKeyOf(key, a.value(QLatin1String("valueName")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(written.size() >= 5);
        for (const QString& key : written)
            QVERIFY2(m_keys.contains(key), qPrintable(key));
    }

    void admlMatchesAdmx()
    {
        const QString admx = readAll(QStringLiteral("packaging/windows/policy/InviteDesk.admx"));
        const QString adml =
            readAll(QStringLiteral("packaging/windows/policy/en-US/InviteDesk.adml"));
        auto set = [](const QString& text, const QString& pattern) {
            QSet<QString> out;
            for (auto it = QRegularExpression(pattern).globalMatch(text); it.hasNext();)
                out.insert(it.next().captured(1));
            return out;
        };
        const auto missingStrings = set(admx, QStringLiteral("\\$\\(string\\.(\\w+)\\)")) -
                                    set(adml, QStringLiteral("<string id=\"(\\w+)\""));
        QVERIFY2(missingStrings.isEmpty(),
                 qPrintable(QStringList(missingStrings.begin(), missingStrings.end()).join(' ')));
        const auto missingPresentations =
            set(admx, QStringLiteral("\\$\\(presentation\\.(\\w+)\\)")) -
            set(adml, QStringLiteral("<presentation id=\"(\\w+)\""));
        QVERIFY(missingPresentations.isEmpty());
        QCOMPARE(set(adml, QStringLiteral("refId=\"(\\w+)\"")),
                 set(admx, QStringLiteral("<(?:text|decimal|enum) id=\"(\\w+)\"")));
    }

    void msiPropertiesWriteKnownKeys()
    {
        const QString wxs = readAll(QStringLiteral("packaging/windows/Policy.wxs"));
        const QRegularExpression value(
            QStringLiteral("<RegistryValue Root=\"HKLM\" Key=\"([^\"]+)\"\\s+Name=\"(\\w+)\"[^>]*"
                           "Value=\"\\[(\\w+)\\]\""));
        QHash<QString, QString> byProperty;
        for (auto it = value.globalMatch(wxs); it.hasNext();) {
            const auto m = it.next();
            byProperty.insert(m.captured(3), settingKeyOf(m.captured(1), m.captured(2)));
        }
        // The contract of issue 17: these three properties, to these keys.
        QCOMPARE(byProperty.value(QStringLiteral("DATABASE_URL")), QStringLiteral("database/url"));
        QCOMPARE(byProperty.value(QStringLiteral("MAIL_URL")), QStringLiteral("mail/url"));
        QCOMPARE(byProperty.value(QStringLiteral("PUBLIC_URL")),
                 QStringLiteral("acceptance/public_url"));
        for (const QString& key : byProperty)
            QVERIFY2(m_keys.contains(key), qPrintable(key));
        QVERIFY(wxs.contains(QLatin1String("REMOVEUSERDATA")));
    }

    void mobileconfigUsesKnownKeys()
    {
        QXmlStreamReader xml(readAll(
            QStringLiteral("packaging/macos/com.invitedesk.InviteDesk.example.mobileconfig")));
        int depth = 0;
        QStringList keys;
        bool inPayload = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("dict"))
                ++depth;
            if (xml.isEndElement() && xml.name() == QLatin1String("dict"))
                --depth;
            if (xml.isStartElement() && xml.name() == QLatin1String("key")) {
                const QString key = xml.readElementText();
                if (depth == 2 && key == QLatin1String("PayloadType"))
                    inPayload = true;
                if (depth == 2 && inPayload && !key.startsWith(QLatin1String("Payload")))
                    keys << key;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(keys.size() >= 3);
        for (const QString& key : keys) {
            // Qt's macOS settings write "group/name" as "group.name".
            const QString setting = QString(key).replace(QLatin1Char('.'), QLatin1Char('/'));
            QVERIFY2(m_keys.contains(setting), qPrintable(key));
        }
        QVERIFY(readAll(QStringLiteral(
                            "packaging/macos/com.invitedesk.InviteDesk.example.mobileconfig"))
                    .contains(QLatin1String("<string>com.invitedesk.InviteDesk</string>")));
    }

    void referencePageListsEveryKey()
    {
        const QString page = readAll(QStringLiteral("docs/managed-settings.md"));
        for (const QString& key : std::as_const(m_keys))
            QVERIFY2(page.contains(QStringLiteral("| `%1` |").arg(key)), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestPolicyTemplates)
#include "test_policy_templates.moc"
