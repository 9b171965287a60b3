#include "ui/dialogs/InvitationForm.h"

#include "core/domain/InvitePolicy.h"
#include "core/domain/Npi.h"
#include "core/services/InvitationValidator.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/PersonPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
// The form's row of each type field.
QString rowOf(DetailField field)
{
    return detail_fields::name(field);
}

// Only the fields the type has (detail_fields::belongsTo), the rest empty.
InvitationDetails fieldsOfType(InvitationType type, const InvitationDetails& all)
{
    InvitationDetails d;
    if (detail_fields::belongsTo(DetailField::Npi, type))
        d.npi = all.npi;
    if (detail_fields::belongsTo(DetailField::Specialty, type))
        d.specialty = all.specialty;
    if (detail_fields::belongsTo(DetailField::Territory, type))
        d.territory = all.territory;
    if (detail_fields::belongsTo(DetailField::PracticeName, type))
        d.practiceName = all.practiceName;
    if (detail_fields::belongsTo(DetailField::CompanyName, type))
        d.companyName = all.companyName;
    return d;
}
} // namespace

InvitationForm::InvitationForm(const Actor& actor, Mode mode, QWidget* parent)
    : QWidget(parent), m_actor(actor), m_mode(mode), m_type(new QComboBox(this)),
      m_email(new QLineEdit(this)), m_first(new QLineEdit(this)), m_last(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_npi(new QLineEdit(this)), m_specialty(new QLineEdit(this)),
      m_practice(new QLineEdit(this)), m_territory(new QLineEdit(this)),
      m_company(new QLineEdit(this)), m_upline(new PersonPicker(this)),
      m_doctor(new QComboBox(this)), m_expiryDays(new QSpinBox(this)),
      m_expiresAt(new QDateTimeEdit(this)), m_message(new QPlainTextEdit(this)),
      m_emailNotice(nullptr), m_general(nullptr), m_uplineNote(new QLabel(this)),
      m_requiredLegend(new QLabel(this))
{
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_npi->setMaxLength(10);
    m_npi->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), m_npi));
    m_npi->setInputMethodHints(Qt::ImhDigitsOnly);
    m_expiryDays->setRange(1, 365);
    m_expiryDays->setValue(7);
    m_expiresAt->setCalendarPopup(true);
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(90);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_uplineNote->setWordWrap(true);
    m_uplineNote->setForegroundRole(QPalette::PlaceholderText);
    m_requiredLegend->setObjectName(QStringLiteral("requiredLegend"));
    m_requiredLegend->setForegroundRole(QPalette::PlaceholderText);

    const QList<InvitationType> types = offeredTypes();
    for (InvitationType t : types)
        m_type->addItem(roles::label(t), int(t));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    add(form, QStringLiteral("type"), m_type, new QLabel(this));
    add(form, QStringLiteral("email"), m_email, new QLabel(this));
    m_emailNotice = new FieldMessage(m_email, this);
    m_emailNotice->setObjectName(QStringLiteral("emailNotice"));
    // The notice and the field's message never show together: they share the kept space.
    qobject_cast<QGridLayout*>(m_slots.value(QStringLiteral("email"))->layout())
        ->addWidget(m_emailNotice, 0, 0);
    add(form, QStringLiteral("first_name"), m_first, new QLabel(this));
    add(form, QStringLiteral("last_name"), m_last, new QLabel(this));
    add(form, QStringLiteral("npi"), m_npi, new QLabel(this));
    add(form, QStringLiteral("specialty"), m_specialty, new QLabel(this));
    add(form, QStringLiteral("territory"), m_territory, new QLabel(this));
    add(form, QStringLiteral("practice"), m_practice, new QLabel(this));
    add(form, QStringLiteral("company"), m_company, new QLabel(this));
    add(form, QStringLiteral("parent"), m_upline, new QLabel(this));
    add(form, QStringLiteral("doctor"), m_doctor, new QLabel(this));
    form->addRow(QString(), m_uplineNote);
    add(form, QStringLiteral("language"), m_language, new QLabel(this));
    if (m_mode == Mode::Create)
        add(form, QStringLiteral("expires_days"), m_expiryDays, new QLabel(this));
    else
        add(form, QStringLiteral("expires_at"), m_expiresAt, new QLabel(this));
    add(form, QStringLiteral("message"), m_message, new QLabel(this));
    m_general = new FieldMessage(nullptr, this);
    m_general->setObjectName(QStringLiteral("generalError"));
    form->addRow(m_general);
    form->addRow(m_requiredLegend);
    if (m_mode == Mode::Create)
        m_expiresAt->hide();
    else
        m_expiryDays->hide();

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        validate();
    });
    connect(m_email, &QLineEdit::textEdited, this,
            [this](const QString& text) { emit emailEdited(text.trimmed().toLower()); });
    connect(m_email, &QLineEdit::editingFinished, this, [this] { touch(QStringLiteral("email")); });
    connect(m_message, &QPlainTextEdit::textChanged, this,
            [this] { touch(QStringLiteral("message")); });
    connect(m_upline, &QComboBox::editTextChanged, this, &InvitationForm::validate);
    connect(m_upline->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { touch(QStringLiteral("parent")); });
    setUpTabOrder();
    retranslate();
    updateVisibility();
    validate();
}

