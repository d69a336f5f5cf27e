"""The XML layer under python-pptx's proxies: what it has no API for, done on lxml elements.

Callers reach an element through the proxy (``shapes._spTree``, ``chart._chartSpace``)
and hand it here, as python-pptx's own ``oxml`` package does. Text bodies are written in
``textxml``.
"""

from __future__ import annotations

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn

# A notes body placeholder, for notes masters that have none.
NOTES_BODY = (
    f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="99" name="Notes"/>'
    '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/>'
    '</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/>'
    '<a:ext cx="5486400" cy="4114800"/></a:xfrm></p:spPr>'
    "<p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
)


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
