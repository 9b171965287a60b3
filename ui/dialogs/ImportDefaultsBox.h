#pragma once

#include "core/services/ImportService.h" // ImportDefaults

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace invitedesk::ui {

// The batch's defaults in the import dialog: an upline, a language, an expiry and a message
// for the rows that leave those cells empty. Only collects them: ImportService applies and
// checks them with every row (ImportDefaults).
class ImportDefaultsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ImportDefaultsBox(QWidget* parent = nullptr);

    ImportDefaults defaults() const;
    void setDefaults(const ImportDefaults& defaults);

    QLineEdit* uplineEdit() const { return m_upline; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* expiryBox() const { return m_expiry; }
    QLineEdit* messageEdit() const { return m_message; }

signals:
    // The defaults changed and the typing stopped (the file is checked again with them).
    void defaultsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_uplineLabel;
    QLineEdit* m_upline;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_expiryLabel;
    QSpinBox* m_expiry;
    QLabel* m_messageLabel;
    QLineEdit* m_message;
    QTimer* m_settle;
};

} // namespace invitedesk::ui