void InvitationForm::add(QFormLayout* form, const QString& name, QWidget* widget, QLabel* label)
{
    widget->setObjectName(name);
    auto* row = new QWidget(this);
    auto* column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    widget->setParent(row);
    column->addWidget(widget);
    auto* message = new FieldMessage(widget, row);
    // The message's line is kept while it is empty, so nothing below moves when it appears.
    auto* slot = new QWidget(row);
    slot->setObjectName(name + QStringLiteral("MessageSpace"));
    auto* cell = new QGridLayout(slot);
    cell->setContentsMargins(0, 0, 0, 0);
    cell->addWidget(message, 0, 0);
    message->setText(QStringLiteral("Xg"));
    slot->setMinimumHeight(message->sizeHint().height());
    message->clear();
    column->addWidget(slot);
    m_slots.insert(name, slot);
    label->setBuddy(widget);
    form->addRow(label, row);
    m_fields.insert(name, widget);
    m_labels.insert(name, label);
    m_messages.insert(name, message);
    m_rows.insert(name, row);
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        connect(edit, &QLineEdit::textChanged, this, &InvitationForm::validate);
        // The e-mail counts as touched when the person leaves it, not at the first letter.
        if (name != QLatin1String("email"))
            connect(edit, &QLineEdit::textEdited, this, [this, name] { touch(name); });
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &InvitationForm::validate);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, &InvitationForm::validate);
    }
}

QList<InvitationType> InvitationForm::offeredTypes() const
{
    return invite_policy::invitableTypes(m_actor.role);
}

