#pragma once

#include "core/domain/User.h"
#include "core/services/BackendServices.h"
#include "core/services/ImportPreview.h"
#include "core/services/ImportService.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace invitedesk::ui {

// Shared between the import dialog (UI thread, polls it) and the job (worker thread).
struct ImportProgress {
    enum Phase { Reading, Validating, Writing };
    std::atomic<int> phase{Reading};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0}; // bytes while validating, rows while writing
    std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
};

// What a check or an import came to.
struct ImportOutcome {
    QString error; // the file could not be read, or the database failed
    bool cancelled = false;
    QStringList header;       // check only
    QList<CsvRecord> preview; // check only: the first records
    ImportReport report;
};

// The work behind the import dialog, run on a worker thread: reading the first rows and
// checking a file (a dry run of ImportService), and importing it. Stops early when the
// progress's stop flag is raised: reads fail from then on, and the import rolls back.
class ImportJob {
    Q_DECLARE_TR_FUNCTIONS(invitedesk::ui::ImportJob)
public:
    // defaults: for the cells the file leaves empty (the dialog's batch defaults).
    ImportJob(BackendPtr backend, Actor actor, std::shared_ptr<ImportProgress> progress,
              ImportDefaults defaults = {});

    ImportOutcome check(const QString& path, int previewRows) const;
    // skipInvalid: import the valid rows when some are invalid; otherwise all or nothing.
    ImportOutcome import(const QString& path, bool skipInvalid) const;

private:
    ImportService::Progress progressCallback() const;

    BackendPtr m_backend;
    Actor m_actor;
    std::shared_ptr<ImportProgress> m_progress;
    ImportDefaults m_defaults;
};

} // namespace invitedesk::ui
