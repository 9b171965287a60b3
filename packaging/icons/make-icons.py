#!/usr/bin/python3
"""Renders InviteDesk's application icon for the installers from its one source,
resources/ui/icons/app.svg (the same picture the desk shows):

  png/<N>.png        N = 16 32 48 64 128 256 512 1024, the hicolor icons of the .deb
  invitedesk.ico     the Windows .exe and .msi icon (PNG-compressed entries, Vista+)
  invitedesk.icns    the macOS app bundle icon

The outputs are committed, so building an installer needs no SVG renderer. Run again after
changing the SVG:   packaging/icons/make-icons.py   (needs rsvg-convert: Debian's librsvg2-bin)
"""
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "resources", "ui", "icons", "app.svg")
SIZES = [16, 32, 48, 64, 128, 256, 512, 1024]
ICO_SIZES = [16, 32, 48, 64, 128, 256]
# icns element types holding PNG data, by pixel size.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024)]


def render(size):
    out = os.path.join(HERE, "png", "%d.png" % size)
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--keep-aspect-ratio", "--output", out, SOURCE], check=True)
    with open(out, "rb") as f:
        return f.read()


def write_ico(pngs):
    entries = b""
    data = b""
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        png = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    with open(os.path.join(HERE, "invitedesk.ico"), "wb") as f:
        f.write(struct.pack("<HHH", 0, 1, len(ICO_SIZES)) + entries + data)


def write_icns(pngs):
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    with open(os.path.join(HERE, "invitedesk.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main():
    os.makedirs(os.path.join(HERE, "png"), exist_ok=True)
    pngs = {size: render(size) for size in SIZES}
    write_ico(pngs)
    write_icns(pngs)
    print("make-icons: wrote png/, invitedesk.ico and invitedesk.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
