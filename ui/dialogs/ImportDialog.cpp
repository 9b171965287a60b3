#include "ui/dialogs/ImportDialog.h"

#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ImportDefaultsBox.h"
#include "ui/dialogs/ImportJob.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/models/ImportPreviewModel.h"
#include "ui/models/ItemRoles.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab moves on to the next control
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}
} // namespace

ImportDialog::ImportDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_fileLabel(new QLabel(this)), m_file(new QLabel(this)),
      m_choose(new QPushButton(this)), m_template(new QPushButton(this)),
      m_defaults(new ImportDefaultsBox(this)), m_summary(new QLabel(this)),
      m_messageLabel(new FieldMessage(m_summary, this)), m_previewBox(new QGroupBox(this)),
      m_preview(makeTable(m_previewBox, QStringLiteral("importPreview"))),
      m_previewModel(new ImportPreviewModel(this)), m_errorBox(new QGroupBox(this)),
      m_errors(makeTable(m_errorBox, QStringLiteral("importErrors"))),
      m_moreErrors(new QLabel(m_errorBox)), m_saveRejected(new QPushButton(m_errorBox)),
      m_errorModel(new ImportErrorModel(this)), m_errorSort(new QSortFilterProxyModel(this)),
      m_phase(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this)), m_import(new QPushButton(this)),
      m_close(new QPushButton(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("importDialog"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_template->setObjectName(QStringLiteral("downloadTemplate"));
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedRows"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_messageLabel->setObjectName(QStringLiteral("importMessage"));
    m_moreErrors->setObjectName(QStringLiteral("importMoreErrors"));
    m_moreErrors->setWordWrap(true);
    m_moreErrors->setVisible(false);
    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_import->setObjectName(QStringLiteral("importRows"));
    m_close->setObjectName(QStringLiteral("importClose"));

    m_fileLabel->setBuddy(m_choose);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_choose->setIcon(themedIcon(QStringLiteral("import")));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview->setModel(m_previewModel);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_errorSort->setSourceModel(m_errorModel);
    m_errorSort->setSortRole(SortRole);
    m_errors->setModel(m_errorSort);
    m_errors->setSortingEnabled(true);
    m_errors->sortByColumn(ImportErrorModel::RowColumn, Qt::AscendingOrder);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setColumnWidth(ImportErrorModel::RowColumn, 70);
    m_errors->setColumnWidth(ImportErrorModel::ColumnColumn, 140);
    // A message is never cut off: it wraps, its row grows, and its tooltip holds it whole.
    m_errors->setWordWrap(true);
    m_errors->setTextElideMode(Qt::ElideNone);
    m_errors->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_progress->setTextVisible(true);
    m_phase->setVisible(false);
    m_progress->setVisible(false);
    m_poll->setInterval(100);

    m_import->setIcon(themedIcon(QStringLiteral("import")));
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_template);
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_preview);
    auto* errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->addWidget(m_errors);
    errorLayout->addWidget(m_moreErrors);
    auto* rejectedRow = new QHBoxLayout;
    rejectedRow->addStretch(1);
    rejectedRow->addWidget(m_saveRejected);
    errorLayout->addLayout(rejectedRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_previewBox);
    splitter->addWidget(m_errorBox);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_phase);
    progressRow->addWidget(m_progress, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_defaults);
    layout->addWidget(splitter, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_template, &QPushButton::clicked, this, &ImportDialog::downloadTemplate);
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::saveRejectedRows);
    connect(m_defaults, &ImportDefaultsBox::defaultsChanged, this, &ImportDialog::recheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::updateProgress);

    setSizeGripEnabled(true);
    resize(860, 720);
    setState(State::NoFile);
    retranslate();
    m_choose->setFocus();
}

