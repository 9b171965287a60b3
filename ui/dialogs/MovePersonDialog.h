#pragma once

#include "core/domain/Person.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTimer;

namespace invitedesk::ui {

class FieldMessage;
class Session;

// Moves one person, with their downline, under another upline. The picker lists only the
// uplines the service accepts (PeopleService::validUplines: the same rule as the move), up to
// kShown at a time; typing narrows them by name or e-mail. The move runs on the session's
// worker; the service's refusals are shown by field: the new upline ("parent") under the
// picker, anything else above the buttons.
class MovePersonDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kShown = 100;
    static constexpr int kSearchDelayMs = 250;

    MovePersonDialog(Session* session, PersonNode person, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListWidget* candidates() const { return m_candidates; }
    FieldMessage* parentError() const { return m_parentError; }
    FieldMessage* error() const { return m_error; }
    // The ids the picker lists (in order), and whether the last look-up has answered.
    QStringList candidateIds() const;
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    // Picks the candidate with that id (tests, keyboard users typing an e-mail).
    bool selectCandidate(const QString& id);

public slots:
    void loadCandidates();
    void submit();

signals:
    void candidatesLoaded(int count);
    void moved(const invitedesk::Person& person);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setBusy(bool busy);
    void updateOk();

    Session* m_session;
    PersonNode m_person;
    quint64 m_lookup = 0;
    bool m_loaded = false;
    bool m_busy = false;
    QLabel* m_question;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QListWidget* m_candidates;
    FieldMessage* m_parentError;
    FieldMessage* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
