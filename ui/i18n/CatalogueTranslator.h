#pragma once

#include <QTranslator>

namespace invitedesk::ui {

// The application catalogue. lupdate files a tr() helper at namespace scope under the
// namespace's name (e.g. "invitedesk::invitation_validation") while the code asks
// QCoreApplication::translate("InvitationValidator", ...); this translator also looks a
// message up under those names, so core's messages come out translated either way.
class CatalogueTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override;
    bool isEmpty() const override { return QTranslator::isEmpty(); }
};

} // namespace invitedesk::ui
