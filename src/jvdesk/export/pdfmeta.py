"""A PDF's subject and language, added to what Qt's PDF writer wrote, as an incremental update.

Qt's ``QPdfWriter`` writes a document's title and author but has no call for its subject
(the Info dictionary's ``/Subject``) or its language (the catalog's ``/Lang``, which screen
readers and PDF/UA checkers read). Rather than bring in a PDF library to rewrite the whole
file, this appends an incremental update (ISO 32000-1, 7.5.6): new versions of the catalog
and the Info dictionary, each a copy of Qt's with the entry added, a cross-reference section
for the two, and a trailer pointing back at Qt's. Qt writes both dictionaries uncompressed,
with a classic cross-reference table, which is all this reads; a file it cannot read is
returned unchanged.
"""

from __future__ import annotations

import re

TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.S)


def add_document_info(data: bytes, subject: str, language: str) -> bytes:
    """``data`` with ``subject`` in its Info dictionary and ``language`` as its ``/Lang``."""
    trailer = TRAILER.search(data)
    if trailer is None:
        return data
    body = trailer["body"]
    root = re.search(rb"/Root (\d+) 0 R", body)
    info = re.search(rb"/Info (\d+) 0 R", body)
    size = re.search(rb"/Size (\d+)", body)
    if root is None or info is None or size is None:
        return data
    additions = {
        int(root[1]): b"/Lang " + _text(language),
        int(info[1]): b"/Subject " + _text(subject),
    }
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for number, entry in additions.items():
        dictionary = _dictionary(data, number)
        if dictionary is None:
            return data
        offsets[number] = len(out)
        out += b"%d 0 obj\n<<%s%s\n>>\nendobj\n" % (number, dictionary, entry)
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    kept = re.search(rb"/ID\s*\[[^\]]*\]", body)
    out += b"trailer\n<<\n/Size %s\n/Root %s 0 R\n/Info %s 0 R\n" % (size[1], root[1], info[1])
    if kept is not None:
        out += kept[0] + b"\n"
    out += b"/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (trailer["xref"], xref)
    return bytes(out)


def _dictionary(data: bytes, number: int) -> bytes | None:
    """The inside of object ``number``'s dictionary, as its last version in ``data`` has it."""
    found = list(re.finditer(rb"(?:^|\n)%d 0 obj\s*<<(.*?)>>\s*endobj" % number, data, re.S))
    if not found:
        return None
    inside = found[-1][1].rstrip()
    return inside if b"<<" not in inside else None  # nested dictionaries: not Qt's


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, in hexadecimal."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"
