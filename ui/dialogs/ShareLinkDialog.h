#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace invitedesk::ui {

// Shows a shared invitation link once, to read out or paste into a text message: the link
// (selectable, read-only), a Copy button, and until when it works. Closing it forgets the
// link; nothing else keeps it.
class ShareLinkDialog : public QDialog {
    Q_OBJECT
public:
    ShareLinkDialog(const QString& link, const QDateTime& expiresAt, QWidget* parent = nullptr);
    ~ShareLinkDialog() override;

    QString link() const;
    QPushButton* copyButton() const { return m_copy; }

private:
    QLabel* m_explanation;
    QLineEdit* m_link;
    QPushButton* m_copy;
    QLabel* m_copied;
};

} // namespace invitedesk::ui
