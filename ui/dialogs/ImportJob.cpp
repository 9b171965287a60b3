#include "ui/dialogs/ImportJob.h"

#include "ui/async/CancellableFile.h"

#include <QDir>

namespace invitedesk::ui {

ImportJob::ImportJob(BackendPtr backend, Actor actor, std::shared_ptr<ImportProgress> progress,
                     ImportDefaults defaults)
    : m_backend(std::move(backend)), m_actor(std::move(actor)), m_progress(std::move(progress)),
      m_defaults(std::move(defaults))
{}

ImportService::Progress ImportJob::progressCallback() const
{
    auto progress = m_progress;
    return [progress](const QString& phase, qint64 done, qint64 total) {
        progress->phase = phase == QLatin1String("writing") ? ImportProgress::Writing
                                                            : ImportProgress::Validating;
        progress->done = done;
        progress->total = total;
    };
}

ImportOutcome ImportJob::check(const QString& path, int previewRows) const
{
    ImportOutcome out;
    auto stop = m_progress->stop;
    CancellableFile file(path, stop);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error =
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    ImportPreview preview = ImportPreview::read(&file, previewRows);
    out.header = preview.header;
    out.preview = std::move(preview.records);
    if (!file.seek(0)) {
        out.error =
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    ImportOptions options;
    options.dryRun = true;
    options.defaults = m_defaults;
    auto report = m_backend->imports().importCsv(m_actor, &file, options, progressCallback());
    if (stop->load())
        out.cancelled = true;
    else if (!report)
        out.error = report.error().message;
    else
        out.report = report.value();
    return out;
}

ImportOutcome ImportJob::import(const QString& path, bool skipInvalid) const
{
    ImportOutcome out;
    auto stop = m_progress->stop;
    if (stop->load()) { // cancelled before it started
        out.cancelled = true;
        return out;
    }
    CancellableFile file(path, stop);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error =
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    ImportOptions options;
    options.skipInvalid = skipInvalid;
    options.defaults = m_defaults;
    options.isCancelled = [stop] { return stop->load(); };
    auto report = m_backend->imports().importCsv(m_actor, &file, options, progressCallback());
    if (report && report->imported > 0) {
        out.report = report.value(); // committed: too late to cancel
    } else if (stop->load() || (report && report->cancelled)) {
        out.cancelled = true; // a failed read or a rollback: nothing written
    } else if (!report) {
        out.error = report.error().message;
    } else {
        out.report = report.value();
    }
    out.report.importedIds.clear(); // the list reloads; the dialog needs no ids
    return out;
}

} // namespace invitedesk::ui
