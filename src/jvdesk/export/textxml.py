"""Text bodies written as XML: paragraphs of one run each, as python-pptx's proxies write them.

A deck writes a thousand runs. python-pptx's proxies (``word_wrap``, ``auto_size``,
``clear``, ``add_paragraph``, ``alignment``, ``space_before``, ``add_run``, ``font.size``,
``font.bold``, ``font.italic``, ``font.color.theme_color``, ``hyperlink.address``) spend most
of their time finding where each element goes; here a body's paragraphs are made from text
in one parse, element for element and attribute for attribute what the proxies write
(``tests/export/test_textxml.py`` holds the two side by side).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.oxml.text import CT_RegularTextRun

_BODY_PROPERTIES, _NO_AUTOFIT = qn("a:bodyPr"), qn("a:noAutofit")
_AUTOFITS = {qn("a:noAutofit"), qn("a:normAutofit"), qn("a:spAutoFit")}
_AFTER_AUTOFIT = {qn("a:scene3d"), qn("a:sp3d"), qn("a:flatTx"), qn("a:extLst")}
_PARAGRAPH, _CONTENT = qn("a:p"), {qn("a:r"), qn("a:br"), qn("a:fld")}
_PPR, _RUN, _RPR, _TEXT = qn("a:pPr"), qn("a:r"), qn("a:rPr"), qn("a:t")
_END_PROPERTIES = qn("a:endParaRPr")
_SOLID_FILL, _SCHEME_COLOUR = qn("a:solidFill"), qn("a:schemeClr")
_EAST_ASIAN, _COMPLEX_SCRIPT = qn("a:ea"), qn("a:cs")
_LINK, _RELATIONSHIP_ID = qn("a:hlinkClick"), qn("r:id")
_TEXT_BODY = f"<a:txBody {nsdecls('a', 'r')}>{{}}</a:txBody>"
_BULLET = '<a:buFont typeface="Arial"/><a:buChar char="\u2022"/>'


@dataclass(frozen=True)
class Run:
    """A paragraph of one run.

    Attributes:
        text: the run's text.
        align: the ``algn`` value ("l", "ctr", "r").
        size: the run's size in hundredths of a point.
        space_before: the space above the paragraph in hundredths of a point, if any.
        bullet: the hanging indent of a round bullet in EMU, if any (``set_bullet``).
        bold: whether the run says it is bold (else it inherits).
        italic: whether the run says it is italic.
        colour: a theme colour (``schemeClr`` value, such as "tx1"), if any.
        link: the relationship id of a hyperlink the run follows, if any.
    """

    text: str
    align: str
    size: int
    space_before: int | None = None
    bullet: int | None = None
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    link: str | None = None


def reset_text_body(body: etree._Element) -> etree._Element:
    """Empty a text body (``p:txBody`` or ``a:txBody``) for new text; return its paragraph.

    What python-pptx's ``word_wrap = True``, ``auto_size = MSO_AUTO_SIZE.NONE`` and
    ``clear()`` do: lines wrap, nothing is shrunk or grown, and one paragraph is left, with
    its properties but no runs.
    """
    properties = body.find(_BODY_PROPERTIES)
    properties.set("wrap", "square")
    for old in properties:
        if old.tag in _AUTOFITS:
            properties.remove(old)
    autofit = properties.makeelement(_NO_AUTOFIT, {})
    successor = next((child for child in properties if child.tag in _AFTER_AUTOFIT), None)
    if successor is None:
        properties.append(autofit)
    else:
        successor.addprevious(autofit)
    first, *others = body.iterchildren(_PARAGRAPH)
    for paragraph in others:
        body.remove(paragraph)
    for child in list(first):
        if child.tag in _CONTENT:
            first.remove(child)
    return first


def write_paragraphs(
    body: etree._Element,
    first: etree._Element,
    runs: Sequence[Run],
    east_asian: str,
    complex_script: str,
    language: str = "",
) -> None:
    """Write paragraphs of one run each into a text body that ``reset_text_body`` emptied.

    Each run names its East Asian and complex-script typefaces (``a:ea``, ``a:cs``):
    python-pptx's ``font.name`` writes only ``a:latin``, and without the other two Japanese
    and Devanagari show as boxes or in a fallback font outside Windows PowerPoint
    (python-pptx issues #768, #720).

    Args:
        body: the text body.
        first: its paragraph, which the first run goes into (it has no runs; it may keep
            an ``a:pPr`` and an ``a:endParaRPr``).
        runs: the paragraphs.
        east_asian: the runs' East Asian typeface.
        complex_script: the runs' complex-script typeface.
        language: the runs' language tag ("ja-JP", "hi-IN"; "" leaves it to the reader's
            editor), which PowerPoint's line breaking, proofing and font choice follow.
    """
    fonts = _fonts(east_asian, complex_script)
    written = list(
        parse_xml(_TEXT_BODY.format("".join(_xml(run, fonts, language) for run in runs)))
    )
    for run, paragraph in zip(runs, written, strict=True):
        if not run.text:  # parsed as no text at all, where python-pptx writes an empty one
            paragraph[-1][-1].text = ""
    if len(first) or first.attrib:  # the template's paragraph has properties of its own
        _write_into(first, runs[0], east_asian, complex_script, language)
    else:
        body.replace(first, written[0])
    for paragraph in written[1:]:
        body.append(paragraph)


@cache
def _fonts(east_asian: str, complex_script: str) -> str:
    """A run's East Asian and complex-script typefaces, as XML."""
    return f"<a:ea typeface={quoteattr(east_asian)}/><a:cs typeface={quoteattr(complex_script)}/>"


