#!/usr/bin/python3
"""Benchmark: GET /api/v1/invitations/validate/{token} under wrk (-t2 -c32, keep-alive,
loopback) with 100,000 invitations in PostgreSQL, invitedesk serve beside FastAPI + uvicorn +
asyncpg (one worker) on the same table in the same run. Prints figures; never fails on time
(only when it cannot set up: no PostgreSQL, no wrk, a server that does not answer).

Two figures per server: repeat looks (links already opened: a lookup only) and first looks
(every request a link nobody opened yet: invitedesk also records opened_at and an
invitation.opened event, queued and written in batches off the request path). After each
invitedesk run the server is stopped cleanly and the first looks recorded are counted: a clean
stop must lose none. FastAPI records no first look, so its two figures are the same work.

Environment: INVITEDESK_BIN, INVITEDESK_TEST_PG_URL (scripts/test.sh starts PostgreSQL),
INVITEDESK_BENCH_SECONDS (default 10; repeat looks), INVITEDESK_BENCH_FIRST_SECONDS (default
5), INVITEDESK_BENCH_ROWS (default 100000, opened already), INVITEDESK_BENCH_FIRST_LOOKS
(default 120000 unopened invitations per invitedesk run).
"""
import base64
import hashlib
import json
import random
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("INVITEDESK_BIN", "")
ADMIN_URL = os.environ.get("INVITEDESK_TEST_PG_URL", "")
SECONDS = int(os.environ.get("INVITEDESK_BENCH_SECONDS", "10"))
ROWS = int(os.environ.get("INVITEDESK_BENCH_ROWS", "100000"))
FIRST_SECONDS = int(os.environ.get("INVITEDESK_BENCH_FIRST_SECONDS", "5"))
FRESH = int(os.environ.get("INVITEDESK_BENCH_FIRST_LOOKS", "120000"))
SERVE_RUNS = 2  # access log on, access log off: each gets FRESH unopened invitations
ADMIN_PASSWORD = "bench admin passphrase 2026"


def fail(message):
    print(f"bench: FAILED: {message}", flush=True)
    sys.exit(1)


def token_of(n):
    digest = hashlib.sha256(f"bench-{n}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def psql(url, sql):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def get(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except OSError:
        return 0, b""


def wait_up(url, proc, what):
    for _ in range(200):
        if proc.poll() is not None:
            fail(f"{what} exited with {proc.returncode}")
        if get(url, timeout=1)[0] in (200, 404):
            return
        time.sleep(0.1)
    fail(f"{what} did not answer {url}")


def psql_value(url, sql):
    run = subprocess.run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
                         check=True, capture_output=True, text=True)
    return run.stdout.strip()


