#include "core/domain/TimeOrderedId.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace invitedesk;

class TestTimeOrderedId : public QObject {
    Q_OBJECT
private slots:
    void isAVersion7Uuid()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = ids::timeOrdered();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        const QUuid u = QUuid::fromString(id);
        QVERIFY(!u.isNull());
        QCOMPARE(u.toString(QUuid::WithoutBraces), id);
        // Checked on the bytes: QUuid::version() knows versions 1 to 5 only before Qt 6.9.
        const QByteArray b = u.toRfc4122();
        QCOMPARE(uchar(b.at(6)) >> 4, 7);      // version 7
        QCOMPARE(uchar(b.at(8)) & 0xc0, 0x80); // RFC 9562 variant (10xx)
        qint64 ms = 0;
        for (int i = 0; i < 6; ++i)
            ms = (ms << 8) | uchar(b.at(i));
        QVERIFY(ms >= before && ms <= after + 1);
    }

    void increasesAndNeverRepeats()
    {
        // Many in the same millisecond: the counter keeps them in order (text order is byte
        // order, which is what the indexes compare).
        QString previous = ids::timeOrdered();
        QSet<QString> seen{previous};
        for (int i = 0; i < 200000; ++i) {
            const QString id = ids::timeOrdered();
            QVERIFY2(id > previous, qPrintable(previous + " then " + id));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 200001);
    }

    void randomPartDiffers()
    {
        const QByteArray a = QUuid::fromString(ids::timeOrdered()).toRfc4122();
        const QByteArray b = QUuid::fromString(ids::timeOrdered()).toRfc4122();
        QVERIFY(a.mid(8) != b.mid(8));
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedId)
#include "test_time_ordered_id.moc"
