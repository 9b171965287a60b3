#include "core/domain/TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

namespace invitedesk::ids {

QString timeOrdered()
{
    static std::mutex lock;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    quint64 random[2];
    QRandomGenerator::global()->fillRange(random); // seeded from the system source

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard<std::mutex> guard(lock);
        if (ms > lastMs) {
            lastMs = ms;
            // Start each millisecond at a random point in the lower half, so the counter
            // rarely overflows and the value is not predictable from the time alone.
            counter = quint16(random[1] >> 53) & 0x7ff;
        } else {
            // Same (or an earlier, after a clock step) millisecond: keep increasing.
            ms = lastMs;
            if (++counter > 0xfff) {
                counter = 0;
                lastMs = ++ms; // borrow the next millisecond rather than repeat an id
            }
        }
    }

    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(quint64(ms) >> (8 * (5 - i)));
    b[6] = uchar(0x70 | ((counter >> 8) & 0x0f));
    b[7] = uchar(counter & 0xff);
    const quint64 r = random[0];
    b[8] = uchar(0x80 | ((r >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        b[i] = uchar(r >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b), 16))
        .toString(QUuid::WithoutBraces);
}

} // namespace invitedesk::ids
