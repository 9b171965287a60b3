// InvitationForm: what a person reads (labels, required markers, the upline entries' names)
// and the order they move through the fields. The fields and their checks are in
// InvitationForm.cpp.
#include "ui/dialogs/InvitationForm.h"

#include "core/domain/InvitePolicy.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/PersonPicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace invitedesk::ui {

void InvitationForm::retranslate()
{
    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("type"), tr("&Invite as:")},
        {QStringLiteral("email"), tr("&E-mail:")},
        {QStringLiteral("first_name"), tr("&First name:")},
        {QStringLiteral("last_name"), tr("&Last name:")},
        {QStringLiteral("npi"), tr("&NPI:")},
        {QStringLiteral("specialty"), tr("&Specialty:")},
        {QStringLiteral("territory"), tr("&Territory:")},
        {QStringLiteral("practice"), tr("&Practice:")},
        {QStringLiteral("company"), tr("&Company:")},
        {QStringLiteral("parent"), tr("&Upline:")},
        {QStringLiteral("doctor"), tr("&Works for doctor:")},
        {QStringLiteral("language"), tr("E-mail l&anguage:")},
        {QStringLiteral("expires_days"), tr("E&xpires after:")},
        {QStringLiteral("expires_at"), tr("E&xpires on:")},
        {QStringLiteral("message"), tr("Personal &message:")},
    };
    for (const auto& [name, text] : labels) {
        if (QLabel* label = m_labels.value(name)) {
            const QString plain = QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
            m_labelTexts.insert(name, plain);
            const bool required =
                isRequired(name) && !(name == QLatin1String("email") && m_mode == Mode::Edit);
            label->setText(required ? tr("%1 *", "a required field's label").arg(text) : text);
            m_fields.value(name)->setAccessibleName(plain);
            m_messages.value(name)->setIdleDescription(required ? tr("Required") : QString());
        }
    }
    m_requiredLegend->setText(tr("* Required"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, roles::label(static_cast<Role>(m_type->itemData(i).toInt())));
    m_npi->setPlaceholderText(tr("10 digits"));
    m_npi->setToolTip(tr("National Provider Identifier: 10 digits, the last one a check digit."));
    m_expiryDays->setSuffix(tr(" days"));
    m_message->setPlaceholderText(tr("Optional, shown in the e-mail"));
    if (m_upline->count() > 0)
        m_upline->setItemText(
            0, tr("Me (%1)").arg(PersonPicker::entryText(m_actor.fullName(), m_actor.email)));
    if (m_doctor->count() > 0)
        m_doctor->setItemText(0, tr("No doctor yet (under me)"));
    updateVisibility();
    validate();
}

bool InvitationForm::uplineMatches() const
{
    return m_upline->matches();
}

void InvitationForm::setPrefilledPractice(const QString& practice)
{
    m_prefilledPractice = practice;
    updateVisibility();
}

bool InvitationForm::isRequired(const QString& name)
{
    return name == QLatin1String("email") || name == QLatin1String("first_name") ||
           name == QLatin1String("last_name");
}

QString InvitationForm::fieldLabel(const QString& name) const
{
    return m_labelTexts.value(name);
}

QList<QWidget*> InvitationForm::visualOrder() const
{
    static const char* const kOrder[] = {"type",         "email",      "first_name", "last_name",
                                         "npi",          "specialty",  "territory",  "practice",
                                         "company",      "parent",     "doctor",     "language",
                                         "expires_days", "expires_at", "message"};
    QList<QWidget*> list;
    for (const char* name : kOrder) {
        if (QWidget* w = m_fields.value(QString::fromLatin1(name)))
            list << w;
    }
    return list;
}

void InvitationForm::setUpTabOrder()
{
    // The fields are made in another order than they are laid out, and moved into their rows:
    // follow the screen, top to bottom.
    const QList<QWidget*> order = visualOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace invitedesk::ui