ImportDialog::~ImportDialog()
{
    if (m_work)
        m_work->stop->store(true); // the worker stops at its next read or chunk
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import invitations from CSV"));
    m_fileLabel->setText(tr("File:"));
    m_choose->setText(tr("C&hoose file…"));
    m_choose->setToolTip(tr("A CSV file (UTF-8, separated by , or ;) with the columns email, "
                            "first_name, last_name, invitation_type and optional ones."));
    m_choose->setAccessibleName(tr("Choose the CSV file to import"));
    m_template->setText(tr("&Download template…"));
    m_template->setToolTip(tr("Save a CSV file with every column import reads and an example "
                              "row, to fill in. The type may be a code (sales) or its label "
                              "(Sales representative, Representante de ventas)."));
    m_saveRejected->setText(tr("&Save the rejected rows…"));
    m_saveRejected->setToolTip(
        tr("Save the rows with errors as CSV, in the file's columns plus an \"error\" column "
           "saying what is wrong. Fix them and import that file: the \"error\" column is "
           "ignored."));
    m_previewBox->setTitle(tr("First rows of the file"));
    m_preview->setAccessibleName(
        tr("Preview of the first %n row(s) of the file", "", kPreviewRows));
    m_errorBox->setTitle(tr("Problems found"));
    m_errors->setAccessibleName(tr("Problems found, by row and column"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_summary->setAccessibleName(tr("Check result"));
    m_messageLabel->setAccessibleName(tr("Details"));
    m_file->setAccessibleName(tr("Chosen file"));
    m_errorModel->retranslate();
    if (m_state == State::NoFile && m_path.isEmpty())
        m_file->setText(tr("No file chosen"));
    updateButtons();
    updateProgress();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::messageText() const
{
    return m_messageLabel->text();
}

void ImportDialog::setMessage(const QString& text, bool problem)
{
    m_messageLabel->showMessage(text,
                                problem ? FieldMessage::Kind::Error : FieldMessage::Kind::Info);
}

void ImportDialog::setState(State state)
{
    const bool changed = m_state != state;
    m_state = state;
    const bool busy = state == State::Checking || state == State::Importing;
    m_phase->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_poll->start();
    } else {
        m_poll->stop();
        m_work.reset();
    }
    updateButtons();
    updateProgress();
    if (changed)
        emit stateChanged(state);
}

void ImportDialog::updateButtons()
{
    const bool busy = m_state == State::Checking || m_state == State::Importing;
    m_choose->setEnabled(!busy);
    const qint64 valid = m_report.valid;
    const bool canImport = m_state == State::Checked && valid > 0 && !m_report.fileError;
    m_import->setVisible(m_state != State::Done);
    m_import->setEnabled(canImport);
    m_import->setDefault(canImport);
    // The button says that the e-mails go out.
    m_import->setText(valid > 0 && m_state != State::NoFile
                          ? tr("&Import and send %Ln invitation(s)", "", int(valid))
                          : tr("&Import and send"));
    m_import->setToolTip(
        m_hadInvalidRows
            ? tr("Imports the valid rows, skips the rows with errors and sends each invitation "
                 "by e-mail. The import is one transaction: cancelling it writes and sends "
                 "nothing.")
            : tr("Imports every row and sends each invitation by e-mail. The import is one "
                 "transaction: cancelling it writes and sends nothing."));
    m_saveRejected->setEnabled(!busy && !m_report.fileError && !m_report.rejectedRows.isEmpty() &&
                               (m_state == State::Checked || m_state == State::Done));
    m_template->setEnabled(!busy);
    // Open while a check runs: a change checks the file again once it is done.
    m_defaults->setEnabled(m_state != State::Importing && m_state != State::Done);
    m_close->setText(m_state == State::Done ? tr("&Close") : tr("&Cancel"));
    m_close->setToolTip(
        m_state == State::Importing
            ? tr("Stop the import; nothing will be written")
            : (m_state == State::Checking ? tr("Stop checking the file") : QString()));
    m_close->setEnabled(!(m_state == State::Importing && m_cancelRequested));
}

void ImportDialog::updateProgress()
{
    if (!m_work) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        return;
    }
    const int phase = m_work->phase.load();
    const qint64 done = m_work->done.load();
    const qint64 total = m_work->total.load();
    if (m_cancelRequested) {
        m_phase->setText(m_state == State::Importing ? tr("Cancelling; nothing will be written…")
                                                     : tr("Stopping…"));
    } else if (phase == ImportProgress::Writing) {
        m_phase->setText(tr("Writing %1 of %2 invitations…")
                             .arg(QLocale().toString(done), QLocale().toString(total)));
    } else if (phase == ImportProgress::Validating) {
        m_phase->setText(m_state == State::Importing ? tr("Checking the rows once more…")
                                                     : tr("Checking the rows…"));
    } else {
        m_phase->setText(tr("Reading the file…"));
    }
    if (phase == ImportProgress::Reading || total <= 0) {
        m_progress->setRange(0, 0); // busy
        return;
    }
    // Bytes can exceed an int: show per mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

std::shared_ptr<ImportProgress> ImportDialog::beginWork()
{
    if (m_work)
        m_work->stop->store(true);
    m_work = std::make_shared<ImportProgress>();
    m_cancelRequested = false;
    return m_work;
}

void ImportDialog::showCheck(const ImportOutcome& c)
{
    if (c.cancelled) {
        m_previewModel->clear();
        m_summary->clear();
        setMessage(tr("The check was stopped. Choose the file again to check it."), false);
        setState(State::NoFile);
        emit checked();
        return;
    }
    if (!c.error.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported"));
        setMessage(c.error, true);
        setState(State::NoFile);
        emit checked();
        return;
    }
    m_report = c.report;
    m_hadInvalidRows = m_report.invalid > 0;
    m_previewModel->setPreview(c.header, c.preview);
    m_preview->resizeColumnsToContents();
    for (int i = 0; i < m_previewModel->columnCount(); ++i)
        m_preview->setColumnWidth(i, std::min(m_preview->columnWidth(i), 260));
    showReport();
    setState(State::Checked);
    emit checked();
}

void ImportDialog::showReport()
{
    m_previewModel->setErrors(m_report.errors);
    m_errorModel->setErrors(m_report.errors);
    m_errors->resizeRowsToContents();
    m_errorBox->setTitle(m_report.errors.isEmpty()
                             ? tr("Problems found")
                             : tr("Problems found (%Ln)", "", int(m_report.errors.size())));
    // The report lists the first 1,000 problems and counts the rest.
    m_moreErrors->setVisible(m_report.moreErrors > 0);
    m_moreErrors->setText(m_report.moreErrors > 0
                              ? tr("… and %1 more, not listed. Fix the rows above and check "
                                   "the file again.")
                                    .arg(QLocale().toString(m_report.moreErrors))
                              : QString());
    m_summary->setText(tr("%Ln valid row(s)", "", int(m_report.valid)) + tr(", ") +
                       tr("%Ln row(s) with errors", "", int(m_report.invalid)));

    QStringList lines;
    const QStringList unknown = m_previewModel->unknownColumns();
    if (!unknown.isEmpty())
        lines << tr("Unknown columns: %1. Rename or remove them; import reads email, "
                    "first_name, last_name, invitation_type, parent_email, message, "
                    "expires_days, language, npi, specialty, territory, practice_name and "
                    "company_name.")
                     .arg(unknown.join(tr(", ")));
    bool problem = true;
    if (m_report.fileError)
        lines << tr("The file cannot be imported as it is (see the problems listed for the "
                    "file or its header). Nothing will be imported until it is fixed.");
    else if (m_report.valid == 0 && m_report.invalid == 0)
        lines << tr("The file has no rows to import.");
    else if (m_report.valid == 0)
        lines << tr("No row can be imported. Fix the rows listed below and choose the file "
                    "again.");
    else if (m_report.invalid > 0)
        lines << tr("Only the valid rows will be imported; %Ln row(s) with errors will be "
                    "skipped and can be fixed and imported later.",
                    "", int(m_report.invalid));
    else {
        lines << tr("Every row is valid.");
        problem = false;
    }
    setMessage(lines.join(QLatin1Char('\n')), problem);
}

void ImportDialog::startImport()
{
    if (m_state != State::Checked || m_report.valid < 1 || m_report.fileError)
        return;
    auto work = beginWork();
    setState(State::Importing);
    setMessage(tr("Importing and sending. The import is one transaction: if you cancel, nothing "
                  "is written or sent."),
               false);

    const QString path = m_path;
    // Without errors in the check, all or nothing: a row that turned invalid since then
    // stops the import instead of being skipped unseen.
    const bool skipInvalid = m_hadInvalidRows;
    ImportJob job(m_session->backend(), m_session->actor(), work, m_defaults->defaults());
    m_session->worker()->run(
        this, [job, path, skipInvalid]() { return job.import(path, skipInvalid); },
        [this, work](ImportOutcome c) {
            if (work != m_work)
                return;
            if (c.cancelled) {
                setState(State::Checked);
                setMessage(tr("Import cancelled; nothing was written."), false);
            } else if (!c.error.isEmpty()) {
                setState(State::Checked);
                setMessage(tr("The import failed; nothing was written: %1").arg(c.error), true);
            } else if (c.report.imported == 0) {
                // Refused: the file changed or rows turned invalid since the check.
                m_report = c.report;
                m_hadInvalidRows = m_report.invalid > 0;
                showReport();
                setState(State::Checked);
                setMessage(tr("Nothing was imported: the file or the database changed since "
                              "the check. The problems are listed below; review them and "
                              "import again."),
                           true);
            } else {
                m_report = c.report;
                showReport();
                setState(State::Done);
                m_summary->setText(tr("Imported %Ln invitation(s)", "", int(m_report.imported)));
                setMessage(
                    m_report.invalid > 0
                        ? tr("The invitations are in the list and their e-mails are on their "
                             "way. Skipped because of errors: %Ln row(s), listed below.",
                             "", int(m_report.invalid))
                        : tr("The invitations are in the list and their e-mails are on their "
                             "way."),
                    false);
                m_close->setFocus();
                emit imported(m_report.imported);
            }
            emit importFinished();
        });
}

void ImportDialog::requestCancel()
{
    if (!m_work || (m_state != State::Checking && m_state != State::Importing))
        return;
    m_work->stop->store(true);
    m_cancelRequested = true;
    updateButtons();
    updateProgress();
}

void ImportDialog::reject()
{
    // Escape, the window's close button and Cancel stop work in flight before closing.
    if (m_state == State::Checking || m_state == State::Importing) {
        requestCancel();
        return;
    }
    QDialog::reject();
}

} // namespace invitedesk::ui
