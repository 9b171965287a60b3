#!/usr/bin/python3
"""Parses stored e-mails with Python's own MIME parser and prints what InviteDesk's mail
tests check, as JSON: one object per file (sorted by name), with the decoded headers, the
decoded text and HTML parts, the parser's defects and the raw line facts (CRLF, longest line).

usage: mail_check.py FILE_OR_FOLDER...
"""
import email
import email.policy
import json
import os
import re
import sys


def check(path):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    lines = raw.split(b"\r\n")
    bare_lf = raw.replace(b"\r\n", b"").count(b"\n")
    out = {
        "file": os.path.basename(path),
        "from": str(msg["From"]),
        "from_addresses": [a.addr_spec for a in msg["From"].addresses] if msg["From"] else [],
        "from_names": [a.display_name for a in msg["From"].addresses] if msg["From"] else [],
        "to": str(msg["To"]),
        "to_addresses": [a.addr_spec for a in msg["To"].addresses] if msg["To"] else [],
        "to_names": [a.display_name for a in msg["To"].addresses] if msg["To"] else [],
        "reply_to": str(msg["Reply-To"]) if msg["Reply-To"] else "",
        "subject": str(msg["Subject"]),
        "headers_ascii": all(b < 128 for b in raw.split(b"\r\n\r\n", 1)[0]),
        "header_max_line": max(len(l) for l in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")),
        "message_id": str(msg["Message-ID"]),
        "message_id_valid": bool(re.fullmatch(r"<[^@<>\s]+@[^@<>\s]+>", str(msg["Message-ID"]))),
        "date": str(msg["Date"]),
        "date_parsed": msg["Date"].datetime.isoformat() if msg["Date"] and msg["Date"].datetime else "",
        "content_type": msg.get_content_type(),
        "mime_version": str(msg["MIME-Version"]),
        "defects": [type(d).__name__ for d in msg.defects],
        "part_types": [p.get_content_type() for p in msg.walk()],
        "part_defects": [type(d).__name__ for p in msg.walk() for d in p.defects],
        "transfer_encodings": [str(p["Content-Transfer-Encoding"]) for p in msg.walk()
                               if not p.is_multipart()],
        "max_line": max(len(l) for l in lines),
        "bare_lf": bare_lf,
        "ends_with_crlf": raw.endswith(b"\r\n"),
        "eight_bit": any(b > 127 for b in raw),
        "size": len(raw),
    }
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    # Line endings normalised to "\n" so that tests compare text, not transport framing.
    norm = lambda part: part.get_content().replace("\r\n", "\n") if part is not None else None
    out["text"] = norm(text)
    out["html"] = norm(html)
    return out


def main():
    files = []
    for arg in sys.argv[1:]:
        if os.path.isdir(arg):
            files += sorted(os.path.join(arg, f) for f in os.listdir(arg) if f.endswith(".eml"))
        else:
            files.append(arg)
    json.dump([check(f) for f in files], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
