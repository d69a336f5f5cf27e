"""The handout says what it is: title, author, subject and language, for a screen reader."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.gui.drawing.handout import export_pdf
from tests.realtools import pdf_text, require


def _lang(data: bytes) -> str:
    """The catalog's /Lang as its last version says."""
    found = re.findall(rb"/Lang <FEFF([0-9A-F]*)>", data)
    return bytes.fromhex(found[-1].decode()).decode("utf-16-be")


@pytest.mark.parametrize(("language", "tag"), [("en", "en"), ("ja", "ja-JP"), ("hi", "hi-IN")])
def test_a_handout_says_its_title_author_subject_and_language(
    qapp: object, shipped_pack: ContentPack, language: str, tag: str, tmp_path: Path
) -> None:
    plan: DeckPlan = plan_deck(shipped_pack, language=language)  # type: ignore[arg-type]
    target = tmp_path / "handout.pdf"
    export_pdf(plan, target, notes=False)
    info = subprocess.run(
        [require("pdfinfo"), str(target)], capture_output=True, text=True, check=True
    )
    assert info.stderr == ""  # the update reads back without a complaint
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines())
    assert fields["Title"].strip() == plan.title
    assert fields["Subject"].strip() == plan.briefing.title
    assert fields["Author"].strip() == "jvdesk"
    assert _lang(target.read_bytes()) == tag
    assert plan.title in pdf_text(target)
