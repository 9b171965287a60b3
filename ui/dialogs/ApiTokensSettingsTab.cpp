#include "ui/dialogs/ApiTokensSettingsTab.h"

#include "core/services/ApiTokenService.h"
#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
enum Column {
    NameColumn,
    CreatedColumn,
    ExpiresColumn,
    LastUsedColumn,
    AccessColumn,
    StateColumn,
    ColumnCount
};

QString shortTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString plain(QString labelText)
{
    return labelText.remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}
} // namespace

ApiTokensSettingsTab::ApiTokensSettingsTab(TaskRunner* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_intro(new QLabel(this)), m_reason(new QLabel(this)),
      m_listLabel(new QLabel(this)), m_list(new QTreeWidget(this)), m_revoke(new QPushButton(this)),
      m_newBox(new QGroupBox(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_expiryLabel(new QLabel(this)), m_expiryDays(new QSpinBox(this)),
      m_readOnly(new QCheckBox(this)), m_create(new QPushButton(this)),
      m_createdPanel(new QWidget(this)), m_createdNote(new QLabel(this)),
      m_tokenLabel(new QLabel(this)), m_token(new QLineEdit(this)), m_copy(new QPushButton(this))
{
    // Object names first: a FieldMessage takes its name from its field's.
    m_reason->setObjectName(QStringLiteral("apiTokenReason"));
    m_list->setObjectName(QStringLiteral("apiTokenList"));
    m_revoke->setObjectName(QStringLiteral("apiTokenRevoke"));
    m_name->setObjectName(QStringLiteral("apiTokenName"));
    m_expiryDays->setObjectName(QStringLiteral("apiTokenExpiryDays"));
    m_readOnly->setObjectName(QStringLiteral("apiTokenReadOnly"));
    m_create->setObjectName(QStringLiteral("apiTokenCreate"));
    m_createdPanel->setObjectName(QStringLiteral("apiTokenCreatedPanel"));
    m_createdNote->setObjectName(QStringLiteral("apiTokenCreatedNote"));
    m_token->setObjectName(QStringLiteral("apiTokenValue"));
    m_copy->setObjectName(QStringLiteral("apiTokenCopy"));
    m_revokeMessage = new FieldMessage(m_list, this);
    m_nameMessage = new FieldMessage(m_name, this);
    m_expiryMessage = new FieldMessage(m_expiryDays, this);
    m_result = new FieldMessage(nullptr, this);
    m_result->setObjectName(QStringLiteral("apiTokenResult"));

    m_intro->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_createdNote->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_listLabel->setBuddy(m_list);
    // Bounds are ApiTokenService's: the spin box only keeps out what is not a number of days,
    // so a value the service refuses gets its message at the field.
    m_expiryDays->setRange(0, 99999);
    m_expiryDays->setValue(90);
    m_nameLabel->setBuddy(m_name);
    m_expiryLabel->setBuddy(m_expiryDays);
    m_token->setReadOnly(true);
    m_tokenLabel->setBuddy(m_token);
    m_createdPanel->setVisible(false);

    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_revoke);

    auto* form = new QFormLayout(m_newBox);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    form->addRow(m_nameLabel, nameColumn);
    auto* expiryColumn = new QVBoxLayout;
    expiryColumn->addWidget(m_expiryDays);
    expiryColumn->addWidget(m_expiryMessage);
    form->addRow(m_expiryLabel, expiryColumn);
    form->addRow(QString(), m_readOnly);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    form->addRow(createRow);

    auto* created = new QVBoxLayout(m_createdPanel);
    created->setContentsMargins(0, 0, 0, 0);
    created->addWidget(m_createdNote);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copy);
    created->addLayout(tokenRow);
    form->addRow(m_createdPanel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_revokeMessage);
    layout->addWidget(m_newBox);
    layout->addWidget(m_result);

    // Keyboard order: the list and its action, then the new token's fields, then its result.
    setTabOrder(m_list, m_revoke);
    setTabOrder(m_revoke, m_name);
    setTabOrder(m_name, m_expiryDays);
    setTabOrder(m_expiryDays, m_readOnly);
    setTabOrder(m_readOnly, m_create);
    setTabOrder(m_create, m_token);
    setTabOrder(m_token, m_copy);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &ApiTokensSettingsTab::updateRevokeEnabled);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensSettingsTab::requestRevoke);
    connect(m_create, &QPushButton::clicked, this, &ApiTokensSettingsTab::create);
    // Enter in the new token's fields creates it (not the dialog's OK, which would close it).
    m_name->installEventFilter(this);
    m_expiryDays->installEventFilter(this);
    connect(m_name, &QLineEdit::textEdited, m_nameMessage, &FieldMessage::clearMessage);
    connect(m_expiryDays, &QSpinBox::valueChanged, m_expiryMessage, &FieldMessage::clearMessage);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_token->text().isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_token->text());
        m_result->showMessage(tr("The token is on the clipboard."), FieldMessage::Kind::Info);
    });
    retranslate();
    setUsable(false, tr("Sign in to see and create your API tokens."));
}

