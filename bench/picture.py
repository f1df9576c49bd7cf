#!/usr/bin/env python3
"""Writes a 1600 x 900 PNG (a smooth colour gradient, about the size of a photo as JPEG) for the bench's image row.
Usage: picture.py FILE. Standard library only."""
import struct
import sys
import zlib

WIDTH, HEIGHT = 1600, 900


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = bytearray()
for y in range(HEIGHT):
    rows.append(0)
    for x in range(WIDTH):
        rows += bytes((x * 255 // WIDTH, y * 255 // HEIGHT, (x + y) * 255 // (WIDTH + HEIGHT)))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b"")
with open(sys.argv[1], "wb") as out:
    out.write(png)
