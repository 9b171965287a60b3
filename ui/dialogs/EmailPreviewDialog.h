#pragma once

#include "core/mail/MailRenderer.h"
#include "core/services/InvitationRequests.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace invitedesk::ui {

// "Preview e-mail": the invitation message as the invitee will get it (rendered by the
// service with the dispatcher's templates, in the invitee's language, with a placeholder
// link): who it goes to, the subject, and the message formatted and as plain text.
class EmailPreviewDialog : public QDialog {
    Q_OBJECT
public:
    EmailPreviewDialog(const RenderedMail& mail, const NewInvitation& to,
                       QWidget* parent = nullptr);

    QString subject() const;
    QString plainText() const;
    QTextBrowser* formatted() const { return m_html; }

private:
    QLabel* m_to;
    QLabel* m_subject;
    QLabel* m_note;
    QTabWidget* m_tabs;
    QTextBrowser* m_html;
    QPlainTextEdit* m_text;
};

} // namespace invitedesk::ui
