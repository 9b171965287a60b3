#!/usr/bin/env python3
"""Runs an installed InviteDesk the way IT does after a deployment, to catch the run-time
pieces a deploy tool can miss (OpenSSL, the TLS backend, the SQL drivers and their libpq,
the platform plugins): the same script on every platform, against the installed copy.

  1. `invitedesk --version` prints "invitedesk X.Y.Z[+g<commit>]" (without a display)
  2. `invitedesk check --json` passes on a fresh SQLite file (QSQLITE driver)
  3. `invitedesk mail test` reaches a local aiosmtpd over STARTTLS with AUTH, the server's
     certificate verified against a test CA (OpenSSL through QSslSocket)
  4. `invitedesk migrate` and `check --json` on PostgreSQL (QPSQL driver and its libpq):
     --pg-url of a server to use, or --pg-bin to start a throwaway cluster on loopback

usage: smoke-installed.py --bin PATH [--source-dir DIR] [--expect-version X.Y.Z]
                          [--pg-url URL | --pg-bin DIR] [--openssl PATH]
Needs Python 3.8+, aiosmtpd (Debian: python3-aiosmtpd; elsewhere: pip install aiosmtpd) and
the openssl command-line tool. Prints one line per check and "N passed, M failed"; exits 1
when any check failed.
"""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


