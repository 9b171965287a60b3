#pragma once

#include "core/mail/MailConfig.h"

#include <QCoreApplication>
#include <QString>

namespace invitedesk {

// Whether invitations from this configuration really reach people (issue 18, item 2): the
// file transport only saves e-mails to a folder on this computer, and links whose public
// URL is loopback (127.0.0.0/8, ::1, localhost) open only on this computer. The desk shows
// text() in a banner that stays while either holds; `invitedesk check` flags a loopback
// public URL with the same rule (isLoopbackUrl).
struct DeliveryNotice {
    Q_DECLARE_TR_FUNCTIONS(DeliveryNotice)
public:
    bool savesToFolder = false;  // the mail transport is the file transport
    QString folder;              // where it saves them
    bool linksLocalOnly = false; // the public URL is loopback
    QString publicUrl;

    static DeliveryNotice of(const MailConfig& mail, const QString& publicUrl);
    // A URL whose host is loopback: 127.0.0.0/8, ::1 or localhost (any case).
    static bool isLoopbackUrl(const QString& url);

    bool isTestMode() const { return savesToFolder || linksLocalOnly; }
    // The banner's words, in the current language; empty when mail is delivered for real.
    QString text() const;
};

} // namespace invitedesk
