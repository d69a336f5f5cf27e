"""Text written as XML is, to the byte, what python-pptx's proxies write (export.textxml)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu, Inches

from jvdesk.export.textxml import Run, reset_text_body, set_bullet, write_paragraphs

EAST_ASIAN, COMPLEX_SCRIPT = "Yu Gothic", "Nirmala UI"
LINK = "https://example.org/a?b=1&c=<2>"

RUNS = [
    Run("Plain text", "l", 1800),
    Run("Bold, italic and coloured", "ctr", 2400, bold=True, italic=True, colour="accent1"),
    Run("Space before & a bullet", "l", 1450, space_before=420, bullet=251460),
    Run("", "r", 1200),
    Run("  leading and trailing spaces  ", "l", 1200, colour="tx1"),
    Run("Escapes: <tag> & \"quotes\" 'too'\tand a tab", "l", 1000),
    Run("A bell \x07 and a vertical tab \x0b become _x escapes", "l", 1000),
    Run("A line\nbreak inside the run", "l", 1000),
    Run("日本とインドは भारत और जापान", "l", 1300, bold=True),
    Run("A link", "l", 1100, link="rIdLINK"),
]


def _proxies(frame: Any, runs: Sequence[Run], part: Any) -> None:
    """The runs written with python-pptx's proxies, as jvdesk wrote them before."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.clear()
    for index, run in enumerate(runs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.from_xml(run.align)
        if run.space_before is not None:
            paragraph.space_before = Emu(run.space_before * 127)
        if run.bullet is not None:
            set_bullet(paragraph._p.get_or_add_pPr(), run.bullet)
        proxy = paragraph.add_run()
        proxy.text = run.text
        proxy.font.size = Emu(run.size * 127)
        if run.bold:
            proxy.font.bold = True
        if run.italic:
            proxy.font.italic = True
        if run.colour is not None:
            proxy.font.color.theme_color = MSO_THEME_COLOR.from_xml(run.colour)
        if run.link is not None:
            proxy.hyperlink.address = LINK
        _set_script_fonts(proxy._r.get_or_add_rPr())


def _set_script_fonts(run_properties: Any) -> None:
    """How jvdesk named a run's East Asian and complex-script typefaces before."""
    for tag in ("a:ea", "a:cs"):
        for old in run_properties.findall(qn(tag)):
            run_properties.remove(old)
    latin = run_properties.find(qn("a:latin"))
    ea = etree.SubElement(run_properties, qn("a:ea"))
    ea.set("typeface", EAST_ASIAN)
    cs = etree.SubElement(run_properties, qn("a:cs"))
    cs.set("typeface", COMPLEX_SCRIPT)
    if latin is None:
        followers = [qn("a:sym"), qn("a:hlinkClick"), qn("a:hlinkMouseOver"), qn("a:rtl")]
        successor = next((child for child in run_properties if child.tag in followers), None)
        if successor is not None:
            successor.addprevious(ea)
            ea.addnext(cs)
        return
    latin.addnext(ea)
    ea.addnext(cs)


def _directly(frame: Any, runs: Sequence[Run], part: Any) -> None:
    """The runs written as jvdesk writes them now."""
    rid = part.relate_to(LINK, RT.HYPERLINK, is_external=True)
    runs = [Run(**{**vars(run), "link": rid}) if run.link else run for run in runs]
    body = frame._txBody
    write_paragraphs(body, reset_text_body(body), runs, EAST_ASIAN, COMPLEX_SCRIPT)


def _text_box(write: Callable[[Any, Sequence[Run], Any], None], runs: Sequence[Run]) -> bytes:
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    shape = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(2))
    write(shape.text_frame, runs, slide.part)
    return bytes(etree.tostring(slide._element))


def _table_cell(write: Callable[[Any, Sequence[Run], Any], None], runs: Sequence[Run]) -> bytes:
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(1), Inches(4), Inches(2)).table
    write(table.cell(1, 1).text_frame, runs, slide.part)
    return bytes(etree.tostring(slide._element))


def _placeholder_with_properties(
    write: Callable[[Any, Sequence[Run], Any], None], runs: Sequence[Run]
) -> bytes:
    """A body whose paragraph has properties and an end-of-paragraph run, as a template's
    placeholder may (python-pptx keeps both)."""
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    shape = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(2))
    shape.text_frame._txBody.remove(shape.text_frame._txBody.find(qn("a:p")))
    shape.text_frame._txBody.append(
        parse_xml(
            f'<a:p {nsdecls("a")}><a:pPr marL="10" algn="ctr"><a:buNone/></a:pPr>'
            '<a:r><a:t>old</a:t></a:r><a:endParaRPr lang="en-GB"/></a:p>'
        )
    )
    write(shape.text_frame, runs, slide.part)
    return bytes(etree.tostring(slide._element))


@pytest.mark.parametrize("where", [_text_box, _table_cell, _placeholder_with_properties])
@pytest.mark.parametrize("count", [1, 2, len(RUNS)])
def test_text_is_written_as_the_proxies_write_it(where: Callable[..., bytes], count: int) -> None:
    for start in range(len(RUNS) - count + 1):
        runs = RUNS[start : start + count]
        assert where(_directly, runs) == where(_proxies, runs), runs
