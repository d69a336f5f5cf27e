"""Open a template safely and read what a deck needs from it: layouts, frames, fonts.

A template is a user's own .pptx or .potx or one of jvdesk's (built by ``own_templates``);
it is checked from its zip directory before python-pptx reads it, so a damaged file or a
zip bomb gives one message saying what to do.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import SlideLayout

from jvdesk.core.formatting import format_number
from jvdesk.core.i18n import _

MAX_TEMPLATE_BYTES = 100 * 1024 * 1024
MAX_EXPANDED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 5000

POTX = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


class TemplateError(ValueError):
    """A template that cannot be used, with a message saying what to do."""


def _check_zip(data: bytes, name: str) -> None:
    """Refuse what is not a zip, and zip bombs, from the directory alone (bounded memory)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise TemplateError(
            _(
                "{name} is not a PowerPoint file (.pptx or .potx); choose a presentation or "
                "template saved by PowerPoint or LibreOffice"
            ).format(name=name)
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise TemplateError(
                _("{name} holds {count} files; it is not a normal template").format(
                    name=name, count=format_number(len(entries))
                )
            )
        expanded = sum(entry.file_size for entry in entries)
        packed = sum(entry.compress_size for entry in entries) or 1
        if expanded > MAX_EXPANDED_BYTES or expanded / packed > MAX_RATIO:
            raise TemplateError(
                _(
                    "{name} would expand to {size} bytes; it is not a normal template "
                    "(possibly a zip bomb)"
                ).format(name=name, size=format_number(expanded))
            )
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or "ppt/presentation.xml" not in names:
            raise TemplateError(
                _(
                    "{name} is a zip file but not a PowerPoint presentation; "
                    "choose a .pptx or .potx"
                ).format(name=name)
            )


def open_template(path: Path) -> PresentationType:
    """Open a .pptx or .potx as a presentation to build on.

    Raises:
        TemplateError: when the file is missing, unreadable, not a presentation, damaged,
            or a zip bomb.
    """
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                _("{name} is {size} bytes; a template may be at most 100 MB").format(
                    name=name, size=format_number(size)
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(_("the template {file} does not exist").format(file=path)) from None
    except IsADirectoryError:
        raise TemplateError(
            _("the template {file} is a folder; choose a .pptx or .potx file").format(file=path)
        ) from None
    except PermissionError:
        raise TemplateError(
            _("the template {file} cannot be read (permission denied)").format(file=path)
        ) from None
    except OSError as error:
        raise TemplateError(
            # Translators: {reason} is the operating system's own words.
            _("the template {file} cannot be read ({reason}); choose another file").format(
                file=path, reason=error.strerror or error
            )
        ) from None
    _check_zip(data, name)
    data = _as_presentation(data)
    try:
        return Presentation(io.BytesIO(data))
    except Exception as error:  # python-pptx raises many kinds on damaged packages
        raise TemplateError(
            # Translators: {error} is the name of the error python-pptx met, such as KeyError.
            _(
                "{name} is damaged and cannot be opened ({error}); open it in "
                "PowerPoint, save it again, and retry"
            ).format(name=name, error=type(error).__name__)
        ) from None


def _as_presentation(data: bytes) -> bytes:
    """Relabel a .potx's main part as a presentation's so python-pptx opens it."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if POTX.encode() not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for entry in source.infolist():
                content = source.read(entry)
                if entry.filename == "[Content_Types].xml":
                    content = content.replace(POTX.encode(), PPTX.encode())
                target.writestr(entry, content)
        return out.getvalue()


def remove_all_slides(presentation: PresentationType) -> None:
    """Drop every slide a template came with (python-pptx has no API for it, issue #67)."""
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        presentation.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)


VIEW_PROPERTIES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<p:viewPr xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'
)


def add_missing_view_properties(presentation: PresentationType) -> None:
    """Give the deck a view-properties part if its template has none.

    LibreOffice writes .pptx files without one (its own templates converted, for one); the
    OOXML validator the tests run (openxml-audit, after the Open XML SDK) reports such a deck
    as one PowerPoint repairs on opening. An empty ``p:viewPr`` is enough.
    """
    from pptx.opc.constants import CONTENT_TYPE as CT
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    part = presentation.part
    if any(rel.reltype == RT.VIEW_PROPS for rel in part.rels.values()):
        return
    view = Part(PackURI("/ppt/viewProps.xml"), CT.PML_VIEW_PROPS, part.package, VIEW_PROPERTIES)
    part.relate_to(view, RT.VIEW_PROPS)


_PLACEHOLDER = f"{qn('p:nvPr')}/{qn('p:ph')}"


def _placeholder_types(layout: SlideLayout) -> list[PP_PLACEHOLDER]:
    """The types of a layout's placeholders, in order: what ``layout.placeholders`` gives,
    read from the XML directly (python-pptx compiles an XPath for each shape it asks)."""
    types = []
    for shape in layout._element.cSld.spTree.iter_shape_elms():
        properties = next(shape.iterchildren(etree.Element), None)  # p:nvSpPr and the like
        placeholder = properties.find(_PLACEHOLDER) if properties is not None else None
        if placeholder is not None:
            types.append(PP_PLACEHOLDER.from_xml(placeholder.get("type", "obj")))
    return types


FOOTERS = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}


TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
BODIES = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}


def layout_has_title(layout: SlideLayout) -> bool:
    """Whether a layout has a title placeholder (its slides inherit its title's style)."""
    return bool(TITLES & set(_placeholder_types(layout)))


def pick_layout(presentation: PresentationType, kind: str) -> SlideLayout:
    """Choose a layout by its placeholders, never by name or position.

    Args:
        kind: 'title' for a layout with a title and a subtitle (a title slide);
            'content' for one with a title and as little else as possible.
    """
    layouts = list(presentation.slide_layouts)

    def others(layout: SlideLayout) -> int:
        return sum(1 for t in _placeholder_types(layout) if t not in FOOTERS | TITLES)

    if kind == "title":
        for wanted in (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE):
            for layout in layouts:
                types = _placeholder_types(layout)
                if wanted in types and PP_PLACEHOLDER.SUBTITLE in types:
                    return layout
    with_title = [layout for layout in layouts if layout_has_title(layout)]
    if with_title:
        return min(with_title, key=others)
    return min(layouts, key=lambda layout: len(_placeholder_types(layout)))


@dataclass(frozen=True)
class Frame:
    """Where a content slide's title and body go, in EMU: (left, top, width, height)."""

    title: tuple[int, int, int, int]
    body: tuple[int, int, int, int]


def _rect(shape: Any) -> tuple[int, int, int, int]:
    return (int(shape.left), int(shape.top), int(shape.width), int(shape.height))


def _title_and_body(shapes: Any) -> tuple[Any, Any] | None:
    placeholders = list(shapes)
    titles = [p for p in placeholders if p.placeholder_format.type in TITLES]
    bodies = [p for p in placeholders if p.placeholder_format.type in BODIES]
    if len(titles) != 1 or len(bodies) != 1:
        return None
    return titles[0], bodies[0]


def _one_title_one_body(types: list[PP_PLACEHOLDER]) -> bool:
    """Whether a layout has no subtitle, and one title and one body (else ``_title_and_body``
    finds nothing in it)."""
    return (
        PP_PLACEHOLDER.SUBTITLE not in types
        and sum(t in TITLES for t in types) == 1
        and sum(t in BODIES for t in types) == 1
    )


def content_frame(presentation: PresentationType) -> Frame:
    """Find the template's area for a content slide's title and its body.

    The template's own "title and content" layout says it best; LibreOffice-made templates
    copy a title slide's positions into every layout, so when that layout leaves the body
    less than 45 % of the slide, the master's placeholders are tried, then a standard frame
    (title band at the top, body below).
    """
    width = int(presentation.slide_width or 0)
    height = int(presentation.slide_height or 0)
    candidates = [
        _title_and_body(layout.placeholders)
        for layout in presentation.slide_layouts
        if _one_title_one_body(_placeholder_types(layout))
    ]
    candidates.append(_title_and_body(presentation.slide_master.placeholders))
    for pair in candidates:
        if pair is None:
            continue
        title, body = (_rect(shape) for shape in pair)
        below = body[1] >= title[1] + title[3] * 0.9
        if below and body[3] >= height * 0.45 and title[1] < height * 0.25:
            return Frame(title, body)
    margin = round(width * 0.05)
    return Frame(
        (margin, round(height * 0.05), width - 2 * margin, round(height * 0.13)),
        (margin, round(height * 0.21), width - 2 * margin, round(height * 0.72)),
    )


def theme_fonts(presentation: PresentationType) -> tuple[str, str]:
    """The theme's (heading, body) Latin typefaces."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    theme = presentation.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    major = root.find(".//a:majorFont/a:latin", ns)
    minor = root.find(".//a:minorFont/a:latin", ns)
    return (
        major.get("typeface", "") if major is not None else "",
        minor.get("typeface", "") if minor is not None else "",
    )


def titles_are_bold(presentation: PresentationType) -> bool:
    """Whether the master sets titles in bold (runs that say nothing inherit it)."""
    master = presentation.slide_master.element
    style = master.find(f"{qn('p:txStyles')}/{qn('p:titleStyle')}/{qn('a:lvl1pPr')}")
    props = style.find(qn("a:defRPr")) if style is not None else None
    return props is not None and props.get("b") in ("1", "true")
