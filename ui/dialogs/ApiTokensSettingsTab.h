#pragma once

#include "core/domain/ApiToken.h"
#include "core/domain/User.h"
#include "core/services/BackendServices.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// The signed-in user's personal API tokens, as `invitedesk token` has them: the list (name,
// created, expires, last used, access, state), a new token (name, expiry, read-only) and revoking
// one after a confirmation. A thin adapter over ApiTokenService on the worker: the service holds
// every rule and its messages are shown at the field they name. A new token's text is shown
// once, in a read-only field with a Copy button; it is never logged or written to settings,
// and forgetCreatedToken() (called when the settings dialog closes) clears it.
class ApiTokensSettingsTab : public QWidget {
    Q_OBJECT
public:
    explicit ApiTokensSettingsTab(TaskRunner* worker, QWidget* parent = nullptr);
    ~ApiTokensSettingsTab() override;

    // Who is signed in; without it (before sign-in) the tab says to sign in first.
    void setAccess(BackendPtr backend, Actor actor);
    bool isUsable() const { return m_backend != nullptr; }
    // The tokens as last loaded, newest first.
    const QList<ApiToken>& tokens() const { return m_tokens; }
    // The text of the token created last, while it is shown (empty otherwise).
    QString shownToken() const;

public slots:
    void reload();
    void create();
    // Asks for a confirmation (an open, window-modal message box); revokeSelected() on yes.
    void requestRevoke();
    void revokeSelected();
    // Clears the shown token from the widget.
    void forgetCreatedToken();

signals:
    void loaded();
    void createFinished(bool ok, const QString& message);
    void revokeFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fill(const QList<ApiToken>& tokens);
    void setUsable(bool usable, const QString& reason);
    void updateRevokeEnabled();
    void clearMessages();
    int selectedRow() const;
    QString stateText(const ApiToken& token) const;

    TaskRunner* m_worker;
    BackendPtr m_backend;
    Actor m_actor;
    QList<ApiToken> m_tokens;

    QLabel* m_intro;
    QLabel* m_reason;
    QLabel* m_listLabel;
    QTreeWidget* m_list;
    QPushButton* m_revoke;
    FieldMessage* m_revokeMessage;
    QGroupBox* m_newBox;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    FieldMessage* m_nameMessage;
    QLabel* m_expiryLabel;
    QSpinBox* m_expiryDays;
    FieldMessage* m_expiryMessage;
    QCheckBox* m_readOnly;
    QPushButton* m_create;
    QWidget* m_createdPanel;
    QLabel* m_createdNote;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
    QPushButton* m_copy;
    FieldMessage* m_result;
    QMessageBox* m_confirm = nullptr;
};

} // namespace invitedesk::ui
