#pragma once

#include "core/Error.h"
#include "ui/settings/ConnectionUrls.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// How invitations leave: .eml files in a folder (the embedded default, nothing to set up) or
// an SMTP relay, with "Send test message" through the settings as typed.
class MailSettingsTab : public QWidget {
    Q_OBJECT
public:
    // Sends one test message through `url` (password separately, never in the URL) and
    // returns what the server said. Runs on the worker.
    using MailTester = std::function<Result<QString>(const QString& url, const QString& password,
                                                     const QString& from, const QString& to)>;

    MailSettingsTab(TaskRunner* worker, QWidget* parent = nullptr);

    void setFields(const MailFields& fields);
    MailFields fields() const;
    void setFrom(const QString& from);
    QString from() const;
    void setTestRecipient(const QString& email);
    QString password() const;
    bool forgetPassword() const;
    void setPasswordStored(bool stored);
    void setOverrideNote(const QString& note);
    void setTester(MailTester tester);

public slots:
    void sendTestMessage();

signals:
    void testFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTransport();

    TaskRunner* m_worker;
    MailTester m_tester;
    QLabel* m_override;
    QRadioButton* m_folderChoice;
    QRadioButton* m_smtpChoice;
    QStackedWidget* m_stack;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_tlsLabel;
    QComboBox* m_tls;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_forget;
    QLabel* m_fromLabel;
    QLineEdit* m_from;
    QLabel* m_recipientLabel;
    QLineEdit* m_recipient;
    QPushButton* m_test;
    FieldMessage* m_result;
    MailFields m_loaded; // as setFields() gave it
    bool m_passwordStored = false;
};

} // namespace invitedesk::ui