class Smoke:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.passed = 0
        self.failed = 0

    def env(self, extra=None):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("INVITEDESK_") and not k.startswith("PG")}
        for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(k, None)
        home = os.path.join(self.work, "home")
        os.makedirs(home, exist_ok=True)
        if os.name != "nt":  # the user's settings and data go to a fresh folder
            env["HOME"] = home
            env["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
            env["XDG_DATA_HOME"] = os.path.join(home, ".local", "share")
        env["INVITEDESK_KEYCHAIN"] = "none"
        env.update(extra or {})
        return env

    def run(self, args, extra_env=None, timeout=120):
        p = subprocess.run([self.args.bin] + args, env=self.env(extra_env),
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=timeout)
        return p.returncode, p.stdout, p.stderr

    def report(self, name, ok, detail):
        print("%s: %s - %s" % (name, "ok" if ok else "FAILED", detail.strip()), flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def version(self):
        code, out, err = self.run(["--version"])
        want = re.escape(self.args.expect_version) if self.args.expect_version else r"\d+\.\d+\.\d+"
        ok = code == 0 and re.fullmatch(r"invitedesk %s(\+g[0-9a-f]+)?\n" % want, out) is not None
        self.report("version", ok, out if ok else "exit %d: %s%s" % (code, out, err))

    def check(self, name, url, extra_args=()):
        code, out, err = self.run(list(extra_args) + ["check", "--json", "--database", url])
        try:
            result = json.loads(out)
        except ValueError:
            result = {}
        ok = code == 0 and result.get("ok") is True
        self.report(name, ok, "schema version %s" % result.get("database", {}).get(
            "schema_version") if ok else "exit %d: %s%s" % (code, out, err))

    def sqlite(self):
        path = os.path.join(self.work, "smoke.db").replace("\\", "/")
        self.check("sqlite check", "sqlite:///" + path.lstrip("/") if os.name == "nt"
                   else "sqlite://" + path)

    def certificates(self):
        d = os.path.join(self.work, "certs")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "server.ext"), "w") as f:
            f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                    "keyUsage=critical,digitalSignature,keyEncipherment\n"
                    "extendedKeyUsage=serverAuth\n")
        with open(os.path.join(d, "ca.ext"), "w") as f:
            f.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                    "subjectKeyIdentifier=hash\n")
        openssl = self.args.openssl

        def tool(*a):
            subprocess.run([openssl] + list(a), cwd=d, check=True, capture_output=True)
        tool("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key")
        tool("req", "-new", "-key", "ca.key", "-subj", "/CN=InviteDesk Smoke CA", "-out", "ca.csr")
        tool("x509", "-req", "-in", "ca.csr", "-signkey", "ca.key", "-days", "2",
             "-extfile", "ca.ext", "-out", "ca.pem")
        tool("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "server.key")
        tool("req", "-new", "-key", "server.key", "-subj", "/CN=smtp.test", "-out", "server.csr")
        tool("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", "server.ext", "-out", "server.pem")
        return d

    def starttls(self):
        try:
            certs = self.certificates()
        except (OSError, subprocess.CalledProcessError) as e:
            self.report("starttls send", False, "cannot make test certificates: %s" % e)
            return
        store = os.path.join(self.work, "received")
        server_script = os.path.join(self.args.source_dir, "tests", "support", "smtp_server.py")
        server = subprocess.Popen(
            [sys.executable, server_script, "--mode", "starttls", "--auth", "mailer:smoke-pw",
             "--cert", os.path.join(certs, "server.pem"), "--key",
             os.path.join(certs, "server.key"), "--store", store],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = server.stdout.readline()
            m = re.match(r"READY (\d+)", line)
            if not m:
                self.report("starttls send", False,
                            "the aiosmtpd server did not start: %s%s" % (line, server.stderr.read()))
                return
            ca = os.path.join(certs, "ca.pem").replace("\\", "/")
            url = "smtp://mailer@127.0.0.1:%s?tls=starttls&ca=%s" % (
                m.group(1), urllib.parse.quote(ca, safe="/:"))
            code, out, err = self.run(
                ["mail", "test", "--to", "it@example.org", "--mail", url],
                {"INVITEDESK_MAIL_PASSWORD": "smoke-pw",
                 "INVITEDESK_MAIL_FROM": "IT Desk <it@example.org>"})
            envelopes = []
            path = os.path.join(store, "envelopes.jsonl")
            for _ in range(50):
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as f:
                        envelopes = [json.loads(x) for x in f if x.strip()]
                if envelopes:
                    break
                time.sleep(0.1)
            ok = code == 0 and len(envelopes) == 1 and envelopes[0].get("tls") is True
            self.report("starttls send", ok, "delivered over TLS with AUTH" if ok else
                        "exit %d: %s%s; received %s" % (code, out, err, envelopes))
        finally:
            server.stdin.close()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    def free_port(self):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        return port

    def postgres(self):
        url = self.args.pg_url
        pg_ctl = data = None
        if not url and self.args.pg_bin:
            exe = ".exe" if os.name == "nt" else ""
            data = os.path.join(self.work, "pgdata")
            port = self.free_port()
            initdb = os.path.join(self.args.pg_bin, "initdb" + exe)
            pg_ctl = os.path.join(self.args.pg_bin, "pg_ctl" + exe)
            try:
                subprocess.run([initdb, "-D", data, "-A", "trust", "-U", "postgres", "-E",
                                "UTF8"], check=True, capture_output=True)
                subprocess.run([pg_ctl, "-D", data, "-l", os.path.join(self.work, "pg.log"),
                                "-w", "-t", "60", "-o",
                                "-p %d -c listen_addresses=127.0.0.1" % port, "start"],
                               check=True, capture_output=True)
            except (OSError, subprocess.CalledProcessError) as e:
                self.report("postgresql", False, "cannot start a test cluster: %s %s" % (
                    e, getattr(e, "stderr", b"")))
                return
            url = "postgresql://postgres@127.0.0.1:%d/postgres" % port
        if not url:
            self.report("postgresql", False, "no --pg-url or --pg-bin given")
            return
        try:
            code, out, err = self.run(["migrate", "--database", url])
            self.report("postgresql migrate", code == 0,
                        out if code == 0 else "exit %d: %s%s" % (code, out, err))
            self.check("postgresql check", url)
        finally:
            if pg_ctl:
                subprocess.run([pg_ctl, "-D", data, "-m", "fast", "stop"], capture_output=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bin", required=True, help="the installed invitedesk program")
    p.add_argument("--source-dir", default=os.path.normpath(os.path.join(HERE, "..", "..")))
    p.add_argument("--expect-version", help="X.Y.Z that --version must print")
    p.add_argument("--pg-url", help="PostgreSQL URL of an empty database to migrate")
    p.add_argument("--pg-bin", help="folder of initdb and pg_ctl, for a throwaway cluster")
    p.add_argument("--openssl", default=shutil.which("openssl") or "openssl")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="invitedesk-smoke-") as work:
        smoke = Smoke(args, work)
        smoke.version()
        smoke.sqlite()
        smoke.starttls()
        smoke.postgres()
        print("%d passed, %d failed" % (smoke.passed, smoke.failed))
        return 0 if smoke.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