def seed(db_url):
    env = dict(os.environ, INVITEDESK_DATABASE=db_url, INVITEDESK_NEW_PASSWORD=ADMIN_PASSWORD)
    subprocess.run([BIN, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([BIN, "user", "add", "--email", "bench.admin@example.com", "--role", "admin",
                    "--first", "Bench", "--last", "Admin", "--organization", "Bench Health"],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    # Rows 1..ROWS: 1 in 20 cancelled, 1 in 20 expired, the rest open (sent) and opened
    # already (the repeat looks). Rows after ROWS: open, never opened (the first looks, a slice
    # of FRESH per invitedesk run). Each has one delivered link. Tokens are base64url of
    # SHA-256("bench-n") (43 characters, like real ones); the database keeps their SHA-256
    # only, among the invitation's links, as the product does.
    total = ROWS + SERVE_RUNS * FRESH
    psql(db_url, f"""
        INSERT INTO user_invitations (id, email, first_name, last_name, invitation_type,
            role_name, status, organization_id, invited_by_id, parent_user_id,
            language, expires_at, sent_at, created_at, updated_at)
        SELECT md5('bench-id-' || n)::uuid, 'bench' || n || '@example.com', 'Bench',
            'Invitee ' || n, 'doctor', 'doctor',
            CASE WHEN n > {ROWS} THEN 'sent' WHEN n % 20 = 0 THEN 'cancelled'
                 WHEN n % 20 = 1 THEN 'expired' ELSE 'sent' END,
            u.organization_id, u.id, u.id,
            'en', now() + interval '7 days', now(), now(), now()
        FROM generate_series(1, {total}) AS n, users u
        WHERE u.email = 'bench.admin@example.com';
        INSERT INTO invitation_links (token_hash, invitation_id, kind, created_at)
        SELECT sha256(convert_to(translate(rtrim(encode(sha256(convert_to('bench-' || n, 'UTF8')),
                'base64'), '='), '+/', '-_'), 'UTF8')),
            md5('bench-id-' || n)::uuid, 'invitation', now()
        FROM generate_series(1, {total}) AS n;
        UPDATE user_invitations SET opened_at = now() WHERE status = 'sent' AND id IN
            (SELECT md5('bench-id-' || n)::uuid FROM generate_series(1, {ROWS}) AS n);
        ANALYZE;
    """)


def run_wrk(port, tokens_file, seconds, script="validate.lua"):
    env = dict(os.environ, INVITEDESK_BENCH_TOKENS=tokens_file, INVITEDESK_BENCH_THREADS="2")
    run = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", "-s",
                          os.path.join(HERE, script), f"http://127.0.0.1:{port}"],
                         env=env, capture_output=True, text=True)
    if run.returncode != 0 or "Requests/sec" not in run.stdout:
        raise RuntimeError(f"wrk exited with {run.returncode}:\n{run.stdout}\n{run.stderr}")
    out = run.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", out)
    errors = re.search(r"Socket errors: (.*)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))
    firsts = re.search(r"first looks: issued (\d+), repeats after the file ran out (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": float(p50.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p50.group(2)],
        "p99_ms": float(p99.group(1)) * scale,
        "requests": total,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(1) if errors else "none",
        "issued": int(firsts.group(1)) if firsts else None,
        "repeats": int(firsts.group(2)) if firsts else None,
    }


def measure(name, port, tokens_file, proc=None, log_path=None, first_looks=False):
    def check_alive():
        if proc is not None and proc.poll() is not None:
            tail = open(log_path).read()[-3000:] if log_path else ""
            fail(f"{name} exited with {proc.returncode} during the run:\n{tail}")
    try:
        if first_looks:  # after the repeat looks' warm-up and run: every token once
            result = run_wrk(port, tokens_file, FIRST_SECONDS, "first_looks.lua")
        else:
            run_wrk(port, tokens_file, 2)  # warm-up: connections, prepared statements, caches
            result = run_wrk(port, tokens_file, SECONDS)
    except RuntimeError as e:
        check_alive()
        fail(str(e))
    check_alive()
    print(f"bench: {name:<38} {result['rps']:>9.0f} req/s  p50 {result['p50_ms']:6.2f} ms  "
          f"p99 {result['p99_ms']:6.2f} ms  ({result['requests']} requests, "
          f"{result['non_2xx']} 404/410 by design, socket errors: {result['socket_errors']})"
          + (f", {result['repeats']} repeats after the fresh links ran out"
             if result.get("repeats") else ""),
          flush=True)
    return result


def fresh_tokens(work, run):
    """A shuffled file of the unopened links of invitedesk run `run` (0-based), and their range."""
    first = ROWS + run * FRESH + 1
    numbers = list(range(first, first + FRESH))
    random.Random(run).shuffle(numbers)
    path = os.path.join(work, f"fresh-{run}.txt")
    with open(path, "w") as f:
        for n in numbers:
            f.write(token_of(n) + "\n")
    return path, first, first + FRESH - 1


def recorded_first_looks(db_url, low, high):
    """Invitations of rows low..high with opened_at, and their invitation.opened events."""
    ids = f"(SELECT md5('bench-id-' || n)::uuid FROM generate_series({low}, {high}) AS n)"
    opened = int(psql_value(db_url, f"SELECT count(*) FROM user_invitations WHERE "
                                    f"opened_at IS NOT NULL AND id IN {ids}"))
    events = int(psql_value(db_url, f"SELECT count(*) FROM audit_events WHERE "
                                    f"action = 'invitation.opened' AND invitation_id IN {ids}"))
    return opened, events


def stop(proc):
    if proc and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    if not BIN or not os.path.exists(BIN):
        fail("INVITEDESK_BIN is not set")
    if not ADMIN_URL:
        fail("INVITEDESK_TEST_PG_URL is not set: run through scripts/test.sh (starts PostgreSQL)")
    for tool in ("wrk", "psql"):
        if not shutil.which(tool):
            fail(f"{tool} is missing (scripts/install-deps.sh installs it)")
    name = f"invitedesk_bench_{os.getpid()}"
    psql(ADMIN_URL, f"CREATE DATABASE {name} TEMPLATE template0")
    parsed = urllib.parse.urlsplit(ADMIN_URL)
    db_url = urllib.parse.urlunsplit(parsed._replace(path="/" + name))
    work = tempfile.mkdtemp(prefix="invitedesk-bench-")
    procs = []
    try:
        started = time.time()
        seed(db_url)
        print(f"bench: seeded {ROWS} invitations in {time.time() - started:.1f} s", flush=True)
        tokens_file = os.path.join(work, "tokens.txt")
        with open(tokens_file, "w") as f:
            # A random sample of the table (a stride would alias with the n % 20 states).
            for n in random.Random(2026).sample(range(1, ROWS + 1), min(ROWS, 20000)):
                f.write(token_of(n) + "\n")
            for n in range(1000):  # unknown tokens: the same lookup work, a 404
                f.write(token_of(-n - 1) + "\n")

        results = {}
        open_token = token_of(2)

        # invitedesk serve, access log on (the default) and off.
        for run, (label, rules) in enumerate(
                (("invitedesk serve (access log on)", ""),
                 ("invitedesk serve (access log off)", "invitedesk.http.access=false"))):
            fresh_file, low, high = fresh_tokens(work, run)
            port = free_port()
            env = dict(os.environ, INVITEDESK_DATABASE=db_url, QT_LOGGING_RULES=rules)
            log_path = os.path.join(work, f"serve-{port}.log")
            log = open(log_path, "w")
            # All of wrk's connections come from one address, as a proxy's would: no
            # per-address rate limit or connection cap (a proxy is exempt from both).
            proc = subprocess.Popen([BIN, "serve", "--listen", f"127.0.0.1:{port}",
                                     "--rate-limit", "0", "--max-connections-per-address", "0"],
                                    env=env, stdout=log, stderr=log)
            procs.append(proc)
            wait_up(f"http://127.0.0.1:{port}/healthz", proc, "invitedesk serve")
            status, body = get(f"http://127.0.0.1:{port}/api/v1/invitations/validate/{open_token}")
            if status != 200 or not json.loads(body).get("valid"):
                fail(f"invitedesk serve answered {status} {body[:200]!r}")
            results[label] = measure(label + ", repeat looks", port, tokens_file, proc, log_path)
            first = measure(label + ", first looks", port, fresh_file, proc, log_path,
                            first_looks=True)
            results[label + " first looks"] = first
            stop(proc)
            if proc.returncode != 0:
                fail(f"invitedesk serve exited with {proc.returncode} on SIGTERM")
            opened, events = recorded_first_looks(db_url, low, high)
            answered = first["requests"] - (first["repeats"] or 0)
            print(f"bench: {label}: {opened} first looks recorded after a clean stop "
                  f"({events} invitation.opened events; wrk counted {answered} answers to "
                  f"first looks, {first['issued']} sent)", flush=True)
            if opened != events or opened < min(answered, FRESH):
                fail(f"first looks lost: {opened} recorded, {events} events, "
                     f"{answered} answered")
            first["recorded"] = opened

        # FastAPI + uvicorn + asyncpg, one worker.
        port = free_port()
        env = dict(os.environ, INVITEDESK_BENCH_DSN=db_url, PYTHONPATH=HERE)
        log = open(os.path.join(work, "uvicorn.log"), "w")
        proc = subprocess.Popen(["/usr/bin/python3", "-m", "uvicorn", "fastapi_validate:app",
                                 "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
                                 "--no-access-log", "--log-level", "warning"],
                                env=env, cwd=HERE, stdout=log, stderr=log)
        procs.append(proc)
        wait_up(f"http://127.0.0.1:{port}/api/v1/invitations/validate/x", proc, "uvicorn")
        status, body = get(f"http://127.0.0.1:{port}/api/v1/invitations/validate/{open_token}")
        if status != 200 or not json.loads(body).get("valid"):
            fail(f"FastAPI answered {status} {body[:200]!r}")
        results["fastapi"] = measure("FastAPI + uvicorn + asyncpg (1 worker), repeat looks", port,
                                     tokens_file)
        # FastAPI records no first look: the same work, measured on unopened links anyway.
        results["fastapi first looks"] = measure(
            "FastAPI + uvicorn + asyncpg (1 worker), first looks", port,
            fresh_tokens(work, 0)[0], first_looks=True)
        stop(proc)

        for kind, key in (("repeat looks", ""), ("first looks", " first looks")):
            ours = results["invitedesk serve (access log on)" + key]
            theirs = results["fastapi" + key]
            ratio = ours["rps"] / theirs["rps"]
            print(f"bench: {kind}: invitedesk {ours['rps']:.0f} req/s, FastAPI "
                  f"{theirs['rps']:.0f} req/s, invitedesk / FastAPI = {ratio:.2f}x (access log "
                  f"on; target >= 3x); target >= 15000 req/s: "
                  f"{'met' if ours['rps'] >= 15000 else 'NOT met'}; p99 <= 5 ms: "
                  f"{'met' if ours['p99_ms'] <= 5 else 'NOT met'}", flush=True)
        print("bench: " + json.dumps({k: v for k, v in results.items()}), flush=True)
    finally:
        for p in procs:
            stop(p)
        try:
            psql(ADMIN_URL, f"DROP DATABASE IF EXISTS {name}")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
