"""Every exported deck passes OOXML schema validation, so PowerPoint opens it without repair.

The validator is openxml-audit (PyPI, MIT, pinned in the ``test`` extra): a pure-Python
port of the validation in Microsoft's Open XML SDK (schema and semantic checks of every part
of the package, calibrated against SDK 3.5.1), run offline with lxml alone. It was chosen
because it is what PowerPoint's own SDK checks, without the .NET runtime the SDK needs (and
which no Python package brings); it reads the parts python-pptx writes and those jvdesk edits
itself (``export.ooxml``: script fonts, bullets, notes bodies, chart layouts and axis ids).
``test_the_validator_sees_every_kind_of_part`` shows it finds a fault in each kind of part.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.pptx import DeckOptions, build_pptx, default_template
from tests.conftest import Edit


@cache
def _validator() -> OpenXmlValidator:
    return OpenXmlValidator(max_errors=50)


def problems(deck: Path | bytes, tmp_path: Path | None = None) -> list[str]:
    """What the validator finds wrong with a deck, a line per problem with its part."""
    if isinstance(deck, bytes):
        assert tmp_path is not None
        path = tmp_path / "deck.pptx"
        path.write_bytes(deck)
        deck = path
    result = _validator().validate(deck)
    return [f"{error.part_uri}: {error.path}: {error.description}" for error in result.errors]


def test_every_template_gives_a_valid_deck(deck: Path) -> None:
    assert problems(deck) == []


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_every_briefing_gives_a_valid_deck(
    shipped: ContentPack, tmp_path: Path, aspect: str
) -> None:
    for briefing in shipped.meta.briefings:
        for notes in (True, False):
            plan = plan_deck(shipped, briefing.id, notes=notes)
            data = build_pptx(plan, DeckOptions(aspect=aspect, notes=notes))  # type: ignore[arg-type]
            assert problems(data, tmp_path) == [], (briefing.id, notes)


def test_japanese_hindi_and_angled_labels_give_a_valid_deck(
    pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    edit("panels/alpha.yaml", "text: We will do it.", "text: 日本とインドは法の支配を守ります")
    edit("panels/alpha.yaml", "summary: The first direction.", "summary: भारत और जापान की साझेदारी")
    categories = [f"Fiscal year 20{year}-{year + 1}" for year in range(10, 18)]
    edit("panels/alpha.yaml", 'categories: ["2022", "2023", "2024"]', f"categories: {categories}")
    edit("panels/alpha.yaml", "values: [4.1, 5.9, 5.3]", f"values: {[4.1] * 8}")
    data = build_pptx(plan_deck(load_pack(pack_dir)), DeckOptions(aspect="4:3"))
    assert b'rot="-2700000"' in zipfile.ZipFile(io.BytesIO(data)).read("ppt/charts/chart1.xml")
    assert problems(data, tmp_path) == []


def test_a_notes_body_jvdesk_adds_is_valid(shipped: ContentPack, tmp_path: Path) -> None:
    # A template whose notes master has no body placeholder: jvdesk adds one to each notes
    # slide (export.ooxml.add_notes_body).
    template = Presentation(str(default_template("16:9")))
    for placeholder in list(template.notes_master.placeholders):
        if placeholder.placeholder_format.type == PP_PLACEHOLDER.BODY:
            placeholder._element.getparent().remove(placeholder._element)
    template_path = tmp_path / "no-notes-body.pptx"
    template.save(str(template_path))
    data = build_pptx(plan_deck(shipped, "overview-10"), DeckOptions(template=template_path))
    notes = zipfile.ZipFile(io.BytesIO(data)).read("ppt/notesSlides/notesSlide3.xml")
    assert b'name="Notes"' in notes
    assert problems(data, tmp_path) == []


def _broken(deck: Path, part: str, change: Callable[[bytes], bytes], tmp_path: Path) -> Path:
    """A copy of a deck with one part changed."""
    target = tmp_path / f"broken-{part.replace('/', '-')}.pptx"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(target, "w") as out:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == part:
                changed = change(content)
                assert changed != content, part
                content = changed
            out.writestr(entry, content)
    return target


BREAKAGES: list[tuple[str, Callable[[bytes], bytes]]] = [
    ("ppt/presentation.xml", lambda xml: xml.replace(b"<p:sldSz ", b'<p:sldSz bogus="1" ', 1)),
    ("ppt/slides/slide3.xml", lambda xml: xml.replace(b"<p:spTree>", b"<p:spTree><p:x/>", 1)),
    # The order of a run's fonts, which jvdesk writes itself: cs must follow ea.
    (
        "ppt/slides/slide3.xml",
        lambda xml: re.sub(rb"(<a:ea [^>]*/>)(<a:cs [^>]*/>)", rb"\2\1", xml, count=1),
    ),
    ("ppt/notesSlides/notesSlide3.xml", lambda xml: re.sub(rb'sz="1200"', b'sz="0"', xml, count=1)),
    (
        "ppt/charts/chart1.xml",
        lambda xml: re.sub(rb'<c:axId val="\d+"/>', b'<c:axId val="-1"/>', xml, count=1),
    ),
    ("docProps/core.xml", lambda xml: xml.replace(b"<dc:title>", b"<dc:x/><dc:title>", 1)),
]


@pytest.mark.parametrize(("part", "change"), BREAKAGES)
def test_the_validator_sees_every_kind_of_part(
    default_deck: Path, tmp_path: Path, part: str, change: Callable[[bytes], bytes]
) -> None:
    found = problems(_broken(default_deck, part, change, tmp_path))
    assert found and all(line.startswith(f"/{part}: ") for line in found), found
