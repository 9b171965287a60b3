#pragma once

#include "ui/settings/ConnectionUrls.h"

#include <QWidget>

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

// Where the data lives: a SQLite file (one desk) or a PostgreSQL server (a team), with a
// "Test connection" that opens the database on the worker and reports its schema version.
class DatabaseSettingsTab : public QWidget {
    Q_OBJECT
public:
    DatabaseSettingsTab(TaskRunner* worker, QWidget* parent = nullptr);

    void setFields(const DatabaseFields& fields);
    DatabaseFields fields() const;
    // The password typed in this visit (empty: keep what the keychain has).
    QString password() const;
    bool forgetPassword() const;
    void setPasswordStored(bool stored);
    void setOverrideNote(const QString& note);

public slots:
    void testConnection();

signals:
    void testFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateBackend();

    TaskRunner* m_worker;
    QLabel* m_override;
    QRadioButton* m_sqlite;
    QRadioButton* m_postgres;
    QStackedWidget* m_stack;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_forget;
    QLabel* m_sslLabel;
    QComboBox* m_sslmode;
    QPushButton* m_test;
    FieldMessage* m_result;
    DatabaseFields m_loaded; // as setFields() gave it
    QLabel* m_restartNote;
    bool m_passwordStored = false;
};

} // namespace invitedesk::ui
