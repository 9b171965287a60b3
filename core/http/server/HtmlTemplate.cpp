#include "core/http/server/HtmlTemplate.h"

#include "core/mail/TemplateText.h"

#include "core/http/server/HttpLogging.h"

#include <QFile>

namespace invitedesk::http {

HtmlTemplate HtmlTemplate::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcHttp) << "page template missing:" << path;
        return {};
    }
    return HtmlTemplate(QString::fromUtf8(file.readAll()));
}

QString HtmlTemplate::escape(const QString& text)
{
    // One escaping rule for mail and pages.
    return template_text::escapeHtml(text);
}

QString HtmlTemplate::render(const QHash<QString, QString>& values,
                             const QHash<QString, QString>& fragments) const
{
    QString out;
    out.reserve(m_text.size() + 1024);
    qsizetype pos = 0;
    while (pos < m_text.size()) {
        const qsizetype open = m_text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            out += QStringView(m_text).mid(pos);
            break;
        }
        const qsizetype close = m_text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(m_text).mid(pos);
            break;
        }
        out += QStringView(m_text).mid(pos, open - pos);
        const QStringView name = QStringView(m_text).mid(open + 2, close - open - 2).trimmed();
        if (name.startsWith(u'&'))
            out += fragments.value(name.mid(1).trimmed().toString());
        else
            out += escape(values.value(name.toString()));
        pos = close + 2;
    }
    return out;
}

} // namespace invitedesk::http
