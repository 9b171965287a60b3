#pragma once

#include "core/services/AuditService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace invitedesk::ui {

class Session;

// Audit events, newest first, loaded in pages (keyset on seq) on the session's worker.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        InvitationColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditTableModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void reload();
    // Names for actor ids (the people the user can see); unknown ids show as "another user".
    void setActorNames(const QHash<QString, QString>& names);
    const AuditEvent& eventAt(int row) const { return m_events.at(row); }
    bool isLoading() const { return m_loading; }
    // The invitation of the event on a row; empty for an event of no invitation.
    QString invitationIdAt(int row) const;
    void retranslate();

    // "Invitation cancelled" for "invitation.cancelled".
    static QString actionLabel(const QString& action);
    // The invitee of the event's invitation as a person reads it ("Ana López <ana@…>").
    static QString inviteeText(const AuditEvent& event);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    QString actorName(const QString& id) const;

    Session* m_session;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    QHash<QString, QString> m_actorNames;
    quint64 m_generation = 0;
    bool m_hasMore = true;
    bool m_loading = false;
    bool m_started = false;
};

} // namespace invitedesk::ui
