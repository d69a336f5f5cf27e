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

# A slide's title placeholder, for layouts that have none; its frame is given in EMU.
TITLE_PLACEHOLDER = (
    f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{{id}}" name="Title"/>'
    '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>'
    '</p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    "</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"
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


# PowerPoint's mark for a shape that is decoration only, which screen readers pass over.
DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
DECORATIVE_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def _non_visual(shape: etree._Element) -> etree._Element:
    """A shape's ``p:cNvPr`` (under its ``p:nvSpPr``, ``p:nvGraphicFramePr``, ...)."""
    return shape[0].find(qn("p:cNvPr"))


def set_description(shape: etree._Element, text: str) -> None:
    """Give a shape (a chart's or table's graphic frame, a picture) its alternative text.

    PowerPoint shows it as the shape's Alt Text, screen readers read it, and its
    Accessibility Checker looks for it: the ``descr`` of the shape's ``p:cNvPr``.
    """
    _non_visual(shape).set("descr", text)


def mark_decorative(shape: etree._Element) -> None:
    """Mark a shape as decoration (an accent bar): screen readers pass over it, and
    PowerPoint's Accessibility Checker asks for no alternative text for it."""
    properties = _non_visual(shape)
    extensions = properties.find(qn("a:extLst"))
    if extensions is None:
        extensions = etree.SubElement(properties, qn("a:extLst"))
    extension = etree.SubElement(extensions, qn("a:ext"), uri=DECORATIVE_EXTENSION)
    name = f"{{{DECORATIVE_NAMESPACE}}}decorative"
    etree.SubElement(extension, name, {"val": "1"}, nsmap={"adec": DECORATIVE_NAMESPACE})


def add_title_placeholder(shape_tree: etree._Element, frame: tuple[int, int, int, int]) -> None:
    """Give a slide a title placeholder at ``frame`` (left, top, width, height in EMU).

    A slide's title is the text of its title placeholder, for PowerPoint's outline, its
    Accessibility Checker and screen readers; a text box at the same place is not one.
    """
    x, y, cx, cy = frame
    shape_id = shape_tree.max_shape_id + 1
    title = parse_xml(TITLE_PLACEHOLDER.format(id=shape_id, x=x, y=y, cx=cx, cy=cy))
    shape_tree.insert_element_before(title, "p:extLst")


def read_first(shape: etree._Element) -> None:
    """Make a shape the first of its slide's reading order: the first in its shape tree.

    Screen readers, and PowerPoint's Accessibility Checker, read a slide's shapes in the
    order of its ``p:spTree``; the title comes first.
    """
    tree = shape.getparent()
    first = next(tree.iter_shape_elms())
    if first is not shape:
        first.addprevious(shape)


def remove_element(element: etree._Element) -> None:
    """Take a shape (or any element) out of its parent: python-pptx cannot delete shapes."""
    element.getparent().remove(element)
