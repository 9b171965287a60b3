#include "ui/dialogs/OrganizationSettingsTab.h"

#include "core/services/OrganizationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
bool isDays(const QString& key)
{
    return key.endsWith(QLatin1String("-days"));
}

const QString kIdleLock = QStringLiteral("idle-lock-minutes");
} // namespace

OrganizationSettingsTab::OrganizationSettingsTab(TaskRunner* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_reason(new QLabel(this)), m_save(new QPushButton(this)),
      m_result(new FieldMessage(nullptr, this))
{
    m_reason->setObjectName(QStringLiteral("orgReason"));
    m_reason->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("orgSave"));
    m_result->setObjectName(QStringLiteral("orgResult"));

    auto* form = new QFormLayout;
    for (const QString& key : OrganizationSettings::keys()) {
        QWidget* field = nullptr;
        if (key == QLatin1String("reminders")) {
            field = new QCheckBox(this);
        } else if (isDays(key) || key == QLatin1String("daily-invite-quota") || key == kIdleLock) {
            auto* spin = new QSpinBox(this);
            if (key == QLatin1String("daily-invite-quota"))
                spin->setRange(0, 100000); // 0: no limit (the special value text)
            else if (key == kIdleLock)
                spin->setRange(0, 1440); // 0: off (the special value text)
            else
                spin->setRange(1, 365);
            field = spin;
        } else {
            field = new QLineEdit(this);
        }
        field->setObjectName(QStringLiteral("org:") + key);
        auto* label = new QLabel(this);
        label->setBuddy(field);
        auto* message = new FieldMessage(field, this);
        auto* column = new QVBoxLayout;
        column->addWidget(field);
        column->addWidget(message);
        form->addRow(label, column);
        m_fields.insert(key, field);
        m_labels.insert(key, label);
        m_messages.insert(key, message);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &OrganizationSettingsTab::save);
    retranslate();
    setEditable(false, tr("Sign in as an administrator to change the organisation's settings."));
}

void OrganizationSettingsTab::setEditable(bool editable, const QString& reason)
{
    m_editable = editable;
    for (QWidget* field : std::as_const(m_fields))
        field->setEnabled(editable);
    m_save->setVisible(editable);
    m_save->setEnabled(editable);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void OrganizationSettingsTab::setAccess(BackendPtr backend, Actor actor)
{
    m_backend = std::move(backend);
    m_actor = std::move(actor);
    if (m_actor.role != Role::Admin) {
        setEditable(false, tr("Only an administrator can see and change the organisation's "
                              "settings; you are signed in as a %1.")
                               .arg(roles::label(m_actor.role).toLower()));
        return;
    }
    setEditable(false, tr("Loading…"));
    reload();
}

void OrganizationSettingsTab::reload()
{
    if (!m_backend || m_actor.role != Role::Admin)
        return;
    m_worker->run(
        this,
        [backend = m_backend, actor = m_actor] { return backend->organization().show(actor); },
        [this](Result<OrganizationSettings> r) {
            if (!r) {
                setEditable(
                    false,
                    tr("The organisation's settings could not be read: %1").arg(r.error().message));
                return;
            }
            fill(r.value());
            setEditable(true, QString());
            emit loaded();
        });
}

void OrganizationSettingsTab::fill(const OrganizationSettings& settings)
{
    m_loaded = settings;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString v = settings.value(it.key());
        if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            edit->setText(v);
        else if (auto* box = qobject_cast<QCheckBox*>(it.value()))
            box->setChecked(v == QLatin1String("on"));
        else if (auto* spin = qobject_cast<QSpinBox*>(it.value()))
            spin->setValue(v.isEmpty() ? 0 : v.toInt());
        m_messages.value(it.key())->clearMessage();
    }
}

QString OrganizationSettingsTab::text(const QString& key) const
{
    QWidget* field = m_fields.value(key);
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        return edit->text().trimmed();
    if (auto* box = qobject_cast<QCheckBox*>(field))
        return box->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    if (auto* spin = qobject_cast<QSpinBox*>(field))
        return spin->value() == 0 && key != kIdleLock ? QString() : QString::number(spin->value());
    return {};
}

void OrganizationSettingsTab::save()
{
    if (!m_editable)
        return;
    QList<QPair<QString, QString>> changes;
    for (const QString& key : OrganizationSettings::keys()) {
        m_messages.value(key)->clearMessage();
        if (text(key) != m_loaded.value(key))
            changes.append({key, text(key)});
    }
    if (changes.isEmpty()) {
        m_result->showMessage(tr("Nothing to save: no setting was changed."),
                              FieldMessage::Kind::Info);
        emit saveFinished(true, m_result->text());
        return;
    }
    m_save->setEnabled(false);
    m_result->showMessage(tr("Saving…"), FieldMessage::Kind::Info);
    m_worker->run(
        this,
        [backend = m_backend, actor = m_actor, changes] {
            return backend->organization().setMany(actor, changes);
        },
        [this, count = int(changes.size())](Result<OrganizationSettings> r) {
            m_save->setEnabled(true);
            if (!r) {
                const QString message = tr("Nothing was saved: %1").arg(r.error().message);
                if (FieldMessage* at = m_messages.value(r.error().field))
                    at->showMessage(r.error().message);
                m_result->showMessage(message);
                emit saveFinished(false, message);
                return;
            }
            fill(r.value());
            const QString message = tr("Saved %n setting(s) to the database.", "", count);
            m_result->showMessage(message, FieldMessage::Kind::Info);
            emit saveFinished(true, message);
        });
}

void OrganizationSettingsTab::retranslate()
{
    const QHash<QString, QString> labels = {
        {QStringLiteral("public-url"), tr("Public &link address (all desks):")},
        {QStringLiteral("display-name"), tr("&Display name:")},
        {QStringLiteral("brand-color"), tr("Brand &colour:")},
        {QStringLiteral("logo-url"), tr("L&ogo address:")},
        {QStringLiteral("reply-to"), tr("&Reply-to:")},
        {QStringLiteral("sender-address"), tr("&Sender address:")},
        {QStringLiteral("expiry-days"), tr("Invitations &expire after (days):")},
        {QStringLiteral("daily-invite-quota"), tr("Daily invitations per &inviter:")},
        {QStringLiteral("reminders"), tr("Re&minders:")},
        {QStringLiteral("reminder-after-days"), tr("First reminder after (&days):")},
        {QStringLiteral("reminder-before-expiry-days"), tr("Last reminder &before expiry (days):")},
        {kIdleLock, tr("Loc&k idle desks after (minutes):")},
        {QStringLiteral("default-language"), tr("E-mail lan&guage (en, es):")},
    };
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(labels.value(it.key()));
    for (const QString& key : OrganizationSettings::keys())
        m_fields.value(key)->setToolTip(OrganizationSettings::help(key));
    if (auto* quota = qobject_cast<QSpinBox*>(m_fields.value(QStringLiteral("daily-invite-quota"))))
        quota->setSpecialValueText(tr("No limit"));
    if (auto* idle = qobject_cast<QSpinBox*>(m_fields.value(kIdleLock)))
        idle->setSpecialValueText(tr("Never"));
    if (auto* box = qobject_cast<QCheckBox*>(m_fields.value(QStringLiteral("reminders"))))
        box->setText(tr("Send reminders for open invitations"));
    m_save->setText(tr("Save to the &database"));
}

void OrganizationSettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace invitedesk::ui
