#include "ui/dialogs/DatabaseSettingsTab.h"

#include "core/services/BackendServices.h"
#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/StackedPages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace invitedesk::ui {

DatabaseSettingsTab::DatabaseSettingsTab(TaskRunner* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_override(new QLabel(this)),
      m_sqlite(new QRadioButton(this)), m_postgres(new QRadioButton(this)),
      m_stack(new QStackedWidget(this)), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_hostLabel(new QLabel(this)), m_host(new QLineEdit(this)),
      m_portLabel(new QLabel(this)), m_port(new QSpinBox(this)), m_databaseLabel(new QLabel(this)),
      m_database(new QLineEdit(this)), m_userLabel(new QLabel(this)), m_user(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_forget(new QCheckBox(this)), m_sslLabel(new QLabel(this)), m_sslmode(new QComboBox(this)),
      m_test(new QPushButton(this)), m_result(new FieldMessage(m_test, this)),
      m_restartNote(new QLabel(this))
{
    m_sqlite->setObjectName(QStringLiteral("backendSqlite"));
    m_postgres->setObjectName(QStringLiteral("backendPostgres"));
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_database->setObjectName(QStringLiteral("pgDatabase"));
    m_user->setObjectName(QStringLiteral("pgUser"));
    m_password->setObjectName(QStringLiteral("pgPassword"));
    m_forget->setObjectName(QStringLiteral("pgForgetPassword"));
    m_sslmode->setObjectName(QStringLiteral("pgSslmode"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testConnectionResult"));
    m_override->setWordWrap(true);
    m_override->setVisible(false);
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_forget->setVisible(false); // until the keychain says a password is stored
    m_sslmode->addItem(QString(), QString());
    for (const char* mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_pathLabel->setBuddy(m_path);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_sslLabel->setBuddy(m_sslmode);

    auto* sqlitePage = new QWidget(this);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_browse);
    sqliteForm->addRow(m_pathLabel, pathRow);

    auto* pgPage = new QWidget(this);
    auto* pgForm = new QFormLayout(pgPage);
    pgForm->addRow(m_hostLabel, m_host);
    pgForm->addRow(m_portLabel, m_port);
    pgForm->addRow(m_databaseLabel, m_database);
    pgForm->addRow(m_userLabel, m_user);
    auto* passwordColumn = new QVBoxLayout;
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_forget);
    pgForm->addRow(m_passwordLabel, passwordColumn);
    pgForm->addRow(m_sslLabel, m_sslmode);
    m_stack->addWidget(sqlitePage);
    m_stack->addWidget(pgPage);

    auto* backendRow = new QHBoxLayout;
    backendRow->addWidget(m_sqlite);
    backendRow->addWidget(m_postgres);
    backendRow->addStretch();
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_override);
    layout->addLayout(backendRow);
    layout->addWidget(m_stack);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_restartNote);

    m_sqlite->setChecked(true);
    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseSettingsTab::updateBackend);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettingsTab::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Database file"), m_path->text(), tr("SQLite databases (*.db *.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    });
    retranslate();
    updateBackend();
}

void DatabaseSettingsTab::retranslate()
{
    m_sqlite->setText(tr("&SQLite file (one desk)"));
    m_postgres->setText(tr("Postgre&SQL server (a team)"));
    m_pathLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_sslLabel->setText(tr("&TLS (sslmode):"));
    m_sslmode->setItemText(0, tr("driver default"));
    m_forget->setText(tr("Remove the stored password from the keychain"));
    m_password->setPlaceholderText(m_passwordStored ? tr("stored in the system keychain")
                                                    : tr("not stored"));
    m_password->setToolTip(tr("Kept in the system keychain, never in a settings file. Leave "
                              "empty to keep the stored one."));
    m_test->setText(tr("&Test connection"));
    m_restartNote->setText(tr("A new database location is used the next time InviteDesk starts."));
    for (auto [label, w] :
         std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_pathLabel, m_path},
                                                             {m_hostLabel, m_host},
                                                             {m_portLabel, m_port},
                                                             {m_databaseLabel, m_database},
                                                             {m_userLabel, m_user},
                                                             {m_passwordLabel, m_password},
                                                             {m_sslLabel, m_sslmode}})
        w->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void DatabaseSettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatabaseSettingsTab::updateBackend()
{
    showStackedPage(m_stack, m_sqlite->isChecked() ? 0 : 1);
    m_result->clearMessage();
}