ApiTokensSettingsTab::~ApiTokensSettingsTab()
{
    forgetCreatedToken();
}

void ApiTokensSettingsTab::setUsable(bool usable, const QString& reason)
{
    for (QWidget* w : {static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_newBox)})
        w->setEnabled(usable);
    updateRevokeEnabled();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void ApiTokensSettingsTab::setAccess(BackendPtr backend, Actor actor)
{
    m_backend = std::move(backend);
    m_actor = std::move(actor);
    if (!m_backend)
        return;
    setUsable(false, tr("Loading…"));
    reload();
}

void ApiTokensSettingsTab::reload()
{
    if (!m_backend)
        return;
    m_worker->run(
        this, [backend = m_backend, actor = m_actor] { return backend->apiTokens().list(actor); },
        [this](Result<QList<ApiToken>> r) {
            if (!r) {
                setUsable(false,
                          tr("Your API tokens could not be read: %1").arg(r.error().message));
                return;
            }
            fill(r.value());
            setUsable(true, QString());
            emit loaded();
        });
}

void ApiTokensSettingsTab::fill(const QList<ApiToken>& tokens)
{
    const QString selectedId = selectedRow() >= 0 ? m_tokens.at(selectedRow()).id : QString();
    m_tokens = tokens;
    m_list->clear();
    for (const ApiToken& t : std::as_const(m_tokens)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, t.name);
        item->setText(CreatedColumn, shortTime(t.createdAt));
        item->setText(ExpiresColumn,
                      t.expiresAt.isValid() ? shortTime(t.expiresAt) : tr("Never", "expires"));
        // Recorded at most once a minute per token, so it may lag a busy token by that much.
        item->setText(LastUsedColumn,
                      t.lastUsedAt.isValid() ? shortTime(t.lastUsedAt) : tr("Not yet", "used"));
        item->setText(AccessColumn, t.readOnly ? tr("Read-only") : tr("Read and write"));
        item->setText(StateColumn, stateText(t));
        item->setData(NameColumn, Qt::UserRole, t.id);
        if (t.id == selectedId)
            item->setSelected(true);
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    updateRevokeEnabled();
}

QString ApiTokensSettingsTab::stateText(const ApiToken& token) const
{
    if (token.isRevoked())
        return tr("Revoked %1").arg(shortTime(token.revokedAt));
    if (m_backend && token.isExpiredAt(m_backend->config().now()))
        return tr("Expired");
    return tr("Active");
}

int ApiTokensSettingsTab::selectedRow() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return -1;
    const int row = m_list->indexOfTopLevelItem(selected.first());
    return row < m_tokens.size() ? row : -1;
}

void ApiTokensSettingsTab::updateRevokeEnabled()
{
    const int row = selectedRow();
    m_revoke->setEnabled(m_backend && m_list->isEnabled() && row >= 0 &&
                         !m_tokens.at(row).isRevoked());
}

void ApiTokensSettingsTab::clearMessages()
{
    m_nameMessage->clearMessage();
    m_expiryMessage->clearMessage();
    m_revokeMessage->clearMessage();
    m_result->clearMessage();
}

void ApiTokensSettingsTab::create()
{
    if (!m_backend || !m_create->isEnabled())
        return;
    clearMessages();
    NewApiToken input;
    input.name = m_name->text();
    if (m_expiryDays->value() != 0)
        input.expiresDays = m_expiryDays->value();
    input.readOnly = m_readOnly->isChecked();
    m_create->setEnabled(false);
    m_result->showMessage(tr("Creating…"), FieldMessage::Kind::Info);
    m_worker->run(
        this,
        [backend = m_backend, actor = m_actor, input] {
            return backend->apiTokens().create(actor, input);
        },
        [this](Result<CreatedApiToken> r) {
            m_create->setEnabled(true);
            if (!r) {
                const Error& e = r.error();
                FieldMessage* at = e.field == QLatin1String("name")           ? m_nameMessage
                                   : e.field == QLatin1String("expires_days") ? m_expiryMessage
                                                                              : nullptr;
                const QString message = tr("No token was created: %1").arg(e.message);
                if (at) {
                    at->showMessage(e.message);
                    m_result->clearMessage();
                    (at == m_nameMessage ? static_cast<QWidget*>(m_name) : m_expiryDays)
                        ->setFocus(Qt::OtherFocusReason);
                } else {
                    m_result->showMessage(message);
                }
                emit createFinished(false, message);
                return;
            }
            // Shown once, here only: never logged, never written to settings.
            m_token->setText(r.value().token);
            m_createdPanel->setVisible(true);
            m_token->setFocus(Qt::OtherFocusReason);
            m_token->selectAll();
            m_name->clear();
            QList<ApiToken> tokens = m_tokens;
            tokens.prepend(r.value().record);
            fill(tokens);
            const QString message =
                tr("Token \"%1\" created. Copy it now: it will not be shown again.")
                    .arg(r.value().record.name);
            m_result->showMessage(message, FieldMessage::Kind::Info);
            emit createFinished(true, message);
        });
}

