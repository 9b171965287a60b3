#pragma once

#include <QList>
#include <QWidget>

namespace invitedesk::ui {

// The funnel created -> ever sent -> opened -> accepted: one bar per step, its width the share
// of the first step, with the conversion from the step before ("82.0% of the previous step").
class FunnelWidget : public QWidget {
    Q_OBJECT
public:
    struct Step {
        QString label;
        qint64 count = 0;
    };

    explicit FunnelWidget(QWidget* parent = nullptr);

    void setSteps(const QList<Step>& steps);
    const QList<Step>& steps() const { return m_steps; }
    // Conversion from step i-1 to step i in percent (step 0: 100); -1 when undefined.
    double conversion(int i) const;
    // The funnel as one sentence, also the accessible description.
    QString summaryText() const;
    // "82.0% of the previous step", in the current language.
    static QString ofPreviousStep(double percent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<Step> m_steps;
};

} // namespace invitedesk::ui
