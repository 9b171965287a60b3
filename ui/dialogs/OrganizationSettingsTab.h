#pragma once

#include "core/domain/User.h"
#include "core/services/BackendServices.h"
#include "core/services/OrganizationSettings.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// The organisation's settings and the platform's public link address, as `invitedesk org`
// has them, for admins: read and saved through OrganizationService on the worker, straight
// to the database (every change audited), not to this desk's settings file. Others see why
// they cannot change them, with every field read-only.
class OrganizationSettingsTab : public QWidget {
    Q_OBJECT
public:
    explicit OrganizationSettingsTab(TaskRunner* worker, QWidget* parent = nullptr);

    // Who is signed in; without it (before sign-in) the tab says to sign in as an admin.
    void setAccess(BackendPtr backend, Actor actor);
    bool isEditable() const { return m_editable; }
    // The value a field holds now, as `org set` would take it.
    QString text(const QString& key) const;

public slots:
    void reload();
    void save();

signals:
    void loaded();
    void saveFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill(const OrganizationSettings& settings);
    void setEditable(bool editable, const QString& reason);

    TaskRunner* m_worker;
    BackendPtr m_backend;
    Actor m_actor;
    bool m_editable = false;
    OrganizationSettings m_loaded;

    QLabel* m_reason;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, FieldMessage*> m_messages;
    QPushButton* m_save;
    FieldMessage* m_result;
};

} // namespace invitedesk::ui
