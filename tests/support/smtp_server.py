#!/usr/bin/python3
"""A real SMTP server for InviteDesk's mail tests, on Debian's python3-aiosmtpd.

Listens on 127.0.0.1 (port 0 = a free one) in one of three modes:
  plain     no TLS
  starttls  offers STARTTLS (certificate --cert/--key); with --auth USER:PASSWORD it requires
            AUTH (PLAIN and LOGIN) after TLS
  implicit  TLS from the first byte (port 465 style)
Every accepted message is stored as NNNNNN.eml (the bytes as received, after the SMTP
transparency dots are removed) in --store, with its envelope appended to envelopes.jsonl.

Recipients whose local part starts with "reject" get "550 5.1.1 no such user" at RCPT, and
"defer" gets "451 4.3.0 mailbox busy, try again later"; "rejectdata" / "deferdata" are
accepted at RCPT and refused after the data instead.

Prints "READY <port>" on stdout once listening, and exits when stdin closes.
"""
import argparse
import asyncio
import json
import os
import ssl
import sys
import threading

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Store:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        os.makedirs(folder, exist_ok=True)
        self.envelopes = open(os.path.join(folder, "envelopes.jsonl"), "a", encoding="utf-8")

    def save(self, server, session, envelope):
        self.count += 1
        name = "%06d.eml" % self.count
        with open(os.path.join(self.folder, name), "wb") as f:
            f.write(envelope.original_content)
        self.envelopes.write(json.dumps({
            "file": name,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "peer_port": session.peer[1] if session.peer else 0,
            "tls": session.ssl is not None
                   or server.transport.get_extra_info("ssl_object") is not None,
        }) + "\n")
        self.envelopes.flush()


class Handler:
    def __init__(self, store, pipelining):
        self.store = store
        self.pipelining = pipelining

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject") and not local.startswith("rejectdata"):
            return "550 5.1.1 no such user"
        if local.startswith("defer") and not local.startswith("deferdata"):
            return "451 4.3.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        locals_ = [a.split("@")[0].lower() for a in envelope.rcpt_tos]
        if any(l.startswith("rejectdata") for l in locals_):
            return "554 5.6.0 message content rejected"
        if any(l.startswith("deferdata") for l in locals_):
            return "452 4.3.1 insufficient system storage"
        self.store.save(server, session, envelope)
        return "250 2.0.0 Ok: queued as %06d" % self.store.count


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mode", choices=["plain", "starttls", "implicit"], default="plain")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth", help="USER:PASSWORD required after TLS")
    p.add_argument("--store", required=True)
    p.add_argument("--no-pipelining", action="store_true")
    p.add_argument("--smtputf8", action="store_true")
    p.add_argument("--exclude-auth", action="append", default=[],
                   help="AUTH mechanism not to offer (e.g. PLAIN, to exercise LOGIN)")
    args = p.parse_args()

    store = Store(args.store)
    handler = Handler(store, not args.no_pipelining)
    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    authenticator = None
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login.decode() == user
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok, handled=False)

    def factory():
        kwargs = dict(hostname="smtp.test.invalid", enable_SMTPUTF8=args.smtputf8,
                      data_size_limit=10 * 1024 * 1024, timeout=60)
        if args.mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=bool(args.auth))
        if authenticator:
            # Implicit TLS is TLS too, but aiosmtpd only counts STARTTLS as such.
            kwargs.update(authenticator=authenticator, auth_required=True,
                          auth_require_tls=args.mode == "starttls",
                          auth_exclude_mechanism=args.exclude_auth)
        return SMTP(handler, **kwargs)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=args.port,
        ssl=context if args.mode == "implicit" else None))
    port = server.sockets[0].getsockname()[1]
    print("READY %d" % port, flush=True)

    def wait_for_stdin():
        sys.stdin.read()
        loop.call_soon_threadsafe(loop.stop)

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
