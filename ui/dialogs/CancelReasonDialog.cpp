#include "ui/dialogs/CancelReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

CancelReasonDialog::CancelReasonDialog(int count, QWidget* parent)
    : QDialog(parent), m_question(new QLabel(this)), m_reason(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("cancelReasonDialog"));
    setWindowTitle(tr("Cancel %n invitation(s)", "", count));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_question->setWordWrap(true);
    m_question->setText(
        tr("Cancel %n invitation(s)? Their links stop working at once. Why?", "", count));
    m_question->setBuddy(m_reason);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("Sent to the wrong address"), tr("Duplicate invitation"),
                        tr("No longer needed"), tr("Requested by the invitee")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Type or pick a reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->lineEdit()->setAccessibleName(tr("Reason")); // where the typing goes
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel %n invitation(s)", "", count));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep %n invitation(s)", "", count));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::editTextChanged, this, &CancelReasonDialog::updateOk);
    updateOk();
    setMinimumWidth(420);
}

QString CancelReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void CancelReasonDialog::setReason(const QString& reason)
{
    m_reason->setEditText(reason);
}

void CancelReasonDialog::updateOk()
{
    const bool ok = !reason().isEmpty() && reason().size() <= 500;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(ok ? QString()
                        : tr("Give a reason (up to 500 "
                             "characters)."));
}

} // namespace invitedesk::ui