void InvitationForm::setType(InvitationType type)
{
    const int i = m_type->findData(int(type));
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

InvitationType InvitationForm::type() const
{
    return static_cast<InvitationType>(m_type->currentData().toInt());
}

void InvitationForm::setDownline(const QList<User>& users)
{
    m_downline = users;
    updateVisibility();
}

void InvitationForm::setDefaultExpiryDays(int days)
{
    m_expiryDays->setValue(std::clamp(days, 1, 365));
}

void InvitationForm::setDefaultLanguage(const QString& language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void InvitationForm::updateVisibility()
{
    const InvitationType t = type();
    auto* form = qobject_cast<QFormLayout*>(layout());
    auto show = [&](const QString& name, bool visible) {
        form->setRowVisible(m_rows.value(name), visible);
    };
    const bool practiceStaff = invitation_types::isPracticeStaff(t);
    for (const DetailField field : detail_fields::all())
        show(rowOf(field), detail_fields::belongsTo(field, t));
    const bool chooseUpline = m_mode == Mode::Create && !m_type->currentText().isEmpty() &&
                              invite_policy::mayChooseUpline(m_actor.role, t);
    show(QStringLiteral("parent"), chooseUpline && !practiceStaff);
    show(QStringLiteral("doctor"), chooseUpline && practiceStaff);

    // Refill the pickers with the members that fit this type.
    const QString keepUpline = m_upline->currentData().toString();
    const QString keepDoctor = m_doctor->currentData().toString();
    {
        const QSignalBlocker b1(m_upline);
        const QSignalBlocker b2(m_doctor);
        m_upline->clear();
        m_doctor->clear();
        m_upline->addItem(
            tr("Me (%1)").arg(PersonPicker::entryText(m_actor.fullName(), m_actor.email)),
            QString());
        m_doctor->addItem(tr("No doctor yet (under me)"), QString());
        for (const User& u : std::as_const(m_downline)) {
            if (u.id == m_actor.id)
                continue;
            const QString text = tr("%1 — %2").arg(u.fullName(), roles::label(u.role));
            if (practiceStaff && u.role == Role::Doctor) {
                m_doctor->addItem(text, u.id);
            } else if (!practiceStaff && invite_policy::isAcceptableUpline(u.role, t)) {
                m_upline->addItem(PersonPicker::entryText(u.fullName(), u.email), u.id);
                m_upline->setItemData(m_upline->count() - 1, roles::label(u.role), Qt::ToolTipRole);
            }
        }
        m_upline->setCurrentIndex(std::max(0, m_upline->findData(keepUpline)));
        m_doctor->setCurrentIndex(std::max(0, m_doctor->findData(keepDoctor)));
    }

    QString note;
    if (m_mode == Mode::Create && practiceStaff && !chooseUpline) {
        note = m_actor.role == Role::Doctor ? tr("They will work for you.")
                                            : tr("They will work for your practice's doctor.");
    }
    m_uplineNote->setText(note);
    form->setRowVisible(m_uplineNote, !note.isEmpty());
    if (m_mode == Mode::Create && m_practice->text().isEmpty() &&
        !m_touched.contains(QStringLiteral("practice")) &&
        detail_fields::belongsTo(DetailField::PracticeName, t))
        m_practice->setText(m_prefilledPractice);
}

void InvitationForm::touch(const QString& name)
{
    m_touched.insert(name);
    validate();
}

QList<QPair<QString, QString>> InvitationForm::problems() const
{
    QList<QPair<QString, QString>> list;
    auto note = [&](const Result<void>& r, const QString& name) {
        if (!r)
            list.append({name, r.error().message});
    };
    if (m_type->count() == 0)
        list.append({QStringLiteral("type"), tr("Your role cannot invite anyone.")});
    if (m_mode == Mode::Create) {
        note(invitation_validation::checkEmail(email()), QStringLiteral("email"));
        if (m_emailBlocked)
            list.append({QStringLiteral("email"), m_emailWarning});
    }
    note(invitation_validation::checkName(m_first->text().trimmed(), QStringLiteral("first_name")),
         QStringLiteral("first_name"));
    note(invitation_validation::checkName(m_last->text().trimmed(), QStringLiteral("last_name")),
         QStringLiteral("last_name"));
    const InvitationType t = type();
    if (t == Role::Doctor) {
        const QString n = m_npi->text().trimmed();
        if (!n.isEmpty() && n.size() != 10)
            list.append({QStringLiteral("npi"),
                         tr("The NPI has 10 digits; this one has %n.", "", int(n.size()))});
        else if (!n.isEmpty() && !npi::isValid(n))
            list.append({QStringLiteral("npi"),
                         tr("The NPI's check digit does not match: look for a typo.")});
    }
    InvitationDetails details;
    details.specialty = m_specialty->text().trimmed();
    details.territory = m_territory->text().trimmed();
    details.practiceName = m_practice->text().trimmed();
    details.companyName = m_company->text().trimmed();
    if (auto r = invitation_validation::checkDetails(details); !r)
        list.append({r.error().field, r.error().message});
    if (m_mode == Mode::Create && invite_policy::mayChooseUpline(m_actor.role, t) &&
        !invitation_types::isPracticeStaff(t) && !uplineMatches())
        list.append({QStringLiteral("parent"),
                     tr("Choose the upline from the list: type part of a name or an e-mail.")});
    note(invitation_validation::checkMessage(m_message->toPlainText().trimmed()),
         QStringLiteral("message"));
    if (m_mode == Mode::Edit && m_expiresAt->dateTime() <= QDateTime::currentDateTime())
        list.append({QStringLiteral("expires_at"), tr("Choose a moment in the future.")});
    return list;
}

void InvitationForm::validate()
{
    const auto list = problems();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const QString& name = it.key();
        QString text;
        for (const auto& [field, message] : list) {
            if (field == name) {
                text = message;
                break;
            }
        }
        const bool reveal = m_revealAll || m_touched.contains(name);
        if (name == QLatin1String("email") && m_emailBlocked)
            it.value()->clearMessage(); // the notice under the field says it already
        else if (!text.isEmpty() && reveal)
            it.value()->showMessage(text);
        else
            it.value()->clearMessage();
    }
    emit changed();
}

void InvitationForm::revealAll()
{
    m_revealAll = true;
    validate();
}

void InvitationForm::showServerError(const QString& field, const QString& message)
{
    QString name = field;
    if (name == QLatin1String("parent") && invitation_types::isPracticeStaff(type()))
        name = QStringLiteral("doctor");
    if (name == QLatin1String("expires_at") && m_mode == Mode::Create)
        name = QStringLiteral("expires_days");
    FieldMessage* target = m_messages.value(name);
    QWidget* row = m_rows.value(name);
    if (target && row && !row->isHidden()) {
        target->showMessage(message);
        m_fields.value(name)->setFocus();
    } else {
        m_general->showMessage(message);
    }
}

void InvitationForm::setEmailWarning(const QString& text, bool blocking)
{
    m_emailWarning = text;
    m_emailBlocked = blocking && !text.isEmpty();
    if (text.isEmpty())
        m_emailNotice->clearMessage();
    else
        m_emailNotice->showMessage(text, blocking ? FieldMessage::Kind::Error
                                                  : FieldMessage::Kind::Warning);
    validate();
}

QString InvitationForm::emailWarning() const
{
    return m_emailWarning;
}

QString InvitationForm::email() const
{
    return m_email->text().trimmed().toLower();
}

QString InvitationForm::uplineId() const
{
    const InvitationType t = type();
    if (!invite_policy::mayChooseUpline(m_actor.role, t))
        return {};
    return invitation_types::isPracticeStaff(t) ? m_doctor->currentData().toString()
                                                : m_upline->chosenId();
}

NewInvitation InvitationForm::newInvitation() const
{
    NewInvitation in;
    in.email = email();
    in.firstName = m_first->text().trimmed();
    in.lastName = m_last->text().trimmed();
    const InvitationType t = type();
    in.type = invitation_types::name(t);
    in.parentUserId = uplineId();
    in.message = m_message->toPlainText().trimmed();
    in.expiresDays = m_expiryDays->value();
    in.language = m_language->currentData().toString();
    InvitationDetails typed;
    typed.npi = m_npi->text().trimmed();
    typed.specialty = m_specialty->text().trimmed();
    typed.practiceName = m_practice->text().trimmed();
    typed.territory = m_territory->text().trimmed();
    typed.companyName = m_company->text().trimmed();
    in.details = fieldsOfType(t, typed);
    return in;
}

void InvitationForm::load(const Invitation& inv)
{
    if (m_type->findData(int(inv.type)) < 0)
        m_type->addItem(roles::label(inv.type), int(inv.type));
    setType(inv.type);
    m_type->setEnabled(false);
    m_email->setText(inv.email);
    m_email->setReadOnly(true);
    m_first->setText(inv.firstName);
    m_last->setText(inv.lastName);
    m_npi->setText(inv.details.npi);
    m_specialty->setText(inv.details.specialty);
    m_practice->setText(inv.details.practiceName);
    m_territory->setText(inv.details.territory);
    m_company->setText(inv.details.companyName);
    m_message->setPlainText(inv.message);
    setDefaultLanguage(inv.language.isEmpty() ? QStringLiteral("en") : inv.language);
    m_expiresAt->setDateTime(inv.expiresAt.toLocalTime());
    m_expiresAt->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiresAt->setMaximumDateTime(inv.createdAt.toLocalTime().addDays(365));
    m_touched.clear();
    updateVisibility();
    validate();
}

InvitationUpdate InvitationForm::update(const Invitation& original) const
{
    const NewInvitation now = newInvitation();
    InvitationUpdate u;
    if (now.firstName != original.firstName)
        u.firstName = now.firstName;
    if (now.lastName != original.lastName)
        u.lastName = now.lastName;
    if (now.message != original.message)
        u.message = now.message;
    if (now.language != original.language)
        u.language = now.language;
    // The type's own fields as edited; a field the type does not have is dropped.
    const InvitationDetails details = fieldsOfType(original.type, now.details);
    if (details.toJson() != original.details.toJson())
        u.details = details;
    const QDateTime expires = m_expiresAt->dateTime().toUTC();
    if (std::abs(expires.secsTo(original.expiresAt)) >= 60)
        u.expiresAt = expires;
    u.expectedVersion = original.version;
    return u;
}

} // namespace invitedesk::ui
