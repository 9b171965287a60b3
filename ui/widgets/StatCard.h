#pragma once

#include <QFrame>

class QLabel;

namespace invitedesk::ui {

// One figure on the statistics page: a title, the value in large type and a caption
// ("of 1,204 invitations"). Screen readers get "title: value, caption".
class StatCard : public QFrame {
    Q_OBJECT
public:
    explicit StatCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setValue(const QString& value);
    void setCaption(const QString& caption);
    // What the figure means (how it is counted): the tooltip's second paragraph and the end
    // of the accessible description.
    void setExplanation(const QString& explanation);
    QString explanation() const { return m_explanation; }
    QString title() const;
    QString value() const;
    QString caption() const;

private:
    void updateAccessibleText();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_caption;
    QString m_explanation;
};

} // namespace invitedesk::ui
