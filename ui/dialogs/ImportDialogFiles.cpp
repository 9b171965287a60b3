// The import dialog's files: the one to import, the template and the rejected rows.
#include "ui/dialogs/ImportDialog.h"

#include "core/services/ImportRejectedRows.h"
#include "core/services/ImportTemplate.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ImportDefaultsBox.h"
#include "ui/dialogs/ImportJob.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/models/ImportPreviewModel.h"
#include "ui/session/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

#include <utility>

namespace invitedesk::ui {

void ImportDialog::chooseFile()
{
    if (m_state == State::Checking || m_state == State::Importing)
        return;
    const QString start = m_path.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV file to import"), start,
                                     tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::loadFile(const QString& path)
{
    if (m_state == State::Checking || m_state == State::Importing)
        return;
    m_path = path;
    m_report = {};
    m_hadInvalidRows = false;
    m_previewModel->clear();
    m_errorModel->setErrors({});
    m_moreErrors->clear();
    m_moreErrors->setVisible(false);
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_summary->clear();
    setMessage({}, false);
    auto work = beginWork();
    setState(State::Checking);

    ImportJob job(m_session->backend(), m_session->actor(), work, m_defaults->defaults());
    m_session->worker()->run(
        this, [job, path]() { return job.check(path, kPreviewRows); },
        [this, work](ImportOutcome c) {
            if (work != m_work)
                return; // superseded by a newer file
            showCheck(c);
            if (std::exchange(m_recheckPending, false))
                recheck();
        });
}

void ImportDialog::recheck()
{
    if (m_path.isEmpty())
        return;
    if (m_state == State::Checking)
        m_recheckPending = true; // checked again with the new defaults once this check ends
    else if (m_state == State::Checked)
        loadFile(m_path);
}

void ImportDialog::downloadTemplate()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(tr("invitations-template.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import template"), start,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTemplateTo(path);
}

bool ImportDialog::saveTemplateTo(const QString& path)
{
    if (auto r = ImportTemplate::save(path); !r) {
        setMessage(tr("The template was not saved: %1").arg(r.error().message), true);
        return false;
    }
    setMessage(tr("Template saved to %1. Fill in one row per invitation and choose the file "
                  "to import it.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
    return true;
}

void ImportDialog::saveRejectedRows()
{
    if (m_report.rejectedRows.isEmpty() || m_path.isEmpty())
        return;
    const QFileInfo source(m_path);
    const QString start = source.dir().filePath(
        tr("%1-rejected.csv", "file name: the imported file's name, then -rejected")
            .arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), start,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRejectedRowsTo(path);
}

void ImportDialog::saveRejectedRowsTo(const QString& path)
{
    if (m_report.rejectedRows.isEmpty() || m_path.isEmpty() || m_report.fileError) {
        emit rejectedRowsSaved(-1);
        return;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        setMessage(tr("Choose another file for the rejected rows: this one is being imported."),
                   true);
        emit rejectedRowsSaved(-1);
        return;
    }
    const QString source = m_path;
    const ImportReport report = m_report;
    m_session->worker()->run(
        this,
        [source, report, path]() -> QPair<qint64, QString> {
            auto written = ImportRejectedRows::save(source, report, path);
            if (!written)
                return {-1, written.error().message};
            return {written.value(), QString()};
        },
        [this, path](QPair<qint64, QString> result) {
            if (result.first < 0)
                setMessage(tr("The rejected rows were not saved: %1").arg(result.second), true);
            else
                setMessage(tr("%Ln rejected row(s) saved to %1, each with its problem in the "
                              "\"error\" column. Fix them there and import that file.",
                              "", int(result.first))
                               .arg(QDir::toNativeSeparators(path)),
                           false);
            emit rejectedRowsSaved(result.first);
        });
}

} // namespace invitedesk::ui
