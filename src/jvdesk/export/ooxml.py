"""The XML layer under python-pptx's proxies: what it has no API for, done on lxml elements.

Callers reach an element through the proxy (``run._r``, ``paragraph._p``,
``shapes._spTree``) and hand it here, as python-pptx's own ``oxml`` package does.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# A notes body placeholder, for notes masters that have none.
NOTES_BODY = (
    f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="99" name="Notes"/>'
    '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/>'
    '</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/>'
    '<a:ext cx="5486400" cy="4114800"/></a:xfrm></p:spPr>'
    "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
)


def set_script_fonts(run_properties: etree._Element, east_asian: str, complex_script: str) -> None:
    """Name the East Asian and complex-script typefaces on a run, in schema order.

    python-pptx's ``font.name`` writes only ``<a:latin>``; without ``<a:ea>`` and
    ``<a:cs>`` Japanese and Devanagari show as boxes or in a fallback font outside Windows
    PowerPoint (python-pptx issues #768, #720).
    """
    for tag in ("a:ea", "a:cs"):
        for old in run_properties.findall(qn(tag)):
            run_properties.remove(old)
    latin = run_properties.find(qn("a:latin"))
    ea = etree.SubElement(run_properties, qn("a:ea"))
    ea.set("typeface", east_asian)
    cs = etree.SubElement(run_properties, qn("a:cs"))
    cs.set("typeface", complex_script)
    # CT_TextCharacterProperties orders ln, fills, effects, highlight, uLnTx.., latin, ea, cs,
    # sym, hlinkClick...: move ea and cs right after latin (or before sym/hlink if no latin).
    anchor = latin
    if anchor is None:
        followers = [qn("a:sym"), qn("a:hlinkClick"), qn("a:hlinkMouseOver"), qn("a:rtl")]
        successor = next((child for child in run_properties if child.tag in followers), None)
        if successor is not None:
            successor.addprevious(ea)
            ea.addnext(cs)
        return
    anchor.addnext(ea)
    ea.addnext(cs)


def set_bullet(paragraph_properties: etree._Element, indent: int) -> None:
    """Give a paragraph a round bullet hanging ``indent`` EMU to the left of its text.

    python-pptx has no API for bullets; a paragraph's own bullet settings replace the ones
    it would inherit.
    """
    paragraph_properties.set("marL", str(indent))
    paragraph_properties.set("indent", str(-indent))
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buFont"):
        for old in paragraph_properties.findall(qn(tag)):
            paragraph_properties.remove(old)
    font = paragraph_properties.makeelement(qn("a:buFont"), {"typeface": "Arial"})
    char = paragraph_properties.makeelement(qn("a:buChar"), {"char": "\u2022"})
    paragraph_properties.append(font)
    paragraph_properties.append(char)


def positive_axis_ids(chart_space: etree._Element) -> None:
    """Make a chart's axis ids positive, every use of an id alike.

    python-pptx writes negative ``c:axId`` values (and ``c:crossAx`` values pointing at
    them); the schema types them ``xsd:unsignedInt``, so strict validators reject them and
    PowerPoint may offer to repair the deck. A negative id becomes its magnitude (or, were
    that taken, the smallest free number), kept below 2**31: LibreOffice reads ids as signed
    32-bit numbers and mixes up the axes' titles when one is larger.
    """
    elements = [e for tag in ("c:axId", "c:crossAx") for e in chart_space.iter(qn(tag))]
    taken = {int(e.get("val")) for e in elements if int(e.get("val")) >= 0}
    renamed: dict[int, int] = {}
    for element in elements:
        value = int(element.get("val"))
        if value >= 0:
            continue
        if value not in renamed:
            new = -value
            if new in taken or new >= 2**31:
                new = next(n for n in range(1, 2**31) if n not in taken)
            renamed[value] = new
            taken.add(new)
        element.set("val", str(renamed[value]))


def set_plot_layout(plot_area: etree._Element, x: float, y: float, w: float, h: float) -> None:
    """Place a chart's plot area by hand: its inner rectangle, as shares of the chart frame.

    The inner rectangle is the plot itself, without tick labels or axis titles; renderers
    lay titles, labels and legend out around it.
    """
    for old in plot_area.findall(qn("c:layout")):
        plot_area.remove(old)
    values = "".join(
        f'<c:{name} val="{value:.4f}"/>' for name, value in (("x", x), ("y", y), ("w", w), ("h", h))
    )
    layout = parse_xml(
        f'<c:layout {nsdecls("c")}><c:manualLayout><c:layoutTarget val="inner"/>'
        f'<c:xMode val="edge"/><c:yMode val="edge"/>{values}</c:manualLayout></c:layout>'
    )
    plot_area.insert(0, layout)


def rotate_text(text_properties: etree._Element, degrees: int) -> None:
    """Turn a chart element's text (``c:txPr``), such as an axis's tick labels, by degrees.

    Negative degrees turn it counter-clockwise, so it reads upwards from the axis.
    """
    body = text_properties.find(qn("a:bodyPr"))
    body.set("rot", str(degrees * 60000))
    body.set("vert", "horz")


def add_notes_body(shape_tree: etree._Element) -> None:
    """Add a body placeholder to a notes slide's shape tree, to hold the notes text."""
    shape_tree.append(parse_xml(NOTES_BODY))


def remove_element(element: etree._Element) -> None:
    """Take a shape (or any element) out of its parent: python-pptx cannot delete shapes."""
    element.getparent().remove(element)


_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stamp_core(xml: bytes, stamp: str) -> bytes:
    return _DATE.sub(lambda m: m.group(1) + stamp.encode() + m.group(3), xml)


def reproducible(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a package so the same content always gives the same bytes.

    Fixes every zip entry's timestamp and attributes, and the creation and modification
    dates in the core properties of the package and of embedded chart workbooks (which
    python-pptx's xlsxwriter stamps with the current time).
    """
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename.endswith(".xlsx"):
                content = reproducible(content, when)
            elif entry.filename == "docProps/core.xml":
                content = _stamp_core(content, stamp)
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()
