#pragma once

#include "core/config/DeliveryNotice.h"

#include <QFrame>

class QLabel;

namespace invitedesk::ui {

// The strip across the top of the main window while mail does not really reach people
// (core's DeliveryNotice: the file transport saves e-mails to a folder, or links point at
// loopback). It stays as long as that holds; hidden otherwise. The words are core's.
class DeliveryBanner : public QFrame {
    Q_OBJECT
public:
    explicit DeliveryBanner(QWidget* parent = nullptr);

    void setNotice(const DeliveryNotice& notice);
    const DeliveryNotice& notice() const { return m_notice; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    DeliveryNotice m_notice;
    QLabel* m_label;
};

} // namespace invitedesk::ui
