#include "LayerRules.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace invitedesk::architecture {

namespace {

const QString kBase = QStringLiteral("core");

// Which layers a layer may include besides itself.
const QHash<QString, QSet<QString>>& allowed()
{
    static const QHash<QString, QSet<QString>> table = [] {
        const QSet<QString> bottom{kBase, QStringLiteral("core/domain")};
        QHash<QString, QSet<QString>> t;
        t.insert(kBase, {});
        t.insert(QStringLiteral("core/domain"), {kBase});
        t.insert(QStringLiteral("core/security"), bottom);
        t.insert(QStringLiteral("core/io"), bottom);
        t.insert(QStringLiteral("core/i18n"), bottom);
        QSet<QString> settings = bottom;
        settings.unite({QStringLiteral("core/security"), QStringLiteral("core/io"),
                        QStringLiteral("core/i18n")});
        t.insert(QStringLiteral("core/settings"), settings);
        QSet<QString> storage = settings;
        storage.insert(QStringLiteral("core/settings"));
        t.insert(QStringLiteral("core/storage"), storage);
        QSet<QString> services = storage;
        services.insert(QStringLiteral("core/storage"));
        t.insert(QStringLiteral("core/services"), services);
        QSet<QString> mail = services;
        mail.insert(QStringLiteral("core/services"));
        t.insert(QStringLiteral("core/mail"), mail);
        QSet<QString> http = mail;
        http.remove(QStringLiteral("core/storage"));
        http.insert(QStringLiteral("core/mail"));
        t.insert(QStringLiteral("core/http"), http);
        QSet<QString> config = http;
        config.insert(QStringLiteral("core/http"));
        t.insert(QStringLiteral("core/config"), config);
        QSet<QString> ui = config;
        ui.insert(QStringLiteral("core/config"));
        t.insert(QStringLiteral("ui"), ui);
        QSet<QString> app = ui;
        app.insert(QStringLiteral("ui"));
        t.insert(QStringLiteral("app"), app);
        return t;
    }();
    return table;
}

// Files of an allowed layer that the layers above core still may not see: the import's
// reading and checking are reached through ImportService.
bool hiddenAboveCore(const QString& include)
{
    return include == QLatin1String("core/io/CsvReader.h") ||
           include == QLatin1String("core/services/ImportValidator.h");
}

// Narrow, named exceptions.
bool excepted(const QString& file, const QString& layer, const QString& include)
{
    Q_UNUSED(file);
    // The organisation's sender address is checked with mail's address parser.
    if (layer == QLatin1String("core/services") &&
        include == QLatin1String("core/mail/MailAddress.h"))
        return true;
    return false;
}

} // namespace

QString LayerViolation::describe() const
{
    return QStringLiteral("%1:%2: #include \"%3\": %4").arg(file).arg(line).arg(include, reason);
}

QString LayerRules::layerOf(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    const QString top = parts.at(0);
    if (top == QLatin1String("ui") || top == QLatin1String("app"))
        return top;
    if (top != QLatin1String("core"))
        return {};
    if (parts.size() == 2)
        return kBase; // core/Error.h
    return top + QLatin1Char('/') + parts.at(1);
}

QString LayerRules::check(const QString& file, const QString& include)
{
    const QString from = layerOf(file);
    const QString to = layerOf(include);
    if (from.isEmpty() || to.isEmpty() || from == to)
        return {};
    if (excepted(file, from, include))
        return {};
    const auto rules = allowed().constFind(from);
    if (rules == allowed().constEnd())
        return QStringLiteral("%1 is not a known layer").arg(from);
    if (!rules->contains(to))
        return QStringLiteral("%1 may not include %2 (against the direction of the layers)")
            .arg(from, to);
    if (!from.startsWith(kBase) && hiddenAboveCore(include))
        return QStringLiteral("%1 reaches the import through ImportService, not %2")
            .arg(from, include);
    return {};
}

QList<LayerViolation> LayerRules::scan(const QString& file, const QString& text)
{
    static const QRegularExpression includeLine(
        QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QList<LayerViolation> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = includeLine.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString include = match.captured(1);
        const QString reason = check(file, include);
        if (!reason.isEmpty())
            found.append({file, i + 1, include, reason});
    }
    return found;
}

QList<LayerViolation> LayerRules::scanTree(const QString& root, int* filesScanned)
{
    QList<LayerViolation> found;
    int files = 0;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    for (const QString& top :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(prefix + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString& path : paths) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            found.append(scan(path.mid(prefix.size()), QString::fromUtf8(f.readAll())));
        }
    }
    if (filesScanned)
        *filesScanned = files;
    return found;
}

} // namespace invitedesk::architecture
