#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace invitedesk::ui {

// Which rows of a list were refreshed a moment ago (by id), and until when they show so. A
// model marks the rows it refreshed and repaints those expired() names; one timer serves all.
class RowHighlights : public QObject {
    Q_OBJECT
public:
    explicit RowHighlights(QObject* parent = nullptr);

    // How long a row stays highlighted (tests shorten or lengthen it).
    void setDuration(int msecs) { m_durationMs = std::max(1, msecs); }
    void mark(const QList<QUuid>& ids);
    bool contains(const QUuid& id) const { return m_until.contains(id); }
    // Forgets every highlight without signalling (the list was reloaded).
    void clear() { m_until.clear(); }

signals:
    // These rows' moment is over.
    void expired(const QSet<QUuid>& ids);

private:
    void dropExpired();

    QHash<QUuid, qint64> m_until; // m_clock's msecs
    QElapsedTimer m_clock;
    QTimer m_timer;
    int m_durationMs = 4000;
};

} // namespace invitedesk::ui
