#include "core/mail/TemplateText.h"

#include <QList>

namespace invitedesk::template_text {

namespace {
struct Token {
    enum Kind { Text, Var, RawVar, Open, OpenInverted, Close } kind;
    QString text; // literal text or the name
};

bool onlySpaces(const QString& s, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (s.at(i) != QLatin1Char(' ') && s.at(i) != QLatin1Char('\t') &&
            s.at(i) != QLatin1Char('\r'))
            return false;
    }
    return true;
}

QList<Token> tokenize(const QString& t)
{
    QList<Token> tokens;
    qsizetype pos = 0;
    QString pending;
    while (pos < t.size()) {
        const qsizetype open = t.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            pending += t.mid(pos);
            break;
        }
        const qsizetype close = t.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            pending += t.mid(pos);
            break;
        }
        QString inner = t.mid(open + 2, close - open - 2).trimmed();
        qsizetype end = close + 2;
        Token::Kind kind = Token::Var;
        if (inner.startsWith(QLatin1Char('&')))
            kind = Token::RawVar;
        else if (inner.startsWith(QLatin1Char('#')))
            kind = Token::Open;
        else if (inner.startsWith(QLatin1Char('^')))
            kind = Token::OpenInverted;
        else if (inner.startsWith(QLatin1Char('/')))
            kind = Token::Close;
        if (kind != Token::Var)
            inner = inner.mid(1).trimmed();

        qsizetype textEnd = open;
        if (kind == Token::Open || kind == Token::OpenInverted || kind == Token::Close) {
            // A section tag alone on its line: drop the line's indentation and line break.
            const qsizetype lineStart =
                open == 0 ? 0 : t.lastIndexOf(QLatin1Char('\n'), open - 1) + 1;
            qsizetype lineEnd = t.indexOf(QLatin1Char('\n'), end);
            if (lineEnd < 0)
                lineEnd = t.size();
            if (lineStart >= pos && onlySpaces(t, lineStart, open) && onlySpaces(t, end, lineEnd)) {
                textEnd = lineStart;
                end = lineEnd < t.size() ? lineEnd + 1 : lineEnd;
            }
        }
        pending += t.mid(pos, textEnd - pos);
        if (!pending.isEmpty()) {
            tokens.append({Token::Text, pending});
            pending.clear();
        }
        tokens.append({kind, inner});
        pos = end;
    }
    if (!pending.isEmpty())
        tokens.append({Token::Text, pending});
    return tokens;
}

// Renders tokens[from, to) and returns; sections recurse to their matching Close.
void renderRange(const QList<Token>& tokens, qsizetype from, qsizetype to,
                 const QHash<QString, QString>& values, Mode mode, QString& out)
{
    for (qsizetype i = from; i < to; ++i) {
        const Token& tok = tokens.at(i);
        switch (tok.kind) {
        case Token::Text:
            out += tok.text;
            break;
        case Token::Var:
            out += mode == Mode::Html ? escapeHtml(values.value(tok.text)) : values.value(tok.text);
            break;
        case Token::RawVar:
            out += values.value(tok.text);
            break;
        case Token::Open:
        case Token::OpenInverted: {
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < to; ++j) {
                const auto k = tokens.at(j).kind;
                if (k == Token::Open || k == Token::OpenInverted)
                    ++depth;
                else if (k == Token::Close && --depth == 0)
                    break;
            }
            const bool filled = !values.value(tok.text).trimmed().isEmpty();
            if (filled == (tok.kind == Token::Open))
                renderRange(tokens, i + 1, j, values, mode, out);
            i = j;
            break;
        }
        case Token::Close:
            break; // unmatched close: ignored
        }
    }
}
} // namespace

QString render(const QString& templateText, const QHash<QString, QString>& values, Mode mode)
{
    // The same few templates are rendered for every message of a batch: keep their tokens
    // (per thread, so no locking; bounded so that odd callers cannot grow it).
    thread_local QHash<QString, QList<Token>> cache;
    auto it = cache.constFind(templateText);
    if (it == cache.constEnd()) {
        if (cache.size() > 256)
            cache.clear();
        it = cache.insert(templateText, tokenize(templateText));
    }
    const QList<Token>& tokens = it.value();
    QString out;
    out.reserve(templateText.size() + 512);
    renderRange(tokens, 0, tokens.size(), values, mode, out);
    return out;
}

QString escapeHtml(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace invitedesk::template_text
