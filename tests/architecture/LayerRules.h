#pragma once

#include <QList>
#include <QString>

namespace invitedesk::architecture {

// One #include that goes against the direction of the layers.
struct LayerViolation {
    QString file;    // relative to the source root, e.g. "ui/dialogs/ImportJob.h"
    int line = 0;    // 1-based
    QString include; // as written between the quotes
    QString reason;  // which rule it breaks

    QString describe() const;
};

// The layers of InviteDesk and which of them each may include (see docs/architecture.md):
//
//   core/Error.h
//   core/domain, core/security, core/io        value types, rule tables, tokens, CSV, files
//   core/settings                              settings, their precedence, connection URLs,
//                                              the secret stores
//   core/storage                               Database, Migrator, repositories, SQL
//   core/services                              the only API of the layers above
//   core/mail, core/http                       dispatcher, transports; the handler (http
//                                              never reaches storage: it goes through
//                                              AcceptanceService)
//   core/config                                settings -> the configuration of a run
//   ui, app                                    services, domain types, Error; never storage,
//                                              nor the CSV reader and import checks (the
//                                              import goes through ImportService)
//
// A file's layer is its folder; an include's layer is the folder it names.
class LayerRules {
public:
    // The layer of a path relative to the source root ("core/storage/Database.h" ->
    // "core/storage"), or empty when the path belongs to no layer (a third-party header).
    static QString layerOf(const QString& path);

    // Why `file` may not include `include`, or empty when it may.
    static QString check(const QString& file, const QString& include);

    // Every violation in one file's text.
    static QList<LayerViolation> scan(const QString& file, const QString& text);

    // Every violation under root's core/, ui/ and app/ folders (headers and sources).
    // filesScanned counts the files read.
    static QList<LayerViolation> scanTree(const QString& root, int* filesScanned = nullptr);
};

} // namespace invitedesk::architecture
