#pragma once

#include "core/services/ImportService.h"
#include "ui/dialogs/ImportJob.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace invitedesk::ui {

class FieldMessage;
class ImportDefaultsBox;
class ImportErrorModel;
class ImportPreviewModel;
class Session;

// Invitations from a CSV file: choose it, see its first rows and every problem the check
// finds (row, column, message), then import the valid rows. Reading and checking the file
// and importing it run on the session's worker; the UI thread polls a progress counter.
// The import is one transaction, so Cancel while it runs writes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class State { NoFile, Checking, Checked, Importing, Done };
    Q_ENUM(State)

    static constexpr int kPreviewRows = 20;

    explicit ImportDialog(Session* session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    State state() const { return m_state; }
    QString fileName() const { return m_path; }
    // What the last check or import found (valid/invalid counts, errors, imported).
    const ImportReport& report() const { return m_report; }
    QString summaryText() const;
    QString messageText() const;
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportErrorModel* errorModel() const { return m_errorModel; }
    QTableView* previewView() const { return m_preview; }
    QTableView* errorView() const { return m_errors; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* templateButton() const { return m_template; }
    QPushButton* saveRejectedButton() const { return m_saveRejected; }
    ImportDefaultsBox* defaultsBox() const { return m_defaults; }
    QProgressBar* progressBar() const { return m_progress; }

public slots:
    // Asks for a file (QFileDialog), then loads it.
    void chooseFile();
    // Reads the first rows and checks the whole file on the worker.
    void loadFile(const QString& path);
    // "Download template": asks where (QFileDialog), then saveTemplateTo().
    void downloadTemplate();
    // Writes the header and an example row (ImportTemplate), 0600; false with a message.
    bool saveTemplateTo(const QString& path);
    // "Save the rejected rows": asks where, then saveRejectedRowsTo().
    void saveRejectedRows();
    // Writes the rows the last check or import rejected, with an "error" column
    // (ImportRejectedRows), on the worker; rejectedRowsSaved() tells how it went.
    void saveRejectedRowsTo(const QString& path);
    // Imports the valid rows (skipping the invalid ones when the check found any).
    void startImport();
    // Stops the check or the import in flight (the import then writes nothing).
    void requestCancel();
    void reject() override;

signals:
    void stateChanged(invitedesk::ui::ImportDialog::State state);
    // The check of a file finished (also when the file could not be read).
    void checked();
    // Invitations were written (count > 0); the list should reload.
    void imported(qint64 count);
    // An import ended: written, refused, failed or cancelled.
    void importFinished();
    // The rejected rows were written (count) or could not be (-1).
    void rejectedRowsSaved(qint64 count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setState(State state);
    void showCheck(const ImportOutcome& outcome);
    void showReport();
    void updateProgress();
    void updateButtons();
    void setMessage(const QString& text, bool problem);
    // The defaults changed: a checked file is checked again with them.
    void recheck();
    std::shared_ptr<ImportProgress> beginWork();

    Session* m_session;
    State m_state = State::NoFile;
    QString m_path;
    ImportReport m_report;
    bool m_hadInvalidRows = false;
    QString m_message;
    bool m_messageIsProblem = false;
    bool m_cancelRequested = false;
    bool m_recheckPending = false; // the defaults changed while a check ran
    std::shared_ptr<ImportProgress> m_work;

    QLabel* m_fileLabel;
    QLabel* m_file;
    QPushButton* m_choose;
    QPushButton* m_template;
    ImportDefaultsBox* m_defaults;
    QLabel* m_summary;
    FieldMessage* m_messageLabel;
    QGroupBox* m_previewBox;
    QTableView* m_preview;
    ImportPreviewModel* m_previewModel;
    QGroupBox* m_errorBox;
    QTableView* m_errors;
    QLabel* m_moreErrors; // "and N more": errors after the first 1,000, not listed
    QPushButton* m_saveRejected;
    ImportErrorModel* m_errorModel;
    QSortFilterProxyModel* m_errorSort;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    QPushButton* m_close;
    QTimer* m_poll;
};

} // namespace invitedesk::ui
