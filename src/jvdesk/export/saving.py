"""A deck saved reproducibly: the same content always gives the same bytes.

python-pptx stamps every zip entry with the time it is written, and XlsxWriter a chart's
workbook with the time it is made (../shared/NOTES.md), so two saves of one deck differ.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from pptx.opc.packuri import PackURI
from pptx.opc.serialized import PackageWriter
from pptx.presentation import Presentation as PresentationType

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stamp_core(xml: bytes, stamp: str) -> bytes:
    return _DATE.sub(lambda m: m.group(1) + stamp.encode() + m.group(3), xml)


class _Entries:
    """The entries of a reproducible package, written as they come (python-pptx's ``write``)."""

    def __init__(self, target: zipfile.ZipFile, when: dt.datetime) -> None:
        self._target = target
        self._when = when

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.add(pack_uri.membername, blob)

    def add(self, name: str, content: bytes) -> None:
        """Add an entry: a fixed time and attributes, workbooks and core dates fixed too."""
        if name.endswith(".xlsx"):
            content = reproducible(content, self._when)
        elif name == "docProps/core.xml":
            content = _stamp_core(content, self._when.strftime("%Y-%m-%dT%H:%M:%SZ"))
        info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        info.create_system = 0
        self._target.writestr(info, content, compresslevel=6)


def reproducible(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a package so the same content always gives the same bytes.

    Fixes every zip entry's timestamp and attributes, and the creation and modification
    dates in the core properties of the package and of embedded chart workbooks (which
    python-pptx's xlsxwriter stamps with the current time).
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        entries = _Entries(target, when)
        for entry in source.infolist():
            entries.add(entry.filename, source.read(entry))
    return out.getvalue()


class _ReproducibleWriter(PackageWriter):
    """python-pptx's package writer, writing to ``_Entries`` rather than a zip of its own."""

    def __init__(self, entries: _Entries, package: Any) -> None:
        super().__init__("", package._rels, tuple(package.iter_parts()))
        self._entries = entries

    def _write(self) -> None:
        # PackageWriter._write, with the entries for the physical writer.
        self._write_content_types_stream(self._entries)  # type: ignore[arg-type]
        self._write_pkg_rels(self._entries)  # type: ignore[arg-type]
        self._write_parts(self._entries)  # type: ignore[arg-type]


def save_reproducibly(presentation: PresentationType, when: dt.datetime) -> bytes:
    """The bytes of a presentation as ``reproducible`` makes them, saved in one pass.

    The same as ``reproducible`` of what ``presentation.save`` writes, entry for entry, but
    each entry is compressed once rather than written, read back and compressed again.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        _ReproducibleWriter(_Entries(target, when), presentation.part.package)._write()
    return out.getvalue()
