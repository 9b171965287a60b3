#include "ui/views/AuditPage.h"

#include "core/domain/AuditAction.h"
#include "core/io/PrivateFiles.h"
#include "core/services/AuditService.h"
#include "ui/async/TaskRunner.h"
#include "ui/i18n/InterfaceLocale.h"
#include "ui/models/AuditTableModel.h"
#include "ui/session/Session.h"
#include "ui/widgets/EmptyStateOverlay.h"
#include "ui/widgets/FieldButtonNames.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace invitedesk::ui {

AuditPage::AuditPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AuditTableModel(session, this)),
      m_exports(new TaskRunner(QStringLiteral("invitedesk-audit-export"), this)),
      m_actionLabel(new QLabel(this)), m_action(new QComboBox(this)),
      m_invitation(new QLineEdit(this)), m_sinceEnabled(new QCheckBox(this)),
      m_since(new QDateEdit(this)), m_verify(new QPushButton(this)),
      m_export(new QPushButton(this)), m_result(new FieldMessage(nullptr, this)),
      m_view(new QTableView(this)), m_empty(new EmptyStateOverlay(m_view->viewport()))
{
    setObjectName(QStringLiteral("auditPage"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_invitation->setObjectName(QStringLiteral("auditInvitation"));
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_export->setObjectName(QStringLiteral("exportAudit"));
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_actionLabel->setBuddy(m_action);
    m_action->addItem(QString(), QString());
    for (const AuditAction a : audit_actions::all())
        m_action->addItem(AuditTableModel::actionLabel(audit_actions::name(a)),
                          audit_actions::name(a));
    m_invitation->setClearButtonEnabled(true);
    m_invitation->setMaximumWidth(320);
    m_since->setCalendarPopup(true);
    m_since->setDate(QDate::currentDate().addDays(-30));
    m_since->setEnabled(false);
    m_verify->setIcon(themedIcon(QStringLiteral("verify")));
    m_export->setIcon(themedIcon(QStringLiteral("export")));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 140, 160, 170, 90};
    for (int c = 0; c < 5; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_invitation);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addStretch();
    filters->addWidget(m_verify);
    filters->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);

    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_invitation, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        applyFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(
                    QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString& message) { m_result->showMessage(message); });
    connect(m_model, &AuditTableModel::loadingChanged, this, &AuditPage::updateEmptyState);
    // A page's rows arrive after its loadingChanged(false).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateEmptyState);
    // An event of an invitation opens that invitation (what the desk shows of it).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->invitationIdAt(index.row());
        if (!id.isEmpty())
            emit invitationActivated(id);
    });
    m_empty->hide();
    retranslate();
}

void AuditPage::retranslate()
{
    m_actionLabel->setText(tr("&Show:"));
    m_action->setItemText(0, tr("all events"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, AuditTableModel::actionLabel(m_action->itemData(i).toString()));
    m_action->setAccessibleName(tr("Event type"));
    m_invitation->setPlaceholderText(tr("Invitee's name or e-mail, or invitation id"));
    m_invitation->setAccessibleName(tr("Search by invitee"));
    nameFieldButtons(m_invitation, tr("Clear the search"));
    m_sinceEnabled->setText(tr("S&ince"));
    m_since->setAccessibleName(tr("Since"));
    InterfaceLocale::follow(m_since);
    m_verify->setText(tr("Chec&k that the log has not been altered"));
    m_verify->setToolTip(
        tr("Recompute every event's fingerprint, which shows whether any event was "
           "changed or removed since it was written"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the events that match the filters as CSV"));
    m_view->setAccessibleName(tr("Audit events"));
    m_model->retranslate();
    updateEmptyState();
}

void AuditPage::updateEmptyState()
{
    if (!m_started || m_model->rowCount() > 0 || m_model->isLoading()) {
        m_empty->hide();
        return;
    }
    const AuditFilter& f = m_model->filter();
    const bool filtered = !f.action.isEmpty() || !f.invitationId.isEmpty() ||
                          !f.invitee.isEmpty() || f.from.isValid();
    if (filtered)
        m_empty->setMessage(tr("No events match these filters"),
                            tr("Change the search, the event type or the date."));
    else
        m_empty->setMessage(tr("No events yet"),
                            tr("Every change to an invitation or a person is recorded here."));
    m_empty->show();
    m_empty->raise();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        loadActorNames();
        applyFilter();
    }
}

void AuditPage::loadActorNames()
{
    m_session->loadDownline(this, [this](Result<QList<User>> users) {
        if (!users)
            return;
        QHash<QString, QString> names;
        for (const User& u : users.value())
            names.insert(u.id, u.fullName().isEmpty() ? u.email : u.fullName());
        m_model->setActorNames(names);
    });
}

void AuditPage::applyFilter()
{
    AuditFilter f;
    f.action = m_action->currentData().toString();
    // An invitation's id (pasted from its details) finds its events; anything else is a
    // fragment of the invitee's name or e-mail.
    const QString text = m_invitation->text().trimmed();
    if (!QUuid::fromString(text).isNull())
        f.invitationId = text;
    else
        f.invitee = text;
    if (m_sinceEnabled->isChecked())
        f.from = m_since->date().startOfDay().toUTC();
    if (m_model->rowCount() > 0 && m_model->filter() == f)
        return;
    m_model->setFilter(f);
}

QString AuditPage::verifyResult() const
{
    return m_result->text();
}

void AuditPage::verifyChain()
{
    m_verify->setEnabled(false);
    m_result->showMessage(tr("Checking the log…"), FieldMessage::Kind::Info);
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor()]() {
            return backend->audit().verify(actor);
        },
        [this](Result<AuditVerifyReport> report) {
            m_verify->setEnabled(true);
            const QLocale locale;
            QString message;
            bool ok = false;
            if (!report) {
                message = tr("The log could not be checked: %1").arg(report.error().message);
                m_result->showMessage(message);
            } else if (report->ok) {
                ok = true;
                message =
                    tr("The log has not been altered: %1 events checked, none changed or missing.")
                        .arg(locale.toString(report->checked));
                m_result->showMessage(message, FieldMessage::Kind::Info);
            } else {
                message = tr("The log has been altered at event %1: %2")
                              .arg(report->firstBrokenSeq)
                              .arg(report->problem);
                m_result->showMessage(message);
            }
            emit verified(ok, message);
        });
}

void AuditPage::exportTo(const QString& path)
{
    m_export->setEnabled(false);
    AuditFilter filter = m_model->filter();
    m_exports->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), filter,
         path]() -> Result<qint64> {
            QSaveFile file(path);
            if (!PrivateFiles::openForWriting(file))
                return Error::make(Error::Code::Environment, file.errorString());
            auto rows =
                backend->audit().exportTo(actor, filter, AuditService::ExportFormat::Csv, &file);
            if (!rows)
                return rows.error();
            if (!PrivateFiles::commit(file))
                return Error::make(Error::Code::Environment, file.errorString());
            return rows;
        },
        [this, path](Result<qint64> rows) {
            m_export->setEnabled(true);
            const QString message = rows ? tr("Exported %Ln event(s) to %1.", "", int(rows.value()))
                                               .arg(QDir::toNativeSeparators(path))
                                         : tr("The export failed: %1").arg(rows.error().message);
            m_result->showMessage(message,
                                  rows ? FieldMessage::Kind::Info : FieldMessage::Kind::Error);
            emit exportFinished(rows.ok(), message);
        });
}

} // namespace invitedesk::ui