void DatabaseSettingsTab::setFields(const DatabaseFields& f)
{
    m_loaded = f;
    (f.postgres ? m_postgres : m_sqlite)->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(f.sqlitePath));
    m_host->setText(f.host);
    m_port->setValue(f.port);
    m_database->setText(f.database);
    m_user->setText(f.user);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(f.sslmode)));
    updateBackend();
}

DatabaseFields DatabaseSettingsTab::fields() const
{
    DatabaseFields f = m_loaded; // keeps what the tab does not show
    f.postgres = m_postgres->isChecked();
    f.sqlitePath = QDir::fromNativeSeparators(m_path->text().trimmed());
    f.host = m_host->text().trimmed();
    f.port = m_port->value();
    f.database = m_database->text().trimmed();
    f.user = m_user->text().trimmed();
    f.sslmode = m_sslmode->currentData().toString();
    return f;
}

QString DatabaseSettingsTab::password() const
{
    return m_postgres->isChecked() ? m_password->text() : QString();
}

bool DatabaseSettingsTab::forgetPassword() const
{
    return m_forget->isChecked();
}

void DatabaseSettingsTab::setPasswordStored(bool stored)
{
    m_passwordStored = stored;
    m_forget->setVisible(stored);
    retranslate();
}

void DatabaseSettingsTab::setOverrideNote(const QString& note)
{
    m_override->setText(note);
    m_override->setVisible(!note.isEmpty());
}

void DatabaseSettingsTab::testConnection()
{
    const DatabaseFields f = fields();
    if (f.postgres && f.host.isEmpty()) {
        m_result->showMessage(tr("Enter the PostgreSQL server's host name."));
        emit testFinished(false, m_result->text());
        return;
    }
    if (!f.postgres && f.sqlitePath.isEmpty()) {
        m_result->showMessage(tr("Choose a database file."));
        emit testFinished(false, m_result->text());
        return;
    }
    if (!f.postgres && !QFileInfo::exists(f.sqlitePath)) {
        // Opening would create it; say what will happen instead.
        m_result->showMessage(tr("The file does not exist yet: InviteDesk creates it on the next "
                                 "start."),
                              FieldMessage::Kind::Info);
        emit testFinished(true, m_result->text());
        return;
    }
    const QString url = f.toUrlWithPassword(password());
    m_test->setEnabled(false);
    m_result->showMessage(tr("Connecting…"), FieldMessage::Kind::Info);
    struct Outcome {
        bool ok = false;
        QString error;
        int current = 0;
        int latest = 0;
    };
    m_worker->run(
        this,
        [url]() {
            Outcome o;
            auto backend = BackendServices::open(url, {}, SchemaPolicy::ConnectOnly);
            if (!backend) {
                o.error = backend.error().message;
                return o;
            }
            o.latest = backend.value()->latestSchemaVersion();
            auto current = backend.value()->schemaVersion();
            if (!current) {
                o.error = current.error().message;
                return o;
            }
            o.current = current.value();
            o.ok = true;
            return o;
        },
        [this](Outcome o) {
            m_test->setEnabled(true);
            QString message;
            if (!o.ok) {
                message = tr("Could not connect: %1").arg(o.error);
                m_result->showMessage(message);
            } else if (o.current == 0) {
                message = tr("Connected. The database is empty; InviteDesk sets it up on start "
                             "(PostgreSQL: run \"invitedesk migrate\" first).");
                m_result->showMessage(message, FieldMessage::Kind::Info);
            } else if (o.current < o.latest) {
                message = tr("Connected. The schema is at version %1 of %2: run \"invitedesk "
                             "migrate\".")
                              .arg(o.current)
                              .arg(o.latest);
                m_result->showMessage(message, FieldMessage::Kind::Warning);
            } else if (o.current > o.latest) {
                message = tr("Connected, but the database (version %1) is newer than this "
                             "program (version %2). Update InviteDesk.")
                              .arg(o.current)
                              .arg(o.latest);
                m_result->showMessage(message, FieldMessage::Kind::Warning);
            } else {
                message = tr("Connected. The schema is up to date (version %1).").arg(o.current);
                m_result->showMessage(message, FieldMessage::Kind::Info);
            }
            emit testFinished(o.ok, message);
        });
}

} // namespace invitedesk::ui
