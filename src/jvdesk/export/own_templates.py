"""Build jvdesk's own deck templates (16:9 and 4:3) for projectors.

The templates in ``resources/templates/`` are generated from python-pptx's default
template by ``python -m jvdesk.export.own_templates --write`` (``make schema`` runs it
too), and a test fails while they differ from what this module builds. Design: white
background, dark navy text, large type, one accent colour per country (Japan's red for
figures, India's saffron and green for chart series), Calibri with Yu Gothic and Nirmala UI
for Japanese and Devanagari. Reading a template, jvdesk's or a user's, is ``template``'s job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu

from jvdesk.core.resources import resources_root
from jvdesk.export.saving import reproducible

SIZES = {"16x9": (Emu(12192000), Emu(6858000)), "4x3": (Emu(9144000), Emu(6858000))}
BUILD_DATE = dt.datetime(2025, 8, 30, tzinfo=dt.UTC)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

COLOURS = {
    "dk1": "111827",  # near-black text
    "lt1": "FFFFFF",
    "dk2": "0B2545",  # navy titles
    "lt2": "EEF2F7",
    "accent1": "B3001B",  # deep red: large figures (7.0:1 on white)
    "accent2": "D35400",  # saffron, darkened for contrast
    "accent3": "0B7A35",  # green
    "accent4": "0B2545",
    "accent5": "5B6B7F",
    "accent6": "8A5A00",
    "hlink": "0B4F9C",
    "folHlink": "5B2A86",
}
FONTS = {"latin": "Calibri", "ea": "Yu Gothic", "cs": "Nirmala UI"}


def _theme(blob: bytes) -> bytes:
    root = etree.fromstring(blob)
    ns = {"a": A}
    scheme = root.find(".//a:clrScheme", ns)
    assert scheme is not None
    scheme.set("name", "jvdesk")
    for name, value in COLOURS.items():
        slot = scheme.find(f"a:{name}", ns)
        assert slot is not None
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=value)
    for which in ("majorFont", "minorFont"):
        font = root.find(f".//a:{which}", ns)
        assert font is not None
        for script, typeface in FONTS.items():
            element = font.find(f"a:{script}", ns)
            assert element is not None
            element.set("typeface", typeface)
        for extra in font.findall("a:font", ns):
            if extra.get("script") == "Jpan":
                extra.set("typeface", FONTS["ea"])
            if extra.get("script") == "Deva":
                extra.set("typeface", FONTS["cs"])
    root.find(".//a:fontScheme", ns).set("name", "jvdesk")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _scale_x(element: etree._Element, factor: float) -> None:
    for off in element.iter(qn("a:off")):
        off.set("x", str(round(int(off.get("x", "0")) * factor)))
    for ext in element.iter(qn("a:ext")):
        if ext.get("cx") is not None:
            ext.set("cx", str(round(int(ext.get("cx", "0")) * factor)))


def _text_styles(master: etree._Element) -> None:
    styles = master.find(qn("p:txStyles"))
    assert styles is not None
    title = styles.find(qn("p:titleStyle"))
    body = styles.find(qn("p:bodyStyle"))
    assert title is not None and body is not None
    level = title.find(qn("a:lvl1pPr"))
    assert level is not None
    level.set("algn", "l")
    run = level.find(qn("a:defRPr"))
    assert run is not None
    run.set("sz", "3600")
    run.set("b", "1")
    sizes = {"a:lvl1pPr": "2800", "a:lvl2pPr": "2400", "a:lvl3pPr": "2000", "a:lvl4pPr": "1800"}
    for tag, size in sizes.items():
        body_level = body.find(qn(tag))
        if body_level is not None:
            body_run = body_level.find(qn("a:defRPr"))
            if body_run is not None:
                body_run.set("sz", size)


def build(name: str) -> bytes:
    """The bytes of jvdesk's template for one size ('16x9' or '4x3')."""
    presentation = Presentation()
    width, height = SIZES[name]
    factor = width / presentation.slide_width
    presentation.slide_width, presentation.slide_height = width, height
    master = presentation.slide_master
    theme = master.part.part_related_by(RT.THEME)
    theme._blob = _theme(theme.blob)  # python-pptx keeps a theme as an opaque blob
    _scale_x(master._element.find(qn("p:cSld")), factor)
    _text_styles(master._element)
    for layout in presentation.slide_layouts:
        _scale_x(layout._element.find(qn("p:cSld")), factor)
    # The title sits in a band at the top of content slides, leaving the body to the content.
    # Set all four values: setting one on an inherited placeholder zeroes the others.
    title = master.placeholders[0]
    left, width = title.left, title.width
    top, height = Emu(274320), Emu(868680)
    title.left, title.top, title.width, title.height = left, top, width, height
    for layout in presentation.slide_layouts:
        if layout.name == "Title Slide":
            continue
        placeholders: Any = layout.placeholders  # python-pptx's annotation of __iter__ is wrong
        for placeholder in placeholders:
            if placeholder.placeholder_format.idx == 0:
                placeholder.left, placeholder.top = left, top
                placeholder.width, placeholder.height = width, height
    properties = presentation.core_properties
    properties.title = "jvdesk briefing template"
    properties.author = properties.last_modified_by = "jvdesk"
    properties.created = properties.modified = BUILD_DATE.replace(tzinfo=None)
    properties.revision = 1
    out = io.BytesIO()
    presentation.save(out)
    return reproducible(out.getvalue(), BUILD_DATE)


def main(argv: list[str] | None = None) -> int:
    """Write or check the shipped templates."""
    parser = argparse.ArgumentParser(prog="python -m jvdesk.export.own_templates")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    folder = resources_root() / "templates"
    stale = []
    for name in SIZES:
        path = folder / f"jvdesk-{name}.pptx"
        data = build(name)
        if args.write:
            folder.mkdir(exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path}")
        elif not path.is_file() or path.read_bytes() != data:
            stale.append(path.name)
    for name in stale:
        print(f"stale: {name}; run `make schema`", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
