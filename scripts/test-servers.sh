# Sourced by scripts/test.sh (and handy by hand: `source scripts/test-servers.sh; start_postgres`).
# Starts a throwaway PostgreSQL cluster: initdb into a temporary folder as the `postgres`
# user (when root), loopback only, a free port. Exports INVITEDESK_TEST_PG_URL. The `postgres`
# superuser is trusted; every other login (per-person logins, test service accounts) must give
# its password (SCRAM), so that the tests of per-person logins test real authentication.

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_bin_dir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
    echo "$d"
}

as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}

start_postgres() {
    local bin
    bin=$(pg_bin_dir)
    PG_TMP=$(mktemp -d /tmp/invitedesk-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_TMP"
    PG_PORT=$(free_port)
    as_pg_user "'$bin/initdb' -D '$PG_TMP/data' -A trust -U postgres -E UTF8 --no-sync >'$PG_TMP/initdb.log' 2>&1" \
        || { cat "$PG_TMP/initdb.log" >&2; return 1; }
    printf '%s\n' 'local all all trust' \
        'host all postgres 127.0.0.1/32 trust' 'host all all 127.0.0.1/32 scram-sha-256' \
        'host all postgres ::1/128 trust' 'host all all ::1/128 scram-sha-256' \
        >"$PG_TMP/data/pg_hba.conf"
    as_pg_user "'$bin/pg_ctl' -D '$PG_TMP/data' -l '$PG_TMP/server.log' -w -t 60 \
        -o \"-p $PG_PORT -k '$PG_TMP' -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null" \
        || { cat "$PG_TMP/server.log" >&2; return 1; }
    export INVITEDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
    export INVITEDESK_TEST_PG_BIN="$bin"
    echo "test-servers: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
    start_pgbouncer
}

# PgBouncer in transaction pooling mode in front of that cluster (issue 16: a URL with
# ?pooling=transaction). One server connection per database and user, so that clients
# really take turns on it. Exports INVITEDESK_TEST_PGBOUNCER_PORT.
start_pgbouncer() {
    command -v pgbouncer >/dev/null || { echo "test-servers: pgbouncer not installed" >&2; return 1; }
    PGB_PORT=$(free_port)
    printf '"postgres" ""\n' >"$PG_TMP/pgbouncer-users.txt"
    cat >"$PG_TMP/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$PG_PORT
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGB_PORT
unix_socket_dir =
auth_type = trust
auth_file = $PG_TMP/pgbouncer-users.txt
pool_mode = transaction
default_pool_size = 1
max_client_conn = 200
server_reset_query =
logfile = $PG_TMP/pgbouncer.log
pidfile = $PG_TMP/pgbouncer.pid
INI
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_TMP"/pgbouncer*
    as_pg_user "pgbouncer -d '$PG_TMP/pgbouncer.ini'" \
        || { cat "$PG_TMP/pgbouncer.log" >&2; return 1; }
    export INVITEDESK_TEST_PGBOUNCER_PORT=$PGB_PORT
    echo "test-servers: PgBouncer $(pgbouncer --version | head -n 1 | awk '{print $2}') (transaction pooling) on 127.0.0.1:$PGB_PORT"
}

stop_postgres() {
    if [ -n "${PG_TMP:-}" ] && [ -f "$PG_TMP/pgbouncer.pid" ]; then
        kill "$(cat "$PG_TMP/pgbouncer.pid")" 2>/dev/null || true
    fi
    if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
        as_pg_user "'$(pg_bin_dir)/pg_ctl' -D '$PG_TMP/data' -m immediate stop >/dev/null 2>&1" || true
        rm -rf "$PG_TMP"
    fi
}
