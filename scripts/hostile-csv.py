#!/usr/bin/env python3
"""Writes a hostile invitation CSV for `invitedesk import --dry-run`: every row is invalid, and
the rows are built to cost the importer as much memory as possible per byte of file (issue 11,
finding 7). The output is deterministic.

Shapes:
  wide     rows of many short fields and a few long ones (9,999 fields, about 20 KB a row):
           the file that peaked at about 1.1 GB before the per-record caps; now its first data
           row is refused ("more than 64 fields") and nothing more is read.
  narrow   rows at the field cap (64 fields: the four required columns and 60 unnamed ones,
           all filled, 63 errors a row): as many records, fields and errors as fit in the file.
  long     rows just under the byte cap (64 fields, about 60 KiB a row, every field long).

Usage: hostile-csv.py OUTPUT [--shape wide|narrow|long] [--mb 40]
"""

import argparse

HEADER_COLUMNS = ["email", "first_name", "last_name", "invitation_type"]
MAX_FIELDS = 64  # CsvReader::kMaxFields


def header(unnamed):
    return ",".join(HEADER_COLUMNS + [""] * unnamed) + "\r\n"


def wide_row(i):
    # An invalid e-mail and type, two long fields, then short fields up to 9,999 in all.
    fields = [f"not-an-email-{i}", "A" * 1500, "B" * 1500, "no-such-type"]
    fields += ["x"] * (9999 - len(fields))
    return ",".join(fields) + "\r\n"


def narrow_row(i):
    fields = [f"bad{i}", "", "", "?"] + [str(k % 10) for k in range(MAX_FIELDS - 4)]
    return ",".join(fields) + "\r\n"


def long_row(i):
    # 64 fields of 940 bytes: about 60 KiB, under the 64 KiB cap.
    fields = [f"bad{i}" + "e" * 930, "F" * 940, "L" * 940, "t" * 940]
    fields += [chr(ord("a") + k % 26) * 940 for k in range(MAX_FIELDS - 4)]
    return ",".join(fields) + "\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--shape", choices=["wide", "narrow", "long"], default="wide")
    parser.add_argument("--mb", type=float, default=40.0, help="size in MB (10^6 bytes)")
    args = parser.parse_args()

    target = int(args.mb * 1_000_000)
    make = {"wide": wide_row, "narrow": narrow_row, "long": long_row}[args.shape]
    unnamed = 0 if args.shape == "wide" else MAX_FIELDS - len(HEADER_COLUMNS)
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        written = out.write(header(unnamed))
        i = 0
        while written < target:
            written += out.write(make(i))
            i += 1
    print(f"{args.output}: {args.shape}, {written} bytes, {i} rows")


if __name__ == "__main__":
    main()
