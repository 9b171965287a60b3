#pragma once

#include <QLabel>
#include <QPointer>

namespace invitedesk::ui {

// The message under a form field: an error (red) or a warning (amber), hidden when empty.
// The field's accessible description carries the same text so screen readers announce it.
class FieldMessage : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    explicit FieldMessage(QWidget* field, QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clearMessage();
    Kind kind() const { return m_kind; }
    // The field's accessible description while no message shows (e.g. "Required"); a message
    // replaces it while shown.
    void setIdleDescription(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();

    QPointer<QWidget> m_field;
    QString m_idleDescription;
    Kind m_kind = Kind::Error;
    bool m_applying = false;
};

} // namespace invitedesk::ui
