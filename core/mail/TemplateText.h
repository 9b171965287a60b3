#pragma once

#include <QHash>
#include <QString>

// A small logic-less template language for the mail templates (a subset of Mustache):
//   {{name}}          the value; HTML-escaped when rendering HTML
//   {{&name}}         the value as is (only for blocks the renderer built and escaped itself)
//   {{#name}}…{{/name}}  shown when the value is not empty
//   {{^name}}…{{/name}}  shown when the value is empty
// A section tag alone on its line takes the line with it, so text templates keep their
// layout. Unknown names render as empty.
namespace invitedesk::template_text {

enum class Mode { Text, Html };

QString render(const QString& templateText, const QHash<QString, QString>& values, Mode mode);

// &, <, >, " and ' as entities.
QString escapeHtml(const QString& text);

} // namespace invitedesk::template_text
