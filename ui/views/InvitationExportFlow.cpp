#include "ui/views/InvitationExportFlow.h"

#include "core/io/PrivateFiles.h"
#include "core/services/InvitationExporter.h"
#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace invitedesk::ui {

InvitationExportFlow::InvitationExportFlow(Session* session, QWidget* window, QObject* parent)
    : QObject(parent), m_session(session), m_window(window),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-export"), this))
{}

void InvitationExportFlow::chooseFile(const InvitationQuery& query)
{
    if (m_busy)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("invitations-%1.csv")
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export invitations"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        write(path, query);
}

void InvitationExportFlow::write(const QString& path, const InvitationQuery& filters)
{
    if (m_busy)
        return;
    m_busy = true;
    emit busyChanged(true);
    emit statusMessage(tr("Exporting…"));
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    InvitationQuery query = filters;
    query.limit = 0;
    m_worker->run(
        this,
        [backend, actor, query, path]() -> Result<qint64> {
            QSaveFile file(path);
            if (!PrivateFiles::openForWriting(file))
                return Error::make(Error::Code::Environment, file.errorString(),
                                   QStringLiteral("file"));
            InvitationService service = backend->invitations();
            InvitationExporter exporter(service);
            auto written = exporter.write(actor, query, InvitationExporter::Format::Csv, &file);
            if (!written)
                return written.error();
            if (!PrivateFiles::commit(file))
                return Error::make(Error::Code::Environment, file.errorString(),
                                   QStringLiteral("file"));
            return written;
        },
        [this, path](Result<qint64> written) {
            m_busy = false;
            emit busyChanged(false);
            const QString message =
                written ? tr("Exported %Ln invitation(s) to %1.", "", int(written.value()))
                              .arg(QDir::toNativeSeparators(path))
                        : tr("The export failed: %1").arg(written.error().message);
            emit statusMessage(message);
            emit finished(written.ok(), message);
        });
}

} // namespace invitedesk::ui
