#pragma once

#include "core/Error.h"
#include "core/http/api/IntegrationApiOptions.h"
#include "core/http/server/ConnectionGuard.h"
#include "core/http/server/TrustedProxies.h"

#include <QHostAddress>
#include <QString>

namespace invitedesk::http {

// How `invitedesk serve` (or the desktop app's in-process handler) runs the acceptance handler.
struct AcceptanceServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port (tests)
    // Token routes, per client address: a bucket of `rateLimitBurst` requests refilled at
    // rateLimitPerMinute a minute. 0 turns limiting off (load tests, or a proxy that limits).
    int rateLimitPerMinute = 30;
    int rateLimitBurst = 10;
    // X-Forwarded-For names the client only when the TCP peer is a trusted proxy: one on
    // loopback (trustProxy, `--trust-proxy`) or in trustedProxies (`--trusted-proxies`).
    bool trustProxy = false;
    TrustedProxies trustedProxies;
    qsizetype maxBodyBytes = 16 * 1024; // accept bodies; larger ones get 400 naming "body"
    int databaseThreads = 2;            // pool running lookups; each thread owns a connection
    // On PostgreSQL, validate's lookups go out batched on one non-blocking connection of the
    // server's thread (PgLookupPipeline) rather than one by one on the pool. start() opens
    // that connection on the calling thread, blocking: a UI thread turns this off.
    bool pipelinedLookups = true;
    int hashThreads = 1;      // scrypt pool (about 32 MiB per running hash)
    int maxQueuedHashes = 32; // beyond this, accepts answer 503 with Retry-After
    int maxConnections = 1024;
    // Open connections per TCP peer (an IPv4 address or an IPv6 /64), so one client cannot
    // hold every slot of maxConnections. Trusted proxies are exempt: every client behind them
    // shares their address (limit connections per client in the proxy). 0: no cap.
    int maxConnectionsPerAddress = 32;
    int drainTimeoutMs = 10000; // stop(): longest wait for requests in flight
    // First looks (opened_at + invitation.opened) are queued and written in batches this
    // often, off the request path; stop() writes what is left.
    int firstLookFlushMs = 250;
    ConnectionLimits connection;
    // The integration API (authenticated /api/v1/invitations routes) served beside these.
    IntegrationApiOptions api;

    // "HOST:PORT", "[v6]:PORT" or ":PORT" (loopback). Error::invalid("listen", ...).
    static Result<AcceptanceServerOptions> withListen(AcceptanceServerOptions options,
                                                      const QString& listen);
    QString listenDisplay() const;
    // trustedProxies, plus loopback when trustProxy is set.
    TrustedProxies proxies() const;
};

} // namespace invitedesk::http
