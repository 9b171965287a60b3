#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace invitedesk::ui {

// Loads the interface translations (translations::catalogueFile, built from
// translations/*.ts into the core's resources) and Qt's own (qtbase_<lang>.qm) and swaps them at
// run time: installing a translator sends QEvent::LanguageChange to every widget, whose
// changeEvent() retranslates.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "en" and "es".
    static QStringList available();
    // The language's own name ("English", "Español"), for a chooser.
    static QString nativeName(const QString& language);
    // The language to use for a setting value: the value when available, else the system's
    // when available, else English.
    static QString resolve(const QString& setting);

    // Applies a language ("" = the system's). Returns false when its catalogue is missing.
    bool apply(const QString& setting);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
    QString m_current;
};

} // namespace invitedesk::ui
