#!/usr/bin/env python3
"""Writes an rpm NDB database (Packages.db) holding the header blobs of an rpm SQLite database.

Debian's rpm 4.18 is built without the ndb backend, so the NDB fixture is written here following
rpm's lib/backend/ndb/rpmpkg.c: a 32-byte header ("RpmP", version 0, generation, slot pages,
next package index) sharing the first slot page with 16-byte slots ("Slot", pkgidx, block offset,
block count), then 16-byte-aligned blobs: head ("BlbS", pkgidx, generation, length), the header
blob, tail (adler32, length, "BlbE").

usage: make-ndb.py rpmdb.sqlite Packages.db
"""
import sqlite3, struct, sys, zlib

PAGE, BLK = 4096, 16
rows = sqlite3.connect(sys.argv[1]).execute("select hnum, blob from Packages order by hnum").fetchall()
slot_pages = 1
blk = slot_pages * PAGE // BLK
slots, blobs = [], bytearray()
for idx, blob in rows:
    head = struct.pack("<4sIII", b"BlbS", idx, 1, len(blob))
    body = head + blob
    tail = struct.pack("<II4s", zlib.adler32(body) & 0xFFFFFFFF, len(blob), b"BlbE")
    rec = body + b"\0" * (-(len(body) + len(tail)) % BLK) + tail
    slots.append(struct.pack("<4sIII", b"Slot", idx, blk, len(rec) // BLK))
    blk += len(rec) // BLK
    blobs += rec
first = struct.pack("<4sIIII12x", b"RpmP", 0, 1, slot_pages, rows[-1][0] + 1)
empty = struct.pack("<4sIII", b"Slot", 0, 0, 0)
page = first + b"".join(slots) + empty * (PAGE // 16 - 2 - len(slots))
open(sys.argv[2], "wb").write(page + bytes(blobs))