def _xml(run: Run, fonts: str, language: str = "") -> str:
    """A new paragraph's XML."""
    properties = f'algn="{run.align}"'
    inside = ""
    if run.space_before is not None:
        inside += f'<a:spcBef><a:spcPts val="{run.space_before}"/></a:spcBef>'
    if run.bullet is not None:
        properties += f' marL="{run.bullet}" indent="{-run.bullet}"'
        inside += _BULLET
    character = f'lang="{language}" sz="{run.size}"' if language else f'sz="{run.size}"'
    if run.bold:
        character += ' b="1"'
    if run.italic:
        character += ' i="1"'
    fill = (
        ""
        if run.colour is None
        else f'<a:solidFill><a:schemeClr val="{run.colour}"/></a:solidFill>'
    )
    link = "" if run.link is None else f'<a:hlinkClick r:id="{run.link}"/>'
    text = escape(CT_RegularTextRun._escape_ctrl_chars(run.text))
    return (
        f"<a:p><a:pPr {properties}>{inside}</a:pPr><a:r><a:rPr {character}>{fill}{fonts}{link}"
        f"</a:rPr><a:t>{text}</a:t></a:r></a:p>"
    )


def _write_into(
    paragraph: etree._Element, run: Run, east_asian: str, complex_script: str, language: str
) -> None:
    """Write a run into a paragraph that has properties of its own, as python-pptx does: its
    ``a:pPr`` is kept and given the alignment and bullet, and the run goes before its
    ``a:endParaRPr``."""
    properties = paragraph.find(_PPR)
    if properties is None:
        properties = paragraph.makeelement(_PPR, {})
        paragraph.insert(0, properties)
    properties.set("algn", run.align)
    if run.space_before is not None:
        spacing = etree.SubElement(properties, qn("a:spcBef"))
        etree.SubElement(spacing, qn("a:spcPts"), {"val": str(run.space_before)})
    if run.bullet is not None:
        set_bullet(properties, run.bullet)
    element = paragraph.makeelement(_RUN, {})
    end = paragraph.find(_END_PROPERTIES)
    if end is None:
        paragraph.append(element)
    else:
        end.addprevious(element)
    attributes = {"lang": language} if language else {}
    attributes["sz"] = str(run.size)
    if run.bold:
        attributes["b"] = "1"
    if run.italic:
        attributes["i"] = "1"
    character = etree.SubElement(element, _RPR, attributes)
    if run.colour is not None:
        fill = etree.SubElement(character, _SOLID_FILL)
        etree.SubElement(fill, _SCHEME_COLOUR, {"val": run.colour})
    etree.SubElement(character, _EAST_ASIAN, {"typeface": east_asian})
    etree.SubElement(character, _COMPLEX_SCRIPT, {"typeface": complex_script})
    if run.link is not None:
        etree.SubElement(character, _LINK, {_RELATIONSHIP_ID: run.link})
    etree.SubElement(element, _TEXT).text = CT_RegularTextRun._escape_ctrl_chars(run.text)


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
