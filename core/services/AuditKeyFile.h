#pragma once

#include "core/Error.h"
#include "core/security/Ed25519Key.h"

#include <QCoreApplication>
#include <QString>

namespace invitedesk {

// The file that holds the audit checkpoints' Ed25519 private key (PKCS#8 PEM), named by IT
// (INVITEDESK_AUDIT_KEY or the setting audit/key_file) and kept outside the database. It is
// created 0600 (its folder 0700 when that is missing too), never overwritten, and an existing
// one is tightened to 0600 when it is read. The key is never logged or stored elsewhere.
class AuditKeyFile {
    Q_DECLARE_TR_FUNCTIONS(AuditKeyFile)

public:
    // The key at `path`; NotFound when the file does not exist, Environment when it cannot be
    // read or holds no Ed25519 private key.
    static Result<Ed25519Key> load(const QString& path);
    // The key at `path`, made and written first when the file does not exist yet (`created`
    // says so).
    static Result<Ed25519Key> loadOrCreate(const QString& path, bool* created = nullptr);
};

} // namespace invitedesk
