// The byte-level encodings and the MIME message builder.
#include "core/mail/MimeEncoding.h"
#include "core/mail/MimeMessage.h"

#include <QRegularExpression>
#include <QTest>

using namespace invitedesk;

namespace {
// Decodes the encoded words of a header value ("=?UTF-8?B?...?=" separated by folding).
QString decodeWords(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray out;
    auto it = word.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        out += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(out);
}

QList<QByteArray> crlfLines(const QByteArray& bytes)
{
    return bytes.split('\n');
}
} // namespace

class TestMimeEncoding : public QObject {
    Q_OBJECT
private slots:
    void quotedPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Hello, world.");
        QTest::newRow("equals") << QStringLiteral("a=b and =3D stays literal");
        QTest::newRow("trailing space") << QStringLiteral("line with trailing space \nnext\t");
        QTest::newRow("non-ascii") << QStringLiteral("José Müller — ¡hola! ñandú 漢字 😀");
        QTest::newRow("long line") << QString(300, QLatin1Char('x'));
        QTest::newRow("long non-ascii") << QString(120, QChar(0x00fc));
        QTest::newRow("dots") << QStringLiteral(".\n..\n.start\nend.");
        QTest::newRow("dot after soft break")
            << QString(75, QLatin1Char('a')) + QStringLiteral(".");
        QTest::newRow("crlf mix") << QStringLiteral("a\r\nb\rc\nd");
        QTest::newRow("empty") << QString();
    }
    void quotedPrintable()
    {
        QFETCH(QString, text);
        const QByteArray encoded = mime::quotedPrintable(text.toUtf8());
        for (const QByteArray& line : encoded.split('\n')) {
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the '\r'
            QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
        }
        for (const char c : encoded)
            QVERIFY(uchar(c) < 128);
        QVERIFY(!encoded.contains("\n") || encoded.count("\n") == encoded.count("\r\n"));
        QString expected = text;
        expected.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'))
            .replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QCOMPARE(QString::fromUtf8(mime::decodeQuotedPrintable(encoded)), expected);
    }

    void encodeUnstructured_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("encoded");
        QTest::newRow("ascii") << QStringLiteral("You are invited") << false;
        QTest::newRow("non-ascii") << QStringLiteral("José Müller le invita a unirse") << true;
        QTest::newRow("long ascii") << QStringLiteral("word ").repeated(60).trimmed() << false;
        QTest::newRow("long non-ascii") << QStringLiteral("Müller ").repeated(40).trimmed() << true;
        QTest::newRow("emoji") << QStringLiteral("Bienvenida 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀") << true;
        // "Subject: " and the first word fill the line to 998 octets; one more goes encoded
        // (fuzz_mime_header: the first line was 1005 octets long).
        QTest::newRow("first word at the line limit") << QString(989, QLatin1Char('x')) << false;
        QTest::newRow("first word over the line limit")
            << QString(990, QLatin1Char('x')) + QStringLiteral(" end") << true;
        // Text a mail reader would decode goes encoded, so it shows what was written
        // (fuzz_mime_header found the subject shown as "café").
        QTest::newRow("encoded-word lookalike")
            << QStringLiteral("=?iso-8859-1?q?caf=E9?= O' \"JD") << true;
        QTest::newRow("lookalike, base64") << QStringLiteral("Hello =?UTF-8?B?SGk=?=") << true;
        QTest::newRow("question mark, no word") << QStringLiteral("Is 2+2=? Yes ?= no") << false;
    }
    void encodeUnstructured()
    {
        QFETCH(QString, subject);
        QFETCH(bool, encoded);
        const QByteArray value = mime::encodeUnstructured(subject, 9);
        QCOMPARE(value.startsWith("=?UTF-8?B?"), encoded);
        for (const char c : value)
            QVERIFY(uchar(c) < 128);
        const QList<QByteArray> lines = value.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).size() + (i == 0 ? 9 : 0) <= 998, lines.at(i).constData());
            if (i > 0)
                QVERIFY(lines.at(i).startsWith(' ')); // folded, not a new header
        }
        if (!encoded) {
            QByteArray unfolded = value;
            unfolded.replace("\r\n", "");
            QCOMPARE(QString::fromLatin1(unfolded), subject);
        } else {
            static const QRegularExpression word(QStringLiteral("=\\?[^?]+\\?B\\?[^?]*\\?="));
            auto it = word.globalMatch(QString::fromLatin1(value));
            while (it.hasNext())
                QVERIFY(it.next().capturedLength() <= 75);
            QCOMPARE(decodeWords(value), subject);
        }
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("atoms") << QStringLiteral("Ana Lopez") << QByteArray("Ana Lopez");
        QTest::newRow("apostrophe") << QStringLiteral("Pat O'Brien") << QByteArray("Pat O'Brien");
        QTest::newRow("comma") << QStringLiteral("Smith, John") << QByteArray("\"Smith, John\"");
        QTest::newRow("quote") << QStringLiteral("The \"Doc\"")
                               << QByteArray("\"The \\\"Doc\\\"\"");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("encoded-word lookalike")
            << QStringLiteral("=?UTF-8?B?SGk=?=")
            << QByteArray("=?UTF-8?B?PT9VVEYtOD9CP1NHaz0/PQ==?=");
    }
    void displayName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(mime::encodeDisplayName(name), expected);
    }

    void nonAsciiDisplayName()
    {
        const QByteArray v =
            mime::formatAddress(QStringLiteral("José Müller"), QStringLiteral("jose@example.org"));
        QVERIFY(v.startsWith("=?UTF-8?B?"));
        QVERIFY(v.endsWith(" <jose@example.org>"));
        QCOMPARE(decodeWords(v), QStringLiteral("José Müller"));
    }

    void idnDomain()
    {
        QCOMPARE(mime::asciiAddress(QStringLiteral("ana@müller.example")),
                 QStringLiteral("ana@xn--mller-kva.example"));
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf injection") << QStringLiteral("Hi\r\nBcc: evil@example.org")
                                        << QStringLiteral("Hi Bcc: evil@example.org");
        QTest::newRow("bare lf") << QStringLiteral("a\nb") << QStringLiteral("a b");
        QTest::newRow("controls") << QStringLiteral("a\x01\x7f b\tc") << QStringLiteral("a b c");
        QTest::newRow("unicode separators")
            << QStringLiteral("a\u2028b\u2029c\u0085d") << QStringLiteral("a b c d");
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(mime::sanitizeHeaderValue(input), expected);
    }

    void dotStuff_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("lone dot") << QByteArray(".\r\n") << QByteArray("..\r\n");
        QTest::newRow("leading") << QByteArray(".a\r\nb\r\n") << QByteArray("..a\r\nb\r\n");
        QTest::newRow("middle") << QByteArray("a\r\n.\r\n..b\r\n")
                                << QByteArray("a\r\n..\r\n...b\r\n");
        QTest::newRow("inner dots kept") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n");
        QTest::newRow("no dots") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("last line") << QByteArray("a\r\n.") << QByteArray("a\r\n..");
        QTest::newRow("consecutive") << QByteArray(".\r\n.\r\n.") << QByteArray("..\r\n..\r\n..");
    }
    void dotStuff()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(mime::dotStuff(input), expected);
    }

    void toCrlf_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("already crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("bare lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("bare cr") << QByteArray("a\rb") << QByteArray("a\r\nb");
        QTest::newRow("mixed") << QByteArray("a\r\nb\nc\rd\r")
                               << QByteArray("a\r\nb\r\nc\r\nd\r\n");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void toCrlf()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(mime::toCrlf(input), expected);
    }

    void date()
    {
        const QDateTime t(QDate(2026, 11, 25), QTime(14, 0, 5), Qt::UTC);
        QCOMPARE(mime::formatDate(t), QByteArray("Wed, 25 Nov 2026 14:00:05 +0000"));
        const QDateTime offset(QDate(2026, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 3600);
        QCOMPARE(mime::formatDate(offset), QByteArray("Thu, 1 Jan 2026 00:00:00 +0000"));
    }

    void messageIds()
    {
        QVERIFY(mime::makeMessageId(QStringLiteral("[127.0.0.1]")).endsWith("@[127.0.0.1]>"));
        QVERIFY(mime::makeMessageId(QStringLiteral("bücher.example"))
                    .endsWith("@xn--bcher-kva.example>"));
        QVERIFY(mime::makeMessageId(QString()).endsWith("@invitedesk.invalid>"));
        const QByteArray a = mime::makeMessageId(QStringLiteral("example.org"));
        const QByteArray b = mime::makeMessageId(QStringLiteral("example.org"));
        QVERIFY(a != b);
        QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@example\\.org>$"))
                    .match(QString::fromLatin1(a))
                    .hasMatch());
    }

    void messageStructure()
    {
        MimeMessage m;
        m.setFrom({QStringLiteral("Acme Health"), QStringLiteral("no-reply@acme.example")});
        m.setReplyTo({QString(), QStringLiteral("help@acme.example")});
        m.setTo({QStringLiteral("José Müller"), QStringLiteral("jose@example.org")});
        m.setSubject(QStringLiteral("Invitation\r\nBcc: evil@example.org"));
        m.setTextBody(QStringLiteral("Hello José\n.\nbye"));
        m.setHtmlBody(QStringLiteral("<p>Hello José</p>"));
        m.setDate(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC));
        const QByteArray bytes = m.toBytes();
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        for (const QByteArray& line : crlfLines(bytes))
            QVERIFY(line.size() <= 999);
        for (const char c : bytes)
            QVERIFY(uchar(c) < 128);
        const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
        QVERIFY(head.contains("\r\nSubject: Invitation Bcc: evil@example.org\r\n"));
        QVERIFY(!head.contains("\r\nBcc:"));
        QVERIFY(head.contains("\r\nReply-To: help@acme.example\r\n"));
        QVERIFY(head.contains("From: Acme Health <no-reply@acme.example>\r\n"));
        QVERIFY(head.contains("Date: Wed, 25 Nov 2026 14:00:00 +0000\r\n"));
        QVERIFY(head.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(head.contains("Content-Type: multipart/alternative;"));
        QVERIFY(head.contains("Message-ID: <"));
        QVERIFY(m.messageId().endsWith("@acme.example>"));
        QVERIFY(bytes.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(bytes.contains("Content-Type: text/html; charset=UTF-8\r\n"));
        QCOMPARE(bytes.count("Content-Transfer-Encoding: quoted-printable\r\n"), 2);
        QVERIFY(bytes.contains("Hello Jos=C3=A9\r\n.\r\nbye"));
        QVERIFY(!m.needsSmtpUtf8());
    }

    void textOnlyMessage()
    {
        MimeMessage m;
        m.setFrom({QString(), QStringLiteral("a@example.org")});
        m.setTo({QString(), QStringLiteral("b@example.org")});
        m.setSubject(QStringLiteral("Hi"));
        m.setTextBody(QStringLiteral("text"));
        const QByteArray bytes = m.toBytes();
        QVERIFY(!bytes.contains("multipart"));
        QVERIFY(bytes.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-"
                               "Encoding: quoted-printable\r\n\r\ntext\r\n"));
    }

    void utf8LocalPartNeedsSmtpUtf8()
    {
        MimeMessage m;
        m.setFrom({QString(), QStringLiteral("a@example.org")});
        m.setTo({QString(), QStringLiteral("josé@example.org")});
        QVERIFY(m.needsSmtpUtf8());
    }

    void addressParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::newRow("bare") << QStringLiteral("a@example.org") << true << QString()
                              << QStringLiteral("a@example.org");
        QTest::newRow("named") << QStringLiteral("InviteDesk <no-reply@host.example>") << true
                               << QStringLiteral("InviteDesk")
                               << QStringLiteral("no-reply@host.example");
        QTest::newRow("quoted") << QStringLiteral("\"Smith, J\" <j@example.org>") << true
                                << QStringLiteral("Smith, J") << QStringLiteral("j@example.org");
        QTest::newRow("localhost")
            << QStringLiteral("x@localhost") << true << QString() << QStringLiteral("x@localhost");
        QTest::newRow("no at") << QStringLiteral("nobody") << false << QString() << QString();
        QTest::newRow("unclosed") << QStringLiteral("A <a@example.org") << false << QString()
                                  << QString();
        QTest::newRow("two") << QStringLiteral("a@example.org, b@example.org") << false << QString()
                             << QString();
    }
    void addressParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        auto r = MailAddress::parse(text, QStringLiteral("from"));
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QCOMPARE(r.error().field, QStringLiteral("from"));
            return;
        }
        QFETCH(QString, name);
        QFETCH(QString, address);
        QCOMPARE(r->name, name);
        QCOMPARE(r->address, address);
    }
};

QTEST_GUILESS_MAIN(TestMimeEncoding)
#include "test_mime_encoding.moc"
