#!/usr/bin/python3
"""Sends stored messages again with Python's smtplib over one connection, for comparison.

usage: smtplib_send.py HOST PORT FOLDER
FOLDER is what tests/support/smtp_server.py stored (NNNNNN.eml + envelopes.jsonl). Prints
one JSON object: messages, seconds (connect to QUIT, files already in memory), per_second.
"""
import json
import os
import smtplib
import sys
import time


def main():
    host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    envelopes = [json.loads(l) for l in open(os.path.join(folder, "envelopes.jsonl"), encoding="utf-8")
                 if l.strip()]
    messages = []
    for env in envelopes:
        with open(os.path.join(folder, env["file"]), "rb") as f:
            messages.append((env["mail_from"], env["rcpt_tos"], f.read()))
    start = time.perf_counter()
    with smtplib.SMTP(host, port) as s:
        s.ehlo("bench.invalid")
        for sender, rcpts, data in messages:
            s.sendmail(sender, rcpts, data)
    seconds = time.perf_counter() - start
    print(json.dumps({"messages": len(messages), "seconds": seconds,
                      "per_second": len(messages) / seconds if seconds else 0}))


if __name__ == "__main__":
    main()
