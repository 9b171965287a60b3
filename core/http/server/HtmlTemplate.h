#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace invitedesk::http {

// A page template from resources. "{{name}}" is replaced by the value HTML-escaped;
// "{{&name}}" by a fragment the code built itself (already escaped). Unknown names become
// empty, so a missing value never leaks the placeholder.
class HtmlTemplate {
public:
    HtmlTemplate() = default;
    explicit HtmlTemplate(QString text) : m_text(std::move(text)) {}
    // Loads a UTF-8 file (a resource path such as ":/http/layout.html"); empty if missing.
    static HtmlTemplate load(const QString& path);

    QString render(const QHash<QString, QString>& values,
                   const QHash<QString, QString>& fragments = {}) const;
    bool isEmpty() const { return m_text.isEmpty(); }

    static QString escape(const QString& text);

private:
    QString m_text;
};

} // namespace invitedesk::http
