#pragma once

#include "core/domain/Invitation.h"
#include "core/domain/User.h"
#include "core/services/InvitationRequests.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QDateTimeEdit;

namespace invitedesk::ui {

class FieldMessage;
class PersonPicker;

// The fields of an invitation, following its type: doctor (NPI, specialty, practice), the
// sales chain (territory, upline), practice staff (practice, the doctor they work for),
// vendors (company). Each field is checked as it changes with the same rules the service
// applies; the message appears under the field once it was touched.
class InvitationForm : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    InvitationForm(const Actor& actor, Mode mode, QWidget* parent = nullptr);

    // The types offered: what the actor may invite (core/domain/InvitePolicy).
    QList<InvitationType> offeredTypes() const;
    void setType(InvitationType type);
    InvitationType type() const;
    // The actor's downline, for the upline and doctor pickers.
    void setDownline(const QList<User>& users);
    void setDefaultExpiryDays(int days);
    void setDefaultLanguage(const QString& language);
    // The practice to fill in (InvitationService::createDefaults): set in the practice field
    // when the person has not typed one.
    void setPrefilledPractice(const QString& practice);
    // Fields a person must fill in (marked with an asterisk and described as required).
    static bool isRequired(const QString& name);
    // The field's label as a person reads it ("First name"), without the marker.
    QString fieldLabel(const QString& name) const;
    // The focusable fields in the order they appear on screen (the tab order).
    QList<QWidget*> visualOrder() const;
    // Edit: the invitation as stored (e-mail and type fixed).
    void load(const Invitation& invitation);

    NewInvitation newInvitation() const;
    InvitationUpdate update(const Invitation& original) const;

    // Problems by field name ("email", "npi", ...), in form order; empty when valid.
    QList<QPair<QString, QString>> problems() const;
    // Shows every problem under its field (after a submit attempt).
    void revealAll();
    // A message from the service for a field (or the general line when unknown).
    void showServerError(const QString& field, const QString& message);
    void setEmailWarning(const QString& text, bool blocking);
    QString emailWarning() const;
    bool emailBlocked() const { return m_emailBlocked; }
    QString email() const;
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    PersonPicker* uplinePicker() const { return m_upline; }
    FieldMessage* message(const QString& name) const { return m_messages.value(name); }
    void retranslate();

signals:
    void changed();
    void emailEdited(const QString& email);

private:
    void add(QFormLayout* form, const QString& name, QWidget* widget, QLabel* label);
    void updateVisibility();
    void validate();
    void touch(const QString& name);
    QString uplineId() const;
    // Whether the upline picker's text names one of its entries.
    bool uplineMatches() const;
    void setUpTabOrder();

    Actor m_actor;
    Mode m_mode;
    QList<User> m_downline;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, FieldMessage*> m_messages;
    QHash<QString, QWidget*> m_rows;      // field name -> its row container, for hiding
    QHash<QString, QWidget*> m_slots;     // field name -> the space kept for its message
    QHash<QString, QString> m_labelTexts; // field name -> label without mnemonic and marker
    QString m_prefilledPractice;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    bool m_emailBlocked = false;
    QString m_emailWarning;

    QComboBox* m_type;
    QLineEdit* m_email;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QComboBox* m_language;
    QLineEdit* m_npi;
    QLineEdit* m_specialty;
    QLineEdit* m_practice;
    QLineEdit* m_territory;
    QLineEdit* m_company;
    PersonPicker* m_upline;
    QComboBox* m_doctor;
    QSpinBox* m_expiryDays;
    QDateTimeEdit* m_expiresAt;
    QPlainTextEdit* m_message;
    FieldMessage* m_emailNotice;
    FieldMessage* m_general;
    QLabel* m_uplineNote;
    QLabel* m_requiredLegend;
};

} // namespace invitedesk::ui
