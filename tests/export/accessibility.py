"""Re-read an exported deck and apply the rules of PowerPoint's Accessibility Checker.

The rules jvdesk's decks are held to (India's GIGW 3.0 and Japan's JIS X 8341-3 both build
on WCAG), as the checker applies them:

- every chart, table, picture and group has alternative text (``descr`` on its
  ``p:cNvPr``), and every shape that has no text either has it or is marked decorative;
- every slide has a title, in the layout's title placeholder, with text;
- no two slides have the same title;
- the title is read first (the first shape of the slide's shape tree);
- every table's first row is marked as its header row (``a:tblPr firstRow="1"``).

It reads the file as any reader would (python-pptx and lxml) and shares nothing with the
writer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.oxml.ns import qn

TITLE_TYPES = ("title", "ctrTitle")
DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
NEEDS_DESCRIPTION = {qn("p:graphicFrame"), qn("p:pic"), qn("p:grpSp")}
SHAPE_TAGS = {qn("p:sp"), qn("p:cxnSp"), *NEEDS_DESCRIPTION}


@dataclass
class Findings:
    """What the rules find wrong with a deck, each item naming its slide (from 1).

    Attributes:
        without_alt_text: charts, tables, pictures and groups without alternative text.
        undescribed_shapes: shapes with no text that have neither alternative text nor the
            decorative mark.
        without_title: slides with no title placeholder holding text.
        duplicate_titles: slides whose title an earlier slide already has.
        title_not_first: slides whose title is not the first shape read.
        tables_without_header: tables whose first row is not marked as a header.
        descriptions: every alternative text found, in order.
    """

    without_alt_text: list[str] = field(default_factory=list)
    undescribed_shapes: list[str] = field(default_factory=list)
    without_title: list[int] = field(default_factory=list)
    duplicate_titles: list[str] = field(default_factory=list)
    title_not_first: list[int] = field(default_factory=list)
    tables_without_header: list[int] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Every finding, a line each; empty for a deck that passes."""
        return (
            [f"no alternative text: {item}" for item in self.without_alt_text]
            + [f"neither described nor decorative: {item}" for item in self.undescribed_shapes]
            + [f"slide {n}: no title in a title placeholder" for n in self.without_title]
            + [f"duplicate title: {item}" for item in self.duplicate_titles]
            + [f"slide {n}: the title is not read first" for n in self.title_not_first]
            + [f"slide {n}: a table without a header row" for n in self.tables_without_header]
        )


def _properties(shape: Any) -> Any:
    """A shape element's ``p:cNvPr`` (under its ``p:nvSpPr``, ``p:nvGraphicFramePr``...)."""
    return shape[0].find(qn("p:cNvPr"))


def _placeholder_type(shape: Any) -> str | None:
    placeholder = shape[0].find(f"{qn('p:nvPr')}/{qn('p:ph')}")
    return None if placeholder is None else placeholder.get("type", "obj")


def _has_text(shape: Any) -> bool:
    body = shape.find(qn("p:txBody"))
    return body is not None and any((t.text or "").strip() for t in body.iter(qn("a:t")))


def _decorative(properties: Any) -> bool:
    return any(mark.get("val") in ("1", "true") for mark in properties.iter(DECORATIVE))


def check(deck: Path) -> Findings:
    """Apply the rules to a written deck."""
    findings = Findings()
    seen: Counter[str] = Counter()
    for number, slide in enumerate(Presentation(str(deck)).slides, start=1):
        shapes = [child for child in slide.shapes._spTree if child.tag in SHAPE_TAGS]
        titles = [shape for shape in shapes if _placeholder_type(shape) in TITLE_TYPES]
        title = "".join(t.text or "" for t in titles[0].iter(qn("a:t"))) if titles else ""
        if not title.strip():
            findings.without_title.append(number)
        else:
            key = " ".join(title.casefold().split())
            if seen[key]:
                findings.duplicate_titles.append(f"slide {number}: {title!r}")
            seen[key] += 1
            if shapes[0] is not titles[0]:
                findings.title_not_first.append(number)
        for shape in shapes:
            properties = _properties(shape)
            description = (properties.get("descr") or "").strip()
            if description:
                findings.descriptions.append(description)
            where = f"slide {number}: {properties.get('name')!r}"
            if shape.tag in NEEDS_DESCRIPTION:
                if not description:
                    findings.without_alt_text.append(where)
            elif not (
                _placeholder_type(shape)
                or _has_text(shape)
                or description
                or _decorative(properties)
            ):
                findings.undescribed_shapes.append(where)
        for table in slide.shapes._spTree.iter(qn("a:tbl")):
            table_properties = table.find(qn("a:tblPr"))
            if table_properties is None or table_properties.get("firstRow") not in ("1", "true"):
                findings.tables_without_header.append(number)
    return findings