void ApiTokensSettingsTab::requestRevoke()
{
    const int row = selectedRow();
    if (!m_backend || row < 0 || !m_revoke->isEnabled() || m_confirm)
        return;
    const ApiToken& t = m_tokens.at(row);
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Revoke API token"),
        tr("Revoke the token \"%1\"? Every system that uses it will be refused from now on. This "
           "cannot be undone.")
            .arg(t.name),
        QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("apiTokenRevokeConfirm"));
    QPushButton* yes = m_confirm->addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("apiTokenRevokeYes"));
    QPushButton* no = m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, yes, id = t.id](QAbstractButton* clicked) {
                m_confirm = nullptr;
                const int now = selectedRow();
                if (clicked == yes && now >= 0 && m_tokens.at(now).id == id)
                    revokeSelected();
            });
    connect(m_confirm, &QObject::destroyed, this, [this] { m_confirm = nullptr; });
    m_confirm->open();
}

void ApiTokensSettingsTab::revokeSelected()
{
    const int row = selectedRow();
    if (!m_backend || row < 0)
        return;
    clearMessages();
    m_revoke->setEnabled(false);
    m_worker->run(
        this,
        [backend = m_backend, actor = m_actor, id = m_tokens.at(row).id] {
            return backend->apiTokens().revoke(actor, id);
        },
        [this](Result<ApiToken> r) {
            if (!r) {
                const QString message = tr("The token was not revoked: %1").arg(r.error().message);
                m_revokeMessage->showMessage(message);
                updateRevokeEnabled();
                emit revokeFinished(false, message);
                reload(); // it may have been revoked elsewhere
                return;
            }
            QList<ApiToken> tokens = m_tokens;
            for (ApiToken& t : tokens) {
                if (t.id == r.value().id)
                    t = r.value();
            }
            fill(tokens);
            const QString message = tr("Token \"%1\" revoked.").arg(r.value().name);
            m_revokeMessage->showMessage(message, FieldMessage::Kind::Info);
            emit revokeFinished(true, message);
        });
}

QString ApiTokensSettingsTab::shownToken() const
{
    return m_token->text();
}

void ApiTokensSettingsTab::forgetCreatedToken()
{
    m_token->clear();
    m_createdPanel->setVisible(false);
}

void ApiTokensSettingsTab::retranslate()
{
    m_intro->setText(tr("A personal API token lets another system (a CRM, a script) use "
                        "InviteDesk's integration API as you, with your permissions. Send it as "
                        "\"Authorization: Bearer …\"."));
    m_listLabel->setText(tr("&Your tokens:"));
    m_list->setHeaderLabels({tr("Name"), tr("Created"), tr("Expires"), tr("Last used"),
                             tr("Access"), tr("State", "token")});
    m_revoke->setText(tr("&Revoke…"));
    m_newBox->setTitle(tr("New token"));
    m_nameLabel->setText(tr("&Name:"));
    m_expiryLabel->setText(tr("E&xpires after:"));
    m_expiryDays->setSuffix(tr(" days"));
    m_expiryDays->setSpecialValueText(tr("Never", "expires"));
    m_readOnly->setText(tr("Read-on&ly: may list and read invitations, not change them"));
    m_create->setText(tr("&Create token"));
    m_createdNote->setText(tr("Copy your new token now and keep it somewhere safe. It will not be "
                              "shown again: InviteDesk keeps only a fingerprint of it."));
    m_tokenLabel->setText(tr("New &token:"));
    m_copy->setText(tr("Co&py"));

    for (auto [label, w] :
         std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_listLabel, m_list},
                                                             {m_nameLabel, m_name},
                                                             {m_expiryLabel, m_expiryDays},
                                                             {m_tokenLabel, m_token}})
        w->setAccessibleName(plain(label->text()));
    m_revoke->setAccessibleName(tr("Revoke the selected token"));
    m_readOnly->setAccessibleName(plain(m_readOnly->text()));
    m_create->setAccessibleName(plain(m_create->text()));
    m_copy->setAccessibleName(tr("Copy the new token"));
    m_token->setAccessibleDescription(m_createdNote->text());
    m_expiryDays->setToolTip(tr("\"Never\" makes a token that works until it is revoked."));
    if (!m_tokens.isEmpty())
        fill(m_tokens);
}

bool ApiTokensSettingsTab::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_name || watched == m_expiryDays) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_expiryDays)
                m_expiryDays->interpretText();
            create();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApiTokensSettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace invitedesk::ui
