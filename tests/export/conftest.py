"""Decks exported once per test session, from the shipped pack, in several templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from jvdesk.export.pptx import DeckOptions, export_pptx
from tests.realtools import libreoffice_template, soffice_convert


@pytest.fixture(scope="session")
def shipped() -> ContentPack:
    return load_pack(shipped_pack_path())


@pytest.fixture(scope="session")
def plan(shipped: ContentPack) -> DeckPlan:
    return plan_deck(shipped)


@pytest.fixture(scope="session")
def third_party(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """LibreOffice's own templates as real third-party .pptx files (converted once)."""
    folder = tmp_path_factory.mktemp("templates")
    made: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in made:
            made[name] = libreoffice_template(name, folder)
        return made[name]

    return get


DECKS = {
    "jvdesk-16x9": (None, "16:9"),
    "jvdesk-4x3": (None, "4:3"),
    "midnightblue-16x9": ("Midnightblue", "16:9"),
    "vintage-4x3": ("Vintage", "16:9"),
}


@pytest.fixture(scope="session", params=list(DECKS))
def deck(
    request: pytest.FixtureRequest,
    plan: DeckPlan,
    shipped: ContentPack,
    third_party: Callable[[str], Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The full briefing exported with one of the templates."""
    template_name, aspect = DECKS[request.param]
    template = third_party(template_name) if template_name else None
    target = tmp_path_factory.mktemp("decks") / f"{request.param}.pptx"
    export_pptx(
        plan, target, DeckOptions(template=template, aspect=aspect), as_of=shipped.content_date()
    )
    return target


@pytest.fixture(scope="session")
def deck_pdf(deck: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deck as LibreOffice renders it, a PDF page per slide (converted once)."""
    return soffice_convert(deck, "pdf", tmp_path_factory.mktemp("rendered"))


@pytest.fixture(scope="session")
def default_deck(
    plan: DeckPlan, shipped: ContentPack, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The full briefing in jvdesk's own 16:9 template, the deck most officials export."""
    target = tmp_path_factory.mktemp("default") / "deck.pptx"
    export_pptx(plan, target, as_of=shipped.content_date())
    return target
